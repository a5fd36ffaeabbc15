package data

import (
	"context"
	"fmt"
)

// MoneyKinds are the events that change what is owed: charges (invoices, fees, interest)
// and reductions (payments, credit notes, write-offs). Together they are the ledger.
var MoneyKinds = []EventKind{EventInvoiceCreated, EventInvoiceChanged, EventPayment, EventCreditNote,
	EventWriteOff, EventFee, EventInterest}

// LedgerEntry is one money event with what a ledger shows of its customer and invoice.
type LedgerEntry struct {
	Event
	// Date is when the money changed hands or became owed: the issue date of an invoice
	// (whose event is dated when it was entered), else the event's own date.
	Date           Date
	CustomerNumber string
	CustomerName   string
	InvoiceNumber  string
}

// CountLedger returns the number of money events (MoneyKinds) in the file.
func (s *Store) CountLedger(ctx context.Context) (int, error) {
	var n int
	err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM events WHERE kind IN ("+placeholders(len(MoneyKinds))+")",
		kindArgs(MoneyKinds)...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count ledger entries: %w", err)
	}
	return n, nil
}

// Ledger calls fn with every money event in order of Date (then as recorded), reading them from the file as it goes
// (a million-invoice file has millions of entries). The entry passed to fn is reused: fn
// must copy what it keeps. It stops at fn's first error or when ctx is cancelled.
func (s *Store) Ledger(ctx context.Context, fn func(*LedgerEntry) error) error {
	rows, err := s.r.QueryContext(ctx, `SELECT e.id, e.at, e.recorded_at, e.kind, coalesce(e.customer_id, 0),
		coalesce(e.invoice_id, 0), e.amount, e.currency, e.channel, e.outcome, e.text, e.ref,
		coalesce(c.number, ''), coalesce(c.name, ''), coalesce(i.number, ''),
		CASE WHEN e.kind = 'invoice_created' THEN i.issue_date END AS issued
		FROM events e LEFT JOIN customers c ON c.id = e.customer_id LEFT JOIN invoices i ON i.id = e.invoice_id
		WHERE e.kind IN (`+placeholders(len(MoneyKinds))+`)
		ORDER BY coalesce(issued, substr(e.at, 1, 10)), e.id`, kindArgs(MoneyKinds)...)
	if err != nil {
		return fmt.Errorf("read the ledger: %w", err)
	}
	defer rows.Close()
	var l LedgerEntry
	var at, recorded string
	for rows.Next() {
		e := &l.Event
		if err := rows.Scan(&e.ID, &at, &recorded, &e.Kind, &e.CustomerID, &e.InvoiceID, &e.Amount, &e.Currency,
			&e.Channel, &e.Outcome, &e.Text, &e.Ref, &l.CustomerNumber, &l.CustomerName, &l.InvoiceNumber,
			&l.Date); err != nil {
			return fmt.Errorf("read the ledger: %w", err)
		}
		e.At, e.Recorded = parseStamp(at), parseStamp(recorded)
		if l.Date == 0 {
			l.Date = DateOf(e.At)
		}
		if err := fn(&l); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read the ledger: %w", err)
	}
	return nil
}

// kindArgs returns kinds as query arguments.
func kindArgs(kinds []EventKind) []any {
	args := make([]any, len(kinds))
	for i, k := range kinds {
		args[i] = string(k)
	}
	return args
}
