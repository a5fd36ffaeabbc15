package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
	"overdue/letters"
)

// rateBanner warns, on the Letters screen and in Settings › Interest and fees, that the
// statutory-rate table lacks the current half-year of the company's country, and offers to
// add the rate. It is hidden while nothing is missing.
type rateBanner struct {
	a       *App
	missing []letters.MissingRate
	box     *fyne.Container
}

func newRateBanner(a *App) *rateBanner {
	b := &rateBanner{a: a, box: container.NewVBox()}
	b.box.Hide()
	return b
}

// set shows one warning for each missing rate (see mergeMissing); call it on the UI goroutine.
func (b *rateBanner) set(missing []letters.MissingRate) {
	b.missing = mergeMissing(missing)
	b.box.Objects = nil
	for _, m := range b.missing {
		b.box.Add(b.item(m))
	}
	if len(b.missing) == 0 {
		b.box.Hide()
	} else {
		b.box.Show()
	}
	b.box.Refresh()
}

// item is one warning: the warning icon, the text and an "Add rate…" button on a pale amber
// background.
func (b *rateBanner) item(m letters.MissingRate) fyne.CanvasObject {
	text := widget.NewLabel(missingRateText(b.a, m))
	text.Wrapping = fyne.TextWrapWord
	add := widget.NewButtonWithIcon(lang.X("rates.missing.add", "Add rate…"), theme.ContentAddIcon(),
		func() { b.onAdd(m) })
	icon := widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon()))
	r, g, bl, _ := theme.Color(theme.ColorNameWarning).RGBA()
	bg := canvas.NewRectangle(color.NRGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), 0x30})
	bg.StrokeColor = theme.Color(theme.ColorNameWarning)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.Size(theme.SizeNameInputRadius)
	return container.NewStack(bg, container.NewPadded(container.NewBorder(nil, nil,
		container.NewCenter(icon), container.NewCenter(add), text)))
}

// onAdd opens the rate form filled in for the missing half-year with the rate letters use
// now: the user corrects the reference rate and saves; the screen then reloads.
func (b *rateBanner) onAdd(m letters.MissingRate) {
	showRateForm(b.a, data.InterestRate{Country: m.Country, Debtor: m.Debtor, ValidFrom: m.From,
		BaseBP: m.Using.BaseBP, MarginBP: m.Using.MarginBP})
}

// mergeMissing reports a half-year once where the table has one row for all debtors (as in
// Norway) rather than once for consumers and once for businesses: the row to add is one
// row for all debtors.
func mergeMissing(ms []letters.MissingRate) []letters.MissingRate {
	var out []letters.MissingRate
	seen := map[int64]bool{}
	for _, m := range ms {
		if m.Using.Debtor == data.RateAll && m.Using.ID != 0 {
			if seen[m.Using.ID] {
				continue
			}
			seen[m.Using.ID] = true
			m.Debtor = data.RateAll
		}
		out = append(out, m)
	}
	return out
}

// missingRateText says which rate is missing from when, and what letters charge meanwhile.
func missingRateText(a *App, m letters.MissingRate) string {
	args := map[string]any{"From": a.Date(m.From), "Rate": percent(m.Using.AnnualBP(), a),
		"Since": a.Date(m.Using.ValidFrom)}
	switch m.Debtor {
	case data.RateBusiness:
		return lang.X("rates.missing.business", "No statutory interest rate for business debtors from {{.From}} in the "+
			"table: letters charge {{.Rate}} % (the rate from {{.Since}}). Check the current rate and add it.", args)
	case data.RateConsumer:
		return lang.X("rates.missing.consumer", "No statutory interest rate for consumers from {{.From}} in the "+
			"table: letters charge {{.Rate}} % (the rate from {{.Since}}). Check the current rate and add it.", args)
	}
	return lang.X("rates.missing.all", "No statutory interest rate from {{.From}} in the table: letters charge "+
		"{{.Rate}} % (the rate from {{.Since}}). Check the current rate and add it.", args)
}

// showRateForm is the dialog of one statutory interest rate (a new one while r.ID is 0);
// saving it tells the screens that the file changed.
func showRateForm(a *App, r data.InterestRate) *recordForm {
	f := newRecordForm(a, lang.X("letters.save", "Save"))
	from := newDateEntry(a, r.ValidFrom)
	f.add("ValidFrom", lang.X("rates.valid_from", "Valid from"), from, "")
	_, debtor := f.choice("Debtor", lang.X("rates.debtor", "Debtors"), debtorCodes, debtorLabels(), string(r.Debtor))
	base := f.entry("BaseBP", lang.X("rates.base", "Reference rate (%)"), percent(r.BaseBP, a), "")
	margin := f.entry("MarginBP", lang.X("rates.margin", "Margin (points)"), percent(r.MarginBP, a), "")
	source := f.entry("Source", lang.X("rates.source", "Source"), r.Source, "")
	store := a.Store()
	f.submit = func() (func() error, bool) {
		ok := true
		var err error
		if r.ValidFrom, err = parseDate(from.Text); err != nil {
			f.fieldError("ValidFrom", err.Error())
			ok = false
		}
		if r.BaseBP, err = parseBP(base.Text); err != nil {
			f.fieldError("BaseBP", err.Error())
			ok = false
		}
		if r.MarginBP, err = parseBP(margin.Text); err != nil {
			f.fieldError("MarginBP", err.Error())
			ok = false
		}
		r.Debtor, r.Source = data.RateDebtor(debtor()), source.Text
		return func() error { return store.SaveInterestRate(&r) }, ok
	}
	f.done = a.Changed
	f.show(lang.X("rates.interest", "Statutory interest"))
	return f
}
