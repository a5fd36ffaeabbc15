package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/reports"
)

// agingSettingsForm edits the company file's aging settings: the last day of the three
// middle buckets and whether age counts from the due date or the invoice date.
type agingSettingsForm struct {
	a           *App
	edges       [3]*widget.Entry
	basis       *widget.RadioGroup
	due, issued string
	msg         *widget.Label
	root        fyne.CanvasObject
}

func newAgingSettingsForm(a *App) *agingSettingsForm {
	f := &agingSettingsForm{a: a}
	for i := range f.edges {
		f.edges[i] = widget.NewEntry()
	}
	f.due = lang.X("aging.basis.due", "Days past the due date")
	f.issued = lang.X("aging.basis.invoice", "Days since the invoice date")
	f.basis = widget.NewRadioGroup([]string{f.due, f.issued}, nil)
	f.msg = widget.NewLabel("")
	f.msg.Importance = widget.DangerImportance
	f.msg.Wrapping = fyne.TextWrapWord
	f.msg.Hide()
	f.root = container.NewVBox(
		widget.NewLabel(lang.X("aging.settings.edges", "Last day of the buckets (the first starts at day 1, the last is open-ended):")),
		container.NewGridWithColumns(3, f.edges[0], f.edges[1], f.edges[2]),
		widget.NewLabel(lang.X("aging.settings.basis", "Count the age of an invoice as")),
		f.basis, f.msg)
	return f
}

// load fills the form from the company file.
func (f *agingSettingsForm) load() error {
	st, err := reports.LoadSettings(f.a.Store())
	if err != nil {
		return err
	}
	f.show(st)
	return nil
}

func (f *agingSettingsForm) show(st reports.Settings) {
	for i, e := range f.edges {
		e.SetText(strconv.Itoa(st.Edges[i]))
	}
	f.basis.SetSelected(f.due)
	if st.Basis == reports.ByInvoiceDate {
		f.basis.SetSelected(f.issued)
	}
	f.msg.Hide()
}

// save checks and stores the settings and reloads the screens; it reports whether it did.
func (f *agingSettingsForm) save() bool {
	e, err := reports.ParseEdges(f.edges[0].Text + "," + f.edges[1].Text + "," + f.edges[2].Text)
	if err != nil {
		f.msg.SetText(lang.X("aging.settings.invalid", "Give three whole numbers of days, each larger than the one before, such as 30, 60 and 90."))
		f.msg.Show()
		return false
	}
	f.msg.Hide()
	next := reports.Settings{Edges: e, Basis: reports.ByDueDate}
	if f.basis.Selected == f.issued {
		next.Basis = reports.ByInvoiceDate
	}
	if err := reports.SaveSettings(f.a.Store(), next); err != nil {
		f.a.ShowError(err)
		return false
	}
	f.a.Changed()
	return true
}

// agingSettings is the Aging tab of Settings.
type agingSettings struct {
	form *agingSettingsForm
	root fyne.CanvasObject
}

func newAgingSettings(a *App) Screen {
	s := &agingSettings{form: newAgingSettingsForm(a)}
	save := widget.NewButtonWithIcon(lang.X("form.save", "Save"), theme.DocumentSaveIcon(), func() { s.form.save() })
	save.Importance = widget.HighImportance
	s.root = container.NewPadded(reading(560, container.NewVBox(
		subheading(lang.X("aging.settings.title", "Aging buckets")), s.form.root, container.NewHBox(save))))
	return s
}

// Content returns the tab.
func (s *agingSettings) Content() fyne.CanvasObject { return s.root }

// Reload shows the settings of the open company file.
func (s *agingSettings) Reload() {
	if err := s.form.load(); err != nil {
		s.form.a.ShowError(err)
	}
}
