package spreadsheet

import (
	"regexp"
	"strings"
)

var (
	// "0155 Oslo", "00-950 Warszawa", "10115 Berlin", "D-10115 Berlin"
	postcodeFirst = regexp.MustCompile(`^(?:[A-Z]{1,2}-)?(\d{2}-\d{3}|\d{4,5})\s+(.+)$`)
	// "London SW1A 1AA"
	postcodeLastUK = regexp.MustCompile(`^(.+?)\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$`)
	// "IL 62704"
	statePostcodeUS = regexp.MustCompile(`^([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$`)
)

// postalAddress is an address cell split into its parts where the split is clear.
type postalAddress struct{ street, postcode, city, region string }

// splitAddress splits "Storgata 1, 0155 Oslo", "ul. Długa 5\n00-950 Warszawa",
// "1 Main St, Springfield, IL 62704" or "10 Downing St, London SW1A 2AA"; anything else is
// kept whole as the street.
func splitAddress(s string) postalAddress {
	s = strings.TrimSpace(s)
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == ',' || r == ';' })
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	if len(parts) < 2 {
		return postalAddress{street: s}
	}
	last := parts[len(parts)-1]
	street := strings.Join(parts[:len(parts)-1], "\n")
	if m := postcodeFirst.FindStringSubmatch(last); m != nil {
		return postalAddress{street: street, postcode: m[1], city: m[2]}
	}
	if m := postcodeLastUK.FindStringSubmatch(last); m != nil {
		return postalAddress{street: street, postcode: m[2], city: m[1]}
	}
	if m := statePostcodeUS.FindStringSubmatch(last); m != nil && len(parts) >= 3 {
		return postalAddress{street: strings.Join(parts[:len(parts)-2], "\n"), city: parts[len(parts)-2], region: m[1], postcode: m[2]}
	}
	return postalAddress{street: s}
}
