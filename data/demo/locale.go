package demo

import (
	"math/rand/v2"
	"strings"

	"overdue/data"
)

// locale is everything the generator knows about the customers of one country: how their
// names, addresses, phone numbers and registry numbers look, and what invoices to them are like.
type locale struct {
	country  string // ISO 3166-1 alpha-2
	language string // letters language: nb, pl, de, en
	currency string
	zone     string // IANA time zone; empty when it depends on the city (US)
	vat      int    // standard VAT rate in percent, charged when the company is in the same country
	minUnits int64  // typical invoice range in major units of currency
	maxUnits int64
	rate     int64 // a designer's hourly rate in major units
	cities   []city

	femaleFirst, maleFirst, last []string
	feminine                     func(last string) string // the surname as a woman carries it (Polish); nil when unchanged

	street   func(r *rand.Rand) string          // street line in the country's order
	postcode func(r *rand.Rand, c *city) string // a postcode of the city
	phone    func(r *rand.Rand, c *city, mobile bool) string
	name     func(r *rand.Rand, t data.DebtorType, p person, c *city) string // business names
	ids      func(r *rand.Rand, t data.DebtorType, c *city) (org, vat string)

	billingDept []string // who receives invoices at a business ("Regnskap", "Accounts Payable")
	mailHosts   []string // consumer email providers
	businessBox []string // mailbox names at a business ("post", "faktura")
	tld         string
}

// city is a town customers live in.
type city struct {
	name   string
	alt    string // another form of the name: Polish genitive ("Łodzi"), German adjective ("Kölner")
	region string // US state; empty elsewhere
	lo, hi int    // numeric postcode range (NO, PL, DE, US)
	codes  []string
	area   string // dialling area code, without the trunk prefix
	zone   string // IANA time zone
}

// zoneOf returns the time zone of customers in c.
func (l *locale) zoneOf(c *city) string {
	if c.zone != "" {
		return c.zone
	}
	return l.zone
}

// person is a generated individual.
type person struct {
	first, last string
	female      bool
}

func (p person) String() string { return p.first + " " + p.last }

// pick returns a random element of xs.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// newPerson draws a first and last name of the locale.
func (l *locale) newPerson(r *rand.Rand) person {
	p := person{female: r.IntN(2) == 0, last: pick(r, l.last)}
	if p.female {
		p.first = pick(r, l.femaleFirst)
		if l.feminine != nil {
			p.last = l.feminine(p.last)
		}
	} else {
		p.first = pick(r, l.maleFirst)
	}
	return p
}

// asciiFold maps letters of the five countries' alphabets to what people type in email
// addresses and domain names.
var asciiFold = strings.NewReplacer(
	"æ", "ae", "ø", "o", "å", "a", "Æ", "ae", "Ø", "o", "Å", "a",
	"ą", "a", "ć", "c", "ę", "e", "ł", "l", "ń", "n", "ó", "o", "ś", "s", "ź", "z", "ż", "z",
	"Ą", "a", "Ć", "c", "Ę", "e", "Ł", "l", "Ń", "n", "Ó", "o", "Ś", "s", "Ź", "z", "Ż", "z",
	"ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "Ä", "ae", "Ö", "oe", "Ü", "ue", "é", "e", "É", "e",
	"'", "", "’", "",
)

// legalForms are dropped from business names when a domain is made from them.
var legalForms = map[string]bool{
	"as": true, "asa": true, "ans": true, "da": true, "sp": true, "z": true, "o": true, "sa": true, "sj": true,
	"gmbh": true, "kg": true, "ek": true, "ug": true, "haftungsbeschraenkt": true, "co": true, "partg": true,
	"ltd": true, "llp": true, "plc": true, "llc": true, "inc": true, "pllc": true, "corp": true, "i": true,
	"and": true, "og": true, "und": true, "the": true,
}

// slug turns a name into the lower-case ASCII words a domain or mailbox is made of.
func slug(name string, max int) []string {
	folded := strings.ToLower(asciiFold.Replace(name))
	var words []string
	for _, w := range strings.FieldsFunc(folded, func(c rune) bool { return c < 'a' || c > 'z' }) {
		if !legalForms[w] && len(w) > 1 {
			words = append(words, w)
		}
	}
	if len(words) > max {
		words = words[:max]
	}
	return words
}

// businessEmail returns an invoice mailbox at a domain made from the business name.
func (l *locale) businessEmail(r *rand.Rand, name string) string {
	words := slug(name, 3)
	if len(words) == 0 {
		words = []string{"firma"}
	}
	return pick(r, l.businessBox) + "@" + strings.Join(words, "-") + "." + l.tld
}

// personalEmail returns a private address of p at a common provider of the country.
func (l *locale) personalEmail(r *rand.Rand, p person) string {
	first, last := strings.Join(slug(p.first, 1), ""), strings.Join(slug(p.last, 2), "")
	switch r.IntN(4) {
	case 0:
		return first + "." + last + "@" + pick(r, l.mailHosts)
	case 1:
		return first + last + randomDigits(r, 2) + "@" + pick(r, l.mailHosts)
	case 2:
		return first[:1] + "." + last + "@" + pick(r, l.mailHosts)
	}
	return first + "_" + last + "@" + pick(r, l.mailHosts)
}

// workEmail returns p's address at a business's domain.
func (l *locale) workEmail(r *rand.Rand, p person, business string) string {
	words := slug(business, 3)
	if len(words) == 0 {
		words = []string{"firma"}
	}
	first, last := strings.Join(slug(p.first, 1), ""), strings.Join(slug(p.last, 2), "")
	return first + "." + last + "@" + strings.Join(words, "-") + "." + l.tld
}

// locales lists the customer countries; the order is the one the mix in mixFor refers to.
var locales = map[string]*locale{"NO": norway, "PL": poland, "DE": germany, "GB": britain, "US": america}
