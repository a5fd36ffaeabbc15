package letters

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"overdue/data"
)

func TestGenerateStoresEachLetterExactly(t *testing.T) {
	f := newFixture(t, "DE", "de", data.Business, "2026-06-01")
	other := f.addCustomer(t, "20002", data.Consumer, "pl")
	f.addInvoices(t, other, "2026-05-20", 1)
	items, err := f.book.Queue(d("2026-06-02"), 0)
	if err != nil || len(items) != 2 {
		t.Fatalf("queue = %+v, %v", items, err)
	}
	var steps []int
	res, err := f.book.Generate(context.Background(), items, d("2026-06-02"), false, func(done, total int) {
		steps = append(steps, done)
		if total != 5 {
			t.Errorf("total = %d, want 5", total)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) == 0 || steps[len(steps)-1] != 5 {
		t.Errorf("progress = %v", steps)
	}
	for _, l := range res.Letters {
		stored, err := f.store.LetterPDF(l.ID)
		if err != nil || !bytes.Equal(stored, l.PDF) || data.Digest(stored) != l.SHA256 {
			t.Errorf("letter %d not stored exactly: %v", l.ID, err)
		}
		got, _ := f.store.Letter(l.ID)
		if got.Level != 1 || got.Pages != l.Pages || got.Total != l.Total || len(got.Invoices) == 0 {
			t.Errorf("stored letter = %+v", got)
		}
		evs, _ := f.store.Events(data.EventFilter{CustomerID: l.CustomerID, Kinds: []data.EventKind{data.EventLetter}})
		if len(evs) != 1 || evs[0].Amount != l.Total {
			t.Errorf("timeline = %+v", evs)
		}
	}
	if len(res.Batch) == 0 || bytes.Equal(res.Batch, res.Letters[0].PDF) {
		t.Error("no separate batch PDF")
	}
	// The next level waits for the deadline (14 days) and 30 days past due.
	f.reopen(t)
	for _, day := range []string{"2026-06-03", "2026-06-16", "2026-06-30"} {
		if items, _ := f.book.Queue(d(day), f.customer.ID); len(items) != 0 {
			t.Errorf("%s: %+v due", day, items)
		}
	}
	if it := f.item(t, "2026-07-01"); it.Level.Level != 2 {
		t.Errorf("on 1 July level %d is due", it.Level.Level)
	}
}

func TestGenerateDryRunAndCancelStoreNothing(t *testing.T) {
	f := newFixture(t, "NO", "nb", data.Consumer, "2026-06-01")
	it := f.item(t, "2026-06-02")
	res, err := f.book.Generate(context.Background(), []Item{it}, d("2026-06-02"), true, nil)
	if err != nil || len(res.Letters) != 1 || res.Letters[0].ID != 0 {
		t.Fatalf("dry run = %+v, %v", res, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := f.book.Generate(ctx, []Item{it}, d("2026-06-02"), false, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if ls, _ := f.store.Letters(data.LetterFilter{}); len(ls) != 0 {
		t.Errorf("%d letters stored", len(ls))
	}
}

func TestHoldsAndDisputesStopTheQueue(t *testing.T) {
	f := newFixture(t, "PL", "pl", data.Business, "2026-06-01")
	for _, st := range []data.CustomerStatus{data.StatusOnHold, data.StatusDisputed} {
		c, _ := f.store.Customer(f.customer.ID)
		c.Status, c.StatusReason = st, "test"
		if err := f.store.UpdateCustomer(&c); err != nil {
			t.Fatal(err)
		}
		if items, _ := f.book.Queue(d("2026-09-01"), 0); len(items) != 0 {
			t.Errorf("%s customer in the queue: %+v", st, items)
		}
	}
}

func TestHandOverIsQueuedButNotPrinted(t *testing.T) {
	f := newFixture(t, "US", "en", data.Business, "2026-01-01")
	for _, day := range []string{"2026-01-02", "2026-01-31", "2026-03-02", "2026-04-01"} {
		f.send(t, day)
		f.reopen(t)
	}
	it := f.item(t, "2026-05-01")
	if it.IsLetter() || it.Level.Action != data.ActionHandover {
		t.Fatalf("item = %+v, want the hand-over", it)
	}
	res, err := f.book.Generate(context.Background(), []Item{it}, d("2026-05-01"), false, nil)
	if err != nil || len(res.Letters) != 0 {
		t.Errorf("hand-over produced %+v, %v", res, err)
	}
}

func TestFeesAndInterestAccumulateOverTheClaim(t *testing.T) {
	f := newFixture(t, "NO", "nb", data.Consumer, "2026-01-05")
	f.send(t, "2026-01-06")
	f.reopen(t)
	purring := f.send(t, "2026-02-04").Letters[0]
	f.reopen(t)
	varsel := f.send(t, "2026-03-06").Letters[0]
	if purring.Fee != 35_00 || varsel.Fee != 35_00 || varsel.Fees != 70_00 {
		t.Errorf("fees: purring %d, varsel %d / %d", purring.Fee, varsel.Fee, varsel.Fees)
	}
	if varsel.Interest <= purring.Interest || varsel.InterestAdded != varsel.Interest-purring.Interest {
		t.Errorf("interest: %d then %d (added %d)", purring.Interest, varsel.Interest, varsel.InterestAdded)
	}
	var interestLogged int64
	evs, _ := f.store.Events(data.EventFilter{CustomerID: f.customer.ID, Kinds: []data.EventKind{data.EventInterest}})
	for _, e := range evs {
		interestLogged += e.Amount
	}
	if interestLogged != varsel.Interest {
		t.Errorf("interest events sum to %d, the last letter states %d", interestLogged, varsel.Interest)
	}
	if varsel.Total != varsel.Principal+varsel.Fees+varsel.Interest+varsel.Compensation {
		t.Errorf("total does not add up: %+v", varsel)
	}
}

// TestGenerateSkipsCustomersWithoutAddress checks that a letter to a customer without a
// postal address (none, or one with no street and town) is neither rendered nor stored, and
// is reported, while the preview still shows it.
func TestGenerateSkipsCustomersWithoutAddress(t *testing.T) {
	f := newFixture(t, "PL", "pl", data.Business, "2026-01-05")
	ct, err := f.store.BillingContact(f.customer.ID)
	if err != nil {
		t.Fatal(err)
	}
	ct.Street, ct.Postcode, ct.City = "", "", ""
	if err := f.store.UpdateContact(&ct); err != nil {
		t.Fatal(err)
	}
	it := f.item(t, "2026-01-06")
	res, err := f.book.Generate(context.Background(), []Item{it}, d("2026-01-06"), false, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Letters) != 0 || len(res.Skipped) != 1 || !res.Skipped[0].NoAddress {
		t.Fatalf("letters %d, skipped %d", len(res.Letters), len(res.Skipped))
	}
	if stored, _ := f.store.Letters(data.LetterFilter{}); len(stored) != 0 {
		t.Errorf("stored %d letters", len(stored))
	}
	if pdf, err := f.book.Preview(it, d("2026-01-06")); err != nil || len(pdf) == 0 {
		t.Errorf("preview: %d bytes, %v", len(pdf), err)
	}
}
