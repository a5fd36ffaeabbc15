package spreadsheet

import (
	"strings"
	"testing"

	"overdue/data"
)

// TestTaxColumns checks that a column of tax amounts (Netto/VAT/Brutto registers) is not
// taken for the customers' tax IDs, while the names of tax ID columns still are.
func TestTaxColumns(t *testing.T) {
	tests := []struct {
		header string
		want   Field
	}{
		{"VAT", FieldNone}, {"MwSt", FieldNone}, {"MVA", FieldNone}, {"Podatek VAT", FieldNone},
		{"Kwota VAT", FieldNone}, {"VAT amount", FieldNone}, {"USt.", FieldNone},
		{"VAT number", FieldTaxID}, {"VAT no", FieldTaxID}, {"VAT ID", FieldTaxID}, {"USt-IdNr.", FieldTaxID},
		{"NIP", FieldTaxID}, {"MVA-nr", FieldTaxID}, {"Tax ID", FieldTaxID}, {"Org.nr", FieldOrgNumber},
	}
	for _, tc := range tests {
		if got, _ := matchHeader(normalHeader(tc.header)); got != tc.want {
			t.Errorf("header %q = %v, want %v", tc.header, got, tc.want)
		}
	}
	files := []struct {
		country, name, content string
		amount                 int64 // of the first invoice: the gross amount
	}{
		{"PL", "vat_pl.csv", "Numer faktury;Kontrahent;Data wystawienia;Termin płatności;Netto;VAT;Brutto\n" +
			"FV1;Firma X;05.01.2026;19.01.2026;100,00;23,00;123,00\nFV2;Firma X;06.01.2026;20.01.2026;200,00;46,00;246,00\n", 12300},
		{"GB", "vat_gb.csv", "Invoice No,Customer,Date,Due Date,Net,VAT,Gross\n" +
			"V-1,Vat Co,2026-01-05,2026-02-05,100.00,20.00,120.00\nV-2,Vat Co,2026-01-06,2026-02-06,200.00,40.00,240.00\n", 12000},
		{"DE", "vat_de.csv", "Rechnungsnr.;Kunde;Datum;Fällig am;Netto;MwSt;Brutto\nR1;Firma Y;05.01.2026;19.01.2026;100,00;19,00;119,00\n", 11900},
		{"NO", "vat_no.csv", "Fakturanr;Kunde;Fakturadato;Forfallsdato;Netto;MVA;Brutto\nF1;Firma Z;05.01.2026;19.01.2026;100,00;25,00;125,00\n", 12500},
	}
	for _, f := range files {
		s := newStore(t, f.country)
		res := mustImport(t, s, writeFile(t, f.name, []byte(f.content)), Options{})
		if i := res.Mapping.Column(FieldTaxID); i >= 0 {
			t.Errorf("%s: column %q read as the tax ID", f.name, res.Mapping.Headers[i])
		}
		invs, _ := s.Invoices(data.InvoiceFilter{})
		if len(invs) == 0 || invs[0].Amount != f.amount {
			t.Fatalf("%s: invoices %+v, want the first of %d", f.name, invs, f.amount)
		}
		if c, _ := s.Customer(invs[0].CustomerID); c.VATID != "" {
			t.Errorf("%s: customer %s got the tax ID %q", f.name, c.Name, c.VATID)
		}
	}
}

// TestTaxIDValues checks that what is stored as a tax ID looks like one, and that rows
// giving one customer different tax IDs are invalid.
func TestTaxIDValues(t *testing.T) {
	const head = "Invoice No,Customer,Date,Amount,Tax ID\n"
	tests := []struct {
		name    string
		rows    []string
		invalid []int  // rows with a problem in the Tax ID column
		vatID   string // stored for the customer of row 2
	}{
		{"a decimal comma", []string{`T-1,Acme,2026-01-05,100.00,"23,00"`}, []int{2}, ""},
		{"a decimal point", []string{"T-1,Acme,2026-01-05,100.00,20.00"}, []int{2}, ""},
		{"a tax rate", []string{"T-1,Acme,2026-01-05,100.00,19%"}, []int{2}, ""},
		{"a small number", []string{"T-1,Acme,2026-01-05,100.00,23"}, []int{2}, ""},
		{"a Polish NIP", []string{"T-1,Acme,2026-01-05,100.00,526-025-09-95"}, nil, "526-025-09-95"},
		{"a German VAT ID", []string{"T-1,Acme,2026-01-05,100.00,DE811907980"}, nil, "DE811907980"},
		{"a German tax number", []string{"T-1,Acme,2026-01-05,100.00,12/345/67890"}, nil, "12/345/67890"},
		{"a US EIN", []string{"T-1,Acme,2026-01-05,100.00,12-3456789"}, nil, "12-3456789"},
		{"the same ID written two ways", []string{"T-1,Acme,2026-01-05,100.00,PL5260250995",
			"T-2,Acme,2026-01-06,100.00,PL 526-025-09-95", "T-3,Acme,2026-01-07,100.00,5260250995"}, nil, "PL5260250995"},
		{"two IDs for one customer", []string{"T-1,Acme,2026-01-05,100.00,PL5260250995",
			"T-2,Acme,2026-01-06,100.00,", "T-3,Acme,2026-01-07,100.00,PL1234563218"}, []int{4}, "PL5260250995"},
		{"an ID on a later row", []string{"T-1,Acme,2026-01-05,100.00,", "T-2,Acme,2026-01-06,100.00,DE811907980",
			"T-3,Acme,2026-01-07,100.00,DE999999999"}, []int{4}, ""},
	}
	for _, tc := range tests {
		s := newStore(t, "GB")
		res, err := importFile(t, s, writeFile(t, "tax.csv", []byte(head+strings.Join(tc.rows, "\n")+"\n")), Options{SkipInvalid: true})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var got []int
		for _, p := range res.Invalid {
			if p.Column != "Tax ID" {
				t.Errorf("%s: problem %+v, want one in the Tax ID column", tc.name, p)
			}
			got = append(got, p.Row)
		}
		if len(got) != len(tc.invalid) || (len(got) > 0 && got[0] != tc.invalid[0]) {
			t.Errorf("%s: invalid rows %v, want %v (%+v)", tc.name, got, tc.invalid, res.Invalid)
		}
		invs, _ := s.Invoices(data.InvoiceFilter{})
		if len(invs) == 0 {
			if tc.vatID != "" {
				t.Errorf("%s: nothing imported", tc.name)
			}
			continue
		}
		if c, _ := s.Customer(invs[0].CustomerID); c.VATID != tc.vatID {
			t.Errorf("%s: tax ID %q stored, want %q", tc.name, c.VATID, tc.vatID)
		}
	}
}
