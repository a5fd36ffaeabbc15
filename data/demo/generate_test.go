package demo

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"overdue/data"
)

// assertEmpty fails unless the file has no customers, invoices, events or company profile.
func assertEmpty(t *testing.T, s *data.Store) {
	t.Helper()
	nc, err := s.CountCustomers(data.CustomerFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ni, err := s.CountInvoices(data.InvoiceFilter{})
	if err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(data.EventFilter{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Company(); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("company profile after a cancelled run: %v", err)
	}
	if nc != 0 || ni != 0 || len(evs) != 0 {
		t.Errorf("file not empty: %d customers, %d invoices, %d events", nc, ni, len(evs))
	}
}

func TestGenerateCancelledWritesNothing(t *testing.T) {
	tests := []struct {
		name     string
		cancelAt int // cancel when progress reports at least this many records; 0: before the start
	}{
		{"before the start", 0},
		{"after the first progress report", 1},
		{"near the end", 2400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tt.cancelAt == 0 {
				cancel()
			}
			progress := func(done, total int) {
				if done >= tt.cancelAt {
					cancel()
				}
			}
			_, err := Generate(ctx, s, Options{Customers: 200, Invoices: 2500, Seed: 1, AsOf: testAsOf}, progress)
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("Generate after cancel: %v, want context.Canceled", err)
			}
			assertEmpty(t, s)
		})
	}
}

func TestGenerateReportsProgress(t *testing.T) {
	s := newStore(t)
	var calls, last, total int
	_, err := Generate(context.Background(), s, Options{Customers: 300, Invoices: 3000, Seed: 1, AsOf: testAsOf},
		func(done, tot int) {
			if done < last || done > tot {
				t.Errorf("progress %d of %d after %d", done, tot, last)
			}
			calls, last, total = calls+1, done, tot
		})
	if err != nil {
		t.Fatal(err)
	}
	if calls < 10 || last != 3300 || total != 3300 {
		t.Errorf("%d progress calls, last %d of %d; want many, ending at 3300 of 3300", calls, last, total)
	}
}

func TestGenerateRefusesFileWithCustomers(t *testing.T) {
	s, _ := generated(t, Options{Customers: 3, Invoices: 10, Seed: 1})
	before, err := s.CountInvoices(data.InvoiceFilter{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Generate(context.Background(), s, Options{Customers: 3, Invoices: 10, Seed: 2, AsOf: testAsOf}, nil)
	if !errors.Is(err, ErrNotEmpty) {
		t.Fatalf("second Generate: %v, want ErrNotEmpty", err)
	}
	if after, _ := s.CountInvoices(data.InvoiceFilter{}); after != before {
		t.Errorf("invoices went from %d to %d", before, after)
	}
}

func TestGenerateKeepsExistingCompany(t *testing.T) {
	s := newStore(t)
	mine := data.Company{Name: "Kowalczyk Studio", Country: "PL", Currency: "PLN", Language: "pl", City: "Łódź"}
	if err := s.SaveCompany(&mine); err != nil {
		t.Fatal(err)
	}
	sum, err := Generate(context.Background(), s, Options{Customers: 20, Invoices: 100, Seed: 1, AsOf: testAsOf}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Company()
	if err != nil || got.Name != mine.Name || got.City != "Łódź" || sum.Company != mine.Name {
		t.Errorf("company after Generate: %+v (%v), summary %q", got, err, sum.Company)
	}
}

func TestGenerateSampleCompanies(t *testing.T) {
	for _, country := range data.Countries {
		s, sum := generated(t, Options{Customers: 10, Invoices: 40, Seed: 4, Country: country})
		c, err := s.Company()
		if err != nil {
			t.Fatal(err)
		}
		currency, language := data.DefaultsFor(country)
		if c.Country != country || c.Currency != currency || c.Language != language || c.Name != sum.Company ||
			c.Street == "" || c.City == "" || c.OrgNumber == "" || c.Email == "" {
			t.Errorf("%s: company %+v", country, c)
		}
		if country != "US" && (c.IBAN == "" || !data.ValidIBAN(c.IBAN)) {
			t.Errorf("%s: IBAN %q not valid", country, c.IBAN)
		}
		if (country == "US" || country == "NO") && c.AccountNumber == "" {
			t.Errorf("%s: no domestic account number", country)
		}
	}
}

func TestGenerateRejectsBadOptions(t *testing.T) {
	tests := []struct {
		name string
		opts Options
	}{
		{"no customers", Options{Customers: 0, Invoices: 10}},
		{"negative customers", Options{Customers: -1, Invoices: 10}},
		{"negative invoices", Options{Customers: 1, Invoices: -5}},
		{"too many customers", Options{Customers: MaxCustomers + 1}},
		{"too many invoices", Options{Customers: 1, Invoices: MaxInvoices + 1}},
		{"unknown country", Options{Customers: 1, Invoices: 1, Country: "FR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			if _, err := Generate(context.Background(), s, tt.opts, nil); err == nil {
				t.Fatalf("Generate(%+v) succeeded", tt.opts)
			}
			assertEmpty(t, s)
		})
	}
}

// BenchmarkGenerate measures the generator and the store's Batch path: 2,000 customers and
// 40,000 invoices (with their payments, credit notes, write-offs and events) into a new file.
// DEMO_BENCH_CUSTOMERS and DEMO_BENCH_INVOICES choose other sizes (50000 and 1000000 for the
// full benchmark fixture).
func BenchmarkGenerate(b *testing.B) {
	opts := Options{Customers: 2_000, Invoices: 40_000, Seed: 1, AsOf: testAsOf}
	if v := os.Getenv("DEMO_BENCH_CUSTOMERS"); v != "" {
		opts.Customers, _ = strconv.Atoi(v)
	}
	if v := os.Getenv("DEMO_BENCH_INVOICES"); v != "" {
		opts.Invoices, _ = strconv.Atoi(v)
	}
	dir := b.TempDir()
	run := 0
	for b.Loop() {
		b.StopTimer()
		run++
		s, err := data.Open(filepath.Join(dir, fmt.Sprintf("bench%d%s", run, data.FileExtension)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		_, err = Generate(context.Background(), s, opts, nil)
		b.StopTimer()
		s.Close()
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(opts.Invoices), "invoices/op")
}
