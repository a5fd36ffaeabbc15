package data

import "strings"

// ContactKind is what a contact entry is for.
type ContactKind string

// Contact kinds: letters go to the billing address; the others help find the debtor.
const (
	ContactBilling   ContactKind = "billing"
	ContactHome      ContactKind = "home"
	ContactWorkplace ContactKind = "workplace"
	ContactNextOfKin ContactKind = "next_of_kin"
	ContactOther     ContactKind = "other"
)

// ContactKinds lists every kind in display order.
var ContactKinds = []ContactKind{ContactBilling, ContactHome, ContactWorkplace, ContactNextOfKin, ContactOther}

// Contact is an address, person, phone number or email of a customer. A customer has several.
type Contact struct {
	ID         int64
	CustomerID int64
	Kind       ContactKind
	Name       string // person or department ("Accounts payable", "Anna Kowalska")
	Street     string // may hold several lines
	Postcode   string
	City       string
	Region     string // state or county where addresses need it (US)
	Country    string // ISO 3166-1 alpha-2
	Phone      string
	Email      string
	Note       string
}

// Validate checks the contact before it is saved.
func (c *Contact) Validate() error {
	var v validator
	ok := false
	for _, k := range ContactKinds {
		ok = ok || c.Kind == k
	}
	v.check(ok, "Kind", "choose what this contact is")
	v.check(c.Name+c.Street+c.City+c.Phone+c.Email != "", "Name", "enter at least a name, an address, a phone number or an email")
	v.check(c.Email == "" || validEmail(c.Email), "Email", "not an email address")
	v.check(c.Phone == "" || validPhone(c.Phone), "Phone", "use digits, spaces, + ( ) - only")
	v.check(c.Country == "" || (len(c.Country) == 2 && isUpperCode(c.Country)), "Country", "use a two-letter country code such as PL")
	return v.result("contact")
}

// AddressLines returns the postal address as printed on an envelope for the contact's country.
func (c *Contact) AddressLines() []string {
	var lines []string
	if c.Name != "" {
		lines = append(lines, c.Name)
	}
	for _, l := range strings.Split(c.Street, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	switch c.Country {
	case "US":
		lines = append(lines, strings.TrimSpace(strings.TrimSpace(c.City+", "+c.Region)+" "+c.Postcode))
	case "GB":
		if c.City != "" {
			lines = append(lines, strings.ToUpper(c.City))
		}
		if c.Postcode != "" {
			lines = append(lines, c.Postcode)
		}
	default:
		if pc := strings.TrimSpace(c.Postcode + " " + c.City); pc != "" {
			lines = append(lines, pc)
		}
	}
	return lines
}

func validEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && at < len(s)-3 && strings.Contains(s[at:], ".") && !strings.ContainsAny(s, " \t\n,;")
}

func validPhone(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune(" +()-./", r):
		default:
			return false
		}
	}
	return digits >= 5 && digits <= 16
}
