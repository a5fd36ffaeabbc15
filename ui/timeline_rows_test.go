package ui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"overdue/data"
)

// mustReceipt records a return receipt of mailing m, delivered on the mailing's date.
func mustReceipt(t *testing.T, s *data.Store, m data.Mailing, r data.ReturnReceipt) data.ReturnReceipt {
	t.Helper()
	r.MailingID = m.ID
	if r.Date == 0 {
		r.Date = m.Date
	}
	if err := s.CreateReturnReceipt(&r); err != nil {
		t.Fatalf("record return receipt: %v", err)
	}
	return r
}

// timelineByKind returns the timeline rows of a customer's first page, the last one of each
// event kind.
func timelineByKind(t *testing.T, s *data.Store, customerID int64) map[data.EventKind]timelineRow {
	t.Helper()
	rows, err := loadTimelineRows(s, customerID, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	out := map[data.EventKind]timelineRow{}
	for _, r := range rows {
		out[r.Kind] = r
	}
	return out
}

// The second line of letter, mailing and receipt events is written from the stored records
// in the UI language, not the English text the store logged.
func TestTimelineLetterDetails(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{Name: "Schröder & Söhne KG"})
	l := mustLetter(t, s, c, data.Letter{Principal: 1_234_56}) // deadline 2026-11-06
	m := mustMailing(t, s, l, data.MailCertified, testToday.AddDays(-9))
	mustReceipt(t, s, m, data.ReturnReceipt{SignedBy: "J. Kowalska", Scan: []byte("\x89PNG\r\n\x1a\n"),
		ScanType: "image/png"})
	rows := timelineByKind(t, s, c.ID)
	tests := []struct {
		lang, letter, mailed, receipt string
	}{
		{"en", "€1,234.56 due by 2026-11-06", "Purring · Posten · tracking number RR123456785NO",
			"Purring · tracking number RR123456785NO · scan attached, select to open it"},
		{"de", "1.234,56\u00a0€ zahlbar bis 06.11.2026", "Purring · Posten · Sendungsnummer RR123456785NO",
			"Purring · Sendungsnummer RR123456785NO · Scan angehängt, zum Öffnen auswählen"},
		{"nb", "1\u00a0234,56\u00a0EUR å betale innen 06.11.2026", "Purring · Posten · sporingsnummer RR123456785NO",
			"Purring · sporingsnummer RR123456785NO · skanning vedlagt, velg raden for å åpne den"},
		{"pl", "1\u00a0234,56\u00a0EUR, termin zapłaty 06.11.2026", "Purring · Posten · numer nadania RR123456785NO",
			"Purring · numer nadania RR123456785NO · dołączono skan, wybierz, aby go otworzyć"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			useLanguage(t, tt.lang)
			d := &customerDetail{a: &App{lang: tt.lang}}
			for kind, want := range map[data.EventKind]string{data.EventLetter: tt.letter,
				data.EventLetterMailed: tt.mailed, data.EventReturnReceipt: tt.receipt} {
				if got := d.eventDetail(rows[kind]); got != want {
					t.Errorf("%s: %q, want %q", kind, got, want)
				}
			}
		})
	}
}

// Without the records (a letter that cannot be read) the row keeps the store's text.
func TestTimelineDetailFallback(t *testing.T) {
	d := &customerDetail{a: &App{lang: "en"}}
	tests := []struct {
		name string
		row  timelineRow
		want string
	}{
		{"letter not read", timelineRow{Event: data.Event{Kind: data.EventLetter, Ref: "letter:99",
			Text: "Purring (level 1): €1.00 due by 2026-11-06"}}, "Purring (level 1): €1.00 due by 2026-11-06"},
		{"mailing not read", timelineRow{Event: data.Event{Kind: data.EventLetterMailed, Ref: "mailing:99",
			Text: "Purring posted ordinary Posten"}}, "Purring posted ordinary Posten"},
		{"ordinary mail, no tracking number", timelineRow{Event: data.Event{Kind: data.EventLetterMailed},
			letter: &data.Letter{LevelName: "Purring"}, mailing: &data.Mailing{Carrier: "Posten"}}, "Purring · Posten"},
		{"receipt without scan", timelineRow{Event: data.Event{Kind: data.EventReturnReceipt},
			mailing: &data.Mailing{Tracking: "RR1"}, receipt: &data.ReturnReceipt{}}, "tracking number RR1"},
		{"a note", timelineRow{Event: data.Event{Kind: data.EventNote, Text: "two\nlines"}}, "two lines"},
	}
	for _, tt := range tests {
		if got := d.eventDetail(tt.row); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// Selecting a return receipt opens its scan with the extension of its type; without a scan
// it says so.
func TestTimelineOpensReceiptScan(t *testing.T) {
	pdf := []byte("%PDF-1.4\n%%EOF\n")
	tests := []struct {
		name     string
		scan     []byte
		scanType string
		ext      string // "" when nothing opens
	}{
		{"png", []byte("\x89PNG\r\n\x1a\n"), "image/png", ".png"},
		{"jpeg", []byte("\xff\xd8\xff\xe0"), "image/jpeg", ".jpg"},
		{"pdf", pdf, "application/pdf", ".pdf"},
		{"unknown type, PDF bytes", pdf, "application/octet-stream", ".pdf"},
		{"no scan", nil, "", ""},
	}
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{Name: "Ødegård Transport AS"})
	l := mustLetter(t, s, c, data.Letter{})
	m := mustMailing(t, s, l, data.MailCertified, testToday.AddDays(-9))
	ids := make([]int64, len(tests))
	for i, tt := range tests {
		ids[i] = mustReceipt(t, s, m, data.ReturnReceipt{SignedBy: tt.name, Scan: tt.scan, ScanType: tt.scanType}).ID
	}
	a := newTestApp(t, s)
	d := openCustomer(t, a, c.ID)
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			row := -1
			for r := 0; r < d.timeline.length(); r++ {
				if e, ok := d.timeline.item(r); ok && e.Ref == fmt.Sprintf("receipt:%d", ids[i]) {
					row = r
				}
			}
			if row < 0 {
				t.Fatalf("receipt %d is not in the timeline", ids[i])
			}
			before := len(openedFiles(a))
			onUI(a, func() { d.timeline.List.Select(row) })
			a.Wait()
			opened := openedFiles(a)[before:]
			if tt.ext == "" {
				if len(opened) != 0 || !strings.Contains(screenText(a), "No scan of this return receipt is stored.") {
					t.Errorf("opened %v; the screen says:\n%s", opened, screenText(a))
				}
				closeDialogs(a)
				return
			}
			if len(opened) != 1 || filepath.Ext(opened[0]) != tt.ext {
				t.Fatalf("opened %v, want one %s file", opened, tt.ext)
			}
			if b, err := os.ReadFile(opened[0]); err != nil || !bytes.Equal(b, tt.scan) {
				t.Errorf("the opened file is not the scan (%v)", err)
			}
		})
	}
}

func TestScanExtension(t *testing.T) {
	tests := []struct {
		mimeType string
		b        []byte
		want     string
	}{
		{"image/png", nil, ".png"},
		{"image/jpeg", nil, ".jpg"},
		{"application/pdf", nil, ".pdf"},
		{"application/pdf; qs=0.9", nil, ".pdf"},
		{"", []byte("%PDF-1.7\n"), ".pdf"},
		{"application/octet-stream", []byte("\x89PNG\r\n\x1a\n"), ".png"},
		{"application/octet-stream", []byte{0, 1, 2, 3}, ".bin"},
	}
	for _, tt := range tests {
		if got := scanExtension(tt.mimeType, tt.b); got != tt.want {
			t.Errorf("%q %q: %q, want %q", tt.mimeType, tt.b, got, tt.want)
		}
	}
}
