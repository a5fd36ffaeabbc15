package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const paymentColumns = `id, customer_id, kind, date, amount, currency, method, reference, note, created_at`

func scanPayment(row interface{ Scan(...any) error }) (Payment, error) {
	var p Payment
	var created string
	err := row.Scan(&p.ID, &p.CustomerID, &p.Kind, &p.Date, &p.Amount, &p.Currency, &p.Method, &p.Reference,
		&p.Note, &created)
	p.Created = parseStamp(created)
	return p, err
}

// Payment returns the payment with the given ID, with its allocations.
func (s *Store) Payment(id int64) (Payment, error) {
	p, err := scanPayment(s.r.QueryRow("SELECT "+paymentColumns+" FROM payments WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return p, fmt.Errorf("payment %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return p, fmt.Errorf("read payment %d: %w", id, err)
	}
	ps := []Payment{p}
	if err := s.loadAllocations(ps); err != nil {
		return p, err
	}
	return ps[0], nil
}

// Payments returns the payments, credit notes and write-offs selected by f, newest first, with allocations.
func (s *Store) Payments(f PaymentFilter) ([]Payment, error) {
	var conds []string
	var args []any
	if f.CustomerID != 0 {
		conds = append(conds, "customer_id = ?")
		args = append(args, f.CustomerID)
	}
	if f.InvoiceID != 0 {
		conds = append(conds, "id IN (SELECT payment_id FROM allocations WHERE invoice_id = ?)")
		args = append(args, f.InvoiceID)
	}
	q := "SELECT " + paymentColumns + " FROM payments"
	if len(conds) > 0 {
		q += " WHERE " + strings.Join(conds, " AND ")
	}
	q += " ORDER BY date DESC, id DESC"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, f.Offset)
	}
	rows, err := s.r.Query(q, args...)
	if err != nil {
		return nil, fmt.Errorf("list payments: %w", err)
	}
	var out []Payment
	for rows.Next() {
		p, err := scanPayment(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("list payments: %w", err)
		}
		out = append(out, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list payments: %w", err)
	}
	return out, s.loadAllocations(out)
}

func (s *Store) loadAllocations(ps []Payment) error {
	if len(ps) == 0 {
		return nil
	}
	idx := make(map[int64]int, len(ps))
	args := make([]any, len(ps))
	for i, p := range ps {
		idx[p.ID] = i
		args[i] = p.ID
	}
	rows, err := s.r.Query(`SELECT payment_id, invoice_id, amount FROM allocations WHERE payment_id IN (`+
		placeholders(len(ps))+`) ORDER BY payment_id, invoice_id`, args...)
	if err != nil {
		return fmt.Errorf("read allocations: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var pid int64
		var a Allocation
		if err := rows.Scan(&pid, &a.InvoiceID, &a.Amount); err != nil {
			return fmt.Errorf("read allocations: %w", err)
		}
		ps[idx[pid]].Allocations = append(ps[idx[pid]].Allocations, a)
	}
	return rows.Err()
}

// CreatePayment validates and records p with its allocations, updates the invoices'
// paid amounts and the customer's balance, and logs one event per allocation (or one for
// an unallocated payment). Each allocated invoice must belong to the customer, be in the
// payment's currency, and still have at least the allocated amount open.
func (s *Store) CreatePayment(p *Payment) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return s.tx(context.Background(), func(tx *sql.Tx) error { return s.createPayment(tx, p) })
}

// AllocateOldestFirst spreads amount over the customer's open invoices in currency,
// oldest due date first, and returns the allocations (what is left stays unallocated).
func (s *Store) AllocateOldestFirst(customerID int64, currency string, amount int64) ([]Allocation, error) {
	invs, err := s.Invoices(InvoiceFilter{CustomerID: customerID, OnlyOpen: true, Currency: currency})
	if err != nil {
		return nil, err
	}
	var out []Allocation
	for _, inv := range invs {
		if amount <= 0 {
			break
		}
		a := min(amount, inv.Open())
		out = append(out, Allocation{InvoiceID: inv.ID, Amount: a})
		amount -= a
	}
	return out, nil
}

// paymentsTable and allocationsTable are how payments and their allocations are inserted.
var (
	paymentsTable = newTable("payments", true, []string{"customer_id", "kind", "date", "amount", "currency", "method",
		"reference", "note", "created_at"}, []*table{customersTable}, func(row []any, err error) error {
		if strings.Contains(err.Error(), "FOREIGN KEY") {
			return fmt.Errorf("payment: customer %d: %w", row[0], ErrNotFound)
		}
		return fmt.Errorf("record payment: %w", err)
	})
	allocationsTable = newTable("allocations", false, []string{"payment_id", "invoice_id", "amount"},
		[]*table{paymentsTable, invoicesTable}, func(row []any, err error) error {
			return fmt.Errorf("allocate payment to invoice %d: %w", row[1], err)
		})
)

func (s *Store) createPayment(q querier, p *Payment) error {
	ctx := context.Background()
	p.Created = s.now()
	id, err := insert(q, paymentsTable, p.CustomerID, string(p.Kind), p.Date, p.Amount, p.Currency, p.Method,
		p.Reference, p.Note, stamp(p.Created))
	if err != nil {
		return err
	}
	p.ID = id
	kind := map[PaymentKind]EventKind{KindPayment: EventPayment, KindCreditNote: EventCreditNote, KindWriteOff: EventWriteOff}[p.Kind]
	text := strings.Join(strings.Fields(strings.Join([]string{p.Method, p.Reference, p.Note}, " ")), " ")
	ref := "payment:" + strconv.FormatInt(p.ID, 10)
	b, inBatch := q.(*Batch)
	for _, a := range p.Allocations {
		inv, err := s.allocationTarget(q, a.InvoiceID)
		if err != nil {
			return err
		}
		switch {
		case inv.customerID != p.CustomerID:
			return &ValidationError{Record: "payment", Fields: []FieldError{{"Allocations", "invoice " + inv.number + " belongs to another customer"}}}
		case inv.currency != p.Currency:
			return &ValidationError{Record: "payment", Fields: []FieldError{{"Allocations", "invoice " + inv.number + " is in " + inv.currency}}}
		case a.Amount > inv.open():
			return &ValidationError{Record: "payment", Fields: []FieldError{{"Allocations", fmt.Sprintf(
				"only %s is open on invoice %s", FormatMoney(inv.open(), inv.currency, "en"), inv.number)}}}
		}
		if _, err := insert(q, allocationsTable, p.ID, a.InvoiceID, a.Amount); err != nil {
			return err
		}
		if row := b.pendingInvoice(inBatch, a.InvoiceID); row != nil {
			row[paidColumn] = row[paidColumn].(int64) + a.Amount // not yet written: written paid
		} else if _, err := q.ExecContext(ctx, "UPDATE invoices SET paid = paid + ? WHERE id = ?", a.Amount, a.InvoiceID); err != nil {
			return fmt.Errorf("allocate payment to invoice %s: %w", inv.number, err)
		}
		inv.paid += a.Amount
		if err := s.addEvent(q, &Event{At: p.Date.Time(), Kind: kind, CustomerID: p.CustomerID, InvoiceID: inv.id,
			Amount: a.Amount, Currency: p.Currency, Text: strings.TrimSpace(inv.number + " " + text), Ref: ref}); err != nil {
			return err
		}
	}
	if rest := p.Amount - p.Allocated(); rest > 0 {
		if err := s.addEvent(q, &Event{At: p.Date.Time(), Kind: kind, CustomerID: p.CustomerID, Amount: rest,
			Currency: p.Currency, Text: strings.TrimSpace("on account " + text), Ref: ref}); err != nil {
			return err
		}
	}
	return touchCustomer(q, p.CustomerID)
}
