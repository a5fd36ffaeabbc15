package spreadsheet

import (
	"context"
	"database/sql"
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

// writer applies invoice rows inside one batch.
type writer struct {
	b           *data.Batch
	ctx         context.Context
	res         *Result
	company     data.Company
	today       data.Date
	source      string
	lookup      bool // the file held invoices before the import: numbers must be looked up
	savepoints  bool // undo a failed row on its own (importing only the valid rows)
	nextNumber  int64
	byNumber    map[string]int64
	byName      map[string]int64
	rowKeys     []string // cache entries added by the current row (undone with it)
	rowCreated  int      // customers created by the current row
	problemRows int
}

// rowError is a problem with the row's data found while writing it (the store refused it).
type rowError struct{ p Problem }

func (e *rowError) Error() string { return e.p.Error }

// write applies one row. Only failures of the file or the database are returned; problems
// with the row are recorded in the result.
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
	if w.savepoints {
		if _, err := w.b.ExecContext(w.ctx, "SAVEPOINT import_row"); err != nil {
			return fmt.Errorf("import row %d: %w", ir.row, err)
		}
	}
	w.rowKeys, w.rowCreated = w.rowKeys[:0], 0
	out, err := w.apply(&ir)
	var re *rowError
	switch {
	case errors.As(err, &re):
		w.res.Invalid = append(w.res.Invalid, re.p)
		w.res.CustomersCreated -= w.rowCreated
		for _, k := range w.rowKeys {
			if k[0] == 'n' {
				delete(w.byNumber, k[1:])
			} else {
				delete(w.byName, k[1:])
			}
		}
		if w.savepoints {
			if _, err := w.b.ExecContext(w.ctx, "ROLLBACK TO import_row"); err != nil {
				return fmt.Errorf("import row %d: %w", ir.row, err)
			}
		}
	case err != nil:
		return fmt.Errorf("import row %d: %w", ir.row, err)
	default:
		switch out {
		case outCreated:
			w.res.Created++
		case outUpdated:
			w.res.Updated++
		default:
			w.res.Unchanged++
		}
	}
	if w.savepoints {
		if _, err := w.b.ExecContext(w.ctx, "RELEASE import_row"); err != nil {
			return fmt.Errorf("import row %d: %w", ir.row, err)
		}
	}
	return nil
}

// refused turns a store error about the row's data into a rowError naming the column;
// other errors pass through.
func refused(ir *invoiceRow, m *Mapping, fallback Field, err error, fields map[string]Field) error {
	var ve *data.ValidationError
	f, msg := fallback, err.Error()
	switch {
	case errors.As(err, &ve) && len(ve.Fields) > 0:
		msg = ve.Fields[0].Message
		if ff, ok := fields[ve.Fields[0].Field]; ok {
			f = ff
		}
	case errors.Is(err, data.ErrDuplicate), errors.Is(err, data.ErrNotFound):
	default:
		return err
	}
	return &rowError{Problem{Row: ir.row, Column: m.Name(f), Field: f, Value: ir.value(f), Error: msg, Code: codeStore}}
}

func (ir *invoiceRow) value(f Field) string {
	switch f {
	case FieldInvoiceNumber:
		return ir.number
	case FieldCustomerNumber:
		return ir.customerNumber
	case FieldCustomerName:
		return ir.customerName
	case FieldEmail:
		return ir.email
	case FieldPhone:
		return ir.phone
	case FieldAddress:
		return ir.address
	case FieldIssueDate:
		return ir.issue.String()
	case FieldDueDate:
		return ir.due.String()
	case FieldCurrency:
		return ir.currency
	}
	return ""
}

var invoiceFields = map[string]Field{"Number": FieldInvoiceNumber, "IssueDate": FieldIssueDate, "DueDate": FieldDueDate,
	"Amount": FieldAmount, "Currency": FieldCurrency, "CustomerID": FieldCustomerNumber}
var customerFields = map[string]Field{"Number": FieldCustomerNumber, "Name": FieldCustomerName, "Currency": FieldCurrency,
	"VATID": FieldTaxID, "OrgNumber": FieldOrgNumber}
var contactFields = map[string]Field{"Email": FieldEmail, "Phone": FieldPhone, "Name": FieldAddress}
var paymentFields = map[string]Field{}

func (w *writer) apply(ir *invoiceRow) (outcome, error) {
	var old data.Invoice
	exists := false
	if w.lookup {
		inv, err := w.b.InvoiceByNumber(ir.number)
		switch {
		case err == nil:
			old, exists = inv, true
		case !errors.Is(err, data.ErrNotFound):
			return 0, err
		}
	}
	if ir.amount < 0 {
		if exists {
			return 0, w.rowProblem(ir, FieldAmount, codeAmountInvalid, "invoice "+ir.number+" exists; a negative amount cannot replace it")
		}
		return w.creditNote(ir)
	}
	if exists {
		return w.update(ir, old)
	}
	if ir.amount == 0 {
		return 0, w.rowProblem(ir, FieldOpen, codeAmountZero, "the amount is zero")
	}
	cust, err := w.customer(ir)
	if err != nil {
		return 0, err
	}
	amount := ir.amount
	inv := data.Invoice{Number: ir.number, CustomerID: cust, IssueDate: ir.issue, DueDate: ir.due, Amount: amount,
		Currency: ir.currency, Description: ir.description}
	if err := w.b.CreateInvoice(&inv); err != nil {
		return 0, refused(ir, &w.res.Mapping, FieldInvoiceNumber, err, invoiceFields)
	}
	if ir.hasPaid && ir.paid > 0 {
		if err := w.pay(ir, inv, ir.paid); err != nil {
			return 0, err
		}
	}
	return outCreated, nil
}

// update brings an existing invoice in line with the row. The customer changes only when the
// row names a customer number; a paid amount can grow (a new payment) but never shrink.
func (w *writer) update(ir *invoiceRow, old data.Invoice) (outcome, error) {
	inv := old
	if ir.customerNumber != "" {
		cust, err := w.customer(ir)
		if err != nil {
			return 0, err
		}
		inv.CustomerID = cust
	}
	inv.IssueDate, inv.DueDate = ir.issue, ir.due
	if !ir.openOnly {
		inv.Amount = ir.amount
	}
	if w.res.Mapping.Column(FieldCurrency) >= 0 || ir.currency != w.company.Currency {
		inv.Currency = ir.currency
	}
	if ir.hasDescription {
		inv.Description = ir.description
	}
	changed := inv.CustomerID != old.CustomerID || inv.IssueDate != old.IssueDate || inv.DueDate != old.DueDate ||
		inv.Amount != old.Amount || inv.Currency != old.Currency || inv.Description != old.Description
	if changed {
		if err := w.b.UpdateInvoice(&inv); err != nil {
			return 0, refused(ir, &w.res.Mapping, FieldAmount, err, invoiceFields)
		}
	}
	target, known := ir.paid, ir.hasPaid
	if ir.openOnly {
		target, known = inv.Amount-ir.open, true
		if target < 0 {
			return 0, w.rowProblem(ir, FieldOpen, codeOpenExceeds, "the open amount is more than the invoice amount "+
				data.FormatAmount(inv.Amount, inv.Currency, "en"))
		}
	}
	paidField := FieldPaid
	if w.res.Mapping.Column(FieldPaid) < 0 {
		paidField = FieldOpen
	}
	switch {
	case !known || target == old.Paid:
	case target < old.Paid:
		return 0, w.rowProblem(ir, paidField, codePaidDecrease, fmt.Sprintf(
			"%s is already recorded as paid or credited on invoice %s; the file says %s, and an import cannot take payments back",
			data.FormatAmount(old.Paid, old.Currency, "en"), old.Number, data.FormatAmount(target, old.Currency, "en")))
	default:
		if err := w.pay(ir, inv, target-old.Paid); err != nil {
			return 0, err
		}
		changed = true
	}
	if changed {
		return outUpdated, nil
	}
	return outUnchanged, nil
}

func (w *writer) rowProblem(ir *invoiceRow, f Field, code, msg string) error {
	v := ir.value(f)
	if f.isAmount() {
		v = ""
	}
	return &rowError{Problem{Row: ir.row, Column: w.res.Mapping.Name(f), Field: f, Value: v, Error: msg, Code: code}}
}

// pay records a payment of amount allocated to inv, dated by the payment-date column or today.
func (w *writer) pay(ir *invoiceRow, inv data.Invoice, amount int64) error {
	date := ir.paidOn
	if date == 0 {
		date = w.today
	}
	p := data.Payment{CustomerID: inv.CustomerID, Kind: data.KindPayment, Date: date, Amount: amount,
		Currency: inv.Currency, Method: "import", Note: "from " + w.source,
		Allocations: []data.Allocation{{InvoiceID: inv.ID, Amount: amount}}}
	if err := w.b.CreatePayment(&p); err != nil {
		return refused(ir, &w.res.Mapping, FieldPaid, err, paymentFields)
	}
	return nil
}

// creditNote records a row with a negative amount as a credit note on the customer's account,
// once: a credit note with the same number and amount is left alone.
func (w *writer) creditNote(ir *invoiceRow) (outcome, error) {
	cust, err := w.customer(ir)
	if err != nil {
		return 0, err
	}
	var id, amount int64
	err = w.b.QueryRowContext(w.ctx, `SELECT id, amount FROM payments WHERE kind = 'credit_note' AND reference = ?
		AND customer_id = ? ORDER BY id LIMIT 1`, ir.number, cust).Scan(&id, &amount)
	switch {
	case err == nil && amount == -ir.amount:
		return outUnchanged, nil
	case err == nil:
		return 0, w.rowProblem(ir, FieldAmount, codeCreditChanged, fmt.Sprintf("credit note %s is already recorded with %s",
			ir.number, data.FormatAmount(amount, ir.currency, "en")))
	case !errors.Is(err, sql.ErrNoRows):
		return 0, err
	}
	p := data.Payment{CustomerID: cust, Kind: data.KindCreditNote, Date: ir.issue, Amount: -ir.amount,
		Currency: ir.currency, Reference: ir.number, Note: "credit note from " + w.source}
	if err := w.b.CreatePayment(&p); err != nil {
		return 0, refused(ir, &w.res.Mapping, FieldAmount, err, paymentFields)
	}
	return outCreated, nil
}

// customer finds the row's customer by number, else by exact name, else creates it.
func (w *writer) customer(ir *invoiceRow) (int64, error) {
	if n := ir.customerNumber; n != "" {
		if id, ok := w.byNumber[n]; ok {
			return id, nil
		}
		c, err := w.b.CustomerByNumber(n)
		switch {
		case err == nil:
			w.byNumber[n] = c.ID
			return c.ID, nil
		case !errors.Is(err, data.ErrNotFound):
			return 0, err
		case ir.customerName == "":
			return 0, w.rowProblem(ir, FieldCustomerName, codeMissingCustomer,
				"customer "+n+" is not in the company file and the row has no customer name to create it with")
		}
		return w.createCustomer(ir, n)
	}
	name := ir.customerName
	if id, ok := w.byName[name]; ok {
		return id, nil
	}
	c, err := w.b.CustomerByName(name)
	switch {
	case err == nil:
		w.byName[name] = c.ID
		return c.ID, nil
	case !errors.Is(err, data.ErrNotFound):
		return 0, err
	}
	for tries := 0; ; tries++ {
		id, err := w.createCustomer(ir, strconv.FormatInt(w.nextNumber, 10))
		w.nextNumber++
		if !errors.Is(err, data.ErrDuplicate) || tries > 10000 {
			return id, err
		}
	}
}

func (w *writer) createCustomer(ir *invoiceRow, number string) (int64, error) {
	c := data.Customer{Number: number, Name: ir.customerName, Type: data.Business, VATID: ir.taxID,
		OrgNumber: ir.orgNumber, Currency: ir.currency, Country: w.company.Country, Language: w.company.Language}
	if err := w.b.CreateCustomer(&c); err != nil {
		if errors.Is(err, data.ErrDuplicate) && ir.customerNumber == "" {
			return 0, data.ErrDuplicate // a generated number already taken: the caller tries the next
		}
		return 0, refused(ir, &w.res.Mapping, FieldCustomerName, err, customerFields)
	}
	w.res.CustomersCreated++
	w.rowCreated++
	if ir.customerNumber != "" {
		w.byNumber[number] = c.ID
		w.rowKeys = append(w.rowKeys, "n"+number)
	} else {
		w.byName[ir.customerName] = c.ID
		w.rowKeys = append(w.rowKeys, "c"+ir.customerName)
	}
	if ir.email == "" && ir.phone == "" && ir.address == "" {
		return c.ID, nil
	}
	a := splitAddress(ir.address)
	ct := data.Contact{CustomerID: c.ID, Kind: data.ContactBilling, Street: a.street, Postcode: a.postcode,
		City: a.city, Region: a.region, Country: w.company.Country, Email: ir.email, Phone: ir.phone}
	if err := w.b.CreateContact(&ct); err != nil {
		return 0, refused(ir, &w.res.Mapping, FieldAddress, err, contactFields)
	}
	return c.ID, nil
}
