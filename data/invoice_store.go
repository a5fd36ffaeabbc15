package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

const invoiceColumns = `id, number, customer_id, issue_date, due_date, amount, currency, description, paid, created_at`

func scanInvoice(row interface{ Scan(...any) error }) (Invoice, error) {
	var i Invoice
	var created string
	err := row.Scan(&i.ID, &i.Number, &i.CustomerID, &i.IssueDate, &i.DueDate, &i.Amount, &i.Currency,
		&i.Description, &i.Paid, &created)
	i.Created = parseStamp(created)
	return i, err
}

func (s *Store) invoiceWhere(q querier, where string, arg any) (Invoice, error) {
	i, err := scanInvoice(q.QueryRowContext(context.Background(), "SELECT "+invoiceColumns+" FROM invoices WHERE "+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return i, fmt.Errorf("invoice %v: %w", arg, ErrNotFound)
	}
	if err != nil {
		return i, fmt.Errorf("read invoice %v: %w", arg, err)
	}
	return i, nil
}

// Invoice returns the invoice with the given ID.
func (s *Store) Invoice(id int64) (Invoice, error) { return s.invoiceWhere(s.r, "id = ?", id) }

// InvoiceByNumber returns the invoice with the given number.
func (s *Store) InvoiceByNumber(number string) (Invoice, error) {
	return s.invoiceWhere(s.r, "number = ?", number)
}

// Invoices returns the invoices selected by f, oldest due date first.
func (s *Store) Invoices(f InvoiceFilter) ([]Invoice, error) {
	where, args := invoiceWhereClause(f)
	q := "SELECT " + invoiceColumns + " FROM invoices" + where + " ORDER BY due_date, id"
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, f.Offset)
	}
	rows, err := s.r.Query(q, args...)
	if err != nil {
		return nil, fmt.Errorf("list invoices: %w", err)
	}
	defer rows.Close()
	var out []Invoice
	for rows.Next() {
		i, err := scanInvoice(rows)
		if err != nil {
			return nil, fmt.Errorf("list invoices: %w", err)
		}
		out = append(out, i)
	}
	return out, rows.Err()
}

// CountInvoices returns how many invoices f selects (ignoring Limit and Offset).
func (s *Store) CountInvoices(f InvoiceFilter) (int, error) {
	where, args := invoiceWhereClause(f)
	var n int
	if err := s.r.QueryRow("SELECT count(*) FROM invoices"+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count invoices: %w", err)
	}
	return n, nil
}

func invoiceWhereClause(f InvoiceFilter) (string, []any) {
	var conds []string
	var args []any
	if f.CustomerID != 0 {
		conds = append(conds, "customer_id = ?")
		args = append(args, f.CustomerID)
	}
	if t := strings.TrimSpace(f.Search); t != "" {
		conds = append(conds, `(number LIKE ? ESCAPE '\' OR description LIKE ? ESCAPE '\')`)
		p := "%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(t) + "%"
		args = append(args, p, p)
	}
	if f.OnlyOpen {
		conds = append(conds, "paid < amount")
	}
	if f.Currency != "" {
		conds = append(conds, "currency = ?")
		args = append(args, f.Currency)
	}
	if f.DueBefore != 0 {
		conds = append(conds, "due_date < ?")
		args = append(args, f.DueBefore)
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// CreateInvoice validates and inserts inv, setting inv.ID, updates the customer's balance and logs the event.
func (s *Store) CreateInvoice(inv *Invoice) error {
	if err := inv.Validate(); err != nil {
		return err
	}
	return s.tx(context.Background(), func(tx *sql.Tx) error { return s.createInvoice(tx, inv) })
}

// invoicesTable is how invoices are inserted; paidColumn is where a pending row keeps its paid amount.
var invoicesTable = newTable("invoices", true, []string{"number", "customer_id", "issue_date", "due_date", "amount",
	"currency", "description", "paid", "created_at"}, []*table{customersTable}, func(row []any, err error) error {
	switch {
	case isUniqueViolation(err):
		return fmt.Errorf("invoice number %s: %w", row[0], ErrDuplicate)
	case strings.Contains(err.Error(), "FOREIGN KEY"):
		return fmt.Errorf("invoice %s: customer %d: %w", row[0], row[1], ErrNotFound)
	}
	return fmt.Errorf("create invoice %s: %w", row[0], err)
}).keeping(keptInvoices)

const paidColumn = 7

func (s *Store) createInvoice(q querier, inv *Invoice) error {
	inv.Created = s.now()
	inv.Paid = 0
	id, err := insert(q, invoicesTable, inv.Number, inv.CustomerID, inv.IssueDate, inv.DueDate, inv.Amount,
		inv.Currency, inv.Description, int64(0), stamp(inv.Created))
	if err != nil {
		return err
	}
	inv.ID = id
	if b, ok := q.(*Batch); ok {
		b.remember(inv)
	}
	if err := s.addEvent(q, &Event{Kind: EventInvoiceCreated, CustomerID: inv.CustomerID, InvoiceID: inv.ID,
		Amount: inv.Amount, Currency: inv.Currency, Text: inv.Number}); err != nil {
		return err
	}
	return touchCustomer(q, inv.CustomerID)
}

// UpdateInvoice validates and saves inv. The amount cannot fall below what is already
// allocated to it, and the currency cannot change once something is allocated.
// A change of amount is logged with the difference.
func (s *Store) UpdateInvoice(inv *Invoice) error {
	if err := inv.Validate(); err != nil {
		return err
	}
	return s.tx(context.Background(), func(tx *sql.Tx) error { return s.updateInvoice(tx, inv) })
}

func (s *Store) updateInvoice(q querier, inv *Invoice) error {
	old, err := s.invoiceWhere(q, "id = ?", inv.ID)
	if err != nil {
		return fmt.Errorf("update invoice: %w", err)
	}
	if inv.Amount < old.Paid {
		return &ValidationError{Record: "invoice", Fields: []FieldError{{"Amount",
			fmt.Sprintf("%s is already paid or credited; the amount cannot be lower", FormatMoney(old.Paid, old.Currency, "en"))}}}
	}
	if inv.Currency != old.Currency && old.Paid > 0 {
		return &ValidationError{Record: "invoice", Fields: []FieldError{{"Currency", "payments are allocated to this invoice; its currency cannot change"}}}
	}
	if inv.CustomerID != old.CustomerID && old.Paid > 0 {
		return &ValidationError{Record: "invoice", Fields: []FieldError{{"CustomerID", "payments are allocated to this invoice; it cannot move to another customer"}}}
	}
	_, err = q.ExecContext(context.Background(), `UPDATE invoices SET number = ?, customer_id = ?, issue_date = ?,
		due_date = ?, amount = ?, currency = ?, description = ? WHERE id = ?`,
		inv.Number, inv.CustomerID, inv.IssueDate, inv.DueDate, inv.Amount, inv.Currency, inv.Description, inv.ID)
	if err != nil {
		if isUniqueViolation(err) {
			return fmt.Errorf("invoice number %s: %w", inv.Number, ErrDuplicate)
		}
		return fmt.Errorf("update invoice %s: %w", inv.Number, err)
	}
	inv.Paid, inv.Created = old.Paid, old.Created
	if b, ok := q.(*Batch); ok {
		b.remember(inv)
	}
	var text []string
	if old.Number != inv.Number {
		text = append(text, "number "+old.Number+" → "+inv.Number)
	}
	if old.DueDate != inv.DueDate {
		text = append(text, "due "+old.DueDate.String()+" → "+inv.DueDate.String())
	}
	if old.IssueDate != inv.IssueDate {
		text = append(text, "issued "+old.IssueDate.String()+" → "+inv.IssueDate.String())
	}
	if old.Amount != inv.Amount || old.Currency != inv.Currency {
		text = append(text, "amount "+FormatMoney(old.Amount, old.Currency, "en")+" → "+FormatMoney(inv.Amount, inv.Currency, "en"))
	}
	if old.Description != inv.Description || old.CustomerID != inv.CustomerID {
		text = append(text, "details changed")
	}
	if len(text) == 0 {
		return nil
	}
	diff := int64(0)
	if old.Currency == inv.Currency {
		diff = inv.Amount - old.Amount
	}
	if err := s.addEvent(q, &Event{Kind: EventInvoiceChanged, CustomerID: inv.CustomerID, InvoiceID: inv.ID,
		Amount: diff, Currency: inv.Currency, Text: inv.Number + ": " + strings.Join(text, "; ")}); err != nil {
		return err
	}
	if err := touchCustomer(q, inv.CustomerID); err != nil {
		return err
	}
	if old.CustomerID != inv.CustomerID {
		return touchCustomer(q, old.CustomerID)
	}
	return nil
}
