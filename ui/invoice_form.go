package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// defaultTerms is the payment term proposed for a new invoice, in days.
const defaultTerms = 14

// invoiceForm adds or edits an invoice.
type invoiceForm struct {
	*recordForm
	picker                           *customerPicker
	number, issue, due, amount, text *widget.Entry
	currency                         *widget.SelectEntry
}

// showInvoiceForm adds an invoice (orig nil) or edits one. With cust nil the form offers a
// customer picker; done gets the saved invoice.
func showInvoiceForm(a *App, cust *data.Customer, orig *data.Invoice, done func(data.Invoice)) *invoiceForm {
	today := a.Today()
	inv := data.Invoice{IssueDate: today, DueDate: today.AddDays(defaultTerms), Currency: a.Company().Currency}
	if cust != nil {
		inv.CustomerID, inv.Currency = cust.ID, cust.Currency
	}
	if orig != nil {
		inv = *orig
	}
	f := &invoiceForm{recordForm: newRecordForm(a, lang.X("form.save", "Save"))}
	if cust == nil && orig == nil {
		f.picker = newCustomerPicker(a)
		f.picker.onChosen = func(c data.CustomerSummary) { f.currency.SetText(c.Currency) }
		f.add("CustomerID", lang.X("invoice.field.customer", "Customer"), f.picker.root, "")
	} else if cust != nil {
		f.add("CustomerID", lang.X("invoice.field.customer", "Customer"),
			widget.NewLabelWithStyle(cust.Number+"  "+cust.Name, 0, boldStyle), "")
	}
	f.number = f.entry("Number", lang.X("invoice.field.number", "Invoice number"), inv.Number, "")
	f.issue = newDateEntry(a, inv.IssueDate)
	f.add("IssueDate", lang.X("invoice.field.issued", "Issue date"), f.issue, "")
	f.due = newDateEntry(a, inv.DueDate)
	f.add("DueDate", lang.X("invoice.field.due", "Due date"), f.due, "")
	dueTouched := orig != nil
	f.due.OnChanged = func(string) { dueTouched = true }
	f.issue.OnChanged = func(t string) {
		if d, err := parseDate(t); err == nil && !d.IsZero() && !dueTouched {
			f.due.SetText(a.Date(d.AddDays(defaultTerms)))
			dueTouched = false
		}
	}
	amount := ""
	if inv.Amount > 0 {
		amount = data.FormatAmount(inv.Amount, inv.Currency, a.Language())
	}
	f.amount = f.entry("Amount", lang.X("invoice.field.amount", "Amount"), amount, "")
	f.currency = widget.NewSelectEntry(commonCurrencies)
	f.currency.SetText(inv.Currency)
	f.add("Currency", lang.X("invoice.field.currency", "Currency"), f.currency, "")
	f.text = f.entry("Description", lang.X("invoice.field.description", "Description"), inv.Description, "")
	f.submit = func() (func() error, bool) {
		n := inv
		if f.picker != nil {
			if f.picker.selected == nil {
				f.fieldError("CustomerID", lang.X("valid.customer", "choose a customer"))
				return nil, false
			}
			n.CustomerID = f.picker.selected.ID
		}
		n.Number = strings.TrimSpace(f.number.Text)
		n.Currency = strings.ToUpper(strings.TrimSpace(f.currency.Text))
		n.Description = strings.TrimSpace(f.text.Text)
		ok := true
		var err error
		if n.IssueDate, err = parseDate(f.issue.Text); err != nil {
			f.fieldError("IssueDate", err.Error())
			ok = false
		}
		if n.DueDate, err = parseDate(f.due.Text); err != nil {
			f.fieldError("DueDate", err.Error())
			ok = false
		}
		n.Amount = 0
		if t := strings.TrimSpace(f.amount.Text); t != "" {
			if n.Amount, err = data.ParseAmount(t, n.Currency); err != nil {
				f.fieldError("Amount", amountHelp())
				ok = false
			}
		}
		if !ok {
			return nil, false
		}
		store := a.Store()
		return func() error {
			var err error
			if orig == nil {
				err = store.CreateInvoice(&n)
			} else {
				err = store.UpdateInvoice(&n)
			}
			inv = n
			return err
		}, true
	}
	f.done = func() { done(inv) }
	title := lang.X("invoice.form.new", "New invoice")
	if orig != nil {
		title = lang.X("invoice.form.edit", "Invoice {{.Number}}", map[string]any{"Number": orig.Number})
	}
	f.show(title)
	if f.picker != nil {
		a.win.Canvas().Focus(f.picker.search)
	} else {
		a.win.Canvas().Focus(f.number)
	}
	return f
}
