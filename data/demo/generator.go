package demo

import (
	"context"
	"math"
	"math/rand/v2"
	"time"

	"overdue/data"
)

// historyMonths is how far back the invoices go, so that 12-month trends have data.
const historyMonths = 18

// generator makes the sample company. Every customer draws from its own random streams
// (seeded by the seed and its index), so a customer's data does not depend on the others'.
type generator struct {
	opts        Options
	company     data.Company
	saveCompany bool
	user        *texts // the user's (company's) language: notes and write-off reasons
	zone        *time.Location
	zones       map[string]*time.Location
	from        data.Date // first day of the history
	skeletons   []skeleton
	numbers     numbering
}

// Random stream kinds of one customer.
const (
	streamCompany = iota
	streamSkeleton
	streamDates
	streamDetail
)

// stream returns the random stream kind of item i.
func stream(seed int64, i int, kind uint64) *rand.Rand {
	x := uint64(i)<<3 | kind
	// splitmix64 scrambles neighbouring indexes into unrelated PCG sequences
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return rand.New(rand.NewPCG(uint64(seed), x^x>>31))
}

func newGenerator(opts Options, existing data.Company, save bool) *generator {
	g := &generator{opts: opts, company: existing, saveCompany: save, zones: map[string]*time.Location{}}
	if save {
		g.company = sampleCompany(opts.Country, stream(opts.Seed, 0, streamCompany))
	}
	g.user = languageTexts[g.company.Language]
	if g.user == nil {
		g.user = languageTexts["en"]
	}
	zone := "America/Chicago" // Austin, where the US sample firm is
	if l := locales[g.company.Country]; l != nil && l.zone != "" {
		zone = l.zone
	}
	g.zone = g.location(zone)
	g.from = opts.AsOf.AddMonths(-historyMonths)
	return g
}

// location loads a time zone once; UTC if this system has no zone database.
func (g *generator) location(name string) *time.Location {
	if loc, ok := g.zones[name]; ok {
		return loc
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		loc = time.UTC
	}
	g.zones[name] = loc
	return loc
}

// at returns the instant of day d at hour:minute in loc.
func at(d data.Date, hour, minute int, loc *time.Location) time.Time {
	y, m, dd := d.Parts()
	return time.Date(y, m, dd, hour, minute, 0, 0, loc)
}

// officeHours returns a random time on d during the company's working day.
func (g *generator) officeHours(r *rand.Rand, d data.Date) time.Time {
	return at(d, 8+r.IntN(8), r.IntN(60), g.zone)
}

// produce sends the plan of every customer, in order, until done or ctx ends; it closes out.
func (g *generator) produce(ctx context.Context, out chan<- *plan) {
	defer close(out)
	g.sketch()
	g.distribute()
	g.number()
	for i := range g.skeletons {
		p := g.plan(i)
		select {
		case out <- p:
		case <-ctx.Done():
			return
		}
	}
}

// distribute shares the invoices among the customers by their weights: each customer gets
// at least one when there are enough, big customers many.
func (g *generator) distribute() {
	n, c := g.opts.Invoices, len(g.skeletons)
	base := 0
	if n >= c {
		base = 1
	}
	rest := n - base*c
	total := 0.0
	for i := range g.skeletons {
		total += g.skeletons[i].weight
	}
	given := 0
	for i := range g.skeletons {
		sk := &g.skeletons[i]
		sk.count = base + int(math.Floor(float64(rest)*sk.weight/total))
		given += sk.count
	}
	for i := 0; given < n; i = (i + 1) % c {
		g.skeletons[i].count++
		given++
	}
}

// plan builds everything about customer i.
func (g *generator) plan(i int) *plan {
	sk := &g.skeletons[i]
	r := stream(g.opts.Seed, i, streamDetail)
	p := &plan{}
	g.customer(r, i, sk, p)
	g.invoices(r, sk, p, g.issueDates(stream(g.opts.Seed, i, streamDates), sk))
	g.applyStatus(r, sk, p)
	g.contactEvents(r, sk, p)
	g.finish(r, sk, p)
	return p
}
