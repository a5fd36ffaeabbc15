package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"overdue/data"
)

// testToday is the date the screens count days overdue to in the tests.
var testToday = data.MustDate("2026-11-02")

func TestMain(m *testing.M) {
	// The same language on every machine: the system locale chooses Fyne's translation.
	os.Setenv("LANG", "en_US.UTF-8")
	os.Setenv("LANGUAGE", "en")
	os.Unsetenv("LC_ALL")
	os.Unsetenv("LC_MESSAGES")
	if err := RegisterTranslations(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// newTestStore opens a new company file in a temp folder with a company profile.
func newTestStore(t testing.TB) *data.Store {
	t.Helper()
	s, err := data.Open(filepath.Join(t.TempDir(), "test"+data.FileExtension))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	c := data.Company{Name: "Fjordlys Design AS", Country: "NO", Currency: "EUR", Language: "en"}
	if err := s.SaveCompany(&c); err != nil {
		t.Fatalf("save company: %v", err)
	}
	return s
}

// newTestApp shows the main window of a test app on s, with today fixed at testToday.
func newTestApp(t testing.TB, s *data.Store) *App {
	t.Helper()
	fa := test.NewTempApp(t)
	a := New(fa)
	a.Ephemeral = true
	a.SetToday(testToday)
	a.win.Resize(fyne.NewSize(1200, 800))
	c, err := s.Company()
	if err != nil {
		t.Fatalf("read company: %v", err)
	}
	onUI(a, func() { a.useStore(s, c) })
	a.Wait()
	t.Cleanup(func() {
		a.Wait()
		a.store, a.shell = nil, nil // the test closes the store itself
		a.win.Close()
	})
	return a
}

// onUI runs fn as the UI goroutine would: not at the same time as App callbacks.
func onUI(a *App, fn func()) {
	a.uiMu.Lock()
	defer a.uiMu.Unlock()
	fn()
}

// mustCustomer creates a customer with sensible defaults; fields set in c win.
func mustCustomer(t testing.TB, s *data.Store, c data.Customer) data.Customer {
	t.Helper()
	if c.Number == "" {
		n, err := s.NextCustomerNumber()
		if err != nil {
			t.Fatal(err)
		}
		c.Number = n
	}
	if c.Name == "" {
		c.Name = "Kowalski Sp. z o.o."
	}
	if c.Type == "" {
		c.Type = data.Business
	}
	if c.Currency == "" {
		c.Currency = "EUR"
	}
	if err := s.CreateCustomer(&c); err != nil {
		t.Fatalf("create customer: %v", err)
	}
	return c
}

// mustInvoice creates an invoice for c with sensible defaults; fields set in inv win.
func mustInvoice(t testing.TB, s *data.Store, c data.Customer, inv data.Invoice) data.Invoice {
	t.Helper()
	inv.CustomerID = c.ID
	if inv.Number == "" {
		inv.Number = fmt.Sprintf("INV-%s-%d", c.Number, time.Now().UnixNano())
	}
	if inv.IssueDate == 0 {
		inv.IssueDate = data.MustDate("2026-09-01")
	}
	if inv.DueDate == 0 {
		inv.DueDate = inv.IssueDate.AddDays(14)
	}
	if inv.Amount == 0 {
		inv.Amount = 100_00
	}
	if inv.Currency == "" {
		inv.Currency = c.Currency
	}
	if err := s.CreateInvoice(&inv); err != nil {
		t.Fatalf("create invoice: %v", err)
	}
	return inv
}

// typeInto types text into an entry the way a user does (focus, keys).
func typeInto(a *App, e fyne.Focusable, text string) {
	onUI(a, func() {
		a.win.Canvas().Focus(e)
		test.Type(e, text)
	})
}

// tap taps a button on the UI goroutine and waits for the work it starts.
func tap(a *App, b fyne.Tappable) {
	onUI(a, func() { test.Tap(b) })
	a.Wait()
}

// fyneFocusable is what typeInto types into.
type fyneFocusable = fyne.Focusable

// fyneLocale is a locale as the system reports it.
func fyneLocale(s string) fyne.Locale { return fyne.Locale(s) }

// fyneSetText is an input whose text can be set.
type fyneSetText interface{ SetText(string) }

// mustPayInFull records a payment of the whole invoice.
func mustPayInFull(t testing.TB, s *data.Store, inv data.Invoice) {
	t.Helper()
	p := data.Payment{CustomerID: inv.CustomerID, Kind: data.KindPayment, Date: inv.DueDate, Amount: inv.Amount,
		Currency: inv.Currency, Allocations: []data.Allocation{{InvoiceID: inv.ID, Amount: inv.Amount}}}
	if err := s.CreatePayment(&p); err != nil {
		t.Fatalf("pay invoice: %v", err)
	}
}
