package data

import (
	"slices"
	"testing"
)

func TestEnvelopeLines(t *testing.T) {
	tests := []struct {
		name    string
		contact Contact
		sender  string
		lang    string
		want    []string
	}{
		{"at home: no country line", Contact{Street: "Strandgaten 18", Postcode: "5013", City: "Bergen", Country: "NO"},
			"NO", "nb", []string{"Strandgaten 18", "5013 Bergen"}},
		{"abroad from Norway", Contact{Street: "Hauptstraße 5", Postcode: "10115", City: "Berlin", Country: "DE"},
			"NO", "nb", []string{"Hauptstraße 5", "10115 Berlin", "TYSKLAND"}},
		{"abroad from Poland", Contact{Street: "Königstraße 12", Postcode: "70173", City: "Stuttgart", Country: "DE"},
			"PL", "pl", []string{"Königstraße 12", "70173 Stuttgart", "NIEMCY"}},
		{"to the UK from Germany", Contact{Street: "14 Riverside Walk", Postcode: "SE1 9PP", City: "London", Country: "GB"},
			"DE", "de", []string{"14 Riverside Walk", "LONDON", "SE1 9PP", "VEREINIGTES KÖNIGREICH"}},
		{"an unknown country keeps its code", Contact{Street: "1 Main Rd", City: "Nairobi", Country: "KE"},
			"GB", "en", []string{"1 Main Rd", "Nairobi", "KE"}},
		{"no country given", Contact{Street: "ul. Długa 1", Postcode: "00-001", City: "Warszawa"},
			"PL", "pl", []string{"ul. Długa 1", "00-001 Warszawa"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.contact.EnvelopeLines(tt.sender, tt.lang); !slices.Equal(got, tt.want) {
				t.Errorf("EnvelopeLines = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCountryName(t *testing.T) {
	for _, tt := range []struct{ code, lang, want string }{
		{"DE", "pl", "Niemcy"}, {"pl", "de", "Polen"}, {"NO", "fr", "Norway"}, {"XX", "en", "XX"},
	} {
		if got := CountryName(tt.code, tt.lang); got != tt.want {
			t.Errorf("CountryName(%s, %s) = %q, want %q", tt.code, tt.lang, got, tt.want)
		}
	}
}

func TestCountryByName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Germany", "DE"}, {"DEUTSCHLAND", "DE"}, {"niemcy", "DE"}, {"Tyskland", "DE"}, {"USA", "US"},
		{"United Kingdom", "GB"}, {"UK", "GB"}, {"Polska", "PL"}, {"Norge", "NO"}, {"Atlantis", ""}, {"", ""},
	} {
		if got := CountryByName(tt.in); got != tt.want {
			t.Errorf("CountryByName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
