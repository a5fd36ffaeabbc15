package demo

import (
	"fmt"
	"math/rand/v2"

	"overdue/data"
)

// germany's cities carry the adjective in alt ("Kölner Dachbau GmbH").
var germany = &locale{
	country: "DE", language: "de", zone: "Europe/Berlin", currency: "EUR", vat: 19, minUnits: 200, maxUnits: 15_000, rate: 95,
	cities: []city{
		{name: "Berlin", alt: "Berliner", lo: 10115, hi: 14199, area: "30"},
		{name: "Hamburg", alt: "Hamburger", lo: 20095, hi: 22769, area: "40"},
		{name: "München", alt: "Münchner", lo: 80331, hi: 81929, area: "89"},
		{name: "Köln", alt: "Kölner", lo: 50667, hi: 51149, area: "221"},
		{name: "Frankfurt am Main", alt: "Frankfurter", lo: 60306, hi: 60599, area: "69"},
		{name: "Stuttgart", alt: "Stuttgarter", lo: 70173, hi: 70629, area: "711"},
		{name: "Düsseldorf", alt: "Düsseldorfer", lo: 40210, hi: 40629, area: "211"},
		{name: "Leipzig", alt: "Leipziger", lo: 4103, hi: 4357, area: "341"},
		{name: "Dresden", alt: "Dresdner", lo: 1067, hi: 1328, area: "351"},
		{name: "Nürnberg", alt: "Nürnberger", lo: 90402, hi: 90491, area: "911"},
		{name: "Göttingen", alt: "Göttinger", lo: 37073, hi: 37085, area: "551"},
		{name: "Lübeck", alt: "Lübecker", lo: 23552, hi: 23570, area: "451"},
		{name: "Würzburg", alt: "Würzburger", lo: 97070, hi: 97084, area: "931"},
		{name: "Münster", alt: "Münsteraner", lo: 48143, hi: 48167, area: "251"},
		{name: "Bremen", alt: "Bremer", lo: 28195, hi: 28779, area: "421"},
		{name: "Freiburg im Breisgau", alt: "Freiburger", lo: 79098, hi: 79117, area: "761"},
		{name: "Osnabrück", alt: "Osnabrücker", lo: 49074, hi: 49090, area: "541"},
		{name: "Saarbrücken", alt: "Saarbrücker", lo: 66111, hi: 66133, area: "681"},
	},
	femaleFirst: []string{"Ursula", "Sabine", "Monika", "Petra", "Birgit", "Heike", "Käthe", "Jutta", "Renate",
		"Gisela", "Anja", "Susanne", "Lena", "Hannah", "Sophie", "Claudia", "Andrea", "Karin", "Dörte", "Bärbel"},
	maleFirst: []string{"Jürgen", "Günter", "Jörg", "Björn", "Sören", "Andreas", "Stefan", "Uwe", "Klaus",
		"Thomas", "Maximilian", "Lukas", "Dieter", "Wolfgang", "Horst", "Matthias", "Frank", "Rüdiger",
		"Hans-Jürgen", "Carsten"},
	last: deLast,
	street: func(r *rand.Rand) string {
		s := pick(r, deStreets) + fmt.Sprintf(" %d", 1+r.IntN(r.IntN(140)+1))
		if r.IntN(7) == 0 {
			s += string(rune('a' + r.IntN(3)))
		}
		return s
	},
	postcode: func(r *rand.Rand, c *city) string { return fmt.Sprintf("%05d", c.lo+r.IntN(c.hi-c.lo+1)) },
	phone: func(r *rand.Rand, c *city, mobile bool) string {
		if mobile {
			return fmt.Sprintf("+49 %s %s", pick(r, []string{"151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "179"}),
				randomDigits(r, 7+r.IntN(2)))
		}
		return fmt.Sprintf("+49 %s %d%s", c.area, 2+r.IntN(8), randomDigits(r, 9-len(c.area)))
	},
	name: func(r *rand.Rand, t data.DebtorType, p person, c *city) string {
		switch t {
		case data.SoleTrader:
			switch r.IntN(3) {
			case 0:
				return pick(r, deShops) + " " + p.last + " e.K."
			case 1:
				return pick(r, deCrafts) + " " + p.String()
			}
			return pick(r, deShops) + " " + p.String()
		case data.PublicBody:
			return "Stadt " + c.name + ", " + pick(r, deOffices)
		}
		last, other := pick(r, deLast), pick(r, deLast)
		switch r.IntN(8) {
		case 0:
			return last + " & Söhne GmbH"
		case 1:
			return "Großhandel " + last + " KG"
		case 2, 3:
			return last + " " + pick(r, deTrades) + " GmbH"
		case 4:
			return c.alt + " " + pick(r, deTrades) + " GmbH"
		case 5:
			return last + " & " + other + " Steuerberatungsgesellschaft mbH"
		case 6:
			return "Autohaus " + last + " GmbH & Co. KG"
		}
		return last + " " + pick(r, deTrades) + " UG (haftungsbeschränkt)"
	},
	ids: func(r *rand.Rand, t data.DebtorType, c *city) (string, string) {
		switch t {
		case data.Consumer:
			return "", ""
		case data.SoleTrader:
			if r.IntN(2) == 0 {
				return "", germanVATID(r)
			}
			return fmt.Sprintf("HRA %d, Amtsgericht %s", 1000+r.IntN(30000), c.name), germanVATID(r)
		case data.PublicBody:
			return "", germanVATID(r)
		}
		return fmt.Sprintf("HRB %d, Amtsgericht %s", 1000+r.IntN(120000), c.name), germanVATID(r)
	},
	billingDept: []string{"Buchhaltung", "Kreditorenbuchhaltung", "Rechnungseingang", "Einkauf", "Geschäftsführung"},
	mailHosts:   []string{"web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"},
	businessBox: []string{"info", "buchhaltung", "rechnung", "kontakt", "office", "info"},
	tld:         "de",
}

var (
	deLast = []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
		"Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
		"Zimmermann", "Braun", "Krüger", "Hartmann", "Lange", "Weiß", "Groß", "Köhler", "Böhm", "Jäger", "Günther",
		"Strauß", "Vogel", "Kühn", "Lehmann", "Möller", "Förster", "Brückner", "Dreßler", "Maaß", "Nußbaum"}
	deStreets = []string{"Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße", "Bergstraße",
		"Lindenstraße", "Kirchstraße", "Schillerstraße", "Goethestraße", "Königsallee", "Schloßstraße", "Mühlenweg",
		"Am Mühlbach", "Friedrich-Ebert-Straße", "Kölner Straße", "Marktplatz", "Lessingstraße", "Brückenstraße",
		"Rosenweg", "Große Bleichen", "Jägerstraße", "Hölderlinweg", "Fürstenwall", "Grüner Weg", "Südring",
		"Ehrenstraße", "Am Weißen Steinbruch"}
	deTrades = []string{"Haustechnik", "Bau", "Elektrotechnik", "Dachbau", "Gerüstbau", "Fliesenhandel", "Zahntechnik",
		"Werbeagentur", "Immobilien", "Messebau", "Druckerei", "Möbelwerkstätten", "Glaserei",
		"Sanitär- und Heizungstechnik", "Gebäudereinigung", "Logistik", "Brauhaus", "Metallbau"}
	deShops   = []string{"Bäckerei", "Elektro", "Tischlerei", "Fotostudio", "Friseursalon", "Blumen", "Getränke"}
	deCrafts  = []string{"Malermeister", "Ingenieurbüro", "Steuerbüro", "Physiotherapie", "Schreinermeister", "Übersetzungsbüro"}
	deOffices = []string{"Amt für Gebäudewirtschaft", "Kulturamt", "Schulverwaltungsamt", "Tiefbauamt", "Grünflächenamt"}
)
