package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// SettingsTab is one tab of the Settings section. Its screen is built when Settings is first
// shown and reloaded with it.
type SettingsTab struct {
	ID    string             // stable name, e.g. "ladder"
	Title func() string      // translated title, e.g. func() string { return lang.X("ladder.tab", "Escalation") }
	Icon  fyne.ThemeIconName // e.g. theme.IconNameSettings
	New   func(a *App) Screen
}

// SettingsTabs are the tabs of Settings, left to right. To add one, append one line with
// your constructor (which lives in your own file), for example
//
//	{ID: "ladder", Title: navTitle("ladder.tab", "Escalation"), Icon: theme.IconNameMailSend, New: newLadderSettings},
var SettingsTabs = []SettingsTab{
	{ID: "company", Title: navTitle("settings.company", "Company"), Icon: theme.IconNameHome, New: newCompanySettings},
	{ID: "file", Title: navTitle("settings.file", "Company file"), Icon: theme.IconNameStorage, New: newFileSettings},
	{ID: "ladder", Title: navTitle("ladder.tab", "Escalation"), Icon: theme.IconNameMailSend, New: newLadderSettings},
	{ID: "templates", Title: navTitle("templates.tab", "Letter texts"), Icon: theme.IconNameDocument, New: newTemplateSettings},
	{ID: "rates", Title: navTitle("rates.tab", "Interest and fees"), Icon: theme.IconNameList, New: newRateSettings},
	{ID: "aging", Title: navTitle("aging.tab", "Aging"), Icon: theme.IconNameHistory, New: newAgingSettings},
}
