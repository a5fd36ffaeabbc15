package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// actionScreen is a Screen with actions of its own. While it is shown, and only then, the
// actions' keyboard shortcuts are bound to the window and the main menu has a menu of them
// under the section's title (the menu is where the app shows its shortcuts).
type actionScreen interface {
	Screen
	// Actions returns the screen's actions; it is called each time the screen is shown.
	Actions() []screenAction
}

// screenAction is one action of a screen: its label in the menu, its shortcut and what it does.
type screenAction struct {
	Label    string
	Shortcut *desktop.CustomShortcut
	Run      func()
}

// unlessDialog returns fn guarded so that it does nothing while a dialog is open.
func (a *App) unlessDialog(fn func()) func() {
	return func() {
		if a.win.Canvas().Overlays().Top() == nil {
			fn()
		}
	}
}

// showScreenActions binds the shortcuts of scr (unbinding those of the screen shown before)
// and rebuilds the main menu so that it has scr's menu. Call it when the shown screen changes.
func (a *App) showScreenActions(scr Screen) {
	a.unbindScreenKeys()
	if as, ok := scr.(actionScreen); ok {
		for _, act := range as.Actions() {
			run := a.unlessDialog(act.Run)
			a.win.Canvas().AddShortcut(act.Shortcut, func(fyne.Shortcut) { run() })
			a.screenKeys = append(a.screenKeys, act.Shortcut)
		}
	}
	a.win.SetMainMenu(a.mainMenu())
}

// unbindScreenKeys removes the shortcuts of the screen shown last from the window.
func (a *App) unbindScreenKeys() {
	for _, k := range a.screenKeys {
		a.win.Canvas().RemoveShortcut(k)
	}
	a.screenKeys = nil
}

// screenMenu is the menu of the shown screen's actions, or nil when it has none.
func (a *App) screenMenu() *fyne.Menu {
	if a.shell == nil {
		return nil
	}
	as, ok := a.shell.screen(a.shell.current).(actionScreen)
	if !ok {
		return nil
	}
	title := a.shell.current
	for _, sec := range a.sections {
		if sec.ID == a.shell.current {
			title = sec.Title()
		}
	}
	m := fyne.NewMenu(title)
	for _, act := range as.Actions() {
		it := fyne.NewMenuItem(act.Label, a.unlessDialog(act.Run))
		it.Shortcut = act.Shortcut
		m.Items = append(m.Items, it)
	}
	return m
}
