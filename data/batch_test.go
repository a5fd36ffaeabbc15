package data

import (
	"context"
	"errors"
	"testing"
)

// loadCustomer creates a customer with one invoice inside a batch.
func loadCustomer(t *testing.T, b *Batch, number string, amount int64) (Customer, Invoice) {
	t.Helper()
	c := Customer{Number: number, Name: "Load " + number, Type: Business, Currency: "EUR"}
	if err := b.CreateCustomer(&c); err != nil {
		t.Fatalf("create customer: %v", err)
	}
	inv := Invoice{Number: "L-" + number, CustomerID: c.ID, IssueDate: MustDate("2026-01-01"),
		DueDate: MustDate("2026-01-31"), Amount: amount, Currency: "EUR"}
	if err := b.CreateInvoice(&inv); err != nil {
		t.Fatalf("create invoice: %v", err)
	}
	return c, inv
}

func TestLoadChecksReferencesBeforeCommit(t *testing.T) {
	tests := []struct {
		name    string
		prepare func(t *testing.T, s *Store) // before the load
	}{
		{"empty file", func(*testing.T, *Store) {}},
		{"file with a customer", func(t *testing.T, s *Store) { mustCustomer(t, s, Customer{Number: "OLD"}) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestStore(t)
			tt.prepare(t, s)
			before, _ := s.CountCustomers(CustomerFilter{})
			err := s.Load(context.Background(), func(b *Batch) error {
				loadCustomer(t, b, "A", 100)
				inv := Invoice{Number: "ORPHAN", CustomerID: 9999, IssueDate: MustDate("2026-01-01"),
					DueDate: MustDate("2026-01-31"), Amount: 1, Currency: "EUR"}
				return b.CreateInvoice(&inv)
			})
			if !errors.Is(err, ErrNotFound) {
				t.Fatalf("load with an invoice of a missing customer: err = %v, want ErrNotFound", err)
			}
			if n, _ := s.CountCustomers(CustomerFilter{}); n != before {
				t.Errorf("failed load left %d customers, want %d", n, before)
			}
			// foreign keys are enforced again after the load
			inv := Invoice{Number: "ORPHAN-2", CustomerID: 9999, IssueDate: MustDate("2026-01-01"),
				DueDate: MustDate("2026-01-31"), Amount: 1, Currency: "EUR"}
			if err := s.CreateInvoice(&inv); !errors.Is(err, ErrNotFound) {
				t.Errorf("invoice of a missing customer after the load: err = %v, want ErrNotFound", err)
			}
		})
	}
}

func TestLoadAllocatesAgainstItsOwnInvoices(t *testing.T) {
	s := newTestStore(t)
	var inv Invoice
	err := s.Load(context.Background(), func(b *Batch) error {
		var c Customer
		c, inv = loadCustomer(t, b, "A", 100_00)
		pay := func(amount int64) error {
			p := Payment{CustomerID: c.ID, Kind: KindPayment, Date: MustDate("2026-02-01"), Amount: amount,
				Currency: "EUR", Allocations: []Allocation{{inv.ID, amount}}}
			return b.CreatePayment(&p)
		}
		if err := pay(60_00); err != nil {
			return err
		}
		var ve *ValidationError
		if err := pay(50_00); !errors.As(err, &ve) {
			t.Errorf("paying 50.00 of the 40.00 still open: err = %v, want a ValidationError", err)
		}
		if err := pay(40_00); err != nil {
			return err
		}
		other, _ := loadCustomer(t, b, "B", 10_00)
		p := Payment{CustomerID: other.ID, Kind: KindPayment, Date: MustDate("2026-02-01"), Amount: 1,
			Currency: "EUR", Allocations: []Allocation{{inv.ID, 1}}}
		if err := b.CreatePayment(&p); !errors.As(err, &ve) {
			t.Errorf("allocation to another customer's invoice: err = %v, want a ValidationError", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Invoice(inv.ID)
	if err != nil || got.Paid != 100_00 {
		t.Fatalf("invoice after the load = %+v, %v; want 100.00 paid", got, err)
	}
	sum, _ := s.Customers(CustomerFilter{Sort: SortByNumber})
	if len(sum) != 2 || sum[0].Balance != 0 || sum[0].OpenCount != 0 || sum[1].Balance != 10_00 {
		t.Errorf("balances after the load = %+v", sum)
	}
	evs, _ := s.Events(EventFilter{InvoiceID: inv.ID, Kinds: []EventKind{EventPayment}})
	if len(evs) != 2 || evs[0].Text != "L-A" {
		t.Errorf("payment events = %+v", evs)
	}
}
