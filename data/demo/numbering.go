package demo

import (
	"fmt"
	"time"

	"overdue/data"
)

// numbering gives invoices numbers in issue-date order, "2026-004711": the year and a
// sequence that starts again every January, as most small firms number them. The first
// year of the history continues an imagined earlier series rather than starting at 1 mid-year.
type numbering struct {
	base data.Date // day 0
	next []int     // per day: the sequence number the next invoice issued that day gets
}

// number counts every customer's invoices per day (drawing the same dates plan will draw
// again) and works out where each day's numbers start.
func (g *generator) number() {
	asOf := g.opts.AsOf
	g.numbers.base = g.from - 7
	perDay := make([]int, int(asOf-g.numbers.base)+1)
	for i := range g.skeletons {
		for _, d := range g.issueDates(stream(g.opts.Seed, i, streamDates), &g.skeletons[i]) {
			perDay[g.numbers.day(d)]++
		}
	}
	avg := float64(g.opts.Invoices) / float64(asOf-g.from+1)
	g.numbers.next = make([]int, len(perDay))
	seq, year := 0, 0
	for k := range perDay {
		d := g.numbers.base + data.Date(k)
		if y, _, _ := d.Parts(); y != year {
			seq, year = 1, y
			if k == 0 { // continue the series begun before the history
				seq += int(avg * float64(d-data.NewDate(y, time.January, 1)))
			}
		}
		g.numbers.next[k] = seq
		seq += perDay[k]
	}
}

// day indexes next; issueDates keeps every date within [from, AsOf].
func (n *numbering) day(d data.Date) int { return int(d - n.base) }

// take returns the number of the next invoice issued on d.
func (n *numbering) take(d data.Date) string {
	k := n.day(d)
	seq := n.next[k]
	n.next[k]++
	y, _, _ := d.Parts()
	return fmt.Sprintf("%d-%06d", y, seq)
}
