package ui

import (
	"errors"
	"fmt"
	"log"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"overdue/data"
)

// timelineRow is an event of the timeline with the records its second line is written from
// in the UI language: the letter of a letter event, and the mailing (with its letter) of a
// mailing or return-receipt event. The store writes the event's own text in English; it is
// shown when the records cannot be read.
type timelineRow struct {
	data.Event
	letter  *data.Letter        // without its PDF
	mailing *data.Mailing       // of a mailing or a return receipt
	receipt *data.ReturnReceipt // without its scan (ScanSize tells whether there is one)
}

// loadTimelineRows reads a page of a customer's events and, in the same load, the letters,
// mailings and return receipts they refer to: one read per letter, one for the customer's
// mailings and one per mailing for their receipts, only when the page needs them. It runs
// off the UI goroutine. A record that cannot be read leaves the event's own text.
func loadTimelineRows(store *data.Store, customerID int64, offset, limit int) ([]timelineRow, error) {
	evs, err := store.Events(data.EventFilter{CustomerID: customerID, Offset: offset, Limit: limit})
	if err != nil {
		return nil, err
	}
	rows := make([]timelineRow, len(evs))
	var needMailings, needReceipts bool
	for i, e := range evs {
		rows[i].Event = e
		switch kind, _ := eventRef(e.Ref); {
		case e.Kind == data.EventLetterMailed && kind == "mailing":
			needMailings = true
		case e.Kind == data.EventReturnReceipt && kind == "receipt":
			needMailings, needReceipts = true, true
		}
	}
	mailings := map[int64]*data.Mailing{}
	receipts := map[int64]*data.ReturnReceipt{}
	if needMailings {
		ms, err := store.Mailings(0, customerID)
		logUnread(err)
		for i := range ms {
			mailings[ms[i].ID] = &ms[i]
			if !needReceipts {
				continue
			}
			rs, err := store.ReturnReceipts(ms[i].ID)
			logUnread(err)
			for j := range rs {
				receipts[rs[j].ID] = &rs[j]
			}
		}
	}
	letters := map[int64]*data.Letter{}
	letter := func(id int64) *data.Letter {
		if l, ok := letters[id]; ok {
			return l
		}
		l, err := store.Letter(id)
		logUnread(err)
		if err != nil {
			letters[id] = nil
			return nil
		}
		letters[id] = &l
		return &l
	}
	for i := range rows {
		r := &rows[i]
		kind, id := eventRef(r.Ref)
		switch {
		case r.Kind == data.EventLetter && kind == "letter":
			r.letter = letter(id)
		case r.Kind == data.EventLetterMailed && kind == "mailing":
			r.mailing = mailings[id]
		case r.Kind == data.EventReturnReceipt && kind == "receipt":
			if r.receipt = receipts[id]; r.receipt != nil {
				r.mailing = mailings[r.receipt.MailingID]
			}
		}
		if r.mailing != nil {
			r.letter = letter(r.mailing.LetterID)
		}
	}
	return rows, nil
}

// logUnread logs why a record a timeline row refers to could not be read; the row then
// shows the event's own text.
func logUnread(err error) {
	if err != nil && !errors.Is(err, data.ErrNotFound) {
		log.Printf("overdue: timeline: %v", err)
	}
}

// eventDetail is the second line of a timeline row: for letters, mailings and return
// receipts written from their records in the UI language, otherwise the event's text.
func (d *customerDetail) eventDetail(r timelineRow) string {
	switch {
	case r.Kind == data.EventLetter && r.letter != nil:
		return lang.X("event.letter_text", "{{.Total}} due by {{.Deadline}}", map[string]any{
			"Total": d.a.Money(r.letter.Total, r.letter.Currency), "Deadline": d.a.Date(r.letter.Deadline)})
	case r.Kind == data.EventLetterMailed && r.mailing != nil:
		return joinParts(levelName(r.letter), r.mailing.Carrier, trackingText(r.mailing.Tracking))
	case r.Kind == data.EventReturnReceipt && r.receipt != nil && r.mailing != nil:
		scan := ""
		if r.receipt.ScanSize > 0 {
			scan = lang.X("event.receipt_scan", "scan attached, select to open it")
		}
		return joinParts(levelName(r.letter), trackingText(r.mailing.Tracking), scan)
	}
	return strings.ReplaceAll(r.Text, "\n", " ")
}

func levelName(l *data.Letter) string {
	if l == nil {
		return ""
	}
	return l.LevelName
}

func trackingText(number string) string {
	if number == "" {
		return ""
	}
	return lang.X("event.tracking", "tracking number {{.Number}}", map[string]any{"Number": number})
}

// joinParts joins the parts that are not empty with " · ".
func joinParts(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " · ")
}

// openReceiptScan writes the scan of return receipt id beside the company file and opens it
// in the system's viewer, or says that none is stored.
func openReceiptScan(a *App, id int64) {
	store := a.Store()
	a.Go(func() (func(), error) {
		r, err := store.ReturnReceipt(id)
		if err != nil {
			return nil, err
		}
		if r.ScanSize == 0 || len(r.Scan) == 0 {
			return func() {
				a.ShowInfo(lang.X("letters.col.receipt", "Return receipt"),
					lang.X("receipt.no_scan_stored", "No scan of this return receipt is stored."))
			}, nil
		}
		path, err := writeViewerFile(store, fmt.Sprintf("receipt-%d", id), scanExtension(r.ScanType, r.Scan), r.Scan)
		return func() { openInViewer(a, path) }, err
	})
}

// eventRef splits an event's reference such as "letter:7" into its kind and ID.
func eventRef(ref string) (string, int64) {
	kind, num, ok := strings.Cut(ref, ":")
	id, err := strconv.ParseInt(num, 10, 64)
	if !ok || err != nil || id <= 0 {
		return "", 0
	}
	return kind, id
}
