package data

import (
	"errors"
	"testing"
)

func TestInvoiceLifecycle(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, Customer{Currency: "PLN"})
	inv := mustInvoice(t, s, c, Invoice{Number: "FV/2026/001", Amount: 1230_00, DueDate: MustDate("2026-09-30")})
	if got, err := s.InvoiceByNumber("FV/2026/001"); err != nil || got.Amount != 1230_00 || got.Currency != "PLN" {
		t.Fatalf("InvoiceByNumber = %+v, %v", got, err)
	}
	if _, err := s.Invoice(12345); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing invoice: %v", err)
	}
	dup := Invoice{Number: "FV/2026/001", CustomerID: c.ID, IssueDate: inv.IssueDate, DueDate: inv.DueDate, Amount: 1, Currency: "PLN"}
	if err := s.CreateInvoice(&dup); !errors.Is(err, ErrDuplicate) {
		t.Errorf("duplicate invoice number: %v", err)
	}
	orphan := Invoice{Number: "X-1", CustomerID: 999, IssueDate: inv.IssueDate, DueDate: inv.DueDate, Amount: 1, Currency: "PLN"}
	if err := s.CreateInvoice(&orphan); !errors.Is(err, ErrNotFound) {
		t.Errorf("invoice for missing customer: %v", err)
	}
	mustPay(t, s, inv, 230_00, "2026-10-05")
	inv, _ = s.Invoice(inv.ID)
	inv.Amount = 100_00
	var ve *ValidationError
	if err := s.UpdateInvoice(&inv); !errors.As(err, &ve) || ve.Field("Amount") == "" {
		t.Errorf("amount below paid: %v", err)
	}
	inv.Amount = 1500_00
	if err := s.UpdateInvoice(&inv); err != nil {
		t.Fatal(err)
	}
	sum, _ := s.Customers(CustomerFilter{})
	if sum[0].Balance != 1270_00 || sum[0].OpenCount != 1 || sum[0].OldestDue != MustDate("2026-09-30") {
		t.Errorf("summary after change = %+v", sum[0])
	}
	evs, _ := s.Events(EventFilter{InvoiceID: inv.ID, Kinds: []EventKind{EventInvoiceChanged}})
	if len(evs) != 1 || evs[0].Amount != 270_00 {
		t.Errorf("change event = %+v", evs)
	}
	if days := sum[0].DaysOverdue(MustDate("2026-10-30")); days != 30 {
		t.Errorf("days overdue = %d", days)
	}
}

func TestInvoiceValidation(t *testing.T) {
	base := Invoice{Number: "1", CustomerID: 1, IssueDate: MustDate("2026-01-10"), DueDate: MustDate("2026-01-24"), Amount: 1, Currency: "EUR"}
	tests := []struct {
		name  string
		edit  func(*Invoice)
		field string
	}{
		{"no number", func(i *Invoice) { i.Number = " " }, "Number"},
		{"due before issue", func(i *Invoice) { i.DueDate = MustDate("2026-01-09") }, "DueDate"},
		{"zero amount", func(i *Invoice) { i.Amount = 0 }, "Amount"},
		{"negative amount", func(i *Invoice) { i.Amount = -5 }, "Amount"},
		{"absurd amount", func(i *Invoice) { i.Amount = MaxAmount + 1 }, "Amount"},
		{"no customer", func(i *Invoice) { i.CustomerID = 0 }, "CustomerID"},
		{"bad currency", func(i *Invoice) { i.Currency = "eur" }, "Currency"},
	}
	for _, tt := range tests {
		inv := base
		tt.edit(&inv)
		var ve *ValidationError
		if err := inv.Validate(); !errors.As(err, &ve) || ve.Field(tt.field) == "" {
			t.Errorf("%s: err = %v, want message on %s", tt.name, err, tt.field)
		}
	}
	if err := base.Validate(); err != nil {
		t.Errorf("valid invoice: %v", err)
	}
}

func TestInvoicesFilter(t *testing.T) {
	s := newTestStore(t)
	a := mustCustomer(t, s, Customer{})
	b := mustCustomer(t, s, Customer{Currency: "USD"})
	i1 := mustInvoice(t, s, a, Invoice{Number: "A-1", Description: "Consulting October"})
	mustInvoice(t, s, a, Invoice{Number: "A-2", DueDate: MustDate("2026-12-31")})
	mustInvoice(t, s, b, Invoice{Number: "B-1"})
	mustPay(t, s, i1, i1.Amount, "2026-10-01")
	tests := []struct {
		f    InvoiceFilter
		want int
	}{
		{InvoiceFilter{}, 3},
		{InvoiceFilter{CustomerID: a.ID}, 2},
		{InvoiceFilter{OnlyOpen: true}, 2},
		{InvoiceFilter{Currency: "USD"}, 1},
		{InvoiceFilter{Search: "october"}, 1},
		{InvoiceFilter{DueBefore: MustDate("2026-12-01")}, 2},
		{InvoiceFilter{Limit: 2, Offset: 2}, 1},
	}
	for _, tt := range tests {
		got, err := s.Invoices(tt.f)
		if err != nil || len(got) != tt.want {
			t.Errorf("%+v: %d invoices, %v; want %d", tt.f, len(got), err, tt.want)
		}
	}
	if n, _ := s.CountInvoices(InvoiceFilter{OnlyOpen: true}); n != 2 {
		t.Errorf("count open = %d", n)
	}
}
