package ui

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"overdue/data"
)

// press types a shortcut into the window as the keyboard does and waits for its work.
func press(t *testing.T, a *App, sc fyne.Shortcut) {
	t.Helper()
	// Fyne's test canvas wraps a software canvas, which dispatches shortcuts like the window's.
	handler, ok := reflect.ValueOf(a.win.Canvas()).Elem().FieldByName("WindowlessCanvas").Interface().(fyne.Shortcutable)
	if !ok {
		t.Fatal("the test canvas does not handle shortcuts")
	}
	onUI(a, func() { handler.TypedShortcut(sc) })
	a.Wait()
}

// confirmRecording answers "Record" when the window asks before recording letters.
func confirmRecording(t *testing.T, a *App) {
	t.Helper()
	if top := a.win.Canvas().Overlays().Top(); top != nil && strings.Contains(screenText(a), "cannot be deleted") {
		tap(a, dialogButton(t, a, "Record"))
		a.Wait()
	}
}

// storedLetters counts the letters in the company file.
func storedLetters(t *testing.T, s *data.Store) int {
	t.Helper()
	ls, err := s.Letters(data.LetterFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return len(ls)
}

func TestLettersShortcuts(t *testing.T) {
	tests := []struct {
		name  string
		setup func(*lettersScreen)
		key   fyne.Shortcut
		want  int    // letters stored afterwards
		says  string // in the dialog shown
	}{
		{"generate selected", nil, generateSelectedShortcut, 1, "1 letter is stored"},
		{"generate selected, none ticked", func(ls *lettersScreen) { ls.checked[0] = false }, generateSelectedShortcut, 0,
			"No letters to generate."},
		{"generate all, none ticked", func(ls *lettersScreen) { ls.checked[0] = false }, generateAllShortcut, 1,
			"1 letter is stored"},
		{"print before generating", nil, printLettersShortcut, 0, "Generate the letters first"},
		{"mark mailed with nothing selected", nil, markMailedShortcut, 0, "Select a letter in the list first."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, s, ls, _ := lettersApp(t)
			if tt.setup != nil {
				onUI(a, func() { tt.setup(ls) })
			}
			press(t, a, tt.key)
			confirmRecording(t, a)
			if got := storedLetters(t, s); got != tt.want {
				t.Errorf("%d letters stored, want %d", got, tt.want)
			}
			if text := screenText(a); !strings.Contains(text, tt.says) {
				t.Errorf("the screen does not say %q:\n%s", tt.says, text)
			}
		})
	}
}

// After generating, Print opens the batch and Mark mailed opens the form for the letter
// selected in the letters sent; no shortcut acts while a dialog is open.
func TestLettersShortcutsPrintAndMarkMailed(t *testing.T) {
	a, _, ls, _ := lettersApp(t)
	press(t, a, generateAllShortcut)
	confirmRecording(t, a)
	press(t, a, printLettersShortcut) // the "letter is stored" message is still open
	if got := openedFiles(a); len(got) != 0 {
		t.Errorf("Print acted behind a dialog: opened %v", got)
	}
	closeDialogs(a)
	press(t, a, printLettersShortcut)
	if got := openedFiles(a); len(got) != 1 || got[0] != ls.batch {
		t.Errorf("opened %v, want the batch %s", got, ls.batch)
	}
	onUI(a, func() { ls.sent.list.Select(0) })
	press(t, a, markMailedShortcut)
	if text := screenText(a); !strings.Contains(text, "Tracking number") {
		t.Errorf("Mark mailed opened no mailing form:\n%s", text)
	}
}

// The shortcuts and the Letters menu exist only while the Letters screen is shown, and
// none of them takes a key the rest of the window uses.
func TestLettersShortcutsOnlyOnLettersScreen(t *testing.T) {
	a, s, _, _ := lettersApp(t)
	menu := func() *fyne.Menu {
		items := a.win.MainMenu().Items
		return items[len(items)-1]
	}
	if m := menu(); m.Label != "Letters" || len(m.Items) != 4 || m.Items[0].Shortcut != generateSelectedShortcut {
		t.Fatalf("menu on the Letters screen: %q with %d items", m.Label, len(m.Items))
	}
	onUI(a, func() { a.ShowSection("customers") })
	a.Wait()
	if m := menu(); m.Label == "Letters" {
		t.Error("the Letters menu stays after leaving the Letters screen")
	}
	press(t, a, generateAllShortcut)
	if n := storedLetters(t, s); n != 0 || a.win.Canvas().Overlays().Top() != nil {
		t.Errorf("Ctrl+Shift+G acted on the Customers screen: %d letters stored", n)
	}

	global := map[string]bool{importShortcut.ShortcutName(): true, exportShortcut.ShortcutName(): true}
	for _, k := range []fyne.KeyName{fyne.KeyN, fyne.KeyF, fyne.KeyI, fyne.KeyP, fyne.KeyL, fyne.KeyO, fyne.KeyB} {
		global[shortcut(k).ShortcutName()] = true
	}
	for _, sc := range []*desktop.CustomShortcut{generateSelectedShortcut, generateAllShortcut, printLettersShortcut,
		markMailedShortcut} {
		if global[sc.ShortcutName()] {
			t.Errorf("%s is already a shortcut of the window", sc.ShortcutName())
		}
		global[sc.ShortcutName()] = true
	}
}
