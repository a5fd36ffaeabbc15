package pdfdoc

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"overdue/data"
)

// CompanyAddress returns the company's postal address as lines: the street lines, then
// "postcode city" (or "city postcode" in the UK and the US).
func CompanyAddress(c data.Company) []string {
	var lines []string
	for _, l := range strings.Split(c.Street, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	place := c.Postcode + " " + c.City
	if c.Country == "GB" || c.Country == "US" {
		place = c.City + " " + c.Postcode
	}
	if place = strings.TrimSpace(place); place != "" {
		lines = append(lines, place)
	}
	return lines
}

// ReturnLine returns the one-line sender address printed above the recipient in the
// envelope window: "Nordlys AS · Storgata 1 · 0155 Oslo".
func ReturnLine(c data.Company) string {
	return joinNonEmpty(" · ", append([]string{c.Name}, CompanyAddress(c)...)...)
}

func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

// labelled returns "label value", or "" when value is empty. A value that already names
// itself is printed alone: one that starts with the label ("EIN 12-3456789") or with one of
// the label's slash-separated words ("KRS 0000717182" under "KRS/REGON"). Under the Polish
// label "NIP" a Polish VAT ID loses its EU country prefix: the NIP of "PL4043682988" is
// "4043682988".
func labelled(label, value string) string {
	value = strings.TrimSpace(value)
	if value == "" {
		return ""
	}
	label = strings.TrimSpace(label)
	if strings.EqualFold(label, "NIP") {
		value = nipOf(value)
	}
	if label == "" || namesItself(value, label) {
		return value
	}
	for _, word := range strings.Split(label, "/") {
		if namesItself(value, strings.TrimSpace(word)) {
			return value
		}
	}
	return label + " " + value
}

// namesItself reports whether value starts with word (ignoring case) followed by something
// other than a letter: "KRS 0000717182" and "KRS:0000717182" start with "KRS", "KRSX" does not.
func namesItself(value, word string) bool {
	if word == "" || len(value) < len(word) || !strings.EqualFold(value[:len(word)], word) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(value[len(word):])
	return next == utf8.RuneError || !unicode.IsLetter(next)
}

// nipOf returns a Polish VAT ID without its "PL" prefix ("PL4043682988", "PL 404-368-29-88"
// or "NIP PL4043682988" give the bare NIP); other values are returned unchanged.
func nipOf(value string) string {
	head, rest := "", value
	if namesItself(rest, "NIP") {
		head = rest[:3] + " "
		rest = strings.TrimLeft(rest[3:], " :")
	}
	if len(rest) > 2 && strings.EqualFold(rest[:2], "PL") {
		if bare := strings.TrimLeft(rest[2:], " "); bare != "" && bare[0] >= '0' && bare[0] <= '9' {
			return head + bare
		}
	}
	return value
}

// Letterhead draws the company letterhead at the top of the current page: the name in
// bold, the address, organisation and VAT numbers, phone and email on the left, the logo
// (if readable) on the right, and a rule beneath; the cursor moves below it.
// NewSection draws it on the first page of each section by itself.
func (d *Doc) Letterhead() {
	c, lb, box := d.opts.Company, d.opts.Labels, d.layout.Letterhead
	textW := box.W
	if d.logo != nil {
		r := d.logo.fit(Rect{X: box.X, Y: box.Y, W: min(60, box.W*0.4), H: box.H - 4}, AlignRight)
		r.X = box.X + box.W - r.W
		d.drawImage(d.logo, r)
		textW = box.W - r.W - 6
	}
	d.pdf.SetTextColor(0, 0, 0)
	d.fitLine(clean(c.Name), box.X, box.Y, textW, 7, Bold, 15, AlignLeft)
	y := box.Y + 9
	lines := []string{
		strings.Join(CompanyAddress(c), ", "),
		joinNonEmpty(" · ", labelled(lb.OrgNumber, c.OrgNumber), labelled(lb.VATNumber, c.VATNumber)),
		joinNonEmpty(" · ", labelled(lb.Phone, c.Phone), labelled(lb.Email, c.Email)),
	}
	d.pdf.SetTextColor(greyText-30, greyText-30, greyText-30)
	for _, line := range lines {
		if line == "" {
			continue
		}
		d.fitLine(clean(line), box.X, y, textW, 4.2, Regular, 8.5, AlignLeft)
		y += 4.2
	}
	d.pdf.SetTextColor(0, 0, 0)
	d.pdf.SetDrawColor(greyRule, greyRule, greyRule)
	d.pdf.Line(box.X, box.Bottom(), box.X+box.W, box.Bottom())
	d.pdf.SetDrawColor(0, 0, 0)
	d.SetFont(Regular, bodySize)
	d.pdf.SetXY(d.layout.Left, box.Bottom()+6)
}

// fitLine writes one line of text in a cell w wide, shrinking the font (down to 6 pt)
// when the text is too wide and cutting it when even that is not enough.
func (d *Doc) fitLine(text string, x, y, w, h float64, s Style, size float64, align Align) {
	d.fitLineU(text, x, y, w, h, s, size, align, false)
}

// fitLineU is fitLine with the text optionally underlined.
func (d *Doc) fitLineU(text string, x, y, w, h float64, s Style, size float64, align Align, underline bool) {
	text = strings.ReplaceAll(text, "\n", " ")
	d.SetFont(s, size)
	avail := w - 2*d.pdf.GetCellMargin()
	if tw := d.pdf.GetStringWidth(text); tw > avail {
		size = max(6, size*avail/tw)
		d.SetFont(s, size)
		text = d.fitText(text, avail)
	}
	if underline {
		d.pdf.SetFont(faces[s].family, faces[s].style+"U", size)
	}
	d.pdf.SetXY(x, y)
	d.pdf.CellFormat(w, h, text, "", 0, align.fpdf(), false, 0, "")
	if underline {
		d.SetFont(s, size)
	}
}

// footerColumns returns the company details printed in the footer, one slice per column,
// with the given labels.
func (d *Doc) footerColumns(lb Labels) [][]string {
	c := d.opts.Company
	cols := [][]string{
		append([]string{c.Name}, CompanyAddress(c)...),
		{labelled(lb.OrgNumber, c.OrgNumber), labelled(lb.VATNumber, c.VATNumber),
			labelled(lb.Phone, c.Phone), labelled(lb.Email, c.Email)},
		{labelled("IBAN", c.IBAN), labelled("BIC", c.BIC), labelled(lb.Account, c.AccountNumber)},
	}
	var out [][]string
	for _, col := range cols {
		var kept []string
		for _, l := range col {
			if l = strings.TrimSpace(l); l != "" {
				kept = append(kept, clean(l))
			}
		}
		if len(kept) > 0 {
			out = append(out, kept)
		}
	}
	return out
}

// sectionOf returns the index of the section page p (1-based) belongs to, or -1.
func (d *Doc) sectionOf(p int) int { return sort.SearchInts(d.sections, p+1) - 1 }

// sectionLabels returns the labels of the section page p belongs to.
func (d *Doc) sectionLabels(p int) Labels {
	if i := d.sectionOf(p); i >= 0 && i < len(d.labels) {
		return d.labels[i]
	}
	return d.opts.Labels
}

// pageLabel returns the footer page label of page p (1-based) of the whole document:
// its number within its section and the section's page count.
func (d *Doc) pageLabel(p, total int) string {
	i := d.sectionOf(p)
	start, end := 1, total
	if i >= 0 {
		start = d.sections[i]
		if i+1 < len(d.sections) {
			end = d.sections[i+1] - 1
		}
	}
	return clean(strings.NewReplacer(
		"{page}", strconv.Itoa(p-start+1),
		"{pages}", strconv.Itoa(end-start+1),
	).Replace(d.sectionLabels(p).Page))
}

// Footer text sizes: the company details in up to three columns under a rule, and the page
// number beneath them on the right.
const (
	footerSize    = 7.0  // points
	footerMinSize = 5.0  // the smallest the details are set to make them fit the footer
	footerLine    = 3.2  // line height at footerSize, mm
	footerGap     = 1.5  // from the rule to the first line, mm
	footerPageY   = 10.5 // the page number's cell, from the bottom edge of the sheet, mm
)

// footerBlock is the footer's company details laid out: each column's x, width and lines,
// in one font size and line height. The first bold lines of the first column are the
// company name, in bold.
type footerBlock struct {
	x, w        []float64
	lines       [][]string
	bold        int
	size, lineH float64
}

// layoutFooter lays the footer columns out in the text width. No detail is ever cut: when
// the columns fit side by side at equal widths they get a third each; else each gets the
// width of its longest line and a share of what is left; else the narrow ones keep their
// width and the others share the rest, wrapping their lines (at spaces where they can).
// When the wrapped lines are more than fit above the page number, the size goes down.
func (d *Doc) layoutFooter(cols [][]string) footerBlock {
	l := d.layout
	room := (l.Height - footerPageY) - (l.FooterTop + footerGap)
	var b footerBlock
	for size := footerSize; ; size -= 0.25 {
		b = d.footerAt(cols, size)
		n := 0
		for _, c := range b.lines {
			n = max(n, len(c))
		}
		if float64(n)*b.lineH <= room || size-0.25 < footerMinSize {
			return b
		}
	}
}

// footerAt lays the footer columns out at one font size (see layoutFooter).
func (d *Doc) footerAt(cols [][]string, size float64) footerBlock {
	total, k := d.layout.TextWidth(), len(cols)
	b := footerBlock{x: make([]float64, k), w: make([]float64, k), lines: make([][]string, k),
		size: size, lineH: footerLine * size / footerSize}
	if k == 0 {
		return b
	}
	margin := 2 * d.pdf.GetCellMargin()
	style := func(i, j int) Style {
		if i == 0 && j == 0 {
			return Bold
		}
		return Regular
	}
	natural := make([]float64, k)
	for i, col := range cols {
		for j, line := range col {
			d.SetFont(style(i, j), size)
			natural[i] = max(natural[i], d.pdf.GetStringWidth(line)+margin)
		}
	}
	need := sum(natural)
	switch {
	case slices.Max(natural) <= total/float64(k):
		for i := range b.w {
			b.w[i] = total / float64(k)
		}
	case need <= total:
		for i := range b.w {
			b.w[i] = natural[i] + (total-need)/float64(k)
		}
	default: // the narrowest columns first take what they need, the others share the rest
		order := make([]int, k)
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, c int) bool { return natural[order[a]] < natural[order[c]] })
		left := total
		for n, i := range order {
			share := left / float64(k-n)
			b.w[i] = min(natural[i], share)
			left -= b.w[i]
		}
	}
	x := d.layout.Left
	for i, col := range cols {
		b.x[i] = x
		x += b.w[i]
		for j, line := range col {
			d.SetFont(style(i, j), size)
			wrapped := d.wrap(line, b.w[i])
			if style(i, j) == Bold {
				b.bold = len(wrapped)
			}
			b.lines[i] = append(b.lines[i], wrapped...)
		}
	}
	return b
}

// drawFooters draws the footer on every page once the page count is known. It writes on
// earlier pages with fpdf's SetPage, so every piece of graphics state it relies on (font,
// colours, line width) is set again on each page first. Page numbers are exact and right
// aligned, and restart in each section — neither of which fpdf's AliasNbPages can do.
func (d *Doc) drawFooters() {
	l, pdf := d.layout, d.pdf
	total := pdf.PageCount()
	pdf.SetAutoPageBreak(false, 0)
	blocks := map[Labels]footerBlock{} // sections in the same language share a footer
	for p := 1; p <= total; p++ {
		pdf.SetPage(p)
		pdf.SetLineWidth(0.2)
		pdf.SetDrawColor(greyRule, greyRule, greyRule)
		pdf.SetFillColor(255, 255, 255)
		pdf.SetTextColor(greyText, greyText, greyText)
		pdf.Line(l.Left, l.FooterTop, l.Width-l.Right, l.FooterTop)
		lb := d.sectionLabels(p)
		b, ok := blocks[lb]
		if !ok {
			b = d.layoutFooter(d.footerColumns(lb))
			blocks[lb] = b
		}
		for i, col := range b.lines {
			for j, line := range col {
				s := Regular
				if i == 0 && j < b.bold {
					s = Bold
				}
				d.SetFont(s, b.size)
				pdf.SetXY(b.x[i], l.FooterTop+footerGap+float64(j)*b.lineH)
				pdf.CellFormat(b.w[i], b.lineH, line, "", 0, "L", false, 0, "")
			}
		}
		d.fitLine(d.pageLabel(p, total), l.Left, l.Height-footerPageY, l.TextWidth(), 4, Regular, 7.5, AlignRight)
	}
	pdf.SetPage(total)
}
