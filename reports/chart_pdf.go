package reports

import (
	"image/color"

	"codeberg.org/go-pdf/fpdf"

	"overdue/letters/pdfdoc"
)

// Charts in PDFs are drawn as vectors with fpdf, in the same colours as on screen, so they
// print sharp at any size. Boxes are in millimetres.

const (
	chartAxisW   = 17.0 // room for the value labels left of the plot
	chartLabelH  = 8.0  // room for the category labels below the plot
	chartTopPad  = 5.0  // room for value labels above the highest bar
	chartGridRGB = 215
)

func setFill(pdf *fpdf.Fpdf, c color.NRGBA) { pdf.SetFillColor(int(c.R), int(c.G), int(c.B)) }

// chartFrame draws the value axis with its grid and returns the plot area and the scale
// (mm per minor unit).
func chartFrame(doc *pdfdoc.Doc, box pdfdoc.Rect, top int64, cur, lang string) (pdfdoc.Rect, float64) {
	pdf := doc.PDF()
	plot := pdfdoc.Rect{X: box.X + chartAxisW, Y: box.Y + chartTopPad, W: box.W - chartAxisW,
		H: box.H - chartTopPad - chartLabelH}
	ticks := AxisTicks(float64(top), 4)
	scale := plot.H / ticks[len(ticks)-1]
	doc.SetFont(pdfdoc.Condensed, 7)
	pdf.SetTextColor(90, 90, 90)
	pdf.SetLineWidth(0.15)
	for _, t := range ticks {
		y := plot.Bottom() - t*scale
		pdf.SetDrawColor(chartGridRGB, chartGridRGB, chartGridRGB)
		pdf.Line(plot.X, y, plot.X+plot.W, y)
		pdf.SetXY(box.X, y-2)
		pdf.CellFormat(chartAxisW-1.5, 4, CompactAmount(int64(t), cur, lang), "", 0, "R", false, 0, "")
	}
	pdf.SetDrawColor(120, 120, 120)
	pdf.SetLineWidth(0.25)
	pdf.Line(plot.X, plot.Bottom(), plot.X+plot.W, plot.Bottom())
	return plot, scale
}

// categoryLabel writes a label centred under a slot of the plot; with wrap, long labels
// break at spaces onto a second line.
func categoryLabel(pdf *fpdf.Fpdf, x, w, y float64, s string, wrap bool) {
	pdf.SetXY(x, y+1)
	if wrap {
		pdf.MultiCell(w, 3, s, "", "C", false)
		return
	}
	pdf.CellFormat(w, 3, s, "", 0, "C", false, 0, "")
}

// PDFAgingChart draws one bar per bucket with its amount above it.
func PDFAgingChart(doc *pdfdoc.Doc, box pdfdoc.Rect, b Buckets, labels [NumBuckets]string, cur, lang string) {
	pdf := doc.PDF()
	var top int64 = 1
	for _, v := range b {
		top = max(top, v)
	}
	plot, scale := chartFrame(doc, box, top, cur, lang)
	slot := plot.W / NumBuckets
	for i, v := range b {
		x := plot.X + float64(i)*slot
		h := float64(max0(v)) * scale
		setFill(pdf, BucketColors[i])
		if h > 0 {
			pdf.Rect(x+slot*0.18, plot.Bottom()-h, slot*0.64, h, "F")
		}
		doc.SetFont(pdfdoc.CondensedBold, 7.5)
		pdf.SetTextColor(40, 40, 40)
		pdf.SetXY(x, plot.Bottom()-h-4.5)
		pdf.CellFormat(slot, 4, CompactAmount(v, cur, lang), "", 0, "C", false, 0, "")
		doc.SetFont(pdfdoc.Condensed, 7)
		pdf.SetTextColor(60, 60, 60)
		categoryLabel(pdf, x, slot, plot.Bottom(), labels[i], true)
	}
	pdf.SetTextColor(0, 0, 0)
	pdf.SetFillColor(255, 255, 255)
}

// PDFTrendChart draws the month-end history as stacked bars, current at the bottom and the
// oldest bucket on top, with a legend of the buckets under the month labels.
func PDFTrendChart(doc *pdfdoc.Doc, box pdfdoc.Rect, points []TrendPoint, labels [NumBuckets]string, cur, lang string) {
	pdf := doc.PDF()
	legendH := 6.0
	area := pdfdoc.Rect{X: box.X, Y: box.Y, W: box.W, H: box.H - legendH}
	var top int64 = 1
	for _, p := range points {
		top = max(top, p.Buckets.Total())
	}
	plot, scale := chartFrame(doc, area, top, cur, lang)
	slot := plot.W / float64(max(len(points), 1))
	doc.SetFont(pdfdoc.Condensed, 6.5)
	for i, p := range points {
		x := plot.X + float64(i)*slot
		y := plot.Bottom()
		for b := 0; b < NumBuckets; b++ {
			h := float64(max0(p.Buckets[b])) * scale
			if h <= 0 {
				continue
			}
			setFill(pdf, BucketColors[b])
			pdf.Rect(x+slot*0.15, y-h, slot*0.7, h, "F")
			y -= h
		}
		pdf.SetTextColor(60, 60, 60)
		categoryLabel(pdf, x, slot, plot.Bottom(), MonthLabel(p.Date, lang), false)
	}
	// legend
	x, y := plot.X, box.Bottom()-legendH+1.5
	doc.SetFont(pdfdoc.Condensed, 7)
	for b := 0; b < NumBuckets; b++ {
		setFill(pdf, BucketColors[b])
		pdf.Rect(x, y+0.8, 3, 3, "F")
		w := pdf.GetStringWidth(labels[b]) + 3
		pdf.SetXY(x+3.5, y)
		pdf.CellFormat(w, 4.5, labels[b], "", 0, "L", false, 0, "")
		x += 3.5 + w + 4
	}
	pdf.SetTextColor(0, 0, 0)
	pdf.SetFillColor(255, 255, 255)
}

func max0(v int64) int64 { return max(v, 0) }
