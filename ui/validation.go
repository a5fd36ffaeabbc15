package ui

import (
	"regexp"

	"fyne.io/fyne/v2/lang"
)

// fieldMessages maps the store's English validation messages (data.FieldError.Message) to
// translation keys. A message not listed here is shown as the store wrote it.
var fieldMessages = map[string]string{
	"enter a customer number":                                            "valid.customer_number",
	"at most 64 characters":                                              "valid.max64",
	"enter the customer's name":                                          "valid.customer_name",
	"choose a debtor type":                                               "valid.debtor_type",
	"choose en, de, nb or pl":                                            "valid.language",
	"use a two-letter country code such as NO":                           "valid.country_no",
	"use a two-letter country code such as PL":                           "valid.country_pl",
	"choose an ISO currency code such as EUR":                            "valid.currency",
	"choose a status":                                                    "valid.status",
	"enter zero or a positive amount":                                    "valid.zero_or_positive",
	"unknown time zone; use a name like Europe/Oslo":                     "valid.time_zone",
	"enter the company name":                                             "valid.company_name",
	"choose NO, PL, DE, GB or US":                                        "valid.company_country",
	"the IBAN's check digits do not match":                               "valid.iban",
	"choose what this contact is":                                        "valid.contact_kind",
	"enter at least a name, an address, a phone number or an email":      "valid.contact_empty",
	"not an email address":                                               "valid.email",
	"use digits, spaces, + ( ) - only":                                   "valid.phone",
	"enter the invoice number":                                           "valid.invoice_number",
	"choose a customer":                                                  "valid.customer",
	"enter the issue date":                                               "valid.issue_date",
	"enter the due date":                                                 "valid.due_date",
	"the due date is before the issue date":                              "valid.due_before_issue",
	"enter an amount above zero":                                         "valid.amount_positive",
	"the amount is too large":                                            "valid.amount_large",
	"payments are allocated to this invoice; its currency cannot change": "valid.currency_locked",
	"payments are allocated to this invoice; it cannot move to another customer": "valid.customer_locked",
	"choose payment, credit note or write-off":                                   "valid.payment_kind",
	"enter the date": "valid.date",
	"every allocation needs an invoice and an amount above zero": "valid.allocation",
	"more is allocated than the amount":                          "valid.over_allocated",
	"say why (credit-note number or write-off reason)":           "valid.say_why",
	"say what happened":                                          "valid.say_what",
}

// fieldPatterns translate the store's messages that carry a number or an amount.
var fieldPatterns = []struct {
	re       *regexp.Regexp
	key      string
	fallback string
	names    []string
}{
	{regexp.MustCompile(`^only (.+) is open on invoice (.+)$`), "valid.only_open",
		"only {{.Amount}} is open on invoice {{.Invoice}}", []string{"Amount", "Invoice"}},
	{regexp.MustCompile(`^invoice (.+) belongs to another customer$`), "valid.other_customer",
		"invoice {{.Invoice}} belongs to another customer", []string{"Invoice"}},
	{regexp.MustCompile(`^invoice (.+) is in ([A-Z]{3})$`), "valid.other_currency",
		"invoice {{.Invoice}} is in {{.Currency}}", []string{"Invoice", "Currency"}},
	{regexp.MustCompile(`^(.+) is already paid or credited; the amount cannot be lower$`), "valid.amount_below_paid",
		"{{.Amount}} is already paid or credited; the amount cannot be lower", []string{"Amount"}},
}

// translateFieldError returns a store validation message in the UI language.
func translateFieldError(msg string) string {
	if key, ok := fieldMessages[msg]; ok {
		return lang.X(key, msg)
	}
	for _, p := range fieldPatterns {
		if m := p.re.FindStringSubmatch(msg); m != nil {
			vals := map[string]any{}
			for i, n := range p.names {
				vals[n] = m[i+1]
			}
			return lang.X(p.key, p.fallback, vals)
		}
	}
	return msg
}
