package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/reports/spreadsheet"
)

// onCheck reads every row without writing (a dry run) and shows what an import would do.
func (w *importWizard) onCheck() {
	w.run(lang.X("import.checking", "Checking every row…"), true, false, w.showPreview, func(res *spreadsheet.Result, _ error) {
		w.checked = res
		w.showCheck()
	})
}

// showCheck is the second step: what the import would do, and every problem by row and column.
func (w *importWizard) showCheck() {
	res := w.checked
	w.summary = widget.NewLabel(lang.X("import.would", "Rows: {{.Rows}}. New invoices: {{.Created}}, changed: {{.Updated}}, "+
		"unchanged: {{.Unchanged}}. New customers: {{.Customers}}.", map[string]any{"Rows": res.Rows,
		"Created": res.Created, "Updated": res.Updated, "Unchanged": res.Unchanged, "Customers": res.CustomersCreated}))
	w.summary.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(w.summary)
	if res.DateOrderGuessed || w.order != spreadsheet.DateOrderAuto {
		top.Add(w.dateOrderChoice(res.DateOrder))
	}
	invalid := res.InvalidRows()
	w.importBtn = widget.NewButtonWithIcon(lang.X("import.import", "Import"), theme.DocumentSaveIcon(), w.onImport)
	w.importBtn.Importance = widget.HighImportance
	w.validOnly = nil
	var body fyne.CanvasObject = container.NewCenter(widget.NewLabel(lang.X("import.all_valid", "Every row can be imported.")))
	if invalid > 0 {
		note := widget.NewLabel(lang.XN("import.invalid", "{{.Count}} rows have problems. Nothing is imported while "+
			"they do, unless you choose below to import only the valid rows.", invalid, map[string]any{"Count": invalid}))
		note.Wrapping = fyne.TextWrapWord
		note.Importance = widget.DangerImportance
		top.Add(note)
		body = w.problemTable(res.Invalid)
		w.validOnly = widget.NewCheck(lang.XN("import.valid_only", "Import only the valid rows and leave the "+
			"{{.Count}} rows with problems out", invalid, map[string]any{"Count": invalid}), func(on bool) {
			if on {
				w.importBtn.Enable()
			} else {
				w.importBtn.Disable()
			}
		})
		w.importBtn.Disable()
	}
	back := widget.NewButtonWithIcon(lang.X("import.back", "Back"), theme.NavigateBackIcon(), w.showPreview)
	buttons := []fyne.CanvasObject{back, w.cancelButton()}
	if w.validOnly != nil {
		buttons = append(buttons, w.validOnly)
	}
	w.setStep(lang.X("import.step.check", "2. Check"), container.NewBorder(top, nil, nil, nil, body),
		append(buttons, w.importBtn)...)
}

// dateOrderChoice asks how dates such as 03/04/2026 are meant when the file does not say;
// choosing checks the rows again.
func (w *importWizard) dateOrderChoice(current spreadsheet.DateOrder) fyne.CanvasObject {
	day := lang.X("import.order.day", "day first: 03/04/2026 is 3 April")
	month := lang.X("import.order.month", "month first: 03/04/2026 is March 4")
	w.orderChoice = widget.NewRadioGroup([]string{day, month}, nil)
	w.orderChoice.Horizontal = true
	w.orderChoice.Required = true
	if current == spreadsheet.MonthFirst {
		w.orderChoice.SetSelected(month)
	} else {
		w.orderChoice.SetSelected(day)
	}
	w.orderChoice.OnChanged = func(s string) {
		w.order = spreadsheet.DayFirst
		if s == month {
			w.order = spreadsheet.MonthFirst
		}
		w.onCheck()
	}
	q := widget.NewLabel(lang.X("import.order.question", "Nothing in the file says how its dates are written. Dates such as 03/04/2026 are read:"))
	q.Wrapping = fyne.TextWrapWord
	q.Importance = widget.WarningImportance
	return container.NewVBox(q, w.orderChoice)
}

// problemText is the translated message of a problem.
func (w *importWizard) problemText(p spreadsheet.Problem) string {
	vars := map[string]any{}
	for k, v := range p.Data {
		vars[k] = v
	}
	cur, _ := p.Data["Currency"].(string)
	for _, k := range []string{"Amount", "Paid", "File"} {
		if v, ok := p.Data[k].(int64); ok {
			vars[k] = w.a.Money(v, cur)
		}
	}
	if p.Code == "rejected" {
		return p.Error // the store's own words
	}
	return lang.X("import.problem."+p.Code, p.Error, vars)
}

// problemTable lists every problem: row, column, value as written and what is wrong.
func (w *importWizard) problemTable(ps []spreadsheet.Problem) fyne.CanvasObject {
	heads := []string{lang.X("import.col.row", "Row"), lang.X("import.col.column", "Column"),
		lang.X("import.col.value", "Value"), lang.X("import.col.problem", "Problem")}
	w.problems = widget.NewTable(func() (int, int) { return len(ps), 4 },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			p := ps[id.Row]
			l := o.(*widget.Label)
			switch id.Col {
			case 0:
				l.SetText(strconv.Itoa(p.Row))
			case 1:
				l.SetText(clip(p.Column, 30))
			case 2:
				l.SetText(clip(p.Value, 30))
			default:
				l.SetText(w.problemText(p))
			}
		})
	// The headings are bold labels above the table, on the dialog's own background, at the
	// columns' widths.
	header := container.NewHBox()
	for i, width := range []float32{70, 180, 200, 520} {
		w.problems.SetColumnWidth(i, width)
		l := widget.NewLabelWithStyle(heads[i], fyne.TextAlignLeading, boldStyle)
		header.Add(container.NewGridWrap(fyne.NewSize(width-theme.Padding(), l.MinSize().Height), l))
	}
	return container.NewBorder(container.NewVBox(header, widget.NewSeparator()), nil, nil, nil, w.problems)
}

// onImport writes the rows (all, or only the valid ones when the user ticked that), then
// remembers the mapping for files of this layout and shows the summary.
func (w *importWizard) onImport() {
	skip := w.validOnly != nil && w.validOnly.Checked
	w.run(lang.X("import.importing", "Importing…"), false, skip, w.showCheck, func(res *spreadsheet.Result, err error) {
		if err != nil { // invalid rows appeared since the check: show them again
			w.checked = res
			w.showCheck()
			return
		}
		w.done = res
		if w.edited || !w.mapping.Remembered {
			if err := spreadsheet.RememberMapping(w.store, w.mapping); err != nil {
				w.a.ShowError(err)
			}
		}
		w.a.Changed()
		w.showDone()
	})
}

// showDone is the last step: what the import did.
func (w *importWizard) showDone() {
	res := w.done
	lines := []string{lang.X("import.done", "Invoices created: {{.Created}}, updated: {{.Updated}}, unchanged: {{.Unchanged}}. "+
		"Customers created: {{.Customers}}.", map[string]any{"Created": res.Created, "Updated": res.Updated,
		"Unchanged": res.Unchanged, "Customers": res.CustomersCreated})}
	if res.CreditNotes > 0 {
		lines = append(lines, lang.XN("import.done.credit_notes", "Of these, {{.Count}} are credit notes.",
			res.CreditNotes, map[string]any{"Count": res.CreditNotes}))
	}
	if n := res.InvalidRows(); n > 0 {
		lines = append(lines, lang.XN("import.done.left_out", "{{.Count}} rows with problems were left out.", n,
			map[string]any{"Count": n}))
	}
	if res.Backup != "" {
		lines = append(lines, lang.X("import.done.backup", "The company file as it was before is kept in {{.Path}}.",
			map[string]any{"Path": res.Backup}))
	}
	w.summary = widget.NewLabel("")
	w.summary.Wrapping = fyne.TextWrapWord
	w.summary.SetText(joinLines(lines))
	show := widget.NewButtonWithIcon(lang.X("import.show_invoices", "Show the invoices"), theme.DocumentIcon(), func() {
		w.dlg.Hide()
		w.a.ShowSection("invoices")
	})
	closeBtn := widget.NewButton(lang.X("import.close", "Close"), w.dlg.Hide)
	closeBtn.Importance = widget.HighImportance
	w.setStep(lang.X("import.step.done", "3. Imported"), container.NewVBox(w.summary), show, closeBtn)
}

func joinLines(lines []string) string {
	s := ""
	for i, l := range lines {
		if i > 0 {
			s += "\n\n"
		}
		s += l
	}
	return s
}
