package letters

import (
	"path/filepath"
	"testing"
	"time"

	"overdue/data"
)

// newTestStore opens a fresh company file (with the shipped default tables) in a temp folder.
func newTestStore(t testing.TB) *data.Store {
	t.Helper()
	s, err := data.Open(filepath.Join(t.TempDir(), "letters"+data.FileExtension))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	clock := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	s.SetClock(func() time.Time { clock = clock.Add(time.Millisecond); return clock })
	t.Cleanup(func() { s.Close() })
	return s
}

// defaultRates returns the shipped interest rates of a country.
func defaultRates(t testing.TB, country string) []data.InterestRate {
	t.Helper()
	rates, err := newTestStore(t).InterestRates(country)
	if err != nil {
		t.Fatal(err)
	}
	return rates
}

// defaultFees returns the shipped fee rules of a country.
func defaultFees(t testing.TB, country string) []data.FeeRule {
	t.Helper()
	rules, err := newTestStore(t).FeeRules(country)
	if err != nil {
		t.Fatal(err)
	}
	return rules
}

func d(s string) data.Date { return data.MustDate(s) }
