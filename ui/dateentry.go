package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// newDateEntry returns an entry for a calendar date in the UI language's layout, with a
// button that opens a calendar. Read it with parseDate.
func newDateEntry(a *App, d data.Date) *widget.Entry {
	e := widget.NewEntry()
	var pop *widget.PopUp
	btn := widget.NewButtonWithIcon("", theme.CalendarIcon(), nil)
	btn.Importance = widget.LowImportance
	btn.OnTapped = func() {
		start := time.Now()
		if cur, err := parseDate(e.Text); err == nil && !cur.IsZero() {
			start = cur.Time()
		}
		cal := widget.NewCalendar(start, func(t time.Time) {
			e.SetText(a.Date(data.NewDate(t.Year(), t.Month(), t.Day())))
			if pop != nil {
				pop.Hide()
			}
		})
		c := fyne.CurrentApp().Driver().CanvasForObject(e)
		if c == nil {
			return
		}
		pop = widget.NewPopUp(cal, c)
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(e).Add(fyne.NewPos(0, e.Size().Height))
		pop.ShowAtPosition(pos)
	}
	e.ActionItem = btn // before anything refreshes the entry and builds its renderer
	e.SetPlaceHolder(data.NewDate(2026, 3, 31).Time().Format(dateLayout(a.Language())))
	e.SetText(a.Date(d))
	return e
}
