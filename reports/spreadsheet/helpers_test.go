package spreadsheet

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"overdue/data"
)

// newStore opens a fresh company file with a company profile in country (NO, PL, DE, GB, US).
func newStore(t testing.TB, country string) *data.Store {
	t.Helper()
	s, err := data.Open(filepath.Join(t.TempDir(), "test"+data.FileExtension))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	clock := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	s.SetClock(func() time.Time { clock = clock.Add(time.Second); return clock })
	cur, lang := data.DefaultsFor(country)
	c := data.Company{Name: "Test AS", Country: country, Currency: cur, Language: lang}
	if err := s.SaveCompany(&c); err != nil {
		t.Fatalf("save company: %v", err)
	}
	return s
}

// writeFile writes content to a file named name in a temp folder and returns its path.
func writeFile(t testing.TB, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// importFile opens path and imports it with o (Today fixed to 2026-11-15 unless set).
func importFile(t testing.TB, s *data.Store, path string, o Options) (*Result, error) {
	t.Helper()
	b, err := OpenBook(path)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	if o.Today == 0 {
		o.Today = data.MustDate("2026-11-15")
	}
	return Import(context.Background(), s, b, o)
}

// mustImport imports path and fails the test on any error.
func mustImport(t testing.TB, s *data.Store, path string, o Options) *Result {
	t.Helper()
	res, err := importFile(t, s, path, o)
	if err != nil {
		if res != nil {
			t.Fatalf("import %s: %v; invalid: %+v", filepath.Base(path), err, res.Invalid)
		}
		t.Fatalf("import %s: %v", filepath.Base(path), err)
	}
	return res
}

// allInvoices returns every invoice of the store by number.
func allInvoices(t testing.TB, s *data.Store) map[string]data.Invoice {
	t.Helper()
	invs, err := s.Invoices(data.InvoiceFilter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]data.Invoice{}
	for _, i := range invs {
		out[i.Number] = i
	}
	return out
}
