package pdfdoc

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

// tableRow is a row ready to draw: its cells split into lines.
type tableRow struct {
	cells  [][]string
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
	widths := t.widths(d.layout.TextWidth())
	titles := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		titles[i] = c.Title
	}
	header := d.tableRow(titles, widths, bold, size, lineH)

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

// drawRow draws one row at the cursor, shaded with the current fill colour if fill, and
// moves the cursor below it.
func (d *Doc) drawRow(cols []Column, widths []float64, row tableRow, lineH float64, fill bool) {
	x, y := d.layout.Left, d.pdf.GetY()
	if fill {
		d.pdf.Rect(x, y, sum(widths), row.height, "F")
	}
	for i, w := range widths {
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
