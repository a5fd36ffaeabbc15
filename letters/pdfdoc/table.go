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

// headingGap is the room fitWords adds to a heading it widens to one line, so that it does
// not run into the heading beside it ("Open Days overdue"), mm.
const headingGap = 2.0

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

// fitWords adjusts the column widths to what the columns hold, in two steps.
//
// First, when columns whose every heading and cell fits on one line have enough room to
// spare, the headings that would wrap get the width to stay on one line: a table with a
// two-line header ("Days / overdue") is a line taller than it needs to be.
//
// Then columns too narrow for their longest word (of the heading, in bold, or of a cell)
// are widened to it, taking the width from the columns that have room beyond their own
// longest word, so that no heading or cell is broken inside a word. What cannot be found
// that way is left to the heading's font size (see headerSizes) and, in the body, to wrap,
// which cuts a word only when nothing else helps.
//
// Tables whose headings and words all fit keep their widths.
func (d *Doc) fitWords(t Table, widths []float64, regular, bold Style, size float64) []float64 {
	margin := 2*d.pdf.GetCellMargin() + 0.01 // 0.01: rounding
	n := len(widths)
	word := make([]float64, n)  // the longest word of the heading and the cells
	title := make([]float64, n) // the heading on one line
	line := make([]float64, n)  // the heading and every cell on one line
	spans := t.totalSpans()
	measure := func(i int, s Style, text string, heading bool) {
		d.SetFont(s, size)
		for _, l := range strings.Split(clean(text), "\n") {
			w := d.pdf.GetStringWidth(l) + margin
			line[i] = max(line[i], w)
			if heading {
				title[i] = max(title[i], w)
			}
			if !heading && t.Columns[i].Align == AlignRight { // an amount is never wrapped
				word[i] = max(word[i], w)
				continue
			}
			// Words as wrap breaks them: at spaces only, not at the no-break spaces
			// inside an amount ("kr 1 234 567,50"), which strings.Fields would split.
			for _, f := range strings.Split(l, " ") {
				word[i] = max(word[i], d.pdf.GetStringWidth(f)+margin)
			}
		}
	}
	for i, c := range t.Columns {
		measure(i, bold, c.Title, true)
		for _, r := range t.Rows {
			if i < len(r) {
				measure(i, regular, r[i], false)
			}
		}
		if i < len(t.Total) && spans[i] == 1 { // a cell spanning empty ones has their room too
			measure(i, bold, t.Total[i], false)
		}
	}
	oneLine := make([]float64, n)
	for i := range oneLine {
		oneLine[i] = max(title[i], word[i])
		if title[i] > widths[i] { // a heading kept off a second line also keeps off its neighbour's
			oneLine[i] += headingGap
		}
	}
	if w, ok := share(widths, oneLine, line, false); ok {
		widths = w
	}
	w, _ := share(widths, word, word, true)
	return w
}

// totalSpans returns how many columns each cell of the totals row spans: a left-aligned
// cell with text runs on over the empty cells that follow it ("Open invoices" over the
// dates), which then span none.
func (t Table) totalSpans() []int {
	spans := make([]int, len(t.Columns))
	for i := 0; i < len(spans); i++ {
		spans[i] = 1
		if i >= len(t.Total) || strings.TrimSpace(t.Total[i]) == "" || t.Columns[i].Align != AlignLeft {
			continue
		}
		for i+spans[i] < len(spans) && (i+spans[i] >= len(t.Total) || strings.TrimSpace(t.Total[i+spans[i]]) == "") {
			spans[i+spans[i]] = 0
			spans[i]++
		}
		i += spans[i] - 1
	}
	return spans
}

// spanWidths returns the widths of a row's cells spanning the given numbers of columns.
func spanWidths(widths []float64, spans []int) []float64 {
	out := make([]float64, len(widths))
	for i, n := range spans {
		for j := i; j < i+n; j++ {
			out[i] += widths[j]
		}
	}
	return out
}

// share widens the columns narrower than need to need, taking the width from the columns
// wider than keep (need ≤ keep), each in proportion to its room beyond keep. It reports
// false, and changes nothing, when nothing needs widening, or when the room falls short and
// partly is false; with partly, each column gets the same share of what it lacks.
func share(widths, need, keep []float64, partly bool) ([]float64, bool) {
	short, spare := 0.0, 0.0
	for i, w := range widths {
		short += max(0, need[i]-w)
		spare += max(0, w-max(need[i], keep[i]))
	}
	if short <= 0.001 || spare <= 0.001 || (!partly && spare < short) {
		return widths, false
	}
	give := min(1, short/spare) // share of each column's spare room given away
	take := min(1, spare/short) // share of each column's shortfall made good
	out := make([]float64, len(widths))
	for i, w := range widths {
		if w < need[i] {
			out[i] = w + (need[i]-w)*take
		} else {
			out[i] = w - max(0, w-max(need[i], keep[i]))*give
		}
	}
	return out, true
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
	var total tableRow
	var totalWidths []float64
	if t.Total != nil {
		totalWidths = spanWidths(widths, t.totalSpans())
		total = d.tableRow(t.Total, totalWidths, bold, size, lineH, t.Columns)
	}
	draw := func(row tableRow, cw []float64, style Style, fill, rule bool, keep float64) {
		need := row.height
		if first {
			need += header.height
		}
		// keep is the totals row drawn after the last body row, which must not start a page
		// alone: when both do not fit, the last body row goes to the next page with it
		// (unless that page could not hold them either).
		if y := d.pdf.GetY(); y+need > d.layout.BodyBottom() ||
			keep > 0 && y+need+keep > d.layout.BodyBottom() && header.height+need+keep <= d.pageRoom() {
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
		d.drawRow(t.Columns, cw, row, lineH, fill)
	}
	for i, r := range t.Rows {
		keep := 0.0
		if i == len(t.Rows)-1 && t.Total != nil {
			keep = total.height
		}
		draw(d.tableRow(r, widths, regular, size, lineH, t.Columns), widths, regular, i%2 == 1, false, keep)
	}
	if t.Total != nil {
		draw(total, totalWidths, bold, false, true, 0)
	}
	if first { // no rows at all: the header still shows what the table would hold
		d.ensureSpace(header.height)
		drawHeader()
	}
	d.pdf.SetFillColor(255, 255, 255)
	d.SetFont(Regular, bodySize)
	d.pdf.SetXY(d.layout.Left, d.pdf.GetY()+3)
}

// tableRow splits cells into lines for their columns; missing cells are empty. A cell of
// a right-aligned column (an amount, a number of days, a rate) is never wrapped: when its
// line is wider than its column (fitWords found no room for it), it is set smaller instead.
func (d *Doc) tableRow(cells []string, widths []float64, s Style, size, lineH float64, cols []Column) tableRow {
	d.SetFont(s, size)
	avail := func(w float64) float64 { return w - 2*d.pdf.GetCellMargin() }
	var sizes []float64
	for i, w := range widths {
		if w <= 0 || i >= len(cells) || i >= len(cols) || cols[i].Align != AlignRight {
			continue
		}
		text := clean(cells[i])
		if strings.Contains(text, "\n") {
			continue
		}
		if tw := d.pdf.GetStringWidth(text); tw > avail(w)+0.001 {
			if sizes == nil {
				sizes = make([]float64, len(widths))
				for j := range sizes {
					sizes[j] = size
				}
			}
			sizes[i] = max(4, math.Floor(size*avail(w)/tw*20)/20)
		}
	}
	if sizes == nil {
		return d.wrapCells(cells, widths, lineH, nil)
	}
	row := d.wrapCells(cells, widths, lineH, func(i int) { d.SetFont(s, sizes[i]) })
	lines := 1
	for i := range row.cells {
		if sizes[i] < size { // on one line even if it still does not quite fit at 4 pt
			row.cells[i] = []string{clean(cells[i])}
		}
		lines = max(lines, len(row.cells[i]))
	}
	row.height = float64(lines)*lineH + 2*cellPad
	row.sizes, row.style = sizes, s
	d.SetFont(s, size)
	return row
}

// headerRow is tableRow for the header: a heading whose longest word is wider than its
// column is set smaller (see headerSizes), at the same line height.
func (d *Doc) headerRow(titles []string, widths []float64, bold Style, size, lineH float64) tableRow {
	sizes := d.headerSizes(titles, widths, bold, size)
	row := d.wrapCells(titles, widths, lineH, func(i int) { d.SetFont(bold, sizes[i]) })
	row.sizes, row.style = sizes, bold
	return row
}

// wrapCells wraps each text to its column's width, with the font set by font(i) for column i
// (nil: the current font for all), and makes the row as high as its tallest cell.
func (d *Doc) wrapCells(texts []string, widths []float64, lineH float64, font func(i int)) tableRow {
	row := tableRow{cells: make([][]string, len(widths))}
	lines := 1
	for i, w := range widths {
		if font != nil {
			font(i)
		}
		text := ""
		if i < len(texts) {
			text = clean(texts[i])
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
		if w <= 0 { // spanned by the cell before it
			continue
		}
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
