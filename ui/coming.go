package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// comingScreen stands in for a section whose screen is not built yet. It says plainly what
// the section will hold and shows no numbers.
type comingScreen struct {
	a       *App
	section string
}

// coming returns the constructor of the panel for a section that is still being built.
func coming(section string) func(a *App) Screen {
	return func(a *App) Screen { return &comingScreen{a: a, section: section} }
}

// Reload does nothing: the panel shows no data.
func (s *comingScreen) Reload() {}

// Content returns the panel.
func (s *comingScreen) Content() fyne.CanvasObject {
	var title, body string
	var icon fyne.Resource
	switch s.section {
	case "dashboard":
		icon = theme.HomeIcon()
		title = lang.X("coming.dashboard.title", "Dashboard")
		body = lang.X("coming.dashboard.body", "Here you will see how much is owed and for how long: aging in the buckets current, 1–30, 31–60, 61–90 and over 90 days for each currency, a bar chart, the month-by-month trend, days sales outstanding (DSO) and the customers who owe the most.")
	case "letters":
		icon = theme.MailSendIcon()
		title = lang.X("coming.letters.title", "Letters")
		body = lang.X("coming.letters.body", "Here you will find the Today queue of reminders that are due, the escalation ladder from a friendly reminder to a final demand, letters in each customer's language with fees and statutory interest, batch printing as one PDF and the log of certified mail.")
	case "court":
		icon = theme.FolderIcon()
		title = lang.X("coming.court.title", "Court")
		body = lang.X("coming.court.body", "Here you will prepare a small-claims case for a customer: one page-numbered PDF with an index, the statement of account, the interest worksheet, the chronology and copies of the letters as sent, and a zip file of the originals with a SHA-256 manifest.")
	default:
		icon, title = theme.InfoIcon(), s.section
	}
	img := canvas.NewImageFromResource(theme.NewDisabledResource(icon))
	img.FillMode = canvas.ImageFillContain
	img.SetMinSize(fyne.NewSize(72, 72))
	heading := widget.NewLabelWithStyle(title, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameHeadingText
	note := widget.NewLabelWithStyle(lang.X("coming.note", "This part of Overdue is being built and comes in a later version."),
		fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	note.Importance = widget.LowImportance
	text := widget.NewLabel(body)
	text.Wrapping = fyne.TextWrapWord
	text.Alignment = fyne.TextAlignCenter
	customers := widget.NewButtonWithIcon(lang.X("coming.customers", "Go to the customers"), theme.AccountIcon(),
		func() { s.a.ShowSection("customers") })
	box := container.NewVBox(img, heading, text, note, container.NewCenter(customers))
	return reading(560, box)
}
