package data

import (
	"context"
	"errors"
	"testing"
)

func TestPaymentsAllocateAndLog(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, Customer{Currency: "NOK"})
	i1 := mustInvoice(t, s, c, Invoice{Number: "1", Amount: 1000_00, DueDate: MustDate("2026-09-15")})
	i2 := mustInvoice(t, s, c, Invoice{Number: "2", Amount: 500_00, DueDate: MustDate("2026-10-15")})
	allocs, err := s.AllocateOldestFirst(c.ID, "NOK", 1200_00)
	if err != nil || len(allocs) != 2 || allocs[0].Amount != 1000_00 || allocs[1].Amount != 200_00 {
		t.Fatalf("allocate = %+v, %v", allocs, err)
	}
	p := Payment{CustomerID: c.ID, Kind: KindPayment, Date: MustDate("2026-10-20"), Amount: 1300_00,
		Currency: "NOK", Reference: "KID 12345", Allocations: allocs}
	if err := s.CreatePayment(&p); err != nil {
		t.Fatal(err)
	}
	got, err := s.Payment(p.ID)
	if err != nil || len(got.Allocations) != 2 || got.Allocated() != 1200_00 {
		t.Fatalf("Payment = %+v, %v", got, err)
	}
	i1, _ = s.Invoice(i1.ID)
	i2, _ = s.Invoice(i2.ID)
	if i1.Open() != 0 || i2.Open() != 300_00 {
		t.Errorf("open after payment = %d, %d", i1.Open(), i2.Open())
	}
	bal, _ := s.Balances(c.ID)
	if len(bal) != 1 || bal[0].Amount != 300_00 {
		t.Errorf("balances = %+v", bal)
	}
	evs, _ := s.Events(EventFilter{CustomerID: c.ID, Kinds: []EventKind{EventPayment}})
	if len(evs) != 3 { // two allocations and 100 on account
		t.Errorf("payment events = %d: %+v", len(evs), evs)
	}
	if evs[0].At != MustDate("2026-10-20").Time() {
		t.Errorf("payment event dated %v", evs[0].At)
	}
	byInv, _ := s.Payments(PaymentFilter{InvoiceID: i2.ID})
	if len(byInv) != 1 {
		t.Errorf("payments for invoice 2 = %d", len(byInv))
	}
}

func TestPaymentRejections(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, Customer{Currency: "EUR"})
	other := mustCustomer(t, s, Customer{Currency: "EUR"})
	inv := mustInvoice(t, s, c, Invoice{Amount: 100_00})
	otherInv := mustInvoice(t, s, other, Invoice{Amount: 100_00})
	usd := mustInvoice(t, s, c, Invoice{Amount: 100_00, Currency: "USD"})
	tests := []struct {
		name string
		p    Payment
	}{
		{"more than open", Payment{Allocations: []Allocation{{inv.ID, 100_01}}, Amount: 200_00}},
		{"other customer's invoice", Payment{Allocations: []Allocation{{otherInv.ID, 10_00}}, Amount: 10_00}},
		{"other currency", Payment{Allocations: []Allocation{{usd.ID, 10_00}}, Amount: 10_00}},
		{"allocated above amount", Payment{Allocations: []Allocation{{inv.ID, 50_00}}, Amount: 40_00}},
		{"missing invoice", Payment{Allocations: []Allocation{{9999, 1}}, Amount: 1}},
		{"write-off without reason", Payment{Kind: KindWriteOff, Allocations: []Allocation{{inv.ID, 1}}, Amount: 1}},
	}
	for _, tt := range tests {
		p := tt.p
		p.CustomerID, p.Date, p.Currency = c.ID, MustDate("2026-10-01"), "EUR"
		if p.Kind == "" {
			p.Kind = KindPayment
		}
		if err := s.CreatePayment(&p); err == nil {
			t.Errorf("%s: accepted", tt.name)
		}
	}
	inv, _ = s.Invoice(inv.ID)
	if inv.Paid != 0 {
		t.Errorf("rejected payments changed paid to %d", inv.Paid)
	}
	if _, err := s.Payment(4242); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing payment: %v", err)
	}
}

func TestCreditNoteAndWriteOff(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, Customer{})
	inv := mustInvoice(t, s, c, Invoice{Amount: 300_00})
	for _, p := range []Payment{
		{Kind: KindCreditNote, Amount: 100_00, Reference: "CN-7"},
		{Kind: KindWriteOff, Amount: 200_00, Note: "customer bankrupt"},
	} {
		p.CustomerID, p.Date, p.Currency = c.ID, MustDate("2026-10-01"), "EUR"
		p.Allocations = []Allocation{{inv.ID, p.Amount}}
		if err := s.CreatePayment(&p); err != nil {
			t.Fatal(err)
		}
	}
	sum, _ := s.Customers(CustomerFilter{})
	if sum[0].Balance != 0 || sum[0].OpenCount != 0 || sum[0].OldestDue != 0 {
		t.Errorf("after credit and write-off: %+v", sum[0])
	}
	evs, _ := s.Events(EventFilter{CustomerID: c.ID, Kinds: []EventKind{EventCreditNote, EventWriteOff}})
	if len(evs) != 2 {
		t.Errorf("events = %+v", evs)
	}
}

func TestBatchRefreshesBalances(t *testing.T) {
	s := newTestStore(t)
	err := s.Batch(context.Background(), func(b *Batch) error {
		for i := 0; i < 3; i++ {
			c := Customer{Number: string(rune('A' + i)), Name: "C", Type: Business, Currency: "EUR"}
			if err := b.CreateCustomer(&c); err != nil {
				return err
			}
			inv := Invoice{Number: c.Number + "-1", CustomerID: c.ID, IssueDate: MustDate("2026-01-01"),
				DueDate: MustDate("2026-01-31"), Amount: int64(i+1) * 100, Currency: "EUR"}
			if err := b.CreateInvoice(&inv); err != nil {
				return err
			}
			p := Payment{CustomerID: c.ID, Kind: KindPayment, Date: MustDate("2026-02-01"), Amount: 50,
				Currency: "EUR", Allocations: []Allocation{{inv.ID, 50}}}
			if err := b.CreatePayment(&p); err != nil {
				return err
			}
		}
		got, err := b.CustomerByNumber("B")
		if err != nil || got.Name != "C" {
			return errors.New("batch cannot read its own customer")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sum, _ := s.Customers(CustomerFilter{Sort: SortByBalance})
	if len(sum) != 3 || sum[0].Balance != 250 || sum[2].Balance != 50 {
		t.Errorf("balances after batch = %+v", sum)
	}
}

// TestPaymentEventText checks that the ledger text of a payment has no double spaces when a
// part (method, reference, note) is empty.
func TestPaymentEventText(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, Customer{})
	inv := mustInvoice(t, s, c, Invoice{Number: "F-9"})
	p := Payment{CustomerID: c.ID, Kind: KindPayment, Date: MustDate("2026-10-01"), Amount: 10_00, Currency: "EUR",
		Method: "bank transfer", Note: "late", Allocations: []Allocation{{InvoiceID: inv.ID, Amount: 10_00}}}
	if err := s.CreatePayment(&p); err != nil {
		t.Fatal(err)
	}
	evs, _ := s.Events(EventFilter{CustomerID: c.ID, Kinds: []EventKind{EventPayment}})
	if len(evs) != 1 || evs[0].Text != "F-9 bank transfer late" {
		t.Errorf("payment events %+v", evs)
	}
}
