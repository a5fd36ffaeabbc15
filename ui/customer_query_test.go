package ui

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"overdue/data"
)

// The quick path of customerPage sorts in Go; it must give exactly the order of the store.
func TestCustomerPageKeepsTheStoreOrder(t *testing.T) {
	s := newTestStore(t)
	r := rand.New(rand.NewPCG(7, 7))
	names := []string{"alfa AS", "Alfa AS", "ALFA as", "Øst AS", "Ærlig AS", "Åsen AS", "Zebra AS", "äpfel GmbH",
		"Apfel GmbH", "Łódź Sp. z o.o.", "Lodz Sp. z o.o.", "beta AS", "Beta AS"}
	for i := 0; i < 60; i++ {
		c := mustCustomer(t, s, data.Customer{Name: names[r.IntN(len(names))] + " x",
			Number: fmt.Sprintf("%d", 500-r.IntN(400)*1+i*1000)})
		switch r.IntN(3) {
		case 0: // nothing open
		case 1:
			mustInvoice(t, s, c, data.Invoice{Amount: int64(1+r.IntN(3)) * 100_00,
				IssueDate: data.MustDate("2026-01-01").AddDays(r.IntN(5) * 30)})
		case 2:
			inv := mustInvoice(t, s, c, data.Invoice{Amount: 50_00, IssueDate: data.MustDate("2026-03-01")})
			p := data.Payment{CustomerID: c.ID, Kind: data.KindPayment, Date: data.MustDate("2026-04-01"), Amount: 50_00,
				Currency: "EUR", Allocations: []data.Allocation{{InvoiceID: inv.ID, Amount: 50_00}}}
			if err := s.CreatePayment(&p); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, by := range []data.CustomerSort{data.SortByName, data.SortByNumber, data.SortByBalance, data.SortByOldestDue} {
		for _, desc := range []bool{false, true} {
			for _, search := range []string{" x", "alfa", "nobody"} {
				f := data.CustomerFilter{Search: search, Sort: by, Desc: desc}
				t.Run(fmt.Sprintf("sort%d_desc%v_%q", by, desc, search), func(t *testing.T) {
					want, err := s.Customers(data.CustomerFilter{Search: search, Sort: by, Desc: desc, Limit: customerPageSize})
					if err != nil {
						t.Fatal(err)
					}
					got, total, err := customerPage(s, f, 0, customerPageSize, true)
					if err != nil {
						t.Fatal(err)
					}
					if total != len(want) {
						t.Errorf("total %d, want %d", total, len(want))
					}
					if fmt.Sprint(ids(got)) != fmt.Sprint(ids(want)) {
						t.Errorf("order\n got %v\nwant %v", ids(got), ids(want))
					}
				})
			}
		}
	}
}

func TestCustomerPageBeyondOnePage(t *testing.T) {
	s := newTestStore(t)
	for i := 0; i < 25; i++ {
		mustCustomer(t, s, data.Customer{Name: fmt.Sprintf("Hansen %02d AS", 25-i)})
	}
	rows, total, err := customerPage(s, data.CustomerFilter{Search: "hansen"}, 0, 10, true)
	if err != nil {
		t.Fatal(err)
	}
	if total != 25 || len(rows) != 10 || rows[0].Name != "Hansen 01 AS" || rows[9].Name != "Hansen 10 AS" {
		t.Errorf("total %d, %d rows from %q to %q", total, len(rows), rows[0].Name, rows[len(rows)-1].Name)
	}
	rows, _, err = customerPage(s, data.CustomerFilter{Search: "hansen"}, 20, 10, false)
	if err != nil || len(rows) != 5 || rows[0].Name != "Hansen 21 AS" {
		t.Errorf("third page: %v %d rows", err, len(rows))
	}
}

func ids(rows []data.CustomerSummary) []int64 {
	out := make([]int64, len(rows))
	for i, r := range rows {
		out[i] = r.ID
	}
	return out
}

func TestCustomerSearchNarrowsAndForgets(t *testing.T) {
	s := newTestStore(t)
	for i := 0; i < 30; i++ {
		mustCustomer(t, s, data.Customer{Name: fmt.Sprintf("Nowak %02d", i)})
	}
	var cs customerSearch
	page := func(search string) (int, []int64) {
		t.Helper()
		rows, total, err := cs.page(s, data.CustomerFilter{Search: search}, 0, 10, true)
		if err != nil {
			t.Fatal(err)
		}
		return total, ids(rows)
	}
	if n, _ := page("nowak"); n != 30 {
		t.Fatalf("nowak: %d", n)
	}
	if n, rows := page("nowak 1"); n != 10 || len(rows) != 10 {
		t.Errorf("nowak 1: %d, %d rows", n, len(rows))
	}
	// A customer added meanwhile: the narrowed scan notices the file changed.
	mustCustomer(t, s, data.Customer{Name: "Nowak 1 bis"})
	if n, _ := page("nowak 1"); n != 11 {
		t.Errorf("after adding one: %d, want 11", n)
	}
	cs.forget()
	if n, _ := page("nowak 2"); n != 10 {
		t.Errorf("nowak 2 after forget: %d", n)
	}
}
