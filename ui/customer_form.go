package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// Common choices offered in the forms; other values can be typed.
var (
	commonCurrencies = []string{"NOK", "PLN", "EUR", "GBP", "USD", "SEK", "DKK", "CHF"}
	commonTimeZones  = []string{"Europe/Oslo", "Europe/Warsaw", "Europe/Berlin", "Europe/London",
		"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"}
	countryZones = map[string]string{"NO": "Europe/Oslo", "PL": "Europe/Warsaw", "DE": "Europe/Berlin",
		"GB": "Europe/London", "US": "America/New_York"}
)

// customerForm edits a new (orig nil) or existing customer.
type customerForm struct {
	*recordForm
	number, name, org, vat, national, risk, limit, notes *widget.Entry
	country, timeZone, currency                          *widget.SelectEntry
	debtorType, language                                 func() string
}

// showCustomerForm opens the customer form; done gets the saved customer.
func showCustomerForm(a *App, orig *data.Customer, done func(data.Customer)) *customerForm {
	c := data.Customer{Type: data.Business, Currency: a.Company().Currency, Country: a.Company().Country,
		Language: "", Status: data.StatusActive}
	if c.Currency == "" {
		c.Currency = "EUR"
	}
	if orig != nil {
		c = *orig
	}
	f := &customerForm{recordForm: newRecordForm(a, lang.X("form.save", "Save"))}
	f.number = f.entry("Number", lang.X("customer.field.number", "Customer number"), c.Number, "")
	f.name = f.entry("Name", lang.X("customer.field.name", "Name"), c.Name, "")
	f.name.SetPlaceHolder(lang.X("customer.field.name_hint", "Company or person, as on the invoice"))
	types := make([]string, len(data.DebtorTypes))
	typeLabels := make([]string, len(data.DebtorTypes))
	for i, t := range data.DebtorTypes {
		types[i], typeLabels[i] = string(t), debtorTypeText(t)
	}
	_, f.debtorType = f.choice("Type", lang.X("customer.field.type", "Debtor type"), types, typeLabels, string(c.Type))
	f.org = f.entry("OrgNumber", lang.X("customer.field.org", "Org. number"), c.OrgNumber, "")
	f.vat = f.entry("VATID", lang.X("customer.field.vat", "VAT ID"), c.VATID, "")
	f.national = f.entry("NationalID", lang.X("customer.field.national", "National ID"), c.NationalID,
		lang.X("customer.field.national_hint", "Consumers only; shown masked"))
	f.country = widget.NewSelectEntry(data.Countries)
	f.country.SetText(c.Country)
	f.add("Country", lang.X("customer.field.country", "Country"), f.country, lang.X("form.country_hint", "Two-letter code, e.g. NO, PL, DE, GB, US"))
	langs := append([]string{""}, data.Languages...)
	langLabels := []string{lang.X("customer.field.language_default", "Company default")}
	for _, l := range data.Languages {
		langLabels = append(langLabels, languageName(l))
	}
	_, f.language = f.choice("Language", lang.X("customer.field.language", "Letter language"), langs, langLabels, c.Language)
	f.timeZone = widget.NewSelectEntry(commonTimeZones)
	f.timeZone.SetText(c.TimeZone)
	f.add("TimeZone", lang.X("customer.field.timezone", "Time zone"), f.timeZone, lang.X("customer.field.timezone_hint", "For contact hours, e.g. Europe/Oslo"))
	f.currency = widget.NewSelectEntry(commonCurrencies)
	f.currency.SetText(c.Currency)
	f.add("Currency", lang.X("customer.field.currency", "Account currency"), f.currency, "")
	limit := ""
	if c.CreditLimit > 0 {
		limit = data.FormatAmount(c.CreditLimit, c.Currency, a.Language())
	}
	f.limit = f.entry("CreditLimit", lang.X("customer.field.credit_limit", "Credit limit"), limit,
		lang.X("customer.field.credit_limit_hint", "Empty or 0 for no limit"))
	f.risk = f.entry("Risk", lang.X("customer.field.risk", "Risk rating"), c.Risk, "")
	f.notes = f.multiline("Notes", lang.X("customer.field.notes", "Notes"), c.Notes, 3)
	if orig == nil {
		f.country.OnChanged = func(code string) {
			code = strings.ToUpper(strings.TrimSpace(code))
			if cur, _ := data.DefaultsFor(code); len(code) == 2 {
				f.currency.SetText(cur)
				f.timeZone.SetText(countryZones[code])
			}
		}
		f.prefillNumber()
	}
	f.submit = func() (func() error, bool) {
		n := c
		n.Number = strings.TrimSpace(f.number.Text)
		n.Name = strings.TrimSpace(f.name.Text)
		n.Type = data.DebtorType(f.debtorType())
		n.OrgNumber = strings.TrimSpace(f.org.Text)
		n.VATID = strings.TrimSpace(f.vat.Text)
		n.NationalID = strings.TrimSpace(f.national.Text)
		n.Country = strings.ToUpper(strings.TrimSpace(f.country.Text))
		n.Language = f.language()
		n.TimeZone = strings.TrimSpace(f.timeZone.Text)
		n.Currency = strings.ToUpper(strings.TrimSpace(f.currency.Text))
		n.Risk = strings.TrimSpace(f.risk.Text)
		n.Notes = strings.TrimSpace(f.notes.Text)
		n.CreditLimit = 0
		if t := strings.TrimSpace(f.limit.Text); t != "" {
			v, err := data.ParseAmount(t, n.Currency)
			if err != nil {
				f.fieldError("CreditLimit", amountHelp())
				return nil, false
			}
			n.CreditLimit = v
		}
		store := a.Store()
		return func() error {
			var err error
			if orig == nil {
				err = store.CreateCustomer(&n)
			} else {
				err = store.UpdateCustomer(&n)
			}
			c = n
			return err
		}, true
	}
	f.done = func() { done(c) }
	title := lang.X("customer.form.new", "New customer")
	if orig != nil {
		title = lang.X("customer.form.edit", "Edit {{.Name}}", map[string]any{"Name": orig.Name})
	}
	f.show(title)
	a.win.Canvas().Focus(f.name)
	return f
}

// prefillNumber proposes the next free customer number unless one has been typed meanwhile.
func (f *customerForm) prefillNumber() {
	store := f.a.Store()
	f.a.Go(func() (func(), error) {
		n, err := store.NextCustomerNumber()
		return func() {
			if f.number.Text == "" {
				f.number.SetText(n)
			}
		}, err
	})
}

// amountHelp says how to type an amount, in the UI language.
func amountHelp() string {
	return lang.X("form.amount_help", "Type an amount such as {{.Example}}",
		map[string]any{"Example": data.FormatAmount(123450, "EUR", Language())})
}
