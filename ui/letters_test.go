package ui

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"overdue/data"
)

// lettersApp opens the Letters section on a file with one customer whose invoice is 62 days
// late on testToday (2026-11-02) and one disputed customer.
func lettersApp(t *testing.T) (*App, *data.Store, *lettersScreen, data.Customer) {
	t.Helper()
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{Name: "Żółć Sp. z o.o.", Language: "pl"})
	mustAddress(t, s, c)
	mustInvoice(t, s, c, data.Invoice{IssueDate: data.MustDate("2026-08-18"), DueDate: data.MustDate("2026-09-01")})
	d := mustCustomer(t, s, data.Customer{Name: "Disputed AS", Status: data.StatusDisputed})
	mustInvoice(t, s, d, data.Invoice{IssueDate: data.MustDate("2026-08-18"), DueDate: data.MustDate("2026-09-01")})
	a := newTestApp(t, s)
	onUI(a, func() { a.ShowSection("letters") })
	a.Wait()
	ls, ok := a.shell.screen("letters").(*lettersScreen)
	if !ok {
		t.Fatal("the Letters section is not the letters screen")
	}
	return a, s, ls, c
}

func TestLettersScreenGeneratesAndStores(t *testing.T) {
	a, s, ls, c := lettersApp(t)
	if len(ls.queue) != 1 || ls.queue[0].Candidate.CustomerID != c.ID || ls.queue[0].Level.Level != 1 {
		t.Fatalf("queue = %+v, want the active customer's first letter only", ls.queue)
	}
	onUI(a, func() { ls.list.Select(0) })
	a.Wait()
	if ls.preview.Text == "" || !containsAll(ls.preview.Text, "Przypomnienie o płatności", "16.11.2026", "100,00") {
		t.Errorf("preview = %q", ls.preview.Text)
	}
	tap(a, ls.genAll)
	confirmRecording(t, a)
	letters, err := s.Letters(data.LetterFilter{CustomerID: c.ID})
	if err != nil || len(letters) != 1 || letters[0].Language != "pl" {
		t.Fatalf("stored letters = %+v, %v", letters, err)
	}
	if ls.batch == "" || ls.print.Disabled() {
		t.Fatal("no batch PDF to print")
	}
	if b, err := os.ReadFile(ls.batch); err != nil || string(b[:5]) != "%PDF-" {
		t.Errorf("batch file: %v", err)
	}
	// After Changed the queue is empty until the letter's deadline has passed.
	a.Wait()
	if len(ls.queue) != 0 {
		t.Errorf("queue after generating = %+v", ls.queue)
	}
	if len(ls.sent.rows) != 1 || ls.sent.rows[0].mailed != "" {
		t.Fatalf("sent = %+v", ls.sent.rows)
	}
}

func TestMarkMailedAndReturnReceipt(t *testing.T) {
	a, s, ls, c := lettersApp(t)
	tap(a, ls.genAll)
	confirmRecording(t, a)
	l := ls.sent.rows[0].Letter
	var f *recordForm
	onUI(a, func() { f = showMailingForm(a, l, func() { a.Changed() }) })
	tracking := f.fields["Tracking"].input.(interface{ SetText(string) })
	carrier := f.fields["Carrier"].input.(interface{ SetText(string) })
	onUI(a, func() {
		carrier.SetText("USPS")
		tracking.SetText("9407 1118 9922 3397 6239 10")
	})
	tap(a, f.save)
	if f.message("Tracking") == "" {
		t.Error("a USPS number with a wrong check digit was accepted")
	}
	onUI(a, func() { tracking.SetText("71969010756003077385") })
	tap(a, f.save)
	if msg := f.message("Tracking"); msg != "" {
		t.Fatalf("valid number refused: %s", msg)
	}
	ms, err := s.Mailings(l.ID, 0)
	if err != nil || len(ms) != 1 || ms[0].Tracking != "71969010756003077385" {
		t.Fatalf("mailings = %+v, %v", ms, err)
	}
	var rf *recordForm
	onUI(a, func() { rf = showReceiptForm(a, ms[0], func() { a.Changed() }) })
	onUI(a, func() { rf.fields["SignedBy"].input.(interface{ SetText(string) }).SetText("J. Kowalska") })
	tap(a, rf.save)
	rs, err := s.ReturnReceipts(ms[0].ID)
	if err != nil || len(rs) != 1 || rs[0].SignedBy != "J. Kowalska" {
		t.Errorf("receipts = %+v, %v", rs, err)
	}
	evs, _ := s.Events(data.EventFilter{CustomerID: c.ID,
		Kinds: []data.EventKind{data.EventLetter, data.EventLetterMailed, data.EventReturnReceipt}})
	if len(evs) != 3 {
		t.Errorf("timeline = %+v", evs)
	}
	a.Wait()
	if ls.sent.rows[0].mailed == "" {
		t.Error("the list does not show the mailing")
	}
}

func containsAll(s string, parts ...string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}

func TestLettersTranslationsAreComplete(t *testing.T) {
	en := translationFile(t, "letters", "en")
	for _, code := range data.Languages {
		t.Run(code, func(t *testing.T) { compareWithEnglish(t, code, en, translationFile(t, "letters", code)) })
	}
}

// The message after generating letters agrees with their number in every language.
func TestGeneratedLettersPlural(t *testing.T) {
	tests := []struct {
		lang  string
		count int
		want  string
	}{
		{"en", 1, "1 letter is stored and written to b.pdf. Use Print to open it."},
		{"en", 3, "3 letters are stored and written to b.pdf. Use Print to open them."},
		{"de", 1, "1 Brief ist gespeichert und in b.pdf geschrieben. Mit „Drucken“ öffnen Sie ihn."},
		{"de", 2, "2 Briefe sind gespeichert und in b.pdf geschrieben. Mit „Drucken“ öffnen Sie sie."},
		{"nb", 1, "1 brev er lagret og skrevet til b.pdf. Bruk Skriv ut for å åpne det."},
		{"nb", 5, "5 brev er lagret og skrevet til b.pdf. Bruk Skriv ut for å åpne dem."},
		{"pl", 1, "Zapisano 1 pismo i utworzono plik b.pdf. Otwórz je przyciskiem Drukuj."},
		{"pl", 3, "Zapisano 3 pisma i utworzono plik b.pdf. Otwórz je przyciskiem Drukuj."},
		{"pl", 5, "Zapisano 5 pism i utworzono plik b.pdf. Otwórz je przyciskiem Drukuj."},
		{"pl", 12, "Zapisano 12 pism i utworzono plik b.pdf. Otwórz je przyciskiem Drukuj."},
		{"pl", 22, "Zapisano 22 pisma i utworzono plik b.pdf. Otwórz je przyciskiem Drukuj."},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %d", tt.lang, tt.count), func(t *testing.T) {
			useLanguage(t, tt.lang)
			if got := generatedText(tt.count, "b.pdf"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// mustAddress gives customer c a billing address in Łódź.
func mustAddress(t *testing.T, s *data.Store, c data.Customer) {
	t.Helper()
	if err := s.CreateContact(&data.Contact{CustomerID: c.ID, Kind: data.ContactBilling, Street: "ul. Piotrkowska 104",
		Postcode: "90-926", City: "Łódź", Country: "PL"}); err != nil {
		t.Fatal(err)
	}
}

// TestLettersWithoutAddressAreNotProduced checks that a customer without a postal address
// gets no letter (nothing stored) and that the window says why.
func TestLettersWithoutAddressAreNotProduced(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{Name: "Bez Adresu Sp. z o.o.", Language: "pl"})
	mustInvoice(t, s, c, data.Invoice{IssueDate: data.MustDate("2026-08-18"), DueDate: data.MustDate("2026-09-01")})
	a := newTestApp(t, s)
	onUI(a, func() { a.ShowSection("letters") })
	a.Wait()
	ls := a.shell.screen("letters").(*lettersScreen)
	if len(ls.queue) != 1 {
		t.Fatalf("queue = %+v, want the customer's letter listed", ls.queue)
	}
	onUI(a, func() { ls.onGenerate(true) })
	confirmRecording(t, a)
	if stored, _ := s.Letters(data.LetterFilter{}); len(stored) != 0 {
		t.Errorf("stored %d letters to a customer without an address", len(stored))
	}
	if text := screenText(a); !strings.Contains(text, "Bez Adresu") || !strings.Contains(text, "postal") {
		t.Errorf("no dialog naming the customer and the missing address: %q", text)
	}
}

// TestGenerateAsksFirst checks that generating asks before recording letters, and that
// cancelling records nothing.
func TestGenerateAsksFirst(t *testing.T) {
	a, s, ls, _ := lettersApp(t)
	tap(a, ls.genAll)
	if text := screenText(a); !strings.Contains(text, "cannot be deleted") {
		t.Fatalf("no question before recording:\n%s", text)
	}
	tap(a, dialogButton(t, a, "Cancel"))
	a.Wait()
	if n := storedLetters(t, s); n != 0 {
		t.Errorf("%d letters recorded after Cancel", n)
	}
}

// TestPreviewWithoutPDFViewer checks that opening a PDF on a system without a PDF program
// says where the file is instead of doing nothing.
func TestPreviewWithoutPDFViewer(t *testing.T) {
	a, _, ls, _ := lettersApp(t)
	a.noPDFViewer = func() bool { return true }
	onUI(a, func() { ls.list.Select(0) })
	a.Wait()
	onUI(a, ls.onPreviewPDF)
	a.Wait()
	if got := openedFiles(a); len(got) != 0 {
		t.Errorf("opened %v without a PDF program", got)
	}
	if text := screenText(a); !strings.Contains(text, "No program for PDF files") || !strings.Contains(text, "preview") {
		t.Errorf("the window does not say where the preview is:\n%s", text)
	}
}

// TestMailingFormGrowsWithErrors checks that the mailing form shows its whole hint and that
// a field error grows the dialog instead of scrolling fields out of view.
func TestMailingFormGrowsWithErrors(t *testing.T) {
	a, _, _, l := generatedLetter(t)
	var f *recordForm
	onUI(a, func() { f = showMailingForm(a, l[0], func() {}) })
	onUI(a, func() {
		f.fieldError("Tracking", "the check digit does not match: please check the number on the receipt")
	})
	if got, need := f.scroll.MinSize(), f.body.MinSize(); got.Height < need.Height || got.Width < need.Width {
		t.Errorf("scroll area %v is smaller than the form %v: fields scroll out of view", got, need)
	}
}

// TestMailingFormSaysAlreadyPosted checks that marking a posted letter mailed again says
// when it was posted before.
func TestMailingFormSaysAlreadyPosted(t *testing.T) {
	a, s, _, l := generatedLetter(t)
	mustMailing(t, s, l[0], data.MailRegistered, l[0].Date)
	var f *recordForm
	onUI(a, func() { f = showMailingForm(a, l[0], func() {}) })
	if !f.general.Visible() || !strings.Contains(f.general.Text, "already posted") || !strings.Contains(f.general.Text, "RR123456785NO") {
		t.Errorf("the form says %q", f.general.Text)
	}
}

// TestUntickedLettersStayUnticked checks that a letter the user unticked is still unticked
// after the queue is read again.
func TestUntickedLettersStayUnticked(t *testing.T) {
	a, _, ls, _ := lettersApp(t)
	onUI(a, func() { ls.checked[0] = false })
	onUI(a, ls.Reload)
	a.Wait()
	if len(ls.queue) != 1 || ls.checked[0] {
		t.Errorf("after reloading: queue %d, ticked %v", len(ls.queue), ls.checked[0])
	}
}

// TestSentListShowsReceipt checks that the Letters screen's list of letters sent says when
// a registered letter's return receipt came back.
func TestSentListShowsReceipt(t *testing.T) {
	a, s, ls, l := generatedLetter(t)
	m := mustMailing(t, s, l[0], data.MailRegistered, l[0].Date)
	if err := s.CreateReturnReceipt(&data.ReturnReceipt{MailingID: m.ID, Date: l[0].Date.AddDays(3), SignedBy: "J. K."}); err != nil {
		t.Fatal(err)
	}
	onUI(a, ls.Reload)
	a.Wait()
	if len(ls.sent.rows) == 0 || !strings.Contains(ls.sent.rows[0].mailed, "receipt") {
		t.Errorf("sent rows %+v", ls.sent.rows)
	}
}

// generatedLetter opens the letters app, generates and records the due letter, closes the
// message, and returns the letters stored.
func generatedLetter(t *testing.T) (*App, *data.Store, *lettersScreen, []data.Letter) {
	t.Helper()
	a, s, ls, _ := lettersApp(t)
	tap(a, ls.genAll)
	confirmRecording(t, a)
	closeDialogs(a)
	l, err := s.Letters(data.LetterFilter{})
	if err != nil || len(l) == 0 {
		t.Fatalf("no letter stored: %v", err)
	}
	return a, s, ls, l
}
