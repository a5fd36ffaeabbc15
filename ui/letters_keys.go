package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
)

// Shortcuts of the Letters screen's main actions, bound only while it is shown. Ctrl+P is
// Record payment everywhere, so Print is Ctrl+Shift+P; Ctrl+M (Cmd+M minimises on macOS) is
// left alone, so Mark mailed is Ctrl+Shift+M.
var (
	generateSelectedShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyG, Modifier: fyne.KeyModifierShortcutDefault}
	generateAllShortcut      = &desktop.CustomShortcut{KeyName: fyne.KeyG, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	printLettersShortcut     = &desktop.CustomShortcut{KeyName: fyne.KeyP, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	markMailedShortcut       = &desktop.CustomShortcut{KeyName: fyne.KeyM, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// Actions returns the Letters screen's main actions with their shortcuts (see actionScreen).
func (s *lettersScreen) Actions() []screenAction {
	return []screenAction{
		{lang.X("letters.generate_selected", "Generate selected"), generateSelectedShortcut, func() { s.onGenerate(false) }},
		{lang.X("letters.generate_all", "Generate all"), generateAllShortcut, func() { s.onGenerate(true) }},
		{lang.X("letters.print", "Print"), printLettersShortcut, s.onPrint},
		{lang.X("letters.mark_mailed", "Mark mailed…"), markMailedShortcut, s.sent.onMailed},
	}
}
