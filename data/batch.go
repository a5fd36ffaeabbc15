package data

import (
	"context"
	"database/sql"
	"fmt"
)

// Batch is a bulk write in one transaction, for imports and the demo generator: it either
// all happens or none of it does. Statements are prepared once and reused, and customer
// balances are recomputed once at the end instead of after every row. Inside Store.Load it
// also writes its rows many to a statement.
type Batch struct {
	s        *Store
	conn     *sql.Conn // the writer connection the transaction runs on
	tx       *sql.Tx
	ctx      context.Context
	stmts    map[string]*sql.Stmt
	touched  map[int64]bool
	recent   []invoiceFacts // see remember
	load     bool           // rows are written loadChunk at a time (see Store.Load)
	deferFKs bool           // foreign keys are checked at the end
	rows     map[*table]*pending
	failed   error // a load that failed to write (see flush)
}

// Batch runs fn in one write transaction. If fn returns an error, or ctx is cancelled
// before the commit, nothing is written.
func (s *Store) Batch(ctx context.Context, fn func(b *Batch) error) error {
	return s.batch(ctx, false, fn)
}

// Load is Batch for filling a company file in bulk (the sample company). Rows are numbered
// at once but written many to a statement, so a row the file refuses (a duplicate number)
// may fail a later call or Load itself, and fails the whole load; every record is still
// validated by the call that adds it. On a file with no customers, contacts, invoices,
// payments or events yet, foreign keys are checked once before the commit instead of on
// every row, and a dangling one fails the load with ErrNotFound; and the indexes that
// would grow in the middle are built at the end (see laterIndexes).
func (s *Store) Load(ctx context.Context, fn func(b *Batch) error) error {
	return s.batch(ctx, true, fn)
}

func (s *Store) batch(ctx context.Context, load bool, fn func(b *Batch) error) error {
	conn, err := s.batchConn(ctx, load)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer conn.release()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback() // when fn panics; after the commit it does nothing
	var indexes []string
	if conn.deferFKs { // an empty file: the same check tells that indexes may wait
		if indexes, err = deferIndexes(ctx, tx); err != nil {
			return err
		}
	}
	b := &Batch{s: s, conn: conn.Conn, tx: tx, ctx: ctx, stmts: map[string]*sql.Stmt{}, touched: map[int64]bool{},
		load: load, deferFKs: conn.deferFKs, rows: map[*table]*pending{}}
	defer b.closeRows()
	err = b.run(fn)
	for _, st := range b.stmts {
		st.Close()
	}
	if err == nil {
		err = buildIndexes(ctx, tx, indexes)
	}
	if err == nil && conn.deferFKs {
		err = checkReferences(ctx, tx)
	}
	if err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// run calls fn and finishes the batch's work before the commit.
func (b *Batch) run(fn func(b *Batch) error) error {
	if err := fn(b); err != nil {
		return err
	}
	if err := b.ctx.Err(); err != nil {
		return err
	}
	if err := b.flushAll(false); err != nil {
		return err
	}
	return b.refresh()
}

func (b *Batch) refresh() error {
	if len(b.touched) > 2000 {
		return refreshAllCustomers(b.tx)
	}
	for id := range b.touched {
		if err := refreshCustomer(b.tx, id); err != nil {
			return err
		}
	}
	return nil
}

// touchCustomer recomputes a customer's cached balance now, or, inside a Batch, at its end.
func touchCustomer(q querier, customerID int64) error {
	if b, ok := q.(*Batch); ok {
		b.touched[customerID] = true
		return nil
	}
	return refreshCustomer(q, customerID)
}

func (b *Batch) stmt(query string) (*sql.Stmt, error) {
	if st, ok := b.stmts[query]; ok {
		return st, nil
	}
	st, err := b.tx.PrepareContext(b.ctx, query)
	if err != nil {
		return nil, err
	}
	b.stmts[query] = st
	return st, nil
}

// ExecContext runs a prepared statement inside the batch's transaction, after the rows
// the batch holds back.
func (b *Batch) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if err := b.ctx.Err(); err != nil {
		return nil, err
	}
	if err := b.flushAll(true); err != nil {
		return nil, err
	}
	st, err := b.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// QueryContext runs a prepared query inside the batch's transaction, seeing all its writes.
func (b *Batch) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if err := b.flushAll(false); err != nil {
		return nil, err
	}
	st, err := b.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// QueryRowContext runs a prepared one-row query inside the batch's transaction, seeing all
// its writes.
func (b *Batch) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	// a load whose rows failed to write fails at its end, whatever this reads
	_ = b.flushAll(false)
	st, err := b.stmt(query)
	if err != nil {
		return b.tx.QueryRowContext(ctx, query, args...) // reports the same error on Scan
	}
	return st.QueryRowContext(ctx, args...)
}

// CreateCustomer validates and inserts c (see Store.CreateCustomer).
func (b *Batch) CreateCustomer(c *Customer) error { return b.s.createCustomer(b, c) }

// contactsTable is how a batch inserts contacts (Store.CreateContact writes the same columns).
var contactsTable = newTable("contacts", true, []string{"customer_id", "kind", "name", "street", "postcode", "city",
	"region", "country", "phone", "email", "note"}, []*table{customersTable}, func(row []any, err error) error {
	return fmt.Errorf("create contact for customer %d: %w", row[0], err)
})

// CreateContact validates and inserts c.
func (b *Batch) CreateContact(c *Contact) error {
	if err := c.Validate(); err != nil {
		return err
	}
	id, err := b.insert(contactsTable, []any{c.CustomerID, string(c.Kind), c.Name, c.Street, c.Postcode, c.City,
		c.Region, c.Country, c.Phone, c.Email, c.Note})
	if err != nil {
		return err
	}
	c.ID = id
	return nil
}

// CreateInvoice validates and inserts inv (see Store.CreateInvoice).
func (b *Batch) CreateInvoice(inv *Invoice) error {
	if err := inv.Validate(); err != nil {
		return err
	}
	return b.s.createInvoice(b, inv)
}

// UpdateInvoice validates and saves inv (see Store.UpdateInvoice).
func (b *Batch) UpdateInvoice(inv *Invoice) error {
	if err := inv.Validate(); err != nil {
		return err
	}
	return b.s.updateInvoice(b, inv)
}

// CreatePayment validates and records p (see Store.CreatePayment).
func (b *Batch) CreatePayment(p *Payment) error {
	if err := p.Validate(); err != nil {
		return err
	}
	return b.s.createPayment(b, p)
}

// AddEvent appends e to the log.
func (b *Batch) AddEvent(e *Event) error { return b.s.addEvent(b, e) }

// CustomerByNumber reads a customer inside the batch, seeing the batch's own writes.
func (b *Batch) CustomerByNumber(number string) (Customer, error) {
	return b.customerWhere("number = ?", number)
}

// CustomerByName reads the first customer with exactly this name inside the batch.
func (b *Batch) CustomerByName(name string) (Customer, error) {
	return b.customerWhere("name = ? ORDER BY id LIMIT 1", name)
}

func (b *Batch) customerWhere(where string, arg any) (Customer, error) {
	c, err := scanCustomer(b.QueryRowContext(b.ctx, "SELECT "+customerColumns+" FROM customers WHERE "+where, arg))
	if err == sql.ErrNoRows {
		return c, fmt.Errorf("customer %v: %w", arg, ErrNotFound)
	}
	if err != nil {
		return c, fmt.Errorf("read customer %v: %w", arg, err)
	}
	return c, nil
}

// InvoiceByNumber reads an invoice inside the batch, seeing the batch's own writes.
func (b *Batch) InvoiceByNumber(number string) (Invoice, error) {
	return b.s.invoiceWhere(b, "number = ?", number)
}

// SaveCompany stores the company profile inside the batch.
func (b *Batch) SaveCompany(c *Company) error {
	if err := c.Validate(); err != nil {
		return err
	}
	return b.s.saveCompany(b, c)
}
