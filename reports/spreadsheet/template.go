package spreadsheet

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// templateColumns are the columns of the import template, in the order the importer's
// mapping editor lists them.
var templateColumns = []struct {
	key     string
	kind    colKind
	example any
	help    map[string]string
}{
	{"invoice_number", colText, "2026-0415", nil},
	{"customer_number", colText, "10001", nil},
	{"customer_name", colText, "Nordlys AS", nil},
	{"tax_id", colText, "NO912345678MVA", nil},
	{"issue_date", colDate, "2026-03-31", nil},
	{"due_date", colDate, "2026-04-14", nil},
	{"amount", colMoney, "12500.00", nil},
	{"paid", colMoney, "2500.00", nil},
	{"payment_date", colDate, "2026-04-10", nil},
	{"currency", colText, "NOK", nil},
	{"email", colText, "faktura@nordlys.no", nil},
	{"phone", colText, "+47 22 33 44 55", nil},
	{"address", colText, "Storgata 1, 0155 Oslo", nil},
	{"description", colText, "Web design, March", nil},
}

// exportTemplate writes an empty invoice sheet whose headings the importer knows, with date,
// amount and text formats on the columns, and a second sheet explaining how to fill it in.
func exportTemplate(b *book) error {
	f := b.f
	sheet := word(b.lang, "sheet_invoices")
	if err := b.addSheet(sheet); err != nil {
		return err
	}
	money, err := f.NewStyle(&excelize.Style{NumFmt: 4}) // #,##0.00
	if err != nil {
		return err
	}
	head := make([]any, len(templateColumns))
	for i, c := range templateColumns {
		head[i] = word(b.lang, c.key)
		col, _ := excelize.ColumnNumberToName(i + 1)
		style := b.text
		switch c.kind {
		case colDate:
			style = b.date
		case colMoney:
			style = money
		}
		if err := f.SetColStyle(sheet, col, style); err != nil {
			return err
		}
		if err := f.SetColWidth(sheet, col, col, max(textWidth(word(b.lang, c.key))+4, 14)); err != nil {
			return err
		}
	}
	if err := f.SetSheetRow(sheet, "A1", &head); err != nil {
		return err
	}
	last, _ := excelize.ColumnNumberToName(len(templateColumns))
	if err := f.SetCellStyle(sheet, "A1", last+"1", b.header); err != nil {
		return err
	}
	f.SetRowHeight(sheet, 1, 30)
	if err := f.AutoFilter(sheet, "A1:"+last+"1", nil); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return b.templateHelp()
}

// templateHelp writes the sheet explaining the template: what is required, how dates and
// amounts may be written, and an example of every column.
func (b *book) templateHelp() error {
	f := b.f
	sheet := word(b.lang, "sheet_help")
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	row := 1
	for _, k := range []string{"help_intro", "help_required", "help_dates", "help_amounts", "help_currency",
		"help_customers", "help_again"} {
		if err := f.SetCellValue(sheet, fmt.Sprintf("A%d", row), word(b.lang, k)); err != nil {
			return err
		}
		row++
	}
	row++
	head := []any{word(b.lang, "column"), word(b.lang, "example")}
	if err := f.SetSheetRow(sheet, fmt.Sprintf("A%d", row), &head); err != nil {
		return err
	}
	f.SetCellStyle(sheet, fmt.Sprintf("A%d", row), fmt.Sprintf("B%d", row), b.header)
	for _, c := range templateColumns {
		row++
		vals := []any{word(b.lang, c.key), c.example}
		if err := f.SetSheetRow(sheet, fmt.Sprintf("A%d", row), &vals); err != nil {
			return err
		}
	}
	f.SetColWidth(sheet, "A", "A", 28)
	f.SetColWidth(sheet, "B", "B", 28)
	return nil
}
