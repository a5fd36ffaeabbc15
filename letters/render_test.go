package letters

import (
	"slices"
	"strings"
	"testing"

	"overdue/data"
)

func TestRenderSamples(t *testing.T) {
	for _, country := range data.Countries {
		for _, lang := range data.Languages {
			t.Run(country+"-"+lang, func(t *testing.T) {
				f := newFixture(t, country, lang, data.Business, "2026-06-01")
				f.send(t, "2026-06-02")
				f.send(t, "2026-07-01")
				res := f.send(t, "2026-08-01")
				dump(t, "letter-"+country+"-"+lang+".pdf", res.Letters[0].PDF)
			})
		}
	}
}

// TestLetterAbroadNamesTheCountry checks that a letter to an address in another country ends
// the window address with that country's name in capitals, in the sender's language, and
// that a letter at home has no country line.
func TestLetterAbroadNamesTheCountry(t *testing.T) {
	tests := []struct {
		name, contactCountry, want, not string
	}{
		{"to Poland from Germany", "PL", "POLEN", ""},
		{"at home", "DE", "", "DEUTSCHLAND"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, "DE", "pl", data.Business, "2026-01-05")
			ct, err := f.store.BillingContact(f.customer.ID)
			if err != nil {
				t.Fatal(err)
			}
			ct.Street, ct.Postcode, ct.City, ct.Country = "ul. Piotrkowska 104", "90-926", "Łódź", tt.contactCountry
			if err := f.store.UpdateContact(&ct); err != nil {
				t.Fatal(err)
			}
			dr, pdf := f.letterOn(t, "2026-02-10")
			dump(t, "letter-abroad-"+tt.contactCountry+".pdf", pdf)
			// The German company's numbers keep German-register labels in the Polish letter.
			text := pdfToText(t, pdf)
			if text != "" && (!strings.Contains(text, "Nr rej. HRB 123456") ||
				!strings.Contains(text, "Nr VAT UE DE123456789") || strings.Contains(text, "KRS")) {
				t.Errorf("letterhead labels wrong for a German company writing in Polish:\n%s", text[:min(len(text), 600)])
			}
			// The return line is whole (on two lines when long) and names the sender's country abroad.
			if abroad := strings.Contains(text, "70173 Stuttgart · DEUTSCHLAND"); text != "" && abroad != (tt.want != "") {
				t.Errorf("return line abroad=%v in:\n%s", abroad, text[:min(len(text), 600)])
			}
			last := dr.Address[len(dr.Address)-1]
			if tt.want != "" && last != tt.want {
				t.Errorf("address %q, want it to end with %q", dr.Address, tt.want)
			}
			if tt.not != "" && slices.Contains(dr.Address, tt.not) {
				t.Errorf("address %q names the home country", dr.Address)
			}
		})
	}
}

// TestLetterNamesTheDebtor checks that a letter to a business names it by its VAT number (or
// registration number), and that a consumer's numbers are never printed.
func TestLetterNamesTheDebtor(t *testing.T) {
	tests := []struct {
		name                string
		debtor              data.DebtorType
		vat, org            string
		label, value, never string
	}{
		{"business with NIP", data.Business, "PL4043682988", "KRS 0001004130", "Państwa NIP", "PL4043682988", "KRS 0001004130"},
		{"business with a registration number only", data.Business, "", "KRS 0001004130", "Państwa nr rej.", "KRS 0001004130", ""},
		{"consumer", data.Consumer, "PL4043682988", "", "", "", "4043682988"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, "PL", "pl", tt.debtor, "2026-01-05")
			c := f.customer
			c.VATID, c.OrgNumber = tt.vat, tt.org
			if err := f.store.UpdateCustomer(&c); err != nil {
				t.Fatal(err)
			}
			f.reopen(t)
			_, pdf := f.letterOn(t, "2026-01-06")
			text := pdfToText(t, pdf)
			if text == "" {
				t.Skip("pdftotext is not installed")
			}
			flat := strings.Join(strings.Fields(text), " ")
			// pdftotext reads the info block's labels, then its values.
			if tt.label != "" && (!strings.Contains(flat, tt.label) || !strings.Contains(flat, tt.value)) {
				t.Errorf("letter lacks %q %q", tt.label, tt.value)
			}
			if tt.never != "" && strings.Contains(flat, tt.never) {
				t.Errorf("letter prints %q", tt.never)
			}
		})
	}
}

// TestEnglishDatesFollowTheReader checks that an English letter writes dates month first
// for a customer in the US and day first for anyone else, whatever the sender's country.
func TestEnglishDatesFollowTheReader(t *testing.T) {
	for _, tt := range []struct{ country, want string }{{"US", "01/13/2026"}, {"GB", "13/01/2026"}, {"", "13/01/2026"}} {
		f := newFixture(t, "PL", "en", data.Business, "2026-01-05")
		c := f.customer
		c.Country = tt.country
		if err := f.store.UpdateCustomer(&c); err != nil {
			t.Fatal(err)
		}
		f.reopen(t)
		dr, err := f.book.Prepare(f.item(t, "2026-01-06"), d("2026-01-06"))
		if err != nil {
			t.Fatal(err)
		}
		if got := dr.date(d("2026-01-13")); got != tt.want {
			t.Errorf("customer in %q: %s, want %s", tt.country, got, tt.want)
		}
	}
}

// letterOn prepares the fixture customer's letter due on day and renders it on its own.
func (f *fixture) letterOn(t *testing.T, day string) (*Draft, []byte) {
	t.Helper()
	dr, err := f.book.Prepare(f.item(t, day), d(day))
	if err != nil {
		t.Fatal(err)
	}
	pdf, _, err := f.book.Single(dr)
	if err != nil {
		t.Fatal(err)
	}
	return dr, pdf
}
