package ui

import (
	"context"
	"strconv"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/reports/spreadsheet"
)

// fieldName is the translated name of an import field.
func fieldName(f spreadsheet.Field) string {
	if f == spreadsheet.FieldNone {
		return lang.X("import.field.none", "— not imported —")
	}
	return lang.X("import.field."+f.Key(), f.String())
}

var encodingNames = map[string]func() string{
	spreadsheet.EncodingUTF8:    func() string { return lang.X("import.encoding.utf8", "Unicode (UTF-8)") },
	spreadsheet.Encoding1250:    func() string { return lang.X("import.encoding.1250", "Central European (Windows-1250)") },
	spreadsheet.Encoding1252:    func() string { return lang.X("import.encoding.1252", "Western European (Windows-1252)") },
	spreadsheet.EncodingUTF16LE: func() string { return lang.X("import.encoding.utf16le", "Unicode (UTF-16, little-endian)") },
	spreadsheet.EncodingUTF16BE: func() string { return lang.X("import.encoding.utf16be", "Unicode (UTF-16, big-endian)") },
}

// showPreview is the first step: the sheet (and, for csv, the encoding), the first rows with
// the header row marked, and the column mapping, which the user can change.
func (w *importWizard) showPreview() {
	p := w.preview
	var choices []fyne.CanvasObject
	if len(w.book.Sheets) > 1 {
		sheet := widget.NewSelect(w.book.Sheets, nil)
		sheet.SetSelected(w.sheet)
		sheet.OnChanged = func(s string) { w.sheet = s; w.reloadPreview() }
		choices = append(choices, widget.NewLabel(lang.X("import.sheet", "Sheet")),
			container.NewGridWrap(fyne.NewSize(220, sheet.MinSize().Height), sheet))
	}
	if w.book.Format == spreadsheet.FormatCSV {
		var names []string
		for _, e := range spreadsheet.Encodings {
			names = append(names, encodingNames[e]())
		}
		enc := widget.NewSelect(names, nil)
		enc.SetSelected(encodingNames[w.encoding]())
		enc.OnChanged = func(name string) {
			for _, e := range spreadsheet.Encodings {
				if encodingNames[e]() == name {
					w.encoding = e
				}
			}
			w.reloadPreview()
		}
		choices = append(choices, widget.NewLabel(lang.X("import.encoding", "Characters")),
			container.NewGridWrap(fyne.NewSize(300, enc.MinSize().Height), enc))
	}
	var rowNames []string
	for i := 1; i <= min(len(p.Rows), 30); i++ {
		rowNames = append(rowNames, strconv.Itoa(i))
	}
	header := widget.NewSelect(rowNames, nil)
	if w.mapping.HeaderRow > 0 {
		header.SetSelected(strconv.Itoa(w.mapping.HeaderRow))
	}
	header.OnChanged = func(s string) {
		n, _ := strconv.Atoi(s)
		if n < 1 || n > len(p.Rows) {
			return
		}
		m, err := spreadsheet.MappingFor(w.store, p.Rows[n-1], n)
		if err != nil {
			w.a.ShowError(err)
			return
		}
		w.mapping, w.edited = m, true
		w.showPreview()
	}
	choices = append(choices, widget.NewLabel(lang.X("import.header_row", "Header row")), header)

	w.checkBtn = widget.NewButtonWithIcon(lang.X("import.check", "Check the rows"), theme.NavigateNextIcon(), w.onCheck)
	w.checkBtn.Importance = widget.HighImportance
	missing := widget.NewLabel("")
	missing.Wrapping = fyne.TextWrapWord
	missing.Importance = widget.DangerImportance
	update := func() {
		msg := w.missingText()
		missing.SetText(msg)
		if msg == "" {
			w.checkBtn.Enable()
		} else {
			w.checkBtn.Disable()
		}
	}
	mapping := w.mappingEditor(update)
	update()
	intro := widget.NewLabel(lang.X("import.preview.intro",
		"These are the first rows of the sheet; the header row is in bold. Check which column holds what, then check the rows."))
	intro.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(intro, container.NewHBox(choices...))
	split := container.NewHSplit(w.previewTable(), container.NewBorder(subheading(lang.X("import.columns", "Columns")), missing, nil, nil, mapping))
	split.Offset = 0.58
	w.setStep(lang.X("import.step.preview", "1. Sheet and columns"), container.NewBorder(top, nil, nil, nil, split),
		w.cancelButton(), w.checkBtn)
}

// missingText says what the mapping still lacks, or "".
func (w *importWizard) missingText() string {
	if w.mapping.HeaderRow == 0 {
		return lang.X("import.no_header", "No header row was found: choose the row that names the columns.")
	}
	var need []string
	has := func(f spreadsheet.Field) bool { return w.mapping.Column(f) >= 0 }
	if !has(spreadsheet.FieldInvoiceNumber) {
		need = append(need, fieldName(spreadsheet.FieldInvoiceNumber))
	}
	if !has(spreadsheet.FieldAmount) && !has(spreadsheet.FieldOpen) {
		need = append(need, fieldName(spreadsheet.FieldAmount))
	}
	if !has(spreadsheet.FieldIssueDate) && !has(spreadsheet.FieldDueDate) {
		need = append(need, fieldName(spreadsheet.FieldDueDate))
	}
	if len(need) == 0 {
		return ""
	}
	return lang.X("import.missing", "Choose a column for: {{.Fields}}", map[string]any{"Fields": strings.Join(need, ", ")})
}

// mappingEditor lists the header row's columns, each with the field it holds.
func (w *importWizard) mappingEditor(changed func()) fyne.CanvasObject {
	options := []string{fieldName(spreadsheet.FieldNone)}
	byName := map[string]spreadsheet.Field{options[0]: spreadsheet.FieldNone}
	for _, f := range spreadsheet.Fields {
		options = append(options, fieldName(f))
		byName[fieldName(f)] = f
	}
	w.columnSelects = nil
	rows := container.New(layout.NewFormLayout())
	updating := false
	refresh := func() {
		updating = true
		for i, s := range w.columnSelects {
			s.SetSelected(fieldName(w.mapping.Columns[i]))
		}
		updating = false
	}
	for i, h := range w.mapping.Headers {
		col := i
		name := columnLetter(i) + "  " + clip(strings.TrimSpace(h), 40)
		sel := widget.NewSelect(options, func(s string) {
			if updating {
				return
			}
			w.mapping.Set(col, byName[s])
			w.edited = true
			refresh()
			changed()
		})
		w.columnSelects = append(w.columnSelects, sel)
		rows.Add(widget.NewLabel(name))
		rows.Add(sel)
	}
	refresh()
	return container.NewVScroll(rows)
}

// previewTable shows the first rows as read, the header row in bold and the rows above it quiet.
func (w *importWizard) previewTable() fyne.CanvasObject {
	rows := w.preview.Rows
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	cols = min(cols, 40)
	t := widget.NewTable(func() (int, int) { return len(rows), cols + 1 },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis // a long cell never runs into the next column
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			l.TextStyle = fyne.TextStyle{Bold: id.Row+1 == w.mapping.HeaderRow}
			l.Importance = widget.MediumImportance
			if id.Row+1 < w.mapping.HeaderRow || id.Col == 0 {
				l.Importance = widget.LowImportance
			}
			switch {
			case id.Col == 0:
				l.SetText(strconv.Itoa(id.Row + 1))
			case id.Col-1 < len(rows[id.Row]):
				cell := rows[id.Row][id.Col-1]
				if id.Row+1 > w.mapping.HeaderRow && id.Col-1 < len(w.mapping.Columns) && w.book != nil {
					cell = w.book.DisplayCell(w.mapping.Columns[id.Col-1], cell) // date serials as dates
				}
				l.SetText(clip(cell, 24))
			default:
				l.SetText("")
			}
		})
	t.SetColumnWidth(0, 44)
	for c := 1; c <= cols; c++ {
		t.SetColumnWidth(c, 150)
	}
	return t
}

// reloadPreview reads the start of the sheet again (another sheet or encoding).
func (w *importWizard) reloadPreview() {
	book, store, sheet, enc := w.book, w.store, w.sheet, w.encoding
	w.a.Go(func() (func(), error) {
		p, err := book.Preview(context.Background(), store, sheet, enc, 40)
		if err != nil {
			return nil, err
		}
		return func() {
			w.preview, w.mapping, w.edited = p, copyMapping(p.Mapping), false
			w.showPreview()
		}, nil
	})
}

// columnLetter is the spreadsheet name of column i (0-based): A … Z, AA …
func columnLetter(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// clip shortens s to n characters with an ellipsis.
func clip(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
