package pdfdoc

import (
	"math"
	"strings"
)

// Column is one column of a Table.
type Column struct {
	Title string
	// Width in millimetres when above 1, a fraction of the text width when between 0 and 1,
	// and an equal share of the width left over when 0.
	Width float64
	Align Align
}

// Table is a header row, body rows with alternate rows shaded, and an optional bold totals
// row. Cells wrap within their column; the header is repeated at the top of every page
// the table runs onto.
type Table struct {
	Columns   []Column
	Rows      [][]string
	Total     []string // totals row under a rule; nil for none
	Condensed bool     // set in DejaVu Sans Condensed, for tables with many columns
	Size      float64  // font size in points; 0 means 9
}

const cellPad = 0.7 // space above and below the text of a row, mm

// widths resolves the columns' widths to millimetres that add up to at most total.
func (t Table) widths(total float64) []float64 {
	w := make([]float64, len(t.Columns))
	used, shares := 0.0, 0
	for i, c := range t.Columns {
		switch {
		case c.Width > 1:
			w[i] = c.Width
		case c.Width > 0:
			w[i] = c.Width * total
		default:
			shares++
		}
		used += w[i]
	}
	if shares > 0 {
		each := max((total-used)/float64(shares), 10)
		for i := range w {
			if w[i] == 0 {
				w[i] = each
				used += each
			}
		}
	}
	if used > total {
		for i := range w {
			w[i] *= total / used
		}
	}
	return w
}

// fitWords widens the columns too narrow for their longest word (of the heading, in bold,
// or of a cell) to that word's width, taking the width from the columns that have room to
// spare beyond their own longest word, so that no heading or cell is broken inside a word.
// What cannot be found that way is left to the heading's font size (see headerSizes) and,
// in the body, to wrap, which cuts a word only when nothing else helps.
func (d *Doc) fitWords(t Table, widths []float64, regular, bold Style, size float64) []float64 {
	margin := 2 * d.pdf.GetCellMargin()
	need := make([]float64, len(widths))
	widest := func(i int, s Style, text string) {
		d.SetFont(s, size)
		for _, w := range strings.Fields(strings.ReplaceAll(clean(text), "\n", " ")) {
			need[i] = max(need[i], d.pdf.GetStringWidth(w)+margin+0.01) // 0.01: rounding
		}
	}
	for i, c := range t.Columns {
		widest(i, bold, c.Title)
		for _, r := range t.Rows {
			if i < len(r) {
				widest(i, regular, r[i])
			}
		}
		if i < len(t.Total) {
			widest(i, bold, t.Total[i])
		}
	}
	short, spare := 0.0, 0.0
	for i, w := range widths {
		short += max(0, need[i]-w)
		spare += max(0, w-need[i])
	}
	if short <= 0.001 || spare <= 0.001 {
		return widths
	}
	give := min(1, short/spare) // share of each column's spare room given away
	take := min(1, spare/short) // share of each column's shortfall made good
	out := make([]float64, len(widths))
	for i, w := range widths {
		if w < need[i] {
			out[i] = w + (need[i]-w)*take
		} else {
			out[i] = w - (w-need[i])*give
		}
	}
	return out
}

// headerSizes returns the font size of each heading: size, or smaller (down to 5 pt) for a
// heading with a word wider than its column, so that it is never broken inside a word.
func (d *Doc) headerSizes(titles []string, widths []float64, bold Style, size float64) []float64 {
	sizes := make([]float64, len(titles))
	avail := func(w float64) float64 { return w - 2*d.pdf.GetCellMargin() }
	for i, title := range titles {
		sizes[i] = size
		d.SetFont(bold, size)
		widest := 0.0
		for _, w := range strings.Fields(strings.ReplaceAll(clean(title), "\n", " ")) {
			widest = max(widest, d.pdf.GetStringWidth(w))
		}
		if widest > avail(widths[i])+0.001 {
			sizes[i] = max(5, math.Floor(size*avail(widths[i])/widest*20)/20)
		}
	}
	return sizes
}

// tableRow is a row ready to draw: its cells split into lines, and for the header row the
// face and font size of each cell (sizes nil: the face and size selected when it is drawn).
type tableRow struct {
	cells  [][]string
	sizes  []float64
	style  Style // the face of the cells when sizes is set
	height float64
}

// Table draws t at the cursor, starting new pages as needed, and leaves the cursor below it.
func (d *Doc) Table(t Table) {
	if len(t.Columns) == 0 {
		return
	}
	size := t.Size
	if size == 0 {
		size = 9
	}
	regular, bold := Regular, Bold
	if t.Condensed {
		regular, bold = Condensed, CondensedBold
	}
	lineH := size * 0.45
	widths := d.fitWords(t, t.widths(d.layout.TextWidth()), regular, bold, size)
	titles := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		titles[i] = c.Title
	}
	header := d.headerRow(titles, widths, bold, size, lineH)

	drawHeader := func() {
		d.SetFont(bold, size)
		d.pdf.SetFillColor(greyHeader, greyHeader, greyHeader)
		d.drawRow(t.Columns, widths, header, lineH, true)
	}
	first := true
	draw := func(cells []string, style Style, fill, rule bool) {
		row := d.tableRow(cells, widths, style, size, lineH)
		need := row.height
		if first {
			need += header.height
		}
		if d.pdf.GetY()+need > d.layout.BodyBottom() {
			d.AddPage()
			first = true
		}
		if first {
			drawHeader()
			first = false
		}
		if rule {
			y := d.pdf.GetY()
			d.pdf.SetLineWidth(0.3)
			d.pdf.SetDrawColor(0, 0, 0)
			d.pdf.Line(d.layout.Left, y, d.layout.Left+sum(widths), y)
			d.pdf.SetLineWidth(0.2)
		}
		d.SetFont(style, size)
		d.pdf.SetFillColor(greyZebra, greyZebra, greyZebra)
		d.drawRow(t.Columns, widths, row, lineH, fill)
	}
	for i, r := range t.Rows {
		draw(r, regular, i%2 == 1, false)
	}
	if t.Total != nil {
		draw(t.Total, bold, false, true)
	}
	if first { // no rows at all: the header still shows what the table would hold
		d.ensureSpace(header.height)
		drawHeader()
	}
	d.pdf.SetFillColor(255, 255, 255)
	d.SetFont(Regular, bodySize)
	d.pdf.SetXY(d.layout.Left, d.pdf.GetY()+3)
}

// tableRow splits cells into lines for their columns; missing cells are empty.
func (d *Doc) tableRow(cells []string, widths []float64, s Style, size, lineH float64) tableRow {
	d.SetFont(s, size)
	row := tableRow{cells: make([][]string, len(widths))}
	lines := 1
	for i, w := range widths {
		text := ""
		if i < len(cells) {
			text = clean(cells[i])
		}
		row.cells[i] = d.wrap(text, w)
		lines = max(lines, len(row.cells[i]))
	}
	row.height = float64(lines)*lineH + 2*cellPad
	return row
}

// headerRow is tableRow for the header: a heading whose longest word is wider than its
// column is set smaller (see headerSizes), at the same line height.
func (d *Doc) headerRow(titles []string, widths []float64, bold Style, size, lineH float64) tableRow {
	sizes := d.headerSizes(titles, widths, bold, size)
	row := tableRow{cells: make([][]string, len(widths)), sizes: sizes, style: bold}
	lines := 1
	for i, w := range widths {
		d.SetFont(bold, sizes[i])
		text := ""
		if i < len(titles) {
			text = clean(titles[i])
		}
		row.cells[i] = d.wrap(text, w)
		lines = max(lines, len(row.cells[i]))
	}
	row.height = float64(lines)*lineH + 2*cellPad
	return row
}

// drawRow draws one row at the cursor, shaded with the current fill colour if fill, and
// moves the cursor below it.
func (d *Doc) drawRow(cols []Column, widths []float64, row tableRow, lineH float64, fill bool) {
	x, y := d.layout.Left, d.pdf.GetY()
	if fill {
		d.pdf.Rect(x, y, sum(widths), row.height, "F")
	}
	for i, w := range widths {
		if row.sizes != nil {
			d.SetFont(row.style, row.sizes[i])
		}
		d.lines(row.cells[i], x, y+cellPad, w, lineH, cols[i].Align)
		x += w
	}
	d.pdf.SetXY(d.layout.Left, y+row.height)
}

func sum(v []float64) float64 {
	t := 0.0
	for _, x := range v {
		t += x
	}
	return t
}
