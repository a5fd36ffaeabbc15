package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// invoiceColumns: number, issued, due, amount, open, days overdue, description (flexible).
var invoiceColumns = &columnsLayout{widths: []float32{124, 96, 96, 136, 136, 96, 80}, flex: 6, gap: 4}

// paymentColumns: date, kind, amount, reference, allocations (flexible).
var paymentColumns = &columnsLayout{widths: []float32{100, 120, 140, 180, 160}, flex: 4, gap: 4}

// paymentRow is a payment with its allocations spelled out with invoice numbers.
type paymentRow struct {
	data.Payment
	allocations string
}

func (d *customerDetail) newInvoicesTab() *pagedList[data.Invoice] {
	store, id := d.a.Store(), d.id
	p := newPagedList(d.a, 100, true, func(offset, limit int, count bool) ([]data.Invoice, int, error) {
		f := data.InvoiceFilter{CustomerID: id, Offset: offset, Limit: limit}
		rows, err := store.Invoices(f)
		if err != nil || !count {
			return rows, 0, err
		}
		n, err := store.CountInvoices(f)
		return rows, n, err
	}, newInvoiceRow, func(inv data.Invoice, o fyne.CanvasObject) { updateInvoiceRow(d.a, inv, o, "") }, placeholderRow)
	p.List.OnSelected = func(id widget.ListItemID) {
		if inv, ok := p.item(id); ok {
			c := d.cust
			showInvoiceForm(d.a, &c, &inv, func(data.Invoice) { d.saved() })
		}
		p.List.UnselectAll()
	}
	return p
}

func newInvoiceRow() fyne.CanvasObject {
	right := func() *widget.Label { return widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{}) }
	desc := widget.NewLabel("")
	desc.Truncation = fyne.TextTruncateEllipsis
	return container.New(invoiceColumns, widget.NewLabel(""), widget.NewLabel(""), widget.NewLabel(""),
		right(), right(), right(), desc)
}

// updateInvoiceRow fills an invoice row; extra (the customer's name in the Invoices
// section) goes before the description.
func updateInvoiceRow(a *App, inv data.Invoice, o fyne.CanvasObject, extra string) {
	cells := o.(*fyne.Container).Objects
	cells[0].(*widget.Label).SetText(inv.Number)
	cells[1].(*widget.Label).SetText(a.Date(inv.IssueDate))
	cells[2].(*widget.Label).SetText(a.Date(inv.DueDate))
	cells[3].(*widget.Label).SetText(a.Money(inv.Amount, inv.Currency))
	open := cells[4].(*widget.Label)
	open.SetText(a.Money(inv.Open(), inv.Currency))
	open.TextStyle.Bold = inv.Open() > 0
	open.Importance = widget.MediumImportance
	if inv.Open() == 0 {
		open.SetText(lang.X("invoice.paid", "Paid"))
		open.Importance = widget.SuccessImportance
	}
	open.Refresh()
	days := 0
	if inv.Open() > 0 {
		days = inv.DaysPastDue(a.Today())
	}
	setDaysOverdue(cells[5].(*widget.Label), days)
	text := inv.Description
	if extra != "" {
		text = extra + joinNonEmpty(" — ", inv.Description)
	}
	cells[6].(*widget.Label).SetText(text)
}

// invoiceTable puts the invoice column header above a list of invoice rows.
func invoiceTable(list fyne.CanvasObject) fyne.CanvasObject {
	return tableWithHeader(invoiceColumns, []headerCell{
		{lang.X("invoice.col.number", "Invoice"), false}, {lang.X("invoice.col.issued", "Issued"), false},
		{lang.X("invoice.col.due", "Due"), false}, {lang.X("invoice.col.amount", "Amount"), true},
		{lang.X("invoice.col.open", "Open"), true}, {lang.X("invoice.col.overdue", "Overdue"), true},
		{lang.X("invoice.col.description", "Text"), false},
	}, list)
}

func (d *customerDetail) newPaymentsTab() *pagedList[paymentRow] {
	store, id := d.a.Store(), d.id
	return newPagedList(d.a, 100, false, func(offset, limit int, _ bool) ([]paymentRow, int, error) {
		ps, err := store.Payments(data.PaymentFilter{CustomerID: id, Offset: offset, Limit: limit})
		if err != nil {
			return nil, 0, err
		}
		rows := make([]paymentRow, len(ps))
		numbers := map[int64]string{}
		for i, p := range ps {
			var parts []string
			for _, al := range p.Allocations {
				if _, ok := numbers[al.InvoiceID]; !ok {
					inv, err := store.Invoice(al.InvoiceID)
					if err != nil {
						return nil, 0, err
					}
					numbers[al.InvoiceID] = inv.Number
				}
				parts = append(parts, numbers[al.InvoiceID]+" "+money(al.Amount, p.Currency, d.a.Language()))
			}
			if rest := p.Amount - p.Allocated(); rest > 0 {
				parts = append(parts, lang.X("payment.on_account", "on account")+" "+money(rest, p.Currency, d.a.Language()))
			}
			rows[i] = paymentRow{p, strings.Join(parts, ", ")}
		}
		return rows, 0, nil
	}, newPaymentRow, d.updatePaymentRow, placeholderRow)
}

func newPaymentRow() fyne.CanvasObject {
	alloc := widget.NewLabel("")
	alloc.Truncation = fyne.TextTruncateEllipsis
	ref := widget.NewLabel("")
	ref.Truncation = fyne.TextTruncateEllipsis
	return container.New(paymentColumns, widget.NewLabel(""), widget.NewLabel(""),
		widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{}), ref, alloc)
}

func (d *customerDetail) updatePaymentRow(p paymentRow, o fyne.CanvasObject) {
	cells := o.(*fyne.Container).Objects
	cells[0].(*widget.Label).SetText(d.a.Date(p.Date))
	cells[1].(*widget.Label).SetText(paymentKindText(p.Kind))
	cells[2].(*widget.Label).SetText(d.a.Money(p.Amount, p.Currency))
	var parts []string
	for _, part := range []string{p.Method, p.Reference, p.Note} {
		if part = strings.TrimSpace(part); part != "" {
			parts = append(parts, part)
		}
	}
	cells[3].(*widget.Label).SetText(strings.Join(parts, " · "))
	cells[4].(*widget.Label).SetText(p.allocations)
}

// paymentTable puts the payment column header above a list of payment rows.
func paymentTable(list fyne.CanvasObject) fyne.CanvasObject {
	return tableWithHeader(paymentColumns, []headerCell{
		{lang.X("payment.col.date", "Date"), false}, {lang.X("payment.col.kind", "Kind"), false},
		{lang.X("payment.col.amount", "Amount"), true}, {lang.X("payment.col.reference", "Method and reference"), false},
		{lang.X("payment.col.allocations", "Allocated to"), false},
	}, list)
}

// paymentKindText is the translated name of a payment kind.
func paymentKindText(k data.PaymentKind) string {
	switch k {
	case data.KindPayment:
		return lang.X("payment.kind.payment", "Payment")
	case data.KindCreditNote:
		return lang.X("payment.kind.credit_note", "Credit note")
	case data.KindWriteOff:
		return lang.X("payment.kind.write_off", "Write-off")
	}
	return string(k)
}

type headerCell struct {
	text  string
	right bool
}

// tableWithHeader is a bold column header over a list whose rows use the same layout.
func tableWithHeader(cols *columnsLayout, cells []headerCell, list fyne.CanvasObject) fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, len(cells))
	for i, c := range cells {
		align := fyne.TextAlignLeading
		if c.right {
			align = fyne.TextAlignTrailing
		}
		objs[i] = widget.NewLabelWithStyle(c.text, align, fyne.TextStyle{Bold: true})
	}
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground))
	header := container.NewVBox(container.NewStack(bg, container.New(cols, objs...)), widget.NewSeparator())
	return container.NewBorder(header, nil, nil, nil, list)
}

// shortText cuts s to n runes with an ellipsis.
func shortText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return fmt.Sprint(string(r[:n-1]), "…")
}
