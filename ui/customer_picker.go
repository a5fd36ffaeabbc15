package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// customerPicker finds a customer by typing part of the name or number; the matches are
// listed below the entry and a tap chooses one.
type customerPicker struct {
	a        *App
	search   *widget.Entry
	list     *widget.List
	chosen   *widget.Label
	matches  []data.CustomerSummary
	selected *data.CustomerSummary
	deb      *debouncer
	gen      int
	root     fyne.CanvasObject
	onChosen func(data.CustomerSummary)
}

func newCustomerPicker(a *App) *customerPicker {
	p := &customerPicker{a: a, deb: newDebouncer(a, searchDelay)}
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder(lang.X("picker.search", "Type a name or customer number"))
	p.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	p.search.OnChanged = func(string) { p.deb.trigger(p.find) }
	p.list = widget.NewList(func() int { return len(p.matches) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			m := p.matches[id]
			o.(*widget.Label).SetText(m.Number + "  " + m.Name)
		})
	p.list.OnSelected = func(id widget.ListItemID) { p.choose(p.matches[id]) }
	p.chosen = widget.NewLabelWithStyle(lang.X("picker.none", "No customer chosen"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	box := container.NewGridWrap(fyne.NewSize(420, 150), p.list)
	p.root = container.NewVBox(p.search, box, p.chosen)
	p.find()
	return p
}

func (p *customerPicker) find() {
	p.gen++
	gen, store, text := p.gen, p.a.Store(), p.search.Text
	p.a.Go(func() (func(), error) {
		rows, err := store.Customers(data.CustomerFilter{Search: text, Limit: 20})
		return func() {
			if gen == p.gen {
				p.matches = rows
				p.list.UnselectAll()
				p.list.Refresh()
			}
		}, err
	})
}

// choose makes c the chosen customer.
func (p *customerPicker) choose(c data.CustomerSummary) {
	p.selected = &c
	p.chosen.SetText("✓ " + c.Number + "  " + c.Name)
	if p.onChosen != nil {
		p.onChosen(c)
	}
}

// pickCustomer asks for a customer in a dialog and passes the chosen one to fn.
func (a *App) pickCustomer(title string, fn func(data.Customer)) {
	if a.store == nil {
		return
	}
	p := newCustomerPicker(a)
	var d dialog.Dialog
	p.onChosen = func(c data.CustomerSummary) {
		d.Hide()
		store := a.Store()
		a.Go(func() (func(), error) {
			full, err := store.Customer(c.ID)
			return func() { fn(full) }, err
		})
	}
	d = dialog.NewCustom(title, lang.X("form.cancel", "Cancel"), p.root, a.win)
	d.Show()
	a.win.Canvas().Focus(p.search)
}
