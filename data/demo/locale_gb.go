package demo

import (
	"fmt"
	"math/rand/v2"

	"overdue/data"
)

// britain's phone numbers come from the ranges Ofcom reserves for drama and examples
// (area is the number's first part; the last three digits are free), so none can ring a real line.
var britain = &locale{
	country: "GB", language: "en", zone: "Europe/London", currency: "GBP", vat: 20, minUnits: 150, maxUnits: 12_000, rate: 80,
	cities: []city{
		{name: "Leeds", codes: gbOutward("LS", 1, 17), area: "113 496 0"},
		{name: "Manchester", codes: gbOutward("M", 1, 40), area: "161 496 0"},
		{name: "London", codes: []string{"EC1V", "EC2A", "N1", "N7", "E1", "E8", "SE1", "SE15", "NW1", "NW5", "W1T", "WC1X"}, area: "20 7946 0"},
		{name: "Birmingham", codes: gbOutward("B", 1, 30), area: "121 496 0"},
		{name: "Bristol", codes: gbOutward("BS", 1, 16), area: "117 496 0"},
		{name: "Sheffield", codes: gbOutward("S", 1, 20), area: "114 496 0"},
		{name: "Newcastle upon Tyne", codes: gbOutward("NE", 1, 15), area: "191 498 0"},
		{name: "Edinburgh", codes: gbOutward("EH", 1, 16), area: "131 496 0"},
		{name: "Glasgow", codes: gbOutward("G", 1, 42), area: "141 496 0"},
		{name: "Cardiff", codes: gbOutward("CF", 10, 24), area: "29 2018 0"},
		{name: "Nottingham", codes: gbOutward("NG", 1, 11), area: "115 496 0"},
		{name: "Liverpool", codes: gbOutward("L", 1, 25), area: "151 496 0"},
		{name: "Leicester", codes: gbOutward("LE", 1, 5), area: "116 496 0"},
		{name: "Reading", codes: gbOutward("RG", 1, 6), area: "118 496 0"},
	},
	femaleFirst: []string{"Amelia", "Olivia", "Isla", "Emily", "Sophie", "Charlotte", "Margaret", "Siobhan", "Niamh",
		"Fiona", "Gemma", "Rebecca", "Hannah", "Lucy", "Joanne", "Bethan", "Priya", "Eleanor"},
	maleFirst: []string{"Oliver", "George", "Harry", "Jack", "James", "Gareth", "Rhys", "Alistair", "Callum", "Liam",
		"Thomas", "William", "Daniel", "Stuart", "Nigel", "Owen", "Imran", "Hamish"},
	last: gbLast,
	street: func(r *rand.Rand) string {
		switch r.IntN(8) {
		case 0:
			return fmt.Sprintf("Unit %d, %s", 1+r.IntN(24), pick(r, gbEstates))
		case 1:
			return fmt.Sprintf("Flat %d, %d %s", 1+r.IntN(12), 1+r.IntN(90), pick(r, gbStreets))
		}
		return fmt.Sprintf("%d %s", 1+r.IntN(r.IntN(180)+1), pick(r, gbStreets))
	},
	postcode: func(r *rand.Rand, c *city) string {
		const inward = "ABDEFGHJLNPQRSTUWXYZ"
		return fmt.Sprintf("%s %d%c%c", pick(r, c.codes), r.IntN(10), inward[r.IntN(len(inward))], inward[r.IntN(len(inward))])
	},
	phone: func(r *rand.Rand, c *city, mobile bool) string {
		if mobile {
			return fmt.Sprintf("+44 7700 900%03d", r.IntN(1000))
		}
		return fmt.Sprintf("+44 %s%03d", c.area, r.IntN(1000))
	},
	name: func(r *rand.Rand, t data.DebtorType, p person, c *city) string {
		last, other := pick(r, gbLast), pick(r, gbLast)
		switch t {
		case data.SoleTrader:
			switch r.IntN(3) {
			case 0:
				return p.String() + " " + pick(r, []string{"Electrical", "Photography", "Plastering", "Tiling", "Bookkeeping"})
			case 1:
				return last + " " + pick(r, []string{"Decorating", "Landscapes", "Roofing", "Carpentry"})
			}
			return last + "'s " + pick(r, []string{"Garage", "Bakery", "Café", "Removals"})
		case data.PublicBody:
			if c.name == "London" {
				return "London Borough of " + pick(r, []string{"Islington", "Camden", "Hackney", "Southwark", "Lambeth"})
			}
			return c.name + " City Council"
		}
		switch r.IntN(8) {
		case 0, 1:
			return last + " " + pick(r, gbTrades) + " Ltd"
		case 2:
			return last + " & Sons Builders Ltd"
		case 3:
			return c.name + " Plumbing & Heating Ltd"
		case 4:
			return last + " Accountancy LLP"
		case 5:
			return "The " + c.name + " " + pick(r, []string{"Bakery", "Print Shop", "Dental Practice", "Brewing Company"}) + " Ltd"
		case 6:
			return last + " " + other + " Solicitors LLP"
		}
		return pick(r, gbWords) + " " + pick(r, gbTrades) + " Ltd"
	},
	ids: func(r *rand.Rand, t data.DebtorType, c *city) (string, string) {
		switch t {
		case data.Consumer:
			return "", ""
		case data.SoleTrader:
			if r.IntN(3) == 0 {
				return "", britishVATNumber(r)
			}
			return "", ""
		case data.PublicBody:
			return "", britishVATNumber(r)
		}
		if c.name == "Edinburgh" || c.name == "Glasgow" {
			return fmt.Sprintf("SC%06d", r.IntN(1_000_000)), britishVATNumber(r)
		}
		return fmt.Sprintf("%08d", 1_000_000+r.IntN(14_000_000)), britishVATNumber(r)
	},
	billingDept: []string{"Accounts Payable", "Purchase Ledger", "Finance Department", "Office Manager"},
	mailHosts:   []string{"btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com"},
	businessBox: []string{"accounts", "info", "office", "finance", "enquiries", "accounts"},
	tld:         "co.uk",
}

// gbOutward lists outward codes prefix+lo … prefix+hi.
func gbOutward(prefix string, lo, hi int) []string {
	var out []string
	for i := lo; i <= hi; i++ {
		out = append(out, fmt.Sprintf("%s%d", prefix, i))
	}
	return out
}

var (
	gbLast = []string{"Hargreaves", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Thompson", "Evans",
		"Walker", "Wright", "Robinson", "Hughes", "Edwards", "Green", "Hall", "Wood", "Clarke", "Jackson", "Ashworth",
		"Pemberton", "Whitworth", "Oakley", "Fairbrother", "MacLeod", "O'Brien", "Davies", "Patel", "Khan", "Fletcher"}
	gbStreets = []string{"Briggate", "Call Lane", "Oldham Street", "Deansgate", "High Street", "Station Road",
		"Church Lane", "Mill Lane", "Victoria Road", "Park Road", "Queen Street", "King Street", "The Green",
		"Manor Way", "Albion Street", "Wellington Road", "Kirkgate", "Bold Street", "Corporation Street", "Cathedral Road"}
	gbEstates = []string{"Thornbury Trading Estate", "Riverside Business Park", "Canal Wharf", "Kingsway Industrial Estate"}
	gbTrades  = []string{"Joinery", "Logistics", "Engineering", "Electrical Services", "Scaffolding", "Catering",
		"Property Maintenance", "Signs", "Windows", "Interiors", "Motors", "Veterinary Practice"}
	gbWords = []string{"Northern", "Pennine", "Albion", "Thameside", "Highland", "Severn", "Red Rose", "Dales", "Mersey"}
)
