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

// writer applies invoice rows inside one batch. Each row is first checked completely against
// the company file (lookups only, the same rules the store applies), then written; so a row
// is either written whole or, being invalid, not at all, without a savepoint per row.
type writer struct {
	b           *data.Batch
	ctx         context.Context
	res         *Result
	company     data.Company
	today       data.Date
	source      string
	lookup      bool // the file held invoices before the import: numbers must be looked up
	skipInvalid bool
	nextNumber  int64
	byNumber    map[string]int64
	byName      map[string]int64
}

// rowError is a problem with the row found against the company file.
type rowError struct{ p Problem }

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
	p, err := w.plan(&ir)
	var re *rowError
	switch {
	case errors.As(err, &re):
		w.res.Invalid = append(w.res.Invalid, re.p)
		return nil
	case err != nil:
		return fmt.Errorf("import row %d: %w", ir.row, err)
	}
	out, err := w.apply(&ir, p)
	switch {
	case errors.As(err, &re) && !w.skipInvalid:
		w.res.Invalid = append(w.res.Invalid, re.p)
		return nil
	case err != nil: // part of the row may be written: only a rollback of everything is safe
		return fmt.Errorf("import row %d: %w", ir.row, err)
	}
	switch out {
	case outCreated:
		w.res.Created++
	case outUpdated:
		w.res.Updated++
	default:
		w.res.Unchanged++
	}
	return nil
}

// rowPlan is what a checked row will do.
type rowPlan struct {
	exists     bool
	old, inv   data.Invoice
	customer   int64          // 0: create newCust
	newCust    *data.Customer // with its contact, when one is created
	contact    *data.Contact
	changed    bool  // the invoice's fields change
	pay        int64 // a payment to record
	creditNote bool
	unchanged  bool
}

func (w *writer) problem(ir *invoiceRow, f Field, code, msg string, kv ...any) error {
	p := Problem{Row: ir.row, Column: w.res.Mapping.Name(f), Field: f, Value: ir.value(f), Error: msg, Code: code}
	if len(kv) > 0 {
		p.Data = map[string]any{}
		for i := 0; i+1 < len(kv); i += 2 {
			p.Data[kv[i].(string)] = kv[i+1]
		}
	}
	return &rowError{p}
}

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

func (ir *invoiceRow) value(f Field) string {
	switch f {
	case FieldInvoiceNumber:
		return ir.number
	case FieldCustomerNumber:
		return ir.customerNumber
	case FieldCustomerName:
		return ir.customerName
	case FieldTaxID:
		return ir.taxID
	case FieldOrgNumber:
		return ir.orgNumber
	case FieldEmail:
		return ir.email
	case FieldPhone:
		return ir.phone
	case FieldAddress:
		return ir.address
	case FieldCurrency:
		return ir.currency
	}
	return ""
}

var invoiceFields = map[string]Field{"Number": FieldInvoiceNumber, "IssueDate": FieldIssueDate, "DueDate": FieldDueDate,
	"Amount": FieldAmount, "Currency": FieldCurrency, "CustomerID": FieldCustomerNumber, "Description": FieldDescription}
var customerFields = map[string]Field{"Number": FieldCustomerNumber, "Name": FieldCustomerName, "Currency": FieldCurrency,
	"VATID": FieldTaxID, "OrgNumber": FieldOrgNumber}
var contactFields = map[string]Field{"Email": FieldEmail, "Phone": FieldPhone, "Street": FieldAddress, "Name": FieldAddress}
var paymentFields = map[string]Field{"Date": FieldPaymentDate}

// plan checks the row against the company file without writing.
func (w *writer) plan(ir *invoiceRow) (*rowPlan, error) {
	p := &rowPlan{}
	if w.lookup {
		inv, err := w.b.InvoiceByNumber(ir.number)
		switch {
		case err == nil:
			p.old, p.exists = inv, true
		case !errors.Is(err, data.ErrNotFound):
			return nil, err
		}
	}
	switch {
	case ir.amount < 0 && p.exists:
		return nil, w.problem(ir, FieldAmount, codeAmountInvalid, "invoice "+ir.number+" exists; a negative amount cannot replace it")
	case ir.amount < 0:
		return p, w.planCreditNote(ir, p)
	case p.exists:
		return p, w.planUpdate(ir, p)
	case ir.amount == 0:
		return nil, w.problem(ir, FieldOpen, codeAmountZero, "the amount is zero")
	}
	if err := w.planCustomer(ir, p); err != nil {
		return nil, err
	}
	p.inv = data.Invoice{Number: ir.number, CustomerID: max(p.customer, 1), IssueDate: ir.issue, DueDate: ir.due,
		Amount: ir.amount, Currency: ir.currency, Description: ir.description}
	if err := p.inv.Validate(); err != nil {
		return nil, w.invalid(ir, FieldInvoiceNumber, err, invoiceFields)
	}
	if ir.hasPaid && ir.paid > 0 {
		p.pay = ir.paid
	}
	return p, w.checkPayment(ir, p)
}

// planUpdate compares the row with the invoice already in the file. The customer changes
// only when the row names a customer number; a paid amount can grow (a new payment) but
// never shrink; the amount cannot fall below what is already paid.
func (w *writer) planUpdate(ir *invoiceRow, p *rowPlan) error {
	old := p.old
	inv := old
	p.customer = old.CustomerID
	if ir.customerNumber != "" {
		if err := w.planCustomer(ir, p); err != nil {
			return err
		}
	}
	inv.CustomerID = p.customer
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
	p.changed = inv.CustomerID != old.CustomerID || inv.IssueDate != old.IssueDate || inv.DueDate != old.DueDate ||
		inv.Amount != old.Amount || inv.Currency != old.Currency || inv.Description != old.Description
	paid := data.FormatAmount(old.Paid, old.Currency, "en")
	switch {
	case inv.Amount < old.Paid:
		return w.problem(ir, FieldAmount, codeStore, paid+" is already paid or credited; the amount cannot be lower")
	case inv.Currency != old.Currency && old.Paid > 0:
		return w.problem(ir, FieldCurrency, codeStore, "payments are allocated to this invoice; its currency cannot change")
	case inv.CustomerID != old.CustomerID && old.Paid > 0:
		return w.problem(ir, FieldCustomerNumber, codeStore, "payments are allocated to this invoice; it cannot move to another customer")
	}
	if err := inv.Validate(); err != nil {
		return w.invalid(ir, FieldAmount, err, invoiceFields)
	}
	p.inv = inv
	target, known := ir.paid, ir.hasPaid
	if ir.openOnly {
		target, known = inv.Amount-ir.open, true
		if target < 0 {
			return w.problem(ir, FieldOpen, codeOpenExceeds, "the open amount is more than the invoice amount "+
				data.FormatAmount(inv.Amount, inv.Currency, "en"), "Amount", inv.Amount, "Currency", inv.Currency)
		}
	}
	paidField := FieldPaid
	if w.res.Mapping.Column(FieldPaid) < 0 {
		paidField = FieldOpen
	}
	switch {
	case !known || target == old.Paid:
	case target < old.Paid:
		return w.problem(ir, paidField, codePaidDecrease, fmt.Sprintf(
			"%s is already recorded as paid or credited on invoice %s; the file says %s, and an import cannot take payments back",
			paid, old.Number, data.FormatAmount(target, old.Currency, "en")),
			"Paid", old.Paid, "File", target, "Currency", old.Currency)
	default:
		p.pay = target - old.Paid
	}
	p.unchanged = !p.changed && p.pay == 0
	return w.checkPayment(ir, p)
}

func (w *writer) checkPayment(ir *invoiceRow, p *rowPlan) error {
	if p.pay == 0 {
		return nil
	}
	pm := w.payment(ir, p.inv, p.pay)
	pm.CustomerID, pm.Allocations[0].InvoiceID = max(pm.CustomerID, 1), 1
	if err := pm.Validate(); err != nil {
		return w.invalid(ir, FieldPaid, err, paymentFields)
	}
	return nil
}

// payment is a payment of amount allocated to inv, dated by the payment-date column or today.
func (w *writer) payment(ir *invoiceRow, inv data.Invoice, amount int64) data.Payment {
	date := ir.paidOn
	if date == 0 {
		date = w.today
	}
	return data.Payment{CustomerID: inv.CustomerID, Kind: data.KindPayment, Date: date, Amount: amount,
		Currency: inv.Currency, Method: "import", Note: "from " + w.source,
		Allocations: []data.Allocation{{InvoiceID: inv.ID, Amount: amount}}}
}

// planCreditNote checks a row with a negative amount: a credit note on the customer's
// account, recorded once (one with the same number and amount is left alone).
func (w *writer) planCreditNote(ir *invoiceRow, p *rowPlan) error {
	p.creditNote = true
	if err := w.planCustomer(ir, p); err != nil {
		return err
	}
	if p.customer != 0 {
		var amount int64
		err := w.b.QueryRowContext(w.ctx, `SELECT amount FROM payments WHERE kind = 'credit_note' AND reference = ?
			AND customer_id = ? ORDER BY id LIMIT 1`, ir.number, p.customer).Scan(&amount)
		switch {
		case err == nil && amount == -ir.amount:
			p.unchanged = true
			return nil
		case err == nil:
			return w.problem(ir, FieldAmount, codeCreditChanged, fmt.Sprintf("credit note %s is already recorded with %s",
				ir.number, data.FormatAmount(amount, ir.currency, "en")), "Amount", amount, "Currency", ir.currency)
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
	}
	cn := w.creditNote(ir, max(p.customer, 1))
	if err := cn.Validate(); err != nil {
		return w.invalid(ir, FieldAmount, err, paymentFields)
	}
	return nil
}

func (w *writer) creditNote(ir *invoiceRow, customer int64) data.Payment {
	return data.Payment{CustomerID: customer, Kind: data.KindCreditNote, Date: ir.issue, Amount: -ir.amount,
		Currency: ir.currency, Reference: ir.number, Note: "credit note from " + w.source}
}

// planCustomer finds the row's customer by number, else by exact name; failing both it
// prepares (and checks) a new customer with its contact.
func (w *writer) planCustomer(ir *invoiceRow, p *rowPlan) error {
	if n := ir.customerNumber; n != "" {
		if id, ok := w.byNumber[n]; ok {
			p.customer = id
			return nil
		}
		c, err := w.b.CustomerByNumber(n)
		switch {
		case err == nil:
			w.byNumber[n] = c.ID
			p.customer = c.ID
			return nil
		case !errors.Is(err, data.ErrNotFound):
			return err
		case ir.customerName == "":
			return w.problem(ir, FieldCustomerName, codeCustomerUnknown,
				"customer "+n+" is not in the company file and the row has no customer name to create it with")
		}
	} else {
		name := ir.customerName
		if id, ok := w.byName[name]; ok {
			p.customer = id
			return nil
		}
		c, err := w.b.CustomerByName(name)
		switch {
		case err == nil:
			w.byName[name] = c.ID
			p.customer = c.ID
			return nil
		case !errors.Is(err, data.ErrNotFound):
			return err
		}
	}
	p.customer = 0
	p.newCust = &data.Customer{Number: ir.customerNumber, Name: ir.customerName, Type: data.Business, VATID: ir.taxID,
		OrgNumber: ir.orgNumber, Currency: ir.currency, Country: w.company.Country, Language: w.company.Language,
		Status: data.StatusActive}
	check := *p.newCust
	if check.Number == "" {
		check.Number = strconv.FormatInt(w.nextNumber, 10)
	}
	if err := check.Validate(); err != nil {
		return w.invalid(ir, FieldCustomerName, err, customerFields)
	}
	if ir.email != "" || ir.phone != "" || ir.address != "" {
		a := splitAddress(ir.address)
		p.contact = &data.Contact{CustomerID: 1, Kind: data.ContactBilling, Street: a.street, Postcode: a.postcode,
			City: a.city, Region: a.region, Country: w.company.Country, Email: ir.email, Phone: ir.phone}
		if err := p.contact.Validate(); err != nil {
			return w.invalid(ir, FieldAddress, err, contactFields)
		}
	}
	return nil
}

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
		cn := w.creditNote(ir, p.customer)
		if err := w.b.CreatePayment(&cn); err != nil {
			return 0, w.invalid(ir, FieldAmount, err, paymentFields)
		}
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
		pm := w.payment(ir, p.inv, p.pay)
		if err := w.b.CreatePayment(&pm); err != nil {
			return 0, w.invalid(ir, FieldPaid, err, paymentFields)
		}
	}
	return out, nil
}

func (w *writer) createCustomer(ir *invoiceRow, p *rowPlan) (int64, error) {
	c := *p.newCust
	for tries := 0; ; tries++ {
		if p.newCust.Number == "" {
			c.Number = strconv.FormatInt(w.nextNumber, 10)
			w.nextNumber++
		}
		err := w.b.CreateCustomer(&c)
		if err == nil {
			break
		}
		if !errors.Is(err, data.ErrDuplicate) || p.newCust.Number != "" || tries > 10000 {
			return 0, w.invalid(ir, FieldCustomerName, err, customerFields)
		}
	}
	w.res.CustomersCreated++
	if p.newCust.Number != "" {
		w.byNumber[c.Number] = c.ID
	} else {
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
