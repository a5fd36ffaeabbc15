package ui

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// invoiceRow is an invoice with its customer's name.
type invoiceRow struct {
	data.Invoice
	customer string
}

// invoicesScreen is the Invoices section: every invoice of the company, oldest due date
// first, with search and an open-only filter, loaded a page at a time.
type invoicesScreen struct {
	a        *App
	filter   data.InvoiceFilter
	search   *widget.Entry
	onlyOpen *widget.Check
	total    *widget.Label
	empty    *widget.Label
	list     *pagedList[invoiceRow]
	deb      *debouncer
	names    *sync.Map // customer ID → "number name"; replaced on Reload
	root     fyne.CanvasObject
}

func newInvoicesScreen(a *App) Screen {
	s := &invoicesScreen{a: a, deb: newDebouncer(a, searchDelay), names: new(sync.Map)}
	s.filter.OnlyOpen = true
	s.search = widget.NewEntry()
	s.search.SetPlaceHolder(lang.X("invoices.search", "Search by invoice number or text"))
	s.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	s.search.OnChanged = func(t string) {
		s.filter.Search = t
		s.deb.trigger(func() { s.refilter() })
	}
	s.onlyOpen = widget.NewCheck(lang.X("invoices.only_open", "Only open invoices"), func(on bool) {
		s.filter.OnlyOpen = on
		s.refilter()
	})
	s.onlyOpen.Checked = true
	add := widget.NewButtonWithIcon(lang.X("invoices.new", "New invoice"), theme.ContentAddIcon(), s.onNew)
	add.Importance = widget.HighImportance
	s.total = widget.NewLabel("")
	s.total.Importance = widget.LowImportance
	s.list = newPagedList(a, 100, true, s.loader(s.filter), newInvoiceRow, func(r invoiceRow, o fyne.CanvasObject) {
		updateInvoiceRow(a, r.Invoice, o, r.customer)
	}, placeholderRow)
	s.list.onLoaded = func(n int) {
		s.total.SetText(lang.XN("invoices.count", "{{.Count}} invoices", n, map[string]any{"Count": count(n, a.Language())}))
		s.empty.Hidden = n > 0
		s.empty.Refresh()
	}
	s.list.List.OnSelected = func(id widget.ListItemID) {
		if r, ok := s.list.item(id); ok {
			s.onEdit(r.Invoice)
		}
		s.list.List.UnselectAll()
	}
	s.empty = emptyNote(lang.X("invoices.none", "No invoices to show."))
	s.empty.Hide()
	table := tableWithHeader(invoiceColumns, []headerCell{
		{lang.X("invoice.col.number", "Invoice"), false}, {lang.X("invoice.col.issued", "Issued"), false},
		{lang.X("invoice.col.due", "Due"), false}, {lang.X("invoice.col.amount", "Amount"), true},
		{lang.X("invoice.col.open", "Open"), true}, {lang.X("invoice.col.overdue", "Overdue"), true},
		{lang.X("invoices.col.customer", "Customer"), false},
	}, container.NewStack(s.list.List, container.NewCenter(s.empty)))
	top := container.NewBorder(nil, nil, heading(lang.X("invoices.title", "Invoices")), container.NewHBox(s.total, importButton(a), add))
	filters := container.NewBorder(nil, nil, nil, s.onlyOpen, s.search)
	s.root = container.NewPadded(container.NewBorder(container.NewVBox(top, filters), nil, nil, nil, card(table)))
	return s
}

// Content returns the screen.
func (s *invoicesScreen) Content() fyne.CanvasObject { return s.root }

// Reload reloads the visible invoices.
func (s *invoicesScreen) Reload() {
	s.names = new(sync.Map)
	s.list.load = s.loader(s.filter)
	s.list.Reload(false)
}

func (s *invoicesScreen) refilter() {
	s.list.load = s.loader(s.filter)
	s.list.Reload(true)
}

func (s *invoicesScreen) loader(f data.InvoiceFilter) func(offset, limit int, count bool) ([]invoiceRow, int, error) {
	store, names := s.a.Store(), s.names
	return func(offset, limit int, withCount bool) ([]invoiceRow, int, error) {
		f.Offset, f.Limit = offset, limit
		invs, err := store.Invoices(f)
		if err != nil {
			return nil, 0, err
		}
		rows := make([]invoiceRow, len(invs))
		for i, inv := range invs {
			name, ok := names.Load(inv.CustomerID)
			if !ok {
				c, err := store.Customer(inv.CustomerID)
				if err != nil {
					return nil, 0, err
				}
				name = c.Number + "  " + c.Name
				names.Store(inv.CustomerID, name)
			}
			rows[i] = invoiceRow{inv, name.(string)}
		}
		n := 0
		if withCount {
			n, err = store.CountInvoices(f)
		}
		return rows, n, err
	}
}

func (s *invoicesScreen) onNew() {
	showInvoiceForm(s.a, nil, nil, func(data.Invoice) { s.a.Changed() })
}

func (s *invoicesScreen) onEdit(inv data.Invoice) {
	store := s.a.Store()
	s.a.Go(func() (func(), error) {
		c, err := store.Customer(inv.CustomerID)
		return func() { showInvoiceForm(s.a, &c, &inv, func(data.Invoice) { s.a.Changed() }) }, err
	})
}
