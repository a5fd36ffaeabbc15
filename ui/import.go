package ui

import (
	"context"
	"errors"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
	"overdue/reports/spreadsheet"
)

// importDirKey is the Preferences key of the folder the last import came from.
const importDirKey = "import.dir"

// onImport asks for a spreadsheet (xlsx or csv) and starts the import wizard on it.
func (a *App) onImport() {
	if a.store == nil {
		return
	}
	a.pickFile(lang.X("import.choose", "Choose the spreadsheet to import"),
		[]string{".xlsx", ".csv", ".txt", ".tsv", ".XLSX", ".CSV"}, a.fyne.Preferences().String(importDirKey),
		func(path string) {
			a.fyne.Preferences().SetString(importDirKey, filepath.Dir(path))
			a.startImport(path)
		})
}

// importWizard walks through one import: the sheet and its columns, the check of every row,
// the import itself and its summary. It lives in one dialog whose body changes per step.
type importWizard struct {
	a     *App
	path  string
	store *data.Store
	book  *spreadsheet.Book

	sheet    string
	encoding string
	preview  *spreadsheet.Preview
	mapping  spreadsheet.Mapping
	edited   bool // the user changed the mapping
	order    spreadsheet.DateOrder
	checked  *spreadsheet.Result // the last check (dry run)
	done     *spreadsheet.Result // the import
	cancel   context.CancelFunc  // stops the running check or import

	dlg     *dialog.CustomDialog
	content *fyne.Container
	step    *widget.Label
	body    *fyne.Container
	buttons *fyne.Container

	// widgets of the steps, kept for tests and refreshes
	checkBtn, importBtn *widget.Button
	validOnly           *widget.Check
	orderChoice         *widget.RadioGroup
	columnSelects       []*widget.Select
	problems            *widget.Table
	summary             *widget.Label
}

// startImport opens the file and shows the wizard's first step.
func (a *App) startImport(path string) *importWizard {
	w := &importWizard{a: a, path: path, store: a.store}
	w.step = subheading("")
	w.body = container.NewStack()
	w.buttons = container.NewHBox()
	w.content = container.NewBorder(w.step, container.NewBorder(nil, nil, nil, w.buttons), nil, nil, w.body)
	w.dlg = dialog.NewCustomWithoutButtons(lang.X("import.title", "Import invoices from {{.File}}",
		map[string]any{"File": filepath.Base(path)}), w.content, a.win)
	// Escape closes the wizard (and stops a running check or import, writing nothing).
	prevKey := a.win.Canvas().OnTypedKey()
	a.win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyEscape {
			w.dlg.Hide()
		} else if prevKey != nil {
			prevKey(k)
		}
	})
	w.dlg.SetOnClosed(func() {
		a.win.Canvas().SetOnTypedKey(prevKey)
		w.close()
	})
	w.dlg.Resize(fyne.NewSize(1040, 680))
	w.dlg.Show()
	w.busy(lang.X("import.opening", "Reading the file…"), nil)
	a.Go(func() (func(), error) {
		b, err := spreadsheet.OpenBook(path)
		if err != nil {
			a.do(w.dlg.Hide)
			return nil, err
		}
		p, err := b.Preview(context.Background(), w.store, "", "", 40)
		if err != nil {
			b.Close()
			a.do(w.dlg.Hide)
			return nil, err
		}
		return func() {
			w.book, w.preview, w.sheet, w.encoding = b, p, p.Sheet, b.Encoding
			w.mapping = copyMapping(p.Mapping)
			w.showPreview()
		}, nil
	})
	return w
}

func copyMapping(m spreadsheet.Mapping) spreadsheet.Mapping {
	m.Headers = append([]string(nil), m.Headers...)
	m.Columns = append([]spreadsheet.Field(nil), m.Columns...)
	return m
}

// close stops running work and releases the file when the dialog goes.
func (w *importWizard) close() {
	if w.cancel != nil {
		w.cancel()
	}
	if w.book != nil {
		b := w.book
		w.book = nil
		go func() {
			w.a.Wait()
			b.Close()
		}()
	}
}

// setStep shows a step: its title, body and buttons.
func (w *importWizard) setStep(title string, body fyne.CanvasObject, buttons ...fyne.CanvasObject) {
	w.step.SetText(title)
	w.body.Objects = []fyne.CanvasObject{body}
	w.body.Refresh()
	w.buttons.Objects = buttons
	w.buttons.Refresh()
	for _, c := range w.content.Objects { // the button bar's width changes with its buttons
		if box, ok := c.(*fyne.Container); ok {
			box.Refresh()
		}
	}
	w.content.Refresh()
}

// cancelButton closes the wizard.
func (w *importWizard) cancelButton() *widget.Button {
	return widget.NewButtonWithIcon(lang.X("form.cancel", "Cancel"), theme.CancelIcon(), w.dlg.Hide)
}

// busy shows a message with a progress bar; with a cancel function it also shows a Cancel
// button that stops the work. It returns the bar (nil for an endless one).
func (w *importWizard) busy(msg string, cancel func()) *widget.ProgressBar {
	label := widget.NewLabelWithStyle(msg, fyne.TextAlignCenter, fyne.TextStyle{})
	if cancel == nil {
		bar := widget.NewProgressBarInfinite()
		w.setStep("", container.NewCenter(container.NewVBox(label, container.NewGridWrap(fyne.NewSize(420, bar.MinSize().Height), bar))))
		return nil
	}
	bar := widget.NewProgressBar()
	stop := widget.NewButtonWithIcon(lang.X("form.cancel", "Cancel"), theme.CancelIcon(), cancel)
	w.setStep("", container.NewCenter(container.NewVBox(label, container.NewGridWrap(fyne.NewSize(420, bar.MinSize().Height), bar),
		container.NewCenter(stop))))
	return bar
}

// options are the import options the wizard's choices make.
func (w *importWizard) options(dryRun, skipInvalid bool, progress func(done, total int64)) spreadsheet.Options {
	m := copyMapping(w.mapping)
	return spreadsheet.Options{Sheet: w.sheet, Encoding: w.encoding, Mapping: &m, DateOrder: w.order,
		DryRun: dryRun, SkipInvalid: skipInvalid, Backup: !dryRun, Today: w.a.Today(), Progress: progress}
}

// run runs one pass over the file (a check or the import) with a progress bar and Cancel,
// then calls then with the result on the UI goroutine. A cancelled pass goes back to back.
func (w *importWizard) run(msg string, dryRun, skipInvalid bool, back func(), then func(*spreadsheet.Result, error)) {
	ctx, cancel := context.WithCancel(context.Background())
	w.cancel = cancel
	bar := w.busy(msg, cancel)
	o := w.options(dryRun, skipInvalid, func(done, total int64) {
		if total > 0 {
			w.a.do(func() { bar.SetValue(float64(done) / float64(total)) })
		}
	})
	store, book := w.store, w.book
	w.a.Go(func() (func(), error) {
		res, err := spreadsheet.Import(ctx, store, book, o)
		cancelled := ctx.Err() != nil
		cancel()
		return func() {
			w.cancel = nil
			if cancelled {
				back()
				w.a.ShowInfo(lang.X("import.cancelled.title", "Import cancelled"),
					lang.X("import.cancelled", "Nothing was written to the company file."))
				return
			}
			if err != nil && !errors.Is(err, spreadsheet.ErrInvalidRows) {
				back()
				w.a.ShowError(err)
				return
			}
			then(res, err)
		}, nil
	})
}
