package data

import "strings"

// Company is the profile of the business that owns the file: it heads every letter.
type Company struct {
	Name          string
	Street        string // street and number, may hold several lines
	Postcode      string
	City          string
	Country       string // ISO 3166-1 alpha-2: NO, PL, DE, GB, US; chooses the jurisdiction
	OrgNumber     string // organisasjonsnummer, KRS/REGON, Handelsregister, Companies House, EIN
	VATNumber     string // MVA, NIP, USt-IdNr., VAT reg. no.
	IBAN          string
	BIC           string
	AccountNumber string // domestic account number where no IBAN is used (Norway, US)
	Email         string
	Phone         string
	Logo          []byte // PNG or JPEG; empty for none
	Currency      string // default ISO 4217 currency for new invoices and imports
	Language      string // default letter language: en, de, nb, pl
}

// Countries are the jurisdictions Overdue knows the rules of.
var Countries = []string{"NO", "PL", "DE", "GB", "US"}

// Languages are the languages of the user interface and the letters.
var Languages = []string{"en", "de", "nb", "pl"}

// Validate checks the profile before it is saved.
func (c *Company) Validate() error {
	var v validator
	v.check(strings.TrimSpace(c.Name) != "", "Name", "enter the company name")
	v.check(oneOf(c.Country, Countries), "Country", "choose NO, PL, DE, GB or US")
	v.check(ValidCurrency(c.Currency), "Currency", "choose an ISO currency code such as EUR")
	v.check(oneOf(c.Language, Languages), "Language", "choose en, de, nb or pl")
	v.check(c.IBAN == "" || ValidIBAN(c.IBAN), "IBAN", "the IBAN's check digits do not match")
	return v.result("company")
}

// DefaultsFor returns the currency and language usual in a country.
func DefaultsFor(country string) (currency, language string) {
	switch country {
	case "NO":
		return "NOK", "nb"
	case "PL":
		return "PLN", "pl"
	case "DE":
		return "EUR", "de"
	case "GB":
		return "GBP", "en"
	default:
		return "USD", "en"
	}
}

func oneOf(s string, set []string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

// ValidIBAN checks an IBAN's length and ISO 7064 MOD 97-10 check digits; spaces are ignored.
func ValidIBAN(iban string) bool {
	s := strings.ToUpper(strings.ReplaceAll(iban, " ", ""))
	if len(s) < 15 || len(s) > 34 {
		return false
	}
	s = s[4:] + s[:4]
	rem := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			rem = (rem*10 + int(r-'0')) % 97
		case r >= 'A' && r <= 'Z':
			rem = (rem*100 + int(r-'A'+10)) % 97
		default:
			return false
		}
	}
	return rem == 1
}
