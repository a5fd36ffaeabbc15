package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// AddEvent appends e to the log (a contact, a note, or an event of a later capability).
// e.At defaults to now; e.ID is set.
func (s *Store) AddEvent(e *Event) error {
	if e.Kind == "" {
		return &ValidationError{Record: "event", Fields: []FieldError{{"Kind", "say what happened"}}}
	}
	return s.tx(context.Background(), func(tx *sql.Tx) error { return s.addEvent(tx, e) })
}

// eventsTable is how the log is appended to.
var eventsTable = newTable("events", true, []string{"at", "recorded_at", "kind", "customer_id", "invoice_id", "amount",
	"currency", "channel", "outcome", "text", "ref"}, []*table{customersTable, invoicesTable}, func(row []any, err error) error {
	return fmt.Errorf("log %s event: %w", row[2], err)
})

func (s *Store) addEvent(q querier, e *Event) error {
	e.Recorded = s.now()
	if e.At.IsZero() {
		e.At = e.Recorded
	}
	at, recorded := stamp(e.At), ""
	if e.Recorded.Equal(e.At) {
		recorded = at
	} else {
		recorded = stamp(e.Recorded)
	}
	id, err := insert(q, eventsTable, at, recorded, string(e.Kind), nullID(e.CustomerID),
		nullID(e.InvoiceID), e.Amount, e.Currency, e.Channel, e.Outcome, e.Text, e.Ref)
	if err != nil {
		return err
	}
	e.ID = id
	return nil
}

// Events returns the log entries selected by f, newest first.
func (s *Store) Events(f EventFilter) ([]Event, error) {
	var conds []string
	var args []any
	if f.CustomerID != 0 {
		conds = append(conds, "customer_id = ?")
		args = append(args, f.CustomerID)
	}
	if f.InvoiceID != 0 {
		conds = append(conds, "invoice_id = ?")
		args = append(args, f.InvoiceID)
	}
	if len(f.Kinds) > 0 {
		conds = append(conds, "kind IN ("+placeholders(len(f.Kinds))+")")
		for _, k := range f.Kinds {
			args = append(args, k)
		}
	}
	if !f.Since.IsZero() {
		conds = append(conds, "at >= ?")
		args = append(args, stamp(f.Since))
	}
	q := `SELECT id, at, recorded_at, kind, coalesce(customer_id, 0), coalesce(invoice_id, 0), amount, currency, channel,
		outcome, text, ref FROM events`
	if len(conds) > 0 {
		q += " WHERE " + strings.Join(conds, " AND ")
	}
	q += " ORDER BY at DESC, id DESC"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, f.Offset)
	}
	rows, err := s.r.Query(q, args...)
	if err != nil {
		return nil, fmt.Errorf("read events: %w", err)
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		var at, recorded string
		if err := rows.Scan(&e.ID, &at, &recorded, &e.Kind, &e.CustomerID, &e.InvoiceID, &e.Amount, &e.Currency,
			&e.Channel, &e.Outcome, &e.Text, &e.Ref); err != nil {
			return nil, fmt.Errorf("read events: %w", err)
		}
		e.At, e.Recorded = parseStamp(at), parseStamp(recorded)
		out = append(out, e)
	}
	return out, rows.Err()
}
