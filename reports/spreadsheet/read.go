package spreadsheet

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"overdue/data"
)

// emitBatch is how many rows travel together from the reader to the writer.
const emitBatch = 256

// read streams the sheet through the header search and the analyser, sending invoice rows
// to out in batches (taking empty ones back from free). It returns the analyser (for its
// decisions) and the first error.
func (b *Book) read(ctx context.Context, s Settings, sheet string, o *Options, fallback DateOrder,
	res *Result, out chan<- []invoiceRow, free <-chan []invoiceRow) (*analyser, error) {
	var a *analyser
	var head [][]string
	headerRow := 0
	if o.Mapping != nil {
		res.Mapping = *o.Mapping
		headerRow = o.Mapping.HeaderRow
	}
	buf := make([]invoiceRow, 0, emitBatch)
	emit := func(ir invoiceRow) error {
		buf = append(buf, ir)
		if len(buf) == emitBatch {
			select {
			case out <- buf:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case buf = <-free:
				buf = buf[:0]
			default:
				buf = make([]invoiceRow, 0, emitBatch)
			}
		}
		return nil
	}
	start := func() error {
		if missing := res.Mapping.Missing(); len(missing) > 0 {
			return fmt.Errorf("%w: no column for the %s (header row %d: %s)", ErrMapping,
				strings.Join(missing, ", "), res.Mapping.HeaderRow, strings.Join(nonEmpty(res.Mapping.Headers), ", "))
		}
		a = newAnalyser(res.Mapping, b.Format == FormatXLSX, b.date1904, o.Currency, fallback, emit)
		a.exclude = o.exclude
		for i, r := range head {
			if i+1 > headerRow {
				if err := a.add(i+1, r); err != nil {
					return err
				}
			}
		}
		head = nil
		return nil
	}
	err := b.eachAhead(ctx, sheet, o.Encoding, o.Progress, func(row int, cells []string) error {
		if a != nil {
			return a.add(row, cells)
		}
		head = append(head, cells)
		switch {
		case o.Mapping != nil && row >= headerRow:
			return start()
		case o.Mapping == nil && row == headerScanRows:
			if err := b.findMapping(s, head, res); err != nil {
				return err
			}
			headerRow = res.Mapping.HeaderRow
			return start()
		}
		return nil
	})
	if err == nil && a == nil {
		if o.Mapping == nil {
			err = b.findMapping(s, head, res)
			headerRow = res.Mapping.HeaderRow
		}
		if err == nil {
			err = start()
		}
	}
	if err == nil {
		err = a.flush(true)
	}
	if err == nil && len(buf) > 0 {
		select {
		case out <- buf:
		case <-ctx.Done():
			err = ctx.Err()
		}
	}
	return a, err
}

// sheetRow is one row as read, on its way from the reading goroutine to the analysis.
type sheetRow struct {
	row   int
	cells []string
}

// eachAhead is each with the reading in a goroutine of its own, a few hundred rows ahead of
// fn: unpacking and decoding the sheet and reading the rows then share the work with the
// writer on two cores.
func (b *Book) eachAhead(ctx context.Context, sheet, encoding string, progress func(done, total int64), fn rowFunc) error {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	rows := make(chan []sheetRow, 8)
	readErr := make(chan error, 1)
	go func() {
		defer close(rows)
		buf := make([]sheetRow, 0, emitBatch)
		err := b.each(ctx, sheet, encoding, progress, func(row int, cells []string) error {
			buf = append(buf, sheetRow{row, cells})
			if len(buf) < emitBatch {
				return nil
			}
			select {
			case rows <- buf:
			case <-ctx.Done():
				return ctx.Err()
			}
			buf = make([]sheetRow, 0, emitBatch)
			return nil
		})
		if err == nil && len(buf) > 0 {
			select {
			case rows <- buf:
			case <-ctx.Done():
				err = ctx.Err()
			}
		}
		readErr <- err
	}()
	var err error
	for batch := range rows {
		for _, r := range batch {
			if err == nil {
				err = fn(r.row, r.cells)
			}
		}
		if err != nil {
			stop() // the reader stops; the loop drains what it sent
		}
	}
	if rerr := <-readErr; err == nil {
		err = rerr
	}
	return err
}

// findMapping finds the header row among the first rows: the first row with a remembered
// mapping, else the row naming the most known columns.
func (b *Book) findMapping(s Settings, head [][]string, res *Result) error {
	for i, r := range head {
		if i >= headerScanRows {
			break
		}
		if len(nonEmpty(r)) < 2 {
			continue
		}
		cols, ok, err := rememberedColumns(s, r)
		if err != nil {
			return err
		}
		if ok {
			res.Mapping = Mapping{HeaderRow: i + 1, Headers: r, Columns: cols, Remembered: true}
			return nil
		}
	}
	i := findHeader(head)
	if i < 0 {
		return fmt.Errorf("%w: no header row in the first %d rows; name the columns like "+
			"Invoice number, Customer, Invoice date, Due date, Amount", ErrMapping, headerScanRows)
	}
	cols, _ := detectColumns(head[i])
	res.Mapping = Mapping{HeaderRow: i + 1, Headers: head[i], Columns: cols}
	return nil
}

func nonEmpty(cells []string) []string {
	var out []string
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// errStop ends reading early without an error.
var errStop = errors.New("stop")

// Preview is the start of a sheet with the header row and column mapping the importer found.
type Preview struct {
	Sheet   string
	Rows    [][]string // the first rows as written; Rows[i] is sheet row i+1
	Mapping Mapping    // HeaderRow 0 when no header row was found
	Err     error      // why no mapping was found, or what it lacks
}

// Preview reads the first rows of a sheet (at least 30, at most n) and finds the header row
// and the mapping, as Import would.
func (b *Book) Preview(ctx context.Context, s Settings, sheet, encoding string, n int) (*Preview, error) {
	name, err := b.sheetName(sheet)
	if err != nil {
		return nil, err
	}
	n = max(n, headerScanRows)
	p := &Preview{Sheet: name}
	err = b.each(ctx, name, encoding, nil, func(row int, cells []string) error {
		p.Rows = append(p.Rows, cells)
		if row >= n {
			return errStop
		}
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		return nil, err
	}
	var res Result
	p.Err = b.findMapping(s, p.Rows, &res)
	p.Mapping = res.Mapping
	if p.Err == nil {
		if missing := p.Mapping.Missing(); len(missing) > 0 {
			p.Err = fmt.Errorf("%w: no column for the %s", ErrMapping, strings.Join(missing, ", "))
		}
	}
	if p.Err != nil && sheet == "" {
		// No sheet chosen and the first has no header row (a cover page, notes): show the
		// first sheet that has one instead.
		for i, other := range b.Sheets {
			if other != name && i < maxSheetsLooked && b.mappable(ctx, s, other) {
				return b.Preview(ctx, s, other, encoding, n)
			}
		}
	}
	return p, nil
}

// statically check that *data.Store keeps mappings.
var _ Settings = (*data.Store)(nil)
