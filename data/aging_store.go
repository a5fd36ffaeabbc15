package data

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Read-only aggregates for receivables aging (package reports builds aging, the month-end
// trend and DSO on them). They never load invoices one by one: SQLite sums what is open and
// hands back one row per currency, per customer or per reference date.
//
// The open amount of an invoice on a date d is its amount less the allocations (payments,
// credit notes, write-offs) dated on or before d. Because invoices.paid is the sum of all
// allocations, that is
//
//	open(d) = (amount - paid) + allocations dated after d
//
// so every aggregate is two sums: one over the invoices open today (paid < amount), one over
// the allocations whose payment is dated after d, which for today's date is usually none.
// With the partial index invoices_open (currency, customer_id, due_date, issue_date, amount,
// paid) WHERE paid < amount, the first sum reads only the open invoices, already in currency
// and customer order; without it SQLite scans the invoices table.

// AgingQuery selects the invoices an aging sum covers and how it splits them into buckets.
type AgingQuery struct {
	AsOf        Date // invoices issued on or before it, less allocations dated on or before it
	ByIssueDate bool // bucket by issue date instead of due date
	// Cutoffs split the open amount into len(Cutoffs)+1 buckets by reference date (due date,
	// or issue date with ByIssueDate): bucket 0 holds reference dates on or after Cutoffs[0],
	// bucket k those on or after Cutoffs[k] and before Cutoffs[k-1], the last one the rest.
	// They must be descending.
	Cutoffs    []Date
	Currency   string // "" for every currency
	CustomerID int64  // 0 for every customer
}

func (q AgingQuery) check() error {
	if q.AsOf == 0 {
		return fmt.Errorf("aging: no as-of date")
	}
	for k := 1; k < len(q.Cutoffs); k++ {
		if q.Cutoffs[k] >= q.Cutoffs[k-1] {
			return fmt.Errorf("aging: bucket cutoffs must be descending")
		}
	}
	return nil
}

func (q AgingQuery) ref(alias string) string {
	if q.ByIssueDate {
		return alias + "issue_date"
	}
	return alias + "due_date"
}

// bucketSums returns one "sum(CASE …)" column per bucket with its arguments.
func (q AgingQuery) bucketSums(alias, amount string) (string, []any) {
	ref := q.ref(alias)
	nb := len(q.Cutoffs) + 1
	var b strings.Builder
	var args []any
	for k := 0; k < nb; k++ {
		var conds []string
		if k > 0 {
			conds = append(conds, ref+" < ?")
			args = append(args, q.Cutoffs[k-1])
		}
		if k < nb-1 {
			conds = append(conds, ref+" >= ?")
			args = append(args, q.Cutoffs[k])
		}
		if len(conds) == 0 {
			conds = []string{"1"}
		}
		fmt.Fprintf(&b, ", sum(CASE WHEN %s THEN %s ELSE 0 END)", strings.Join(conds, " AND "), amount)
	}
	return b.String(), args
}

// filter returns the extra conditions for the query's currency and customer.
func (q AgingQuery) filter(alias string) (string, []any) {
	var b strings.Builder
	var args []any
	if q.Currency != "" {
		b.WriteString(" AND " + alias + "currency = ?")
		args = append(args, q.Currency)
	}
	if q.CustomerID != 0 {
		b.WriteString(" AND " + alias + "customer_id = ?")
		args = append(args, q.CustomerID)
	}
	return b.String(), args
}

// lateJoin is the FROM clause of the allocations dated after the as-of date. CROSS JOIN keeps
// payments as the outer loop, so only payments dated after it lead to further reads.
const lateJoin = ` FROM payments p
	CROSS JOIN allocations a ON a.payment_id = p.id
	CROSS JOIN invoices i ON i.id = a.invoice_id`

// allocationJoin returns the FROM clause joining allocations with their payments and invoices
// for a query on the payments dated after after, in the order that reads least: payments
// first when few are that recent, otherwise allocations in invoice order, which reads the
// invoices and payments nearly in sequence rather than at random.
func (s *Store) allocationJoin(ctx context.Context, after Date) (string, error) {
	var recent, all int64
	err := s.r.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM payments WHERE date > ?),
		(SELECT coalesce(max(id), 0) FROM payments)`, after).Scan(&recent, &all)
	if err != nil {
		return "", err
	}
	if recent*8 < all {
		return lateJoin, nil
	}
	return ` FROM allocations a INDEXED BY allocations_invoice
	CROSS JOIN invoices i ON i.id = a.invoice_id
	CROSS JOIN payments p ON p.id = a.payment_id`, nil
}

// OpenBuckets is the open amount in one currency (and, for OpenByCustomer, of one customer)
// on the as-of date, per bucket.
type OpenBuckets struct {
	CustomerID int64 // OpenByCustomer only
	Number     string
	Name       string
	Status     CustomerStatus
	Currency   string
	Buckets    []int64 // minor units, len(Cutoffs)+1
	OldestDue  Date    // due date of the oldest invoice open on the as-of date
}

// OpenByCurrency sums what is open on q.AsOf per currency and bucket, sorted by currency.
// Currencies with nothing open are left out.
func (s *Store) OpenByCurrency(ctx context.Context, q AgingQuery) ([]OpenBuckets, error) {
	out, err := s.openBuckets(ctx, q, false, nil)
	if err != nil {
		return nil, fmt.Errorf("sum open invoices: %w", err)
	}
	return out, nil
}

// OpenByCustomer sums what is open on q.AsOf per customer, currency and bucket, with each
// customer's number, name and status, sorted by currency and customer ID. Customers with
// nothing open are left out.
func (s *Store) OpenByCustomer(ctx context.Context, q AgingQuery) ([]OpenBuckets, error) {
	names := map[int64]OpenBuckets{}
	out, err := s.openBuckets(ctx, q, true, func() error { return s.customerNames(ctx, q.CustomerID, names) })
	if err != nil {
		return nil, fmt.Errorf("sum open invoices by customer: %w", err)
	}
	var missing []int64
	for i := range out {
		n, ok := names[out[i].CustomerID]
		if !ok {
			missing = append(missing, out[i].CustomerID)
			continue
		}
		out[i].Number, out[i].Name, out[i].Status = n.Number, n.Name, n.Status
	}
	if len(missing) > 0 { // paid in full today but open on the as-of date
		if err := s.customerNamesByID(ctx, missing, names); err != nil {
			return nil, err
		}
		for i := range out {
			n := names[out[i].CustomerID]
			out[i].Number, out[i].Name, out[i].Status = n.Number, n.Name, n.Status
		}
	}
	return out, nil
}

// openBuckets runs the two sums behind an aging, per currency and, byCustomer, per customer:
// the invoices open today (the table scan split in two halves by ID, unless the open-invoices
// index makes it small) and the allocations dated after the as-of date. The work runs on two
// read connections at once, one per core; also, when not nil, runs on the first after its half.
func (s *Store) openBuckets(ctx context.Context, q AgingQuery, byCustomer bool, also func() error) ([]OpenBuckets, error) {
	if err := q.check(); err != nil {
		return nil, err
	}
	indexed, err := s.hasIndex(ctx, "invoices_open")
	if err != nil {
		return nil, err
	}
	who, lwho, group, lgroup := "0", "0", " GROUP BY currency", " GROUP BY i.currency"
	if byCustomer {
		who, lwho, lgroup = "customer_id", "i.customer_id", " GROUP BY i.currency, i.customer_id"
		// Without the open-invoices index, "+customer_id" stops SQLite from walking
		// invoices_customer and fetching a million rows one by one; a table scan and a sort
		// of the open rows is several times faster.
		group = " GROUP BY currency, +customer_id"
		if indexed {
			group = " GROUP BY currency, customer_id"
		}
	}
	nb := len(q.Cutoffs) + 1
	cols, args := q.bucketSums("", "amount - paid")
	where, wargs := q.filter("")
	open := "SELECT " + who + ", currency" + cols + ", min(due_date) FROM invoices WHERE paid < amount AND issue_date <= ?" + where
	args = append(append(args, q.AsOf), wargs...)
	lcols, largs := q.bucketSums("i.", "a.amount")
	where, wargs = q.filter("i.")
	late := "SELECT " + lwho + ", i.currency" + lcols + ", min(i.due_date)" + lateJoin +
		" WHERE p.date > ? AND i.issue_date <= ?" + where + lgroup
	largs = append(append(largs, q.AsOf, q.AsOf), wargs...)

	var maxID int64
	if !indexed && q.CustomerID == 0 {
		if err := s.r.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM invoices").Scan(&maxID); err != nil {
			return nil, err
		}
	}
	var parts [3][]OpenBuckets
	scan := func(part int, query string, args []any) error {
		var err error
		parts[part], err = s.scanBuckets(ctx, nb, query, args)
		return err
	}
	first := func() error { return scan(0, open+group, args) }
	second := func() error { return scan(2, late, largs) }
	if maxID >= agingSplitMin { // two halves, one on each connection; the late sum after the second
		mid := maxID / 2
		lo := append(append([]any(nil), args...), 0, mid)
		hi := append(append([]any(nil), args...), mid, maxID)
		first = func() error { return scan(0, open+" AND id > ? AND id <= ?"+group, lo) }
		second = func() error {
			if err := scan(1, open+" AND id > ? AND id <= ?"+group, hi); err != nil {
				return err
			}
			return scan(2, late, largs)
		}
	}
	err = parallel(func() error {
		if err := first(); err != nil || also == nil {
			return err
		}
		return also()
	}, second)
	if err != nil {
		return nil, err
	}
	return mergeBuckets(parts[:]...), nil
}

// agingSplitMin is the number of invoices from which the scan of the invoices table is split
// in two halves read at the same time (one per core).
var agingSplitMin int64 = 20000

// scanConn returns a read connection with memory-mapped I/O switched on, for aggregates
// that scan whole tables: pages then come from the operating system's cache without a system
// call each, which makes a scan about a third cheaper. The setting stays with the pooled
// connection. Close the connection to give it back.
func (s *Store) scanConn(ctx context.Context) (*sql.Conn, error) {
	c, err := s.r.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := c.ExecContext(ctx, "PRAGMA mmap_size = 4294967296"); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// scanQuery runs a query on a scan connection; closing the rows gives the connection back.
func (s *Store) scanQuery(ctx context.Context, query string, args ...any) (*scanRows, error) {
	c, err := s.scanConn(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := c.QueryContext(ctx, query, args...)
	if err != nil {
		c.Close()
		return nil, err
	}
	return &scanRows{Rows: rows, conn: c}, nil
}

// scanRows are query results that give their connection back to the pool when closed.
type scanRows struct {
	*sql.Rows
	conn *sql.Conn
}

// Close closes the rows and gives the connection back.
func (r *scanRows) Close() error {
	err := r.Rows.Close()
	if cerr := r.conn.Close(); err == nil {
		err = cerr
	}
	return err
}

// scanBuckets reads rows of (customer ID, currency, bucket sums…, oldest due date).
func (s *Store) scanBuckets(ctx context.Context, nb int, query string, args []any) ([]OpenBuckets, error) {
	rows, err := s.scanQuery(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []OpenBuckets
	dest := make([]any, nb+3)
	for rows.Next() {
		var b OpenBuckets
		sums := make([]int64, nb)
		dest[0], dest[1], dest[nb+2] = &b.CustomerID, &b.Currency, &b.OldestDue
		for i := range sums {
			dest[i+2] = &sums[i]
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		b.Buckets = sums
		out = append(out, b)
	}
	return out, rows.Err()
}

// mergeBuckets adds up the parts of an aging (halves of the table, late allocations) per
// currency and customer, sorted by currency and customer ID. Groups that are zero in every
// bucket are dropped.
func mergeBuckets(parts ...[]OpenBuckets) []OpenBuckets {
	var all []OpenBuckets
	for _, p := range parts {
		all = append(all, p...)
	}
	slices.SortFunc(all, func(a, b OpenBuckets) int {
		if c := strings.Compare(a.Currency, b.Currency); c != 0 {
			return c
		}
		return cmp.Compare(a.CustomerID, b.CustomerID)
	})
	out := all[:0]
	for _, b := range all {
		if n := len(out); n > 0 && out[n-1].Currency == b.Currency && out[n-1].CustomerID == b.CustomerID {
			m := &out[n-1]
			for k, v := range b.Buckets {
				m.Buckets[k] += v
			}
			m.OldestDue = min(m.OldestDue, b.OldestDue)
			continue
		}
		out = append(out, b)
	}
	return dropZero(out)
}

func dropZero(in []OpenBuckets) []OpenBuckets {
	out := in[:0]
	for _, b := range in {
		for _, v := range b.Buckets {
			if v != 0 {
				out = append(out, b)
				break
			}
		}
	}
	return out
}

// customerNames reads number, name and status of the customer, or of every customer with
// something open today (those paid in full since the as-of date are read by customerNamesByID).
func (s *Store) customerNames(ctx context.Context, customerID int64, into map[int64]OpenBuckets) error {
	q, args := "SELECT id, number, name, status FROM customers WHERE open_count > 0", []any(nil)
	if customerID != 0 {
		q, args = "SELECT id, number, name, status FROM customers WHERE id = ?", []any{customerID}
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c OpenBuckets
		if err := rows.Scan(&c.CustomerID, &c.Number, &c.Name, &c.Status); err != nil {
			return err
		}
		into[c.CustomerID] = c
	}
	return rows.Err()
}

func (s *Store) customerNamesByID(ctx context.Context, ids []int64, into map[int64]OpenBuckets) error {
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), 500)]
		ids = ids[len(chunk):]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := s.r.QueryContext(ctx, "SELECT id, number, name, status FROM customers WHERE id IN ("+
			placeholders(len(chunk))+")", args...)
		if err != nil {
			return fmt.Errorf("read customer names: %w", err)
		}
		for rows.Next() {
			var c OpenBuckets
			if err := rows.Scan(&c.CustomerID, &c.Number, &c.Name, &c.Status); err != nil {
				rows.Close()
				return fmt.Errorf("read customer names: %w", err)
			}
			into[c.CustomerID] = c
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("read customer names: %w", err)
		}
	}
	return nil
}

// hasIndex reports whether the file has an index of that name.
func (s *Store) hasIndex(ctx context.Context, name string) (bool, error) {
	var n int
	err := s.r.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?", name).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("read schema: %w", err)
	}
	return n > 0, nil
}

// parallel runs the functions at once (each on its own read connection) and returns the first error.
func parallel(fns ...func() error) error {
	var wg sync.WaitGroup
	errs := make([]error, len(fns))
	for i, fn := range fns {
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = fn() }()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
