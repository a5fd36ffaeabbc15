package data

import (
	"context"
	"fmt"
)

// refreshCustomer recomputes the cached balance, oldest open due date and open count of one
// customer. Every write that changes an invoice or an allocation calls it in the same transaction.
func refreshCustomer(q querier, customerID int64) error {
	_, err := q.ExecContext(context.Background(), `UPDATE customers SET
		balance = coalesce((SELECT sum(amount - paid) FROM invoices
			WHERE customer_id = customers.id AND currency = customers.currency), 0),
		oldest_due = (SELECT min(due_date) FROM invoices WHERE customer_id = customers.id AND paid < amount),
		open_count = (SELECT count(*) FROM invoices WHERE customer_id = customers.id AND paid < amount)
		WHERE id = ?`, customerID)
	if err != nil {
		return fmt.Errorf("update balance of customer %d: %w", customerID, err)
	}
	return nil
}

// refreshAllCustomers recomputes every customer's cached balance (after bulk loads).
func refreshAllCustomers(q querier) error {
	ctx := context.Background()
	stmts := []string{
		`CREATE TEMP TABLE IF NOT EXISTS open_totals (customer_id INTEGER PRIMARY KEY, balance INTEGER, oldest TEXT, n INTEGER)`,
		`DELETE FROM temp.open_totals`,
		`INSERT INTO temp.open_totals SELECT i.customer_id,
			sum(CASE WHEN i.currency = c.currency THEN i.amount - i.paid ELSE 0 END),
			min(CASE WHEN i.paid < i.amount THEN i.due_date END),
			sum(i.paid < i.amount)
		 FROM invoices i JOIN customers c ON c.id = i.customer_id GROUP BY i.customer_id`,
		`UPDATE customers SET balance = coalesce(t.balance, 0), oldest_due = t.oldest, open_count = coalesce(t.n, 0)
		 FROM (SELECT c.id, o.balance, o.oldest, o.n FROM customers c LEFT JOIN temp.open_totals o ON o.customer_id = c.id) t
		 WHERE customers.id = t.id`,
		`DROP TABLE temp.open_totals`,
	}
	for _, st := range stmts {
		if _, err := q.ExecContext(ctx, st); err != nil {
			return fmt.Errorf("update customer balances: %w", err)
		}
	}
	return nil
}

// Balances returns a customer's open amount per currency (invoices less allocations), largest first.
func (s *Store) Balances(customerID int64) ([]Money, error) {
	rows, err := s.r.Query(`SELECT currency, sum(amount - paid) AS open FROM invoices WHERE customer_id = ?
		GROUP BY currency HAVING open <> 0 ORDER BY open DESC`, customerID)
	if err != nil {
		return nil, fmt.Errorf("read balances of customer %d: %w", customerID, err)
	}
	defer rows.Close()
	var out []Money
	for rows.Next() {
		var m Money
		if err := rows.Scan(&m.Currency, &m.Amount); err != nil {
			return nil, fmt.Errorf("read balances: %w", err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// OverdueAmount returns a customer's open amount past due on asOf, per currency.
func (s *Store) OverdueAmount(customerID int64, asOf Date) ([]Money, error) {
	rows, err := s.r.Query(`SELECT currency, sum(amount - paid) AS open FROM invoices
		WHERE customer_id = ? AND due_date < ? AND paid < amount GROUP BY currency ORDER BY open DESC`,
		customerID, asOf)
	if err != nil {
		return nil, fmt.Errorf("read overdue amount of customer %d: %w", customerID, err)
	}
	defer rows.Close()
	var out []Money
	for rows.Next() {
		var m Money
		if err := rows.Scan(&m.Currency, &m.Amount); err != nil {
			return nil, fmt.Errorf("read overdue amount: %w", err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}
