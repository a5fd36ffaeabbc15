package ui

import (
	"testing"

	"overdue/data"
)

func TestCustomerFormCreatesCustomer(t *testing.T) {
	s := newTestStore(t)
	a := newTestApp(t, s)
	var saved data.Customer
	var f *customerForm
	onUI(a, func() { f = showCustomerForm(a, nil, func(c data.Customer) { saved = c }) })
	a.Wait() // the next free number is proposed

	if f.number.Text != "10001" {
		t.Errorf("proposed number %q, want 10001", f.number.Text)
	}
	typeInto(a, f.name, "Żółć Handel Sp. z o.o.")
	typeInto(a, f.org, "0000123456")
	typeInto(a, f.limit, "5,000.00")
	onUI(a, func() { f.country.SetText("PL") })
	tap(a, f.save)

	got, err := s.CustomerByNumber("10001")
	if err != nil {
		t.Fatalf("customer not in the file: %v", err)
	}
	if got.Name != "Żółć Handel Sp. z o.o." || got.OrgNumber != "0000123456" || got.Country != "PL" {
		t.Errorf("saved %+v", got)
	}
	if got.Currency != "PLN" || got.TimeZone != "Europe/Warsaw" {
		t.Errorf("country PL should propose PLN and Europe/Warsaw, got %s %s", got.Currency, got.TimeZone)
	}
	if got.CreditLimit != 500000 {
		t.Errorf("credit limit %d, want 500000", got.CreditLimit)
	}
	if saved.ID != got.ID {
		t.Errorf("done got customer %d, want %d", saved.ID, got.ID)
	}
	if f.open {
		t.Error("the dialog is still open after a successful save")
	}
}

func TestCustomerFormShowsValidationMessages(t *testing.T) {
	tests := []struct {
		name  string
		fill  func(f *customerForm)
		field string
		want  string
	}{
		{"empty name", func(f *customerForm) {}, "Name", "enter the customer's name"},
		{"country not a code", func(f *customerForm) {
			f.name.SetText("Müller GmbH")
			f.country.SetText("Deutschland")
		}, "Country", "use a two-letter country code such as NO"},
		{"unknown time zone", func(f *customerForm) {
			f.name.SetText("Müller GmbH")
			f.timeZone.SetText("Europe/Atlantis")
		}, "TimeZone", "unknown time zone; use a name like Europe/Oslo"},
		{"credit limit not an amount", func(f *customerForm) {
			f.name.SetText("Müller GmbH")
			f.limit.SetText("lots")
		}, "CreditLimit", "Type an amount such as 1,234.50"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestStore(t)
			a := newTestApp(t, s)
			var f *customerForm
			onUI(a, func() { f = showCustomerForm(a, nil, func(data.Customer) {}) })
			a.Wait()
			onUI(a, func() { tt.fill(f) })
			tap(a, f.save)

			if got := f.message(tt.field); got != tt.want {
				t.Errorf("message under %s = %q, want %q", tt.field, got, tt.want)
			}
			if !f.open {
				t.Error("the dialog closed although the customer is invalid")
			}
			if n, _ := s.CountCustomers(data.CustomerFilter{}); n != 0 {
				t.Errorf("%d customers written, want none", n)
			}
		})
	}
}

func TestCustomerFormDuplicateNumber(t *testing.T) {
	s := newTestStore(t)
	mustCustomer(t, s, data.Customer{Number: "10001", Name: "Nordmann AS"})
	a := newTestApp(t, s)
	var f *customerForm
	onUI(a, func() { f = showCustomerForm(a, nil, func(data.Customer) {}) })
	a.Wait()
	onUI(a, func() {
		f.number.SetText("10001")
		f.name.SetText("Hansen AS")
	})
	tap(a, f.save)
	if got := f.message("Number"); got != "This number is already used; choose another." {
		t.Errorf("message under Number = %q", got)
	}
}
