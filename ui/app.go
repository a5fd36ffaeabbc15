// Package ui is Overdue's desktop user interface: the main window with its navigation,
// the customer list and customer file, invoices, settings, the first-start welcome and the
// File menu. It is the only package that imports Fyne widgets.
//
// Threading: every widget is touched on Fyne's UI goroutine. Work that reads or writes the
// company file runs in a goroutine started by App.Go, and its result is applied with fyne.Do.
package ui

import (
	"errors"
	"log"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"overdue/data"
)

// App is the running user interface: one main window showing one company file.
type App struct {
	fyne  fyne.App
	win   fyne.Window
	lang  string
	today func() data.Date
	// noPDFViewer reports that the system has no program for PDF files (tests replace it).
	noPDFViewer func() bool

	store   *data.Store // nil while no company file is open
	company data.Company
	shell   *shell // nil while no company file is open
	version int    // bumped by Changed; screens reload when they lag behind

	sections []Section // Sections, read once in New (a package variable read later would form an init cycle)

	screenKeys []fyne.Shortcut // shortcuts of the shown screen, bound while it is shown (see actionScreen)

	jobs jobGroup   // work started by Go and the debouncers, for Wait
	uiMu sync.Mutex // held by the callbacks of do (see there)

	// Ephemeral keeps the files opened out of the recent list (the smoke test, screenshots).
	Ephemeral bool

	// OnOpened, when set, is called on the UI goroutine each time a company file has been
	// opened and its main screen built (the window's smoke test and screenshots use it).
	OnOpened func()
}

// New builds the main window of fa. Call Start to open a company file, then ShowAndRun.
// The translations must be registered first (RegisterTranslations).
func New(fa fyne.App) *App {
	a := &App{fyne: fa, lang: Language(), today: data.Today, sections: Sections, noPDFViewer: pdfViewerMissing}
	fa.Settings().SetTheme(newTheme())
	a.win = fa.NewWindow("Overdue")
	a.win.Resize(fyne.NewSize(1200, 760))
	a.win.SetMaster()
	a.win.SetMainMenu(a.mainMenu())
	a.addShortcuts()
	a.win.SetContent(container.NewStack())
	return a
}

// Window returns the main window.
func (a *App) Window() fyne.Window { return a.win }

// Store returns the open company file, or nil while none is open.
func (a *App) Store() *data.Store { return a.store }

// Company returns the profile of the open company.
func (a *App) Company() data.Company { return a.company }

// Language returns the language of the user interface (en, de, nb or pl).
func (a *App) Language() string { return a.lang }

// Today returns the date "days overdue" and aging are counted to.
func (a *App) Today() data.Date { return a.today() }

// SetToday fixes the date the screens count to (tests and screenshots use it).
func (a *App) SetToday(d data.Date) { a.today = func() data.Date { return d } }

// Money formats an amount in the UI language, e.g. "kr 1 234,50" in Norwegian.
func (a *App) Money(amount int64, currency string) string { return money(amount, currency, a.lang) }

// Date formats a calendar date in the UI language's layout.
func (a *App) Date(d data.Date) string { return formatDate(d, a.lang) }

// Go runs work off the UI goroutine and then, on the UI goroutine, either shows its error
// (dialog and log) or calls the apply function it returned (which may be nil).
func (a *App) Go(work func() (apply func(), err error)) {
	a.jobs.Add(1)
	go func() {
		defer a.jobs.Done()
		apply, err := work()
		a.do(func() {
			if err != nil {
				a.ShowError(err)
				return
			}
			if apply != nil {
				apply()
			}
		})
	}()
}

// Wait blocks until the work started with Go and every pending debounced search has finished.
// Tests call it; never call it on the UI goroutine of a running window.
func (a *App) Wait() { a.jobs.Wait() }

// ShowError logs err and shows it in a dialog over the main window. Call it on the UI goroutine.
func (a *App) ShowError(err error) {
	if err == nil {
		return
	}
	log.Printf("overdue: %v", err)
	dialog.ShowError(friendlyError(err), a.win)
}

// ShowInfo shows a short message over the main window.
func (a *App) ShowInfo(title, message string) { dialog.ShowInformation(title, message, a.win) }

// Changed tells the screens that the company file's content changed (a save, an import, a
// restore): the visible screen reloads now, the others when they are next shown.
func (a *App) Changed() {
	a.version++
	if a.shell != nil {
		a.shell.reloadCurrent()
	}
}

// ShowSection switches the main window to the section with the given ID (see Sections).
func (a *App) ShowSection(id string) {
	if a.shell != nil {
		a.shell.show(id)
	}
}

// OpenCustomer shows the file of one customer in the Customers section.
func (a *App) OpenCustomer(id int64) {
	if a.shell == nil {
		return
	}
	a.shell.show("customers")
	if s, ok := a.shell.screen("customers").(*customersScreen); ok {
		s.openCustomer(id)
	}
}

// friendlyError puts the messages people need to act on into their language.
func friendlyError(err error) error {
	switch {
	case errors.Is(err, data.ErrNewerSchema):
		return errors.New(lang.X("error.newer_schema",
			"This company file was saved by a newer version of Overdue. Update Overdue to open it; the file has not been changed."))
	case errors.Is(err, data.ErrNotCompanyFile):
		return errors.New(lang.X("error.not_company_file",
			"This is not an Overdue company file. Choose a file ending in .overdue or a backup made by Overdue."))
	case errors.Is(err, data.ErrDuplicate):
		return errors.New(lang.X("error.duplicate", "That number is already used; choose another.") + "\n\n" + err.Error())
	}
	return err
}

// do runs fn on the UI goroutine (fyne.Do). The callbacks also take uiMu: with Fyne's test
// driver, which runs fn at once on the calling goroutine, that keeps them from running at the
// same time; in the real window they all run on one goroutine and the lock is never contended.
func (a *App) do(fn func()) {
	fyne.Do(func() {
		a.uiMu.Lock()
		defer a.uiMu.Unlock()
		fn()
	})
}

// doAndWait is do that returns after fn has run.
func (a *App) doAndWait(fn func()) {
	fyne.DoAndWait(func() {
		a.uiMu.Lock()
		defer a.uiMu.Unlock()
		fn()
	})
}

// after runs fn on the UI goroutine once d has passed.
func (a *App) after(d time.Duration, fn func()) {
	time.AfterFunc(d, func() { a.do(fn) })
}
