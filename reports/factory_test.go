package reports

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"overdue/data"
)

// newStore opens a fresh company file in a temp folder with a fixed clock.
func newStore(t testing.TB) *data.Store {
	t.Helper()
	s, err := data.Open(filepath.Join(t.TempDir(), "test"+data.FileExtension))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	clock := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	s.SetClock(func() time.Time { clock = clock.Add(time.Second); return clock })
	t.Cleanup(func() { s.Close() })
	return s
}

// addCustomer creates a customer; fields set in c win over the defaults.
func addCustomer(t testing.TB, s *data.Store, c data.Customer) data.Customer {
	t.Helper()
	if c.Number == "" {
		n, err := s.NextCustomerNumber()
		if err != nil {
			t.Fatal(err)
		}
		c.Number = n
	}
	if c.Name == "" {
		c.Name = "Kunde " + c.Number
	}
	if c.Type == "" {
		c.Type = data.Business
	}
	if c.Currency == "" {
		c.Currency = "EUR"
	}
	if err := s.CreateCustomer(&c); err != nil {
		t.Fatalf("create customer: %v", err)
	}
	return c
}

var invoiceSeq int

// addInvoice creates an invoice of amount (minor units) for c, issued on issue and due on due
// (ISO dates), in the customer's currency unless cur is given.
func addInvoice(t testing.TB, s *data.Store, c data.Customer, issue, due string, amount int64, cur ...string) data.Invoice {
	t.Helper()
	invoiceSeq++
	inv := data.Invoice{Number: fmt.Sprintf("F-%05d", invoiceSeq), CustomerID: c.ID, IssueDate: data.MustDate(issue),
		DueDate: data.MustDate(due), Amount: amount, Currency: c.Currency, Description: "Consulting"}
	if len(cur) > 0 {
		inv.Currency = cur[0]
	}
	if err := s.CreateInvoice(&inv); err != nil {
		t.Fatalf("create invoice: %v", err)
	}
	return inv
}

// settle records a payment, credit note or write-off of amount on date, allocated to inv.
func settle(t testing.TB, s *data.Store, kind data.PaymentKind, inv data.Invoice, amount int64, date string) data.Payment {
	t.Helper()
	p := data.Payment{CustomerID: inv.CustomerID, Kind: kind, Date: data.MustDate(date), Amount: amount,
		Currency: inv.Currency, Reference: "ref " + date, Note: string(kind),
		Allocations: []data.Allocation{{InvoiceID: inv.ID, Amount: amount}}}
	if err := s.CreatePayment(&p); err != nil {
		t.Fatalf("create %s: %v", kind, err)
	}
	return p
}
