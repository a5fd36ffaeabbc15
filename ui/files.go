package ui

import (
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// recentKey is the Preferences key of the recently opened company files, newest first.
const recentKey = "recent.files"

// maxRecent is how many recent files the File menu lists.
const maxRecent = 8

// Start opens the company file the user asked for on the command line (explicit), or else
// the most recent file that still exists, or else the default file if it exists; with none
// of those it shows the welcome screen.
func (a *App) Start(path string, explicit bool) {
	if explicit && path != "" {
		a.OpenFile(path)
		return
	}
	for _, p := range a.Recent() {
		if fileExists(p) {
			a.OpenFile(p)
			return
		}
	}
	if p := data.DefaultPath(); fileExists(p) {
		a.OpenFile(p)
		return
	}
	a.showWelcome()
}

// Recent returns the recently opened company files, newest first.
func (a *App) Recent() []string {
	return a.fyne.Preferences().StringList(recentKey)
}

func (a *App) addRecent(path string) {
	if a.Ephemeral {
		return
	}
	old := a.Recent()
	list := []string{path}
	for _, p := range old {
		if p != path && len(list) < maxRecent {
			list = append(list, p)
		}
	}
	if !slices.Equal(list, old) { // unchanged preferences are not written again
		a.fyne.Preferences().SetStringList(recentKey, list)
	}
	a.win.SetMainMenu(a.mainMenu())
}

// OpenFile opens (or creates) the company file at path off the UI goroutine and shows it.
// A file without a company profile asks for one first. A file that cannot be opened shows
// why, and the file open before stays open.
func (a *App) OpenFile(path string) {
	busy := a.showBusy(lang.X("file.opening", "Opening {{.Name}}…", map[string]any{"Name": filepath.Base(path)}))
	a.jobs.Add(1)
	go func() {
		defer a.jobs.Done()
		s, err := data.Open(path)
		var company data.Company
		if err == nil {
			company, err = s.Company()
			if errors.Is(err, data.ErrNotFound) {
				err = nil
			}
			if err != nil {
				s.Close()
				s = nil
			}
		}
		a.do(func() {
			busy()
			if err != nil {
				a.ShowError(fmt.Errorf("%s: %w", path, err))
				if a.store == nil {
					a.showWelcome()
				}
				return
			}
			a.useStore(s, company)
		})
	}()
}

// useStore makes s the open company file, closing the previous one.
func (a *App) useStore(s *data.Store, company data.Company) {
	a.closeStore()
	a.store, a.company = s, company
	a.version++
	a.addRecent(s.Path())
	if company.Name == "" {
		a.showCompanySetup(s.Path())
		return
	}
	a.showMain()
}

// showMain builds the navigation and the screens for the open company.
func (a *App) showMain() {
	a.win.SetTitle(a.company.Name + " — Overdue")
	a.shell = newShell(a)
	a.win.SetContent(a.shell.content())
	a.win.SetMainMenu(a.mainMenu())
	if a.OnOpened != nil {
		a.OnOpened()
	}
}

// closeStore closes the open company file once the work still reading it has finished,
// without holding up the window.
func (a *App) closeStore() {
	s := a.store
	a.unbindScreenKeys()
	a.store, a.shell = nil, nil
	if s == nil {
		return
	}
	go func() {
		a.jobs.Wait()
		closeQuietly(s)
	}()
}

// Close closes the company file after the work using it has finished, waiting at most two
// seconds (work that needs the UI goroutine cannot finish once the window has gone). Call
// it after ShowAndRun returns.
func (a *App) Close() {
	s := a.store
	a.store, a.shell = nil, nil
	if s == nil {
		return
	}
	done := make(chan struct{})
	go func() { a.jobs.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
	}
	closeQuietly(s)
}

func closeQuietly(s *data.Store) {
	if err := s.Close(); err != nil {
		log.Printf("overdue: close %s: %v", s.Path(), err)
	}
}

// showBusy replaces the window content with a spinner and a message; the returned
// function puts the previous content back.
func (a *App) showBusy(message string) (done func()) {
	prev := a.win.Content()
	bar := widget.NewProgressBarInfinite()
	label := widget.NewLabelWithStyle(message, fyne.TextAlignCenter, fyne.TextStyle{})
	a.win.SetContent(container.NewCenter(container.NewVBox(label, container.NewGridWrap(fyne.NewSize(320, bar.MinSize().Height), bar))))
	return func() {
		bar.Stop()
		if a.win.Content() != prev {
			a.win.SetContent(prev)
		}
	}
}

func fileExists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && !st.IsDir() && st.Size() > 0
}
