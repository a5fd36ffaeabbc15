package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/assets"
	"overdue/data"
)

// showWelcome is the first start: no company file yet. It offers to create a company, to
// open the sample company, or to open an existing file.
func (a *App) showWelcome() {
	a.closeStore()
	a.win.SetTitle("Overdue")
	a.win.SetMainMenu(a.mainMenu())
	logo := canvas.NewImageFromResource(fyne.NewStaticResource("icon.png", assets.Icon))
	logo.FillMode = canvas.ImageFillContain
	logo.SetMinSize(fyne.NewSize(96, 96))
	title := widget.NewLabelWithStyle(lang.X("welcome.title", "Welcome to Overdue"), fyne.TextAlignCenter, boldStyle)
	title.SizeName = theme.SizeNameHeadingText
	intro := widget.NewLabelWithStyle(lang.X("welcome.intro", "Overdue helps you get paid: it shows who owes what and for how long, what to do next, and keeps a record of every contact and payment. Everything stays in one file on this computer."),
		fyne.TextAlignCenter, fyne.TextStyle{})
	intro.Wrapping = fyne.TextWrapWord

	create := widget.NewButtonWithIcon(lang.X("welcome.create", "Create a company"), theme.ContentAddIcon(), func() {
		a.showCreateCompany(a.showWelcome)
	})
	create.Importance = widget.HighImportance
	sample := widget.NewButtonWithIcon(lang.X("welcome.sample", "Open the sample company"), theme.FolderOpenIcon(), a.openSample)
	open := widget.NewButtonWithIcon(lang.X("welcome.open", "Open a company file…"), theme.FileIcon(), a.onOpen)
	open.Importance = widget.LowImportance
	createNote := caption(lang.X("welcome.create_note", "Enter your company's name, address and bank account; letters will carry them."))
	createNote.Wrapping = fyne.TextWrapWord
	sampleNote := caption(lang.X("welcome.sample_note", "A made-up company with customers and invoices to try everything safely."))
	sampleNote.Wrapping = fyne.TextWrapWord
	choices := container.NewGridWithColumns(2,
		card(container.NewVBox(create, createNote)), card(container.NewVBox(sample, sampleNote)))
	box := container.NewVBox(container.NewCenter(logo), title, intro, widget.NewSeparator(), choices, container.NewCenter(open))
	a.win.SetContent(reading(640, box))
}

// showCreateCompany shows the profile form for a new company; after it validates, the user
// picks where the file goes (the default folder or a file of their choice).
func (a *App) showCreateCompany(back func()) {
	var f *companyForm
	f = newCompanyForm(a, data.Company{}, lang.X("create.save", "Create company"), nil, nil)
	f.submit = func() (func() error, bool) {
		c, ok := f.read()
		if !ok {
			return nil, false
		}
		a.chooseCompanyPath(c)
		return nil, false
	}
	cancel := widget.NewButtonWithIcon(lang.X("form.cancel", "Cancel"), theme.CancelIcon(), back)
	head := container.NewBorder(nil, nil, heading(lang.X("create.title", "Create a company")), cancel)
	note := widget.NewLabel(lang.X("create.note", "This profile heads every letter. You can change it later in Settings."))
	note.Wrapping = fyne.TextWrapWord
	a.win.SetContent(container.NewVScroll(container.NewPadded(reading(760, container.NewVBox(head, note, f.inline())))))
}

// chooseCompanyPath asks whether the new company goes into the default folder or elsewhere.
func (a *App) chooseCompanyPath(c data.Company) {
	path := freePath(data.DefaultDir(), c.Name)
	msg := widget.NewLabel(lang.X("create.where", "Save the company file as\n{{.Path}}?", map[string]any{"Path": path}))
	msg.Wrapping = fyne.TextWrapBreak
	var d *dialog.CustomDialog
	here := widget.NewButton(lang.X("create.here", "Save here"), func() { d.Hide(); a.createCompany(path, c) })
	here.Importance = widget.HighImportance
	other := widget.NewButton(lang.X("create.elsewhere", "Choose another place…"), func() {
		d.Hide()
		a.askFolder(lang.X("create.folder", "Choose the folder for the company file"), func(dir string) {
			a.createCompany(freePath(dir, c.Name), c)
		})
	})
	d = dialog.NewCustomWithoutButtons(lang.X("create.where_title", "Where to save"), msg, a.win)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.X("form.cancel", "Cancel"), func() { d.Hide() }), other, here})
	d.Show()
}

// showCompanySetup asks for the profile of a company file that has none yet (a new file
// given on the command line).
func (a *App) showCompanySetup(path string) {
	store := a.store
	f := newCompanyForm(a, data.Company{}, lang.X("create.save", "Create company"), store.SaveCompany, func(c data.Company) {
		a.company = c
		a.showMain()
	})
	head := heading(lang.X("setup.title", "Set up {{.File}}", map[string]any{"File": filepath.Base(path)}))
	note := widget.NewLabel(lang.X("create.note", "This profile heads every letter. You can change it later in Settings."))
	note.Wrapping = fyne.TextWrapWord
	a.win.SetTitle(filepath.Base(path) + " — Overdue")
	a.win.SetContent(container.NewVScroll(container.NewPadded(reading(760, container.NewVBox(head, note, f.inline())))))
}
