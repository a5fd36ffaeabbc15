package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// Outcomes of a contact, stored as these codes in Event.Outcome.
var contactOutcomes = []string{"reached", "no_answer", "left_message", "promised", "refused", "disputed", "wrong_number"}

// Material Design "call" and "sms" icons (Apache 2.0), which Fyne's theme lacks.
var (
	phoneIcon = theme.NewThemedResource(fyne.NewStaticResource("phone.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path fill="#000000" d="M6.62 10.79c1.44 2.83 3.76 5.14 6.59 6.59l2.2-2.2c.27-.27.67-.36 1.02-.24 1.12.37 2.33.57 3.57.57.55 0 1 .45 1 1V20c0 .55-.45 1-1 1-9.39 0-17-7.61-17-17 0-.55.45-1 1-1h3.5c.55 0 1 .45 1 1 0 1.25.2 2.45.57 3.57.11.35.03.74-.25 1.02l-2.2 2.2z"/></svg>`)))
	smsIcon   = theme.NewThemedResource(fyne.NewStaticResource("sms.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path fill="#000000" d="M20 2H4c-1.1 0-1.99.9-1.99 2L2 22l4-4h14c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2zM9 11H7V9h2v2zm4 0h-2V9h2v2zm4 0h-2V9h2v2z"/></svg>`)))
)

func (d *customerDetail) newTimelineTab() *pagedList[timelineRow] {
	store, id := d.a.Store(), d.id
	p := newPagedList(d.a, 100, false, func(offset, limit int, _ bool) ([]timelineRow, int, error) {
		rows, err := loadTimelineRows(store, id, offset, limit)
		return rows, 0, err
	}, newEventRow, d.updateEventRow, func(o fyne.CanvasObject) {
		parts := eventRowParts(o)
		parts.title.SetText("…")
		parts.when.SetText("")
		parts.text.SetText("")
		parts.amount.SetText("")
	})
	p.List.OnSelected = func(row widget.ListItemID) {
		if r, ok := p.item(row); ok {
			d.onEventSelected(r.Event)
		}
		p.List.UnselectAll()
	}
	return p
}

// onEventSelected opens the stored PDF of a letter event, or of the letter a mailing event
// posted, and the scan of a return receipt; other events have nothing to open.
func (d *customerDetail) onEventSelected(e data.Event) {
	kind, id := eventRef(e.Ref)
	switch {
	case e.Kind == data.EventLetter && kind == "letter":
		openStoredLetter(d.a, id)
	case e.Kind == data.EventLetterMailed && kind == "mailing":
		store, customer := d.a.Store(), e.CustomerID
		d.a.Go(func() (func(), error) {
			ms, err := store.Mailings(0, customer)
			for _, m := range ms {
				if m.ID == id {
					return func() { openStoredLetter(d.a, m.LetterID) }, nil
				}
			}
			return nil, err
		})
	case e.Kind == data.EventReturnReceipt && kind == "receipt":
		openReceiptScan(d.a, id)
	}
}

// letterEventLevel is the ladder level's name a letter event names: the store writes its
// text as "<level> (level N): <total> due by <date>".
func letterEventLevel(e data.Event) string {
	if i := strings.LastIndex(e.Text, " (level "); i > 0 {
		return e.Text[:i]
	}
	return ""
}

// receiptSigner is who signed a return receipt: the store writes the event's text as
// "delivered <tracking>, signed by <name>".
func receiptSigner(e data.Event) string {
	if i := strings.LastIndex(e.Text, ", signed by"); i >= 0 {
		return strings.TrimSpace(e.Text[i+len(", signed by"):])
	}
	return ""
}

type eventParts struct {
	icon                      *widget.Icon
	title, when, text, amount *widget.Label
}

// eventColumns: icon, what happened (flexible), when, amount.
var eventColumns = &columnsLayout{widths: []float32{36, 240, 150, 150}, flex: 1, gap: 4}

func newEventRow() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	when := caption("")
	when.Alignment = fyne.TextAlignTrailing
	text := widget.NewLabel("")
	text.Truncation = fyne.TextTruncateEllipsis
	amount := widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	icon := widget.NewIcon(theme.InfoIcon())
	return container.New(eventColumns, container.NewCenter(icon), container.NewVBox(title, text), when, amount)
}

func eventRowParts(o fyne.CanvasObject) eventParts {
	row := o.(*fyne.Container).Objects
	body := row[1].(*fyne.Container).Objects
	return eventParts{
		icon:   row[0].(*fyne.Container).Objects[0].(*widget.Icon),
		title:  body[0].(*widget.Label),
		text:   body[1].(*widget.Label),
		when:   row[2].(*widget.Label),
		amount: row[3].(*widget.Label),
	}
}

func (d *customerDetail) updateEventRow(r timelineRow, o fyne.CanvasObject) {
	e := r.Event
	p := eventRowParts(o)
	p.icon.SetResource(eventIcon(e))
	p.title.SetText(eventTitle(e))
	p.when.SetText(formatStamp(e.At, d.a.Language()))
	p.text.SetText(d.eventDetail(r))
	p.amount.Importance = widget.MediumImportance
	switch {
	case e.Amount == 0:
		p.amount.SetText("")
	case e.Kind == data.EventPayment || e.Kind == data.EventCreditNote || e.Kind == data.EventWriteOff:
		p.amount.Importance = widget.SuccessImportance
		p.amount.SetText("−" + d.a.Money(e.Amount, e.Currency))
	default:
		p.amount.SetText(d.a.Money(e.Amount, e.Currency))
	}
	p.amount.Refresh()
}

// eventIcon picks the timeline icon of an event.
func eventIcon(e data.Event) fyne.Resource {
	switch e.Kind {
	case data.EventCustomerCreated:
		return theme.AccountIcon()
	case data.EventCustomerChanged, data.EventInvoiceChanged:
		return theme.DocumentCreateIcon()
	case data.EventStatusChanged:
		return theme.WarningIcon()
	case data.EventInvoiceCreated:
		return theme.DocumentIcon()
	case data.EventPayment:
		return theme.ConfirmIcon()
	case data.EventCreditNote:
		return theme.ContentUndoIcon()
	case data.EventWriteOff:
		return theme.DeleteIcon()
	case data.EventFee, data.EventInterest:
		return theme.ContentAddIcon()
	case data.EventNote:
		return theme.FileTextIcon()
	case data.EventImport:
		return theme.UploadIcon()
	case data.EventLetter:
		return theme.MailComposeIcon()
	case data.EventLetterMailed:
		return theme.MailSendIcon()
	case data.EventReturnReceipt:
		return theme.MailReplyIcon()
	case data.EventContact:
		switch e.Channel {
		case data.ChannelPhone:
			return phoneIcon
		case data.ChannelEmail:
			return theme.MailSendIcon()
		case data.ChannelSMS:
			return smsIcon
		case data.ChannelLetter:
			return theme.DocumentPrintIcon()
		case data.ChannelVisit:
			return theme.HomeIcon()
		}
	}
	return theme.InfoIcon()
}

// eventTitle says in a few words what an event was.
func eventTitle(e data.Event) string {
	switch e.Kind {
	case data.EventCustomerCreated:
		return lang.X("event.customer_created", "Customer created")
	case data.EventCustomerChanged:
		return lang.X("event.customer_changed", "Customer details changed")
	case data.EventStatusChanged:
		return lang.X("event.status_changed", "Status: {{.Status}}", map[string]any{"Status": statusText(data.CustomerStatus(e.Outcome))})
	case data.EventInvoiceCreated:
		return lang.X("event.invoice_created", "Invoice added")
	case data.EventInvoiceChanged:
		return lang.X("event.invoice_changed", "Invoice changed")
	case data.EventPayment:
		return lang.X("event.payment", "Payment received")
	case data.EventCreditNote:
		return lang.X("event.credit_note", "Credit note")
	case data.EventWriteOff:
		return lang.X("event.write_off", "Written off")
	case data.EventFee:
		return lang.X("event.fee", "Fee charged")
	case data.EventInterest:
		return lang.X("event.interest", "Interest charged")
	case data.EventNote:
		return lang.X("event.note", "Note")
	case data.EventImport:
		return lang.X("event.import", "Imported")
	case data.EventLetter:
		if level := letterEventLevel(e); level != "" {
			return lang.X("event.letter", "Letter: {{.Level}}", map[string]any{"Level": level})
		}
		return channelText(data.ChannelLetter)
	case data.EventLetterMailed:
		return lang.X("event.letter_mailed", "Letter mailed ({{.Method}})",
			map[string]any{"Method": mailMethodText(data.MailMethod(e.Outcome))})
	case data.EventReturnReceipt:
		if name := receiptSigner(e); name != "" {
			return lang.X("event.return_receipt", "Return receipt signed by {{.Name}}", map[string]any{"Name": name})
		}
		return lang.X("event.return_receipt_unsigned", "Return receipt received")
	case data.EventContact:
		t := channelText(e.Channel)
		if e.Outcome != "" {
			t += " — " + outcomeText(e.Outcome)
		}
		return t
	}
	return strings.ReplaceAll(string(e.Kind), "_", " ")
}

// channelText is the translated name of a contact channel.
func channelText(c data.Channel) string {
	switch c {
	case data.ChannelPhone:
		return lang.X("channel.phone", "Phone call")
	case data.ChannelEmail:
		return lang.X("channel.email", "Email")
	case data.ChannelSMS:
		return lang.X("channel.sms", "Text message")
	case data.ChannelLetter:
		return lang.X("channel.letter", "Letter")
	case data.ChannelVisit:
		return lang.X("channel.visit", "Visit")
	}
	return lang.X("channel.other", "Contact")
}

// outcomeText is the translated name of a contact outcome code; other text shows as it is.
func outcomeText(o string) string {
	switch o {
	case "reached":
		return lang.X("outcome.reached", "reached")
	case "no_answer":
		return lang.X("outcome.no_answer", "no answer")
	case "left_message":
		return lang.X("outcome.left_message", "left a message")
	case "promised":
		return lang.X("outcome.promised", "promised to pay")
	case "refused":
		return lang.X("outcome.refused", "refused to pay")
	case "disputed":
		return lang.X("outcome.disputed", "disputes the claim")
	case "wrong_number":
		return lang.X("outcome.wrong_number", "wrong number or address")
	case "sent":
		return lang.X("outcome.sent", "sent")
	}
	return o
}
