package ui

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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
	fa := &urlRecorder{App: test.NewTempApp(t)}
	a := New(fa)
	a.Ephemeral = true
	a.SetToday(testToday)
	a.noPDFViewer = func() bool { return false }
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

// urlRecorder is a test app that remembers what it was asked to open in the system's viewer.
type urlRecorder struct {
	fyne.App
	mu    sync.Mutex
	paths []string
}

// OpenURL records the URL's path instead of starting a program.
func (r *urlRecorder) OpenURL(u *url.URL) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.paths = append(r.paths, u.Path)
	return nil
}

// openedFiles returns the paths of the files a test app opened in the system's viewer.
func openedFiles(a *App) []string {
	r, ok := a.fyne.(*urlRecorder)
	if !ok {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.paths...)
}

// mustLetter stores a letter to c as produced (level 1 "Purring", 14 days to pay, a tiny
// PDF); fields set in l win.
func mustLetter(t testing.TB, s *data.Store, c data.Customer, l data.Letter) data.Letter {
	t.Helper()
	l.CustomerID = c.ID
	if l.Country == "" {
		l.Country = "NO"
	}
	if l.Level == 0 {
		l.Level, l.LevelName = 1, "Purring"
	}
	if l.Date == 0 {
		l.Date = testToday.AddDays(-10)
	}
	if l.Deadline == 0 {
		l.Deadline = l.Date.AddDays(14)
	}
	if l.Language == "" {
		l.Language = "en"
	}
	if l.Currency == "" {
		l.Currency = c.Currency
	}
	if l.Principal == 0 {
		l.Principal = 100_00
	}
	l.Total = l.Principal + l.Fees + l.Interest + l.Compensation
	l.Pages = 1
	if l.PDF == nil {
		l.PDF = []byte(fmt.Sprintf("%%PDF-1.4\n%% letter to %s\n%%%%EOF\n", c.Name))
	}
	if err := s.CreateLetters(context.Background(), []*data.Letter{&l}); err != nil {
		t.Fatalf("store letter: %v", err)
	}
	return l
}

// mustMailing records that letter l was posted with method m on date d.
func mustMailing(t testing.TB, s *data.Store, l data.Letter, m data.MailMethod, d data.Date) data.Mailing {
	t.Helper()
	ml := data.Mailing{LetterID: l.ID, Date: d, Method: m, Carrier: "Posten", Tracking: "RR123456785NO"}
	if err := s.CreateMailing(&ml); err != nil {
		t.Fatalf("record mailing: %v", err)
	}
	return ml
}

// closeDialogs removes every dialog from the window.
func closeDialogs(a *App) {
	onUI(a, func() {
		for a.win.Canvas().Overlays().Top() != nil {
			a.win.Canvas().Overlays().Remove(a.win.Canvas().Overlays().Top())
		}
	})
}

// dialogButton returns the button with the given text in the dialog on top.
func dialogButton(t *testing.T, a *App, text string) *widget.Button {
	t.Helper()
	top := a.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog open; want one with a %q button", text)
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	t.Fatalf("the dialog has no %q button:\n%s", text, screenText(a))
	return nil
}
