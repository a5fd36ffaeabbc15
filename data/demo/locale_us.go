package demo

import (
	"fmt"
	"math/rand/v2"

	"overdue/data"
)

// america's phone numbers use 555-0100 … 555-0199, the block reserved for fiction.
var america = &locale{
	country: "US", language: "en", currency: "USD", vat: 0, minUnits: 200, maxUnits: 15_000, rate: 120,
	cities: []city{
		{name: "Austin", region: "TX", lo: 78701, hi: 78759, area: "512", zone: "America/Chicago"},
		{name: "Portland", region: "OR", lo: 97201, hi: 97236, area: "503", zone: "America/Los_Angeles"},
		{name: "Denver", region: "CO", lo: 80202, hi: 80239, area: "303", zone: "America/Denver"},
		{name: "Chicago", region: "IL", lo: 60601, hi: 60661, area: "312", zone: "America/Chicago"},
		{name: "Boston", region: "MA", lo: 2108, hi: 2136, area: "617", zone: "America/New_York"},
		{name: "Seattle", region: "WA", lo: 98101, hi: 98199, area: "206", zone: "America/Los_Angeles"},
		{name: "Atlanta", region: "GA", lo: 30303, hi: 30350, area: "404", zone: "America/New_York"},
		{name: "Columbus", region: "OH", lo: 43201, hi: 43235, area: "614", zone: "America/New_York"},
		{name: "Nashville", region: "TN", lo: 37201, hi: 37221, area: "615", zone: "America/Chicago"},
		{name: "Phoenix", region: "AZ", lo: 85003, hi: 85054, area: "602", zone: "America/Phoenix"},
		{name: "Raleigh", region: "NC", lo: 27601, hi: 27617, area: "919", zone: "America/New_York"},
		{name: "Brooklyn", region: "NY", lo: 11201, hi: 11256, area: "718", zone: "America/New_York"},
		{name: "Minneapolis", region: "MN", lo: 55401, hi: 55419, area: "612", zone: "America/Chicago"},
		{name: "San Diego", region: "CA", lo: 92101, hi: 92154, area: "619", zone: "America/Los_Angeles"},
		{name: "Burlington", region: "VT", lo: 5401, hi: 5408, area: "802", zone: "America/New_York"},
	},
	femaleFirst: []string{"Jennifer", "Linda", "Patricia", "Jessica", "Ashley", "Emily", "Maria", "Sarah", "Karen",
		"Michelle", "Megan", "Nicole", "Latoya", "Guadalupe", "Mei", "Brittany", "Rosa", "Heather"},
	maleFirst: []string{"Michael", "Robert", "David", "Christopher", "Daniel", "Matthew", "Carlos", "James", "John",
		"Kevin", "Brian", "Tyler", "Jamal", "Luis", "Wei", "Cody", "Andre", "Raymond"},
	last: usLast,
	street: func(r *rand.Rand) string {
		s := fmt.Sprintf("%d %s", 100+r.IntN(9800), pick(r, usStreets))
		if r.IntN(4) == 0 {
			s += fmt.Sprintf(", Suite %d", 100*(1+r.IntN(6))+r.IntN(20))
		}
		return s
	},
	postcode: func(r *rand.Rand, c *city) string { return fmt.Sprintf("%05d", c.lo+r.IntN(c.hi-c.lo+1)) },
	phone: func(r *rand.Rand, c *city, mobile bool) string {
		return fmt.Sprintf("+1 %s-555-01%02d", c.area, r.IntN(100))
	},
	name: func(r *rand.Rand, t data.DebtorType, p person, c *city) string {
		last, other := pick(r, usLast), pick(r, usLast)
		switch t {
		case data.SoleTrader:
			switch r.IntN(3) {
			case 0:
				return p.String() + " Handyman Services"
			case 1:
				return last + " " + pick(r, []string{"Photography", "Tax Service", "Lawn Care", "Design Studio"})
			}
			return p.first + "'s " + pick(r, []string{"Cleaning Service", "Bakery", "Auto Detailing", "Catering"})
		case data.PublicBody:
			return "City of " + c.name
		}
		switch r.IntN(7) {
		case 0, 1:
			return pick(r, usPlaces) + " " + pick(r, usTrades) + " LLC"
		case 2:
			return last + " Construction Inc."
		case 3:
			return c.name + " Dental Group PLLC"
		case 4:
			return last + " & " + other + " CPAs LLP"
		case 5:
			return c.name + " Auto Repair Inc."
		}
		return last + " " + pick(r, usTrades) + " " + pick(r, []string{"LLC", "Inc.", "Co."})
	},
	ids: func(r *rand.Rand, t data.DebtorType, _ *city) (string, string) {
		if t == data.Consumer || (t == data.SoleTrader && r.IntN(2) == 0) {
			return "", ""
		}
		return usEIN(r), ""
	},
	billingDept: []string{"Accounts Payable", "AP Department", "Office Manager", "Billing"},
	mailHosts:   []string{"gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net"},
	businessBox: []string{"ap", "billing", "accounts", "office", "info", "ap"},
	tld:         "com",
}

var (
	usLast = []string{"Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Thompson", "White",
		"Harris", "Clark", "Lewis", "Walker", "Young", "King", "Nguyen", "Patel", "Kowalczyk", "Hernandez", "Lopez",
		"Washington", "Brooks", "Sullivan", "O'Connor", "Kim", "Reyes", "Foster", "Bennett"}
	usStreets = []string{"Oak Street", "Main Street", "Maple Avenue", "N Lamar Blvd", "E 6th St", "SE Hawthorne Blvd",
		"Elm Street", "Washington Ave", "Lakeview Drive", "Commerce Street", "Industrial Pkwy", "Pine Street",
		"Cedar Lane", "Market Street", "Broadway", "W Colfax Ave", "Peachtree St NE", "Church Street"}
	usPlaces = []string{"Redwood", "Blue Ridge", "Lone Star", "Cascade", "Evergreen", "Great Lakes", "Desert Sun",
		"Bayou", "Granite State", "Prairie", "Sierra", "Hudson Valley", "Rocky Mountain", "Gulf Coast"}
	usTrades = []string{"Plumbing", "Landscaping", "HVAC Services", "Roofing", "Property Management", "Logistics",
		"Electric", "Painting", "Remodeling", "Veterinary Clinic", "Coffee Roasters", "Marketing"}
)
