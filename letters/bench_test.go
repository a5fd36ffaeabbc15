package letters

import (
	"context"
	"fmt"
	"testing"
	"time"

	"overdue/data"
	"overdue/data/demo"
)

// benchDrafts prepares n letters (a third each in German, Norwegian and Polish, with interest,
// fees, compensation and an EPC QR code) from a German company's file.
func benchDrafts(b *testing.B, n int) (*Book, []*Draft) {
	b.Helper()
	f := newFixture(b, "DE", "de", data.Business, "2026-01-05")
	langs := []string{"de", "nb", "pl", "en"}
	err := f.store.Batch(context.Background(), func(bt *data.Batch) error {
		for i := 0; i < n-1; i++ {
			c := data.Customer{Number: fmt.Sprint(30000 + i), Name: names[langs[i%4]] + fmt.Sprint(" ", i),
				Type: data.Business, Language: langs[i%4], Currency: "EUR", Country: "DE"}
			if err := bt.CreateCustomer(&c); err != nil {
				return err
			}
			if err := bt.CreateContact(&data.Contact{CustomerID: c.ID, Kind: data.ContactBilling, Street: "Hauptstraße 5",
				Postcode: "10115", City: "Berlin", Country: "DE"}); err != nil {
				return err
			}
			for j := 0; j < 3; j++ {
				if err := bt.CreateInvoice(&data.Invoice{Number: fmt.Sprintf("B-%d-%d", i, j), CustomerID: c.ID,
					IssueDate: d("2025-12-01"), DueDate: d("2026-01-05").AddDays(j), Amount: int64(500_00 + 37*i + j),
					Currency: "EUR"}); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	f.reopen(b)
	items, err := f.book.Queue(d("2026-04-10"), 0)
	if err != nil || len(items) != n {
		b.Fatalf("queue: %d items, %v", len(items), err)
	}
	lv, _ := f.book.Ladder.Level(3) // the 60-day letter: fee, interest, compensation
	var drafts []*Draft
	for _, it := range items {
		it.Level = lv
		dr, err := f.book.Prepare(it, d("2026-04-10"))
		if err != nil {
			b.Fatal(err)
		}
		drafts = append(drafts, dr)
	}
	return f.book, drafts
}

// BenchmarkBatchPDF1000 renders 1,000 letters into one PDF for printing (budget: 1 s).
func BenchmarkBatchPDF1000(b *testing.B) {
	book, drafts := benchDrafts(b, benchN)
	b.ResetTimer()
	start, _ := processCPU()
	for b.Loop() {
		out, err := book.Batch(drafts, d("2026-04-10"))
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(out))/1e6, "MB")
	}
	reportCPU(b, start)
}

// reportCPU reports the process CPU time per operation since start, when the platform has it.
func reportCPU(b *testing.B, start time.Duration) {
	if end, ok := processCPU(); ok {
		b.ReportMetric(float64((end-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
}

// BenchmarkStoredPDFs1000 renders 1,000 letters as separate PDFs and stores them in the
// company file with their SHA-256 and timeline events (budget: 3 s).
func BenchmarkStoredPDFs1000(b *testing.B) {
	book, drafts := benchDrafts(b, benchN)
	benchStored(b, book, drafts)
}

// benchStored renders the drafts as separate PDFs and stores them, once per iteration,
// reporting CPU time and the average size of a letter.
func benchStored(b *testing.B, book *Book, drafts []*Draft) {
	b.Helper()
	b.ResetTimer()
	start, _ := processCPU()
	defer reportCPU(b, start)
	for b.Loop() {
		letters, err := book.Render(context.Background(), drafts, nil)
		if err != nil {
			b.Fatal(err)
		}
		if err := book.Store.CreateLetters(context.Background(), letters); err != nil {
			b.Fatal(err)
		}
		size := 0
		for _, l := range letters {
			size += len(l.PDF)
		}
		b.ReportMetric(float64(size)/float64(len(letters))/1e3, "kB/letter")
	}
}

// benchN is the number of letters per benchmark run.
var benchN = 1000

// demoDrafts prepares the first n letters due in a sample company of the given country
// (data/demo: customers in five countries with real-looking names and addresses in their
// own alphabets), so that each letter prints its own mix of characters.
func demoDrafts(b *testing.B, country string, n int) (*Book, []*Draft) {
	b.Helper()
	s := newTestStore(b)
	asOf := d("2026-10-01")
	if _, err := demo.Generate(context.Background(), s, demo.Options{Customers: 6 * n, Invoices: 24 * n, Seed: 7,
		AsOf: asOf, Country: country}, nil); err != nil {
		b.Fatal(err)
	}
	book, err := Open(s)
	if err != nil {
		b.Fatal(err)
	}
	items, err := book.Queue(asOf, 0)
	if err != nil {
		b.Fatal(err)
	}
	var drafts []*Draft
	for _, it := range items {
		if !it.IsLetter() {
			continue
		}
		dr, err := book.Prepare(it, asOf)
		if err != nil {
			b.Fatal(err)
		}
		if drafts = append(drafts, dr); len(drafts) == n {
			return book, drafts
		}
	}
	b.Fatalf("only %d letters due in the sample company, want %d", len(drafts), n)
	return nil, nil
}

// BenchmarkStoredPDFsSample1000 is BenchmarkStoredPDFs1000 with the letters of a sample
// company (budget: 3 s).
func BenchmarkStoredPDFsSample1000(b *testing.B) {
	book, drafts := demoDrafts(b, "NO", benchN)
	benchStored(b, book, drafts)
}
