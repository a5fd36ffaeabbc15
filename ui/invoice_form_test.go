package ui

import (
	"testing"

	"overdue/data"
)

func TestInvoiceFormCreatesInvoice(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{Name: "Åsgard Bygg AS", Currency: "NOK"})
	a := newTestApp(t, s)
	var f *invoiceForm
	onUI(a, func() { f = showInvoiceForm(a, &c, nil, func(data.Invoice) {}) })

	if f.currency.Text != "NOK" {
		t.Errorf("currency %q, want the customer's NOK", f.currency.Text)
	}
	if want := a.Date(testToday.AddDays(defaultTerms)); f.due.Text != want {
		t.Errorf("due date %q, want %q (issue date + %d days)", f.due.Text, want, defaultTerms)
	}
	typeInto(a, f.number, "2026-0042")
	onUI(a, func() { f.issue.SetText("2026-10-01") })
	if f.due.Text != "2026-10-15" {
		t.Errorf("due date did not follow the issue date: %q", f.due.Text)
	}
	typeInto(a, f.amount, "12,345.50")
	typeInto(a, f.text, "Tømrerarbeid, oktober")
	tap(a, f.save)

	inv, err := s.InvoiceByNumber("2026-0042")
	if err != nil {
		t.Fatalf("invoice not in the file: %v", err)
	}
	want := data.Invoice{Number: "2026-0042", CustomerID: c.ID, IssueDate: data.MustDate("2026-10-01"),
		DueDate: data.MustDate("2026-10-15"), Amount: 1234550, Currency: "NOK", Description: "Tømrerarbeid, oktober"}
	inv.ID, inv.Created = 0, want.Created
	if inv != want {
		t.Errorf("saved %+v\nwant  %+v", inv, want)
	}
}

func TestInvoiceFormValidation(t *testing.T) {
	tests := []struct {
		name        string
		issue, due  string
		amount      string
		field, want string
	}{
		{"due before issue", "2026-10-10", "2026-10-01", "100", "DueDate", "the due date is before the issue date"},
		{"impossible date", "2026-02-30", "2026-03-10", "100", "IssueDate", "this date does not exist"},
		{"no amount", "2026-10-01", "2026-10-15", "", "Amount", "enter an amount above zero"},
		{"amount with letters", "2026-10-01", "2026-10-15", "12x", "Amount", "Type an amount such as 1,234.50"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestStore(t)
			c := mustCustomer(t, s, data.Customer{})
			a := newTestApp(t, s)
			var f *invoiceForm
			onUI(a, func() {
				f = showInvoiceForm(a, &c, nil, func(data.Invoice) {})
				f.number.SetText("X-1")
				f.issue.SetText(tt.issue)
				f.due.SetText(tt.due)
				f.amount.SetText(tt.amount)
			})
			tap(a, f.save)
			if got := f.message(tt.field); got != tt.want {
				t.Errorf("message under %s = %q, want %q", tt.field, got, tt.want)
			}
			if _, err := s.InvoiceByNumber("X-1"); err == nil {
				t.Error("an invalid invoice was written")
			}
		})
	}
}

func TestInvoiceFormPicksCustomer(t *testing.T) {
	s := newTestStore(t)
	mustCustomer(t, s, data.Customer{Name: "Nowak i Syn", Currency: "PLN"})
	want := mustCustomer(t, s, data.Customer{Name: "Wiśniewski Transport", Currency: "PLN"})
	a := newTestApp(t, s)
	var f *invoiceForm
	onUI(a, func() { f = showInvoiceForm(a, nil, nil, func(data.Invoice) {}) })
	a.Wait()
	typeInto(a, f.picker.search, "wisn")
	a.Wait()
	if len(f.picker.matches) != 1 || f.picker.matches[0].ID != want.ID {
		t.Fatalf("matches for “wisn”: %+v", f.picker.matches)
	}
	onUI(a, func() {
		f.picker.list.Select(0)
		f.number.SetText("FV/2026/7")
		f.amount.SetText("99.90")
	})
	tap(a, f.save)
	inv, err := s.InvoiceByNumber("FV/2026/7")
	if err != nil {
		t.Fatalf("invoice not in the file: %v", err)
	}
	if inv.CustomerID != want.ID || inv.Currency != "PLN" || inv.Amount != 9990 {
		t.Errorf("saved %+v", inv)
	}
}
