package ui

import (
	"testing"

	"overdue/data"
)

// openCustomer shows the file of customer id and waits for it to load.
func openCustomer(t *testing.T, a *App, id int64) *customerDetail {
	t.Helper()
	onUI(a, func() { a.OpenCustomer(id) })
	a.Wait()
	d := a.openDetail()
	if d == nil {
		t.Fatal("the customer's file is not on screen")
	}
	return d
}

func TestRecordPaymentUpdatesHeader(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{Name: "Schröder & Söhne KG", CreditLimit: 120_00})
	older := mustInvoice(t, s, c, data.Invoice{Number: "R-1", IssueDate: data.MustDate("2026-08-01"), Amount: 100_00})
	newer := mustInvoice(t, s, c, data.Invoice{Number: "R-2", IssueDate: data.MustDate("2026-10-25"), Amount: 50_00})
	a := newTestApp(t, s)
	d := openCustomer(t, a, c.ID)

	if d.balance.Text != "€150.00" {
		t.Errorf("balance %q, want €150.00", d.balance.Text)
	}
	if d.overdue.Text != "€100.00" {
		t.Errorf("overdue %q, want €100.00 (R-2 is not due until 2026-11-08)", d.overdue.Text)
	}
	if !d.warn.Visible() || d.warn.Text != "⚠ €30.00 over the limit" {
		t.Errorf("credit limit warning %q visible %v", d.warn.Text, d.warn.Visible())
	}

	var f *paymentForm
	onUI(a, func() { f = showPaymentForm(a, d.cust, data.KindPayment, d.saved) })
	a.Wait() // the open invoices
	typeInto(a, f.amount, "120")
	if f.allocs[0].Text != "100.00" || f.allocs[1].Text != "20.00" {
		t.Errorf("oldest first split %q %q, want 100.00 and 20.00", f.allocs[0].Text, f.allocs[1].Text)
	}
	tap(a, f.save)

	if d.balance.Text != "€30.00" {
		t.Errorf("balance after the payment %q, want €30.00", d.balance.Text)
	}
	if d.warn.Visible() {
		t.Error("the credit limit warning stayed after the balance fell below the limit")
	}
	for _, tc := range []struct {
		inv  data.Invoice
		paid int64
	}{{older, 100_00}, {newer, 20_00}} {
		got, err := s.Invoice(tc.inv.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Paid != tc.paid {
			t.Errorf("%s paid %d, want %d", got.Number, got.Paid, tc.paid)
		}
	}
}

func TestPaymentSplitEditedByHand(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{})
	mustInvoice(t, s, c, data.Invoice{Number: "A-1", IssueDate: data.MustDate("2026-08-01"), Amount: 100_00})
	later := mustInvoice(t, s, c, data.Invoice{Number: "A-2", IssueDate: data.MustDate("2026-09-01"), Amount: 100_00})
	a := newTestApp(t, s)
	d := openCustomer(t, a, c.ID)
	var f *paymentForm
	onUI(a, func() { f = showPaymentForm(a, d.cust, data.KindPayment, d.saved) })
	a.Wait()
	onUI(a, func() {
		f.amount.SetText("60")
		f.allocs[0].SetText("")
		f.allocs[1].SetText("60")
	})
	if f.rest.Text != "All allocated" {
		t.Errorf("rest %q", f.rest.Text)
	}
	tap(a, f.save)
	got, _ := s.Invoice(later.ID)
	if got.Paid != 60_00 {
		t.Errorf("the hand-made split was not kept: A-2 paid %d", got.Paid)
	}
}

func TestOverAllocationIsRefused(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{})
	mustInvoice(t, s, c, data.Invoice{Number: "B-1", Amount: 100_00})
	a := newTestApp(t, s)
	d := openCustomer(t, a, c.ID)
	var f *paymentForm
	onUI(a, func() { f = showPaymentForm(a, d.cust, data.KindPayment, d.saved) })
	a.Wait()
	onUI(a, func() {
		f.amount.SetText("50")
		f.allocs[0].SetText("80")
	})
	tap(a, f.save)
	if got := f.message("Allocations"); got != "more is allocated than the amount" {
		t.Errorf("message under the split %q", got)
	}
	if ps, _ := s.Payments(data.PaymentFilter{CustomerID: c.ID}); len(ps) != 0 {
		t.Errorf("%d payments written", len(ps))
	}
}

func TestLogContactAppearsInTimeline(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{Name: "Ødegård Transport AS"})
	a := newTestApp(t, s)
	d := openCustomer(t, a, c.ID)
	var f *recordForm
	onUI(a, func() { f = showContactLogForm(a, d.cust, d.saved) })
	onUI(a, func() {
		f.fields["Channel"].input.(interface{ SetSelectedIndex(int) }).SetSelectedIndex(0)
		f.fields["Outcome"].input.(interface{ SetSelectedIndex(int) }).SetSelectedIndex(3)
		f.fields["Date"].input.(interface{ SetText(string) }).SetText(a.Date(testToday.AddDays(-1)))
		f.fields["Time"].input.(interface{ SetText(string) }).SetText("10:30")
	})
	typeInto(a, f.fields["Text"].input.(fyneFocusable), "Lovet å betale innen fredag")
	tap(a, f.save)
	var ev data.Event
	for i := 0; i < d.timeline.length(); i++ {
		if e, ok := d.timeline.item(i); ok && e.Kind == data.EventContact {
			ev = e.Event
		}
	}
	if ev.Kind != data.EventContact || ev.Channel != data.ChannelPhone || ev.Outcome != "promised" ||
		ev.Text != "Lovet å betale innen fredag" {
		t.Errorf("contact in the timeline: %+v", ev)
	}
	if got := eventTitle(ev); got != "Phone call — promised to pay" {
		t.Errorf("title %q", got)
	}
}

func TestChangeStatusNeedsReason(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{})
	a := newTestApp(t, s)
	d := openCustomer(t, a, c.ID)
	var f *recordForm
	onUI(a, func() {
		f = showStatusForm(a, d.cust, d.saved)
		f.fields["Status"].input.(interface{ SetSelectedIndex(int) }).SetSelectedIndex(1) // disputed
	})
	tap(a, f.save)
	if f.message("StatusReason") == "" {
		t.Fatal("no message asking for the reason")
	}
	typeInto(a, f.fields["StatusReason"].input.(fyneFocusable), "Says the work was not finished")
	tap(a, f.save)
	got, _ := s.Customer(c.ID)
	if got.Status != data.StatusDisputed || got.StatusReason != "Says the work was not finished" || got.StatusDate != testToday {
		t.Errorf("saved %s %q %s", got.Status, got.StatusReason, got.StatusDate)
	}
	if d.status.text != "Disputed" {
		t.Errorf("header chip %q", d.status.text)
	}
}
