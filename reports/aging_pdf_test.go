package reports

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"overdue/data"
)

func TestAgingPDF(t *testing.T) {
	s := newStore(t)
	company := data.Company{Name: "Lichtblick Gestaltung GmbH", Street: "Ehrenstraße 44", Postcode: "50672",
		City: "Köln", Country: "DE", Currency: "EUR", Language: "de", IBAN: "DE89370400440532013000"}
	if err := s.SaveCompany(&company); err != nil {
		t.Fatal(err)
	}
	randomLedger(t, s, 3, 14, 200)
	asOf := data.MustDate("2026-10-31")
	r, err := Aging(context.Background(), s, Options{AsOf: asOf}, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"de", "pl"} {
		pdf, err := AgingPDF(context.Background(), s, asOf, AgingPDFOptions{Lang: lang, Created: time.Date(2026, 10, 31, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if dir := os.Getenv("STATEMENT_PDF_DIR"); dir != "" {
			os.WriteFile(filepath.Join(dir, "aging-"+lang+".pdf"), pdf, 0o644)
		}
		txt := strings.ReplaceAll(pdfText(t, pdf), "\u00a0", " ")
		want := map[string][]string{
			"de": {"Altersstruktur der Forderungen Stand 31.10.2026", "Nach Kunden", "Über 90 Tage", "DSO (Countback)", "Okt"},
			"pl": {"Struktura wiekowa należności na dzień 31.10.2026", "Według klientów", "Powyżej 90 dni", "paź"},
		}[lang]
		for _, w := range want {
			if !strings.Contains(txt, w) {
				t.Errorf("%s: PDF text lacks %q", lang, w)
			}
		}
		for _, c := range r.Customers {
			if !strings.Contains(txt, c.Number) {
				t.Errorf("%s: customer %s missing", lang, c.Number)
			}
		}
		for _, tot := range r.Totals {
			if a := strings.ReplaceAll(data.FormatAmount(tot.Buckets.Total(), tot.Currency, lang), "\u00a0", " "); !strings.Contains(txt, a) {
				t.Errorf("%s: total %s %s missing", lang, tot.Currency, a)
			}
		}
	}
}
