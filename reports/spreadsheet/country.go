package spreadsheet

import (
	"regexp"
	"strings"

	"overdue/data"
)

// A spreadsheet seldom has a country column, but the rows tell where a customer is: the last
// line of the address ("Germany"), the address's shape (a US state and ZIP code, a UK
// postcode, a Polish 00-000 postcode), the country prefix of an EU VAT number, the
// international dialling code of the phone number. The customer's country chooses the
// language of its letters and how its address is printed.

// phonePrefixes are international dialling codes, longest first where they overlap.
var phonePrefixes = []struct{ prefix, country string }{
	{"+47", "NO"}, {"+48", "PL"}, {"+49", "DE"}, {"+44", "GB"}, {"+43", "AT"}, {"+41", "CH"}, {"+45", "DK"},
	{"+46", "SE"}, {"+358", "FI"}, {"+353", "IE"}, {"+31", "NL"}, {"+32", "BE"}, {"+33", "FR"}, {"+34", "ES"},
	{"+39", "IT"}, {"+420", "CZ"}, {"+421", "SK"}, {"+370", "LT"}, {"+371", "LV"}, {"+372", "EE"}, {"+380", "UA"},
	{"+1", "US"},
}

// vatPrefix is an EU-style VAT number: a country code and digits ("PL5260250995",
// "DE123456789", "NO912345678MVA").
var vatPrefix = regexp.MustCompile(`^([A-Z]{2})\s*-?\s*\d`)

// countryOfRow returns the country a row's customer is in, or home when nothing says.
func countryOfRow(addressCountry, taxID, phone, home string) string {
	if addressCountry != "" {
		return addressCountry
	}
	if m := vatPrefix.FindStringSubmatch(strings.ToUpper(strings.TrimSpace(taxID))); m != nil {
		if code := m[1]; code == "EL" { // Greece's VAT prefix
			return "GR"
		} else if data.CountryName(code, "en") != code {
			return code
		}
	}
	p := strings.TrimSpace(phone)
	if strings.HasPrefix(p, "00") {
		p = "+" + p[2:]
	}
	for _, pp := range phonePrefixes {
		if strings.HasPrefix(p, pp.prefix) {
			return pp.country
		}
	}
	return home
}

// languageOf returns the language letters to a customer in country are written in: the
// company's own at home, else the country's when Overdue has its texts, else English.
func languageOf(country string, company data.Company) string {
	if country == company.Country && company.Language != "" {
		return company.Language
	}
	switch country {
	case "NO":
		return "nb"
	case "DE", "AT", "CH", "LI":
		return "de"
	case "PL":
		return "pl"
	}
	return "en"
}
