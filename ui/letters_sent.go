package ui

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// sentRow is a stored letter with its customer's name and how it was mailed.
type sentRow struct {
	data.Letter
	customer string
	mailed   string // "certified 2026-10-21 9407…", "" while not mailed
}

// sentLetters lists the letters produced, newest first, and records their mailing and
// return receipt.
type sentLetters struct {
	a        *App
	rows     []sentRow
	list     *widget.List
	selected int
	root     fyne.CanvasObject
}

func newSentLetters(a *App) *sentLetters {
	s := &sentLetters{a: a, selected: -1}
	s.list = widget.NewList(func() int { return len(s.rows) }, newSentRow, s.updateRow)
	s.list.OnSelected = func(id widget.ListItemID) { s.selected = id }
	open := widget.NewButtonWithIcon(lang.X("letters.open", "Open PDF"), theme.FileIcon(), s.onOpen)
	mailed := widget.NewButtonWithIcon(lang.X("letters.mark_mailed", "Mark mailed…"), theme.MailSendIcon(), s.onMailed)
	receipt := widget.NewButtonWithIcon(lang.X("letters.receipt", "Return receipt…"), theme.ConfirmIcon(), s.onReceipt)
	buttons := container.NewHBox(layoutSpacer(), open, mailed, receipt)
	table := tableWithHeader(sentColumns, []headerCell{{lang.X("letters.col.date", "Date"), false},
		{lang.X("letters.col.customer", "Customer"), false}, {lang.X("letters.col.level", "Level"), false},
		{lang.X("letters.col.mailed", "Mailed"), false}, {lang.X("letters.col.total", "Total"), true}}, s.list)
	s.root = container.NewBorder(subheading(lang.X("letters.sent", "Letters sent")), buttons, nil, nil, table)
	return s
}

// Reload reads the latest 500 letters.
func (s *sentLetters) Reload() {
	store := s.a.Store()
	s.a.Go(func() (func(), error) {
		ls, err := store.Letters(data.LetterFilter{Limit: 500})
		if err != nil {
			return nil, err
		}
		rows := make([]sentRow, len(ls))
		names := map[int64]string{}
		for i, l := range ls {
			name, ok := names[l.CustomerID]
			if !ok {
				c, err := store.Customer(l.CustomerID)
				if err != nil {
					return nil, err
				}
				name = c.Number + "  " + c.Name
				names[l.CustomerID] = name
			}
			ms, err := store.Mailings(l.ID, 0)
			if err != nil {
				return nil, err
			}
			rows[i] = sentRow{Letter: l, customer: name}
			if len(ms) > 0 {
				rows[i].mailed = strings.TrimSpace(mailMethodText(ms[0].Method) + " " + s.a.Date(ms[0].Date) + " " + ms[0].Tracking)
			}
		}
		return func() {
			s.rows, s.selected = rows, -1
			s.list.UnselectAll()
			s.list.Refresh()
		}, nil
	})
}

// sentColumns: date, customer (flexible), level, mailing, total.
var sentColumns = &columnsLayout{widths: []float32{100, 180, 190, 260, 130}, flex: 1, gap: 4}

func newSentRow() fyne.CanvasObject {
	name := widget.NewLabel("")
	name.Truncation = fyne.TextTruncateEllipsis
	level := widget.NewLabel("")
	level.Truncation = fyne.TextTruncateEllipsis
	mailed := caption("")
	mailed.Truncation = fyne.TextTruncateEllipsis
	return container.New(sentColumns, widget.NewLabel(""), name, level, mailed,
		widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}))
}

func (s *sentLetters) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.rows) {
		return
	}
	r := s.rows[id]
	cells := o.(*fyne.Container).Objects
	cells[0].(*widget.Label).SetText(s.a.Date(r.Date))
	cells[1].(*widget.Label).SetText(r.customer)
	cells[2].(*widget.Label).SetText(fmt.Sprintf("%d · %s", r.Level, r.LevelName))
	mailed := r.mailed
	if mailed == "" {
		mailed = lang.X("letters.not_mailed", "not mailed yet")
	}
	cells[3].(*widget.Label).SetText(mailed)
	cells[4].(*widget.Label).SetText(s.a.Money(r.Total, r.Currency))
}

func (s *sentLetters) current() (sentRow, bool) {
	if s.selected < 0 || s.selected >= len(s.rows) {
		s.a.ShowInfo(lang.X("letters.sent", "Letters sent"), lang.X("letters.select_sent", "Select a letter in the list first."))
		return sentRow{}, false
	}
	return s.rows[s.selected], true
}

// onOpen writes the stored PDF (checked against its SHA-256) to a file and opens it.
func (s *sentLetters) onOpen() {
	r, ok := s.current()
	if !ok {
		return
	}
	store := s.a.Store()
	s.a.Go(func() (func(), error) {
		pdf, err := store.LetterPDF(r.ID)
		if err != nil {
			return nil, err
		}
		path, err := writeLetterFile(store, fmt.Sprintf("letter-%d", r.ID), pdf)
		return func() { openInViewer(s.a, path) }, err
	})
}

var mailMethodCodes = []string{string(data.MailOrdinary), string(data.MailCertified), string(data.MailRegistered)}

func mailMethodText(m data.MailMethod) string {
	switch m {
	case data.MailCertified:
		return lang.X("mail.certified", "certified")
	case data.MailRegistered:
		return lang.X("mail.registered", "registered")
	}
	return lang.X("mail.ordinary", "ordinary")
}

// onMailed records how and when the selected letter was posted.
func (s *sentLetters) onMailed() {
	r, ok := s.current()
	if !ok {
		return
	}
	showMailingForm(s.a, r.Letter, func() { s.a.Changed() })
}

// showMailingForm is the "mark mailed" dialog: date, method, carrier and tracking number.
func showMailingForm(a *App, l data.Letter, done func()) *recordForm {
	f := newRecordForm(a, lang.X("letters.save", "Save"))
	date := newDateEntry(a, a.Today())
	f.add("Date", lang.X("mail.date", "Posted on"), date, "")
	labels := make([]string, len(mailMethodCodes))
	for i, m := range mailMethodCodes {
		labels[i] = mailMethodText(data.MailMethod(m))
	}
	def := string(data.MailOrdinary)
	if a.Company().Country == "US" {
		def = string(data.MailCertified)
	}
	_, method := f.choice("Method", lang.X("mail.method", "Method"), mailMethodCodes, labels, def)
	carrier := f.entry("Carrier", lang.X("mail.carrier", "Carrier"), defaultCarrier(a.Company().Country), "")
	tracking := f.entry("Tracking", lang.X("mail.tracking", "Tracking number"), "",
		lang.X("mail.tracking_hint", "USPS numbers (20 or 22 digits) are checked digit by digit."))
	store := a.Store()
	f.submit = func() (func() error, bool) {
		d, err := parseDate(date.Text)
		if err != nil {
			f.fieldError("Date", err.Error())
			return nil, false
		}
		m := data.Mailing{LetterID: l.ID, Date: d, Method: data.MailMethod(method()), Carrier: carrier.Text,
			Tracking: tracking.Text}
		return func() error { return store.CreateMailing(&m) }, true
	}
	f.done = done
	f.show(lang.X("letters.mark_mailed", "Mark mailed…"))
	return f
}

func defaultCarrier(country string) string {
	return map[string]string{"US": "USPS", "GB": "Royal Mail", "DE": "Deutsche Post", "PL": "Poczta Polska",
		"NO": "Posten"}[country]
}

// onReceipt records the return receipt of the selected letter's latest mailing.
func (s *sentLetters) onReceipt() {
	r, ok := s.current()
	if !ok {
		return
	}
	store := s.a.Store()
	s.a.Go(func() (func(), error) {
		ms, err := store.Mailings(r.ID, 0)
		if err != nil {
			return nil, err
		}
		if len(ms) == 0 {
			return func() {
				s.a.ShowInfo(lang.X("letters.receipt", "Return receipt…"),
					lang.X("letters.mail_first", "Mark the letter as mailed first."))
			}, nil
		}
		return func() { showReceiptForm(s.a, ms[0], func() { s.a.Changed() }) }, nil
	})
}

// showReceiptForm is the return-receipt dialog: delivery date, who signed, and a scan.
func showReceiptForm(a *App, m data.Mailing, done func()) *recordForm {
	f := newRecordForm(a, lang.X("letters.save", "Save"))
	date := newDateEntry(a, a.Today())
	f.add("Date", lang.X("receipt.date", "Delivered on"), date, "")
	signed := f.entry("SignedBy", lang.X("receipt.signed_by", "Signed by"), "", "")
	var scan []byte
	var scanType string
	scanLabel := caption(lang.X("receipt.no_scan", "No scan attached"))
	pick := widget.NewButtonWithIcon(lang.X("receipt.scan", "Attach scan…"), theme.FolderOpenIcon(), func() {
		dialog.ShowFileOpen(func(rc fyne.URIReadCloser, err error) {
			if err != nil || rc == nil {
				return
			}
			defer rc.Close()
			b, err := readAllLimited(rc, 20<<20)
			if err != nil {
				a.ShowError(err)
				return
			}
			scan, scanType = b, rc.URI().MimeType()
			scanLabel.SetText(rc.URI().Name())
		}, a.win)
	})
	f.add("Scan", lang.X("receipt.scan_label", "Scan"), container.NewBorder(nil, nil, nil, pick, scanLabel), "")
	store := a.Store()
	f.submit = func() (func() error, bool) {
		d, err := parseDate(date.Text)
		if err != nil {
			f.fieldError("Date", err.Error())
			return nil, false
		}
		r := data.ReturnReceipt{MailingID: m.ID, Date: d, SignedBy: signed.Text, Scan: scan, ScanType: scanType}
		if len(scan) > 0 && r.ScanType == "" {
			r.ScanType = "application/octet-stream"
		}
		return func() error { return store.CreateReturnReceipt(&r) }, true
	}
	f.done = done
	f.show(lang.X("letters.receipt", "Return receipt…"))
	return f
}

// readAllLimited reads at most limit bytes and fails on more.
func readAllLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, errors.New(lang.X("receipt.too_large", "The scan is larger than 20 MB."))
	}
	return b, nil
}
