package spreadsheet

import (
	"fmt"
	"strings"

	"overdue/data"
)

// resolve reads a held record completely, now that the decisions it needs are made, and
// lists everything wrong with it.
func (a *analyser) resolve(r *record) invoiceRow {
	t := &r.text
	ir := invoiceRow{row: r.row, number: t[FieldInvoiceNumber], customerNumber: t[FieldCustomerNumber],
		customerName: oneLineName(t[FieldCustomerName]), taxID: t[FieldTaxID], orgNumber: t[FieldOrgNumber],
		email: t[FieldEmail], phone: t[FieldPhone], address: t[FieldAddress], description: t[FieldDescription],
		hasDescription: a.m.Column(FieldDescription) >= 0, amountField: FieldAmount, dupOf: r.dupOf,
		problems: r.problems, text: r.text}
	add := func(f Field, code, msg string, kv ...any) {
		p := a.problem(r, f, code, msg)
		if len(kv) > 0 {
			p.Data = map[string]any{}
			for i := 0; i+1 < len(kv); i += 2 {
				p.Data[kv[i].(string)] = kv[i+1]
			}
		}
		ir.problems = append(ir.problems, p)
	}
	switch {
	case ir.number == "":
		add(FieldInvoiceNumber, codeMissingNumber, "the invoice number is missing")
	case len(ir.number) > 64:
		add(FieldInvoiceNumber, codeNumberTooLong, "the invoice number is longer than 64 characters")
	}
	if ir.customerNumber == "" && ir.customerName == "" {
		add(FieldCustomerName, codeMissingCustomer, "neither a customer number nor a customer name")
	}
	if len(ir.customerNumber) > 64 {
		add(FieldCustomerNumber, codeTextTooLong, "the customer number is longer than 64 characters")
	}
	for _, f := range []Field{FieldCustomerName, FieldTaxID, FieldOrgNumber, FieldEmail, FieldPhone, FieldAddress, FieldDescription} {
		if len(t[f]) > 1000 {
			add(f, codeTextTooLong, "longer than 1000 characters")
		}
	}
	if ir.taxID != "" && !taxIDLike(ir.taxID) {
		add(FieldTaxID, codeTaxIDAmount, "not a tax ID: it reads like an amount or a rate (is this the column of the tax amount?)")
	}
	ir.currency = a.rowCurrency(r, add)
	a.resolveDates(r, &ir, add)
	if ir.currency != "" {
		a.resolveAmounts(r, &ir, add)
	}
	return ir
}

func (a *analyser) rowCurrency(r *record, add func(Field, string, string, ...any)) string {
	if c := r.text[FieldCurrency]; c != "" {
		code, ok := currencyCode(c)
		if !ok {
			add(FieldCurrency, codeCurrencyInvalid, "not an ISO currency code such as EUR")
			return ""
		}
		for i, am := range r.amounts {
			if am.currency != "" && am.currency != code {
				add(amountFields[i], codeCurrencyMismatch, fmt.Sprintf("the amount is in %s but the currency column says %s", am.currency, code))
				return ""
			}
		}
		return code
	}
	for _, am := range r.amounts {
		if am.currency != "" {
			return am.currency
		}
	}
	if a.hintCur != "" {
		return a.hintCur
	}
	if a.currency == "" {
		add(FieldCurrency, codeCurrencyInvalid, "no currency: the file has none and the company profile names no default currency")
	}
	return a.currency
}

func (a *analyser) resolveDates(r *record, ir *invoiceRow, add func(Field, string, string, ...any)) {
	var got [3]data.Date
	for i, f := range dateFields {
		d, code, msg := r.dates[i].resolve(a.order)
		if code == codeDateOrder {
			other := "the month first"
			if a.order == DayFirst {
				other = "the day first"
			}
			where := "the rest of the file"
			if a.orderRow > 0 {
				where = fmt.Sprintf("row %d", a.orderRow)
			}
			msg = fmt.Sprintf("the dates in this file have %s (see %s); this one cannot", other, where)
		}
		switch {
		case code == codeDateOrder:
			add(f, code, msg, "Row", a.orderRow)
		case code != "":
			add(f, code, msg)
		}
		got[i] = d
	}
	ir.issue, ir.due, ir.paidOn = got[0], got[1], got[2]
	issueBad, dueBad := r.dates[0].errMsg != "" || (got[0] == 0 && r.text[FieldIssueDate] != ""),
		r.dates[1].errMsg != "" || (got[1] == 0 && r.text[FieldDueDate] != "")
	switch {
	case issueBad || dueBad:
	case ir.issue == 0 && ir.due == 0:
		add(a.dateField(), codeMissingDate, "the invoice has no date")
	case ir.issue == 0:
		ir.issue = ir.due
	case ir.due == 0:
		ir.due = ir.issue
	case ir.due < ir.issue:
		add(FieldDueDate, codeDueBeforeIssue, "the due date is before the issue date "+ir.issue.String())
	}
}

func (a *analyser) dateField() Field {
	if a.m.Column(FieldDueDate) >= 0 {
		return FieldDueDate
	}
	return FieldIssueDate
}

// cellMark is the decimal mark to read an amount cell with.
func (a *analyser) cellMark(c amountCell) byte {
	switch {
	case c.mark != 0:
		return c.mark
	case c.unsure != 0 && c.unsure == a.mark:
		return c.unsure
	}
	return 0
}

func (a *analyser) resolveAmounts(r *record, ir *invoiceRow, add func(Field, string, string, ...any)) {
	var v [3]int64
	var ok [3]bool
	for i, f := range amountFields {
		c := r.amounts[i]
		if c.empty() {
			continue
		}
		mark := a.cellMark(c)
		n, msg := c.value(mark, ir.currency)
		if msg != "" && c.mark == 0 && mark != 0 && a.markRow > 0 && strings.HasPrefix(msg, "more decimals") {
			// 1.234 read with the decimal point another row showed; yet it may group thousands
			add(f, codeAmountInvalid, fmt.Sprintf("ambiguous: with %q as the decimal mark, as in row %d, it has %s; "+
				"if %q groups thousands here, write the amounts of the file one way", mark, a.markRow, msg, mark))
			continue
		}
		if msg != "" {
			add(f, codeAmountInvalid, "not an amount: "+msg)
			continue
		}
		v[i], ok[i] = n, true
	}
	amount, paid, open := v[0], v[1], v[2]
	if !ok[0] {
		switch {
		case r.text[FieldAmount] != "" || r.text[FieldOpen] != "" && !ok[2]:
			// reported above
		case ok[2] && open >= 0:
			// Only the open amount: a new invoice is created for it (a zero one cannot be);
			// an existing one keeps its amount and is paid down to it.
			ir.amount, ir.open, ir.openOnly, ir.amountField = open, open, true, FieldOpen
		case ok[2]:
			ir.amount, ir.amountField = open, FieldOpen // a negative open item: a credit note
		case a.m.Column(FieldAmount) >= 0:
			add(FieldAmount, codeMissingAmount, "the amount is missing")
		default:
			add(FieldOpen, codeMissingAmount, "the amount is missing")
		}
		return
	}
	ir.amount = amount
	switch {
	case amount == 0:
		add(FieldAmount, codeAmountZero, "the amount is zero")
		return
	case amount < 0:
		return // a credit note: paid and open amounts do not apply
	}
	switch {
	case ok[1] && paid < 0:
		add(FieldPaid, codePaidNegative, "the paid amount is negative")
	case ok[1] && paid > amount:
		add(FieldPaid, codePaidExceeds, "more is paid than the invoice amount "+data.FormatAmount(amount, ir.currency, "en"),
			"Amount", amount, "Currency", ir.currency)
	case ok[1] && ok[2] && amount-paid != open:
		add(FieldOpen, codeOpenMismatch, fmt.Sprintf("the open amount does not match: %s less %s paid leaves %s open",
			data.FormatAmount(amount, ir.currency, "en"), data.FormatAmount(paid, ir.currency, "en"),
			data.FormatAmount(amount-paid, ir.currency, "en")), "Amount", amount, "Paid", paid, "Currency", ir.currency)
	case ok[1]:
		ir.paid, ir.hasPaid = paid, true
	case ok[2] && open < 0:
		add(FieldOpen, codeOpenNegative, "the open amount is negative (paid too much?)")
	case ok[2] && open > amount:
		add(FieldOpen, codeOpenExceeds, "the open amount is more than the invoice amount "+data.FormatAmount(amount, ir.currency, "en"),
			"Amount", amount, "Currency", ir.currency)
	case ok[2]:
		ir.paid, ir.hasPaid = amount-open, true
	}
}

// oneLineName writes a name cell on one line: a cell with line breaks ("Bäckerei Groß" over
// "Filiale Süd") becomes "Bäckerei Groß, Filiale Süd", and runs of spaces become one.
func oneLineName(s string) string {
	var lines []string
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r", "\n"), "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, ", ")
}
