package ui

import (
	"context"
	"fmt"
	"log"
	"net/url"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
	"overdue/reports/spreadsheet"
)

// exportDirKey is the Preferences key of the folder the last export went to.
const exportDirKey = "export.dir"

// importExportItems are the File menu's import and export entries: Import invoices… and the
// Export submenu (customers, invoices, aging, ledger, import template).
func (a *App) importExportItems() []*fyne.MenuItem {
	imp := fyne.NewMenuItem(lang.X("import.menu", "Import invoices…"), a.onImport)
	imp.Shortcut = importShortcut
	exp := fyne.NewMenuItem(lang.X("export.menu", "Export"), nil)
	exp.ChildMenu = fyne.NewMenu("")
	for _, k := range spreadsheet.ExportKinds {
		kind := k
		it := fyne.NewMenuItem(exportKindName(kind), func() { a.onExport(kind) })
		if kind == spreadsheet.ExportInvoices {
			it.Shortcut = exportShortcut
		}
		exp.ChildMenu.Items = append(exp.ChildMenu.Items, it)
	}
	if a.store == nil {
		imp.Disabled, exp.Disabled = true, true
	}
	return []*fyne.MenuItem{imp, exp}
}

// The shortcuts of import (Ctrl+Shift+I) and of the invoice export (Ctrl+Shift+E).
var (
	importShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	exportShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// addImportExportShortcuts binds the import and export shortcuts to the window (they do
// nothing while a dialog is open).
func (a *App) addImportExportShortcuts() {
	bind := func(s fyne.Shortcut, fn func()) {
		a.win.Canvas().AddShortcut(s, func(fyne.Shortcut) {
			if a.win.Canvas().Overlays().Top() == nil {
				fn()
			}
		})
	}
	bind(importShortcut, a.onImport)
	bind(exportShortcut, func() { a.onExport(spreadsheet.ExportInvoices) })
}

// insertBefore returns items with more inserted before the item at (nil: at the end).
func insertBefore(items []*fyne.MenuItem, at *fyne.MenuItem, more ...*fyne.MenuItem) []*fyne.MenuItem {
	for i, it := range items {
		if it == at {
			return append(append(append([]*fyne.MenuItem{}, items[:i]...), more...), items[i:]...)
		}
	}
	return append(items, more...)
}

// importButton is the Invoices screen's button that starts an import.
func importButton(a *App) *widget.Button {
	return widget.NewButtonWithIcon(lang.X("import.button", "Import…"), theme.UploadIcon(), a.onImport)
}

func exportKindName(k spreadsheet.ExportKind) string {
	switch k {
	case spreadsheet.ExportCustomers:
		return lang.X("export.kind.customers", "Customers…")
	case spreadsheet.ExportInvoices:
		return lang.X("export.kind.invoices", "Invoices…")
	case spreadsheet.ExportAging:
		return lang.X("export.kind.aging", "Aging…")
	case spreadsheet.ExportLedger:
		return lang.X("export.kind.ledger", "Ledger…")
	}
	return lang.X("export.kind.template", "Import template…")
}

// onExport asks where to write the export (and, for the aging, as of which date) and writes it.
func (a *App) onExport(kind spreadsheet.ExportKind) {
	if a.store == nil {
		return
	}
	if kind != spreadsheet.ExportAging {
		a.chooseExportFolder(kind, a.Today())
		return
	}
	a.askAgingDate(kind, "")
}

// askAgingDate asks for the as-of date of an aging export (text: what was typed before); a
// date that cannot be read is explained and the question asked again with the text kept.
func (a *App) askAgingDate(kind spreadsheet.ExportKind, text string) {
	entry := newDateEntry(a, a.Today())
	if text != "" {
		entry.SetText(text)
	}
	form := widget.NewForm(widget.NewFormItem(lang.X("export.as_of", "As of"), entry))
	dialog.ShowCustomConfirm(lang.X("export.aging.title", "Export the aging"), lang.X("export.next", "Choose the folder…"),
		lang.X("form.cancel", "Cancel"), form, func(ok bool) {
			if !ok {
				return
			}
			d, err := parseDate(entry.Text)
			if err == nil && d == 0 {
				d = a.Today()
			}
			if err != nil {
				log.Printf("export aging: %v", err)
				e := dialog.NewError(err, a.win)
				e.SetOnClosed(func() { a.askAgingDate(kind, entry.Text) })
				e.Show()
				return
			}
			a.chooseExportFolder(kind, d)
		}, a.win)
}

func (a *App) chooseExportFolder(kind spreadsheet.ExportKind, asOf data.Date) {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			a.ShowError(err)
			return
		}
		if dir != nil {
			a.fyne.Preferences().SetString(exportDirKey, dir.Path())
			a.exportTo(kind, exportPath(dir.Path(), kind, asOf), asOf)
		}
	}, a.win)
	d.SetTitleText(lang.X("export.choose", "Choose the folder for the workbook"))
	a.showIn(d, a.fyne.Preferences().String(exportDirKey))
}

// exportPath is a new file name in dir: "invoices-2026-11-15.xlsx", numbered when taken.
func exportPath(dir string, kind spreadsheet.ExportKind, asOf data.Date) string {
	base := string(kind) + "-" + asOf.String()
	if kind == spreadsheet.ExportTemplate {
		base = "import-template"
	}
	p := filepath.Join(dir, base+".xlsx")
	for i := 2; fileExists(p); i++ {
		p = filepath.Join(dir, fmt.Sprintf("%s-%d.xlsx", base, i))
	}
	return p
}

// exportTo writes the export off the UI goroutine, with a Cancel button, then offers to open it.
func (a *App) exportTo(kind spreadsheet.ExportKind, path string, asOf data.Date) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBarInfinite()
	msg := widget.NewLabel(lang.X("export.writing", "Writing {{.File}}…", map[string]any{"File": filepath.Base(path)}))
	dlg := dialog.NewCustomWithoutButtons(lang.X("export.title", "Export"), container.NewVBox(msg, bar,
		widget.NewButtonWithIcon(lang.X("form.cancel", "Cancel"), theme.CancelIcon(), cancel)), a.win)
	dlg.Resize(fyne.NewSize(440, 0))
	dlg.Show()
	store, lng := a.store, a.lang
	a.Go(func() (func(), error) {
		defer cancel()
		err := spreadsheet.Export(ctx, store, kind, path, spreadsheet.ExportOptions{AsOf: asOf, Lang: lng})
		a.do(func() { bar.Stop(); dlg.Hide() })
		if ctx.Err() != nil {
			return nil, nil // cancelled: no file was written
		}
		if err != nil {
			return nil, err
		}
		return func() { a.exportWritten(path) }, nil
	})
}

// exportWritten says where the workbook is and offers to open it.
func (a *App) exportWritten(path string) {
	label := widget.NewLabel(lang.X("export.done", "The workbook is in {{.Path}}.", map[string]any{"Path": path}))
	label.Wrapping = fyne.TextWrapBreak
	d := dialog.NewCustomConfirm(lang.X("export.done.title", "Export written"), lang.X("export.open", "Open it"),
		lang.X("import.close", "Close"), label, func(open bool) {
			if !open {
				return
			}
			if u, err := url.Parse(storage.NewFileURI(path).String()); err == nil {
				if err := a.fyne.OpenURL(u); err != nil {
					a.ShowError(err)
				}
			}
		}, a.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}
