package spreadsheet

import (
	"context"
	"errors"
	"fmt"

	"overdue/data"
)

// ExportKind names what an export writes.
type ExportKind string

// The exports.
const (
	ExportCustomers ExportKind = "customers" // every customer with balance and billing contact
	ExportInvoices  ExportKind = "invoices"  // every invoice with paid and open amounts (imports back unchanged)
	ExportAging     ExportKind = "aging"     // aging per currency with a chart, and per customer, as of a date
	ExportLedger    ExportKind = "ledger"    // every money event, oldest first
	ExportTemplate  ExportKind = "template"  // an empty invoice sheet with the columns the importer expects
)

// ExportKinds lists the exports in menu order.
var ExportKinds = []ExportKind{ExportCustomers, ExportInvoices, ExportAging, ExportLedger, ExportTemplate}

// ExportOptions control an export.
type ExportOptions struct {
	AsOf data.Date // aging and days overdue are counted on this date; 0 for today
	Lang string    // language of headings: en, de, nb, pl; "" for the company's
}

// pageSize is how many invoices are read from the company file at a time.
const pageSize = 20000

// Export writes the chosen export as an xlsx workbook to path (replacing it only when the
// whole workbook has been written).
func Export(ctx context.Context, s *data.Store, kind ExportKind, path string, o ExportOptions) error {
	if o.AsOf == 0 {
		o.AsOf = data.Today()
	}
	company, err := s.Company()
	if err != nil && !errors.Is(err, data.ErrNotFound) {
		return err
	}
	if o.Lang == "" {
		o.Lang = company.Language
	}
	b, err := newBook(o.Lang)
	if err != nil {
		return err
	}
	b.home = company.Country
	switch kind {
	case ExportCustomers:
		err = exportCustomers(ctx, s, b)
	case ExportInvoices:
		err = exportInvoices(ctx, s, b, o.AsOf)
	case ExportAging:
		err = exportAging(ctx, s, b, o.AsOf)
	case ExportLedger:
		err = exportLedger(ctx, s, b)
	case ExportTemplate:
		err = exportTemplate(b)
	default:
		err = fmt.Errorf("unknown export %q (use customers, invoices, aging, ledger or template)", kind)
	}
	if err != nil {
		b.f.Close()
		return fmt.Errorf("export %s: %w", kind, err)
	}
	return b.save(path)
}
