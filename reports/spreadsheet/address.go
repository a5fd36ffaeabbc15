package spreadsheet

import (
	"cmp"
	"regexp"
	"strings"

	"overdue/data"
)

var (
	// "0155 Oslo", "00-950 Warszawa", "10115 Berlin", "D-10115 Berlin"
	postcodeFirst = regexp.MustCompile(`^(?:[A-Z]{1,2}-)?(\d{2}-\d{3}|\d{4,5})\s+(.+)$`)
	// "London SW1A 1AA"
	postcodeLastUK = regexp.MustCompile(`^(.+?)\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$`)
	// "IL 62704"
	statePostcodeUS = regexp.MustCompile(`^([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$`)
)

// postalAddress is an address cell split into its parts where the split is clear; country
// is set when the address names its country or has a shape only one country uses.
type postalAddress struct{ street, postcode, city, region, country string }

// splitAddress splits "Storgata 1, 0155 Oslo", "ul. Długa 5\n00-950 Warszawa",
// "1 Main St, Springfield, IL 62704" or "10 Downing St, London SW1A 2AA"; anything else is
// kept whole as the street.
func splitAddress(s string) postalAddress {
	s = strings.TrimSpace(s)
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == ',' || r == ';' })
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	country := ""
	if len(parts) >= 2 {
		if c := data.CountryByName(parts[len(parts)-1]); c != "" {
			country, parts = c, parts[:len(parts)-1]
			s = strings.Join(parts, ", ")
		}
	}
	if len(parts) < 2 {
		return postalAddress{street: s, country: country}
	}
	last := parts[len(parts)-1]
	street := strings.Join(parts[:len(parts)-1], "\n")
	if m := postcodeFirst.FindStringSubmatch(last); m != nil {
		if country == "" && polishPostcode.MatchString(m[1]) {
			country = "PL"
		}
		return postalAddress{street: street, postcode: m[1], city: m[2], country: country}
	}
	if m := postcodeLastUK.FindStringSubmatch(last); m != nil {
		return postalAddress{street: street, postcode: m[2], city: m[1], country: cmp.Or(country, "GB")}
	}
	if m := statePostcodeUS.FindStringSubmatch(last); m != nil && len(parts) >= 3 {
		return postalAddress{street: strings.Join(parts[:len(parts)-2], "\n"), city: parts[len(parts)-2], region: m[1],
			postcode: m[2], country: cmp.Or(country, "US")}
	}
	return postalAddress{street: s, country: country}
}

// polishPostcode is the 00-000 shape only Polish postcodes have.
var polishPostcode = regexp.MustCompile(`^\d{2}-\d{3}$`)
