package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// customersOnScreen returns the Customers screen of a, shown.
func customersOnScreen(t *testing.T, a *App) *customersScreen {
	t.Helper()
	var s *customersScreen
	onUI(a, func() { s = a.customers() })
	a.Wait()
	if s == nil {
		t.Fatal("no Customers screen")
	}
	return s
}

// loadedNames returns the names of the rows the list has loaded, in order.
func loadedNames(s *customersScreen) []string {
	var names []string
	for i := 0; i < s.list.length(); i++ {
		if c, ok := s.list.item(i); ok {
			names = append(names, c.Name)
		}
	}
	return names
}

func TestCustomerSearchAsYouType(t *testing.T) {
	s := newTestStore(t)
	for _, n := range []string{"Kowalski Sp. z o.o.", "Nowak i Syn", "Jan Kowalczyk", "Müller GmbH", "Ølberg AS"} {
		mustCustomer(t, s, data.Customer{Name: n})
	}
	a := newTestApp(t, s)
	scr := customersOnScreen(t, a)
	if got := scr.total.Text; got != "5 customers" {
		t.Errorf("count before searching %q", got)
	}

	tests := []struct {
		typed string
		want  []string
	}{
		{"kowal", []string{"Jan Kowalczyk", "Kowalski Sp. z o.o."}},
		{"muller", []string{"Müller GmbH"}}, // letters with diacritics are folded
		{"olberg", []string{"Ølberg AS"}},
		{"nobody", nil},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			onUI(a, func() { scr.search.SetText("") })
			typeInto(a, scr.search, tt.typed)
			a.Wait() // the debounced query and the page it loads
			if got := loadedNames(scr); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("rows %v, want %v", got, tt.want)
			}
			if len(tt.want) == 0 && (!scr.empty.Visible() || scr.empty.Text != "No customer matches “nobody”.") {
				t.Errorf("empty note %q visible %v", scr.empty.Text, scr.empty.Visible())
			}
		})
	}
}

func TestCustomerSearchDropsStaleResults(t *testing.T) {
	s := newTestStore(t)
	for i := 0; i < 40; i++ {
		mustCustomer(t, s, data.Customer{Name: fmt.Sprintf("Andersen %02d AS", i)})
	}
	mustCustomer(t, s, data.Customer{Name: "Kowalski Sp. z o.o."})
	a := newTestApp(t, s)
	scr := customersOnScreen(t, a)
	// Two queries in flight at once: whichever finishes last, the list shows the newer one.
	onUI(a, func() {
		scr.filter.Search = "a"
		scr.refilter(true)
		scr.filter.Search = "kowal"
		scr.refilter(true)
	})
	a.Wait()
	if got := loadedNames(scr); fmt.Sprint(got) != "[Kowalski Sp. z o.o.]" {
		t.Errorf("rows %v, want only the newer search's", got)
	}
}

func TestCustomerListSortsByHeader(t *testing.T) {
	s := newTestStore(t)
	small := mustCustomer(t, s, data.Customer{Name: "Alfa AS"})
	big := mustCustomer(t, s, data.Customer{Name: "Beta AS"})
	mustInvoice(t, s, small, data.Invoice{Amount: 10_00})
	mustInvoice(t, s, big, data.Invoice{Amount: 900_00})
	a := newTestApp(t, s)
	scr := customersOnScreen(t, a)
	if got := fmt.Sprint(loadedNames(scr)); got != "[Alfa AS Beta AS]" {
		t.Fatalf("by name: %s", got)
	}
	tap(a, scr.header.balance)
	if got := fmt.Sprint(loadedNames(scr)); got != "[Beta AS Alfa AS]" {
		t.Errorf("by balance: %s", got)
	}
	if scr.sortBy.Selected != "Largest balance first" {
		t.Errorf("sort select shows %q", scr.sortBy.Selected)
	}
	tap(a, scr.header.balance)
	if got := fmt.Sprint(loadedNames(scr)); got != "[Alfa AS Beta AS]" {
		t.Errorf("by balance, reversed: %s", got)
	}
}

func TestCustomerRowShowsBalanceAndDaysOverdue(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{Name: "Hansen Rør AS", Currency: "NOK", Country: "NO"})
	// Due 2026-07-01: 124 days overdue on testToday.
	mustInvoice(t, s, c, data.Invoice{IssueDate: data.MustDate("2026-06-17"), DueDate: data.MustDate("2026-07-01"), Amount: 1234550})
	a := newTestApp(t, s)
	scr := customersOnScreen(t, a)
	row := newCustomerRow()
	item, ok := scr.list.item(0)
	if !ok {
		t.Fatal("first row not loaded")
	}
	onUI(a, func() { scr.updateRow(item, row) })
	cells := cellTexts(row)
	want := []string{"10001", "Hansen Rør AS", "NO", "", "NOK 12,345.50", "124 days", "–", "–", "–", "–", "12,346"} // then the buckets
	if fmt.Sprint(cells) != fmt.Sprint(want) {
		t.Errorf("row %q, want %q", cells, want)
	}
}

// cellTexts returns the label texts of a list row ("" for other widgets).
func cellTexts(row fyne.CanvasObject) []string {
	var out []string
	for _, o := range row.(*fyne.Container).Objects {
		text := ""
		if l, ok := o.(*widget.Label); ok {
			text = l.Text
		}
		out = append(out, text)
	}
	return out
}
