package demo

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"overdue/data"
)

// poland's cities carry the genitive in alt ("Urząd Miasta Łodzi").
var poland = &locale{
	country: "PL", language: "pl", zone: "Europe/Warsaw", currency: "PLN", vat: 23, minUnits: 500, maxUnits: 40_000, rate: 220,
	cities: []city{
		{name: "Warszawa", alt: "Warszawy", lo: 1, hi: 4999, area: "22"},
		{name: "Kraków", alt: "Krakowa", lo: 30001, hi: 31999, area: "12"},
		{name: "Łódź", alt: "Łodzi", lo: 90001, hi: 94999, area: "42"},
		{name: "Wrocław", alt: "Wrocławia", lo: 50001, hi: 54999, area: "71"},
		{name: "Poznań", alt: "Poznania", lo: 60001, hi: 61999, area: "61"},
		{name: "Gdańsk", alt: "Gdańska", lo: 80001, hi: 80999, area: "58"},
		{name: "Gdynia", alt: "Gdyni", lo: 81001, hi: 81999, area: "58"},
		{name: "Szczecin", alt: "Szczecina", lo: 70001, hi: 71999, area: "91"},
		{name: "Lublin", alt: "Lublina", lo: 20001, hi: 20999, area: "81"},
		{name: "Katowice", alt: "Katowic", lo: 40001, hi: 40999, area: "32"},
		{name: "Białystok", alt: "Białegostoku", lo: 15001, hi: 15999, area: "85"},
		{name: "Rzeszów", alt: "Rzeszowa", lo: 35001, hi: 35999, area: "17"},
		{name: "Toruń", alt: "Torunia", lo: 87100, hi: 87119, area: "56"},
		{name: "Bielsko-Biała", alt: "Bielska-Białej", lo: 43300, hi: 43316, area: "33"},
		{name: "Zielona Góra", alt: "Zielonej Góry", lo: 65001, hi: 65999, area: "68"},
		{name: "Częstochowa", alt: "Częstochowy", lo: 42200, hi: 42229, area: "34"},
		{name: "Olsztyn", alt: "Olsztyna", lo: 10001, hi: 10999, area: "89"},
		{name: "Zakopane", alt: "Zakopanego", lo: 34500, hi: 34500, area: "18"},
		{name: "Świnoujście", alt: "Świnoujścia", lo: 72600, hi: 72609, area: "91"},
		{name: "Łańcut", alt: "Łańcuta", lo: 37100, hi: 37100, area: "17"},
	},
	femaleFirst: []string{"Małgorzata", "Katarzyna", "Agnieszka", "Anna", "Zofia", "Bożena", "Ewa", "Joanna",
		"Jolanta", "Dorota", "Żaneta", "Grażyna", "Elżbieta", "Barbara", "Magdalena", "Halina", "Urszula",
		"Jadwiga", "Aleksandra", "Łucja"},
	maleFirst: []string{"Grzegorz", "Łukasz", "Paweł", "Krzysztof", "Michał", "Józef", "Jędrzej", "Wojciech",
		"Tomasz", "Marek", "Przemysław", "Sławomir", "Zbigniew", "Andrzej", "Stanisław", "Bartłomiej", "Maciej",
		"Jarosław", "Mirosław", "Piotr"},
	last: plLast,
	// Adjectival surnames take the feminine ending: Kowalski → Kowalska, Łęcki → Łęcka.
	feminine: func(last string) string {
		if strings.HasSuffix(last, "ki") {
			return strings.TrimSuffix(last, "ki") + "ka"
		}
		return last
	},
	street: func(r *rand.Rand) string {
		s := pick(r, plStreets) + fmt.Sprintf(" %d", 1+r.IntN(r.IntN(150)+1))
		switch r.IntN(5) {
		case 0:
			s += fmt.Sprintf("/%d", 1+r.IntN(60))
		case 1:
			s += fmt.Sprintf(" lok. %d", 1+r.IntN(20))
		}
		return s
	},
	postcode: func(r *rand.Rand, c *city) string {
		n := c.lo + r.IntN(c.hi-c.lo+1)
		return fmt.Sprintf("%02d-%03d", n/1000, n%1000)
	},
	phone: func(r *rand.Rand, c *city, mobile bool) string {
		if mobile {
			return fmt.Sprintf("+48 %s%d %03d %03d", pick(r, []string{"50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"}),
				r.IntN(10), r.IntN(1000), r.IntN(1000))
		}
		return fmt.Sprintf("+48 %s %03d %02d %02d", c.area, r.IntN(1000), r.IntN(100), r.IntN(100))
	},
	name: func(r *rand.Rand, t data.DebtorType, p person, c *city) string {
		masc := pick(r, plLast) // surnames used as company names keep the masculine form
		switch t {
		case data.SoleTrader:
			switch r.IntN(4) {
			case 0:
				return "Zakład Usługowy " + masc
			case 1:
				return "F.H.U. " + p.String()
			}
			return pick(r, plCrafts) + " " + p.String()
		case data.PublicBody:
			return pick(r, []string{"Urząd Miasta ", "Miejski Ośrodek Sportu i Rekreacji ", "Zarząd Dróg Miejskich "}) + c.alt
		}
		switch r.IntN(6) {
		case 0:
			return "Przedsiębiorstwo Handlowe " + masc + " Sp. z o.o."
		case 1:
			return pick(r, plBrands) + " Sp. z o.o."
		case 2:
			return pick(r, plBrands) + " " + pick(r, plTrades) + " Sp. z o.o."
		case 3:
			return masc + " i " + pick(r, []string{"Wspólnicy", "Syn", "Synowie"}) + " Sp.j."
		case 4:
			return pick(r, plTrades) + " „" + pick(r, plQuoted) + "” Sp. z o.o."
		}
		return pick(r, plFixed)
	},
	ids: func(r *rand.Rand, t data.DebtorType, _ *city) (string, string) {
		switch t {
		case data.Consumer:
			return "", ""
		case data.Business:
			return fmt.Sprintf("KRS %010d", 1000+r.IntN(1_100_000)), "PL" + polishNIP(r)
		}
		return "REGON " + polishREGON(r), "PL" + polishNIP(r)
	},
	billingDept: []string{"Księgowość", "Dział Finansowy", "Biuro", "Dział Zakupów", "Sekretariat"},
	mailHosts:   []string{"wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "op.pl"},
	businessBox: []string{"biuro", "faktury", "ksiegowosc", "kontakt", "sekretariat", "biuro"},
	tld:         "pl",
}

var (
	plLast = []string{"Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
		"Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski",
		"Krawczyk", "Piotrowski", "Grabowski", "Zając", "Pawłowski", "Michalski", "Król", "Wieczorek",
		"Jabłoński", "Wróbel", "Majewski", "Olszewski", "Stępień", "Jaworski", "Malinowski", "Dudek", "Górski",
		"Pietrzak", "Żółkiewski", "Łęcki", "Gołębiowski", "Świątek", "Łuczak", "Bąk", "Chmielewski",
		"Przybylski", "Sikora", "Ciesielski", "Słowik", "Żak", "Kaczmarek", "Ślusarczyk", "Grzybowski",
		"Kaźmierczak", "Koźmiński", "Jóźwiak"}
	plStreets = []string{"ul. Piotrkowska", "ul. Floriańska", "ul. Długa", "ul. Mickiewicza", "ul. Słowackiego",
		"ul. Kościuszki", "ul. Świętokrzyska", "ul. Grunwaldzka", "ul. Żeromskiego", "ul. Łąkowa", "ul. Wiślana",
		"ul. Księżycowa", "al. Jerozolimskie", "al. Niepodległości", "ul. Zielona", "ul. Kwiatowa", "ul. Ogrodowa",
		"ul. Przemysłowa", "ul. Źródlana", "ul. Jagiellońska", "pl. Wolności", "ul. Żwirki i Wigury",
		"ul. Chełmońskiego", "ul. Szewska", "ul. Wrzosowa", "ul. Łokietka", "ul. Gęsia", "os. Tysiąclecia"}
	plTrades = []string{"Logistyka", "Budownictwo", "Serwis", "Instalacje", "Hurtownia Elektryczna",
		"Usługi Remontowo-Budowlane", "Hurtownia Spożywcza", "Technika Grzewcza", "Meble", "Drukarnia",
		"Biuro Rachunkowe", "Pracownia Architektoniczna"}
	plBrands = []string{"Budmax", "Polbud", "Transpol", "Drewnex", "Stalmet", "Elmax", "Agromex", "Hydrobud",
		"Termix", "Betonex", "Mebloland", "Ogrodex", "Kamex", "Wodmar", "Żurawex", "Świtpol", "Łódzbud", "Gąsior-Trans"}
	plQuoted = []string{"Bilans", "Źródło", "Zorza", "Sokół", "Jutrzenka", "Wiśnia", "Gwiazda", "Pszczółka", "Żuraw"}
	plCrafts = []string{"Stolarnia", "Zakład Ślusarski", "Pracownia Krawiecka", "Gabinet Stomatologiczny",
		"Kancelaria Radcy Prawnego", "Usługi Remontowo-Budowlane", "Piekarnia", "Zakład Fryzjerski"}
	plFixed = []string{"Spółdzielnia Mieszkaniowa „Zorza”", "Mazowiecka Hurtownia Elektryczna Sp. z o.o.",
		"Pomorskie Zakłady Mięsne S.A.", "Śląskie Centrum Logistyki Sp. z o.o.", "Wielkopolska Spółdzielnia Mleczarska",
		"Małopolskie Centrum Medyczne Sp. z o.o.", "Łódzkie Zakłady Tekstylne S.A."}
)
