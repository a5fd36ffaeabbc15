package data

import (
	"context"
	"errors"
	"testing"
)

// TestLedger checks that the ledger lists the money events only, oldest first, with the
// customer's and the invoice's numbers, that it counts what it lists, and that it stops at
// the callback's error.
func TestLedger(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, Customer{Number: "K-7", Name: "Åsa Ødegård"})
	inv := mustInvoice(t, s, c, Invoice{Number: "F-2026-01", IssueDate: MustDate("2026-09-01"), Amount: 500_00})
	mustPay(t, s, inv, 200_00, "2026-09-20")
	if err := s.AddEvent(&Event{Kind: EventNote, CustomerID: c.ID, Text: "called, no answer"}); err != nil {
		t.Fatal(err)
	}
	n, err := s.CountLedger(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var got []LedgerEntry
	err = s.Ledger(context.Background(), func(e *LedgerEntry) error {
		got = append(got, *e)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n != len(got) || n != 2 {
		t.Fatalf("counted %d, listed %d entries %+v; want the invoice and the payment", n, len(got), got)
	}
	tests := []struct {
		kind   EventKind
		amount int64
	}{{EventInvoiceCreated, 500_00}, {EventPayment, 200_00}}
	for i, tt := range tests {
		e := got[i]
		if e.Kind != tt.kind || e.Amount != tt.amount || e.CustomerNumber != "K-7" || e.CustomerName != "Åsa Ødegård" ||
			e.InvoiceNumber != "F-2026-01" {
			t.Errorf("entry %d = %+v, want %s of %d for K-7 / F-2026-01", i, e, tt.kind, tt.amount)
		}
	}
	// The invoice counts from its issue date, though it was entered after the payment's date.
	if got[0].Date != MustDate("2026-09-01") || got[1].Date != MustDate("2026-09-20") {
		t.Errorf("ledger dates %s, %s; want the issue date, then the payment date", got[0].Date, got[1].Date)
	}
	stop := errors.New("stop")
	calls := 0
	if err := s.Ledger(context.Background(), func(*LedgerEntry) error { calls++; return stop }); !errors.Is(err, stop) || calls != 1 {
		t.Errorf("callback error: got %v after %d calls", err, calls)
	}
}
