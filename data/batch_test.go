package data

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
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

// workload writes customers with invoices, payments (some on invoices written long before),
// contacts and events: enough rows for several multi-row inserts of every table.
func workload(t *testing.T, b *Batch, prefix string, customers int) {
	t.Helper()
	var first Invoice
	for i := range customers {
		c, inv := loadCustomer(t, b, fmt.Sprintf("%s%03d", prefix, i), int64(100_00+i))
		if i == 0 {
			first = inv
		}
		ct := Contact{CustomerID: c.ID, Kind: ContactBilling, Name: c.Name, Street: "Storgata 1", City: "Oslo"}
		if err := b.CreateContact(&ct); err != nil {
			t.Fatalf("create contact: %v", err)
		}
		second := Invoice{Number: inv.Number + "b", CustomerID: c.ID, IssueDate: MustDate("2026-02-01"),
			DueDate: MustDate("2026-03-01"), Amount: 50_00, Currency: "EUR"}
		if err := b.CreateInvoice(&second); err != nil {
			t.Fatalf("create invoice: %v", err)
		}
		p := Payment{CustomerID: c.ID, Kind: KindPayment, Date: MustDate("2026-02-10"), Amount: 100_00 + int64(i),
			Currency: "EUR", Reference: "KID " + c.Number,
			Allocations: []Allocation{{inv.ID, int64(i % 50 * 100)}, {second.ID, 50_00}}}
		if i%50 == 0 {
			p.Allocations = p.Allocations[1:]
		}
		if err := b.CreatePayment(&p); err != nil {
			t.Fatalf("create payment: %v", err)
		}
		e := Event{Kind: "call", CustomerID: c.ID, InvoiceID: inv.ID, Channel: "phone", Outcome: "promised", Text: "ringte"}
		if err := b.AddEvent(&e); err != nil {
			t.Fatalf("add event: %v", err)
		}
	}
	if first.ID != 0 { // a payment on the batch's first invoice, long written by now
		p := Payment{CustomerID: first.CustomerID, Kind: KindCreditNote, Date: MustDate("2026-03-01"), Amount: 10_00,
			Currency: "EUR", Reference: "CN-1", Allocations: []Allocation{{first.ID, 10_00}}}
		if err := b.CreatePayment(&p); err != nil {
			t.Fatalf("credit note: %v", err)
		}
	}
}

// contents is everything a test compares after a batch.
type contents struct {
	Customers []CustomerSummary
	Contacts  []Contact
	Invoices  []Invoice
	Payments  []Payment
	Events    []Event
}

func readContents(t *testing.T, s *Store) contents {
	t.Helper()
	var c contents
	var err error
	if c.Customers, err = s.Customers(CustomerFilter{Sort: SortByNumber}); err != nil {
		t.Fatal(err)
	}
	for _, cs := range c.Customers {
		cts, err := s.Contacts(cs.ID)
		if err != nil {
			t.Fatal(err)
		}
		c.Contacts = append(c.Contacts, cts...)
	}
	if c.Invoices, err = s.Invoices(InvoiceFilter{}); err != nil {
		t.Fatal(err)
	}
	if c.Payments, err = s.Payments(PaymentFilter{}); err != nil {
		t.Fatal(err)
	}
	if c.Events, err = s.Events(EventFilter{}); err != nil {
		t.Fatal(err)
	}
	return c
}

func TestLoadWritesWhatBatchWrites(t *testing.T) {
	old := func(t *testing.T, s *Store) {
		if err := s.Batch(context.Background(), func(b *Batch) error { workload(t, b, "OLD", 3); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name    string
		prepare func(t *testing.T, s *Store)
		kept    int // invoices held back
	}{
		{"empty file", func(*testing.T, *Store) {}, keptInvoices},
		{"empty file, payments on written invoices", func(*testing.T, *Store) {}, 100},
		{"file with a customer (foreign keys on)", old, keptInvoices},
		{"file with a customer, payments on written invoices", old, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			invoicesTable.keep = tt.kept
			t.Cleanup(func() { invoicesTable.keep = keptInvoices })
			batch, load := newTestStore(t), newTestStore(t)
			tt.prepare(t, batch)
			tt.prepare(t, load)
			if err := batch.Batch(context.Background(), func(b *Batch) error { workload(t, b, "C", 300); return nil }); err != nil {
				t.Fatalf("batch: %v", err)
			}
			if err := load.Load(context.Background(), func(b *Batch) error { workload(t, b, "C", 300); return nil }); err != nil {
				t.Fatalf("load: %v", err)
			}
			want, got := readContents(t, batch), readContents(t, load)
			if len(want.Events) < 1500 || len(want.Payments) < 300 {
				t.Fatalf("workload too small: %d events, %d payments", len(want.Events), len(want.Payments))
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Load wrote other rows than Batch: %s", firstDiff(got, want))
			}
		})
	}
}

// firstDiff names the first field of contents that differs.
func firstDiff(a, b contents) string {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	for i := range va.NumField() {
		fa, fb := va.Field(i), vb.Field(i)
		if fa.Len() != fb.Len() {
			return fmt.Sprintf("%s: %d rows, want %d", va.Type().Field(i).Name, fa.Len(), fb.Len())
		}
		for j := range fa.Len() {
			if !reflect.DeepEqual(fa.Index(j).Interface(), fb.Index(j).Interface()) {
				return fmt.Sprintf("%s[%d]: %+v, want %+v", va.Type().Field(i).Name, j, fa.Index(j), fb.Index(j))
			}
		}
	}
	return "none"
}

func TestLoadRefusesADuplicateNumber(t *testing.T) {
	s := newTestStore(t)
	err := s.Load(context.Background(), func(b *Batch) error {
		workload(t, b, "C", 150)
		c, _ := loadCustomer(t, b, "D", 1)
		dup := Invoice{Number: "L-C042", CustomerID: c.ID, IssueDate: MustDate("2026-01-01"),
			DueDate: MustDate("2026-01-31"), Amount: 1, Currency: "EUR"}
		if err := b.CreateInvoice(&dup); err != nil {
			return err // the load may find the duplicate at once or later
		}
		for i := range 100 { // more rows after it: it is written in a group
			inv := Invoice{Number: fmt.Sprint("L-D-", i), CustomerID: c.ID, IssueDate: MustDate("2026-01-01"),
				DueDate: MustDate("2026-01-31"), Amount: 1, Currency: "EUR"}
			if err := b.CreateInvoice(&inv); err != nil {
				return err
			}
		}
		return nil
	})
	if !errors.Is(err, ErrDuplicate) || !strings.Contains(err.Error(), "L-C042") {
		t.Fatalf("load with a duplicate invoice number: err = %v, want ErrDuplicate naming L-C042", err)
	}
	if n, _ := s.CountInvoices(InvoiceFilter{}); n != 0 {
		t.Errorf("failed load left %d invoices", n)
	}
}

func TestLoadReadsItsOwnRows(t *testing.T) {
	s := newTestStore(t)
	err := s.Load(context.Background(), func(b *Batch) error {
		workload(t, b, "C", 100)
		c, err := b.CustomerByNumber("C077")
		if err != nil {
			return err
		}
		inv, err := b.InvoiceByNumber("L-C077b")
		if err != nil {
			return err
		}
		if inv.CustomerID != c.ID || inv.Paid != 50_00 {
			t.Errorf("invoice read inside the load = %+v, want customer %d and 50.00 paid", inv, c.ID)
		}
		// after a read the load goes on numbering where the file is
		more, _ := loadCustomer(t, b, "X", 1)
		if more.ID != c.ID+23 {
			t.Errorf("customer after the read has ID %d, want %d", more.ID, c.ID+23)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestLoadKeepsTheSchema(t *testing.T) {
	s := newTestStore(t)
	schema := func() string {
		t.Helper()
		rows, err := s.r.Query("SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY name")
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var sb strings.Builder
		for rows.Next() {
			var typ, name, sql string
			if err := rows.Scan(&typ, &name, &sql); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&sb, typ, name, sql)
		}
		return sb.String()
	}
	before := schema()
	if !strings.Contains(before, "invoices_due") || !strings.Contains(before, "events_invoice") {
		t.Fatalf("schema without the deferred indexes:\n%s", before)
	}
	failed := errors.New("stop")
	if err := s.Load(context.Background(), func(b *Batch) error { workload(t, b, "C", 10); return failed }); err != failed {
		t.Fatalf("failed load: err = %v", err)
	}
	if got := schema(); got != before {
		t.Errorf("schema after a failed load:\n%s\nwant\n%s", got, before)
	}
	if err := s.Load(context.Background(), func(b *Batch) error { workload(t, b, "C", 10); return nil }); err != nil {
		t.Fatal(err)
	}
	if got := schema(); got != before {
		t.Errorf("schema after a load:\n%s\nwant\n%s", got, before)
	}
	var n int
	if err := s.r.QueryRow("SELECT count(*) FROM events INDEXED BY events_invoice WHERE invoice_id > 0").Scan(&n); err != nil || n < 40 {
		t.Errorf("events found through events_invoice after the load: %d, %v", n, err)
	}
}
