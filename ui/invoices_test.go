package ui

import (
	"fmt"
	"testing"

	"overdue/data"
)

func TestInvoicesScreen(t *testing.T) {
	s := newTestStore(t)
	anna := mustCustomer(t, s, data.Customer{Name: "Anna Łukasiewicz"})
	olav := mustCustomer(t, s, data.Customer{Name: "Olav Ødegård"})
	paid := mustInvoice(t, s, anna, data.Invoice{Number: "F-1", Description: "Logo"})
	mustPayInFull(t, s, paid)
	mustInvoice(t, s, anna, data.Invoice{Number: "F-2", Description: "Plakater"})
	mustInvoice(t, s, olav, data.Invoice{Number: "F-3", Description: "Nettside"})
	a := newTestApp(t, s)
	var scr *invoicesScreen
	onUI(a, func() {
		a.ShowSection("invoices")
		scr = a.shell.screen("invoices").(*invoicesScreen)
	})
	a.Wait()
	rows := func() string {
		var out []string
		for i := 0; i < scr.list.length(); i++ {
			if r, ok := scr.list.item(i); ok {
				out = append(out, r.Number+" "+r.customer)
			}
		}
		return fmt.Sprint(out)
	}
	if got := rows(); got != "[F-2 10001  Anna Łukasiewicz F-3 10002  Olav Ødegård]" {
		t.Errorf("open invoices: %s", got)
	}
	if scr.total.Text != "2 invoices" {
		t.Errorf("count %q", scr.total.Text)
	}
	onUI(a, func() { scr.onlyOpen.SetChecked(false) })
	a.Wait()
	if got := rows(); got != "[F-1 10001  Anna Łukasiewicz F-2 10001  Anna Łukasiewicz F-3 10002  Olav Ødegård]" {
		t.Errorf("all invoices: %s", got)
	}
	typeInto(a, scr.search, "nett")
	a.Wait()
	if got := rows(); got != "[F-3 10002  Olav Ødegård]" {
		t.Errorf("search “nett”: %s", got)
	}
}

func TestContactFormValidation(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{})
	a := newTestApp(t, s)
	var f *recordForm
	onUI(a, func() {
		f = showContactForm(a, c.ID, nil, func() {})
		f.fields["Name"].input.(fyneSetText).SetText("Regnskap")
		f.fields["Email"].input.(fyneSetText).SetText("regnskap at firma.no")
	})
	tap(a, f.save)
	if got := f.message("Email"); got != "not an email address" {
		t.Errorf("message under Email %q", got)
	}
	onUI(a, func() { f.fields["Email"].input.(fyneSetText).SetText("regnskap@firma.no") })
	tap(a, f.save)
	cs, err := s.Contacts(c.ID)
	if err != nil || len(cs) != 1 || cs[0].Email != "regnskap@firma.no" || cs[0].Kind != data.ContactBilling {
		t.Errorf("contacts %+v %v", cs, err)
	}
}

func TestScrollingKeepsFewPages(t *testing.T) {
	s := newTestStore(t)
	for i := 0; i < 3000; i++ {
		mustCustomer(t, s, data.Customer{Name: fmt.Sprintf("Kunde %04d AS", i)})
	}
	a := newTestApp(t, s)
	scr := customersOnScreen(t, a)
	row := newCustomerRow()
	// Ask for rows all over the list, as scrolling does.
	for _, id := range []int{150, 2950, 800, 1999, 1200, 2500, 40, 2100, 1500, 600, 2800, 350, 1750, 2250, 950, 2650} {
		onUI(a, func() { scr.list.updateItem(id, row) })
		a.Wait()
		onUI(a, func() { scr.list.updateItem(id, row) })
		if c, ok := scr.list.item(id); !ok || c.Name != fmt.Sprintf("Kunde %04d AS", id) {
			t.Fatalf("row %d: %+v loaded %v", id, c, ok)
		}
	}
	if n := len(scr.list.pages); n > maxPages {
		t.Errorf("%d pages held, at most %d allowed", n, maxPages)
	}
}
