package data

import (
	"context"
	"errors"
	"testing"
)

func testPDF(text string) []byte { return []byte("%PDF-1.4\n" + text + "\n%%EOF\n") }

// mustLetter stores a letter for customer c about inv, dated date.
func mustLetter(t *testing.T, s *Store, c Customer, inv Invoice, level int, date string) Letter {
	t.Helper()
	d := MustDate(date)
	l := Letter{CustomerID: c.ID, Country: "DE", Level: level, LevelName: "Mahnung", Date: d, Deadline: d.AddDays(14),
		Language: "de", Currency: inv.Currency, Principal: inv.Open(), Fee: 250, Fees: 250, Interest: 123,
		Compensation: 4000, Pages: 1, PDF: testPDF(date), InterestAdded: 123, CompensationAdded: 4000,
		Invoices: []LetterInvoice{{InvoiceID: inv.ID, Open: inv.Open(), Interest: 123}}}
	l.Total = l.Principal + l.Fees + l.Interest + l.Compensation
	if err := s.CreateLetters(context.Background(), []*Letter{&l}); err != nil {
		t.Fatalf("create letter: %v", err)
	}
	return l
}

func TestLettersAreKeptExactlyAsProduced(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, Customer{Name: "Müller & Söhne GmbH"})
	inv := mustInvoice(t, s, c, Invoice{Amount: 1000_00})
	l := mustLetter(t, s, c, inv, 2, "2026-10-20")
	if l.ID == 0 || l.SHA256 != Digest(testPDF("2026-10-20")) {
		t.Fatalf("letter = %+v", l)
	}
	got, err := s.Letter(l.ID)
	if err != nil || got.Total != 1000_00+250+123+4000 || len(got.Invoices) != 1 || got.Invoices[0].Interest != 123 {
		t.Fatalf("Letter = %+v, %v", got, err)
	}
	pdf, err := s.LetterPDF(l.ID)
	if err != nil || string(pdf) != string(testPDF("2026-10-20")) {
		t.Errorf("LetterPDF = %q, %v", pdf, err)
	}
	if _, err := s.w.Exec("UPDATE letters SET total = 1 WHERE id = ?", l.ID); err == nil {
		t.Error("a stored letter could be changed")
	}
	if _, err := s.w.Exec("DELETE FROM letters WHERE id = ?", l.ID); err == nil {
		t.Error("a stored letter could be deleted")
	}
	if _, err := s.Letter(999); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing letter: %v", err)
	}
	evs, _ := s.Events(EventFilter{CustomerID: c.ID, Kinds: []EventKind{EventLetter, EventFee, EventInterest}})
	kinds := map[EventKind]int64{}
	for _, e := range evs {
		kinds[e.Kind] += e.Amount
	}
	if kinds[EventLetter] != got.Total || kinds[EventFee] != 250+4000 || kinds[EventInterest] != 123 {
		t.Errorf("timeline amounts = %v", kinds)
	}
}

func TestCreateLettersIsAllOrNothing(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, Customer{})
	inv := mustInvoice(t, s, c, Invoice{})
	good := Letter{CustomerID: c.ID, Country: "PL", Level: 1, LevelName: "Przypomnienie", Date: MustDate("2026-10-01"),
		Deadline: MustDate("2026-10-08"), Language: "pl", Currency: "EUR", Principal: 100_00, Total: 100_00, Pages: 1,
		PDF: testPDF("a"), Invoices: []LetterInvoice{{InvoiceID: inv.ID, Open: 100_00}}}
	ghost := good
	ghost.PDF = testPDF("b")
	ghost.Invoices = []LetterInvoice{{InvoiceID: 4040, Open: 1}}
	if err := s.CreateLetters(context.Background(), []*Letter{&good, &ghost}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("letter about a missing invoice: %v", err)
	}
	if ls, _ := s.Letters(LetterFilter{}); len(ls) != 0 {
		t.Errorf("%d letters stored after a failed batch", len(ls))
	}
	bad := good
	bad.Total = 1
	bad.PDF = []byte("not a pdf")
	var ve *ValidationError
	if err := s.CreateLetters(context.Background(), []*Letter{&bad}); !errors.As(err, &ve) ||
		ve.Field("Total") == "" || ve.Field("PDF") == "" {
		t.Errorf("invalid letter: %v", err)
	}
}

func TestDunningCandidates(t *testing.T) {
	s := newTestStore(t)
	active := mustCustomer(t, s, Customer{Name: "Active"})
	held := mustCustomer(t, s, Customer{Name: "Held", Status: StatusOnHold})
	disputed := mustCustomer(t, s, Customer{Name: "Disputed", Status: StatusDisputed})
	old := mustInvoice(t, s, active, Invoice{IssueDate: MustDate("2026-06-01"), DueDate: MustDate("2026-06-15"), Amount: 50_00})
	mustPay(t, s, old, 50_00, "2026-07-20")
	mustInvoice(t, s, active, Invoice{IssueDate: MustDate("2026-08-01"), DueDate: MustDate("2026-08-15"), Amount: 70_00})
	mustInvoice(t, s, active, Invoice{IssueDate: MustDate("2026-08-01"), DueDate: MustDate("2026-08-20"), Amount: 30_00,
		Currency: "USD"})
	mustInvoice(t, s, active, Invoice{IssueDate: MustDate("2026-09-01"), DueDate: MustDate("2026-10-01"), Amount: 5_00})
	for _, c := range []Customer{held, disputed} {
		mustInvoice(t, s, c, Invoice{IssueDate: MustDate("2026-06-01"), DueDate: MustDate("2026-06-15")})
	}
	// A letter about the invoice since paid belongs to an earlier claim.
	mustLetter(t, s, active, old, 1, "2026-06-20")
	recent := mustLetter(t, s, active, old, 2, "2026-08-25")
	cands, err := s.DunningCandidates(MustDate("2026-10-01"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(cands) != 2 {
		t.Fatalf("candidates = %+v, want Active in EUR and USD only", cands)
	}
	eur := cands[0]
	if eur.Currency != "EUR" || eur.OldestDue != MustDate("2026-08-15") || eur.Overdue != 70_00 || eur.Count != 1 {
		t.Errorf("EUR candidate = %+v (the invoice due on the as-of date is not past due)", eur)
	}
	if len(eur.Episode) != 1 || eur.Episode[0].ID != recent.ID {
		t.Errorf("episode = %+v, want only the letter dated after the oldest due date", eur.Episode)
	}
	invs, allocs, err := s.OverdueInvoices(active.ID, "EUR", MustDate("2026-10-02"))
	if err != nil || len(invs) != 2 || len(allocs) != 0 {
		t.Errorf("OverdueInvoices = %d, %v, %v", len(invs), allocs, err)
	}
	one, _ := s.DunningCandidates(MustDate("2026-10-01"), held.ID)
	if len(one) != 0 {
		t.Errorf("a customer on hold is a candidate: %+v", one)
	}
}

// TestLettersKeepTheirOrder checks that the permanent record refuses a letter dated in the
// future or before a letter already sent to the customer, and a posting before the letter's
// date.
func TestLettersKeepTheirOrder(t *testing.T) {
	s := newTestStore(t) // its clock says 2026-11-01
	c := mustCustomer(t, s, Customer{})
	inv := mustInvoice(t, s, c, Invoice{})
	sent := mustLetter(t, s, c, inv, 1, "2026-10-15")
	tests := []struct {
		name, date string
	}{
		{"before the letter already sent", "2026-10-01"},
		{"in the future", "2026-11-20"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := MustDate(tt.date)
			l := sent
			l.ID, l.SHA256, l.Date, l.Deadline, l.PDF = 0, "", d, d.AddDays(14), testPDF(tt.date)
			var ve *ValidationError
			if err := s.CreateLetters(context.Background(), []*Letter{&l}); !errors.As(err, &ve) || ve.Field("Date") == "" {
				t.Errorf("letter dated %s: %v", tt.date, err)
			}
		})
	}
	mustLetter(t, s, c, inv, 2, "2026-10-30") // later, on or before today: fine
	var ve *ValidationError
	early := Mailing{LetterID: sent.ID, Date: MustDate("2026-10-14"), Method: MailOrdinary}
	if err := s.CreateMailing(&early); !errors.As(err, &ve) || ve.Field("Date") == "" {
		t.Errorf("posted the day before the letter's date: %v", err)
	}
}
