package reports

import (
	"context"
	"fmt"
	"testing"

	"overdue/data"
)

// TestHistoryKeepsMonthEnds: the dashboard history computed with kept month ends equals the
// direct computation, before and after the month ends are kept, and after back-dated entries
// and edits that make kept month ends stale.
func TestHistoryKeepsMonthEnds(t *testing.T) {
	s := newStore(t)
	randomLedger(t, s, 5, 8, 160)
	ctx := context.Background()
	opt := Options{AsOf: data.MustDate("2026-09-17"), Basis: ByDueDate, Edges: DefaultEdges}
	check := func(when string) {
		t.Helper()
		h, err := LoadHistory(ctx, s, opt, nil)
		if err != nil {
			t.Fatal(err)
		}
		trend, err := Trend(ctx, s, opt, TrendMonths)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(h.Trend) != fmt.Sprint(trend) {
			t.Errorf("%s: trend\n%v\nwant\n%v", when, h.Trend, trend)
		}
		speed, err := PaymentSpeeds(ctx, s, opt)
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(h.Speed) != fmt.Sprint(speed) {
			t.Errorf("%s: speed %v, want %v", when, h.Speed, speed)
		}
		current, err := Totals(ctx, s, opt)
		if err != nil {
			t.Fatal(err)
		}
		if h2, err := LoadHistory(ctx, s, opt, current); err != nil || fmt.Sprint(h2) != fmt.Sprint(h) {
			t.Errorf("%s: with the current totals given: %v, %v", when, h2, err)
		}
	}
	check("first load")
	kept := 0
	for _, d := range TrendDates(opt.AsOf, TrendMonths) {
		if v, _ := s.Setting(snapshotKey(opt, d)); v != "" {
			kept++
		}
	}
	if kept != TrendMonths-1 { // every month end but the as-of date, which is none
		t.Errorf("%d month ends kept, want %d", kept, TrendMonths-1)
	}
	check("from kept month ends")

	// a payment dated back in the spring, and an invoice issued then
	cs, _ := s.Customers(data.CustomerFilter{})
	c, _ := s.Customer(cs[0].ID)
	inv := addInvoice(t, s, c, "2026-03-03", "2026-03-20", 77_00)
	settle(t, s, data.KindPayment, inv, 20_00, "2026-04-10")
	check("after back-dated entries")
	inv.DueDate = data.MustDate("2026-05-20")
	if err := s.UpdateInvoice(&inv); err != nil {
		t.Fatal(err)
	}
	check("after an edit")
}
