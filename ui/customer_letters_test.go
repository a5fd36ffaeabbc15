package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/theme"

	"overdue/data"
)

// letterEvents stores two letters to one customer, the first mailed certified with a signed
// return receipt, the second mailed with a receipt nobody signed, and returns the events
// the store wrote for them by kind (the signed receipt under return_receipt).
func letterEvents(t *testing.T) map[string]data.Event {
	t.Helper()
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{Name: "Żółć Sp. z o.o."})
	first := mustLetter(t, s, c, data.Letter{})
	m := mustMailing(t, s, first, data.MailCertified, testToday.AddDays(-9))
	if err := s.CreateReturnReceipt(&data.ReturnReceipt{MailingID: m.ID, Date: testToday.AddDays(-6),
		SignedBy: "J. Kowalska"}); err != nil {
		t.Fatal(err)
	}
	second := mustLetter(t, s, c, data.Letter{Level: 2, LevelName: "2. Mahnung", Date: testToday.AddDays(-2)})
	m2 := mustMailing(t, s, second, data.MailRegistered, testToday.AddDays(-2))
	if err := s.CreateReturnReceipt(&data.ReturnReceipt{MailingID: m2.ID, Date: testToday}); err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(data.EventFilter{CustomerID: c.ID,
		Kinds: []data.EventKind{data.EventLetter, data.EventLetterMailed, data.EventReturnReceipt}})
	if err != nil || len(evs) != 6 {
		t.Fatalf("events = %+v, %v", evs, err)
	}
	out := map[string]data.Event{}
	for _, e := range evs {
		key := string(e.Kind)
		switch {
		case e.Kind == data.EventLetter && e.Ref != "letter:1":
			continue
		case e.Kind == data.EventLetterMailed && e.Outcome != string(data.MailCertified):
			continue
		case e.Kind == data.EventReturnReceipt && !strings.Contains(e.Text, "Kowalska"):
			key = "receipt_unsigned"
		}
		out[key] = e
	}
	return out
}

func TestTimelineLetterTitles(t *testing.T) {
	evs := letterEvents(t)
	tests := []struct {
		lang                             string
		letter, mailed, signed, unsigned string
	}{
		{"en", "Letter: Purring", "Letter mailed (certified)", "Return receipt signed by J. Kowalska",
			"Return receipt received"},
		{"de", "Brief: Purring", "Brief versandt (Einschreiben mit Rückschein)",
			"Rückschein unterschrieben von J. Kowalska", "Rückschein eingegangen"},
		{"nb", "Brev: Purring", "Brev sendt (rekommandert med mottaksbevis)", "Mottaksbevis signert av J. Kowalska",
			"Mottaksbevis returnert"},
		{"pl", "Pismo: Purring", "Wysłano pismo (polecony za potwierdzeniem odbioru)",
			"Potwierdzenie odbioru podpisane przez J. Kowalska", "Otrzymano potwierdzenie odbioru"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			useLanguage(t, tt.lang)
			for kind, want := range map[string]string{"letter": tt.letter, "letter_mailed": tt.mailed,
				"return_receipt": tt.signed, "receipt_unsigned": tt.unsigned} {
				if got := eventTitle(evs[kind]); got != want {
					t.Errorf("%s: title %q, want %q", kind, got, want)
				}
			}
		})
	}
	for kind, want := range map[string]string{"letter": theme.MailComposeIcon().Name(),
		"letter_mailed": theme.MailSendIcon().Name(), "return_receipt": theme.MailReplyIcon().Name()} {
		if got := eventIcon(evs[kind]).Name(); got != want || got == theme.InfoIcon().Name() {
			t.Errorf("%s: icon %s, want %s", kind, got, want)
		}
	}
}

// Selecting a letter event, or the event of its mailing, opens the stored PDF.
func TestTimelineOpensLetterPDF(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{Name: "Ødegård Transport AS"})
	l := mustLetter(t, s, c, data.Letter{})
	mustMailing(t, s, l, data.MailCertified, testToday.AddDays(-9))
	a := newTestApp(t, s)
	d := openCustomer(t, a, c.ID)
	for i, kind := range []data.EventKind{data.EventLetter, data.EventLetterMailed} {
		row := -1
		for r := 0; r < d.timeline.length(); r++ {
			if e, ok := d.timeline.item(r); ok && e.Kind == kind {
				row = r
			}
		}
		if row < 0 {
			t.Fatalf("no %s event in the timeline", kind)
		}
		onUI(a, func() { d.timeline.List.Select(row) })
		a.Wait()
		opened := openedFiles(a)
		if len(opened) != i+1 {
			t.Fatalf("%s: opened %v", kind, opened)
		}
		path := opened[i]
		if !strings.HasPrefix(filepath.Base(path), "letter-1-") {
			t.Errorf("%s opened %s, want the stored letter 1", kind, path)
		}
		if b, err := os.ReadFile(path); err != nil || !bytes.Equal(b, l.PDF) {
			t.Errorf("%s: the opened file is not the stored PDF (%v)", kind, err)
		}
	}
}

func TestCustomerLettersTab(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{Name: "Schröder & Söhne KG"})
	other := mustCustomer(t, s, data.Customer{Name: "Andere GmbH"})
	older := mustLetter(t, s, c, data.Letter{Date: data.MustDate("2026-10-01")})
	m := mustMailing(t, s, older, data.MailCertified, data.MustDate("2026-10-02"))
	if err := s.CreateReturnReceipt(&data.ReturnReceipt{MailingID: m.ID, Date: data.MustDate("2026-10-05"),
		SignedBy: "J. Kowalska"}); err != nil {
		t.Fatal(err)
	}
	mustLetter(t, s, other, data.Letter{})
	newest := mustLetter(t, s, c, data.Letter{Level: 2, LevelName: "Inkassovarsel", Date: data.MustDate("2026-10-20"),
		Principal: 250_00})
	a := newTestApp(t, s)
	d := openCustomer(t, a, c.ID)
	if got := d.tabs.Items[3].Text; got != "Letters" {
		t.Errorf("tab %q, want Letters", got)
	}
	if len(d.letters.rows) != 2 || d.letters.rows[0].ID != newest.ID {
		t.Fatalf("rows = %+v, want this customer's two letters, newest first", d.letters.rows)
	}
	cells := func(id int) string {
		row := d.letters.newRow()
		onUI(a, func() { d.letters.updateRow(id, row) })
		return strings.Join(cellTexts(row), " | ")
	}
	tests := []struct {
		name string
		row  int
		want string
	}{
		{"not mailed", 0, "2026-10-20 | 2 · Inkassovarsel | €250.00 | 2026-11-03 | not mailed yet | "},
		{"certified, receipt back", 1,
			"2026-10-01 | 1 · Purring | €100.00 | 2026-10-15 | certified 2026-10-02 RR123456785NO | 2026-10-05 · J. Kowalska"},
	}
	for _, tt := range tests {
		if got := cells(tt.row); got != tt.want {
			t.Errorf("%s: row %q, want %q", tt.name, got, tt.want)
		}
	}

	onUI(a, func() { d.letters.list.Select(0) })
	tap(a, d.letters.mailed)
	tap(a, dialogButton(t, a, "Save")) // the defaults: posted today, ordinary mail, Posten
	want := "2026-10-20 | 2 · Inkassovarsel | €250.00 | 2026-11-03 | ordinary 2026-11-02 | "
	if got := cells(0); got != want {
		t.Errorf("row after marking it mailed %q, want %q", got, want)
	}
	if ms, _ := s.Mailings(newest.ID, 0); len(ms) != 1 || ms[0].Carrier != "Posten" {
		t.Errorf("mailings of the letter: %+v", ms)
	}
}

func TestSentLetterReceiptColumn(t *testing.T) {
	s := &sentLetters{a: &App{lang: "en"}}
	tests := []struct {
		name string
		row  sentRow
		want string
	}{
		{"not mailed", sentRow{}, ""},
		{"ordinary mail has no receipt", sentRow{mailed: "ordinary 2026-11-02", method: data.MailOrdinary}, ""},
		{"certified, waiting", sentRow{mailed: "certified 2026-11-02", method: data.MailCertified}, "not returned yet"},
		{"certified, back", sentRow{method: data.MailCertified, receipt: "2026-11-05 · J. Kowalska"},
			"2026-11-05 · J. Kowalska"},
	}
	for _, tt := range tests {
		if got := s.cellText(tt.row, sentReceipt); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
