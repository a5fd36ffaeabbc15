package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// sentRow is a stored letter with its customer's name, how it was mailed and its return receipt.
type sentRow struct {
	data.Letter
	customer string
	mailed   string          // "certified 2026-10-21 9407…", "" while not mailed
	method   data.MailMethod // of the latest mailing
	receipt  string          // "2026-10-24 · J. Kowalska", "" while none came back
}

// sentColumn is one column of a list of stored letters.
type sentColumn int

const (
	sentDate sentColumn = iota
	sentCustomer
	sentLevel
	sentTotal
	sentDeadline
	sentMailed
	sentReceipt
)

// The Letters screen lists every customer's letters; a customer's file lists that customer's
// letters with their deadline and return receipt instead of the name.
var (
	sentAllColumns      = []sentColumn{sentDate, sentCustomer, sentLevel, sentMailed, sentTotal}
	sentAllLayout       = &columnsLayout{widths: []float32{100, 180, 190, 260, 130}, flex: 1, gap: 4}
	sentCustomerColumns = []sentColumn{sentDate, sentLevel, sentTotal, sentDeadline, sentMailed, sentReceipt}
	sentCustomerLayout  = &columnsLayout{widths: []float32{100, 160, 120, 100, 220, 180}, flex: 1, gap: 4}
)

// sentLetters lists stored letters, newest first, and records their mailing and return
// receipt: all customers' letters on the Letters screen, one customer's in the customer file.
type sentLetters struct {
	a        *App
	customer int64 // 0: every customer's letters
	cols     []sentColumn
	layout   *columnsLayout
	rows     []sentRow
	list     *widget.List
	selected int

	open, mailed, receipt *widget.Button
	root                  fyne.CanvasObject
}

// newSentLetters lists the letters of one customer, or of all customers with customerID 0.
func newSentLetters(a *App, customerID int64) *sentLetters {
	s := &sentLetters{a: a, customer: customerID, selected: -1, cols: sentAllColumns, layout: sentAllLayout}
	if customerID != 0 {
		s.cols, s.layout = sentCustomerColumns, sentCustomerLayout
	}
	s.list = widget.NewList(func() int { return len(s.rows) }, s.newRow, s.updateRow)
	s.list.OnSelected = func(id widget.ListItemID) { s.selected = id }
	s.open = widget.NewButtonWithIcon(lang.X("letters.open", "Open PDF"), theme.FileIcon(), s.onOpen)
	s.mailed = widget.NewButtonWithIcon(lang.X("letters.mark_mailed", "Mark mailed…"), theme.MailSendIcon(), s.onMailed)
	s.receipt = widget.NewButtonWithIcon(lang.X("letters.receipt", "Return receipt…"), theme.ConfirmIcon(), s.onReceipt)
	buttons := container.NewHBox(layoutSpacer(), s.open, s.mailed, s.receipt)
	header := make([]headerCell, len(s.cols))
	for i, c := range s.cols {
		header[i] = sentHeader(c)
	}
	table := tableWithHeader(s.layout, header, s.list)
	var title fyne.CanvasObject
	if customerID == 0 {
		title = subheading(lang.X("letters.sent", "Letters sent"))
	}
	s.root = container.NewBorder(title, buttons, nil, nil, table)
	return s
}

func sentHeader(c sentColumn) headerCell {
	switch c {
	case sentDate:
		return headerCell{lang.X("letters.col.date", "Date"), false}
	case sentCustomer:
		return headerCell{lang.X("letters.col.customer", "Customer"), false}
	case sentLevel:
		return headerCell{lang.X("letters.col.level", "Level"), false}
	case sentTotal:
		return headerCell{lang.X("letters.col.total", "Total"), true}
	case sentDeadline:
		return headerCell{lang.X("letters.col.deadline", "Deadline"), false}
	case sentMailed:
		return headerCell{lang.X("letters.col.mailed", "Mailed"), false}
	}
	return headerCell{lang.X("letters.col.receipt", "Return receipt"), false}
}

// Reload reads the latest 500 letters.
func (s *sentLetters) Reload() {
	store, customer, receipts := s.a.Store(), s.customer, s.shows(sentReceipt)
	s.a.Go(func() (func(), error) {
		ls, err := store.Letters(data.LetterFilter{CustomerID: customer, Limit: 500})
		if err != nil {
			return nil, err
		}
		rows := make([]sentRow, len(ls))
		names := map[int64]string{}
		for i, l := range ls {
			rows[i] = sentRow{Letter: l}
			if customer == 0 {
				name, ok := names[l.CustomerID]
				if !ok {
					c, err := store.Customer(l.CustomerID)
					if err != nil {
						return nil, err
					}
					name = c.Number + "  " + c.Name
					names[l.CustomerID] = name
				}
				rows[i].customer = name
			}
			if err := s.readMailing(store, &rows[i], receipts); err != nil {
				return nil, err
			}
		}
		return func() {
			s.rows, s.selected = rows, -1
			s.list.UnselectAll()
			s.list.Refresh()
		}, nil
	})
}

// readMailing fills in the row's latest mailing and, with receipts, its latest return receipt.
// It runs off the UI goroutine.
func (s *sentLetters) readMailing(store *data.Store, r *sentRow, receipts bool) error {
	ms, err := store.Mailings(r.ID, 0)
	if err != nil || len(ms) == 0 {
		return err
	}
	m := ms[0]
	r.method = m.Method
	r.mailed = strings.TrimSpace(mailMethodText(m.Method) + " " + s.a.Date(m.Date) + " " + m.Tracking)
	if m.Method == data.MailOrdinary {
		return nil
	}
	rs, err := store.ReturnReceipts(m.ID)
	if err != nil || len(rs) == 0 {
		return err
	}
	last := rs[len(rs)-1]
	r.receipt = s.a.Date(last.Date) + joinNonEmpty(" · ", last.SignedBy)
	if !receipts { // no receipt column: the Mailed column says the receipt is back
		r.mailed += " · " + lang.X("letters.receipt_back", "receipt {{.Date}}", map[string]any{"Date": s.a.Date(last.Date)})
	}
	return nil
}

func (s *sentLetters) shows(col sentColumn) bool {
	for _, c := range s.cols {
		if c == col {
			return true
		}
	}
	return false
}

func (s *sentLetters) newRow() fyne.CanvasObject {
	cells := make([]fyne.CanvasObject, len(s.cols))
	for i, c := range s.cols {
		var l *widget.Label
		switch c {
		case sentTotal:
			l = widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		case sentMailed, sentReceipt:
			l = caption("")
		default:
			l = widget.NewLabel("")
		}
		l.Truncation = fyne.TextTruncateEllipsis
		cells[i] = l
	}
	return container.New(s.layout, cells...)
}

func (s *sentLetters) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.rows) {
		return
	}
	cells := o.(*fyne.Container).Objects
	for i, c := range s.cols {
		cells[i].(*widget.Label).SetText(s.cellText(s.rows[id], c))
	}
}

// cellText is what row r shows in column c.
func (s *sentLetters) cellText(r sentRow, c sentColumn) string {
	switch c {
	case sentDate:
		return s.a.Date(r.Date)
	case sentCustomer:
		return r.customer
	case sentLevel:
		return fmt.Sprintf("%d · %s", r.Level, r.LevelName)
	case sentTotal:
		return s.a.Money(r.Total, r.Currency)
	case sentDeadline:
		return s.a.Date(r.Deadline)
	case sentMailed:
		if r.mailed == "" {
			return lang.X("letters.not_mailed", "not mailed yet")
		}
		return r.mailed
	}
	if r.receipt == "" && r.method == data.MailCertified {
		return lang.X("letters.receipt_awaited", "not returned yet")
	}
	return r.receipt
}

func (s *sentLetters) current() (sentRow, bool) {
	if s.selected < 0 || s.selected >= len(s.rows) {
		s.a.ShowInfo(lang.X("letters.sent", "Letters sent"), lang.X("letters.select_sent", "Select a letter in the list first."))
		return sentRow{}, false
	}
	return s.rows[s.selected], true
}

// onOpen opens the selected letter's stored PDF.
func (s *sentLetters) onOpen() {
	if r, ok := s.current(); ok {
		openStoredLetter(s.a, r.ID)
	}
}

// openStoredLetter writes the stored PDF of letter id (checked against its SHA-256) to a
// file beside the company file and opens it in the system's PDF viewer.
func openStoredLetter(a *App, id int64) {
	store := a.Store()
	a.Go(func() (func(), error) {
		pdf, err := store.LetterPDF(id)
		if err != nil {
			return nil, err
		}
		path, err := writeLetterFile(store, fmt.Sprintf("letter-%d", id), pdf)
		return func() { openInViewer(a, path) }, err
	})
}

// onMailed records how and when the selected letter was posted.
func (s *sentLetters) onMailed() {
	r, ok := s.current()
	if !ok {
		return
	}
	showMailingForm(s.a, r.Letter, func() { s.a.Changed() })
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
