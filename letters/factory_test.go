package letters

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"overdue/data"
)

// companies are sample creditors, one per jurisdiction.
var companies = map[string]data.Company{
	"NO": {Name: "Fjordlys Regnskap AS", Street: "Strandgaten 18", Postcode: "5013", City: "Bergen", Country: "NO",
		OrgNumber: "912 345 678", VATNumber: "912345678MVA", AccountNumber: "1503.12.34567", IBAN: "NO93 8601 1117 947",
		Phone: "+47 55 12 34 56", Email: "faktura@fjordlys.no", Currency: "NOK", Language: "nb"},
	"DE": {Name: "Müller & Söhne Werkzeugbau GmbH", Street: "Königstraße 12", Postcode: "70173", City: "Stuttgart",
		Country: "DE", OrgNumber: "HRB 123456", VATNumber: "DE123456789", IBAN: "DE89 3704 0044 0532 0130 00",
		BIC: "COBADEFFXXX", Phone: "+49 711 123456", Email: "buchhaltung@mueller-soehne.de", Currency: "EUR", Language: "de"},
	"PL": {Name: "Łódzka Hurtownia Żółć Sp. z o.o.", Street: "ul. Piotrkowska 104", Postcode: "90-926", City: "Łódź",
		Country: "PL", OrgNumber: "KRS 0000123456", VATNumber: "PL7251234567", IBAN: "PL61 1090 1014 0000 0712 1981 2874",
		BIC: "WBKPPLPP", Phone: "+48 42 123 45 67", Email: "ksiegowosc@zolc.pl", Currency: "PLN", Language: "pl"},
	"GB": {Name: "Thames Joinery Ltd", Street: "14 Riverside Walk", Postcode: "SE1 9PP", City: "London", Country: "GB",
		OrgNumber: "01234567", VATNumber: "GB123456789", IBAN: "GB29 NWBK 6016 1331 9268 19", BIC: "NWBKGB2L",
		Phone: "+44 20 7946 0000", Email: "accounts@thamesjoinery.co.uk", Currency: "GBP", Language: "en"},
	"US": {Name: "Lakeside Print Shop LLC", Street: "200 Main Street", Postcode: "53703", City: "Madison, WI",
		Country: "US", OrgNumber: "EIN 12-3456789", AccountNumber: "ABA 075000022 / Acct 1234567890",
		Phone: "+1 608 555 0100", Email: "billing@lakesideprint.com", Currency: "USD", Language: "en"},
}

// fixture is a company file with one customer and its overdue invoices.
type fixture struct {
	store    *data.Store
	book     *Book
	customer data.Customer
	invoices []data.Invoice
}

// newCompanyFixture sets up the company of a country and customer 20001 writing in lang,
// without invoices and without opening the letters book.
func newCompanyFixture(t testing.TB, country, lang string, debtor data.DebtorType) *fixture {
	t.Helper()
	s := newTestStore(t)
	co := companies[country]
	if err := s.SaveCompany(&co); err != nil {
		t.Fatal(err)
	}
	f := &fixture{store: s}
	f.customer = f.addCustomer(t, "20001", debtor, lang)
	return f
}

// newFixture sets up the company of a country and a customer writing in lang, with three
// invoices in the company's currency, the oldest due on due.
func newFixture(t testing.TB, country, lang string, debtor data.DebtorType, due string) *fixture {
	t.Helper()
	f := newCompanyFixture(t, country, lang, debtor)
	f.invoices = f.addInvoices(t, f.customer, due, 3)
	f.reopen(t)
	return f
}

func (f *fixture) reopen(t testing.TB) {
	t.Helper()
	b, err := Open(f.store)
	if err != nil {
		t.Fatal(err)
	}
	f.book = b
}

var names = map[string]string{"nb": "Kåre Ødegård Ærlig", "de": "Jürgen Weiß GmbH", "pl": "Zakład Usług Świętokrzyskich Ąę",
	"en": "Harbour & Sons Ltd"}

func (f *fixture) addCustomer(t testing.TB, number string, debtor data.DebtorType, lang string) data.Customer {
	t.Helper()
	co, _ := f.store.Company()
	c := data.Customer{Number: number, Name: names[lang], Type: debtor, Language: lang, Currency: co.Currency,
		Country: co.Country}
	if err := f.store.CreateCustomer(&c); err != nil {
		t.Fatal(err)
	}
	ct := data.Contact{CustomerID: c.ID, Kind: data.ContactBilling, Name: "Regnskapsavdelingen / Buchhaltung",
		Street: "Storgata 1\nPostboks 12", Postcode: "0155", City: "Oslo", Country: co.Country}
	if co.Country == "US" {
		ct.Street, ct.City, ct.Region, ct.Postcode = "1600 Lake Shore Drive", "Chicago", "IL", "60601"
	}
	if err := f.store.CreateContact(&ct); err != nil {
		t.Fatal(err)
	}
	return c
}

func (f *fixture) addInvoices(t testing.TB, c data.Customer, due string, n int) []data.Invoice {
	t.Helper()
	var out []data.Invoice
	for i := 0; i < n; i++ {
		inv := data.Invoice{Number: fmt.Sprintf("F-%s-%03d", c.Number, i+1), CustomerID: c.ID,
			IssueDate: d(due).AddDays(-14 + 7*i), DueDate: d(due).AddDays(7 * i), Amount: int64(1234_56 * (i + 1)),
			Currency: c.Currency, Description: "Lieferung / leveranse / dostawa"}
		if err := f.store.CreateInvoice(&inv); err != nil {
			t.Fatal(err)
		}
		out = append(out, inv)
	}
	return out
}

// item returns the queue item of the fixture's customer on asOf, failing when none is due.
func (f *fixture) item(t testing.TB, asOf string) Item {
	t.Helper()
	items, err := f.book.Queue(d(asOf), f.customer.ID)
	if err != nil || len(items) != 1 {
		t.Fatalf("queue on %s = %+v, %v", asOf, items, err)
	}
	return items[0]
}

// send generates and stores the letter due on asOf.
func (f *fixture) send(t testing.TB, asOf string) *Result {
	t.Helper()
	res, err := f.book.Generate(context.Background(), []Item{f.item(t, asOf)}, d(asOf), false, nil)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// dump writes a PDF to $LETTERS_PDF_DIR when set, for looking at it.
func dump(t testing.TB, name string, pdf []byte) {
	if dir := os.Getenv("LETTERS_PDF_DIR"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), pdf, 0o644); err != nil {
			t.Error(err)
		}
	}
}
