package pdfdoc

import (
	"strings"

	"overdue/data"
)

// Address is what shows through the envelope window.
type Address struct {
	// Return is the sender line printed small and underlined above the recipient on A4;
	// empty means ReturnLine(company). US Letter has no return line (see Layout).
	Return string
	// Notes are postal notes printed just above the recipient: "Einschreiben",
	// "Polecony", "CERTIFIED MAIL".
	Notes []string
	// Lines are the recipient's address lines, e.g. from data.Contact.EnvelopeLines.
	Lines []string
	// Abroad says the recipient is in another country than the company: the return line
	// then ends with the company's country.
	Abroad bool
}

// Address text sizes.
const (
	recipientSize = 10.0
	recipientLine = 4.23 // 12 pt
	returnSize    = 7.0
	noteSize      = 8.0
	noteLine      = 3.54 // one line of DIN 5008's 17.7 mm zone (5 lines)
)

// AddressWindow prints the address where the envelope window is (see Layout), draws the
// fold and hole marks in the left margin, and moves the cursor to where the letter's text
// starts. Lines that do not fit are set smaller rather than left outside the window.
func (d *Doc) AddressWindow(a Address) {
	l := d.layout
	x := l.Address.X + l.AddressInset
	w := l.Address.W - 2*l.AddressInset
	y := l.Address.Y
	notes := cleanAll(a.Notes)
	lines := cleanAll(a.Lines)
	d.pdf.SetTextColor(0, 0, 0)
	if l.ReturnZone > 0 {
		ret := clean(a.Return)
		if ret == "" {
			ret = ReturnLine(d.opts.Company)
			if c := d.opts.Company; a.Abroad && c.Country != "" {
				ret += " · " + strings.ToUpper(data.CountryName(c.Country, c.Language))
			}
			ret = clean(ret)
		}
		used := d.returnLines(ret, x, y+1, w)
		// Notes sit at the bottom of the zone, right above the recipient.
		ny := y + l.ReturnZone - float64(len(notes))*noteLine
		for _, n := range notes {
			d.fitLine(n, x, max(ny, y+1+used), w, noteLine, Bold, noteSize, AlignLeft)
			ny += noteLine
		}
		y += l.ReturnZone + 0.5 // glyphs' ascenders stay below the zone's edge
	} else {
		lines = append(notes, lines...)
	}
	zone := l.Address.Bottom() - y
	lineH, size := recipientLine, recipientSize
	if n := float64(len(lines)); n*lineH > zone {
		lineH = zone / n
		size = max(7, recipientSize*lineH/recipientLine)
	}
	if l.AddressLow {
		y = l.Address.Bottom() - float64(len(lines))*lineH
	}
	for i, line := range lines {
		d.fitLine(line, x, y+float64(i)*lineH, w, lineH, Regular, size, AlignLeft)
	}
	d.foldMarks()
	d.bodyStart(l.Address.Bottom())
}

// InfoBlock prints labelled values (date, our reference, customer number, …) in the block
// beside the address window and moves the cursor to where the letter's text starts.
func (d *Doc) InfoBlock(fields []Field) {
	l, box := d.layout, d.layout.Info
	const size, lineH = 8.5, 4.4
	d.SetFont(Regular, size)
	labelW := 0.0
	for _, f := range fields {
		labelW = max(labelW, d.pdf.GetStringWidth(clean(f.Label)))
	}
	labelW = min(labelW+2*d.pdf.GetCellMargin()+2, box.W*0.55)
	y := box.Y
	for _, f := range fields {
		style := Regular
		if f.Strong {
			style = Bold
		}
		d.SetFont(style, size)
		values := d.wrap(clean(f.Value), box.W-labelW)
		d.pdf.SetTextColor(greyText, greyText, greyText)
		d.fitLine(clean(f.Label), box.X, y, labelW, lineH, Regular, size, AlignLeft)
		d.pdf.SetTextColor(0, 0, 0)
		d.SetFont(style, size)
		d.lines(values, box.X+labelW, y, box.W-labelW, lineH, AlignLeft)
		y += float64(len(values)) * lineH
	}
	d.SetFont(Regular, bodySize)
	d.bodyStart(max(l.Address.Bottom(), y))
}

// bodyStart moves the cursor to the first page's text area, below bottom (the lowest
// thing drawn in the window area so far on this page).
func (d *Doc) bodyStart(bottom float64) {
	if d.floorPage != d.pdf.PageNo() {
		d.floorPage, d.floor = d.pdf.PageNo(), 0
	}
	d.floor = max(d.floor, bottom)
	y := d.layout.BodyTop
	if d.floor+6 > y {
		y = d.floor + 6
	}
	d.pdf.SetXY(d.layout.Left, y)
}

// foldMarks draws the fold marks and the hole mark as short lines in the left margin.
func (d *Doc) foldMarks() {
	l := d.layout
	d.pdf.SetLineWidth(0.2)
	d.pdf.SetDrawColor(greyRule, greyRule, greyRule)
	for _, y := range l.FoldMarks {
		d.pdf.Line(4, y, 9, y)
	}
	if l.HoleMark > 0 {
		d.pdf.Line(4, l.HoleMark, 11, l.HoleMark)
	}
	d.pdf.SetDrawColor(0, 0, 0)
}

func cleanAll(lines []string) []string {
	var out []string
	for _, l := range lines {
		if l = clean(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// returnLines prints the sender line at (x, y), small and underlined, on one line when it
// fits and else on two, broken between its parts (name · street · town); it returns the
// height used.
func (d *Doc) returnLines(ret string, x, y, w float64) float64 {
	d.SetFont(Regular, returnSize)
	avail := w - 2*d.pdf.GetCellMargin()
	parts := strings.Split(ret, " · ")
	if d.pdf.GetStringWidth(ret) <= avail || len(parts) < 2 {
		d.fitLineU(ret, x, y, w, noteLine, Regular, returnSize, AlignLeft, true)
		return noteLine
	}
	// The first line takes as many parts as fit (at least one); the second the rest.
	n := 1
	for n < len(parts)-1 && d.pdf.GetStringWidth(strings.Join(parts[:n+1], " · ")) <= avail {
		n++
	}
	d.fitLineU(strings.Join(parts[:n], " · "), x, y, w, noteLine, Regular, returnSize, AlignLeft, true)
	d.fitLineU(strings.Join(parts[n:], " · "), x, y+noteLine, w, noteLine, Regular, returnSize, AlignLeft, true)
	return 2 * noteLine
}
