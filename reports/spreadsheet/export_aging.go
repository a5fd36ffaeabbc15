package spreadsheet

import (
	"context"
	"fmt"

	"github.com/xuri/excelize/v2"

	"overdue/data"
	"overdue/reports"
)

// bucketHeadings are the aging columns: "Current", "1–30 days", …, "Over 90 days".
func bucketHeadings(lang string, e reports.Edges) [reports.NumBuckets]string {
	r := e.Ranges()
	var h [reports.NumBuckets]string
	h[reports.Current] = word(lang, "current")
	for i := reports.Bucket1; i < reports.Over; i++ {
		h[i] = fmt.Sprintf(word(lang, "days"), r[i])
	}
	h[reports.Over] = fmt.Sprintf(word(lang, "over"), e[2])
	return h
}

func exportAging(ctx context.Context, s *data.Store, b *book, asOf data.Date) error {
	st, err := reports.LoadSettings(s)
	if err != nil {
		return err
	}
	r, err := reports.Aging(ctx, s, reports.Options{AsOf: asOf, Basis: st.Basis, Edges: st.Edges}, true)
	if err != nil {
		return err
	}
	heads := bucketHeadings(b.lang, r.Edges)
	if err := b.agingSummary(r, heads); err != nil {
		return err
	}
	cols := []column{{key: "customer_number"}, {key: "customer_name", width: 30}, {key: "status"}, {key: "currency", width: 9}}
	for _, h := range heads {
		cols = append(cols, column{title: h, kind: colMoney})
	}
	cols = append(cols, column{key: "total", kind: colMoney}, column{key: "days_overdue", kind: colInt})
	return b.table(word(b.lang, "sheet_by_customer"), cols, len(r.Customers), func(emit func([]any) error) error {
		for _, c := range r.Customers {
			if err := ctx.Err(); err != nil {
				return err
			}
			row := []any{c.Number, c.Name, word(b.lang, "status_"+string(c.Status)), c.Currency}
			for _, v := range c.Buckets {
				row = append(row, money{v, c.Currency})
			}
			days := any(nil)
			if d := c.DaysOverdue(r.AsOf); d > 0 {
				days = d
			}
			if err := emit(append(row, money{c.Buckets.Total(), c.Currency}, days)); err != nil {
				return err
			}
		}
		return nil
	})
}

// agingSummary writes the first sheet: the totals per currency and a column chart of each
// currency's open amounts by age.
func (b *book) agingSummary(r *reports.Report, heads [reports.NumBuckets]string) error {
	sheet := word(b.lang, "sheet_aging")
	if err := b.addSheet(sheet); err != nil {
		return err
	}
	f := b.f
	if err := f.SetCellValue(sheet, "A1", fmt.Sprintf(word(b.lang, "aging_title"), r.AsOf)); err != nil {
		return err
	}
	f.SetCellStyle(sheet, "A1", "A1", b.title)
	head := []any{word(b.lang, "currency")}
	for _, h := range heads {
		head = append(head, h)
	}
	head = append(head, word(b.lang, "total"))
	if err := f.SetSheetRow(sheet, "A3", &head); err != nil {
		return err
	}
	f.SetCellStyle(sheet, "A3", "G3", b.header)
	f.SetRowHeight(sheet, 3, 30)
	f.SetColWidth(sheet, "A", "A", 12)
	f.SetColWidth(sheet, "B", "G", 18)
	for i, t := range r.Totals {
		row := i + 4
		vals := []any{t.Currency}
		for _, v := range t.Buckets {
			vals = append(vals, major(v, t.Currency))
		}
		vals = append(vals, major(t.Buckets.Total(), t.Currency))
		cell := fmt.Sprintf("A%d", row)
		if err := f.SetSheetRow(sheet, cell, &vals); err != nil {
			return err
		}
		f.SetCellStyle(sheet, fmt.Sprintf("B%d", row), fmt.Sprintf("G%d", row), b.moneyStyle(t.Currency))
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 3, TopLeftCell: "A4", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	for i, t := range r.Totals {
		row := i + 4
		anchor := fmt.Sprintf("A%d", len(r.Totals)+6+i*18)
		q := quoteSheet(sheet)
		err := f.AddChart(sheet, anchor, &excelize.Chart{
			Type: excelize.Col,
			Series: []excelize.ChartSeries{{
				Name:       fmt.Sprintf("%s!$A$%d", q, row),
				Categories: fmt.Sprintf("%s!$B$3:$F$3", q),
				Values:     fmt.Sprintf("%s!$B$%d:$F$%d", q, row, row),
				Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"2F5597"}},
			}},
			Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: fmt.Sprintf(word(b.lang, "chart_title"), t.Currency)}}},
			Legend:    excelize.ChartLegend{Position: "none"},
			Dimension: excelize.ChartDimension{Width: 640, Height: 320},
			YAxis:     excelize.ChartAxis{NumFmt: excelize.ChartNumFmt{CustomNumFmt: "#,##0"}},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// quoteSheet quotes a sheet name for a cell reference: 'By customer'.
func quoteSheet(name string) string { return "'" + name + "'" }
