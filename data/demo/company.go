package demo

import (
	"fmt"
	"math/rand/v2"

	"overdue/data"
)

// sampleCompany returns the profile of the sample firm, a small design studio, in the given
// country: real-looking address, registry and VAT numbers, and bank details whose check digits
// are valid. The names are fixed; the numbers come from r.
func sampleCompany(country string, r *rand.Rand) data.Company {
	currency, language := data.DefaultsFor(country)
	c := data.Company{Country: country, Currency: currency, Language: language}
	switch country {
	case "PL":
		nip := polishNIP(r)
		c.Name = "Pracownia Projektowa Świetlik Sp. z o.o."
		c.Street, c.Postcode, c.City = "ul. Floriańska 14/3", "31-019", "Kraków"
		c.OrgNumber = fmt.Sprintf("KRS 0000%06d", 100000+r.IntN(900000))
		c.VATNumber = "PL" + nip
		c.IBAN = iban("PL", "10201097"+randomDigits(r, 16))
		c.BIC = "BPKOPLPW"
		c.Email, c.Phone = "biuro@swietlik.pl", "+48 12 421 33 90"
	case "DE":
		c.Name = "Lichtblick Gestaltung GmbH"
		c.Street, c.Postcode, c.City = "Ehrenstraße 44", "50672", "Köln"
		c.OrgNumber = fmt.Sprintf("HRB %d, Amtsgericht Köln", 80000+r.IntN(20000))
		c.VATNumber = germanVATID(r)
		c.IBAN = iban("DE", "37040044"+randomDigits(r, 10))
		c.BIC = "COBADEFFXXX"
		c.Email, c.Phone = "info@lichtblick-gestaltung.de", "+49 221 2574410"
	case "GB":
		account := randomDigits(r, 8)
		c.Name = "Northlight Design Ltd"
		c.Street, c.Postcode, c.City = "21 Call Lane", "LS1 7BT", "Leeds"
		c.OrgNumber = fmt.Sprintf("Company No. %08d", 9_000_000+r.IntN(4_000_000))
		c.VATNumber = britishVATNumber(r)
		c.IBAN = iban("GB", "NWBK601613"+account)
		c.BIC = "NWBKGB2L"
		c.AccountNumber = "Sort code 60-16-13, account " + account
		c.Email, c.Phone = "accounts@northlight-design.co.uk", "+44 113 496 0712"
	case "US":
		c.Name = "Northlight Design LLC"
		c.Street, c.Postcode, c.City = "1801 E 6th St, Suite 240", "78702", "Austin, TX"
		c.OrgNumber = "EIN " + usEIN(r)
		c.AccountNumber = "ABA routing " + abaRoutingNumber(r) + ", account " + randomDigits(r, 10)
		c.Email, c.Phone = "billing@northlightdesign.com", "+1 512-555-0142"
	default: // NO
		account := norwegianAccount(r, "1503")
		org := norwegianOrgNumber(r)
		c.Name = "Fjordlys Design AS"
		c.Street, c.Postcode, c.City = "Strandgaten 18", "5013", "Bergen"
		c.OrgNumber = org
		c.VATNumber = "NO " + org[:3] + org[4:7] + org[8:] + " MVA"
		c.IBAN = iban("NO", account)
		c.BIC = "DNBANOKKXXX"
		c.AccountNumber = account[:4] + "." + account[4:6] + "." + account[6:]
		c.Email, c.Phone = "post@fjordlys.no", "+47 55 31 42 80"
	}
	return c
}
