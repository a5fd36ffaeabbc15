package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// customerColumns is the shared layout of the customer list's header and rows:
// number, name (flexible), country, status, balance, days overdue, then one column per aging
// bucket (dashboard_customers.go). In a window too narrow for names of at least 200 pixels
// beside the buckets, the bucket columns are left out.
var customerColumns = &columnsLayout{widths: append([]float32{60, 130, 60, 100, 124, 76},
	agingColumnWidth, agingColumnWidth, agingColumnWidth, agingColumnWidth, agingColumnWidth), flex: 1, gap: 4,
	optionalFrom: 6, comfortable: 200}

func newCustomerRow() fyne.CanvasObject {
	num := widget.NewLabel("")
	name := widget.NewLabel("")
	name.Truncation = fyne.TextTruncateEllipsis
	country := widget.NewLabel("")
	status := newChip("", navy)
	balance := widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{})
	days := widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{})
	return container.New(customerColumns, append([]fyne.CanvasObject{num, name, country, status, balance, days},
		newAgingCells()...)...)
}

func (s *customersScreen) updateRow(c data.CustomerSummary, o fyne.CanvasObject) {
	cells := o.(*fyne.Container).Objects
	cells[0].(*widget.Label).SetText(c.Number)
	cells[1].(*widget.Label).SetText(c.Name)
	cells[2].(*widget.Label).SetText(c.Country)
	ch := cells[3].(*chip)
	ch.Set(statusText(c.Status), statusColor(c.Status))
	ch.Show()
	bal := cells[4].(*widget.Label)
	bal.SetText(s.a.Money(c.Balance, c.Currency))
	bal.Importance = widget.MediumImportance
	if c.Balance == 0 {
		bal.Importance = widget.LowImportance
	}
	bal.Refresh()
	setDaysOverdue(cells[5].(*widget.Label), c.DaysOverdue(s.a.Today()))
	s.aging.updateCells(c, cells[6:])
}

// setDaysOverdue shows a number of days overdue, amber past 30 and red past 90.
func setDaysOverdue(l *widget.Label, days int) {
	switch {
	case days <= 0:
		l.Text, l.Importance = "—", widget.LowImportance
	case days > 90:
		l.Text, l.Importance = lang.XN("days.count", "{{.Count}} days", days, map[string]any{"Count": days}), widget.DangerImportance
	case days > 30:
		l.Text, l.Importance = lang.XN("days.count", "{{.Count}} days", days, map[string]any{"Count": days}), widget.WarningImportance
	default:
		l.Text, l.Importance = lang.XN("days.count", "{{.Count}} days", days, map[string]any{"Count": days}), widget.MediumImportance
	}
	l.Refresh()
}

// placeholderRow shows a row whose page is still loading.
func placeholderRow(o fyne.CanvasObject) {
	cells := o.(*fyne.Container).Objects
	for i, c := range cells {
		switch w := c.(type) {
		case *widget.Label:
			if i == 1 {
				w.SetText("…")
			} else {
				w.SetText("")
			}
		case *chip:
			w.Hide()
		}
	}
}

// customerHeader is the list's column header; name, balance and days overdue sort the list.
type customerHeader struct {
	s                   *customersScreen
	row                 fyne.CanvasObject
	name, balance, days *widget.Button
}

func newCustomerHeader(s *customersScreen) *customerHeader {
	h := &customerHeader{s: s}
	bold := func(text string, align fyne.TextAlign) fyne.CanvasObject {
		return widget.NewLabelWithStyle(text, align, fyne.TextStyle{Bold: true})
	}
	sortButton := func(text string, align widget.ButtonAlign, by data.CustomerSort) *widget.Button {
		b := widget.NewButton(text, func() { h.toggle(by) })
		b.Importance = widget.LowImportance
		b.Alignment = align
		b.IconPlacement = widget.ButtonIconTrailingText
		return b
	}
	h.name = sortButton(lang.X("customers.col.name", "Name"), widget.ButtonAlignLeading, data.SortByName)
	h.balance = sortButton(lang.X("customers.col.balance", "Balance"), widget.ButtonAlignTrailing, data.SortByBalance)
	h.days = sortButton(lang.X("customers.col.overdue", "Overdue"), widget.ButtonAlignTrailing, data.SortByOldestDue)
	cells := container.New(customerColumns, append([]fyne.CanvasObject{
		bold(lang.X("customers.col.number", "No."), fyne.TextAlignLeading), h.name,
		bold(lang.X("customers.col.country", "Country"), fyne.TextAlignLeading),
		bold(lang.X("customers.col.status", "Status"), fyne.TextAlignLeading), h.balance, h.days},
		s.aging.headerCells()...)...)
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground))
	h.row = container.NewVBox(container.NewStack(bg, cells), widget.NewSeparator())
	h.refresh()
	return h
}

// toggle sorts by the column, or reverses the order when it already sorts by it.
func (h *customerHeader) toggle(by data.CustomerSort) {
	f := h.s.filter
	desc := false
	if f.Sort == by {
		desc = !f.Desc
	}
	h.s.onSort(by, desc)
	h.s.selectSort()
}

// refresh shows an arrow on the column the list is sorted by.
func (h *customerHeader) refresh() {
	f := h.s.filter
	for by, b := range map[data.CustomerSort]*widget.Button{data.SortByName: h.name, data.SortByBalance: h.balance, data.SortByOldestDue: h.days} {
		var icon fyne.Resource
		if f.Sort == by {
			// Name ascends A→Z; balance and overdue list the largest first.
			icon = theme.MenuDropDownIcon()
			if f.Desc {
				icon = theme.MenuDropUpIcon()
			}
		}
		b.SetIcon(icon)
	}
}
