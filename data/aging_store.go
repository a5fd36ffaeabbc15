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
