package reports

import (
	"context"
	"testing"

	"overdue/data"
)

func TestCountback(t *testing.T) {
	cases := []struct {
		name     string
		ar       int64
		sales    []int64
		days     []int
		want     float64
		complete bool
	}{
		{"nothing owed", 0, []int64{100, 100}, []int{31, 30}, 0, true},
		{"part of the last month", 50, []int64{100, 100}, []int{30, 31}, 15, true},
		{"whole month and a half", 150, []int64{100, 100}, []int{30, 31}, 45.5, true},
		{"exactly one month", 100, []int64{100, 100}, []int{30, 31}, 30, true},
		{"month without invoicing", 150, []int64{100, 0, 200}, []int{30, 31, 30}, 30 + 31 + 7.5, true},
		{"more owed than invoiced", 500, []int64{100, 100}, []int{30, 31}, 61, false},
	}
	for _, tc := range cases {
		got, complete := Countback(tc.ar, tc.sales, tc.days)
		if got != tc.want || complete != tc.complete {
			t.Errorf("%s: Countback = %v, %v; want %v, %v", tc.name, got, complete, tc.want, tc.complete)
		}
	}
}

// TestDSOWorkedExample: on 31 March 1,500 is open; March's invoicing (1,000) is taken off
// whole (31 days), and the remaining 500 is half of February's 1,000 (half of 28 days):
// DSO = 31 + 14 = 45 days.
func TestDSOWorkedExample(t *testing.T) {
	s := newStore(t)
	c := addCustomer(t, s, data.Customer{Currency: "EUR"})
	addInvoice(t, s, c, "2026-03-10", "2026-04-09", 1000)
	feb := addInvoice(t, s, c, "2026-02-10", "2026-03-12", 1000)
	settle(t, s, data.KindPayment, feb, 500, "2026-03-20")
	jan := addInvoice(t, s, c, "2026-01-10", "2026-02-09", 2000)
	settle(t, s, data.KindPayment, jan, 2000, "2026-02-15")
	addInvoice(t, s, c, "2026-04-02", "2026-05-02", 7000) // after the as-of date

	opt := Options{AsOf: data.MustDate("2026-03-31")}
	totals, err := Totals(context.Background(), s, opt)
	if err != nil {
		t.Fatal(err)
	}
	dso, err := DSOs(context.Background(), s, opt, totals)
	if err != nil {
		t.Fatal(err)
	}
	if len(dso) != 1 || dso[0] != (DSO{Currency: "EUR", Receivables: 1500, Days: 45, Complete: true}) {
		t.Errorf("DSO = %+v, want 45 days on 1,500", dso)
	}

	speed, err := PaymentSpeeds(context.Background(), s, opt)
	if err != nil {
		t.Fatal(err)
	}
	// 2000 paid 36 days after issue (6 late), 500 paid 38 days after issue (8 late)
	want := PaymentSpeed{Currency: "EUR", Paid: 2500, Payments: 2,
		DaysToPay: round1((2000*36 + 500*38) / 2500.0), DaysLate: round1((2000*6 + 500*8) / 2500.0)}
	if len(speed) != 1 || speed[0] != want {
		t.Errorf("PaymentSpeeds = %+v, want %+v", speed, want)
	}
}

func TestDSOPeriodsFollowCalendarMonths(t *testing.T) {
	bounds, days := dsoPeriods(data.MustDate("2026-03-31"), 3)
	want := []string{"2026-03-31", "2026-02-28", "2026-01-31", "2025-12-31"}
	for i, b := range bounds {
		if b.String() != want[i] {
			t.Errorf("bound %d = %s, want %s", i, b, want[i])
		}
	}
	if days[0] != 31 || days[1] != 28 || days[2] != 31 {
		t.Errorf("period days %v", days)
	}
}

func TestTrendMatchesReference(t *testing.T) {
	s := newStore(t)
	randomLedger(t, s, 11, 9, 250)
	ref := loadReference(t, s)
	for _, opt := range []Options{
		{AsOf: data.MustDate("2026-09-17")},
		{AsOf: data.MustDate("2026-06-30"), Basis: ByInvoiceDate, Edges: Edges{10, 20, 30}},
	} {
		trend, err := Trend(context.Background(), s, opt, TrendMonths)
		if err != nil {
			t.Fatal(err)
		}
		dates := TrendDates(opt.AsOf, TrendMonths)
		if dates[0] != opt.AsOf.AddMonths(-11).EndOfMonth() || dates[11] != opt.AsOf {
			t.Errorf("trend dates %v", dates)
		}
		got := map[string]map[data.Date]Buckets{}
		for _, ct := range trend {
			got[ct.Currency] = map[data.Date]Buckets{}
			if len(ct.Points) != TrendMonths {
				t.Errorf("%s has %d points", ct.Currency, len(ct.Points))
			}
			for _, p := range ct.Points {
				got[ct.Currency][p.Date] = p.Buckets
			}
		}
		for _, d := range dates {
			o := opt
			o.AsOf = d
			for cur, w := range ref.totals(o) {
				if g := got[cur][d]; g != w {
					t.Errorf("trend %s on %s = %v, want %v", cur, d, g, w)
				}
			}
		}
	}
}

// TestDSOBeyondSixMonths: receivables older than the first months read make the countback
// read the whole two years.
func TestDSOBeyondSixMonths(t *testing.T) {
	s := newStore(t)
	c := addCustomer(t, s, data.Customer{Currency: "EUR"})
	addInvoice(t, s, c, "2025-12-15", "2026-01-14", 9000) // open, 10 months before
	for m := 1; m <= 9; m++ {
		inv := addInvoice(t, s, c, data.MustDate("2026-01-20").AddMonths(m).String(), data.MustDate("2026-01-20").AddMonths(m).AddDays(30).String(), 100)
		settle(t, s, data.KindPayment, inv, 100, data.MustDate("2026-01-25").AddMonths(m).String())
	}
	opt := Options{AsOf: data.MustDate("2026-10-31")}
	totals, err := Totals(context.Background(), s, opt)
	if err != nil {
		t.Fatal(err)
	}
	dso, err := DSOs(context.Background(), s, opt, totals)
	if err != nil || len(dso) != 1 {
		t.Fatalf("DSO %+v, %v", dso, err)
	}
	// 9,000 open; 100 invoiced in each of the nine months back to February, nothing in
	// January, 9,000 in December: ten whole months, then 8,100/9,000 of December's.
	_, days := dsoPeriods(opt.AsOf, DSOMonths)
	want := 0.0
	for k := 0; k < 10; k++ {
		want += float64(days[k])
	}
	want = round1(want + float64(days[10])*8100/9000)
	if !dso[0].Complete || dso[0].Days != want {
		t.Errorf("DSO %+v, want %.1f days", dso[0], want)
	}
}
