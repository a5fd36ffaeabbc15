package pdfdoc

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Align is the horizontal alignment of text or a picture.
type Align int

// Alignments.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
)

// fpdf returns the alignment as fpdf's alignStr.
func (a Align) fpdf() string {
	switch a {
	case AlignCenter:
		return "C"
	case AlignRight:
		return "R"
	}
	return "L"
}

// Field is a labelled value: a line of the info block or of a key/value block.
type Field struct {
	Label  string
	Value  string
	Strong bool // value in bold, e.g. the amount due
}

// Text sizes and spacing, in points and millimetres.
const (
	bodySize    = 10.0
	bodyLine    = 5.0 // line height of body text
	headingSize = 12.0
	smallSize   = 8.0
)

// Greys used for secondary text, rules and table fills (0–255).
const (
	greyText   = 90
	greyRule   = 150
	greyHeader = 222
	greyZebra  = 243
)

// CleanText prepares text for the PDF; every helper applies it, and code that draws with
// fpdf directly must too. It returns s in Unicode NFC (letters typed or imported as a base
// letter plus a combining accent, common in text from macOS, print as the precomposed
// glyph); turns CR LF, CR and the Unicode line separators into "\n" and tabs into spaces;
// drops other control characters; and replaces invalid UTF-8 and characters beyond the
// Basic Multilingual Plane (emoji), which fpdf refuses with an error that would lose the
// whole document, with U+FFFD "�".
func CleanText(s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' || c >= 0x7f {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = norm.NFC.String(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			return '\n'
		case r == '\t':
			return ' '
		case r < 0x20 || r >= 0x7f && r < 0xa0:
			return -1
		case r > 0xFFFF:
			return '\uFFFD'
		}
		return r
	}, s)
}

// clean is CleanText, for brevity inside the package.
func clean(s string) string { return CleanText(s) }

// ensureSpace starts a new page unless h millimetres fit above the footer.
func (d *Doc) ensureSpace(h float64) {
	if d.pdf.GetY()+h > d.layout.BodyBottom() {
		d.AddPage()
	}
}

// pageRoom returns the height body text has on a continuation page, from the top margin to
// above the footer.
func (d *Doc) pageRoom() float64 { return d.layout.BodyBottom() - d.layout.Top }

// Space moves the cursor down by h millimetres.
func (d *Doc) Space(h float64) { d.pdf.SetY(d.pdf.GetY() + h) }

// Heading writes a bold heading (a letter's subject line, a section title) and keeps it on
// the same page as at least two lines of what follows.
func (d *Doc) Heading(text string) {
	d.ensureSpace(7 + 3*bodyLine)
	d.pdf.SetX(d.layout.Left)
	d.SetFont(Bold, headingSize)
	d.pdf.MultiCell(0, 6, clean(text), "", "L", false)
	d.Space(2)
	d.SetFont(Regular, bodySize)
}

// Paragraph writes body text that wraps between the margins and flows onto new pages;
// "\n" starts a new line. A blank gap follows it.
func (d *Doc) Paragraph(text string) {
	d.pdf.SetX(d.layout.Left)
	d.SetFont(Regular, bodySize)
	d.pdf.MultiCell(0, bodyLine, clean(text), "", "L", false)
	d.Space(bodyLine / 2)
}

// KeyValues writes labels in a column on the left and their values beside them, e.g. the
// payment details of a letter. Long values wrap in their column. The block is kept on one
// page: when it does not fit below the cursor, it starts the next page (a block taller than
// a page breaks between its fields).
func (d *Doc) KeyValues(fields []Field) { d.KeyValuesIn(fields, d.layout.TextWidth()) }

// KeyValuesIn is KeyValues in the given width from the left margin, leaving the rest of
// the line free, e.g. for a QR code beside the payment details.
func (d *Doc) KeyValuesIn(fields []Field, width float64) {
	l := d.layout
	if h := d.KeyValuesHeight(fields, width) - bodyLine/2; h <= d.pageRoom() {
		d.ensureSpace(h)
	}
	labelW, valueW := d.keyValueWidths(fields, width)
	for _, f := range fields {
		labels, values, style := d.keyValueLines(f, labelW, valueW)
		rows := max(len(labels), len(values))
		d.ensureSpace(float64(rows) * bodyLine)
		y := d.pdf.GetY()
		d.SetFont(Regular, bodySize)
		d.pdf.SetTextColor(greyText, greyText, greyText)
		d.lines(labels, l.Left, y, labelW, bodyLine, AlignLeft)
		d.pdf.SetTextColor(0, 0, 0)
		d.SetFont(style, bodySize)
		d.lines(values, l.Left+labelW, y, valueW, bodyLine, AlignLeft)
		d.pdf.SetXY(l.Left, y+float64(rows)*bodyLine)
	}
	d.SetFont(Regular, bodySize)
	d.Space(bodyLine / 2)
}

// KeyValuesHeight returns the height KeyValuesIn(fields, width) takes on one page, the gap
// after it included.
func (d *Doc) KeyValuesHeight(fields []Field, width float64) float64 {
	labelW, valueW := d.keyValueWidths(fields, width)
	h := bodyLine / 2
	for _, f := range fields {
		labels, values, _ := d.keyValueLines(f, labelW, valueW)
		h += float64(max(len(labels), len(values))) * bodyLine
	}
	d.SetFont(Regular, bodySize)
	return h
}

// keyValueWidths returns the widths of the label and value columns of a key/value block.
func (d *Doc) keyValueWidths(fields []Field, width float64) (labelW, valueW float64) {
	d.SetFont(Regular, bodySize)
	for _, f := range fields {
		labelW = max(labelW, d.pdf.GetStringWidth(clean(f.Label)))
	}
	labelW = min(labelW+4, width*0.45)
	return labelW, width - labelW
}

// keyValueLines returns a field's label and value wrapped in their columns, and the face of
// the value.
func (d *Doc) keyValueLines(f Field, labelW, valueW float64) (labels, values []string, style Style) {
	style = Regular
	if f.Strong {
		style = Bold
	}
	d.SetFont(Regular, bodySize)
	labels = d.wrap(clean(f.Label), labelW)
	d.SetFont(style, bodySize)
	values = d.wrap(clean(f.Value), valueW)
	return labels, values, style
}

// ParagraphHeight returns the height Paragraph(text) takes on one page, the gap after it
// included.
func (d *Doc) ParagraphHeight(text string) float64 {
	d.SetFont(Regular, bodySize)
	n := 0
	for _, para := range strings.Split(clean(text), "\n") {
		n += max(1, len(d.pdf.SplitText(para, d.layout.TextWidth())))
	}
	return float64(n)*bodyLine + bodyLine/2
}

// HeadingHeight returns the height Heading(text) takes, the gap after it included.
func (d *Doc) HeadingHeight(text string) float64 {
	d.SetFont(Bold, headingSize)
	n := max(1, len(d.pdf.SplitText(clean(text), d.layout.TextWidth())))
	d.SetFont(Regular, bodySize)
	return float64(n)*6 + 2
}

// lines writes one line of text per row, starting at x, y, each in a cell w wide.
func (d *Doc) lines(lines []string, x, y, w, h float64, align Align) {
	for i, line := range lines {
		d.pdf.SetXY(x, y+float64(i)*h)
		d.pdf.CellFormat(w, h, line, "", 0, align.fpdf(), false, 0, "")
	}
}

// wrap splits text into lines no wider than w in the current font. Lines break at
// spaces (never at no-break spaces, so "1 234,56 zł" stays whole) and at "\n"; a word
// wider than w is cut. The result has at least one line.
func (d *Doc) wrap(text string, w float64) []string {
	w -= 2 * d.pdf.GetCellMargin()
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		line := ""
		for _, word := range strings.Split(para, " ") {
			try := word
			if line != "" {
				try = line + " " + word
			}
			if d.pdf.GetStringWidth(try) <= w || (line == "" && word == "") {
				line = try
				continue
			}
			if line != "" {
				lines = append(lines, line)
			}
			line = word
			for d.pdf.GetStringWidth(line) > w {
				head := d.fitText(line, w)
				if head == "" {
					break
				}
				lines = append(lines, head)
				line = line[len(head):]
			}
		}
		lines = append(lines, line)
	}
	return lines
}

// fitText returns the longest prefix of s (whole runes) no wider than w in the current font,
// keeping at least one rune of a non-empty s so that wrapping always advances.
func (d *Doc) fitText(s string, w float64) string {
	if d.pdf.GetStringWidth(s) <= w {
		return s
	}
	end := 0
	for end < len(s) {
		_, size := utf8.DecodeRuneInString(s[end:])
		if d.pdf.GetStringWidth(s[:end+size]) > w {
			break
		}
		end += size
	}
	if end == 0 {
		_, end = utf8.DecodeRuneInString(s)
	}
	return s[:end]
}
