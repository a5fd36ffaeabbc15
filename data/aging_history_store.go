package data

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
)

// Read-only aggregates over time for the month-end aging trend and DSO: open amounts on
// several past dates, amounts invoiced per period, payment times per month, and the ledger
// mark that tells whether stored month ends are still valid.

// OpenAtDates is the open amount in one currency of the invoices sharing one reference date
// (due date, or issue date with ByIssueDate) on each of several as-of dates.
type OpenAtDates struct {
	Currency string
	Ref      Date
	Open     []int64 // Open[k]: open on the k-th date, minor units
}

// OpenByDate sums, for each of the ascending dates, what was open on it per currency and
// reference date: the raw material of a month-end trend, bucketed by the caller. Only
// q.ByIssueDate, q.Currency and q.CustomerID of q are used. The result is sorted by currency
// and reference date; groups that are zero on every date are left out.
func (s *Store) OpenByDate(ctx context.Context, dates []Date, q AgingQuery) ([]OpenAtDates, error) {
	n := len(dates)
	if n == 0 {
		return nil, nil
	}
	for k := 1; k < n; k++ {
		if dates[k] <= dates[k-1] {
			return nil, fmt.Errorf("open amounts by date: dates must be ascending")
		}
	}
	var cols, lcols strings.Builder
	var args, largs []any
	for _, d := range dates {
		cols.WriteString(", sum(CASE WHEN issue_date <= ? THEN amount - paid ELSE 0 END)")
		lcols.WriteString(", sum(CASE WHEN p.date > ? AND i.issue_date <= ? THEN a.amount ELSE 0 END)")
		args = append(args, d)
		largs = append(largs, d, d)
	}
	where, wargs := q.filter("")
	open := "SELECT currency, " + q.ref("") + cols.String() + " FROM invoices WHERE paid < amount AND issue_date <= ?" +
		where + " GROUP BY currency, " + q.ref("")
	args = append(append(args, dates[n-1]), wargs...)
	where, wargs = q.filter("i.")
	join, err := s.allocationJoin(ctx, dates[0])
	if err != nil {
		return nil, fmt.Errorf("sum open invoices by date: %w", err)
	}
	late := "SELECT i.currency, " + q.ref("i.") + lcols.String() + join +
		" WHERE p.date > ? AND i.issue_date <= ?" + where + " GROUP BY i.currency, " + q.ref("i.")
	largs = append(append(largs, dates[0], dates[n-1]), wargs...)

	type key struct {
		cur string
		ref Date
	}
	var parts [2]map[key][]int64
	scan := func(part int, query string, args []any) error {
		rows, err := s.scanQuery(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		m := map[key][]int64{}
		dest := make([]any, n+2)
		for rows.Next() {
			var k key
			v := make([]int64, n)
			dest[0], dest[1] = &k.cur, &k.ref
			for i := range v {
				dest[i+2] = &v[i]
			}
			if err := rows.Scan(dest...); err != nil {
				return err
			}
			m[k] = v
		}
		parts[part] = m
		return rows.Err()
	}
	if err := parallel(func() error { return scan(0, open, args) }, func() error { return scan(1, late, largs) }); err != nil {
		return nil, fmt.Errorf("sum open invoices by date: %w", err)
	}
	for k, v := range parts[1] {
		if o, ok := parts[0][k]; ok {
			for i := range v {
				o[i] += v[i]
			}
		} else {
			parts[0][k] = v
		}
	}
	out := make([]OpenAtDates, 0, len(parts[0]))
	for k, v := range parts[0] {
		if slices.ContainsFunc(v, func(x int64) bool { return x != 0 }) {
			out = append(out, OpenAtDates{Currency: k.cur, Ref: k.ref, Open: v})
		}
	}
	slices.SortFunc(out, func(a, b OpenAtDates) int {
		if c := strings.Compare(a.Currency, b.Currency); c != 0 {
			return c
		}
		return cmp.Compare(a.Ref, b.Ref)
	})
	return out, nil
}

// InvoicedByPeriod sums the amounts invoiced per currency in consecutive periods: period k
// runs from bounds[k+1] (exclusive) to bounds[k] (inclusive), so bounds must be descending
// and there is one period fewer than bounds. Only q.Currency and q.CustomerID of q are used.
func (s *Store) InvoicedByPeriod(ctx context.Context, bounds []Date, q AgingQuery) (map[string][]int64, error) {
	np := len(bounds) - 1
	if np < 1 {
		return nil, nil
	}
	for k := 1; k < len(bounds); k++ {
		if bounds[k] >= bounds[k-1] {
			return nil, fmt.Errorf("invoiced by period: bounds must be descending")
		}
	}
	// Running sums, one comparison each: after[k] is what was invoiced after bounds[k+1].
	var cols strings.Builder
	var args []any
	for k := 1; k <= np; k++ {
		cols.WriteString(", sum(CASE WHEN issue_date > ? THEN amount ELSE 0 END)")
		args = append(args, bounds[k])
	}
	where, wargs := q.filter("")
	args = append(append(args, bounds[np], bounds[0]), wargs...)
	query := "SELECT currency" + cols.String() + " FROM invoices WHERE issue_date > ? AND issue_date <= ?" + where
	var maxID int64
	if q.CustomerID == 0 {
		if err := s.r.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM invoices").Scan(&maxID); err != nil {
			return nil, fmt.Errorf("sum invoiced amounts: %w", err)
		}
	}
	ranges := [][]any{nil}
	if maxID >= agingSplitMin {
		ranges = [][]any{{0, maxID / 2}, {maxID / 2, maxID}}
	}
	parts := make([]map[string][]int64, len(ranges))
	fns := make([]func() error, len(ranges))
	for i, r := range ranges {
		fns[i] = func() error {
			qs, a := query, args
			if r != nil {
				qs, a = query+" AND id > ? AND id <= ?", append(append([]any(nil), args...), r...)
			}
			rows, err := s.scanQuery(ctx, qs+" GROUP BY currency", a...)
			if err != nil {
				return err
			}
			defer rows.Close()
			m := map[string][]int64{}
			dest := make([]any, np+1)
			for rows.Next() {
				var cur string
				after := make([]int64, np)
				dest[0] = &cur
				for k := range after {
					dest[k+1] = &after[k]
				}
				if err := rows.Scan(dest...); err != nil {
					return err
				}
				m[cur] = after
			}
			parts[i] = m
			return rows.Err()
		}
	}
	if err := parallel(fns...); err != nil {
		return nil, fmt.Errorf("sum invoiced amounts: %w", err)
	}
	out := map[string][]int64{}
	for _, m := range parts {
		for cur, after := range m {
			per := out[cur]
			if per == nil {
				per = make([]int64, np)
				out[cur] = per
			}
			prev := int64(0)
			for k, v := range after {
				per[k] += v - prev
				prev = v
			}
		}
	}
	return out, nil
}

// PaymentTimes is how fast money came in, in one currency: over the payments (not credit
// notes or write-offs) of a period, the amount allocated to invoices and that amount
// multiplied by the days from each invoice's issue date, and from its due date, to the payment.
type PaymentTimes struct {
	Currency   string
	Paid       int64   // minor units allocated by payments in the period
	AmountDays float64 // Σ allocated × days from issue to payment
	AmountLate float64 // Σ allocated × days from due date to payment (negative when early)
	Count      int     // allocations counted
}

// CustomersByID returns the customer list rows of the given customers in the order of ids
// (for lists sorted by aging); IDs that do not exist are left out.
func (s *Store) CustomersByID(ctx context.Context, ids []int64) ([]CustomerSummary, error) {
	byID := make(map[int64]CustomerSummary, len(ids))
	for rest := ids; len(rest) > 0; {
		chunk := rest[:min(len(rest), 500)]
		rest = rest[len(chunk):]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := s.r.QueryContext(ctx, `SELECT id, number, name, country, currency, status, balance, oldest_due,
			open_count FROM customers WHERE id IN (`+placeholders(len(chunk))+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("read customers: %w", err)
		}
		for rows.Next() {
			var c CustomerSummary
			if err := rows.Scan(&c.ID, &c.Number, &c.Name, &c.Country, &c.Currency, &c.Status, &c.Balance,
				&c.OldestDue, &c.OpenCount); err != nil {
				rows.Close()
				return nil, fmt.Errorf("read customers: %w", err)
			}
			byID[c.ID] = c
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("read customers: %w", err)
		}
	}
	out := make([]CustomerSummary, 0, len(ids))
	for _, id := range ids {
		if c, ok := byID[id]; ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// LedgerMark is how far the invoices, payments and the event log had got at one moment:
// their highest IDs. Aggregates over the past (month-end aging) computed at a mark stay true
// as long as ChangedSince says nothing older than their date has changed.
type LedgerMark struct {
	Invoice int64 `json:"invoice"`
	Payment int64 `json:"payment"`
	Event   int64 `json:"event"`
}

// Mark returns the current ledger mark.
func (s *Store) Mark(ctx context.Context) (LedgerMark, error) {
	var m LedgerMark
	err := s.r.QueryRowContext(ctx, `SELECT (SELECT coalesce(max(id), 0) FROM invoices),
		(SELECT coalesce(max(id), 0) FROM payments), (SELECT coalesce(max(id), 0) FROM events)`).Scan(&m.Invoice, &m.Payment, &m.Event)
	if err != nil {
		return m, fmt.Errorf("read ledger mark: %w", err)
	}
	return m, nil
}

// ChangedSince reports whether anything that counts on or before d was written after m: an
// invoice issued on or before d, a payment, credit note or write-off dated on or before d, or
// any change to an existing invoice. Invoices and payments are never deleted, and a payment's
// allocations are written with it, so otherwise the ledger up to d is as it was at m.
func (s *Store) ChangedSince(ctx context.Context, m LedgerMark, d Date) (bool, error) {
	var n int
	err := s.r.QueryRowContext(ctx, `SELECT
		EXISTS (SELECT 1 FROM invoices WHERE id > ? AND issue_date <= ?) +
		EXISTS (SELECT 1 FROM payments WHERE id > ? AND date <= ?) +
		EXISTS (SELECT 1 FROM events WHERE id > ? AND kind = ?)`,
		m.Invoice, d, m.Payment, d, m.Event, EventInvoiceChanged).Scan(&n)
	if err != nil {
		return true, fmt.Errorf("check ledger changes: %w", err)
	}
	return n > 0, nil
}

// PaymentTimesByMonth sums payment times (see PaymentTimes) per calendar month for payments
// dated after from and on or before to, keyed by the month's last day. Only q.Currency and
// q.CustomerID of q are used.
func (s *Store) PaymentTimesByMonth(ctx context.Context, from, to Date, q AgingQuery) (map[Date][]PaymentTimes, error) {
	where, wargs := q.filter("i.")
	join, err := s.allocationJoin(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("sum payment times: %w", err)
	}
	rows, err := s.scanQuery(ctx, `SELECT substr(p.date, 1, 7), p.currency, sum(a.amount),
		total(a.amount * (julianday(p.date) - julianday(i.issue_date))),
		total(a.amount * (julianday(p.date) - julianday(i.due_date))), count(*)`+join+`
		WHERE p.kind = 'payment' AND p.date > ? AND p.date <= ?`+where+` GROUP BY 1, 2 ORDER BY 1, 2`,
		append([]any{from, to}, wargs...)...)
	if err != nil {
		return nil, fmt.Errorf("sum payment times: %w", err)
	}
	defer rows.Close()
	out := map[Date][]PaymentTimes{}
	for rows.Next() {
		var month string
		var t PaymentTimes
		if err := rows.Scan(&month, &t.Currency, &t.Paid, &t.AmountDays, &t.AmountLate, &t.Count); err != nil {
			return nil, fmt.Errorf("sum payment times: %w", err)
		}
		first, err := ParseDate(month + "-01")
		if err != nil {
			return nil, fmt.Errorf("sum payment times: %w", err)
		}
		end := first.EndOfMonth()
		out[end] = append(out[end], t)
	}
	return out, rows.Err()
}
