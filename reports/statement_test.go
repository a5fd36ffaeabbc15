package reports

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"overdue/data"
)

// statementFixture is a company with one customer in lang: three invoices (one paid in part,
// one credited, one paid after the statement date), a payment on account and a write-off.
func statementFixture(t *testing.T, lang, cur string) (*data.Store, data.Customer) {
	t.Helper()
	s := newStore(t)
	company := data.Company{Name: "Fjordlys Design AS", Street: "Strandgaten 18", Postcode: "5013", City: "Bergen",
		Country: "NO", OrgNumber: "912 345 678", VATNumber: "NO 912345678 MVA", IBAN: "NO9386011117947",
		BIC: "DNBANOKKXXX", AccountNumber: "8601.11.17947", Email: "post@fjordlys.no", Phone: "+47 55 31 42 80",
		Currency: "NOK", Language: "nb"}
	if err := s.SaveCompany(&company); err != nil {
		t.Fatal(err)
	}
	c := addCustomer(t, s, data.Customer{Number: "K-2001", Name: "Żółć & Søn Größe", Language: lang, Currency: cur})
	contact := data.Contact{CustomerID: c.ID, Kind: data.ContactBilling, Name: "Łucja Ørsted", Street: "ul. Śląska 5",
		Postcode: "00-950", City: "Łódź", Country: "PL"}
	if err := s.CreateContact(&contact); err != nil {
		t.Fatal(err)
	}
	a := addInvoice(t, s, c, "2026-07-01", "2026-07-31", 120000) // 92 days: over 90
	settle(t, s, data.KindPayment, a, 20000, "2026-08-15")
	b := addInvoice(t, s, c, "2026-09-01", "2026-09-30", 50000) // 31 days: 31–60
	settle(t, s, data.KindCreditNote, b, 5000, "2026-10-05")
	d := addInvoice(t, s, c, "2026-10-10", "2026-11-09", 30000) // not yet due
	settle(t, s, data.KindPayment, d, 30000, "2026-11-12")      // after the statement date
	old := addInvoice(t, s, c, "2026-01-10", "2026-02-09", 7000)
	settle(t, s, data.KindWriteOff, old, 7000, "2026-06-30")
	onAccount := data.Payment{CustomerID: c.ID, Kind: data.KindPayment, Date: data.MustDate("2026-10-20"), Amount: 1500,
		Currency: cur, Reference: "BANK-77"}
	if err := s.CreatePayment(&onAccount); err != nil {
		t.Fatal(err)
	}
	return s, c
}

func TestStatementModel(t *testing.T) {
	s, c := statementFixture(t, "pl", "PLN")
	st, err := BuildStatement(context.Background(), s, c.ID, asOf)
	if err != nil {
		t.Fatal(err)
	}
	if st.Lang != "pl" || len(st.Accounts) != 1 {
		t.Fatalf("statement %+v", st)
	}
	if want := []string{"Żółć & Søn Größe", "Łucja Ørsted", "ul. Śląska 5", "00-950 Łódź", "POLEN"}; strings.Join(st.Address, "|") != strings.Join(want, "|") {
		t.Errorf("address %q, want %q", st.Address, want)
	}
	a := st.Accounts[0]
	if a.Aging != (Buckets{30000, 0, 45000, 0, 100000}) {
		t.Errorf("aging %v", a.Aging)
	}
	agingRows, err := ByCustomer(context.Background(), s, Options{AsOf: asOf, CustomerID: c.ID})
	if err != nil || len(agingRows) != 1 || agingRows[0].Buckets != a.Aging {
		t.Errorf("statement aging %v differs from the aging engine %+v (%v)", a.Aging, agingRows, err)
	}
	if len(a.Open) != 3 || a.Open[0].Invoice.Number != "F-"+a.Open[0].Invoice.Number[2:] || a.Open[0].DaysOverdue != 92 ||
		a.Open[1].DaysOverdue != 31 || a.Open[2].DaysOverdue != 0 {
		t.Errorf("open items %+v", a.Open)
	}
	// ledger from the oldest open invoice (1 July): the January invoice and its write-off are
	// brought forward (balance 0), then 120,000 − 20,000 + 50,000 − 5,000 + 30,000 − 1,500.
	if a.From != data.MustDate("2026-07-01") || a.Opening != 0 || len(a.Lines) != 6 {
		t.Errorf("ledger from %s opening %d, %d lines", a.From, a.Opening, len(a.Lines))
	}
	wantBal := []int64{120000, 100000, 150000, 145000, 175000, 173500}
	for i, l := range a.Lines {
		if i < len(wantBal) && l.Balance != wantBal[i] {
			t.Errorf("line %d %+v: balance %d, want %d", i, l, l.Balance, wantBal[i])
		}
	}
	if a.Closing != 173500 || a.Unallocated != 1500 || a.OpenTotal() != 175000 {
		t.Errorf("closing %d, unallocated %d, open %d", a.Closing, a.Unallocated, a.OpenTotal())
	}
}

// pdfText extracts the text of a PDF with pdftotext (poppler-utils), skipping without it.
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", in, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func TestStatementPDF(t *testing.T) {
	cases := []struct {
		lang, cur string
		want      []string
	}{
		{"en", "EUR", []string{"Statement of account as of 31/10/2026", "Open invoices", "Balance brought forward",
			"1,735.00", "Over 90 days", "Credit note", "Payee", "Customer no. K-2001"}},
		{"de", "EUR", []string{"Kontoauszug Stand 31.10.2026", "Offene Rechnungen", "Saldovortrag", "1.735,00",
			"Über 90 Tage", "Gutschrift", "Empfänger", "Fällig am"}},
		{"nb", "NOK", []string{"Kontoutskrift per 31.10.2026", "Åpne fakturaer", "Inngående saldo", "1 735,00",
			"Over 90 dager", "Kreditnota", "Mottaker", "Forfallsdato"}},
		{"pl", "PLN", []string{"Wyciąg z konta na dzień 31.10.2026", "Nierozliczone faktury", "Saldo z przeniesienia",
			"1 735,00", "Powyżej 90 dni", "Faktura korygująca", "Odbiorca", "Nr faktury"}},
	}
	for _, tc := range cases {
		t.Run(tc.lang, func(t *testing.T) {
			s, c := statementFixture(t, tc.lang, tc.cur)
			st, err := BuildStatement(context.Background(), s, c.ID, asOf)
			if err != nil {
				t.Fatal(err)
			}
			pdf, err := st.PDF(time.Date(2026, 10, 31, 12, 0, 0, 0, time.UTC))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(pdf, []byte("%PDF")) || bytes.Contains(pdf, []byte("/Helvetica")) {
				t.Fatal("not a PDF with embedded fonts only")
			}
			if dir := os.Getenv("STATEMENT_PDF_DIR"); dir != "" {
				os.WriteFile(filepath.Join(dir, "statement-"+tc.lang+".pdf"), pdf, 0o644)
			}
			txt := pdfText(t, pdf)
			norm := strings.ReplaceAll(txt, "\u00a0", " ")
			for _, w := range tc.want {
				if !strings.Contains(norm, w) {
					t.Errorf("PDF text lacks %q", w)
				}
			}
			for _, a := range st.Accounts {
				for _, o := range a.Open {
					if !strings.Contains(txt, o.Invoice.Number) {
						t.Errorf("PDF text lacks invoice %s", o.Invoice.Number)
					}
				}
				for _, l := range a.Lines { // the running balance, line by line
					if b := strings.ReplaceAll(data.FormatAmount(l.Balance, tc.cur, tc.lang), "\u00a0", " "); !strings.Contains(norm, b) {
						t.Errorf("PDF text lacks running balance %s", b)
					}
				}
			}
			for _, name := range []string{"Żółć & Søn Größe", "Łucja Ørsted", "00-950 Łódź"} {
				if !strings.Contains(txt, name) {
					t.Errorf("PDF text lacks %q", name)
				}
			}
		})
	}
}
