package ui

import (
	"errors"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// formField is one input of a record form. Its key is the name of the data field it edits
// (data.FieldError.Field), so a validation message from the store lands next to it.
type formField struct {
	key   string
	input fyne.CanvasObject
	err   *widget.Label
}

// recordForm is a dialog that edits one record. Save reads the inputs, writes off the UI
// goroutine, and on a data.ValidationError shows each message under its field and stays
// open; on success it closes and calls done.
type recordForm struct {
	a       *App
	form    *widget.Form
	fields  map[string]*formField
	general *widget.Label // messages for fields the form does not show
	save    *widget.Button
	cancel  *widget.Button
	dlg     *dialog.CustomDialog
	size    fyne.Size
	body    *fyne.Container   // the form inside the dialog
	scroll  *container.Scroll // around body
	busy    bool
	open    bool // the dialog is showing
	// submit reads the inputs (UI goroutine) and returns the write to run off it, or false
	// when an input could not be read (its message is already shown).
	submit func() (write func() error, ok bool)
	done   func()
}

func newRecordForm(a *App, saveText string) *recordForm {
	f := &recordForm{a: a, form: widget.NewForm(), fields: map[string]*formField{}, size: fyne.NewSize(560, 0)}
	f.general = widget.NewLabel("")
	f.general.Importance = widget.DangerImportance
	f.general.Wrapping = fyne.TextWrapWord
	f.general.Hide()
	f.save = widget.NewButtonWithIcon(saveText, theme.DocumentSaveIcon(), f.onSave)
	f.save.Importance = widget.HighImportance
	f.cancel = widget.NewButtonWithIcon(lang.X("form.cancel", "Cancel"), theme.CancelIcon(), func() { f.dlg.Hide() })
	return f
}

// add appends a labelled input with an optional hint below it.
func (f *recordForm) add(key, label string, input fyne.CanvasObject, hint string) {
	ff := &formField{key: key, input: input, err: widget.NewLabel("")}
	ff.err.Importance = widget.DangerImportance
	ff.err.Wrapping = fyne.TextWrapWord
	ff.err.SizeName = theme.SizeNameCaptionText
	ff.err.Hide()
	f.fields[key] = ff
	item := widget.NewFormItem(label, container.NewVBox(input, ff.err))
	item.HintText = hint
	f.form.AppendItem(item)
	if e, ok := input.(*widget.Entry); ok && !e.MultiLine {
		e.OnSubmitted = func(string) { f.onSave() }
	}
}

// entry adds a one-line text input.
func (f *recordForm) entry(key, label, value, hint string) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(value)
	f.add(key, label, e, hint)
	return e
}

// multiline adds a text area.
func (f *recordForm) multiline(key, label, value string, rows int) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.SetText(value)
	e.SetMinRowsVisible(rows)
	e.Wrapping = fyne.TextWrapWord
	f.add(key, label, e, "")
	return e
}

// choice adds a drop-down; labels are shown, the returned function gives the chosen value.
func (f *recordForm) choice(key, label string, values, labels []string, selected string) (*widget.Select, func() string) {
	sel := widget.NewSelect(labels, nil)
	for i, v := range values {
		if v == selected {
			sel.SetSelectedIndex(i)
		}
	}
	f.add(key, label, sel, "")
	return sel, func() string {
		if i := sel.SelectedIndex(); i >= 0 {
			return values[i]
		}
		return ""
	}
}

// show opens the dialog with the given title.
func (f *recordForm) show(title string) {
	f.body = container.NewVBox(f.general, f.form)
	f.scroll = container.NewVScroll(f.body)
	f.fit()
	buttons := container.NewHBox(layoutSpacer(), f.cancel, f.save)
	f.dlg = dialog.NewCustomWithoutButtons(title, container.NewBorder(nil, buttons, nil, nil, f.scroll), f.a.win)
	f.dlg.SetOnClosed(func() { f.open = false })
	f.open = true
	f.dlg.Show()
}

// inline returns the form with its Save button for use inside a screen instead of a dialog.
func (f *recordForm) inline() fyne.CanvasObject {
	return container.NewVBox(f.general, f.form, container.NewHBox(layoutSpacer(), f.save))
}

// fit sizes the dialog's scroll area to the whole form (up to 540 pixels high, then it
// scrolls), wide enough for the form's longest line, and the dialog around it.
func (f *recordForm) fit() {
	if f.scroll == nil {
		return
	}
	need := f.body.MinSize()
	f.scroll.SetMinSize(fyne.NewSize(max(f.size.Width, need.Width), min(need.Height+8, 540)))
	if f.dlg != nil {
		f.dlg.Resize(f.dlg.MinSize())
	}
}

// fieldError shows msg under the field key (or at the top when the form has no such field),
// growing the dialog so that no field scrolls out of view.
func (f *recordForm) fieldError(key, msg string) {
	defer f.fit()
	if ff, ok := f.fields[key]; ok {
		ff.err.SetText(msg)
		ff.err.Show()
		return
	}
	f.general.Importance = widget.DangerImportance
	f.general.SetText(msg)
	f.general.Show()
}

// message returns the message shown under field key, "" when none.
func (f *recordForm) message(key string) string {
	if ff, ok := f.fields[key]; ok && ff.err.Visible() {
		return ff.err.Text
	}
	return ""
}

func (f *recordForm) clearErrors() {
	for _, ff := range f.fields {
		ff.err.SetText("")
		ff.err.Hide()
	}
	f.general.Hide()
}

func (f *recordForm) onSave() {
	if f.busy {
		return
	}
	f.clearErrors()
	write, ok := f.submit()
	if !ok {
		f.refreshLayout()
		return
	}
	f.busy = true
	f.save.Disable()
	f.a.jobs.Add(1)
	go func() {
		defer f.a.jobs.Done()
		err := write()
		f.a.do(func() {
			f.busy = false
			f.save.Enable()
			if err != nil {
				f.showError(err)
				return
			}
			if f.dlg != nil {
				f.dlg.Hide()
			}
			if f.done != nil {
				f.done()
			}
		})
	}()
}

// showError puts a store error next to the fields it names.
func (f *recordForm) showError(err error) {
	var ve *data.ValidationError
	switch {
	case errors.As(err, &ve):
		for _, fe := range ve.Fields {
			f.fieldError(fe.Field, translateFieldError(fe.Message))
		}
	case errors.Is(err, data.ErrDuplicate):
		f.fieldError("Number", lang.X("form.duplicate", "This number is already used; choose another."))
	default:
		log.Printf("overdue: save: %v", err)
		f.fieldError("", friendlyError(err).Error())
	}
	f.refreshLayout()
}

func (f *recordForm) refreshLayout() {
	f.form.Refresh()
	if f.dlg != nil {
		f.dlg.Refresh()
	}
}

// dateField reads the date typed into field key; when it cannot be read it shows why under
// the field and returns false.
func (f *recordForm) dateField(key, text string) (data.Date, bool) {
	d, err := parseDate(text)
	if err != nil {
		f.fieldError(key, err.Error())
		return 0, false
	}
	return d, true
}
