package reports

import (
	"context"
	"fmt"
	"math/rand"
	"testing"

	"overdue/data"
)

// reference computes aging the slow, obvious way from every invoice and allocation, to check
// the SQL aggregates against.
type reference struct {
	invoices []data.Invoice
	allocs   map[int64][]datedAlloc // by invoice ID
}

type datedAlloc struct {
	date   data.Date
	amount int64
}

func loadReference(t *testing.T, s *data.Store) reference {
	t.Helper()
	invs, err := s.Invoices(data.InvoiceFilter{})
	if err != nil {
		t.Fatal(err)
	}
	pays, err := s.Payments(data.PaymentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	r := reference{invoices: invs, allocs: map[int64][]datedAlloc{}}
	for _, p := range pays {
		for _, a := range p.Allocations {
			r.allocs[a.InvoiceID] = append(r.allocs[a.InvoiceID], datedAlloc{p.Date, a.Amount})
		}
	}
	return r
}

func (r reference) open(inv data.Invoice, asOf data.Date) int64 {
	if inv.IssueDate > asOf {
		return 0
	}
	open := inv.Amount
	for _, a := range r.allocs[inv.ID] {
		if a.date <= asOf {
			open -= a.amount
		}
	}
	return open
}

// byCustomer returns buckets keyed by "customerID/currency".
func (r reference) byCustomer(opt Options) map[string]Buckets {
	e := opt.Edges.orDefault()
	out := map[string]Buckets{}
	for _, inv := range r.invoices {
		open := r.open(inv, opt.AsOf)
		if open == 0 {
			continue
		}
		ref := inv.DueDate
		if opt.Basis == ByInvoiceDate {
			ref = inv.IssueDate
		}
		k := fmt.Sprintf("%d/%s", inv.CustomerID, inv.Currency)
		b := out[k]
		b[e.Bucket(int(opt.AsOf-ref))] += open
		out[k] = b
	}
	return out
}

func (r reference) totals(opt Options) map[string]Buckets {
	out := map[string]Buckets{}
	for k, b := range r.byCustomer(opt) {
		var id int64
		var cur string
		fmt.Sscanf(k, "%d/%s", &id, &cur)
		t := out[cur]
		t.Add(b)
		out[cur] = t
	}
	return out
}

// randomLedger fills s with customers, invoices in three currencies and payments, credit
// notes and write-offs on random dates around 2026.
func randomLedger(t *testing.T, s *data.Store, seed int64, customers, invoices int) {
	t.Helper()
	rng := rand.New(rand.NewSource(seed))
	curs := []string{"EUR", "NOK", "PLN"}
	var cs []data.Customer
	for i := 0; i < customers; i++ {
		cs = append(cs, addCustomer(t, s, data.Customer{Currency: curs[i%3]}))
	}
	start := data.MustDate("2025-06-01")
	kinds := []data.PaymentKind{data.KindPayment, data.KindPayment, data.KindPayment, data.KindCreditNote, data.KindWriteOff}
	for i := 0; i < invoices; i++ {
		c := cs[rng.Intn(len(cs))]
		issue := start.AddDays(rng.Intn(560))
		due := issue.AddDays([]int{0, 14, 30, 45}[rng.Intn(4)])
		cur := c.Currency
		if rng.Intn(8) == 0 {
			cur = curs[rng.Intn(3)]
		}
		inv := addInvoice(t, s, c, issue.String(), due.String(), int64(100+rng.Intn(100000)), cur)
		open := inv.Amount
		for n := rng.Intn(3); n > 0 && open > 0; n-- {
			amount := open
			if rng.Intn(2) == 0 {
				amount = 1 + rng.Int63n(open)
			}
			settle(t, s, kinds[rng.Intn(len(kinds))], inv, amount, issue.AddDays(rng.Intn(200)).String())
			open -= amount
		}
	}
}

func TestAgingMatchesReference(t *testing.T) {
	s := newStore(t)
	randomLedger(t, s, 7, 12, 300)
	ref := loadReference(t, s)
	ctx := context.Background()
	for _, d := range []string{"2025-05-31", "2025-08-31", "2026-01-15", "2026-06-30", "2026-10-31", "2027-06-30"} {
		for _, opt := range []Options{
			{AsOf: data.MustDate(d)},
			{AsOf: data.MustDate(d), Basis: ByInvoiceDate},
			{AsOf: data.MustDate(d), Edges: Edges{7, 14, 200}},
		} {
			want := ref.totals(opt)
			got := totalsFor(t, s, opt)
			if len(got) != len(want) {
				t.Errorf("%s %s %v: totals %v, want %v", d, opt.Basis, opt.Edges, got, want)
			}
			for cur, w := range want {
				if got[cur] != w {
					t.Errorf("%s %s %v: %s = %v, want %v", d, opt.Basis, opt.Edges, cur, got[cur], w)
				}
			}
			wantC := ref.byCustomer(opt)
			gotC, err := ByCustomer(ctx, s, opt)
			if err != nil {
				t.Fatal(err)
			}
			if len(gotC) != len(wantC) {
				t.Errorf("%s: %d customer rows, want %d", d, len(gotC), len(wantC))
			}
			for _, c := range gotC {
				if w := wantC[fmt.Sprintf("%d/%s", c.CustomerID, c.Currency)]; c.Buckets != w {
					t.Errorf("%s customer %d %s = %v, want %v", d, c.CustomerID, c.Currency, c.Buckets, w)
				}
				if c.Name == "" || c.Number == "" {
					t.Errorf("%s customer %d has no name or number", d, c.CustomerID)
				}
			}
		}
	}
}
