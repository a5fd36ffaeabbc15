package spreadsheet

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"overdue/data"
)

// outcome is what writing one row did.
type outcome int

const (
	outUnchanged outcome = iota
	outCreated
	outUpdated
)

// writer applies invoice rows inside one batch. Each row is first checked completely against
// the company file (lookups only, the same rules the store applies), then written; so a row
// is either written whole or, being invalid, not at all, without a savepoint per row.
type writer struct {
	b       *data.Batch
	ctx     context.Context
	res     *Result
	company data.Company
	today   data.Date
	source  string
	lookup  bool // the file held invoices before the import: numbers must be looked up
	// the file held customers (credit notes) before: they must be looked up too; a file that
	// held none has only what this import adds, which the writer keeps in its maps
	lookupCustomers, lookupCredits bool
	skipInvalid                    bool
	nextNumber                     int64
	byNumber                       map[string]int64
	byName                         map[string]int64
	taxIDs                         map[int64]taxSeen // by customer: the first tax ID a row gave
	nameOf                         map[int64]string  // names of the customers of updated invoices
	// Credit notes are allocated at the end of the file, when every invoice they may
	// reduce is written; rows whose paid amount depends on the credit notes the file
	// lists wait for the end too (see planUpdate).
	credits      []pendingCredit
	creditRefs   map[creditKey]bool // credit notes the file lists
	creditAllocs int                // 0 unknown, 1 the company file has allocated credit notes, -1 not
	deferred     []invoiceRow
	final        bool // the end of the file: nothing waits any more
}

// creditKey names a credit note: its customer and number.
type creditKey struct {
	customer int64
	number   string
}

// pendingCredit is a credit note to record at the end of the file.
type pendingCredit struct {
	row int
	cn  data.Payment
}

// errDeferred makes a row wait for the end of the file.
var errDeferred = errors.New("deferred to the end of the file")

// rowError is a problem with the row found against the company file.
type rowError struct{ p Problem }

// Error says which row and column the problem is in.
func (e *rowError) Error() string {
	return fmt.Sprintf("row %d, %s: %s", e.p.Row, e.p.Column, e.p.Error)
}

// write checks and applies one row. Problems with the row are recorded in the result; only
// failures of the database (or a row the store refuses after the checks passed, when valid
// rows are being imported) are returned.
func (w *writer) write(ir invoiceRow) error {
	w.res.Rows++
	if len(ir.problems) > 0 {
		w.res.Invalid = append(w.res.Invalid, ir.problems...)
		return nil
	}
	if ir.dupOf > 0 {
		w.res.Unchanged++
		return nil
	}
	return w.writeRow(&ir)
}

// writeRow checks and applies a row without problems of its own.
func (w *writer) writeRow(ir *invoiceRow) error {
	p, err := w.plan(ir)
	var re *rowError
	switch {
	case errors.Is(err, errDeferred):
		w.deferred = append(w.deferred, *ir)
		return nil
	case errors.As(err, &re):
		w.res.Invalid = append(w.res.Invalid, re.p)
		return nil
	case err != nil:
		return fmt.Errorf("import row %d: %w", ir.row, err)
	}
	out, err := w.apply(ir, p)
	switch {
	case errors.As(err, &re) && !w.skipInvalid:
		w.res.Invalid = append(w.res.Invalid, re.p)
		return nil
	case err != nil: // part of the row may be written: only a rollback of everything is safe
		return fmt.Errorf("import row %d: %w", ir.row, err)
	}
	w.noteTaxID(ir, p.customer)
	if p.creditNote {
		w.creditRefs[creditKey{p.customer, ir.number}] = true
	}
	switch out {
	case outCreated:
		w.res.Created++
		if p.creditNote {
			w.res.CreditNotes++
		}
	case outUpdated:
		w.res.Updated++
	default:
		w.res.Unchanged++
	}
	return nil
}

// problem is a rowError for field f of the row, naming the column as the file does and the
// cell as written. The amount is the open amount's column when the row has only that; a
// field without a column falls back to the column that stood in for it.
func (w *writer) problem(ir *invoiceRow, f Field, code, msg string, kv ...any) error {
	if w.res.Mapping.Column(f) < 0 {
		if alt := standIn[f]; alt != FieldNone && w.res.Mapping.Column(alt) >= 0 {
			f = alt
		}
	}
	if f == FieldAmount && ir.amountField != FieldNone {
		f = ir.amountField
	}
	p := Problem{Row: ir.row, Column: w.res.Mapping.Name(f), Field: f, Value: ir.value(f), Error: msg, Code: code}
	if len(kv) > 0 {
		p.Data = map[string]any{}
		for i := 0; i+1 < len(kv); i += 2 {
			p.Data[kv[i].(string)] = kv[i+1]
		}
	}
	return &rowError{p}
}

// standIn is the column a problem with a field names when the file has no column for it.
var standIn = [fieldCount]Field{FieldAmount: FieldOpen, FieldPaid: FieldOpen, FieldOpen: FieldAmount,
	FieldCustomerNumber: FieldCustomerName, FieldCustomerName: FieldCustomerNumber, FieldIssueDate: FieldDueDate,
	FieldDueDate: FieldIssueDate, FieldPaymentDate: FieldPaid, FieldCurrency: FieldAmount}

// invalid turns a validation error into a rowError naming the column.
func (w *writer) invalid(ir *invoiceRow, fallback Field, err error, fields map[string]Field) error {
	var ve *data.ValidationError
	if !errors.As(err, &ve) || len(ve.Fields) == 0 {
		return err
	}
	f := fallback
	if ff, ok := fields[ve.Fields[0].Field]; ok {
		f = ff
	}
	return w.problem(ir, f, codeStore, ve.Fields[0].Message)
}

// value is the cell of field f as written (the currency read from the amount when the file
// has no currency column).
func (ir *invoiceRow) value(f Field) string {
	if f == FieldCurrency && ir.text[f] == "" {
		return ir.currency
	}
	if f > FieldNone && f < fieldCount {
		return ir.text[f]
	}
	return ""
}

var invoiceFields = map[string]Field{"Number": FieldInvoiceNumber, "IssueDate": FieldIssueDate, "DueDate": FieldDueDate,
	"Amount": FieldAmount, "Currency": FieldCurrency, "CustomerID": FieldCustomerNumber, "Description": FieldDescription}
var customerFields = map[string]Field{"Number": FieldCustomerNumber, "Name": FieldCustomerName, "Currency": FieldCurrency,
	"VATID": FieldTaxID, "OrgNumber": FieldOrgNumber}
var contactFields = map[string]Field{"Email": FieldEmail, "Phone": FieldPhone, "Street": FieldAddress, "Name": FieldAddress}
var paymentFields = map[string]Field{"Date": FieldPaymentDate}

// apply writes a checked row.
func (w *writer) apply(ir *invoiceRow, p *rowPlan) (outcome, error) {
	if p.unchanged {
		return outUnchanged, nil
	}
	if p.newCust != nil {
		id, err := w.createCustomer(ir, p)
		if err != nil {
			return 0, err
		}
		p.customer, p.inv.CustomerID = id, id
	}
	if p.creditNote {
		w.credits = append(w.credits, pendingCredit{row: ir.row, cn: w.creditNote(ir, p.customer)})
		return outCreated, nil
	}
	out := outUpdated
	switch {
	case !p.exists:
		if err := w.b.CreateInvoice(&p.inv); err != nil {
			return 0, w.invalid(ir, FieldInvoiceNumber, err, invoiceFields)
		}
		out = outCreated
	case p.changed:
		if err := w.b.UpdateInvoice(&p.inv); err != nil {
			return 0, w.invalid(ir, FieldAmount, err, invoiceFields)
		}
	}
	if p.pay > 0 {
		pm := w.payment(ir, p.inv, p.pay, p.alloc)
		if err := w.b.CreatePayment(&pm); err != nil {
			return 0, w.invalid(ir, FieldPaid, err, paymentFields)
		}
	}
	return out, nil
}

func (w *writer) createCustomer(ir *invoiceRow, p *rowPlan) (int64, error) {
	c := *p.newCust
	if c.Number == "" {
		// Numbers above every numeric one in the file when the import began, skipping those
		// the import has used since; a bulk load only finds a taken number at its end.
		for c.Number == "" || w.byNumber[c.Number] != 0 {
			c.Number = strconv.FormatInt(w.nextNumber, 10)
			w.nextNumber++
		}
	}
	if err := w.b.CreateCustomer(&c); err != nil {
		return 0, w.invalid(ir, FieldCustomerName, err, customerFields)
	}
	w.res.CustomersCreated++
	w.byNumber[c.Number] = c.ID
	if _, ok := w.byName[c.Name]; !ok {
		w.byName[c.Name] = c.ID
	}
	if p.contact != nil {
		ct := *p.contact
		ct.CustomerID = c.ID
		if err := w.b.CreateContact(&ct); err != nil {
			return 0, w.invalid(ir, FieldAddress, err, contactFields)
		}
	}
	return c.ID, nil
}

// finish writes what waited for the end of the file: the rows whose paid amount depends on
// the credit notes the file lists, then the credit notes, each allocated to its customer's
// open invoices in its currency, oldest due first (as payments are), the rest on account.
func (w *writer) finish() error {
	w.final = true
	for i := range w.deferred {
		if err := w.writeRow(&w.deferred[i]); err != nil {
			return err
		}
	}
	w.deferred = nil
	for _, c := range w.credits {
		if err := w.allocate(&c.cn); err != nil {
			return fmt.Errorf("import row %d: %w", c.row, err)
		}
		if err := w.b.CreatePayment(&c.cn); err != nil {
			return fmt.Errorf("import row %d: %w", c.row, err)
		}
	}
	w.credits = nil
	return nil
}

// allocate spreads a credit note over its customer's open invoices in its currency, oldest
// due date first.
func (w *writer) allocate(cn *data.Payment) error {
	rows, err := w.b.QueryContext(w.ctx, `SELECT id, amount - paid FROM invoices
		WHERE customer_id = ? AND currency = ? AND paid < amount ORDER BY due_date, id`, cn.CustomerID, cn.Currency)
	if err != nil {
		return err
	}
	defer rows.Close()
	left := cn.Amount
	for left > 0 && rows.Next() {
		var a data.Allocation
		if err := rows.Scan(&a.InvoiceID, &a.Amount); err != nil {
			return err
		}
		a.Amount = min(a.Amount, left)
		cn.Allocations = append(cn.Allocations, a)
		left -= a.Amount
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return rows.Close()
}

// creditAllocation is a credit note's allocation to an invoice.
type creditAllocation struct {
	key    creditKey
	amount int64
}

// creditsOn returns the credit notes allocated to invoice id in the company file.
func (w *writer) creditsOn(id int64) ([]creditAllocation, error) {
	if w.creditAllocs == 0 {
		var found bool
		if err := w.b.QueryRowContext(w.ctx, `SELECT EXISTS (SELECT 1 FROM payments p JOIN allocations a
			ON a.payment_id = p.id WHERE p.kind = 'credit_note')`).Scan(&found); err != nil {
			return nil, err
		}
		w.creditAllocs = -1
		if found {
			w.creditAllocs = 1
		}
	}
	if w.creditAllocs < 0 {
		return nil, nil
	}
	rows, err := w.b.QueryContext(w.ctx, `SELECT p.customer_id, p.reference, a.amount FROM allocations a
		JOIN payments p ON p.id = a.payment_id WHERE a.invoice_id = ? AND p.kind = 'credit_note'`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []creditAllocation
	for rows.Next() {
		var c creditAllocation
		if err := rows.Scan(&c.key.customer, &c.key.number, &c.amount); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
