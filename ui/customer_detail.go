package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// customerDetail is one customer's file: a header with who they are, where they stand and
// what they owe, the actions, and tabs with invoices, payments, the timeline, the letters
// sent, contacts and details.
type customerDetail struct {
	a    *App
	id   int64
	back func()
	cust data.Customer

	name, number, reason          *widget.Label
	status                        *chip
	balance, overdue, limit, warn *widget.Label

	invoices *pagedList[data.Invoice]
	payments *pagedList[paymentRow]
	timeline *pagedList[timelineRow]
	letters  *sentLetters
	contacts *contactsTab
	details  *detailsTab
	tabs     *container.AppTabs
	root     fyne.CanvasObject
}

// customerSnapshot is what the header shows, read in one go off the UI goroutine.
type customerSnapshot struct {
	cust     data.Customer
	balances []data.Money
	overdue  []data.Money
	contacts []data.Contact
}

func newCustomerDetail(a *App, id int64, back func()) *customerDetail {
	d := &customerDetail{a: a, id: id, back: back}
	d.build()
	return d
}

// Content returns the customer's file.
func (d *customerDetail) Content() fyne.CanvasObject { return d.root }

// Reload reads the customer again and refreshes the header and every tab.
func (d *customerDetail) Reload() {
	store, id, today := d.a.Store(), d.id, d.a.Today()
	d.a.Go(func() (func(), error) {
		var snap customerSnapshot
		var err error
		if snap.cust, err = store.Customer(id); err != nil {
			if errors.Is(err, data.ErrNotFound) {
				return d.back, nil
			}
			return nil, err
		}
		if snap.balances, err = store.Balances(id); err != nil {
			return nil, err
		}
		if snap.overdue, err = store.OverdueAmount(id, today); err != nil {
			return nil, err
		}
		if snap.contacts, err = store.Contacts(id); err != nil {
			return nil, err
		}
		return func() { d.apply(snap) }, nil
	})
	d.invoices.Reload(false)
	d.payments.Reload(false)
	d.timeline.Reload(false)
	d.letters.Reload()
}

func (d *customerDetail) build() {
	d.name = heading("")
	d.name.Truncation = fyne.TextTruncateEllipsis
	d.number = widget.NewLabel("")
	d.status = newChip("", navy)
	d.reason = widget.NewLabel("")
	d.reason.Truncation = fyne.TextTruncateEllipsis
	d.balance = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.balance.SizeName = theme.SizeNameSubHeadingText
	d.overdue = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.overdue.SizeName = theme.SizeNameSubHeadingText
	d.limit = widget.NewLabel("")
	d.warn = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.warn.Importance = widget.DangerImportance
	d.warn.Hide()

	backBtn := widget.NewButtonWithIcon(lang.X("customer.back", "Customers"), theme.NavigateBackIcon(), d.back)
	backBtn.Importance = widget.LowImportance
	pay := widget.NewButtonWithIcon(lang.X("customer.record_payment", "Record payment"), theme.ConfirmIcon(),
		func() { d.onRecordPayment(data.KindPayment) })
	pay.Importance = widget.HighImportance
	inv := widget.NewButtonWithIcon(lang.X("customer.add_invoice", "Add invoice"), theme.DocumentCreateIcon(), d.onAddInvoice)
	logc := widget.NewButtonWithIcon(lang.X("customer.log_contact", "Log contact"), theme.MailComposeIcon(), d.onLogContact)
	var more *widget.Button
	more = widget.NewButtonWithIcon(lang.X("customer.more", "More"), theme.MoreVerticalIcon(), func() {
		menu := fyne.NewMenu("",
			fyne.NewMenuItem(lang.X("customer.edit", "Edit customer…"), d.onEdit),
			fyne.NewMenuItem(lang.X("customer.change_status", "Change status…"), d.onChangeStatus),
			fyne.NewMenuItem(lang.X("customer.add_contact", "Add contact…"), func() { d.onEditContact(nil) }),
			fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem(lang.X("customer.credit_note", "Credit note…"), func() { d.onRecordPayment(data.KindCreditNote) }),
			fyne.NewMenuItem(lang.X("customer.write_off", "Write off…"), func() { d.onRecordPayment(data.KindWriteOff) }),
			fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem(lang.X("dashboard.statement_item", "Statement of account (PDF)"), func() { showStatement(d.a, d.id, d.a.Today()) }),
		)
		c := d.a.win.Canvas()
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(more).Add(fyne.NewPos(0, more.Size().Height))
		widget.ShowPopUpMenuAtPosition(menu, c, pos)
	})
	bar := container.NewBorder(nil, nil, backBtn, container.NewHBox(logc, inv, pay, more))

	who := container.NewVBox(d.name, container.NewHBox(d.number, d.status), d.reason)
	figures := container.NewHBox(
		stat(lang.X("customer.balance", "Balance"), d.balance), widget.NewSeparator(),
		stat(lang.X("customer.overdue", "Overdue"), d.overdue), widget.NewSeparator(),
		container.NewVBox(caption(lang.X("customer.credit_limit", "Credit limit")), d.limit, d.warn))
	header := card(container.NewBorder(nil, nil, nil, figures, who))

	d.invoices = d.newInvoicesTab()
	d.payments = d.newPaymentsTab()
	d.timeline = d.newTimelineTab()
	d.letters = newSentLetters(d.a, d.id)
	d.contacts = newContactsTab(d)
	d.details = newDetailsTab(d)
	d.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.X("customer.tab.invoices", "Invoices"), theme.DocumentIcon(), invoiceTable(d.invoices.List)),
		container.NewTabItemWithIcon(lang.X("customer.tab.payments", "Payments"), theme.ConfirmIcon(), paymentTable(d.payments.List)),
		container.NewTabItemWithIcon(lang.X("customer.tab.timeline", "Timeline"), theme.HistoryIcon(), d.timeline.List),
		container.NewTabItemWithIcon(lang.X("customer.tab.letters", "Letters"), theme.MailSendIcon(), d.letters.root),
		container.NewTabItemWithIcon(lang.X("customer.tab.contacts", "Contacts"), theme.AccountIcon(), d.contacts.root),
		container.NewTabItemWithIcon(lang.X("customer.tab.details", "Details and notes"), theme.InfoIcon(), d.details.root),
	)
	d.root = container.NewPadded(container.NewBorder(container.NewVBox(bar, header), nil, nil, nil, d.tabs))
}

// apply shows a freshly read snapshot in the header and the contacts and details tabs.
func (d *customerDetail) apply(snap customerSnapshot) {
	c := snap.cust
	d.cust = c
	d.name.SetText(c.Name)
	d.number.SetText(lang.X("customer.number_line", "No. {{.Number}} · {{.Type}}", map[string]any{
		"Number": c.Number, "Type": debtorTypeText(c.Type)}))
	d.status.Set(statusText(c.Status), statusColor(c.Status))
	reason := c.StatusReason
	if !c.StatusDate.IsZero() && c.Status != data.StatusActive {
		reason = lang.X("customer.status_since", "Since {{.Date}}", map[string]any{"Date": d.a.Date(c.StatusDate)}) +
			joinNonEmpty(": ", reason)
	}
	d.reason.SetText(reason)
	d.balance.SetText(moneyList(snap.balances, d.a.Language()))
	d.overdue.SetText(moneyList(snap.overdue, d.a.Language()))
	d.overdue.Importance = widget.MediumImportance
	if len(snap.overdue) > 0 {
		d.overdue.Importance = widget.DangerImportance
	}
	d.overdue.Refresh()
	d.showLimit(snap.balances)
	d.contacts.set(snap.contacts)
	d.details.set(c)
}

// showLimit shows the credit limit and warns when the balance in the account currency exceeds it.
func (d *customerDetail) showLimit(balances []data.Money) {
	c := d.cust
	d.warn.Hide()
	if c.CreditLimit == 0 {
		d.limit.SetText(lang.X("customer.no_limit", "No limit"))
		return
	}
	d.limit.SetText(d.a.Money(c.CreditLimit, c.Currency))
	for _, b := range balances {
		if b.Currency == c.Currency && b.Amount > c.CreditLimit {
			d.warn.SetText(lang.X("customer.over_limit", "⚠ {{.Amount}} over the limit",
				map[string]any{"Amount": d.a.Money(b.Amount-c.CreditLimit, c.Currency)}))
			d.warn.Show()
		}
	}
}

// saved reloads everything after one of the customer's forms saved.
func (d *customerDetail) saved() { d.a.Changed() }

func (d *customerDetail) onEdit() {
	c := d.cust
	showCustomerForm(d.a, &c, func(data.Customer) { d.saved() })
}

func (d *customerDetail) onChangeStatus() { showStatusForm(d.a, d.cust, d.saved) }

func (d *customerDetail) onEditContact(c *data.Contact) { showContactForm(d.a, d.id, c, d.saved) }

func (d *customerDetail) onAddInvoice() {
	c := d.cust
	showInvoiceForm(d.a, &c, nil, func(data.Invoice) { d.saved() })
}

func (d *customerDetail) onRecordPayment(kind data.PaymentKind) {
	showPaymentForm(d.a, d.cust, kind, d.saved)
}

func (d *customerDetail) onLogContact() { showContactLogForm(d.a, d.cust, d.saved) }

func joinNonEmpty(sep, s string) string {
	if s == "" {
		return ""
	}
	return sep + s
}
