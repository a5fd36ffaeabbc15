package reports

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"overdue/data"
	"overdue/data/demo"
)

// The performance budget (PRODUCT.md): aging over 1,000,000 invoices, totals and per customer,
// ≤ 300 ms each; the dashboard's first frame ≤ 1 s. The fixture is the demo company with
// 50,000 customers and 1,000,000 invoices, generated once and kept in the temp folder.
const (
	benchCustomers = 50_000
	benchInvoices  = 1_000_000
	benchSeed      = 1
)

var benchAsOf = data.MustDate("2026-11-20")

var fixtureOnce sync.Map // path → *sync.Once

// benchFixture returns the path of the cached fixture file, generating it on first use.
func benchFixture(b *testing.B, customers, invoices int) string {
	b.Helper()
	if testing.Short() {
		b.Skip("the 1M-invoice fixture is skipped with -short")
	}
	name := fmt.Sprintf("overdue-bench-v%d-schema%d-c%d-i%d-s%d-%s%s", demo.Version, data.LatestVersion(), customers, invoices, benchSeed, benchAsOf, data.FileExtension)
	path := filepath.Join(os.TempDir(), name)
	o, _ := fixtureOnce.LoadOrStore(path, new(sync.Once))
	var err error
	o.(*sync.Once).Do(func() {
		if _, statErr := os.Stat(path); statErr == nil {
			return
		}
		tmp := path + ".part"
		os.Remove(tmp)
		var s *data.Store
		if s, err = data.Open(tmp); err != nil {
			return
		}
		b.Logf("generating %s (once; kept for later runs)", path)
		_, err = demo.Generate(context.Background(), s, demo.Options{Customers: customers, Invoices: invoices,
			Seed: benchSeed, AsOf: benchAsOf}, nil)
		if cerr := s.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(tmp, path)
		}
	})
	if err != nil {
		b.Fatalf("bench fixture: %v", err)
	}
	return path
}

// withOpenIndex returns a copy of the fixture with the indexes proposed for the schema
// (invoices_open, payments_date), to measure what they would change.
func withOpenIndex(b *testing.B, path string) string {
	b.Helper()
	dst := path[:len(path)-len(data.FileExtension)] + "-openindex" + data.FileExtension
	if _, err := os.Stat(dst); err == nil {
		return dst
	}
	if err := copyFile(path, dst+".part"); err != nil {
		b.Fatal(err)
	}
	db, err := sql.Open("sqlite", "file:"+dst+".part")
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range []string{
		`CREATE INDEX IF NOT EXISTS invoices_open ON invoices (currency, customer_id, due_date, issue_date, amount, paid) WHERE paid < amount`,
		`CREATE INDEX IF NOT EXISTS payments_date ON payments (date)`,
	} {
		if _, err := db.Exec(q); err != nil {
			b.Fatal(err)
		}
	}
	db.Close()
	if err := os.Rename(dst+".part", dst); err != nil {
		b.Fatal(err)
	}
	return dst
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// benchStores runs fn on the fixture as shipped (schema) and with the proposed index (open_index).
func benchStores(b *testing.B, fn func(b *testing.B, s *data.Store)) {
	path := benchFixture(b, benchCustomers, benchInvoices)
	for _, v := range []struct{ name, path string }{{"schema", path}, {"open_index", ""}} {
		b.Run(v.name, func(b *testing.B) {
			p := v.path
			if p == "" {
				p = withOpenIndex(b, path)
			}
			s, err := data.Open(p)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			fn(b, s)
		})
	}
}

func BenchmarkAgingTotals(b *testing.B) {
	benchStores(b, func(b *testing.B, s *data.Store) {
		ctx := context.Background()
		defer reportCPU(b, cpuTime())
		for b.Loop() {
			if _, err := Totals(ctx, s, Options{AsOf: benchAsOf}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkAgingByCustomer(b *testing.B) {
	benchStores(b, func(b *testing.B, s *data.Store) {
		ctx := context.Background()
		defer reportCPU(b, cpuTime())
		for b.Loop() {
			if _, err := ByCustomer(ctx, s, Options{AsOf: benchAsOf}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkAgingPastDate ages as of two months back, when many payments are dated after it.
func BenchmarkAgingPastDate(b *testing.B) {
	benchStores(b, func(b *testing.B, s *data.Store) {
		ctx := context.Background()
		defer reportCPU(b, cpuTime())
		for b.Loop() {
			if _, err := Totals(ctx, s, Options{AsOf: benchAsOf.AddMonths(-2)}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkDashboard is what the dashboard needs for its first frame: every customer's aging,
// the totals and DSO.
func BenchmarkDashboard(b *testing.B) {
	benchStores(b, func(b *testing.B, s *data.Store) {
		ctx := context.Background()
		defer reportCPU(b, cpuTime())
		for b.Loop() {
			if _, err := LoadDashboard(ctx, s, benchAsOf); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkDashboardHistory is the part the dashboard fills in after its first frame: the
// 12-month trend and the average days to pay, computed from scratch ("cold": every kept month
// end forgotten first, as on the very first load) and from kept month ends ("warm": later loads).
func BenchmarkDashboardHistory(b *testing.B) {
	benchStores(b, func(b *testing.B, s *data.Store) {
		ctx := context.Background()
		opt := Options{AsOf: benchAsOf, Basis: ByDueDate, Edges: DefaultEdges}
		current, err := Totals(ctx, s, opt) // the dashboard has them when it asks for its history
		if err != nil {
			b.Fatal(err)
		}
		forget := func() {
			for _, d := range TrendDates(benchAsOf, TrendMonths) {
				if err := s.SetSetting(snapshotKey(opt, d), ""); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.Run("cold", func(b *testing.B) {
			var cpu time.Duration
			for b.Loop() {
				b.StopTimer()
				forget()
				b.StartTimer()
				c0 := cpuTime()
				if _, err := LoadHistory(ctx, s, opt, current); err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime() - c0
			}
			b.ReportMetric(float64(cpu)/float64(b.N)/1e6, "cpu-ms/op")
		})
		b.Run("warm", func(b *testing.B) {
			if _, err := LoadHistory(ctx, s, opt, current); err != nil {
				b.Fatal(err)
			}
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				if _, err := LoadHistory(ctx, s, opt, current); err != nil {
					b.Fatal(err)
				}
			}
		})
		forget()
	})
}
