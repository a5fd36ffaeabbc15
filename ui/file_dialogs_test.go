package ui

import (
	"strings"
	"testing"

	"overdue/reports/spreadsheet"
)

// TestFileDialogsOpen opens every file and folder dialog of the window: each must show
// (a file dialog sized before it was shown crashed the app in Fyne 2.8).
func TestFileDialogsOpen(t *testing.T) {
	tests := []struct {
		name string
		open func(a *App)
	}{
		{"File › Open", func(a *App) { a.onOpen() }},
		{"File › Import invoices", func(a *App) { a.onImport() }},
		{"File › Export › Invoices", func(a *App) { a.chooseExportFolder(spreadsheet.ExportInvoices, testToday) }},
		{"File › Backup folder", func(a *App) { a.askFolder("Backup", func(string) {}) }},
		{"Restore: target folder", func(a *App) { a.pickCompanyFile("Restore", func(string) {}) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newTestApp(t, newTestStore(t))
			before := len(a.win.Canvas().Overlays().List())
			onUI(a, func() { tt.open(a) })
			overlays := a.win.Canvas().Overlays().List()
			if len(overlays) != before+1 {
				t.Fatalf("%d overlays after opening the dialog, want %d", len(overlays), before+1)
			}
			if size := overlays[len(overlays)-1].Size(); size.Width < 600 || size.Height < 400 {
				t.Errorf("dialog is %v, want it sized for browsing folders", size)
			}
		})
	}
}

// TestAgingExportAsksAgainAfterABadDate checks that an impossible as-of date is explained
// and the question asked again with what was typed, instead of closing the export.
func TestAgingExportAsksAgainAfterABadDate(t *testing.T) {
	a := newTestApp(t, newTestStore(t))
	onUI(a, func() { a.askAgingDate(spreadsheet.ExportAging, "2026-02-31") })
	tap(a, dialogButton(t, a, "Choose the folder…"))
	if text := screenText(a); !strings.Contains(text, "2026-02-31") && !strings.Contains(text, "exist") {
		t.Fatalf("no explanation of the bad date:\n%s", text)
	}
	closeTop := func() {
		onUI(a, func() { a.win.Canvas().Overlays().Remove(a.win.Canvas().Overlays().Top()) })
	}
	// Closing the error the way its OK button does reopens the question.
	tap(a, dialogButton(t, a, "OK"))
	if text := screenText(a); !strings.Contains(text, "Export the aging") {
		t.Errorf("the aging question did not come back:\n%s", text)
	}
	closeTop()
}
