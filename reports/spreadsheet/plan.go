package spreadsheet

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"overdue/data"
)

// rowPlan is what a checked row will do.
type rowPlan struct {
	exists     bool
	old, inv   data.Invoice
	customer   int64          // 0: create newCust
	newCust    *data.Customer // with its contact, when one is created
	contact    *data.Contact
	changed    bool  // the invoice's fields change
	pay        int64 // a payment to record
	alloc      int64 // the part of it allocated to the invoice (the rest stays on account)
	creditNote bool
	unchanged  bool
}

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
		p.pay, p.alloc = ir.paid, ir.paid
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
	} else {
		// Without a customer number the name must be the invoice's customer's: an invoice
		// does not move to another customer by name.
		name, err := w.customerName(old.CustomerID)
		if err != nil {
			return err
		}
		if ir.customerName != "" && !sameName(name, ir.customerName) {
			return w.problem(ir, FieldCustomerName, codeOtherCustomer, fmt.Sprintf(
				"invoice %s belongs to %s in the company file, the file says %s", old.Number, name, ir.customerName),
				"Invoice", old.Number, "Customer", name, "Name", ir.customerName)
		}
		if err := w.checkTaxID(ir, old.CustomerID); err != nil {
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
		return w.problem(ir, FieldAmount, codeBelowPaid, paid+" is already paid or credited; the amount cannot be lower",
			"Paid", old.Paid, "Currency", old.Currency)
	case inv.Currency != old.Currency:
		// its events and payments are in the old currency: the ledger would not add up
		return w.problem(ir, FieldCurrency, codeCurrencyChanged, fmt.Sprintf("the currency of an invoice cannot change: "+
			"invoice %s is in %s in the company file, the file says %s", old.Number, old.Currency, inv.Currency),
			"Invoice", old.Number, "From", old.Currency, "To", inv.Currency)
	case inv.CustomerID != old.CustomerID && old.Paid > 0:
		return w.problem(ir, FieldCustomerNumber, codeAllocatedMove,
			"payments are allocated to this invoice; it cannot move to another customer")
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
	// What the file says is paid is compared with what the company file has, less the
	// credit notes the file lists on their own rows: allocated here, they are not counted
	// in the file's paid or open amounts. Which those are is known at the end of the file.
	base := old.Paid
	if known && old.Paid > 0 {
		credits, err := w.creditsOn(old.ID)
		if err != nil {
			return err
		}
		if len(credits) > 0 && !w.final {
			return errDeferred
		}
		for _, c := range credits {
			if w.creditRefs[c.key] {
				base -= c.amount
			}
		}
	}
	switch {
	case !known || target == base:
	case target < base:
		return w.problem(ir, paidField, codePaidDecrease, fmt.Sprintf(
			"%s is already recorded as paid or credited on invoice %s; the file says %s, and an import cannot take payments back",
			data.FormatAmount(base, old.Currency, "en"), old.Number, data.FormatAmount(target, old.Currency, "en")),
			"Paid", base, "File", target, "Currency", old.Currency)
	default:
		// more than is open when the file's paid amount leaves out a credit note allocated
		// here: the rest stays on the customer's account
		p.pay = target - base
		p.alloc = min(p.pay, inv.Amount-old.Paid)
	}
	p.unchanged = !p.changed && p.pay == 0
	return w.checkPayment(ir, p)
}

// checkPayment checks the payment the row will record, if any.
func (w *writer) checkPayment(ir *invoiceRow, p *rowPlan) error {
	if p.pay == 0 {
		return nil
	}
	pm := w.payment(ir, p.inv, p.pay, p.alloc)
	pm.CustomerID = max(pm.CustomerID, 1)
	for i := range pm.Allocations {
		pm.Allocations[i].InvoiceID = 1
	}
	if err := pm.Validate(); err != nil {
		return w.invalid(ir, FieldPaid, err, paymentFields)
	}
	return nil
}

// payment is a payment of amount, alloc of it allocated to inv, dated by the payment-date
// column or today.
func (w *writer) payment(ir *invoiceRow, inv data.Invoice, amount, alloc int64) data.Payment {
	date := ir.paidOn
	if date == 0 {
		date = w.today
	}
	// The ledger writes method, reference and note with a space between: an empty one left
	// two ("U-2 import  from u1.csv"). An import knows neither method nor reference.
	pm := data.Payment{CustomerID: inv.CustomerID, Kind: data.KindPayment, Date: date, Amount: amount,
		Currency: inv.Currency, Note: "imported from " + w.source}
	if alloc > 0 {
		pm.Allocations = []data.Allocation{{InvoiceID: inv.ID, Amount: alloc}}
	}
	return pm
}

// planCreditNote checks a row with a negative amount: a credit note, recorded once (one with
// the same number and amount is left alone) and allocated at the end of the file to the
// customer's open invoices (see writer.finish).
func (w *writer) planCreditNote(ir *invoiceRow, p *rowPlan) error {
	p.creditNote = true
	if err := w.planCustomer(ir, p); err != nil {
		return err
	}
	if p.customer != 0 && w.lookupCredits {
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

// creditNote is the credit note a row with a negative amount records.
func (w *writer) creditNote(ir *invoiceRow, customer int64) data.Payment {
	// in the ledger: "1021 credit note 1020 imported from qb.csv"
	return data.Payment{CustomerID: customer, Kind: data.KindCreditNote, Date: ir.issue, Amount: -ir.amount,
		Currency: ir.currency, Method: "credit note", Reference: ir.number, Note: "imported from " + w.source}
}

// planCustomer finds the row's customer by number, else by exact name; failing both it
// prepares (and checks) a new customer with its contact.
func (w *writer) planCustomer(ir *invoiceRow, p *rowPlan) error {
	if n := ir.customerNumber; n != "" {
		if id, ok := w.byNumber[n]; ok {
			p.customer = id
			return w.checkTaxID(ir, id)
		}
		c, err := data.Customer{}, error(data.ErrNotFound)
		if w.lookupCustomers {
			c, err = w.b.CustomerByNumber(n)
		}
		switch {
		case err == nil:
			w.byNumber[n] = c.ID
			p.customer = c.ID
			return w.checkTaxID(ir, c.ID)
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
			return w.checkTaxID(ir, id)
		}
		c, err := data.Customer{}, error(data.ErrNotFound)
		if w.lookupCustomers {
			c, err = w.b.CustomerByName(name)
		}
		switch {
		case err == nil:
			w.byName[name] = c.ID
			p.customer = c.ID
			return w.checkTaxID(ir, c.ID)
		case !errors.Is(err, data.ErrNotFound):
			return err
		}
	}
	p.customer = 0
	a := splitAddress(ir.address)
	country := countryOfRow(a.country, ir.taxID, ir.phone, w.company.Country)
	p.newCust = &data.Customer{Number: ir.customerNumber, Name: ir.customerName, Type: data.Business, VATID: ir.taxID,
		OrgNumber: ir.orgNumber, Currency: ir.currency, Country: country, Language: languageOf(country, w.company),
		Status: data.StatusActive}
	check := *p.newCust
	if check.Number == "" {
		check.Number = strconv.FormatInt(w.nextNumber, 10)
	}
	if err := check.Validate(); err != nil {
		return w.invalid(ir, FieldCustomerName, err, customerFields)
	}
	if ir.email != "" || ir.phone != "" || ir.address != "" {
		p.contact = &data.Contact{CustomerID: 1, Kind: data.ContactBilling, Street: a.street, Postcode: a.postcode,
			City: a.city, Region: a.region, Country: country, Email: ir.email, Phone: ir.phone}
		if err := p.contact.Validate(); err != nil {
			return w.invalid(ir, FieldAddress, err, contactFields)
		}
	}
	return nil
}

// customerName returns the name of customer id in the company file.
func (w *writer) customerName(id int64) (string, error) {
	if name, ok := w.nameOf[id]; ok {
		return name, nil
	}
	var name string
	if err := w.b.QueryRowContext(w.ctx, "SELECT name FROM customers WHERE id = ?", id).Scan(&name); err != nil {
		return "", fmt.Errorf("read customer %d: %w", id, err)
	}
	w.nameOf[id] = name
	return name, nil
}

// sameName reports whether two customer names are the same but for case and spacing.
func sameName(a, b string) bool {
	return a == b || strings.Join(strings.Fields(data.FoldSearch(a)), " ") == strings.Join(strings.Fields(data.FoldSearch(b)), " ")
}
