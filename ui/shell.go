package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/assets"
)

// shell is the main window's frame for an open company: the navigation on the left and the
// current section's screen on the right. Screens are built the first time they are shown.
type shell struct {
	a       *App
	nav     *widget.List
	stack   *fyne.Container
	screens map[string]Screen
	objects map[string]fyne.CanvasObject
	seen    map[string]int // App.version each screen last loaded
	current string
}

func newShell(a *App) *shell {
	return &shell{a: a, screens: map[string]Screen{}, objects: map[string]fyne.CanvasObject{}, seen: map[string]int{}}
}

// content builds the frame and shows the first section that is ready.
func (s *shell) content() fyne.CanvasObject {
	s.nav = widget.NewList(
		func() int { return len(s.a.sections) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.HomeIcon()), widget.NewLabel("Customers"))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Icon).SetResource(theme.Icon(s.a.sections[id].Icon))
			row.Objects[1].(*widget.Label).SetText(s.a.sections[id].Title())
		})
	s.nav.OnSelected = func(id widget.ListItemID) { s.show(s.a.sections[id].ID) }
	s.stack = container.NewStack()

	logo := canvas.NewImageFromResource(fyne.NewStaticResource("icon.png", assets.Icon))
	logo.FillMode = canvas.ImageFillContain
	logo.SetMinSize(fyne.NewSize(36, 36))
	name := widget.NewLabelWithStyle("Overdue", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	name.SizeName = theme.SizeNameSubHeadingText
	company := widget.NewLabel(s.a.company.Name)
	company.Truncation = fyne.TextTruncateEllipsis
	file := widget.NewLabel(filepath.Base(s.a.store.Path()))
	file.Importance = widget.LowImportance
	file.SizeName = theme.SizeNameCaptionText
	file.Truncation = fyne.TextTruncateEllipsis
	brand := container.NewBorder(nil, nil, logo, nil, name)
	top := container.NewVBox(container.NewPadded(brand), widget.NewSeparator())
	bottom := container.NewVBox(widget.NewSeparator(), company, file)
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameHeaderBackground))
	side := container.NewStack(bg, container.NewBorder(top, bottom, nil, nil, s.nav))
	sideWidth := container.New(&columnsLayout{widths: []float32{210}, flex: 0}, side)

	split := container.NewBorder(nil, nil, sideWidth, nil, s.stack)
	first := s.a.sections[0].ID
	for _, sec := range s.a.sections {
		if _, isComing := sec.New(s.a).(*comingScreen); !isComing {
			first = sec.ID
			break
		}
	}
	s.show(first)
	return split
}

// show switches to the section id, building its screen on first use and reloading it when
// the data changed since it last loaded.
func (s *shell) show(id string) {
	idx := -1
	for i, sec := range s.a.sections {
		if sec.ID == id {
			idx = i
		}
	}
	if idx < 0 {
		return
	}
	scr := s.screens[id]
	if scr == nil {
		scr = s.a.sections[idx].New(s.a)
		s.screens[id] = scr
		s.objects[id] = scr.Content()
		s.seen[id] = -1
	}
	if s.current != id {
		s.current = id
		s.stack.Objects = []fyne.CanvasObject{s.objects[id]}
		s.stack.Refresh()
		s.nav.Select(idx)
		s.a.showScreenActions(scr)
	}
	if s.seen[id] != s.a.version {
		s.seen[id] = s.a.version
		scr.Reload()
	}
}

// screen returns the screen of section id if it has been built.
func (s *shell) screen(id string) Screen { return s.screens[id] }

// reloadCurrent reloads the visible screen (after App.Changed).
func (s *shell) reloadCurrent() {
	if s.current != "" {
		s.seen[s.current] = s.a.version
		s.screens[s.current].Reload()
	}
}
