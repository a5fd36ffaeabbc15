package data

import (
	"path/filepath"
	"testing"
	"time"
)

// newTestStore opens a fresh company file in a temp folder with a fixed clock.
func newTestStore(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "test"+FileExtension))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	clock := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	s.SetClock(func() time.Time { clock = clock.Add(time.Second); return clock })
	t.Cleanup(func() { s.Close() })
	return s
}

// mustCustomer creates a customer with sensible defaults; fields set in c win.
func mustCustomer(t *testing.T, s *Store, c Customer) Customer {
	t.Helper()
	if c.Number == "" {
		n, err := s.NextCustomerNumber()
		if err != nil {
			t.Fatal(err)
		}
		c.Number = n
	}
	if c.Name == "" {
		c.Name = "Kowalski Sp. z o.o."
	}
	if c.Type == "" {
		c.Type = Business
	}
	if c.Currency == "" {
		c.Currency = "EUR"
	}
	if err := s.CreateCustomer(&c); err != nil {
		t.Fatalf("create customer: %v", err)
	}
	return c
}

// mustInvoice creates an invoice for customer c with sensible defaults; fields set in inv win.
func mustInvoice(t *testing.T, s *Store, c Customer, inv Invoice) Invoice {
	t.Helper()
	inv.CustomerID = c.ID
	if inv.Number == "" {
		inv.Number = "INV-" + c.Number + "-" + time.Now().Format("150405.000000000")
	}
	if inv.IssueDate == 0 {
		inv.IssueDate = MustDate("2026-09-01")
	}
	if inv.DueDate == 0 {
		inv.DueDate = inv.IssueDate.AddDays(14)
	}
	if inv.Amount == 0 {
		inv.Amount = 100_00
	}
	if inv.Currency == "" {
		inv.Currency = c.Currency
	}
	if err := s.CreateInvoice(&inv); err != nil {
		t.Fatalf("create invoice: %v", err)
	}
	return inv
}

// mustPay records a payment allocated entirely to inv.
func mustPay(t *testing.T, s *Store, inv Invoice, amount int64, date string) Payment {
	t.Helper()
	p := Payment{CustomerID: inv.CustomerID, Kind: KindPayment, Date: MustDate(date), Amount: amount,
		Currency: inv.Currency, Method: "bank transfer", Allocations: []Allocation{{InvoiceID: inv.ID, Amount: amount}}}
	if err := s.CreatePayment(&p); err != nil {
		t.Fatalf("create payment: %v", err)
	}
	return p
}
