package demo

import (
	"fmt"
	"math/rand/v2"

	"overdue/data"
)

var norway = &locale{
	country: "NO", language: "nb", zone: "Europe/Oslo", currency: "NOK", vat: 25, minUnits: 2_000, maxUnits: 80_000, rate: 1150,
	cities: []city{
		{name: "Oslo", lo: 150, hi: 690, area: "2"},
		{name: "Bergen", lo: 5003, hi: 5039, area: "55"},
		{name: "Trondheim", lo: 7010, hi: 7054, area: "73"},
		{name: "Stavanger", lo: 4005, hi: 4029, area: "51"},
		{name: "Tromsø", lo: 9006, hi: 9024, area: "77"},
		{name: "Bodø", lo: 8003, hi: 8016, area: "75"},
		{name: "Kristiansand", lo: 4608, hi: 4632, area: "38"},
		{name: "Ålesund", lo: 6002, hi: 6019, area: "70"},
		{name: "Drammen", lo: 3012, hi: 3048, area: "32"},
		{name: "Fredrikstad", lo: 1601, hi: 1639, area: "69"},
		{name: "Lillehammer", lo: 2609, hi: 2625, area: "61"},
		{name: "Hamar", lo: 2315, hi: 2326, area: "62"},
		{name: "Molde", lo: 6411, hi: 6422, area: "71"},
		{name: "Ås", lo: 1430, hi: 1433, area: "64"},
		{name: "Førde", lo: 6800, hi: 6812, area: "57"},
		{name: "Alta", lo: 9507, hi: 9518, area: "78"},
		{name: "Haugesund", lo: 5501, hi: 5538, area: "52"},
		{name: "Tønsberg", lo: 3110, hi: 3127, area: "33"},
		{name: "Røros", lo: 7374, hi: 7374, area: "72"},
		{name: "Sandnessjøen", lo: 8800, hi: 8805, area: "75"},
	},
	femaleFirst: []string{"Kari", "Ingrid", "Solveig", "Åse", "Trine", "Marit", "Sigrid", "Ragnhild", "Tove", "Liv",
		"Gunnhild", "Bjørg", "Randi", "Hege", "Kjersti", "Synnøve", "Mette", "Siri", "Astrid", "Eldbjørg"},
	maleFirst: []string{"Ola", "Per", "Bjørn", "Håkon", "Øystein", "Jørgen", "Lars", "Eirik", "Knut", "Terje",
		"Geir", "Svein", "Øyvind", "Stig", "Arne", "Tor", "Espen", "Kjetil", "Sindre", "Åsmund"},
	last:     noLast,
	feminine: nil,
	street: func(r *rand.Rand) string {
		s := pick(r, noStreets) + fmt.Sprintf(" %d", 1+r.IntN(r.IntN(120)+1))
		if r.IntN(6) == 0 {
			s += string(rune('A' + r.IntN(4)))
		}
		return s
	},
	postcode: func(r *rand.Rand, c *city) string { return fmt.Sprintf("%04d", c.lo+r.IntN(c.hi-c.lo+1)) },
	phone: func(r *rand.Rand, c *city, mobile bool) string {
		if mobile {
			return fmt.Sprintf("+47 %d%02d %02d %03d", pick(r, []int{4, 9}), r.IntN(100), r.IntN(100), r.IntN(1000))
		}
		n := fmt.Sprintf("%s%s", c.area, randomDigits(r, 8-len(c.area)))
		return "+47 " + n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:]
	},
	name: func(r *rand.Rand, t data.DebtorType, p person, c *city) string {
		switch t {
		case data.SoleTrader:
			switch r.IntN(3) {
			case 0:
				return pick(r, noCrafts) + " " + p.String()
			case 1:
				return p.last + " " + pick(r, noTrades)
			}
			return p.String() + " " + pick(r, noTrades)
		case data.PublicBody:
			if r.IntN(3) == 0 {
				return c.name + " kommune, " + pick(r, noDepartments)
			}
			return c.name + " kommune"
		}
		switch r.IntN(6) {
		case 0, 1:
			return p.last + " " + pick(r, noTrades) + " AS"
		case 2:
			return pick(r, noAdjectives) + " " + pick(r, noPlaces) + " " + pick(r, noTrades) + " AS"
		case 3:
			return c.name + " " + pick(r, noTrades) + " AS"
		case 4:
			return p.last + " & " + pick(r, noLast) + " AS"
		}
		return pick(r, noPlaces) + " " + pick(r, noTrades) + " " + pick(r, []string{"AS", "AS", "AS", "DA", "ANS"})
	},
	ids: func(r *rand.Rand, t data.DebtorType, _ *city) (string, string) {
		if t == data.Consumer {
			return "", ""
		}
		org := norwegianOrgNumber(r)
		if t == data.PublicBody || (t == data.SoleTrader && r.IntN(2) == 0) {
			return org, ""
		}
		return org, "NO " + org[:3] + org[4:7] + org[8:] + " MVA"
	},
	billingDept: []string{"Regnskap", "Fakturamottak", "Økonomiavdelingen", "Innkjøp", "Regnskapsavdelingen"},
	mailHosts:   []string{"online.no", "gmail.com", "hotmail.com", "live.no", "icloud.com", "altibox.no", "lyse.net"},
	businessBox: []string{"post", "faktura", "regnskap", "firmapost", "post", "faktura"},
	tld:         "no",
}

var (
	noLast = []string{"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
		"Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Bjørnstad", "Sæther",
		"Løken", "Dahl", "Strøm", "Kvåle", "Ødegård", "Aasland", "Bråten", "Grønli", "Holmøy", "Søreide",
		"Åsheim", "Lien", "Ås", "Fjærli", "Næss", "Røed", "Lønning", "Sønstebø", "Mæland", "Bakke", "Vik", "Tveit"}
	noStreets = []string{"Storgata", "Kirkegata", "Dronningens gate", "Kongens gate", "Strandgaten", "Fjordveien",
		"Bjørkeveien", "Skoleveien", "Løkkeveien", "Sjøgata", "Øvre Slottsgate", "Nedre Slottsgate", "Torggata",
		"Grønnegata", "Nygårdsgaten", "Olav Tryggvasons gate", "Kong Øysteins veg", "Granveien", "Furuveien",
		"Åsveien", "Bakkegata", "Industriveien", "Havnegata", "Sandviksveien", "Solheimsgaten", "Tollbugata",
		"Markveien", "Ringveien", "Fabrikkveien", "Ærfuglveien", "Gjøvikgata", "Bryggen", "Tårnveien"}
	noTrades = []string{"Rørlegger", "Bygg", "Elektro", "Maskin", "Regnskap", "Transport", "Eiendom", "Tannhelse",
		"Maling", "Blikkenslager", "Tak", "Trelast", "Sjømat", "Bakeri", "Snekkerverksted", "Anlegg", "Graving",
		"Ventilasjon", "Bilverksted", "Hudpleie", "Arkitekter", "Eiendomsmegling", "Fiskeoppdrett", "Reklame",
		"Varme og Sanitær", "Grøntanlegg", "Møbelsnekkeri", "Rådgivning"}
	noCrafts      = []string{"Tømrer", "Frisør", "Maler", "Elektriker", "Fotograf", "Regnskapsfører", "Murer", "Fysioterapeut"}
	noAdjectives  = []string{"Ærlig", "Solid", "Trygg", "Nøyaktig", "Rask", "Lokal", "Nordlys", "Fjord", "Vestlandske", "Midtnorsk"}
	noPlaces      = []string{"Ås", "Bø", "Hå", "Øksnes", "Røros", "Lærdal", "Fjell", "Sandvik", "Holmen", "Åsane", "Tøyen", "Grünerløkka", "Sørlandet", "Nordfjord", "Hønefoss"}
	noDepartments = []string{"Etat for bygg og eiendom", "Oppvekstetaten", "Kultur og idrett", "Teknisk drift"}
)
