package data

import "strings"

// countryNames are country names in the four languages of the app, for the last line of an
// address abroad (written in the sender's language, as the Universal Postal Union asks).
var countryNames = map[string][4]string{ // en, de, nb, pl
	"AT": {"Austria", "Österreich", "Østerrike", "Austria"},
	"BE": {"Belgium", "Belgien", "Belgia", "Belgia"},
	"BG": {"Bulgaria", "Bulgarien", "Bulgaria", "Bułgaria"},
	"CA": {"Canada", "Kanada", "Canada", "Kanada"},
	"CH": {"Switzerland", "Schweiz", "Sveits", "Szwajcaria"},
	"CY": {"Cyprus", "Zypern", "Kypros", "Cypr"},
	"CZ": {"Czech Republic", "Tschechien", "Tsjekkia", "Czechy"},
	"DE": {"Germany", "Deutschland", "Tyskland", "Niemcy"},
	"DK": {"Denmark", "Dänemark", "Danmark", "Dania"},
	"EE": {"Estonia", "Estland", "Estland", "Estonia"},
	"ES": {"Spain", "Spanien", "Spania", "Hiszpania"},
	"FI": {"Finland", "Finnland", "Finland", "Finlandia"},
	"FR": {"France", "Frankreich", "Frankrike", "Francja"},
	"GB": {"United Kingdom", "Vereinigtes Königreich", "Storbritannia", "Wielka Brytania"},
	"GR": {"Greece", "Griechenland", "Hellas", "Grecja"},
	"HR": {"Croatia", "Kroatien", "Kroatia", "Chorwacja"},
	"HU": {"Hungary", "Ungarn", "Ungarn", "Węgry"},
	"IE": {"Ireland", "Irland", "Irland", "Irlandia"},
	"IS": {"Iceland", "Island", "Island", "Islandia"},
	"IT": {"Italy", "Italien", "Italia", "Włochy"},
	"LI": {"Liechtenstein", "Liechtenstein", "Liechtenstein", "Liechtenstein"},
	"LT": {"Lithuania", "Litauen", "Litauen", "Litwa"},
	"LU": {"Luxembourg", "Luxemburg", "Luxembourg", "Luksemburg"},
	"LV": {"Latvia", "Lettland", "Latvia", "Łotwa"},
	"MT": {"Malta", "Malta", "Malta", "Malta"},
	"NL": {"Netherlands", "Niederlande", "Nederland", "Holandia"},
	"NO": {"Norway", "Norwegen", "Norge", "Norwegia"},
	"PL": {"Poland", "Polen", "Polen", "Polska"},
	"PT": {"Portugal", "Portugal", "Portugal", "Portugalia"},
	"RO": {"Romania", "Rumänien", "Romania", "Rumunia"},
	"SE": {"Sweden", "Schweden", "Sverige", "Szwecja"},
	"SI": {"Slovenia", "Slowenien", "Slovenia", "Słowenia"},
	"SK": {"Slovakia", "Slowakei", "Slovakia", "Słowacja"},
	"UA": {"Ukraine", "Ukraine", "Ukraina", "Ukraina"},
	"US": {"United States", "Vereinigte Staaten", "USA", "Stany Zjednoczone"},
}

// CountryName returns the name of the country with ISO 3166 code in lang (en, de, nb, pl;
// English for others), or the code itself when the country is not known.
func CountryName(code, lang string) string {
	names, ok := countryNames[strings.ToUpper(code)]
	if !ok {
		return code
	}
	switch lang {
	case "de":
		return names[1]
	case "nb":
		return names[2]
	case "pl":
		return names[3]
	}
	return names[0]
}

// Abroad reports whether the contact's address is in another country than senderCountry.
func (c *Contact) Abroad(senderCountry string) bool {
	return c.Country != "" && !strings.EqualFold(c.Country, senderCountry)
}

// EnvelopeLines returns the address as printed on a letter posted in senderCountry: the
// address lines, and for an address abroad the destination country last, in capitals, in
// the sender's language lang.
func (c *Contact) EnvelopeLines(senderCountry, lang string) []string {
	lines := c.AddressLines()
	if c.Abroad(senderCountry) {
		lines = append(lines, strings.ToUpper(CountryName(c.Country, lang)))
	}
	return lines
}

// countryAliases are other names a spreadsheet writes countries by.
var countryAliases = map[string]string{"USA": "US", "U.S.A.": "US", "U.S.": "US", "UNITED STATES OF AMERICA": "US",
	"UK": "GB", "U.K.": "GB", "GREAT BRITAIN": "GB", "ENGLAND": "GB", "SCOTLAND": "GB", "WALES": "GB",
	"NORTHERN IRELAND": "GB", "STORBRITANNIA": "GB", "NORWAY": "NO", "NOREG": "NO", "RZECZPOSPOLITA POLSKA": "PL",
	"BUNDESREPUBLIK DEUTSCHLAND": "DE", "HOLLAND": "NL"}

// CountryByName returns the ISO code of a country written by its name in English, German,
// Norwegian or Polish, or by a common alias ("USA", "UK"), any case; "" when unknown.
func CountryByName(name string) string {
	n := strings.ToUpper(strings.TrimSpace(strings.TrimRight(strings.TrimSpace(name), ".")))
	if n == "" {
		return ""
	}
	if code, ok := countryAliases[n]; ok {
		return code
	}
	if code, ok := countryAliases[n+"."]; ok {
		return code
	}
	for code, names := range countryNames {
		for _, nm := range names {
			if strings.ToUpper(nm) == n {
				return code
			}
		}
	}
	return ""
}
