package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// customerPageSize is how many customer rows one query loads.
const customerPageSize = 100

// customersScreen is the Customers section: the searchable, sortable customer list and,
// when a customer is opened, that customer's file in place of the list.
type customersScreen struct {
	a        *App
	filter   data.CustomerFilter // UI goroutine only; queries get a copy
	search   *widget.Entry
	sortBy   *widget.Select
	status   *widget.Select
	onlyOpen *widget.Check
	total    *widget.Label
	empty    *widget.Label
	header   *customerHeader
	list     *pagedList[data.CustomerSummary]
	deb      *debouncer
	stack    *fyne.Container
	listView fyne.CanvasObject
	detail   *customerDetail
	planner  customerSearch // chooses the cheapest query for each keystroke
	aging    *agingFilter   // bucket columns and the currency and bucket filters (dashboard_customers.go)
}

func newCustomersScreen(a *App) Screen {
	s := &customersScreen{a: a, deb: newDebouncer(a, searchDelay)}
	s.build()
	return s
}

// Content returns the list, or the open customer's file.
func (s *customersScreen) Content() fyne.CanvasObject { return s.stack }

// Reload reloads the list and the open customer's file.
func (s *customersScreen) Reload() {
	s.planner.forget()
	s.list.load = s.loader(s.filter)
	s.list.Reload(false)
	s.aging.reload()
	if s.detail != nil {
		s.detail.Reload()
	}
}

func (s *customersScreen) build() {
	s.search = widget.NewEntry()
	s.search.SetPlaceHolder(lang.X("customers.search", "Search by name, number, org. number or VAT ID"))
	s.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	s.search.OnChanged = s.onSearchChanged

	sorts := s.sortChoices()
	labels := make([]string, len(sorts))
	for i, c := range sorts {
		labels[i] = c.label
	}
	s.sortBy = widget.NewSelect(labels, func(l string) {
		for _, c := range sorts {
			if c.label == l {
				s.onSort(c.sort, c.desc)
			}
		}
	})
	s.sortBy.SetSelectedIndex(0)

	statuses := []string{lang.X("customers.all_statuses", "All statuses")}
	for _, st := range data.CustomerStatuses {
		statuses = append(statuses, statusText(st))
	}
	s.status = widget.NewSelect(statuses, func(string) { s.onStatus(s.status.SelectedIndex()) })
	s.status.SetSelectedIndex(0)
	s.onlyOpen = widget.NewCheck(lang.X("customers.only_open", "Only with open invoices"), s.onOnlyOpen)
	s.aging = newAgingFilter(s)

	add := widget.NewButtonWithIcon(lang.X("customers.new", "New customer"), theme.ContentAddIcon(), s.onNew)
	add.Importance = widget.HighImportance
	s.total = widget.NewLabel("")
	s.total.Importance = widget.LowImportance

	title := heading(lang.X("customers.title", "Customers"))
	// The search sits in the title row, where it has room; the filters get a row of their own.
	search := container.NewVBox(layoutSpacer(), s.search, layoutSpacer())
	top := container.NewBorder(nil, nil, title, container.NewHBox(s.total, add), container.NewPadded(search))
	filters := container.NewHBox(append(s.aging.controls(), minWidth(150, s.status), minWidth(220, s.sortBy), s.onlyOpen)...)

	s.header = newCustomerHeader(s)
	s.list = newPagedList(s.a, customerPageSize, true, s.loader(s.filter),
		newCustomerRow, s.updateRow, placeholderRow)
	s.list.onLoaded = s.onLoaded
	s.list.List.OnSelected = func(id widget.ListItemID) {
		if c, ok := s.list.item(id); ok {
			s.openCustomer(c.ID)
		}
		s.list.List.UnselectAll()
	}
	s.empty = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	s.empty.Hide()
	table := container.NewBorder(s.header.row, nil, nil, nil, container.NewStack(s.list.List, container.NewCenter(s.empty)))
	s.listView = container.NewBorder(container.NewVBox(top, filters), nil, nil, nil, card(table))
	s.stack = container.NewStack(container.NewPadded(s.listView))
}

// loader returns the query of one page for a copy of the filter.
func (s *customersScreen) loader(f data.CustomerFilter) func(offset, limit int, count bool) ([]data.CustomerSummary, int, error) {
	if s.aging != nil && s.aging.active() {
		return s.aging.loader(f)
	}
	store, planner := s.a.Store(), &s.planner
	return func(offset, limit int, count bool) ([]data.CustomerSummary, int, error) {
		return planner.page(store, f, offset, limit, count)
	}
}

func (s *customersScreen) refilter(top bool) {
	s.list.load = s.loader(s.filter)
	s.list.Reload(top)
}

func (s *customersScreen) onSearchChanged(text string) {
	s.filter.Search = text
	s.deb.trigger(func() { s.refilter(true) })
}

func (s *customersScreen) onSort(by data.CustomerSort, desc bool) {
	if s.filter.Sort == by && s.filter.Desc == desc {
		return
	}
	s.filter.Sort, s.filter.Desc = by, desc
	if s.aging != nil {
		s.aging.clearSort()
	}
	if s.header != nil {
		s.header.refresh()
	}
	if s.list != nil {
		s.refilter(true)
	}
}

func (s *customersScreen) onStatus(i int) {
	s.filter.Statuses = nil
	if i > 0 {
		s.filter.Statuses = []data.CustomerStatus{data.CustomerStatuses[i-1]}
	}
	if s.list != nil {
		s.refilter(true)
	}
}

func (s *customersScreen) onOnlyOpen(on bool) {
	s.filter.OnlyOpen = on
	s.refilter(true)
}

func (s *customersScreen) onLoaded(total int) {
	s.total.SetText(lang.XN("customers.count", "{{.Count}} customers", total, map[string]any{"Count": count(total, s.a.Language())}))
	switch {
	case total > 0:
		s.empty.Hide()
	case s.filter.Search != "":
		s.empty.SetText(lang.X("customers.no_match", "No customer matches “{{.Search}}”.", map[string]any{"Search": s.filter.Search}))
		s.empty.Show()
	case len(s.filter.Statuses) > 0 || s.filter.OnlyOpen || s.aging.active() || s.filter.Currency != "":
		s.empty.SetText(lang.X("customers.none_filtered", "No customer fits these filters."))
		s.empty.Show()
	default:
		s.empty.SetText(lang.X("customers.none", "No customers yet. Add one with “New customer” (Ctrl+N) or import a spreadsheet."))
		s.empty.Show()
	}
}

// onNew opens the form for a new customer and shows the customer once saved.
func (s *customersScreen) onNew() {
	showCustomerForm(s.a, nil, func(c data.Customer) {
		s.a.Changed()
		s.openCustomer(c.ID)
	})
}

// focusSearch puts the cursor in the search field, closing an open customer first.
func (s *customersScreen) focusSearch() {
	s.closeCustomer()
	s.a.win.Canvas().Focus(s.search)
}

// openCustomer shows the customer's file in place of the list.
func (s *customersScreen) openCustomer(id int64) {
	s.detail = newCustomerDetail(s.a, id, s.closeCustomer)
	s.stack.Objects = []fyne.CanvasObject{s.detail.Content()}
	s.stack.Refresh()
	s.detail.Reload()
}

// closeCustomer goes back to the list.
func (s *customersScreen) closeCustomer() {
	if s.detail == nil {
		return
	}
	s.detail = nil
	s.stack.Objects = []fyne.CanvasObject{container.NewPadded(s.listView)}
	s.stack.Refresh()
}

type sortChoice struct {
	label string
	sort  data.CustomerSort
	desc  bool
}

func (s *customersScreen) sortChoices() []sortChoice {
	return []sortChoice{
		{lang.X("customers.sort.name", "Name A–Z"), data.SortByName, false},
		{lang.X("customers.sort.name_desc", "Name Z–A"), data.SortByName, true},
		{lang.X("customers.sort.balance", "Largest balance first"), data.SortByBalance, false},
		{lang.X("customers.sort.balance_asc", "Smallest balance first"), data.SortByBalance, true},
		{lang.X("customers.sort.overdue", "Longest overdue first"), data.SortByOldestDue, false},
		{lang.X("customers.sort.number", "Customer number"), data.SortByNumber, false},
	}
}

// selectSort shows the choice matching the filter in the sort select (after a header click).
func (s *customersScreen) selectSort() {
	for i, c := range s.sortChoices() {
		if c.sort == s.filter.Sort && c.desc == s.filter.Desc {
			s.sortBy.SetSelectedIndex(i)
			return
		}
	}
}
