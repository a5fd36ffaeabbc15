package data

import (
	"context"
	"slices"
	"testing"
)

func TestAgingAggregates(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	a := mustCustomer(t, s, Customer{Number: "A", Name: "Ålesund Fisk AS", Currency: "NOK"})
	b := mustCustomer(t, s, Customer{Number: "B", Name: "Łódź Meble", Currency: "PLN"})
	i1 := mustInvoice(t, s, a, Invoice{IssueDate: MustDate("2026-09-01"), DueDate: MustDate("2026-09-15"), Amount: 1000})
	i2 := mustInvoice(t, s, a, Invoice{IssueDate: MustDate("2026-10-01"), DueDate: MustDate("2026-10-31"), Amount: 500})
	i3 := mustInvoice(t, s, b, Invoice{IssueDate: MustDate("2026-07-01"), DueDate: MustDate("2026-07-15"), Amount: 800})
	mustInvoice(t, s, b, Invoice{IssueDate: MustDate("2026-11-05"), DueDate: MustDate("2026-11-20"), Amount: 300})
	mustPay(t, s, i1, 400, "2026-10-10")
	mustPay(t, s, i2, 500, "2026-11-03") // paid after the as-of date
	mustPay(t, s, i3, 800, "2026-10-01") // paid in full before it

	asOf := MustDate("2026-10-31")
	q := AgingQuery{AsOf: asOf, Cutoffs: []Date{asOf, asOf - 30, asOf - 60, asOf - 90}}
	tot, err := s.OpenByCurrency(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(tot) != 1 || tot[0].Currency != "NOK" || !slices.Equal(tot[0].Buckets, []int64{500, 0, 600, 0, 0}) ||
		tot[0].OldestDue != MustDate("2026-09-15") {
		t.Errorf("OpenByCurrency = %+v", tot)
	}
	cust, err := s.OpenByCustomer(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(cust) != 1 || cust[0].CustomerID != a.ID || cust[0].Name != "Ålesund Fisk AS" || cust[0].Number != "A" ||
		cust[0].Status != StatusActive || !slices.Equal(cust[0].Buckets, []int64{500, 0, 600, 0, 0}) {
		t.Errorf("OpenByCustomer = %+v", cust)
	}
	// a customer paid in full today but owing on the as-of date still gets its name
	q.AsOf, q.Cutoffs = MustDate("2026-08-31"), []Date{MustDate("2026-08-31")}
	cust, err = s.OpenByCustomer(ctx, q)
	if err != nil || len(cust) != 1 || cust[0].Name != "Łódź Meble" || !slices.Equal(cust[0].Buckets, []int64{0, 800}) {
		t.Errorf("OpenByCustomer on 31 Aug = %+v, %v", cust, err)
	}

	dates := []Date{MustDate("2026-08-31"), MustDate("2026-09-30"), MustDate("2026-10-31"), MustDate("2026-11-30")}
	hist, err := s.OpenByDate(ctx, dates, AgingQuery{})
	if err != nil {
		t.Fatal(err)
	}
	want := []OpenAtDates{
		{"NOK", MustDate("2026-09-15"), []int64{0, 1000, 600, 600}},
		{"NOK", MustDate("2026-10-31"), []int64{0, 0, 500, 0}},
		{"PLN", MustDate("2026-07-15"), []int64{800, 800, 0, 0}},
		{"PLN", MustDate("2026-11-20"), []int64{0, 0, 0, 300}},
	}
	if len(hist) != len(want) {
		t.Fatalf("OpenByDate = %+v", hist)
	}
	for i := range want {
		if hist[i].Currency != want[i].Currency || hist[i].Ref != want[i].Ref || !slices.Equal(hist[i].Open, want[i].Open) {
			t.Errorf("OpenByDate[%d] = %+v, want %+v", i, hist[i], want[i])
		}
	}

	bounds := []Date{MustDate("2026-11-30"), MustDate("2026-10-31"), MustDate("2026-09-30"), MustDate("2026-06-30")}
	sales, err := s.InvoicedByPeriod(ctx, bounds, AgingQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(sales["NOK"], []int64{0, 500, 1000}) || !slices.Equal(sales["PLN"], []int64{300, 0, 800}) {
		t.Errorf("InvoicedByPeriod = %v", sales)
	}

	times, err := s.PaymentTimesByMonth(ctx, MustDate("2026-09-30"), MustDate("2026-11-30"), AgingQuery{Currency: "NOK"})
	if err != nil {
		t.Fatal(err)
	}
	// October: 400 paid 39 days after issue (25 late); November: 500 paid 33 days after issue (3 late)
	oct, nov := times[MustDate("2026-10-31")], times[MustDate("2026-11-30")]
	if len(times) != 2 || len(oct) != 1 || len(nov) != 1 ||
		oct[0] != (PaymentTimes{Currency: "NOK", Paid: 400, AmountDays: 400 * 39, AmountLate: 400 * 25, Count: 1}) ||
		nov[0] != (PaymentTimes{Currency: "NOK", Paid: 500, AmountDays: 500 * 33, AmountLate: 500 * 3, Count: 1}) {
		t.Errorf("PaymentTimesByMonth = %+v", times)
	}
}

func TestLedgerMark(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	c := mustCustomer(t, s, Customer{})
	inv := mustInvoice(t, s, c, Invoice{IssueDate: MustDate("2026-06-01"), DueDate: MustDate("2026-06-15")})
	m, err := s.Mark(ctx)
	if err != nil || m.Invoice != inv.ID || m.Event == 0 {
		t.Fatalf("Mark = %+v, %v", m, err)
	}
	june, july := MustDate("2026-06-30"), MustDate("2026-07-31")
	changed := func(d Date) bool {
		t.Helper()
		ch, err := s.ChangedSince(ctx, m, d)
		if err != nil {
			t.Fatal(err)
		}
		return ch
	}
	if changed(june) {
		t.Error("nothing written, yet changed")
	}
	mustInvoice(t, s, c, Invoice{IssueDate: MustDate("2026-07-10")}) // after June: June still holds
	mustPay(t, s, inv, 10, "2026-07-05")
	if changed(june) || !changed(july) {
		t.Errorf("invoice and payment in July: June changed %v, July changed %v", changed(june), changed(july))
	}
	m, _ = s.Mark(ctx)
	inv.Amount = 200_00
	if err := s.UpdateInvoice(&inv); err != nil {
		t.Fatal(err)
	}
	if !changed(june) {
		t.Error("an invoice changed, yet June holds")
	}
}

func TestAgingQueryChecks(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	d := MustDate("2026-10-31")
	if _, err := s.OpenByCurrency(ctx, AgingQuery{}); err == nil {
		t.Error("no as-of date accepted")
	}
	if _, err := s.OpenByCustomer(ctx, AgingQuery{AsOf: d, Cutoffs: []Date{d - 30, d}}); err == nil {
		t.Error("rising cutoffs accepted")
	}
	if _, err := s.OpenByDate(ctx, []Date{d, d - 1}, AgingQuery{}); err == nil {
		t.Error("falling dates accepted")
	}
	if _, err := s.InvoicedByPeriod(ctx, []Date{d - 1, d}, AgingQuery{}); err == nil {
		t.Error("rising bounds accepted")
	}
	got, err := s.OpenByCustomer(ctx, AgingQuery{AsOf: d, Cutoffs: []Date{d}})
	if err != nil || len(got) != 0 {
		t.Errorf("empty file: %+v, %v", got, err)
	}
}

func TestCustomersByID(t *testing.T) {
	s := newTestStore(t)
	a := mustCustomer(t, s, Customer{Number: "A", Name: "Ærø Fisk", Country: "DK"})
	b := mustCustomer(t, s, Customer{Number: "B", Name: "Łódź Meble"})
	mustInvoice(t, s, b, Invoice{Amount: 700})
	got, err := s.CustomersByID(context.Background(), []int64{b.ID, 999, a.ID})
	if err != nil || len(got) != 2 || got[0].ID != b.ID || got[0].Balance != 700 || got[0].OpenCount != 1 ||
		got[1].Name != "Ærø Fisk" || got[1].Country != "DK" {
		t.Errorf("CustomersByID = %+v, %v", got, err)
	}
}

// TestAgingSplitScan: the table scan split in halves sums to the same as one scan.
func TestAgingSplitScan(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	for i := 0; i < 6; i++ {
		c := mustCustomer(t, s, Customer{Currency: []string{"EUR", "NOK"}[i%2]})
		for j := 0; j < 5; j++ {
			inv := mustInvoice(t, s, c, Invoice{IssueDate: MustDate("2026-05-01").AddDays(i*10 + j*17), Amount: int64(1000 * (j + 1))})
			if j%2 == 0 {
				mustPay(t, s, inv, 300, "2026-10-15")
			}
		}
	}
	asOf := MustDate("2026-09-30")
	q := AgingQuery{AsOf: asOf, Cutoffs: []Date{asOf, asOf - 30, asOf - 60}}
	whole, err := s.OpenByCustomer(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	defer func(v int64) { agingSplitMin = v }(agingSplitMin)
	agingSplitMin = 1
	split, err := s.OpenByCustomer(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if len(whole) != 6 || len(split) != len(whole) {
		t.Fatalf("%d rows whole, %d split", len(whole), len(split))
	}
	for i := range whole {
		if whole[i].CustomerID != split[i].CustomerID || !slices.Equal(whole[i].Buckets, split[i].Buckets) ||
			whole[i].OldestDue != split[i].OldestDue || split[i].Name == "" {
			t.Errorf("row %d: whole %+v, split %+v", i, whole[i], split[i])
		}
	}
	totals, err := s.OpenByCurrency(ctx, q)
	if err != nil || len(totals) != 2 {
		t.Fatalf("totals %+v, %v", totals, err)
	}
	for _, tot := range totals {
		sum := make([]int64, 4)
		for _, c := range split {
			if c.Currency == tot.Currency {
				for k, v := range c.Buckets {
					sum[k] += v
				}
			}
		}
		if !slices.Equal(sum, tot.Buckets) {
			t.Errorf("%s totals %v, customers sum to %v", tot.Currency, tot.Buckets, sum)
		}
	}
}
