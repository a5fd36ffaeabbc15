package letters

import (
	"slices"
	"strings"
	"testing"

	"overdue/data"
)

// TestLetterOfClaimGB checks the English letter of claim: one reply date, the letter's own
// deadline, for businesses (no "14 days" beside a 30-day deadline), and for consumers a note
// reminding the user to enclose the Pre-Action Protocol's forms the letter says are enclosed.
func TestLetterOfClaimGB(t *testing.T) {
	tests := []struct {
		debtor data.DebtorType
		note   bool
	}{
		{data.Business, false},
		{data.Consumer, true},
		{data.SoleTrader, true},
	}
	for _, tt := range tests {
		t.Run(string(tt.debtor), func(t *testing.T) {
			f := newFixture(t, "GB", "en", tt.debtor, "2026-01-05")
			for _, day := range []string{"2026-01-06", "2026-02-04", "2026-03-06"} {
				f.send(t, day)
			}
			it := f.item(t, "2026-04-05")
			if it.Level.TextKey != "letter_of_claim" {
				t.Fatalf("level %+v, want the letter of claim", it.Level)
			}
			dr, err := f.book.Prepare(it, d("2026-04-05"))
			if err != nil {
				t.Fatal(err)
			}
			deadline := dr.date(dr.Deadline)
			if tt.debtor == data.Business && (!strings.Contains(dr.Body, "Please reply by "+deadline) ||
				strings.Contains(dr.Body, "14 days")) {
				t.Errorf("business letter of claim does not ask for a reply by %s:\n%s", deadline, dr.Body)
			}
			noted := false
			for _, n := range dr.Notes {
				noted = noted || strings.Contains(n, "Reply Form")
			}
			if noted != tt.note {
				t.Errorf("notes %q: enclosure reminder %v, want %v", dr.Notes, noted, tt.note)
			}
		})
	}
}

// TestConsumerInterestGB checks that an English consumer is not told of "statutory
// late-payment interest" (the Late Payment Act's, for businesses) but of interest claimed
// under section 69, which the court may award.
func TestConsumerInterestGB(t *testing.T) {
	f := newFixture(t, "GB", "en", data.Consumer, "2026-01-05")
	for _, day := range []string{"2026-01-06", "2026-02-04"} {
		f.send(t, day)
	}
	dr, err := f.book.Prepare(f.item(t, "2026-03-06"), d("2026-03-06"))
	if err != nil {
		t.Fatal(err)
	}
	if dr.InterestSum == 0 || strings.Contains(dr.Body, "Statutory late-payment interest") ||
		!strings.Contains(dr.Body, "section 69 of the County Courts Act 1984") {
		t.Errorf("consumer interest text:\n%s", dr.Body)
	}
}

// TestGermanConsumerInterestNeedsAReminderPerInvoice checks § 286 BGB per invoice: a German
// consumer owes interest on an invoice only from the day after a letter written after that
// invoice fell due; a reminder about other invoices sent earlier does not count.
func TestGermanConsumerInterestNeedsAReminderPerInvoice(t *testing.T) {
	f := newFixture(t, "DE", "de", data.Consumer, "2026-01-05") // invoices due 05.01, 12.01, 19.01
	f.send(t, "2026-01-06")                                     // reminds the first only
	it := f.item(t, "2026-02-04")
	it.Level, _ = f.book.Ladder.Level(3) // a level that charges interest
	dr, err := f.book.Prepare(it, d("2026-02-04"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range dr.Invoices {
		reminded := r.Invoice.DueDate < d("2026-01-06")
		if reminded != (r.Interest > 0) {
			t.Errorf("invoice due %s: interest %d (reminded before: %v)", r.Invoice.DueDate, r.Interest, reminded)
		}
	}
}

// TestInvoicesNewSinceThePreviousLetterAreNamed checks that an escalated letter names the
// invoices the previous letter did not list, so "despite our letter of …" is true of the rest.
func TestInvoicesNewSinceThePreviousLetterAreNamed(t *testing.T) {
	f := newFixture(t, "GB", "en", data.Business, "2026-01-05") // invoices due 5, 12 and 19 January
	f.send(t, "2026-01-06")                                     // lists the first only
	dr, err := f.book.Prepare(f.item(t, "2026-02-04"), d("2026-02-04"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{f.invoices[1].Number, f.invoices[2].Number}
	if !slices.Equal(dr.FirstListed, want) {
		t.Fatalf("first listed %v, want %v", dr.FirstListed, want)
	}
	pdf, _, err := f.book.Single(dr)
	if err != nil {
		t.Fatal(err)
	}
	if text := strings.Join(strings.Fields(pdfToText(t, pdf)), " "); text != "" &&
		!strings.Contains(text, "listed here for the first time: "+strings.Join(want, ", ")) {
		t.Errorf("the letter does not name the invoices new since the last one:\n%s", text[:min(len(text), 1500)])
	}
}
