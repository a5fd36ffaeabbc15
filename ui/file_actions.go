package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"overdue/data"
)

// onOpen asks for a company file and opens it.
func (a *App) onOpen() { a.pickCompanyFile("", a.OpenFile) }

// pickCompanyFile asks for a company file or backup (title "" keeps Fyne's own) and hands
// its path to then.
func (a *App) pickCompanyFile(title string, then func(path string)) {
	a.pickFile(title, []string{data.FileExtension, ".bak"}, "", then)
}

// pickFile asks for a file with one of the extensions (title "" keeps Fyne's own), starting
// in dir (see showIn), and hands its path to then.
func (a *App) pickFile(title string, exts []string, dir string, then func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			a.ShowError(err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		then(path)
	}, a.win)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	if title != "" {
		d.SetTitleText(title)
	}
	a.showIn(d, dir)
}

// showIn shows a file dialog starting in dir, else in the folder of the open company file,
// else in the default folder. It is sized after it is shown: Fyne 2.8's FileDialog.Resize
// dereferences the dialog's window, which exists only once Show has built it (resizing
// first crashed the app on every file dialog).
func (a *App) showIn(d *dialog.FileDialog, dir string) {
	if dir == "" {
		dir = data.DefaultDir()
		if a.store != nil {
			dir = filepath.Dir(a.store.Path())
		}
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
	d.Show()
	d.Resize(fyne.NewSize(880, 560))
}

// askFolder asks for a folder. New files (backups, new companies) are named by Overdue
// inside it: Fyne's save dialog empties an existing file it is pointed at before Overdue
// sees it, which must never happen to a company file.
func (a *App) askFolder(title string, fn func(dir string)) {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			a.ShowError(err)
			return
		}
		if dir != nil {
			fn(dir.Path())
		}
	}, a.win)
	d.SetTitleText(title)
	a.showIn(d, "")
}

// onBackup writes a consistent copy of the open company file to a file the user chooses.
func (a *App) onBackup() {
	if a.store == nil {
		return
	}
	base := strings.TrimSuffix(filepath.Base(a.store.Path()), data.FileExtension)
	name := fmt.Sprintf("%s-backup-%s", base, time.Now().Format("2006-01-02"))
	a.askFolder(lang.X("backup.choose", "Choose the folder for the backup"), func(dir string) { a.backupInto(dir, name) })
}

// backupInto writes the backup as dir/name.overdue (or name-2, … when that exists) and says where.
func (a *App) backupInto(dir, name string) {
	path := freePath(dir, name)
	store := a.store
	a.Go(func() (func(), error) {
		if err := store.Backup(path); err != nil {
			return nil, err
		}
		return func() {
			a.ShowInfo(lang.X("backup.done.title", "Backup written"),
				lang.X("backup.done", "The backup is in {{.Path}}. Keep a copy on another disk.", map[string]any{"Path": path}))
		}, nil
	})
}

// onNewCompany shows the form for a new company in the window.
func (a *App) onNewCompany() {
	prev := a.win.Content()
	back := func() { a.win.SetContent(prev) }
	if a.store == nil {
		back = a.showWelcome
	}
	a.showCreateCompany(back)
}

// createCompany writes the profile into a new company file at path and opens it.
func (a *App) createCompany(path string, c data.Company) {
	a.jobs.Add(1)
	go func() {
		defer a.jobs.Done()
		if fileExists(path) {
			a.do(func() {
				a.ShowError(fmt.Errorf("%s", lang.X("create.exists", "{{.Path}} already exists. Open it with File › Open, or choose another name.",
					map[string]any{"Path": path})))
			})
			return
		}
		s, err := data.Open(path)
		if err == nil {
			if err = s.SaveCompany(&c); err != nil {
				s.Close()
				os.Remove(path)
			}
		}
		a.do(func() {
			if err != nil {
				a.ShowError(err)
				return
			}
			a.useStore(s, c)
		})
	}()
}

// freePath returns dir/name.overdue, or name-2, name-3, … when that file exists.
func freePath(dir, name string) string {
	slug := strings.Trim(strings.Map(func(r rune) rune {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			return r
		}
		return '-'
	}, data.FoldSearch(name)), "-")
	for strings.Contains(slug, "--") {
		slug = strings.ReplaceAll(slug, "--", "-")
	}
	if slug == "" {
		slug = "company"
	}
	p := filepath.Join(dir, slug+data.FileExtension)
	for i := 2; fileExists(p); i++ {
		p = filepath.Join(dir, fmt.Sprintf("%s-%d%s", slug, i, data.FileExtension))
	}
	return p
}
