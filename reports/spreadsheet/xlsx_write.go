package spreadsheet

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"overdue/data"
)

// colKind is what a column of an exported sheet holds.
type colKind int

const (
	colText colKind = iota
	colDate
	colMoney // minor units; the row gives the currency
	colInt
)

// column is one column of an exported table.
type column struct {
	key   string // exportText key of the heading
	title string // the heading itself, when it is not one of exportText's
	kind  colKind
	width float64 // 0: from the heading and the values
}

// book is a workbook being exported, with its shared styles.
type book struct {
	f      *excelize.File
	lang   string
	header int
	date   int
	text   int
	intS   int
	title  int
	money  map[string]int
	home   string // the company's country: addresses elsewhere end with their country's name
}

func newBook(lang string) (*book, error) {
	f := excelize.NewFile()
	b := &book{f: f, lang: exportLang(lang), money: map[string]int{}}
	var err error
	border := []excelize.Border{{Type: "bottom", Color: "7F7F7F", Style: 1}}
	if b.header, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"2F5597"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}, Border: border}); err != nil {
		return nil, err
	}
	if b.date, err = f.NewStyle(&excelize.Style{CustomNumFmt: ptrTo("yyyy-mm-dd")}); err != nil {
		return nil, err
	}
	if b.text, err = f.NewStyle(&excelize.Style{NumFmt: 49}); err != nil { // "@": text
		return nil, err
	}
	if b.intS, err = f.NewStyle(&excelize.Style{NumFmt: 1}); err != nil {
		return nil, err
	}
	if b.title, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}); err != nil {
		return nil, err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "Overdue", LastModifiedBy: "Overdue"}); err != nil {
		return nil, err
	}
	return b, nil
}

func ptrTo[T any](v T) *T { return &v }

// moneyStyle returns the number format for amounts in cur: "#,##0.00 "EUR"" with the
// currency's minor digits, negatives in red.
func (b *book) moneyStyle(cur string) int {
	if id, ok := b.money[cur]; ok {
		return id
	}
	num := "#,##0"
	if d := data.MinorDigits(cur); d > 0 {
		num += "." + strings.Repeat("0", d)
	}
	code := fmt.Sprintf(`%s\ "%s";[Red]\-%s\ "%s"`, num, cur, num, cur)
	id, err := b.f.NewStyle(&excelize.Style{CustomNumFmt: &code})
	if err != nil {
		id = b.intS
	}
	b.money[cur] = id
	return id
}

// major converts minor units to the number a spreadsheet cell holds. The cell keeps a
// binary double, so the decimal is parsed from its exact text: every amount up to
// data.MaxAmount (< 2^53) comes out as the nearest double, which is written back as
// exactly the same digits.
func major(amount int64, cur string) float64 {
	d := data.MinorDigits(cur)
	neg := amount < 0
	if neg {
		amount = -amount
	}
	s := strconv.FormatInt(amount, 10)
	if d > 0 {
		for len(s) <= d {
			s = "0" + s
		}
		s = s[:len(s)-d] + "." + s[len(s)-d:]
	}
	if neg {
		s = "-" + s
	}
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

// money is an exported amount in minor units of its currency.
type money struct {
	amount   int64
	currency string
}

// maxSheetRows is how many rows below its header a sheet takes (Excel's limit is 1,048,576
// rows in all); a longer table goes on in further sheets.
var maxSheetRows = excelize.TotalRows - 1

// table writes a sheet: a styled header row that stays in view, an autofilter over the
// rows, typed cells and fitting column widths. rows calls emit once per row with one value
// per column (data.Date, money, string or int); n is the number of rows, known in advance
// because the autofilter is declared before the rows are streamed. More rows than a sheet
// holds go on in sheets named "<sheet> (2)", "<sheet> (3)" and so on, each with the header.
func (b *book) table(sheet string, cols []column, n int, rows func(emit func([]any) error) error) error {
	part, row, written := 1, 0, 0
	sw, err := b.startSheet(sheet, cols, min(n, maxSheetRows))
	if err != nil {
		return err
	}
	cells := make([]any, len(cols))
	err = rows(func(vals []any) error {
		if row == maxSheetRows {
			if err := sw.Flush(); err != nil {
				return err
			}
			part++
			name := fmt.Sprintf("%s (%d)", sheet, part)
			if sw, err = b.startSheet(name, cols, min(n-written, maxSheetRows)); err != nil {
				return err
			}
			row = 0
		}
		row++
		written++
		for i, v := range vals {
			cells[i] = b.cell(v)
		}
		cell, _ := excelize.CoordinatesToCellName(1, row+1)
		return sw.SetRow(cell, cells[:len(vals)])
	})
	if err != nil {
		return err
	}
	if written != n {
		return fmt.Errorf("export %s: %d rows written, %d counted (the company file changed meanwhile?)", sheet, written, n)
	}
	return sw.Flush()
}

// startSheet adds a sheet for n rows of a table and writes its header row.
func (b *book) startSheet(sheet string, cols []column, n int) (*excelize.StreamWriter, error) {
	if err := b.addSheet(sheet); err != nil {
		return nil, err
	}
	last, _ := excelize.ColumnNumberToName(len(cols))
	if err := b.f.AutoFilter(sheet, fmt.Sprintf("A1:%s%d", last, n+1), nil); err != nil {
		return nil, err
	}
	sw, err := b.f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	widths := make([]float64, len(cols))
	head := make([]any, len(cols))
	for i, c := range cols {
		h := c.title
		if h == "" {
			h = word(b.lang, c.key)
		}
		head[i] = excelize.Cell{StyleID: b.header, Value: h}
		widths[i] = max(c.width, textWidth(h)+4) // room for the filter button
	}
	// The widths must be set before the first row; they are estimated from headings and kinds.
	for i, c := range cols {
		switch c.kind {
		case colDate:
			widths[i] = max(widths[i], 12)
		case colMoney:
			widths[i] = max(widths[i], 19) // "12,345,678.90 NOK" whole in Excel, LibreOffice and Gnumeric
		case colText:
			widths[i] = max(widths[i], 14)
		}
		widths[i] = min(widths[i], 60)
		if err := sw.SetColWidth(i+1, i+1, widths[i]); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return nil, err
	}
	if err := sw.SetRow("A1", head, excelize.RowOpts{Height: 30}); err != nil {
		return nil, err
	}
	return sw, nil
}

// cell turns an exported value into a typed cell. Text is always a text cell: a name such
// as "=SUM(A1)" or "+47 22 33 44 55" is written as the text it is, never as a formula.
func (b *book) cell(v any) any {
	switch v := v.(type) {
	case nil:
		return nil
	case data.Date:
		if v == 0 {
			return nil
		}
		return excelize.Cell{StyleID: b.date, Value: v.Time()}
	case money:
		if v.currency == "" {
			return nil
		}
		return excelize.Cell{StyleID: b.moneyStyle(v.currency), Value: major(v.amount, v.currency)}
	case int:
		return excelize.Cell{StyleID: b.intS, Value: v}
	case string:
		if v == "" {
			return nil
		}
		return excelize.Cell{StyleID: b.text, Value: v}
	}
	return v
}

func textWidth(s string) float64 { return float64(utf8.RuneCountInString(s)) * 1.1 }

// addSheet adds a sheet, or renames the default first sheet for the first one.
func (b *book) addSheet(name string) error {
	if list := b.f.GetSheetList(); len(list) == 1 && list[0] == "Sheet1" {
		return b.f.SetSheetName("Sheet1", name)
	}
	_, err := b.f.NewSheet(name)
	return err
}

// save writes the workbook to path through a temporary file beside it, so that a failed
// export never leaves a half-written file under the chosen name.
func (b *book) save(path string) error {
	defer b.f.Close()
	b.f.SetActiveSheet(0)
	tmp, err := os.CreateTemp(filepath.Dir(path), ".overdue-export-*.xlsx")
	if err != nil {
		return fmt.Errorf("export to %s: %w", path, err)
	}
	if err := b.f.Write(tmp); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("export to %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("export to %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil { // CreateTemp makes it private
		os.Remove(tmp.Name())
		return fmt.Errorf("export to %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("export to %s: %w", path, err)
	}
	return nil
}
