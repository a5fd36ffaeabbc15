package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// settingsScreen is the Settings section: one tab per entry of SettingsTabs.
type settingsScreen struct {
	a    *App
	tabs *container.AppTabs
	scrs []Screen
	root fyne.CanvasObject
}

func newSettingsScreen(a *App) Screen {
	s := &settingsScreen{a: a, tabs: container.NewAppTabs()}
	for _, t := range SettingsTabs {
		scr := t.New(a)
		s.scrs = append(s.scrs, scr)
		s.tabs.Append(container.NewTabItemWithIcon(t.Title(), theme.Icon(t.Icon), scr.Content()))
	}
	s.root = container.NewPadded(container.NewBorder(heading(lang.X("settings.title", "Settings")), nil, nil, nil, s.tabs))
	return s
}

// Content returns the tabs.
func (s *settingsScreen) Content() fyne.CanvasObject { return s.root }

// Reload reloads every tab.
func (s *settingsScreen) Reload() {
	for _, scr := range s.scrs {
		scr.Reload()
	}
}

// companySettings is the Settings tab with the company profile.
type companySettings struct {
	a    *App
	form *companyForm
	box  *fyne.Container
}

func newCompanySettings(a *App) Screen {
	return &companySettings{a: a, box: container.NewStack()}
}

// Content returns the profile form in a scroll.
func (s *companySettings) Content() fyne.CanvasObject { return container.NewVScroll(s.box) }

// Reload shows the profile as stored.
func (s *companySettings) Reload() {
	store := s.a.Store()
	s.a.Go(func() (func(), error) {
		c, err := store.Company()
		if err != nil {
			return nil, err
		}
		return func() {
			s.form = newCompanyForm(s.a, c, lang.X("company.save", "Save profile"), store.SaveCompany, func(c data.Company) {
				s.a.company = c
				s.a.win.SetTitle(c.Name + " — Overdue")
				s.a.ShowInfo(lang.X("company.saved.title", "Saved"), lang.X("company.saved", "The company profile is saved."))
			})
			s.box.Objects = []fyne.CanvasObject{reading(760, s.form.inline())}
			s.box.Refresh()
		}, nil
	})
}

// fileSettings shows where the company file is and offers backup and restore.
type fileSettings struct {
	a    *App
	path *widget.Label
	root fyne.CanvasObject
}

func newFileSettings(a *App) Screen {
	s := &fileSettings{a: a, path: widget.NewLabel("")}
	s.path.Selectable = true
	s.path.Wrapping = fyne.TextWrapBreak
	backup := widget.NewButton(lang.X("menu.backup", "Backup…"), a.onBackup)
	restore := widget.NewButton(lang.X("menu.restore", "Restore…"), a.onRestore)
	info := widget.NewLabel(lang.X("settings.file.info", "Everything about this company is in this one file. Keep backups on another disk."))
	info.Wrapping = fyne.TextWrapWord
	s.root = container.NewVBox(subheading(lang.X("settings.file.where", "Where the company file is")), s.path, info,
		container.NewHBox(backup, restore))
	return s
}

// Content returns the tab.
func (s *fileSettings) Content() fyne.CanvasObject { return container.NewPadded(s.root) }

// Reload shows the current path.
func (s *fileSettings) Reload() {
	if st := s.a.Store(); st != nil {
		s.path.SetText(st.Path())
	}
}
