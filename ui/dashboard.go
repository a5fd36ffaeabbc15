package ui

import (
	"context"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
	"overdue/reports"
)

// dashboardScreen is the Dashboard section: per currency the total outstanding and the share
// overdue, DSO and the average days to pay, the aging bar chart (a tap on a bar opens the
// customer list filtered to that bucket), the 12-month trend, the ten largest debtors and the
// totals of every currency. The aging arrives first; the trend and payment speed follow.
type dashboardScreen struct {
	a        *App
	asOf     *widget.Entry
	currency *widget.Select
	status   *widget.Label
	busy     *widget.ProgressBarInfinite

	total, overdue, dso, speed *widget.Label
	overdueNote, dsoNote       *widget.Label
	agingTitle                 *widget.Label
	aging, trend               *barChart
	top                        *debtorList
	currencies                 *fyne.Container
	root                       fyne.CanvasObject

	dash *reports.Dashboard
	hist *reports.History
	cur  string
	gen  int
}

func newDashboardScreen(a *App) Screen {
	s := &dashboardScreen{a: a}
	s.build()
	return s
}

// Content returns the screen.
func (s *dashboardScreen) Content() fyne.CanvasObject { return s.root }

func (s *dashboardScreen) build() {
	a := s.a
	s.asOf = newDateEntry(a, a.Today())
	s.asOf.OnSubmitted = func(string) { s.Reload() }
	s.currency = widget.NewSelect(nil, func(c string) { s.onCurrency(c) })
	s.currency.PlaceHolder = lang.X("dashboard.currency", "Currency")
	refresh := widget.NewButtonWithIcon("", theme.ViewRefreshIcon(), s.Reload)
	refresh.Importance = widget.LowImportance
	report := widget.NewButtonWithIcon(lang.X("dashboard.report", "Aging report"), theme.DocumentPrintIcon(), s.onReport)
	statement := widget.NewButtonWithIcon(lang.X("dashboard.statement", "Statement…"), theme.DocumentIcon(), s.onStatement)
	settings := widget.NewButtonWithIcon("", theme.SettingsIcon(), s.onSettings)
	settings.Importance = widget.LowImportance
	s.status = widget.NewLabel("")
	s.status.Importance = widget.LowImportance
	s.busy = widget.NewProgressBarInfinite()
	s.busy.Hide()

	dateBox := container.New(&columnsLayout{widths: []float32{150}, flex: 0}, s.asOf)
	top := container.NewBorder(nil, nil, heading(lang.X("dashboard.title", "Dashboard")),
		container.NewHBox(report, statement, settings))
	controls := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel(lang.X("dashboard.as_of", "As of")),
		dateBox, refresh, s.currency), nil, container.NewStack(s.status, s.busy))

	value := func() *widget.Label {
		l := widget.NewLabelWithStyle("—", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.SizeName = theme.SizeNameSubHeadingText
		return l
	}
	note := func() *widget.Label {
		l := caption("")
		l.Importance = widget.LowImportance
		return l
	}
	s.total, s.overdue, s.dso, s.speed = value(), value(), value(), value()
	s.overdueNote, s.dsoNote = note(), note()
	speedNote := note()
	speedNote.SetText(lang.X("dashboard.speed_note", "weighted by amount, last 12 months"))
	kpi := func(name string, v, n *widget.Label) fyne.CanvasObject {
		return card(container.NewVBox(caption(name), v, n))
	}
	kpis := container.NewGridWithColumns(4,
		kpi(lang.X("dashboard.total", "Total outstanding"), s.total, note()),
		kpi(lang.X("dashboard.overdue", "Overdue"), s.overdue, s.overdueNote),
		kpi(lang.X("dashboard.dso", "DSO (countback)"), s.dso, s.dsoNote),
		kpi(lang.X("dashboard.days_to_pay", "Average days to pay"), s.speed, speedNote))

	s.aging = newBarChart(a.Language())
	s.aging.showValues = true
	s.aging.empty = lang.X("dashboard.nothing_open", "Nothing is open.")
	s.aging.onTap = s.onBucket
	s.trend = newBarChart(a.Language())
	s.trend.empty = lang.X("dashboard.loading_trend", "Loading the trend…")
	s.agingTitle = subheading(lang.X("dashboard.aging", "Aging"))
	agingHint := caption(lang.X("dashboard.aging_hint", "Click a bar to list its customers."))
	agingHint.Importance = widget.LowImportance
	charts := container.NewGridWithColumns(2,
		card(container.NewBorder(container.NewVBox(s.agingTitle, agingHint), nil, nil, nil, s.aging)),
		card(container.NewBorder(subheading(lang.X("dashboard.trend", "Month-end trend, last 12 months")), nil, nil, nil, s.trend)))

	s.top = newDebtorList(a)
	s.currencies = container.NewVBox()
	lists := container.New(&ratioLayout{ratios: []float32{0.55, 0.45}, gap: theme.Padding()},
		card(container.NewBorder(subheading(lang.X("dashboard.top", "Largest debtors")), nil, nil, nil, s.top.root)),
		card(container.NewBorder(subheading(lang.X("dashboard.currencies", "All currencies")), nil, nil, nil,
			container.NewVScroll(s.currencies))))

	body := container.NewVBox(kpis, container.New(&heightLayout{h: 300}, charts), container.New(&heightLayout{h: 330}, lists))
	s.root = container.NewPadded(container.NewBorder(container.NewVBox(top, controls),
		nil, nil, nil, container.NewVScroll(body)))
}

// asOfDate returns the date typed in the as-of field, or today.
func (s *dashboardScreen) asOfDate() data.Date {
	d, err := parseDate(s.asOf.Text)
	if err != nil || d == 0 {
		return s.a.Today()
	}
	return d
}

// Reload computes the dashboard off the UI goroutine: the aging first, then the history.
func (s *dashboardScreen) Reload() {
	if s.a.Store() == nil {
		return
	}
	s.gen++
	gen, asOf := s.gen, s.asOfDate()
	key, cache := s.a.agingKeyFor(asOf), s.a.agingCacheOf()
	s.status.SetText("")
	s.busy.Show()
	s.busy.Start()
	s.a.Go(func() (func(), error) {
		d, err := cache.dashboard(context.Background(), key)
		if err != nil {
			s.a.do(s.stopBusy)
			return nil, err
		}
		return func() {
			if gen != s.gen {
				return
			}
			s.dash, s.hist = d, nil
			s.show()
			s.loadHistory(gen, key, d)
		}, nil
	})
}

func (s *dashboardScreen) stopBusy() {
	s.busy.Stop()
	s.busy.Hide()
}

func (s *dashboardScreen) loadHistory(gen int, key agingKey, d *reports.Dashboard) {
	cache := s.a.agingCacheOf()
	s.a.Go(func() (func(), error) {
		h, err := cache.history(context.Background(), key, d)
		return func() {
			if gen != s.gen {
				return
			}
			s.stopBusy()
			if err == nil {
				s.hist = h
				s.showHistory()
			}
		}, err
	})
}

// show fills the screen with the dashboard, keeping the chosen currency when it is still there.
func (s *dashboardScreen) show() {
	d := s.dash
	curs := d.Currencies()
	cur := s.cur
	if !slices.Contains(curs, cur) {
		cur = s.a.Company().Currency
		if !slices.Contains(curs, cur) && len(curs) > 0 {
			cur = curs[0]
		}
	}
	s.currency.Options = curs
	s.cur = ""
	if cur != "" {
		s.currency.SetSelected(cur) // calls onCurrency
	} else {
		s.currency.ClearSelected()
		s.onCurrency("")
	}
	s.status.SetText(lang.X("dashboard.status", "As of {{.Date}}. Customers owing something: {{.Customers}}.",
		map[string]any{"Date": s.a.Date(d.AsOf), "Customers": count(len(d.Customers), s.a.Language())}))
	s.showCurrencies()
}

// onCurrency shows the figures, charts and debtors of one currency.
func (s *dashboardScreen) onCurrency(cur string) {
	if s.dash == nil || cur == s.cur {
		return
	}
	s.cur = cur
	d, l := s.dash, s.a.Language()
	tot := d.Total(cur)
	s.total.SetText(s.a.Money(tot.Total(), cur))
	s.overdue.SetText(s.a.Money(tot.Overdue(), cur))
	s.overdueNote.SetText(lang.X("dashboard.overdue_share", "{{.Share}} of the total",
		map[string]any{"Share": percentText(tot.Overdue(), tot.Total(), l)}))
	if dso, ok := d.DSOIn(cur); ok && tot.Total() > 0 {
		s.dso.SetText(daysText(dso.Days, l))
		s.dsoNote.SetText(lang.X("dashboard.dso_note", "receivables {{.Amount}}", map[string]any{"Amount": s.a.Money(dso.Receivables, cur)}))
		if !dso.Complete {
			s.dso.SetText("≥ " + daysText(dso.Days, l))
		}
	} else {
		s.dso.SetText("—")
		s.dsoNote.SetText("")
	}
	edges := d.Settings.Edges
	groups := make([]barGroup, reports.NumBuckets)
	for b := range groups {
		groups[b].label = bucketShort(edges, b)
		groups[b].segs[b] = tot[b]
	}
	if tot.Total() == 0 {
		groups = nil
	}
	s.agingTitle.SetText(lang.X("dashboard.aging_in", "Aging in {{.Currency}}", map[string]any{"Currency": cur}))
	s.aging.set(groups, cur)
	s.top.set(d.Top(cur, reports.TopDebtors), d.AsOf)
	s.showHistory()
}

// showHistory draws the trend and payment speed of the chosen currency once they are loaded.
func (s *dashboardScreen) showHistory() {
	if s.hist == nil {
		s.trend.set(nil, s.cur)
		s.speed.SetText("…")
		return
	}
	var groups []barGroup
	for _, p := range s.hist.TrendIn(s.cur) {
		groups = append(groups, barGroup{label: reports.MonthLabel(p.Date, s.a.Language()), segs: p.Buckets})
	}
	s.trend.empty = lang.X("dashboard.no_trend", "Nothing was open in this currency in the last 12 months.")
	if s.dash != nil {
		for b := range s.trend.legend {
			s.trend.legend[b] = bucketShort(s.dash.Settings.Edges, b)
		}
	}
	s.trend.set(groups, s.cur)
	if sp, ok := s.hist.SpeedIn(s.cur); ok {
		s.speed.SetText(daysText(sp.DaysToPay, s.a.Language()))
	} else {
		s.speed.SetText("—")
	}
}

// showCurrencies lists every currency's total and overdue amount (in whole units), the share
// overdue and DSO.
func (s *dashboardScreen) showCurrencies() {
	d, l := s.dash, s.a.Language()
	rows := []fyne.CanvasObject{container.New(currencyColumns,
		boldLabel(lang.X("dashboard.col.currency", "Currency")), boldRight(lang.X("dashboard.col.total", "Total")),
		boldRight(lang.X("dashboard.col.overdue", "Overdue")), boldRight("%"), boldRight("DSO"))}
	for _, t := range d.Totals {
		dso := "—"
		if x, ok := d.DSOIn(t.Currency); ok {
			dso = daysText(x.Days, l)
		}
		rows = append(rows, container.New(currencyColumns, widget.NewLabel(t.Currency),
			rightLabel(wholeAmount(t.Buckets.Total(), t.Currency, l)), rightLabel(wholeAmount(t.Buckets.Overdue(), t.Currency, l)),
			rightLabel(percentText(t.Buckets.Overdue(), t.Buckets.Total(), l)), rightLabel(dso)))
	}
	if len(d.Totals) == 0 {
		rows = append(rows, emptyNote(lang.X("dashboard.nothing_open", "Nothing is open.")))
	}
	s.currencies.Objects = rows
	s.currencies.Refresh()
}

var currencyColumns = &columnsLayout{widths: []float32{48, 104, 104, 40, 72}, flex: 1, gap: 4}

// onBucket opens the customer list filtered to a bucket of the chosen currency.
func (s *dashboardScreen) onBucket(bucket int) {
	if s.dash != nil {
		s.a.showCustomersInBucket(s.cur, bucket)
	}
}
