// Package reports computes what people read from the data: receivables aging per currency and
// per customer, DSO and payment times, the month-end trend, the dashboard, statements of
// account and aging reports as PDF.
//
// Aging: an invoice counts on an as-of date when it was issued on or before it; its open
// amount is its amount less the payments, credit notes and write-offs dated on or before it.
// It falls into a bucket by the days from its due date (or, with ByInvoiceDate, its issue
// date) to the as-of date: current (not yet due, or due that day), 1–30, 31–60, 61–90 and
// over 90 days with the default edges. Amounts are never converted between currencies.
package reports

import (
	"context"
	"fmt"
	"slices"

	"overdue/data"
)

// Basis is the date an invoice's age is counted from.
type Basis string

// Aging bases.
const (
	ByDueDate     Basis = "due"     // days past due (the default)
	ByInvoiceDate Basis = "invoice" // days since the invoice was issued
)

// Bucket indexes into Buckets.
const (
	Current    = iota // not yet due, or due on the as-of date
	Bucket1           // 1 to Edges[0] days (1–30)
	Bucket2           // Edges[0]+1 to Edges[1] days (31–60)
	Bucket3           // Edges[1]+1 to Edges[2] days (61–90)
	Over              // more than Edges[2] days (over 90)
	NumBuckets        // how many buckets there are
)

// Edges are the last day of the three middle buckets: with the default {30, 60, 90} the buckets
// are current, 1–30, 31–60, 61–90 and over 90 days.
type Edges [3]int

// DefaultEdges are the usual 30/60/90-day buckets.
var DefaultEdges = Edges{30, 60, 90}

// MaxEdge is the largest edge accepted (ten years).
const MaxEdge = 3650

// Validate checks that the edges rise and lie between 1 and MaxEdge days.
func (e Edges) Validate() error {
	if e[0] < 1 || e[0] >= e[1] || e[1] >= e[2] || e[2] > MaxEdge {
		return fmt.Errorf("aging buckets %d/%d/%d: each edge must be larger than the one before, from 1 to %d days",
			e[0], e[1], e[2], MaxEdge)
	}
	return nil
}

// orDefault returns e, or DefaultEdges when e is unset.
func (e Edges) orDefault() Edges {
	if e == (Edges{}) {
		return DefaultEdges
	}
	return e
}

// Bucket returns the bucket for an invoice that is days old (past due, or since issue).
func (e Edges) Bucket(days int) int {
	switch {
	case days <= 0:
		return Current
	case days <= e[0]:
		return Bucket1
	case days <= e[1]:
		return Bucket2
	case days <= e[2]:
		return Bucket3
	}
	return Over
}

// Keys returns the machine names of the buckets, as used in JSON and spreadsheets:
// "current", "1-30", "31-60", "61-90", "over_90" with the default edges.
func (e Edges) Keys() [NumBuckets]string {
	return [NumBuckets]string{"current", fmt.Sprintf("1-%d", e[0]), fmt.Sprintf("%d-%d", e[0]+1, e[1]),
		fmt.Sprintf("%d-%d", e[1]+1, e[2]), fmt.Sprintf("over_%d", e[2])}
}

// Ranges returns the day ranges of the buckets for headings, with an en dash:
// "1–30", "31–60", "61–90", "> 90"; the current bucket's is "".
func (e Edges) Ranges() [NumBuckets]string {
	return [NumBuckets]string{"", fmt.Sprintf("1–%d", e[0]), fmt.Sprintf("%d–%d", e[0]+1, e[1]),
		fmt.Sprintf("%d–%d", e[1]+1, e[2]), fmt.Sprintf("> %d", e[2])}
}

// cutoffs returns the reference dates splitting the buckets on asOf (see data.AgingQuery).
func (e Edges) cutoffs(asOf data.Date) []data.Date {
	return []data.Date{asOf, asOf.AddDays(-e[0]), asOf.AddDays(-e[1]), asOf.AddDays(-e[2])}
}

// Buckets holds an open amount per bucket, in minor units of one currency.
type Buckets [NumBuckets]int64

// Total returns the open amount over all buckets.
func (b Buckets) Total() int64 {
	var t int64
	for _, v := range b {
		t += v
	}
	return t
}

// Overdue returns the open amount past due (every bucket but Current).
func (b Buckets) Overdue() int64 { return b.Total() - b[Current] }

// Add adds o to b.
func (b *Buckets) Add(o Buckets) {
	for i, v := range o {
		b[i] += v
	}
}

func bucketsOf(v []int64) Buckets {
	var b Buckets
	copy(b[:], v)
	return b
}

// Options choose what an aging covers.
type Options struct {
	AsOf       data.Date // required
	Basis      Basis     // "" means ByDueDate
	Edges      Edges     // zero means DefaultEdges
	Currency   string    // "" for every currency
	CustomerID int64     // 0 for every customer
}

func (o Options) query() (data.AgingQuery, error) {
	if o.AsOf == 0 {
		return data.AgingQuery{}, fmt.Errorf("aging: choose an as-of date")
	}
	if o.Basis != "" && o.Basis != ByDueDate && o.Basis != ByInvoiceDate {
		return data.AgingQuery{}, fmt.Errorf("aging: unknown basis %q (use due or invoice)", o.Basis)
	}
	e := o.Edges.orDefault()
	if err := e.Validate(); err != nil {
		return data.AgingQuery{}, err
	}
	return data.AgingQuery{AsOf: o.AsOf, ByIssueDate: o.Basis == ByInvoiceDate, Cutoffs: e.cutoffs(o.AsOf),
		Currency: o.Currency, CustomerID: o.CustomerID}, nil
}

// CurrencyTotal is what is open in one currency, per bucket.
type CurrencyTotal struct {
	Currency string
	Buckets  Buckets
}

// CustomerBalance is what one customer owes in one currency, per bucket.
type CustomerBalance struct {
	CustomerID int64
	Number     string
	Name       string
	Status     data.CustomerStatus
	Currency   string
	Buckets    Buckets
	OldestDue  data.Date // due date of the oldest invoice open on the as-of date
}

// DaysOverdue returns how many days the customer's oldest open invoice is past due on asOf
// (0 when nothing is past due).
func (c CustomerBalance) DaysOverdue(asOf data.Date) int {
	if c.OldestDue == 0 || asOf <= c.OldestDue {
		return 0
	}
	return int(asOf - c.OldestDue)
}

// Totals returns what is open per currency and bucket on opt.AsOf, sorted by currency.
func Totals(ctx context.Context, s *data.Store, opt Options) ([]CurrencyTotal, error) {
	q, err := opt.query()
	if err != nil {
		return nil, err
	}
	rows, err := s.OpenByCurrency(ctx, q)
	if err != nil {
		return nil, err
	}
	out := make([]CurrencyTotal, len(rows))
	for i, r := range rows {
		out[i] = CurrencyTotal{Currency: r.Currency, Buckets: bucketsOf(r.Buckets)}
	}
	return out, nil
}

// ByCustomer returns what each customer owes per currency and bucket on opt.AsOf, largest
// total first (ties by customer number). Customers owing nothing are left out.
func ByCustomer(ctx context.Context, s *data.Store, opt Options) ([]CustomerBalance, error) {
	q, err := opt.query()
	if err != nil {
		return nil, err
	}
	rows, err := s.OpenByCustomer(ctx, q)
	if err != nil {
		return nil, err
	}
	out := make([]CustomerBalance, len(rows))
	for i, r := range rows {
		out[i] = CustomerBalance{CustomerID: r.CustomerID, Number: r.Number, Name: r.Name, Status: r.Status,
			Currency: r.Currency, Buckets: bucketsOf(r.Buckets), OldestDue: r.OldestDue}
	}
	SortCustomers(out, SortTotal, true)
	return out, nil
}

// SumCustomers adds up customer balances into totals per currency, sorted by currency.
func SumCustomers(cs []CustomerBalance) []CurrencyTotal {
	m := map[string]*Buckets{}
	var curs []string
	for _, c := range cs {
		b, ok := m[c.Currency]
		if !ok {
			b = new(Buckets)
			m[c.Currency] = b
			curs = append(curs, c.Currency)
		}
		b.Add(c.Buckets)
	}
	slices.Sort(curs)
	out := make([]CurrencyTotal, len(curs))
	for i, c := range curs {
		out[i] = CurrencyTotal{Currency: c, Buckets: *m[c]}
	}
	return out
}

// Report is a complete aging: totals per currency and, when asked for, per customer.
type Report struct {
	AsOf      data.Date
	Basis     Basis
	Edges     Edges
	Totals    []CurrencyTotal
	Customers []CustomerBalance // nil unless by customer; largest total first
}

// Aging computes the aging report for opt; with byCustomer the totals are the sums of the
// customer rows, computed in the same pass.
func Aging(ctx context.Context, s *data.Store, opt Options, byCustomer bool) (*Report, error) {
	opt.Edges = opt.Edges.orDefault()
	if opt.Basis == "" {
		opt.Basis = ByDueDate
	}
	r := &Report{AsOf: opt.AsOf, Basis: opt.Basis, Edges: opt.Edges}
	var err error
	if byCustomer {
		if r.Customers, err = ByCustomer(ctx, s, opt); err != nil {
			return nil, err
		}
		r.Totals = SumCustomers(r.Customers)
		return r, nil
	}
	if r.Totals, err = Totals(ctx, s, opt); err != nil {
		return nil, err
	}
	return r, nil
}
