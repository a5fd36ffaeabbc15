package spreadsheet

import (
	"context"
	"path/filepath"
	"testing"

	"overdue/data"
)

func TestCountryOfRow(t *testing.T) {
	tests := []struct {
		name, address, taxID, phone, want string
	}{
		{"the address names it", "Hauptstraße 5, 10115 Berlin, Deutschland", "", "", "DE"},
		{"in Polish", "Königstraße 12, 70173 Stuttgart, Niemcy", "", "", "DE"},
		{"a US state and ZIP", "7057 Lakeview Drive, Suite 409, Brooklyn, NY 11239", "", "", "US"},
		{"a UK postcode", "14 Riverside Walk, London SE1 9PP", "", "", "GB"},
		{"a Polish postcode", "ul. Długa 5, 00-950 Warszawa", "", "", "PL"},
		{"a VAT prefix", "Storgata 1, 0155 Oslo", "DE123456789", "", "DE"},
		{"a phone code", "Storgata 1, 0155 Oslo", "", "+49 30 1234567", "DE"},
		{"00 dialling", "", "", "0048 22 123 45 67", "PL"},
		{"nothing says: home", "Storgata 1, 0155 Oslo", "912345678", "22 33 44 55", "NO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := splitAddress(tt.address)
			if got := countryOfRow(a.country, tt.taxID, tt.phone, "NO"); got != tt.want {
				t.Errorf("country of %q / %q / %q = %s, want %s", tt.address, tt.taxID, tt.phone, got, tt.want)
			}
		})
	}
	if a := splitAddress("Hauptstraße 5, 10115 Berlin, Germany"); a.city != "Berlin" || a.postcode != "10115" {
		t.Errorf("the country line was not taken off: %+v", a)
	}
}

// TestExportRoundTripAbroad exports customers in five countries from a Norwegian company and
// imports the workbook into another: each keeps its country, its letters' language and its
// whole address (a US state, a UK postcode after the town).
func TestExportRoundTripAbroad(t *testing.T) {
	src := newStore(t, "NO")
	customers := []struct {
		name, country string
		contact       data.Contact
		lang          string
	}{
		{"Fjell Bygg AS", "NO", data.Contact{Street: "Strandgaten 18", Postcode: "5013", City: "Bergen"}, "nb"},
		{"Weiß GmbH", "DE", data.Contact{Street: "Hauptstraße 5", Postcode: "10115", City: "Berlin"}, "de"},
		{"Żółć Sp. z o.o.", "PL", data.Contact{Street: "ul. Długa 5", Postcode: "00-950", City: "Warszawa"}, "pl"},
		{"Harbour Ltd", "GB", data.Contact{Street: "14 Riverside Walk", Postcode: "SE1 9PP", City: "London"}, "en"},
		{"Lakeview LLC", "US", data.Contact{Street: "7057 Lakeview Drive\nSuite 409", Postcode: "11239", City: "Brooklyn",
			Region: "NY"}, "en"},
	}
	for i, c := range customers {
		cust := data.Customer{Number: "K" + string(rune('1'+i)), Name: c.name, Type: data.Business, Currency: "NOK",
			Country: c.country, Language: c.lang}
		if err := src.CreateCustomer(&cust); err != nil {
			t.Fatal(err)
		}
		ct := c.contact
		ct.CustomerID, ct.Kind, ct.Country = cust.ID, data.ContactBilling, c.country
		if err := src.CreateContact(&ct); err != nil {
			t.Fatal(err)
		}
		if err := src.CreateInvoice(&data.Invoice{Number: "F-" + cust.Number, CustomerID: cust.ID, Currency: "NOK",
			IssueDate: data.MustDate("2026-09-01"), DueDate: data.MustDate("2026-09-15"), Amount: 1000_00}); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "invoices.xlsx")
	if err := Export(context.Background(), src, ExportInvoices, path, ExportOptions{Lang: "nb"}); err != nil {
		t.Fatal(err)
	}
	dst := newStore(t, "NO")
	mustImport(t, dst, path, Options{})
	for _, c := range customers {
		got, err := dst.CustomerByRef(c.name)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		ct, _ := billingContact(dst, got.ID)
		w := c.contact
		if got.Country != c.country || got.Language != c.lang || ct.Country != c.country || ct.Street != w.Street ||
			ct.City != w.City || ct.Postcode != w.Postcode || ct.Region != w.Region {
			t.Errorf("%s came back as %s/%s, address %+v", c.name, got.Country, got.Language, ct)
		}
	}
}

func TestOneLineName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Bäckerei Groß\nFiliale Süd", "Bäckerei Groß, Filiale Süd"},
		{"  Acme   Ltd \r\n", "Acme Ltd"},
		{"Żółć Sp. z o.o.", "Żółć Sp. z o.o."},
	} {
		if got := oneLineName(tt.in); got != tt.want {
			t.Errorf("oneLineName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDisplayCell(t *testing.T) {
	b := &Book{}
	for _, tt := range []struct {
		f          Field
		cell, want string
	}{
		{FieldDueDate, "46300", "2026-10-05"},
		{FieldIssueDate, "2026-10-05", "2026-10-05"},
		{FieldAmount, "46300", "46300"},
		{FieldDueDate, "31.02.2026", "31.02.2026"},
	} {
		if got := b.DisplayCell(tt.f, tt.cell); got != tt.want {
			t.Errorf("DisplayCell(%v, %q) = %q, want %q", tt.f, tt.cell, got, tt.want)
		}
	}
}
