package spreadsheet

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"overdue/data"
)

// ErrInvalidRows is returned (with the Result listing them) when rows are invalid and the
// caller did not ask to import only the valid ones: nothing was written.
var ErrInvalidRows = errors.New("the file has invalid rows; nothing was imported")

// ErrMapping is wrapped when the file has no usable header row or lacks a required column.
var ErrMapping = errors.New("the columns of the file cannot be mapped")

// errDryRun rolls back the batch of a dry run.
var errDryRun = errors.New("dry run")

// Options control an import.
type Options struct {
	Sheet    string   // "" for the first sheet
	Encoding string   // csv only: "" to use the detected encoding (see Encodings)
	Mapping  *Mapping // nil: the mapping remembered for this layout, else the detected one
	// DateOrder reads dates such as 03/04/2026 when the file does not decide it; DateOrderAuto
	// takes month first for a US company and day first otherwise.
	DateOrder   DateOrder
	Currency    string    // default currency; "" takes the company's
	SkipInvalid bool      // import the valid rows even when others are invalid
	DryRun      bool      // check everything, write nothing
	Backup      bool      // copy the company file (when it holds data) before writing
	Today       data.Date // date of payments without a payment date; 0 for today
	// Progress, if set, is called from a background goroutine with how far reading has got.
	Progress func(done, total int64)

	exclude map[string][2]int // invoice numbers with conflicting rows (see Import)
}

// errConflicts rolls back a reading of the file that found an invoice number in rows with
// different data after the first of them was written.
var errConflicts = errors.New("conflicting rows")

// Import reads the sheet of b into the company file in one batch: every row or none, or, with
// SkipInvalid, every valid row. Invoices are matched by number, customers by number, else by
// exact name, else created. When rows are invalid and SkipInvalid is off it returns the result
// with ErrInvalidRows and writes nothing. Cancelling ctx also leaves the file as it was.
//
// An invoice number in rows with different data makes all those rows invalid. The rows are
// written as they are read, so when such a number turns up, the import is rolled back and
// the file read once more, knowing the numbers.
func Import(ctx context.Context, s *data.Store, b *Book, o Options) (*Result, error) {
	res, conflicts, err := importOnce(ctx, s, b, o)
	if errors.Is(err, errConflicts) {
		o.exclude = conflicts
		res, _, err = importOnce(ctx, s, b, o)
	}
	return res, err
}

func importOnce(ctx context.Context, s *data.Store, b *Book, o Options) (*Result, map[string][2]int, error) {
	sheet, err := b.sheetName(o.Sheet)
	if err != nil {
		return nil, nil, err
	}
	defer limitImportMemory()()
	company, err := s.Company()
	if err != nil && !errors.Is(err, data.ErrNotFound) {
		return nil, nil, err
	}
	if o.Currency == "" {
		o.Currency = company.Currency
	}
	if o.Today == 0 {
		o.Today = data.Today()
	}
	fallback := o.DateOrder
	if fallback == DateOrderAuto {
		fallback = DayFirst
		if company.Country == "US" {
			fallback = MonthFirst
		}
	}
	invoices, err := s.CountInvoices(data.InvoiceFilter{})
	if err != nil {
		return nil, nil, err
	}
	customers, err := s.CountCustomers(data.CustomerFilter{})
	if err != nil {
		return nil, nil, err
	}
	next, err := s.NextCustomerNumber()
	if err != nil {
		return nil, nil, err
	}
	nextNumber, _ := strconv.ParseInt(next, 10, 64)
	res := &Result{}
	if !o.DryRun && o.Backup {
		if res.Backup, err = backupBeforeImport(s, invoices); err != nil {
			return nil, nil, err
		}
	}
	w := &writer{res: res, company: company, today: o.Today, source: filepath.Base(b.Path), lookup: invoices > 0,
		lookupCustomers: customers > 0, lookupCredits: invoices > 0 || customers > 0,
		skipInvalid: o.SkipInvalid, nextNumber: nextNumber, byNumber: map[string]int64{}, byName: map[string]int64{},
		taxIDs: map[int64]taxSeen{}, nameOf: map[int64]string{}, creditRefs: map[creditKey]bool{}}
	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	batches := make(chan []invoiceRow, 16)
	free := make(chan []invoiceRow, 18) // written batches go back to the reader
	readErr := make(chan error, 1)
	var a *analyser
	go func() {
		defer close(batches)
		var err error
		a, err = b.read(readCtx, s, sheet, &o, fallback, res, batches, free)
		readErr <- err
	}()
	// One transaction for the whole file. Into an empty company file it is a bulk load, rows
	// written many to a statement: every row was checked before it was added, so a row the
	// store would still refuse fails the whole import, as the valid-rows-only choice allows.
	err = s.Load(ctx, func(bt *data.Batch) error {
		w.b, w.ctx = bt, ctx
		for batch := range batches {
			for i := range batch {
				if err := w.write(batch[i]); err != nil {
					return err
				}
				batch[i] = invoiceRow{} // let go of its strings
			}
			select {
			case free <- batch:
			default:
			}
		}
		if err := <-readErr; err != nil {
			return err
		}
		if len(a.conflicts) > 0 && o.exclude == nil {
			return errConflicts
		}
		if err := w.finish(); err != nil {
			return err
		}
		switch {
		case o.DryRun:
			return errDryRun
		case len(res.Invalid) > 0 && !o.SkipInvalid:
			return ErrInvalidRows
		}
		return bt.AddEvent(&data.Event{Kind: data.EventImport, Text: fmt.Sprintf(
			"%s: %d rows, %d created, %d updated, %d unchanged, %d customers created, %d invalid rows",
			w.source, res.Rows, res.Created, res.Updated, res.Unchanged, res.CustomersCreated, res.InvalidRows())})
	})
	stopReading()
	for range batches { // wait for the reader to finish
	}
	if a != nil {
		res.DateOrder, res.DateOrderGuessed = a.order, a.guessed(o.DateOrder != DateOrderAuto)
		res.Skipped = a.skipped
	}
	// rows that waited for the end of the file were checked last
	slices.SortStableFunc(res.Invalid, func(p, q Problem) int { return p.Row - q.Row })
	if res.Backup != "" && (err != nil || res.Created+res.Updated+res.CustomersCreated == 0) {
		os.Remove(res.Backup) // nothing was written, or only the import's log entry: no copy needed
		res.Backup = ""
	}
	switch {
	case err == nil:
		res.Written = true
		return res, nil, nil
	case errors.Is(err, errDryRun):
		return res, nil, nil
	case errors.Is(err, errConflicts):
		return nil, a.conflicts, err
	case errors.Is(err, ErrInvalidRows):
		res.Created, res.Updated, res.Unchanged, res.CustomersCreated = 0, 0, 0, 0
		return res, nil, ErrInvalidRows
	case ctx.Err() != nil:
		return nil, nil, fmt.Errorf("import cancelled; nothing was written: %w", ctx.Err())
	}
	if errors.Is(err, ErrMapping) {
		if hint := b.sheetHint(ctx, s, sheet); hint != "" {
			err = fmt.Errorf("%w; %s", err, hint)
		}
	}
	return nil, nil, fmt.Errorf("import %s: %w; nothing was written", filepath.Base(b.Path), err)
}

// backupBeforeImport copies a company file that holds invoices before the import changes it.
func backupBeforeImport(s *data.Store, invoices int) (string, error) {
	if invoices == 0 {
		return "", nil
	}
	dst := fmt.Sprintf("%s.before-import-%s.bak", s.Path(), time.Now().Format("20060102-150405"))
	for i := 2; fileExists(dst); i++ {
		dst = fmt.Sprintf("%s.before-import-%s-%d.bak", s.Path(), time.Now().Format("20060102-150405"), i)
	}
	if err := s.Backup(dst); err != nil {
		return "", fmt.Errorf("backup before the import: %w", err)
	}
	pruneImportBackups(s.Path(), keepImportBackups)
	return dst, nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// keepImportBackups is how many copies taken before imports are kept beside a company file.
const keepImportBackups = 5

// pruneImportBackups deletes all but the newest keep copies taken before imports of the
// company file at path (their names sort by the time they were taken).
func pruneImportBackups(path string, keep int) {
	dir, base := filepath.Split(path)
	entries, err := os.ReadDir(filepath.Clean(dir + "."))
	if err != nil {
		return
	}
	var old []string
	for _, e := range entries {
		if n := e.Name(); strings.HasPrefix(n, base+".before-import-") && strings.HasSuffix(n, ".bak") {
			old = append(old, filepath.Join(dir, n))
		}
	}
	if len(old) <= keep {
		return
	}
	slices.Sort(old)
	for _, f := range old[:len(old)-keep] {
		os.Remove(f)
	}
}
