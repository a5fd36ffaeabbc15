package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

const customerColumns = `id, number, name, debtor_type, org_number, vat_id, national_id, language, country,
	time_zone, currency, status, status_reason, status_date, credit_limit, risk, notes, created_at, updated_at`

func scanCustomer(row interface{ Scan(...any) error }) (Customer, error) {
	var c Customer
	var created, updated string
	err := row.Scan(&c.ID, &c.Number, &c.Name, &c.Type, &c.OrgNumber, &c.VATID, &c.NationalID, &c.Language,
		&c.Country, &c.TimeZone, &c.Currency, &c.Status, &c.StatusReason, &c.StatusDate, &c.CreditLimit,
		&c.Risk, &c.Notes, &created, &updated)
	c.Created, c.Updated = parseStamp(created), parseStamp(updated)
	return c, err
}

func (s *Store) customerWhere(where string, args ...any) (Customer, error) {
	c, err := scanCustomer(s.r.QueryRow("SELECT "+customerColumns+" FROM customers WHERE "+where, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return c, fmt.Errorf("customer %v: %w", args[0], ErrNotFound)
	}
	if err != nil {
		return c, fmt.Errorf("read customer %v: %w", args[0], err)
	}
	return c, nil
}

// Customer returns the customer with the given ID.
func (s *Store) Customer(id int64) (Customer, error) { return s.customerWhere("id = ?", id) }

// CustomerByNumber returns the customer with the given customer number.
func (s *Store) CustomerByNumber(number string) (Customer, error) {
	return s.customerWhere("number = ?", number)
}

// CustomerByRef finds a customer by number or, failing that, by exact name (the command line's REF).
// A name shared by several customers is an error that asks for the number.
func (s *Store) CustomerByRef(ref string) (Customer, error) {
	c, err := s.CustomerByNumber(ref)
	if !errors.Is(err, ErrNotFound) {
		return c, err
	}
	rows, err := s.r.Query("SELECT "+customerColumns+" FROM customers WHERE name = ? LIMIT 2", ref)
	if err != nil {
		return c, fmt.Errorf("find customer %q: %w", ref, err)
	}
	defer rows.Close()
	var found []Customer
	for rows.Next() {
		c, err := scanCustomer(rows)
		if err != nil {
			return c, fmt.Errorf("find customer %q: %w", ref, err)
		}
		found = append(found, c)
	}
	switch len(found) {
	case 0:
		return Customer{}, fmt.Errorf("customer %q (no such number or name): %w", ref, ErrNotFound)
	case 1:
		return found[0], nil
	}
	return Customer{}, fmt.Errorf("several customers are called %q: give the customer number", ref)
}

// customerSearchText is what search-as-you-type matches against.
func customerSearchText(c *Customer) string {
	return FoldSearch(strings.Join([]string{c.Number, c.Name, c.OrgNumber, c.VATID}, " "))
}

// customersTable is how customers are inserted.
var customersTable = newTable("customers", true, []string{"number", "name", "debtor_type", "org_number", "vat_id",
	"national_id", "language", "country", "time_zone", "currency", "status", "status_reason", "status_date",
	"credit_limit", "risk", "notes", "search", "created_at", "updated_at"}, nil, func(row []any, err error) error {
	if isUniqueViolation(err) {
		return fmt.Errorf("customer number %s: %w", row[0], ErrDuplicate)
	}
	return fmt.Errorf("create customer %s: %w", row[0], err)
})

// CreateCustomer validates and inserts c, setting c.ID, and logs the event.
func (s *Store) CreateCustomer(c *Customer) error {
	return s.tx(context.Background(), func(tx *sql.Tx) error { return s.createCustomer(tx, c) })
}

func (s *Store) createCustomer(q querier, c *Customer) error {
	if c.Status == "" {
		c.Status = StatusActive
	}
	if err := c.Validate(); err != nil {
		return err
	}
	now := s.now()
	c.Created, c.Updated = now, now
	id, err := insert(q, customersTable, c.Number, c.Name, string(c.Type), c.OrgNumber, c.VATID, c.NationalID,
		c.Language, c.Country, c.TimeZone, c.Currency, string(c.Status), c.StatusReason, c.StatusDate, c.CreditLimit,
		c.Risk, c.Notes, customerSearchText(c), stamp(now), stamp(now))
	if err != nil {
		return err
	}
	c.ID = id
	return s.addEvent(q, &Event{Kind: EventCustomerCreated, CustomerID: c.ID, Text: c.Number + " " + c.Name})
}

// UpdateCustomer validates and saves c. A change of status is logged as its own event.
func (s *Store) UpdateCustomer(c *Customer) error {
	if err := c.Validate(); err != nil {
		return err
	}
	return s.tx(context.Background(), func(tx *sql.Tx) error {
		var oldStatus CustomerStatus
		var oldCurrency string
		err := tx.QueryRow("SELECT status, currency FROM customers WHERE id = ?", c.ID).Scan(&oldStatus, &oldCurrency)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("update customer %d: %w", c.ID, ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("update customer %d: %w", c.ID, err)
		}
		if c.Status != oldStatus && c.StatusDate == 0 {
			c.StatusDate = DateOf(s.now())
		}
		c.Updated = s.now()
		_, err = tx.Exec(`UPDATE customers SET number = ?, name = ?, debtor_type = ?, org_number = ?, vat_id = ?,
			national_id = ?, language = ?, country = ?, time_zone = ?, currency = ?, status = ?, status_reason = ?,
			status_date = ?, credit_limit = ?, risk = ?, notes = ?, search = ?, updated_at = ? WHERE id = ?`,
			c.Number, c.Name, c.Type, c.OrgNumber, c.VATID, c.NationalID, c.Language, c.Country, c.TimeZone,
			c.Currency, c.Status, c.StatusReason, c.StatusDate, c.CreditLimit, c.Risk, c.Notes,
			customerSearchText(c), stamp(c.Updated), c.ID)
		if err != nil {
			if isUniqueViolation(err) {
				return fmt.Errorf("customer number %s: %w", c.Number, ErrDuplicate)
			}
			return fmt.Errorf("update customer %s: %w", c.Number, err)
		}
		if c.Currency != oldCurrency {
			if err := refreshCustomer(tx, c.ID); err != nil {
				return err
			}
		}
		if err := s.addEvent(tx, &Event{Kind: EventCustomerChanged, CustomerID: c.ID, Text: c.Number + " " + c.Name}); err != nil {
			return err
		}
		if c.Status != oldStatus {
			return s.addEvent(tx, &Event{Kind: EventStatusChanged, CustomerID: c.ID,
				Outcome: string(c.Status), Text: c.StatusReason, Ref: string(oldStatus)})
		}
		return nil
	})
}

// Customers returns the customer list rows selected by f, with their open balances.
func (s *Store) Customers(f CustomerFilter) ([]CustomerSummary, error) {
	where, args := customerWhereClause(f)
	order := map[CustomerSort]string{
		SortByName:      "name COLLATE NOCASE, id",
		SortByNumber:    "number, id",
		SortByBalance:   "balance DESC, id",
		SortByOldestDue: "oldest_due IS NULL, oldest_due, id",
	}[f.Sort]
	if f.Desc {
		order = map[CustomerSort]string{
			SortByName:      "name COLLATE NOCASE DESC, id DESC",
			SortByNumber:    "number DESC, id DESC",
			SortByBalance:   "balance, id DESC",
			SortByOldestDue: "oldest_due IS NULL, oldest_due DESC, id DESC",
		}[f.Sort]
	}
	q := `SELECT id, number, name, country, currency, status, balance, oldest_due, open_count
		FROM customers` + where + " ORDER BY " + order
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, f.Offset)
	}
	rows, err := s.r.Query(q, args...)
	if err != nil {
		return nil, fmt.Errorf("list customers: %w", err)
	}
	defer rows.Close()
	var out []CustomerSummary
	for rows.Next() {
		var c CustomerSummary
		if err := rows.Scan(&c.ID, &c.Number, &c.Name, &c.Country, &c.Currency, &c.Status, &c.Balance,
			&c.OldestDue, &c.OpenCount); err != nil {
			return nil, fmt.Errorf("list customers: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// CountCustomers returns how many customers f selects (ignoring Limit and Offset).
func (s *Store) CountCustomers(f CustomerFilter) (int, error) {
	where, args := customerWhereClause(f)
	var n int
	if err := s.r.QueryRow("SELECT count(*) FROM customers"+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count customers: %w", err)
	}
	return n, nil
}

func customerWhereClause(f CustomerFilter) (string, []any) {
	var conds []string
	var args []any
	if strings.TrimSpace(f.Search) != "" {
		conds = append(conds, `search LIKE ? ESCAPE '\'`)
		args = append(args, likePattern(f.Search))
	}
	if len(f.Statuses) > 0 {
		conds = append(conds, "status IN ("+placeholders(len(f.Statuses))+")")
		for _, st := range f.Statuses {
			args = append(args, st)
		}
	}
	if f.Currency != "" {
		conds = append(conds, "currency = ?")
		args = append(args, f.Currency)
	}
	if f.OnlyOpen {
		conds = append(conds, "open_count > 0")
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// NextCustomerNumber proposes a free customer number: one above the highest numeric one.
func (s *Store) NextCustomerNumber() (string, error) {
	var max sql.NullInt64
	err := s.r.QueryRow(`SELECT max(CAST(number AS INTEGER)) FROM customers WHERE number GLOB '[0-9]*'
		AND number NOT GLOB '*[^0-9]*'`).Scan(&max)
	if err != nil {
		return "", fmt.Errorf("next customer number: %w", err)
	}
	if !max.Valid {
		return "10001", nil
	}
	return fmt.Sprint(max.Int64 + 1), nil
}

func isUniqueViolation(err error) bool {
	return err != nil && strings.Contains(err.Error(), "UNIQUE constraint failed")
}
