package data

import (
	"testing"
	"time"
)

func TestOverdueAndBalancesPerCurrency(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, Customer{Currency: "EUR"})
	mustInvoice(t, s, c, Invoice{Amount: 100_00, DueDate: MustDate("2026-10-01")})
	mustInvoice(t, s, c, Invoice{Amount: 50_00, DueDate: MustDate("2026-12-01")})
	mustInvoice(t, s, c, Invoice{Amount: 70_00, Currency: "USD", DueDate: MustDate("2026-09-20")})
	tests := []struct {
		asOf string
		want map[string]int64
	}{
		{"2026-09-20", map[string]int64{}},
		{"2026-09-21", map[string]int64{"USD": 70_00}},
		{"2026-10-02", map[string]int64{"USD": 70_00, "EUR": 100_00}},
		{"2026-12-02", map[string]int64{"USD": 70_00, "EUR": 150_00}},
	}
	for _, tt := range tests {
		got, err := s.OverdueAmount(c.ID, MustDate(tt.asOf))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: overdue %+v, want %v", tt.asOf, got, tt.want)
		}
		for _, m := range got {
			if tt.want[m.Currency] != m.Amount {
				t.Errorf("%s: overdue %+v, want %v", tt.asOf, got, tt.want)
			}
		}
	}
	bal, _ := s.Balances(c.ID)
	if len(bal) != 2 || bal[0] != (Money{150_00, "EUR"}) || bal[1] != (Money{70_00, "USD"}) {
		t.Errorf("balances = %+v", bal)
	}
	sum, _ := s.Customers(CustomerFilter{})
	if sum[0].Balance != 150_00 || sum[0].OpenCount != 3 || sum[0].OldestDue != MustDate("2026-09-20") {
		t.Errorf("summary = %+v (balance counts the account currency only)", sum[0])
	}
	c.Currency = "USD"
	if err := s.UpdateCustomer(&c); err != nil {
		t.Fatal(err)
	}
	sum, _ = s.Customers(CustomerFilter{})
	if sum[0].Balance != 70_00 {
		t.Errorf("balance after switching account currency = %d", sum[0].Balance)
	}
}

func TestNextCustomerNumber(t *testing.T) {
	s := newTestStore(t)
	tests := []struct {
		create string
		want   string
	}{
		{"", "10001"},
		{"10001", "10002"},
		{"ABC-9", "10002"},
		{"20500", "20501"},
	}
	for _, tt := range tests {
		if tt.create != "" {
			mustCustomer(t, s, Customer{Number: tt.create})
		}
		if got, err := s.NextCustomerNumber(); err != nil || got != tt.want {
			t.Errorf("after %q: next = %q, %v; want %q", tt.create, got, err, tt.want)
		}
	}
}

func TestEventFilters(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, Customer{})
	inv := mustInvoice(t, s, c, Invoice{})
	call := Event{At: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC), Kind: EventContact, CustomerID: c.ID,
		Channel: ChannelPhone, Outcome: "promised to pay"}
	if err := s.AddEvent(&call); err != nil {
		t.Fatal(err)
	}
	if err := s.AddEvent(&Event{CustomerID: c.ID}); err == nil {
		t.Error("event without a kind accepted")
	}
	tests := []struct {
		name string
		f    EventFilter
		want int
	}{
		{"customer", EventFilter{CustomerID: c.ID}, 3},
		{"invoice", EventFilter{InvoiceID: inv.ID}, 1},
		{"kinds", EventFilter{Kinds: []EventKind{EventContact, EventInvoiceCreated}}, 2},
		{"since", EventFilter{Since: time.Date(2026, 11, 15, 0, 0, 0, 0, time.UTC)}, 1},
		{"page", EventFilter{CustomerID: c.ID, Limit: 2, Offset: 2}, 1},
	}
	for _, tt := range tests {
		got, err := s.Events(tt.f)
		if err != nil || len(got) != tt.want {
			t.Errorf("%s: %d events, %v; want %d", tt.name, len(got), err, tt.want)
		}
	}
	got, _ := s.Events(EventFilter{Kinds: []EventKind{EventContact}})
	if got[0].Recorded.IsZero() || got[0].Channel != ChannelPhone || got[0].Outcome != "promised to pay" {
		t.Errorf("contact event = %+v", got[0])
	}
}

func TestValidIBAN(t *testing.T) {
	tests := map[string]bool{
		"NO93 8601 1117 947":                 true,
		"DE89 3704 0044 0532 0130 00":        true,
		"PL61 1090 1014 0000 0712 1981 2874": true,
		"GB29 NWBK 6016 1331 9268 19":        true,
		"DE89 3704 0044 0532 0130 01":        false,
		"NO93":                               false,
		"DE89-3704-0044-0532-0130-00":        false,
	}
	for iban, want := range tests {
		if got := ValidIBAN(iban); got != want {
			t.Errorf("ValidIBAN(%q) = %v", iban, got)
		}
	}
}
