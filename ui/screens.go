package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
)

// Screen is one section of the main window. Its constructor builds the widgets; Reload
// (called on the UI goroutine) fetches fresh data with App.Go. The shell calls Reload when
// the screen is first shown and whenever it is shown again after App.Changed.
type Screen interface {
	// Content returns the screen's root object. It is called once.
	Content() fyne.CanvasObject
	// Reload reloads the screen's data off the UI goroutine.
	Reload()
}

// Section is one entry of the main window's navigation.
type Section struct {
	ID    string             // stable name used by App.ShowSection, e.g. "customers"
	Title func() string      // translated title, e.g. func() string { return lang.X("nav.customers", "Customers") }
	Icon  fyne.ThemeIconName // shown left of the title, e.g. theme.IconNameHome
	New   func(a *App) Screen
}

// Sections is the main window's navigation, top to bottom. To plug in a screen, replace
// its "coming" constructor with your own, one line, for example
//
//	{ID: "dashboard", Title: navTitle("nav.dashboard", "Dashboard"), Icon: theme.IconNameHome, New: newDashboardScreen},
//
// where newDashboardScreen(a *App) Screen lives in your own file (ui/dashboard.go).
// The window opens on the first section that is not a "coming" panel.
var Sections = []Section{
	{ID: "dashboard", Title: navTitle("nav.dashboard", "Dashboard"), Icon: theme.IconNameHome, New: newDashboardScreen},
	{ID: "customers", Title: navTitle("nav.customers", "Customers"), Icon: theme.IconNameAccount, New: newCustomersScreen},
	{ID: "invoices", Title: navTitle("nav.invoices", "Invoices"), Icon: theme.IconNameDocument, New: newInvoicesScreen},
	{ID: "letters", Title: navTitle("nav.letters", "Letters"), Icon: theme.IconNameMailSend, New: newLettersScreen},
	{ID: "court", Title: navTitle("nav.court", "Court"), Icon: theme.IconNameFolder, New: coming("court")},
	{ID: "settings", Title: navTitle("nav.settings", "Settings"), Icon: theme.IconNameSettings, New: newSettingsScreen},
}

// navTitle returns a Section title that is translated each time it is shown.
func navTitle(key, fallback string) func() string {
	return func() string { return lang.X(key, fallback) }
}
