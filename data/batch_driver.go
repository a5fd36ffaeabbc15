package data

import (
	"context"
	"database/sql/driver"
	"fmt"
)

// A load hands its groups of rows to the SQLite driver directly, on the batch's connection:
// database/sql would check and convert every value of every row again and take its locks
// for each statement (4 % of a big load's time, and much garbage).

// exec runs the prepared statement *st (preparing query first) with values and returns
// the ID of the last row it inserted.
func (b *Batch) exec(p *pending, st *driver.Stmt, query string, values []any) (last int64, err error) {
	err = b.conn.Raw(func(dc any) error {
		if *st == nil {
			pc, ok := dc.(driver.ConnPrepareContext)
			if !ok {
				return fmt.Errorf("the SQLite driver cannot prepare statements")
			}
			s, err := pc.PrepareContext(b.ctx, query)
			if err != nil {
				return err
			}
			*st = s
		}
		ex, ok := (*st).(driver.StmtExecContext)
		if !ok {
			return fmt.Errorf("the SQLite driver cannot run statements with a context")
		}
		args := p.args[:0]
		for i, v := range values {
			dv, err := driverValue(v)
			if err != nil {
				return fmt.Errorf("value %d: %w", i+1, err)
			}
			args = append(args, driver.NamedValue{Ordinal: i + 1, Value: dv})
		}
		p.args = args
		// not b.ctx: the driver would watch a cancellable context with a goroutine per statement
		res, err := ex.ExecContext(context.Background(), args)
		clear(args)
		if err != nil {
			return err
		}
		last, _ = res.LastInsertId()
		return nil
	})
	return last, err
}

// driverValue is what database/sql would hand the driver for v.
func driverValue(v any) (driver.Value, error) {
	switch x := v.(type) {
	case nil, int64, string, float64, bool, []byte:
		return x, nil
	case Date:
		return dateValue(x)
	case driver.Valuer:
		return x.Value()
	}
	return driver.DefaultParameterConverter.ConvertValue(v)
}

// dateValue is d.Value() without fmt (three dates a row in a big load).
func dateValue(d Date) (driver.Value, error) {
	year, month, day := d.Parts()
	if d == 0 || year < 0 || year > 9999 {
		return d.Value()
	}
	var b [10]byte
	digits(b[0:4], year)
	b[4] = '-'
	digits(b[5:7], int(month))
	b[7] = '-'
	digits(b[8:10], day)
	return string(b[:]), nil
}

// closeRows closes the batch's insert statements.
func (b *Batch) closeRows() {
	b.conn.Raw(func(any) error {
		for _, p := range b.rows {
			for _, st := range []driver.Stmt{p.one, p.chunk} {
				if st != nil {
					st.Close()
				}
			}
		}
		return nil
	})
}
