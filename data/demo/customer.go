package demo

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"

	"overdue/data"
)

// customer fills in the customer record, its billing contact and perhaps a second contact:
// a person at a business, or the employer or next of kin of a consumer.
func (g *generator) customer(r *rand.Rand, i int, sk *skeleton, p *plan) {
	l := sk.loc
	c := &l.cities[r.IntN(len(l.cities))]
	who := l.newPerson(r)
	name := who.String()
	if sk.typ != data.Consumer {
		name = l.name(r, sk.typ, who, c)
	}
	org, vat := l.ids(r, sk.typ, c)
	p.customer = data.Customer{
		Number: strconv.Itoa(10001 + i), Name: name, Type: sk.typ, OrgNumber: org, VATID: vat,
		Language: l.language, Country: l.country, TimeZone: l.zoneOf(c), Currency: l.currency,
		Status: data.StatusActive, Risk: payers[sk.payer].risk,
	}
	if sk.typ == data.Consumer && l.country == "NO" && r.IntN(2) == 0 {
		p.customer.NationalID = syntheticFodselsnummer(r)
	}
	if sk.typ == data.Business || sk.typ == data.PublicBody {
		p.customer.CreditLimit = creditLimit(r, l)
	}
	if r.IntN(20) == 0 {
		p.customer.Notes = pick(r, g.user.notes)
	}

	billing := data.Contact{Kind: data.ContactBilling, Street: l.street(r), Postcode: l.postcode(r, c), City: c.name,
		Region: c.region, Country: l.country}
	switch sk.typ {
	case data.Consumer:
		billing.Name = name
		billing.Phone = l.phone(r, c, true)
		billing.Email = l.personalEmail(r, who)
		p.people = append(p.people, who)
	case data.SoleTrader:
		billing.Name = who.String()
		billing.Phone = l.phone(r, c, r.IntN(3) > 0)
		billing.Email = l.businessEmail(r, name)
		p.people = append(p.people, who)
	default:
		billing.Name = pick(r, l.billingDept)
		billing.Phone = l.phone(r, c, false)
		billing.Email = l.businessEmail(r, name)
	}
	p.contacts = append(p.contacts, billing)

	switch {
	case sk.typ == data.Consumer && r.IntN(5) < 3:
		p.contacts = append(p.contacts, g.relation(r, l, c, who))
	case sk.typ == data.Business && r.IntN(10) < 3:
		boss := l.newPerson(r)
		p.people = append(p.people, boss)
		p.contacts = append(p.contacts, data.Contact{Kind: data.ContactOther, Name: boss.String(), Country: l.country,
			Phone: l.phone(r, c, true), Email: l.workEmail(r, boss, name), Note: g.user.director})
	}
	if len(p.people) == 0 {
		p.people = append(p.people, l.newPerson(r))
	}
}

// relation is a consumer's employer or next of kin: where to find a debtor who moves.
func (g *generator) relation(r *rand.Rand, l *locale, c *city, who person) data.Contact {
	if r.IntN(2) == 0 {
		employer := l.name(r, data.Business, l.newPerson(r), c)
		return data.Contact{Kind: data.ContactWorkplace, Name: employer, Street: l.street(r), Postcode: l.postcode(r, c),
			City: c.name, Region: c.region, Country: l.country, Phone: l.phone(r, c, false),
			Email: l.workEmail(r, who, employer), Note: g.user.workplace}
	}
	kin := l.newPerson(r)
	if r.IntN(2) == 0 { // family often shares the surname
		kin.last = who.last
		if l.feminine != nil && kin.female != who.female {
			kin = l.newPerson(r)
		}
	}
	return data.Contact{Kind: data.ContactNextOfKin, Name: kin.String(), Country: l.country,
		Phone: l.phone(r, c, true), Note: fmt.Sprintf(g.user.nextOfKin, pick(r, g.user.relatives))}
}

// creditLimit returns a round limit of a few typical invoices, in minor units.
func creditLimit(r *rand.Rand, l *locale) int64 {
	typical := math.Sqrt(float64(l.minUnits * l.maxUnits))
	step := 1_000.0
	if l.maxUnits >= 40_000 {
		step = 5_000
	}
	units := math.Max(step, math.Round(typical*(2+8*r.Float64())/step)*step)
	return int64(units) * 100
}
