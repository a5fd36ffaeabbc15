package ui

import (
	"context"
	"slices"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
	"overdue/reports"
)

// agingFilter adds aging to the customer list: a column per bucket (the customer's open
// amount in it today, in whole units of the customer's currency, or of the chosen currency),
// sortable by a tap on its header, and filters by currency and by bucket. The bucket amounts
// come from the aging cache the dashboard shares. While a bucket filter or a bucket sort is on,
// the list pages through today's aging in memory (one row per customer owing something)
// instead of the customers table.
type agingFilter struct {
	s                      *customersScreen
	bucketSel, currencySel *widget.Select
	headers                [reports.NumBuckets]*widget.Button

	currency string // "" for every currency
	bucket   int    // -1: every customer
	sortBy   int    // bucket the list is sorted by, -1: none
	desc     bool

	dash  *reports.Dashboard
	edges reports.Edges
	byKey map[balanceKey]reports.Buckets
}

type balanceKey struct {
	id  int64
	cur string
}

// agingColumnWidth is the width of one bucket column.
const agingColumnWidth = 70

func newAgingFilter(s *customersScreen) *agingFilter {
	f := &agingFilter{s: s, bucket: -1, sortBy: -1, edges: reports.DefaultEdges}
	f.bucketSel = widget.NewSelect(nil, func(string) { f.onBucket(f.bucketSel.SelectedIndex() - 1) })
	f.currencySel = widget.NewSelect(nil, func(c string) { f.onCurrency(f.currencySel.SelectedIndex(), c) })
	f.setOptions()
	return f
}

// controls are the currency and bucket filters for the list's filter row.
func (f *agingFilter) controls() []fyne.CanvasObject {
	return []fyne.CanvasObject{f.currencySel, f.bucketSel}
}

// setOptions fills the selects from the aging (currencies owing something, bucket names).
func (f *agingFilter) setOptions() {
	buckets := []string{lang.X("aging.all_buckets", "All ages")}
	for b := 0; b < reports.NumBuckets; b++ {
		buckets = append(buckets, bucketLong(f.edges, b))
	}
	f.bucketSel.Options = buckets
	f.bucketSel.SetSelectedIndex(f.bucket + 1)
	curs := []string{lang.X("aging.all_currencies", "All currencies")}
	if f.dash != nil {
		curs = append(curs, f.dash.Currencies()...)
	}
	if c := f.s.a.Company().Currency; c != "" && !slices.Contains(curs, c) {
		curs = append(curs, c)
	}
	if f.currency != "" && !slices.Contains(curs, f.currency) {
		curs = append(curs, f.currency)
	}
	f.currencySel.Options = curs
	if f.currency == "" {
		f.currencySel.SetSelectedIndex(0)
	} else {
		f.currencySel.SetSelected(f.currency)
	}
}

// bucketLong is a bucket's name in the filter: "Not yet due", "1–30 days overdue", "Over 90 days overdue".
func bucketLong(e reports.Edges, b int) string {
	switch b {
	case reports.Current:
		return lang.X("aging.not_due", "Not yet due")
	case reports.Over:
		return lang.X("aging.over", "Over {{.Days}} days overdue", map[string]any{"Days": e[2]})
	}
	return lang.X("aging.range", "{{.Range}} days overdue", map[string]any{"Range": e.Ranges()[b]})
}

// headerCells are the sortable bucket column headers.
func (f *agingFilter) headerCells() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, reports.NumBuckets)
	for b := range f.headers {
		btn := widget.NewButton(bucketShort(f.edges, b), func() { f.onSortBucket(b) })
		btn.Importance = widget.LowImportance
		btn.Alignment = widget.ButtonAlignTrailing
		btn.IconPlacement = widget.ButtonIconTrailingText
		f.headers[b], out[b] = btn, btn
	}
	return out
}

// newAgingCells are a row's bucket cells.
func newAgingCells() []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, reports.NumBuckets)
	for i := range out {
		l := widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{})
		l.Truncation = fyne.TextTruncateClip
		out[i] = l
	}
	return out
}

// updateCells shows the customer's buckets (blank until the aging is loaded, "–" for zero).
func (f *agingFilter) updateCells(c data.CustomerSummary, cells []fyne.CanvasObject) {
	cur := c.Currency
	if f.currency != "" {
		cur = f.currency
	}
	b, ok := f.byKey[balanceKey{c.ID, cur}]
	for i := 0; i < reports.NumBuckets && i < len(cells); i++ {
		l := cells[i].(*widget.Label)
		switch {
		case f.byKey == nil:
			l.Text = ""
		case !ok || b[i] == 0:
			l.Text, l.Importance = "–", widget.LowImportance
		default:
			l.Text, l.Importance = wholeAmount(b[i], cur, f.s.a.Language()), widget.MediumImportance
			if i == reports.Over {
				l.Importance = widget.DangerImportance
			}
		}
		l.Refresh()
	}
}

// wholeAmount writes an amount rounded to whole units of the currency, "181,225", or
// briefly, "1.4M", from a million on, so that it fits its column.
func wholeAmount(minor int64, cur, lang string) string {
	if v := minor / pow10(data.MinorDigits(cur)); v >= 1_000_000 || v <= -1_000_000 {
		return reports.CompactAmount(minor, cur, lang)
	}
	pow := pow10(data.MinorDigits(cur))
	whole := (minor + pow/2) / pow
	if minor < 0 {
		whole = (minor - pow/2) / pow
	}
	return data.FormatAmount(whole, "JPY", lang) // JPY has no minor unit: a plain grouped integer
}

// active reports whether the list pages through the aging rather than the customers table.
func (f *agingFilter) active() bool { return f.bucket >= 0 || f.sortBy >= 0 }

// reload loads today's aging in the background (from the shared cache) and redraws the rows.
func (f *agingFilter) reload() {
	a := f.s.a
	if a.Store() == nil {
		return
	}
	key, cache := a.agingKeyFor(a.Today()), a.agingCacheOf()
	if d := cache.cached(key); d != nil {
		f.use(d)
		return
	}
	a.Go(func() (func(), error) {
		d, err := cache.dashboard(context.Background(), key)
		return func() {
			if err == nil && key == a.agingKeyFor(a.Today()) {
				f.use(d)
				if f.active() {
					f.s.refilter(false)
				} else {
					f.s.list.List.Refresh()
				}
			}
		}, err
	})
}

// use takes the aging d for the bucket columns.
func (f *agingFilter) use(d *reports.Dashboard) {
	f.dash, f.edges = d, d.Settings.Edges
	f.byKey = make(map[balanceKey]reports.Buckets, len(d.Customers))
	for _, c := range d.Customers {
		f.byKey[balanceKey{c.CustomerID, c.Currency}] = c.Buckets
	}
	for b, h := range f.headers {
		if h != nil {
			h.SetText(bucketShort(f.edges, b))
		}
	}
	f.setOptions()
}

func (f *agingFilter) onBucket(b int) {
	if b == f.bucket {
		return
	}
	f.bucket = b
	f.s.refilter(true)
}

func (f *agingFilter) onCurrency(i int, c string) {
	if i <= 0 {
		c = ""
	}
	if c == f.currency {
		return
	}
	f.currency = c
	f.s.filter.Currency = c
	f.s.refilter(true)
}

// onSortBucket sorts by a bucket, largest first; a second tap reverses the order.
func (f *agingFilter) onSortBucket(b int) {
	if f.sortBy == b {
		f.desc = !f.desc
	} else {
		f.sortBy, f.desc = b, false
	}
	f.refreshHeaders()
	f.s.refilter(true)
}

// clearSort ends a bucket sort (the list was sorted another way).
func (f *agingFilter) clearSort() {
	if f.sortBy >= 0 {
		f.sortBy = -1
		f.refreshHeaders()
	}
}

func (f *agingFilter) refreshHeaders() {
	for b, h := range f.headers {
		var icon fyne.Resource
		if b == f.sortBy {
			icon = theme.MenuDropDownIcon()
			if f.desc {
				icon = theme.MenuDropUpIcon()
			}
		}
		h.SetIcon(icon)
	}
}

// loader pages through the customers in today's aging that pass the filters, sorted by the
// chosen bucket or by the list's own order.
func (f *agingFilter) loader(flt data.CustomerFilter) func(offset, limit int, count bool) ([]data.CustomerSummary, int, error) {
	a := f.s.a
	store, key, cache := a.Store(), a.agingKeyFor(a.Today()), a.agingCacheOf()
	bucket, sortBy, desc, cur := f.bucket, f.sortBy, f.desc, f.currency
	var rows []reports.CustomerBalance
	var rowsErr error
	var once sync.Once // pages load concurrently; the first one filters and sorts
	return func(offset, limit int, count bool) ([]data.CustomerSummary, int, error) {
		once.Do(func() {
			d, err := cache.dashboard(context.Background(), key)
			if err != nil {
				rowsErr = err
				return
			}
			rows = agingRows(d.Customers, flt, cur, bucket, sortBy, desc)
		})
		if rowsErr != nil {
			return nil, 0, rowsErr
		}
		end := min(offset+limit, len(rows))
		if offset >= end {
			return nil, len(rows), nil
		}
		ids := make([]int64, 0, end-offset)
		for _, c := range rows[offset:end] {
			ids = append(ids, c.CustomerID)
		}
		page, err := store.CustomersByID(context.Background(), ids)
		return page, len(rows), err
	}
}

// agingRows selects and orders customer balances for the list.
func agingRows(all []reports.CustomerBalance, flt data.CustomerFilter, cur string, bucket, sortBy int, desc bool) []reports.CustomerBalance {
	search := data.FoldSearch(strings.TrimSpace(flt.Search))
	var out []reports.CustomerBalance
	for _, c := range all {
		if (cur != "" && c.Currency != cur) || (bucket >= 0 && c.Buckets[bucket] == 0) ||
			(len(flt.Statuses) > 0 && !slices.Contains(flt.Statuses, c.Status)) ||
			(search != "" && !strings.Contains(data.FoldSearch(c.Number+" "+c.Name), search)) {
			continue
		}
		out = append(out, c)
	}
	switch {
	case sortBy >= 0:
		reports.SortCustomers(out, reports.SortBucket+reports.CustomerSort(sortBy), !desc)
	case flt.Sort == data.SortByName:
		reports.SortCustomers(out, reports.SortName, flt.Desc)
	case flt.Sort == data.SortByNumber:
		reports.SortCustomers(out, reports.SortNumber, flt.Desc)
	case flt.Sort == data.SortByOldestDue:
		reports.SortCustomers(out, reports.SortDaysOverdue, !flt.Desc)
	case bucket >= 0:
		reports.SortCustomers(out, reports.SortBucket+reports.CustomerSort(bucket), !flt.Desc)
	default:
		reports.SortCustomers(out, reports.SortTotal, !flt.Desc)
	}
	// one row per customer: a customer owing in two currencies is listed once
	seen := make(map[int64]bool, len(out))
	kept := out[:0]
	for _, c := range out {
		if !seen[c.CustomerID] {
			seen[c.CustomerID] = true
			kept = append(kept, c)
		}
	}
	return kept
}

// showCustomersInBucket opens the customer list filtered to the customers with something in
// bucket, in currency ("" for all), largest amount in that bucket first.
func (a *App) showCustomersInBucket(currency string, bucket int) {
	if a.shell == nil {
		return
	}
	a.ShowSection("customers")
	s, ok := a.shell.screen("customers").(*customersScreen)
	if !ok || s.aging == nil {
		return
	}
	s.closeCustomer()
	f := s.aging
	f.currency, f.bucket, f.sortBy, f.desc = currency, bucket, bucket, false
	s.filter.Currency = currency
	f.refreshHeaders()
	f.setOptions()
	s.refilter(true)
}

func pow10(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}
