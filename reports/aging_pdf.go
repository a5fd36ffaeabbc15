package reports

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"overdue/data"
	"overdue/letters/pdfdoc"
)

// AgingPDFOptions tune the company-wide aging report.
type AgingPDFOptions struct {
	Lang         string    // en, de, nb, pl; default the company's language
	MaxCustomers int       // rows of the table by customer per currency; 0 for all
	Created      time.Time // PDF creation time; zero means now
}

// AgingPDF writes the company-wide aging report on asOf with the file's aging settings: per
// currency the totals, DSO, the aging chart, the 12-month trend and the table by customer,
// largest total first.
func AgingPDF(ctx context.Context, s *data.Store, asOf data.Date, o AgingPDFOptions) ([]byte, error) {
	company, err := s.Company()
	if err != nil {
		return nil, fmt.Errorf("aging report: %w (fill in the company profile first)", err)
	}
	d, err := LoadDashboard(ctx, s, asOf)
	if err != nil {
		return nil, fmt.Errorf("aging report: %w", err)
	}
	h, err := LoadHistory(ctx, s, d.Settings.Options(asOf), d.Totals)
	if err != nil {
		return nil, fmt.Errorf("aging report: %w", err)
	}
	lang := firstLang(o.Lang, company.Language)
	return renderAgingPDF(company, d, h, lang, o)
}

func renderAgingPDF(company data.Company, d *Dashboard, h *History, lang string, o AgingPDFOptions) ([]byte, error) {
	T := func(key string, args ...string) string { return text(lang, key, args...) }
	doc := pdfdoc.New(pdfdoc.Options{Company: company, Lang: lang, Labels: pdfLabels(lang, company.Country), Created: o.Created,
		Title: T("aging_title") + " " + d.AsOf.String()})
	pdf := doc.PDF()
	l := doc.Layout()
	edges := d.Settings.Edges
	var labels, short [NumBuckets]string
	for b := range labels {
		labels[b] = BucketLabel(lang, edges, b)
		short[b] = edges.Ranges()[b]
	}
	short[Current] = T("current_short")
	basis := T("aging_basis")
	if d.Settings.Basis == ByInvoiceDate {
		basis = T("aging_basis_iv")
	}
	doc.NewSection()
	doc.Heading(T("aging_title") + " " + T("as_of", "date", doc.Date(d.AsOf)))
	doc.Paragraph(basis + ".")
	if len(d.Totals) == 0 {
		doc.Paragraph(T("no_open"))
	}
	for i, tot := range d.Totals {
		cur := tot.Currency
		if i > 0 {
			doc.AddPage()
		}
		doc.Heading(T("currency") + ": " + cur)
		customers := d.InCurrency(cur)
		fields := []pdfdoc.Field{
			{Label: T("total"), Value: doc.Money(tot.Buckets.Total(), cur), Strong: true},
			{Label: T("overdue"), Value: doc.Money(tot.Buckets.Overdue(), cur) + " (" +
				T("overdue_share", "share", percent(tot.Buckets.Overdue(), tot.Buckets.Total(), lang)) + ")"},
			{Label: T("customer_count"), Value: T("customers", "n", strconv.Itoa(len(customers)))},
		}
		if dso, ok := d.DSOIn(cur); ok {
			v := T("dso_days", "days", formatDays(dso.Days, lang))
			if !dso.Complete {
				v = "≥ " + v
			}
			fields = append(fields, pdfdoc.Field{Label: T("dso"), Value: v})
		}
		doc.KeyValues(fields)

		const chartH = 52.0
		if pdf.GetY()+chartH > l.BodyBottom() {
			doc.AddPage()
		}
		y := pdf.GetY()
		agingW := l.TextWidth() * 0.44
		PDFAgingChart(doc, pdfdoc.Rect{X: l.Left, Y: y, W: agingW, H: chartH}, tot.Buckets, short, cur, lang)
		pts := h.TrendIn(cur)
		if len(pts) > 0 {
			PDFTrendChart(doc, pdfdoc.Rect{X: l.Left + agingW + 6, Y: y, W: l.TextWidth() - agingW - 6, H: chartH},
				pts, short, cur, lang)
		}
		pdf.SetXY(l.Left, y+chartH+4)
		doc.SetFont(pdfdoc.Italic, 7.5)
		pdf.SetTextColor(90, 90, 90)
		pdf.CellFormat(agingW, 4, T("aging")+", "+doc.Date(d.AsOf), "", 0, "C", false, 0, "")
		if len(pts) > 0 {
			pdf.CellFormat(l.TextWidth()-agingW, 4, T("trend")+" ("+MonthYear(pts[0].Date, lang)+" – "+
				MonthYear(pts[len(pts)-1].Date, lang)+")", "", 1, "C", false, 0, "")
		}
		pdf.SetTextColor(0, 0, 0)
		doc.Space(3)

		doc.Table(bucketTable(tot.Buckets, labels, cur, lang, T))
		doc.Heading(T("by_customer"))
		doc.Table(customerTable(customers, o.MaxCustomers, short, cur, lang, T))
	}
	if err := doc.Err(); err != nil {
		return nil, fmt.Errorf("aging report PDF: %w", err)
	}
	return doc.Bytes()
}

func bucketTable(b Buckets, labels [NumBuckets]string, cur, lang string, T func(string, ...string) string) pdfdoc.Table {
	t := pdfdoc.Table{Condensed: true}
	row := make([]string, 0, NumBuckets+1)
	for i := range labels {
		t.Columns = append(t.Columns, pdfdoc.Column{Title: labels[i], Align: pdfdoc.AlignRight})
		row = append(row, data.FormatAmount(b[i], cur, lang))
	}
	t.Columns = append(t.Columns, pdfdoc.Column{Title: T("total") + " (" + cur + ")", Align: pdfdoc.AlignRight})
	t.Rows = [][]string{append(row, data.FormatAmount(b.Total(), cur, lang))}
	return t
}

func customerTable(cs []CustomerBalance, limit int, short [NumBuckets]string, cur, lang string,
	T func(string, ...string) string) pdfdoc.Table {
	t := pdfdoc.Table{Condensed: true, Size: 7.5, Columns: []pdfdoc.Column{{Title: T("customer_no"), Width: 18},
		{Title: T("customer")}}}
	for i := range short {
		t.Columns = append(t.Columns, pdfdoc.Column{Title: short[i], Width: 17, Align: pdfdoc.AlignRight})
	}
	t.Columns = append(t.Columns, pdfdoc.Column{Title: T("total"), Width: 19, Align: pdfdoc.AlignRight})
	var rest Buckets
	for i, c := range cs {
		if limit > 0 && i >= limit {
			rest.Add(c.Buckets)
			continue
		}
		row := []string{c.Number, c.Name}
		for _, v := range c.Buckets {
			row = append(row, data.FormatAmount(v, cur, lang))
		}
		t.Rows = append(t.Rows, append(row, data.FormatAmount(c.Buckets.Total(), cur, lang)))
	}
	if limit > 0 && len(cs) > limit {
		row := []string{"", "+ " + T("customers", "n", strconv.Itoa(len(cs)-limit))}
		for _, v := range rest {
			row = append(row, data.FormatAmount(v, cur, lang))
		}
		t.Rows = append(t.Rows, append(row, data.FormatAmount(rest.Total(), cur, lang)))
	}
	var all Buckets
	for _, c := range cs {
		all.Add(c.Buckets)
	}
	t.Total = []string{"", T("total")}
	for _, v := range all {
		t.Total = append(t.Total, data.FormatAmount(v, cur, lang))
	}
	t.Total = append(t.Total, data.FormatAmount(all.Total(), cur, lang))
	return t
}

// percent writes part/whole as a whole percentage in lang ("42 %" outside English).
func percent(part, whole int64, lang string) string {
	p := 0.0
	if whole != 0 {
		p = 100 * float64(part) / float64(whole)
	}
	s := strconv.FormatFloat(p, 'f', 0, 64)
	if lang == "en" {
		return s + "%"
	}
	return s + "\u00a0%"
}

// formatDays writes a number of days with one decimal in lang.
func formatDays(d float64, lang string) string {
	s := strconv.FormatFloat(d, 'f', 1, 64)
	if lang != "en" {
		s = replaceDot(s)
	}
	return s
}

func replaceDot(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == '.' {
			b[i] = ','
		}
	}
	return string(b)
}
