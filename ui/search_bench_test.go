package ui

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"overdue/data"
)

// benchCustomers writes n customers with invoices for about half of them in one Batch.
func benchCustomers(b *testing.B, n int) *data.Store {
	b.Helper()
	s, err := data.Open(filepath.Join(b.TempDir(), "bench"+data.FileExtension))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	first := []string{"Anna", "Jan", "Ola", "Kari", "Piotr", "Małgorzata", "Jürgen", "Søren", "Emma", "Oliver", "Zofia", "Håkon"}
	last := []string{"Kowalski", "Nowak", "Wiśniewski", "Hansen", "Johansen", "Müller", "Schmidt", "Smith", "Jones",
		"Ødegård", "Łukasiewicz", "Brown", "Fischer", "Berg", "Zieliński", "Dąbrowski"}
	kinds := []string{"AS", "Sp. z o.o.", "GmbH", "Ltd", "LLC", "Bygg", "Transport", "Handel"}
	r := rand.New(rand.NewPCG(1, 2))
	err = s.Batch(context.Background(), func(bt *data.Batch) error {
		for i := 0; i < n; i++ {
			c := data.Customer{Number: fmt.Sprint(100000 + i), Type: data.Business, Currency: "EUR",
				Name: fmt.Sprintf("%s %s %s %d", first[r.IntN(len(first))], last[r.IntN(len(last))], kinds[r.IntN(len(kinds))], i)}
			if err := bt.CreateCustomer(&c); err != nil {
				return err
			}
			if i%2 == 0 {
				inv := data.Invoice{Number: fmt.Sprint("B-", i), CustomerID: c.ID, IssueDate: data.MustDate("2026-01-10"),
					DueDate: data.MustDate("2026-01-10").AddDays(r.IntN(300)), Amount: int64(1+r.IntN(100000)) * 100, Currency: "EUR"}
				if err := bt.CreateInvoice(&inv); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkCustomerSearch measures what one keystroke in the customer search costs on
// 50,000 customers: the count and the first page, as the Customers screen runs them.
// Budget (PRODUCT.md): 50 ms per keystroke.
func BenchmarkCustomerSearch(b *testing.B) {
	s := benchCustomers(b, 50_000)
	cases := []struct {
		name  string
		terms []string
		sort  data.CustomerSort
	}{
		{"typing_by_name", []string{"k", "ko", "kow", "kowa", "kowal", "kowals"}, data.SortByName},
		{"diacritics_folded", []string{"o", "od", "ode", "odeg", "odega", "odegar"}, data.SortByName},
		{"by_balance", []string{"m", "mu", "mul", "mull", "mulle", "muller"}, data.SortByBalance},
		{"rare_match", []string{"4", "49", "499", "4999", "49999"}, data.SortByName},
		{"no_match", []string{"x", "xq", "xqz", "xqzw"}, data.SortByName},
		{"first_open", []string{""}, data.SortByName},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			cpu := processCPU()
			var planner customerSearch // one search box: the keystrokes follow each other
			for i := 0; b.Loop(); i++ {
				f := data.CustomerFilter{Search: c.terms[i%len(c.terms)], Sort: c.sort}
				rows, total, err := planner.page(s, f, 0, customerPageSize, true)
				if err != nil {
					b.Fatal(err)
				}
				if total < len(rows) {
					b.Fatalf("total %d < rows %d", total, len(rows))
				}
			}
			// CPU time is what the keystroke costs on a machine that is not busy with other work.
			b.ReportMetric(float64(processCPU()-cpu)/float64(b.N)/1e6, "cpu-ms/op")
		})
	}
}

// processCPU returns the user and system CPU time the process has used so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
