package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
	"overdue/reports"
)

// debtorColumns: number, name (flexible), total, overdue, days overdue.
var debtorColumns = &columnsLayout{widths: []float32{60, 100, 120, 120, 72}, flex: 1, gap: 4}

// debtorList lists the largest debtors of a currency; a tap opens the customer's file.
type debtorList struct {
	a    *App
	rows []reports.CustomerBalance
	asOf data.Date
	list *widget.List
	root fyne.CanvasObject
}

func newDebtorList(a *App) *debtorList {
	d := &debtorList{a: a}
	d.list = widget.NewList(func() int { return len(d.rows) },
		func() fyne.CanvasObject {
			name := widget.NewLabel("")
			name.Truncation = fyne.TextTruncateEllipsis
			return container.New(debtorColumns, widget.NewLabel(""), name, rightLabel(""), rightLabel(""), rightLabel(""))
		}, d.update)
	d.list.OnSelected = func(id widget.ListItemID) {
		d.list.UnselectAll()
		if id < len(d.rows) {
			d.a.OpenCustomer(d.rows[id].CustomerID)
		}
	}
	header := container.New(debtorColumns, boldLabel(lang.X("dashboard.col.number", "No.")),
		boldLabel(lang.X("dashboard.col.customer", "Customer")), boldRight(lang.X("dashboard.col.total", "Total")),
		boldRight(lang.X("dashboard.col.overdue", "Overdue")), boldRight(lang.X("dashboard.col.days", "Days")))
	d.root = container.NewBorder(header, nil, nil, nil, d.list)
	return d
}

func (d *debtorList) set(rows []reports.CustomerBalance, asOf data.Date) {
	d.rows, d.asOf = rows, asOf
	d.list.Refresh()
}

func (d *debtorList) update(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(d.rows) {
		return
	}
	c := d.rows[id]
	cells := o.(*fyne.Container).Objects
	cells[0].(*widget.Label).SetText(c.Number)
	cells[1].(*widget.Label).SetText(c.Name)
	cells[2].(*widget.Label).SetText(d.a.Money(c.Buckets.Total(), c.Currency))
	cells[3].(*widget.Label).SetText(d.a.Money(c.Buckets.Overdue(), c.Currency))
	setDaysOverdue(cells[4].(*widget.Label), c.DaysOverdue(d.asOf))
}
