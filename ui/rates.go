package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
	"overdue/letters"
)

// rateSettings is the Settings tab of the dated tables letters compute with: statutory
// interest rates, reminder-fee caps and fixed compensation, and exchange rates, each row with
// its source, all editable.
type rateSettings struct {
	a      *App
	rates  []data.InterestRate
	fees   []data.FeeRule
	fx     []data.ExchangeRate
	lists  [3]*widget.List
	sel    [3]int
	banner *rateBanner
	root   fyne.CanvasObject
}

func newRateSettings(a *App) Screen {
	s := &rateSettings{a: a, sel: [3]int{-1, -1, -1}, banner: newRateBanner(a)}
	s.lists[0] = widget.NewList(func() int { return len(s.rates) }, newRateRow, func(id widget.ListItemID, o fyne.CanvasObject) {
		r := s.rates[id]
		setRateRow(o, a.Date(r.ValidFrom), debtorText(r.Debtor), fmt.Sprintf("%s %% (%s + %s)", percent(r.AnnualBP(), a),
			percent(r.BaseBP, a), percent(r.MarginBP, a)), r.Source)
	})
	s.lists[1] = widget.NewList(func() int { return len(s.fees) }, newRateRow, func(id widget.ListItemID, o fyne.CanvasObject) {
		f := s.fees[id]
		what := lang.X("rates.cap", "reminder fee at most")
		if f.Kind == data.FeeCompensation {
			what = lang.X("rates.compensation", "compensation")
		}
		amount := a.Money(f.Amount, f.Currency)
		if f.MinPrincipal > 0 {
			amount += " " + lang.X("rates.from_amount", "from {{.Amount}}", map[string]any{"Amount": a.Money(f.MinPrincipal, f.PrincipalCurrency)})
		}
		if f.MaxCount > 0 {
			amount += " " + lang.X("rates.max_count", "(at most {{.Count}})", map[string]any{"Count": f.MaxCount})
		}
		setRateRow(o, a.Date(f.ValidFrom), debtorText(f.Debtor), what+" "+amount, f.Source)
	})
	s.lists[2] = widget.NewList(func() int { return len(s.fx) }, newRateRow, func(id widget.ListItemID, o fyne.CanvasObject) {
		x := s.fx[id]
		setRateRow(o, a.Date(x.Date), x.From+"/"+x.To, strconv.FormatFloat(float64(x.RateMicro)/1e6, 'f', 4, 64), x.Source)
	})
	titles := []string{lang.X("rates.interest", "Statutory interest"), lang.X("rates.fees", "Fees and compensation"),
		lang.X("rates.fx", "Exchange rates")}
	edits := []func(int) *recordForm{s.editRate, s.editFee, s.editFX}
	deletes := []func(int) error{
		func(i int) error { return a.Store().DeleteInterestRate(s.rates[i].ID) },
		func(i int) error { return a.Store().DeleteFeeRule(s.fees[i].ID) },
		func(i int) error { return a.Store().DeleteExchangeRate(s.fx[i].ID) },
	}
	tabs := container.NewAppTabs()
	for k := range s.lists {
		k := k
		s.lists[k].OnSelected = func(id widget.ListItemID) { s.sel[k] = id }
		add := widget.NewButtonWithIcon(lang.X("rates.add", "Add"), theme.ContentAddIcon(), func() { edits[k](-1) })
		edit := widget.NewButtonWithIcon(lang.X("rates.edit", "Edit"), theme.DocumentCreateIcon(), func() {
			if s.sel[k] >= 0 {
				edits[k](s.sel[k])
			}
		})
		del := widget.NewButtonWithIcon(lang.X("rates.delete", "Delete"), theme.DeleteIcon(), func() {
			if i := s.sel[k]; i >= 0 {
				dialog.ShowConfirm(titles[k], lang.X("rates.delete_confirm", "Delete this row?"), func(ok bool) {
					if ok {
						a.Go(func() (func(), error) { return a.Changed, deletes[k](i) })
					}
				}, a.win)
			}
		})
		tabs.Append(container.NewTabItem(titles[k], container.NewBorder(nil,
			container.NewHBox(layoutSpacer(), add, edit, del), nil, nil, s.lists[k])))
	}
	note := caption(lang.X("rates.note",
		"Rates and fees change over time: each row applies from its date until the next one. Check new periods (1 January and 1 July in most countries) and add them here; the source says where each default came from."))
	note.Wrapping = fyne.TextWrapWord
	s.root = container.NewBorder(container.NewVBox(s.banner.box, note), nil, nil, nil, tabs)
	return s
}

// Content returns the tab.
func (s *rateSettings) Content() fyne.CanvasObject { return s.root }

// Reload reads the tables of the company's country and checks the statutory rates of today's
// half-year.
func (s *rateSettings) Reload() {
	store, country, today := s.a.Store(), s.a.Company().Country, s.a.Today()
	s.a.Go(func() (func(), error) {
		rates, err := store.InterestRates(country)
		if err != nil {
			return nil, err
		}
		fees, err := store.FeeRules(country)
		if err != nil {
			return nil, err
		}
		fx, err := store.ExchangeRates()
		missing := letters.MissingRates(rates, country, today)
		return func() {
			s.rates, s.fees, s.fx, s.sel = rates, fees, fx, [3]int{-1, -1, -1}
			s.banner.set(missing)
			for _, l := range s.lists {
				l.UnselectAll()
				l.Refresh()
			}
		}, err
	})
}

func newRateRow() fyne.CanvasObject {
	src := caption("")
	src.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel(""), widget.NewLabel(""),
		widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})), nil, src)
}

func setRateRow(o fyne.CanvasObject, from, who, value, source string) {
	row := o.(*fyne.Container)
	row.Objects[0].(*widget.Label).SetText(source)
	left := row.Objects[1].(*fyne.Container)
	left.Objects[0].(*widget.Label).SetText(from)
	left.Objects[1].(*widget.Label).SetText(who)
	left.Objects[2].(*widget.Label).SetText(value)
}

func debtorText(d data.RateDebtor) string {
	switch d {
	case data.RateConsumer:
		return lang.X("rates.consumer", "consumers")
	case data.RateBusiness:
		return lang.X("rates.business", "businesses")
	}
	return lang.X("rates.all", "all debtors")
}

// percent writes basis points as a percentage in the UI language: 12.50 or 12,50.
func percent(bp int, a *App) string {
	s := data.FormatBP(bp)
	if a.Language() != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// parseBP reads a percentage such as "12,5" or "-0.88" as basis points.
func parseBP(s string) (int, error) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	f, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	if err != nil {
		return 0, fmt.Errorf("%s", lang.X("rates.bad_percent", "Enter a percentage such as 12.50."))
	}
	if f < 0 {
		return int(f*100 - 0.5), nil
	}
	return int(f*100 + 0.5), nil
}

var debtorCodes = []string{string(data.RateAll), string(data.RateConsumer), string(data.RateBusiness)}

func debtorLabels() []string {
	out := make([]string, len(debtorCodes))
	for i, c := range debtorCodes {
		out[i] = debtorText(data.RateDebtor(c))
	}
	return out
}

func (s *rateSettings) editRate(i int) *recordForm {
	r := data.InterestRate{Country: s.a.Company().Country, Debtor: data.RateAll, ValidFrom: s.a.Today()}
	if i >= 0 {
		r = s.rates[i]
	}
	return showRateForm(s.a, r)
}

func (s *rateSettings) editFee(i int) *recordForm {
	c := s.a.Company()
	r := data.FeeRule{Country: c.Country, Kind: data.FeeReminderCap, Debtor: data.RateAll, ValidFrom: s.a.Today(),
		Currency: c.Currency}
	if i >= 0 {
		r = s.fees[i]
	}
	f := newRecordForm(s.a, lang.X("letters.save", "Save"))
	_, kind := f.choice("Kind", lang.X("rates.kind", "Kind"), []string{string(data.FeeReminderCap), string(data.FeeCompensation)},
		[]string{lang.X("rates.cap", "reminder fee at most"), lang.X("rates.compensation", "compensation")}, string(r.Kind))
	from := newDateEntry(s.a, r.ValidFrom)
	f.add("ValidFrom", lang.X("rates.valid_from", "Valid from"), from, "")
	_, debtor := f.choice("Debtor", lang.X("rates.debtor", "Debtors"), debtorCodes, debtorLabels(), string(r.Debtor))
	amount := f.entry("Amount", lang.X("rates.amount", "Amount"), data.FormatAmount(r.Amount, r.Currency, s.a.Language()), "")
	currency := f.entry("Currency", lang.X("ladder.f.currency", "Currency"), r.Currency, "")
	minimum := f.entry("MinPrincipal", lang.X("rates.min_principal", "For invoices from"),
		data.FormatAmount(r.MinPrincipal, r.PrincipalCurrency, s.a.Language()), "")
	pcur := f.entry("PrincipalCurrency", lang.X("rates.principal_currency", "Currency of that amount"), r.PrincipalCurrency, "")
	maxCount := f.entry("MaxCount", lang.X("rates.max_fees", "Fees per claim (0: no limit)"), strconv.Itoa(r.MaxCount), "")
	offset := widget.NewCheck(lang.X("rates.offsets", "Reduced by the reminder fees charged"), nil)
	offset.SetChecked(r.OffsetsFees)
	f.add("OffsetsFees", "", offset, "")
	source := f.entry("Source", lang.X("rates.source", "Source"), r.Source, "")
	store := s.a.Store()
	f.submit = func() (func() error, bool) {
		ok := true
		var err error
		r.Kind, r.Debtor, r.Source, r.OffsetsFees = data.FeeKind(kind()), data.RateDebtor(debtor()), source.Text, offset.Checked
		r.Currency, r.PrincipalCurrency = strings.ToUpper(strings.TrimSpace(currency.Text)), strings.ToUpper(strings.TrimSpace(pcur.Text))
		if r.ValidFrom, err = parseDate(from.Text); err != nil {
			f.fieldError("ValidFrom", err.Error())
			ok = false
		}
		if r.Amount, err = data.ParseAmount(amount.Text, r.Currency); err != nil {
			f.fieldError("Amount", err.Error())
			ok = false
		}
		if strings.TrimSpace(minimum.Text) == "" {
			r.MinPrincipal = 0
		} else if r.MinPrincipal, err = data.ParseAmount(minimum.Text, r.PrincipalCurrency); err != nil {
			f.fieldError("MinPrincipal", err.Error())
			ok = false
		}
		if r.MaxCount, err = strconv.Atoi(strings.TrimSpace(maxCount.Text)); err != nil {
			f.fieldError("MaxCount", lang.X("letters.whole_number", "Enter a whole number."))
			ok = false
		}
		return func() error { return store.SaveFeeRule(&r) }, ok
	}
	f.done = s.a.Changed
	f.show(lang.X("rates.fees", "Fees and compensation"))
	return f
}

func (s *rateSettings) editFX(i int) *recordForm {
	x := data.ExchangeRate{Date: s.a.Today(), From: "EUR", To: s.a.Company().Currency}
	if i >= 0 {
		x = s.fx[i]
	}
	f := newRecordForm(s.a, lang.X("letters.save", "Save"))
	date := newDateEntry(s.a, x.Date)
	f.add("Date", lang.X("rates.date", "Date"), date, "")
	from := f.entry("From", lang.X("rates.from_currency", "1 unit of"), x.From, "")
	to := f.entry("To", lang.X("rates.to_currency", "in"), x.To, "")
	rate := f.entry("RateMicro", lang.X("rates.rate", "Rate"), strconv.FormatFloat(float64(x.RateMicro)/1e6, 'f', -1, 64),
		lang.X("rates.rate_hint", "For Polish compensation: the NBP average rate of the last working day of the month before the due date."))
	source := f.entry("Source", lang.X("rates.source", "Source"), x.Source, "")
	store := s.a.Store()
	f.submit = func() (func() error, bool) {
		ok := true
		var err error
		if x.Date, err = parseDate(date.Text); err != nil {
			f.fieldError("Date", err.Error())
			ok = false
		}
		v, err := strconv.ParseFloat(strings.Replace(strings.TrimSpace(rate.Text), ",", ".", 1), 64)
		if err != nil || v <= 0 {
			f.fieldError("RateMicro", lang.X("rates.bad_rate", "Enter a rate above zero, such as 4.2513."))
			ok = false
		}
		x.RateMicro = int64(v*1e6 + 0.5)
		x.From, x.To, x.Source = strings.ToUpper(strings.TrimSpace(from.Text)), strings.ToUpper(strings.TrimSpace(to.Text)), source.Text
		return func() error { return store.SaveExchangeRate(&x) }, ok
	}
	f.done = s.a.Changed
	f.show(lang.X("rates.fx", "Exchange rates"))
	return f
}
