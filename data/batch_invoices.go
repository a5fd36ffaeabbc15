package data

import "fmt"

// recentInvoices is how many of the invoices a batch wrote last it remembers, so that
// payments allocated to them need not read them back (a fixed ring: memory stays bounded
// however big the batch is).
const recentInvoices = 1 << 16

// keptInvoices is how many of the newest invoices a load holds back before writing them, so
// that payments allocated to them change their paid amount before they are written instead
// of with an UPDATE each (a customer's payments come soon after its invoices).
const keptInvoices = 4096

// invoiceFacts is what a payment's allocation checks about an invoice.
type invoiceFacts struct {
	id, customerID, amount, paid int64
	currency, number             string
}

func (f *invoiceFacts) open() int64 { return f.amount - f.paid }

// remember notes an invoice the batch wrote or changed.
func (b *Batch) remember(inv *Invoice) {
	if b.recent == nil {
		b.recent = make([]invoiceFacts, recentInvoices)
	}
	b.recent[inv.ID&(recentInvoices-1)] = invoiceFacts{id: inv.ID, customerID: inv.CustomerID, amount: inv.Amount,
		paid: inv.Paid, currency: inv.Currency, number: inv.Number}
}

// recall returns the remembered invoice id, or nil.
func (b *Batch) recall(id int64) *invoiceFacts {
	if b.recent == nil {
		return nil
	}
	if f := &b.recent[id&(recentInvoices-1)]; f.id == id {
		return f
	}
	return nil
}

// allocationTarget returns the invoice a payment is allocated to: from the batch's memory
// when it wrote the invoice lately, else from the file.
func (s *Store) allocationTarget(q querier, id int64) (*invoiceFacts, error) {
	b, inBatch := q.(*Batch)
	if inBatch {
		if f := b.recall(id); f != nil {
			return f, nil
		}
	}
	inv, err := s.invoiceWhere(q, "id = ?", id)
	if err != nil {
		return nil, fmt.Errorf("allocate payment: %w", err)
	}
	if inBatch {
		b.remember(&inv)
		return b.recall(id), nil
	}
	return &invoiceFacts{id: inv.ID, customerID: inv.CustomerID, amount: inv.Amount, paid: inv.Paid,
		currency: inv.Currency, number: inv.Number}, nil
}

// pendingInvoice returns the values of invoice id while a load still holds it back, to
// change its paid amount there instead of with an UPDATE; nil otherwise (or outside a batch).
func (b *Batch) pendingInvoice(inBatch bool, id int64) []any {
	if !inBatch {
		return nil
	}
	return b.pendingRow(invoicesTable, id)
}
