package data

import (
	"context"
	"database/sql/driver"
	"fmt"
	"strings"
)

// table describes how rows are inserted into one table, alone or many to a statement.
type table struct {
	name    string
	columns []string // inserted columns, without the ID: SQLite numbers the rows
	hasID   bool     // the table has an INTEGER PRIMARY KEY "id"
	parents []*table // tables its foreign keys refer to, written first while foreign keys are on
	keep    int      // rows a load holds back (the newest) so that it can still change them
	// explain turns the error of inserting row into a message naming the record.
	explain func(row []any, err error) error
	one     string // INSERT of one row
	chunk   string // INSERT of loadChunk rows
}

func newTable(name string, hasID bool, columns []string, parents []*table, explain func([]any, error) error) *table {
	t := &table{name: name, columns: columns, hasID: hasID, parents: parents, explain: explain}
	t.one, t.chunk = t.insertSQL(1), t.insertSQL(loadChunk)
	return t
}

// keeping sets how many of its newest rows a load holds back.
func (t *table) keeping(rows int) *table {
	t.keep = rows
	return t
}

// insertSQL is the INSERT of rows rows. A statement of many rows that may fail halfway keeps
// a copy of every page it changes, to undo itself (a statement journal). OR FAIL keeps the
// rows before a refused one instead and needs no copy (a refused row fails the whole load
// anyway); so does leaving the numbering to SQLite (an ID given could be of the wrong type).
func (t *table) insertSQL(rows int) string {
	var sb strings.Builder
	sb.WriteString("INSERT ")
	if rows > 1 {
		sb.WriteString("OR FAIL ")
	}
	sb.WriteString("INTO " + t.name + " (" + strings.Join(t.columns, ", ") + ") VALUES ")
	one := "(" + placeholders(len(t.columns)) + ")"
	for i := range rows {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(one)
	}
	return sb.String()
}

// insertOrder lists the tables a batch inserts into, parents before children.
var insertOrder = []*table{customersTable, contactsTable, invoicesTable, paymentsTable, allocationsTable, eventsTable}

// loadChunk is how many rows a load writes with one INSERT.
const loadChunk = 64

// pending is the rows of one table a batch has numbered but not yet written.
type pending struct {
	values     []any // row after row: buf[start:]
	buf        []any
	start      int
	rows       int
	firstID    int64 // ID of the first pending row (tables with an ID)
	nextID     int64 // 0: not read from the file yet
	one, chunk driver.Stmt
	args       []driver.NamedValue // for the driver, reused
}

// insert writes one row of t and returns its ID: at once, or, inside a load, with the next
// rows of t.
func insert(q querier, t *table, values ...any) (int64, error) {
	if b, ok := q.(*Batch); ok {
		return b.insert(t, values)
	}
	res, err := q.ExecContext(context.Background(), t.one, values...)
	if err != nil {
		return 0, t.explain(values, err)
	}
	id, _ := res.LastInsertId()
	return id, nil
}

func (b *Batch) insert(t *table, values []any) (int64, error) {
	if b.failed != nil {
		return 0, b.failed
	}
	p := b.rows[t]
	if p == nil {
		p = &pending{}
		b.rows[t] = p
	}
	var id int64
	if t.hasID {
		// Rows are written in the order they are numbered, by the only writer, so SQLite
		// gives each the ID after the highest one, as here (write checks that it did).
		if p.nextID == 0 {
			if err := b.tx.QueryRowContext(b.ctx, "SELECT coalesce(max(id), 0) + 1 FROM "+t.name).Scan(&p.nextID); err != nil {
				return 0, fmt.Errorf("number %s: %w", t.name, err)
			}
		}
		id = p.nextID
		if p.rows == 0 {
			p.firstID = id
		}
		p.nextID++
	}
	p.add(values)
	if !b.load {
		// a batch writes every row at once, so that a refused row fails its own call
		if err := b.flush(t, 0); err != nil {
			p.nextID = 0
			return 0, err
		}
		return id, nil
	}
	if p.rows >= t.keep+loadChunk {
		return id, b.flush(t, t.keep)
	}
	return id, nil
}

// pendingRow returns the values of the row with this ID while it is still pending, to change.
func (b *Batch) pendingRow(t *table, id int64) []any {
	p := b.rows[t]
	if p == nil || id < p.firstID || id >= p.firstID+int64(p.rows) {
		return nil
	}
	i := int(id-p.firstID) * len(t.columns)
	return p.values[i : i+len(t.columns)]
}

// flush writes the pending rows of t (after those of its parents while foreign keys are
// enforced) but for the newest keep ones. A load that fails to write fails for good: its
// rows are no longer known to be in the file or not.
func (b *Batch) flush(t *table, keep int) error {
	if b.failed != nil {
		return b.failed
	}
	err := b.flushRows(t, keep)
	if err != nil && b.load {
		b.failed = err
	}
	return err
}

func (b *Batch) flushRows(t *table, keep int) error {
	p := b.rows[t]
	if p == nil || p.rows <= keep {
		return nil
	}
	if !b.deferFKs {
		for _, parent := range t.parents {
			if err := b.flush(parent, 0); err != nil {
				return err
			}
		}
	}
	n := len(t.columns)
	for p.rows-keep >= loadChunk {
		if err := b.write(t, p, p.values[:loadChunk*n], loadChunk); err != nil {
			return err
		}
		p.drop(loadChunk, n)
	}
	for keep == 0 && p.rows > 0 {
		err := b.write(t, p, p.values[:n], 1)
		p.drop(1, n) // a refused row is not tried again
		if err != nil {
			return err
		}
	}
	return nil
}

// add appends a row.
func (p *pending) add(values []any) {
	p.buf = append(p.buf, values...)
	p.values = p.buf[p.start:]
	p.rows++
}

// drop forgets the first rows rows. The others move to the front of the buffer only when
// they fill less than half of it, so a table that holds rows back does not copy them on
// every write, and the buffer is reused.
func (p *pending) drop(rows, columns int) {
	clear(p.values[:rows*columns])
	p.start += rows * columns
	p.rows -= rows
	p.firstID += int64(rows)
	if live := len(p.buf) - p.start; live < p.start {
		copy(p.buf, p.buf[p.start:])
		clear(p.buf[live:])
		p.buf, p.start = p.buf[:live], 0
	}
	p.values = p.buf[p.start:]
}

// write inserts the first rows pending rows of t. When a group is refused, the rows after
// those written are tried one by one to name the one at fault.
func (b *Batch) write(t *table, p *pending, values []any, rows int) error {
	st, query := &p.one, t.one
	if rows > 1 {
		st, query = &p.chunk, t.chunk
	}
	last, err := b.exec(p, st, query, values)
	if err == nil {
		if t.hasID && last != p.firstID+int64(rows)-1 {
			return fmt.Errorf("write %s: rows numbered %d…, expected %d…", t.name, last-int64(rows)+1, p.firstID)
		}
		return nil
	}
	if rows == 1 {
		return t.explain(values, err)
	}
	n, from := len(t.columns), 0
	if t.hasID {
		if e := b.tx.QueryRowContext(context.Background(), "SELECT count(*) FROM "+t.name+" WHERE id >= ?",
			p.firstID).Scan(&from); e != nil {
			return fmt.Errorf("write %s: %w (%v)", t.name, err, e)
		}
	}
	for i := from; i < rows; i++ {
		if e := t.writeOne(b, values[i*n:(i+1)*n]); e != nil {
			return e
		}
	}
	return fmt.Errorf("write %s: %w", t.name, err)
}

// writeOne inserts one row to find out why a group was refused.
func (t *table) writeOne(b *Batch, row []any) error {
	if _, err := b.tx.ExecContext(context.Background(), t.one, row...); err != nil {
		return t.explain(row, err)
	}
	return nil
}

// flushAll writes every pending row, parents first (before SQL of the caller's own). When
// that SQL may add rows, forget says to read the numbering from the file again afterwards.
func (b *Batch) flushAll(forget bool) error {
	for _, t := range insertOrder {
		if err := b.flush(t, 0); err != nil {
			return err
		}
		if p := b.rows[t]; p != nil && forget {
			p.nextID = 0
		}
	}
	return nil
}
