package demo

import (
	"context"
	"fmt"
	"time"

	"overdue/data"
)

// writer stores the plans through one Batch, setting the store's clock to each record's
// simulated time first, and counts what it wrote.
type writer struct {
	g        *generator
	now      time.Time
	progress func(done, total int)
	summary  Summary
	open     map[string]int64
}

// clock is the store's clock while Generate runs.
func (w *writer) clock() time.Time { return w.now }

func (w *writer) write(ctx context.Context, b *data.Batch, plans <-chan *plan) error {
	w.open = map[string]int64{}
	if w.g.saveCompany {
		if err := b.SaveCompany(&w.g.company); err != nil {
			return err
		}
	}
	total := w.g.opts.Customers + w.g.opts.Invoices
	step := max(1, total/200)
	done, reported := 0, 0
	var ids []int64
	for p := range plans {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		ids, err = w.customer(b, p, ids[:0])
		if err != nil {
			return err
		}
		done += 1 + len(p.invoices)
		if w.progress != nil && done-reported >= step {
			w.progress(done, total)
			reported = done
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if w.progress != nil && reported < total {
		w.progress(total, total)
	}
	return nil
}

// customer writes one plan; ids collects its invoices' IDs.
func (w *writer) customer(b *data.Batch, p *plan, ids []int64) ([]int64, error) {
	w.now = p.created
	c := p.customer
	if err := b.CreateCustomer(&c); err != nil {
		return ids, err
	}
	w.summary.Customers++
	for _, ct := range p.contacts {
		ct.CustomerID = c.ID
		if err := b.CreateContact(&ct); err != nil {
			return ids, fmt.Errorf("customer %s: %w", c.Number, err)
		}
		w.summary.Contacts++
	}
	for k := range p.invoices {
		ip := &p.invoices[k]
		w.now = ip.at
		inv := ip.inv
		inv.CustomerID = c.ID
		if err := b.CreateInvoice(&inv); err != nil {
			return ids, err
		}
		ids = append(ids, inv.ID)
		w.open[inv.Currency] += inv.Amount
		w.summary.Invoices++
	}
	for _, pp := range p.payments {
		w.now = pp.at
		pay := pp.p
		pay.CustomerID = c.ID
		pay.Allocations = make([]data.Allocation, len(pp.allocs))
		for i, a := range pp.allocs {
			pay.Allocations[i] = data.Allocation{InvoiceID: ids[a.inv], Amount: a.amount}
		}
		if err := b.CreatePayment(&pay); err != nil {
			return ids, fmt.Errorf("customer %s: %w", c.Number, err)
		}
		w.open[pay.Currency] -= pay.Amount
		switch pay.Kind {
		case data.KindPayment:
			w.summary.Payments++
		case data.KindCreditNote:
			w.summary.CreditNotes++
		case data.KindWriteOff:
			w.summary.WriteOffs++
		}
	}
	for _, ev := range p.events {
		w.now = ev.e.At
		e := ev.e
		e.CustomerID = c.ID
		if ev.inv >= 0 {
			e.InvoiceID = ids[ev.inv]
		}
		if err := b.AddEvent(&e); err != nil {
			return ids, err
		}
		w.summary.Events++
	}
	return ids, nil
}
