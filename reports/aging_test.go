package reports

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"overdue/data"
)

var asOf = data.MustDate("2026-10-31")

// dueAgo returns the ISO date n days before asOf.
func dueAgo(n int) string { return asOf.AddDays(-n).String() }

func totalsFor(t *testing.T, s *data.Store, opt Options) map[string]Buckets {
	t.Helper()
	ts, err := Totals(context.Background(), s, opt)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]Buckets{}
	for _, x := range ts {
		m[x.Currency] = x.Buckets
	}
	return m
}

func TestBucketEdges(t *testing.T) {
	cases := []struct {
		days   int
		bucket int
	}{
		{-5, Current}, {0, Current}, {1, Bucket1}, {30, Bucket1}, {31, Bucket2}, {60, Bucket2},
		{61, Bucket3}, {90, Bucket3}, {91, Over}, {400, Over},
	}
	for _, tc := range cases {
		if got := DefaultEdges.Bucket(tc.days); got != tc.bucket {
			t.Errorf("Bucket(%d) = %d, want %d", tc.days, got, tc.bucket)
		}
	}
	s := newStore(t)
	for i, tc := range cases {
		c := addCustomer(t, s, data.Customer{})
		due := dueAgo(tc.days)
		issue := data.MustDate(due).AddDays(-14)
		if issue > asOf {
			issue = asOf
		}
		amount := int64(1000 * (i + 1))
		addInvoice(t, s, c, issue.String(), due, amount)
		var want Buckets
		want[tc.bucket] = amount
		got, err := ByCustomer(context.Background(), s, Options{AsOf: asOf, CustomerID: c.ID})
		if err != nil || len(got) != 1 || got[0].Buckets != want {
			t.Errorf("%d days past due: by customer %+v, %v; want buckets %v", tc.days, got, err, want)
		}
		if g := totalsFor(t, s, Options{AsOf: asOf, CustomerID: c.ID})["EUR"]; g != want {
			t.Errorf("%d days past due: totals %v, want %v", tc.days, g, want)
		}
	}
}

func TestOpenAmountOnAsOfDate(t *testing.T) {
	s := newStore(t)
	c := addCustomer(t, s, data.Customer{Number: "1", Name: "Nordlys AS", Currency: "NOK"})
	d := addCustomer(t, s, data.Customer{Number: "2", Name: "Kowalski Sp. z o.o.", Currency: "PLN"})

	partial := addInvoice(t, s, c, "2026-08-01", "2026-08-15", 10000) // 77 days: 61–90
	settle(t, s, data.KindPayment, partial, 2500, "2026-09-01")
	settle(t, s, data.KindPayment, partial, 3000, "2026-11-05") // after as-of: still open on 31 Oct

	credited := addInvoice(t, s, c, "2026-10-01", "2026-10-15", 8000) // 16 days: 1–30
	settle(t, s, data.KindCreditNote, credited, 3000, "2026-10-20")
	written := addInvoice(t, s, c, "2026-05-01", "2026-05-15", 5000)  // 169 days: over 90
	settle(t, s, data.KindWriteOff, written, 5000, "2026-10-30")      // written off in full: gone
	paidLate := addInvoice(t, s, c, "2026-06-01", "2026-06-30", 7000) // 123 days, paid after as-of
	settle(t, s, data.KindPayment, paidLate, 7000, "2026-11-10")
	addInvoice(t, s, c, "2026-11-01", "2026-11-15", 9999)        // issued after as-of: not counted
	addInvoice(t, s, c, "2026-10-31", "2026-11-30", 1200)        // issued on as-of: current
	addInvoice(t, s, c, "2026-09-20", "2026-10-20", 4000, "EUR") // another currency, 11 days

	addInvoice(t, s, d, "2026-10-10", "2026-10-24", 60000) // 7 days
	plnPaid := addInvoice(t, s, d, "2026-07-01", "2026-07-15", 30000)
	settle(t, s, data.KindPayment, plnPaid, 30000, "2026-10-31") // paid on the as-of date: not open

	want := map[string]Buckets{
		"NOK": {1200, 5000, 0, 7500, 7000},
		"EUR": {0, 4000, 0, 0, 0},
		"PLN": {0, 60000, 0, 0, 0},
	}
	got := totalsFor(t, s, Options{AsOf: asOf})
	if len(got) != len(want) {
		t.Errorf("totals: %v, want %v", got, want)
	}
	for cur, w := range want {
		if got[cur] != w {
			t.Errorf("totals %s = %v, want %v", cur, got[cur], w)
		}
	}
	r, err := Aging(context.Background(), s, Options{AsOf: asOf}, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Customers) != 3 {
		t.Fatalf("customers: %+v", r.Customers)
	}
	for _, cb := range r.Customers {
		if cb.Buckets != want[cb.Currency] {
			t.Errorf("customer %s %s = %v, want %v", cb.Name, cb.Currency, cb.Buckets, want[cb.Currency])
		}
	}
	if first := r.Customers[0]; first.Name != "Kowalski Sp. z o.o." || first.Number != "2" {
		t.Errorf("largest first: got %+v", first)
	}
	nok := r.Customers[1]
	if nok.Currency != "NOK" || nok.OldestDue != data.MustDate("2026-06-30") || nok.DaysOverdue(asOf) != 123 {
		t.Errorf("oldest open invoice of %s: %v (%d days)", nok.Name, nok.OldestDue, nok.DaysOverdue(asOf))
	}
	// A month later the payments of November are in, and the November invoice counts.
	later := totalsFor(t, s, Options{AsOf: data.MustDate("2026-11-30")})
	if w := (Buckets{1200, 9999, 5000, 0, 4500}); later["NOK"] != w {
		t.Errorf("NOK on 30 Nov = %v, want %v", later["NOK"], w)
	}
}

func TestAgingByInvoiceDateAndCustomEdges(t *testing.T) {
	s := newStore(t)
	c := addCustomer(t, s, data.Customer{})
	addInvoice(t, s, c, dueAgo(20), dueAgo(0), 100)  // 20 days old, due today
	addInvoice(t, s, c, dueAgo(45), dueAgo(15), 200) // 45 days old, 15 past due
	byIssue := totalsFor(t, s, Options{AsOf: asOf, Basis: ByInvoiceDate})["EUR"]
	if byIssue != (Buckets{0, 100, 200, 0, 0}) {
		t.Errorf("by invoice date: %v", byIssue)
	}
	custom := totalsFor(t, s, Options{AsOf: asOf, Edges: Edges{10, 20, 40}})["EUR"]
	if custom != (Buckets{100, 0, 200, 0, 0}) {
		t.Errorf("edges 10/20/40: %v", custom)
	}
	if _, err := Totals(context.Background(), s, Options{AsOf: asOf, Edges: Edges{30, 20, 90}}); err == nil {
		t.Error("falling edges accepted")
	}
	if _, err := Totals(context.Background(), s, Options{}); err == nil {
		t.Error("missing as-of date accepted")
	}
}

func TestReportJSONShape(t *testing.T) {
	s := newStore(t)
	c := addCustomer(t, s, data.Customer{Number: "K-7", Name: "Müller & Søn \"Ø\""})
	addInvoice(t, s, c, dueAgo(50), dueAgo(40), 12345)
	r, err := Aging(context.Background(), s, Options{AsOf: asOf}, true)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		AsOf      string           `json:"as_of"`
		Totals    []map[string]any `json:"totals"`
		Customers []map[string]any `json:"customers"`
	}
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("%v in %s", err, raw)
	}
	if got.AsOf != "2026-10-31" || len(got.Totals) != 1 || len(got.Customers) != 1 {
		t.Fatalf("shape: %s", raw)
	}
	wantTotals := map[string]any{"currency": "EUR", "current": 0.0, "1-30": 0.0, "31-60": 12345.0, "61-90": 0.0, "over_90": 0.0, "total": 12345.0}
	if !sameMap(got.Totals[0], wantTotals) {
		t.Errorf("totals entry %v, want %v", got.Totals[0], wantTotals)
	}
	wantCust := map[string]any{"customer": "Müller & Søn \"Ø\"", "number": "K-7", "currency": "EUR", "current": 0.0,
		"1-30": 0.0, "31-60": 12345.0, "61-90": 0.0, "over_90": 0.0, "total": 12345.0}
	if !sameMap(got.Customers[0], wantCust) {
		t.Errorf("customer entry %v, want %v", got.Customers[0], wantCust)
	}
	r.Customers = nil
	raw, _ = json.Marshal(r)
	if strings.Contains(string(raw), "customers") {
		t.Errorf("totals-only report mentions customers: %s", raw)
	}
}

func sameMap(a, b map[string]any) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range b {
		if a[k] != v {
			return false
		}
	}
	return true
}

func TestSettingsRoundTrip(t *testing.T) {
	s := newStore(t)
	st, err := LoadSettings(s)
	if err != nil || st != DefaultSettings {
		t.Fatalf("defaults: %+v, %v", st, err)
	}
	want := Settings{Basis: ByInvoiceDate, Edges: Edges{14, 45, 120}}
	if err := SaveSettings(s, want); err != nil {
		t.Fatal(err)
	}
	if st, err = LoadSettings(s); err != nil || st != want {
		t.Errorf("loaded %+v, %v; want %+v", st, err, want)
	}
	if err := SaveSettings(s, Settings{Basis: ByDueDate, Edges: Edges{0, 10, 20}}); err == nil {
		t.Error("edge 0 accepted")
	}
	for _, in := range []string{"30,60", "a,b,c", "60,30,90", "30,60,99999"} {
		if _, err := ParseEdges(in); err == nil {
			t.Errorf("ParseEdges(%q) accepted", in)
		}
	}
	if e, err := ParseEdges(" 15; 30 ;45"); err != nil || e != (Edges{15, 30, 45}) {
		t.Errorf("ParseEdges: %v, %v", e, err)
	}
	if k := DefaultEdges.Keys(); k != [5]string{"current", "1-30", "31-60", "61-90", "over_90"} {
		t.Errorf("keys %v", k)
	}
}
