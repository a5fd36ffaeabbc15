package spreadsheet

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"overdue/data"
)

// totalWords start the label of a subtotal or total row in the four languages.
var totalWords = map[string]bool{
	"total": true, "totals": true, "totalt": true, "subtotal": true, "grand": true, "sum": true, "summe": true,
	"summa": true, "gesamt": true, "gesamtsumme": true, "zwischensumme": true, "endsumme": true, "razem": true,
	"suma": true, "ogolem": true, "lacznie": true, "sammen": true, "totalsum": true, "delsum": true,
	"totaal": true, "sumy": true,
}

// isTotalLabel reports whether a cell reads like the label of a total row:
// "Total for Acme", "TOTAL", "Summe", "Razem:", "Totalt NOK", "Sub-total", "I alt".
// It looks at the first word only and is cheap for cells that are not labels (it runs on
// every cell of every row).
func isTotalLabel(cell string) bool {
	first, rest := firstWord(cell)
	if len(first) < 3 && first != "i" && first != "" {
		return false
	}
	switch {
	case first == "":
		return false
	case totalWords[first]:
		return true
	case first == "sub":
		w, _ := firstWord(rest)
		return w == "total"
	case first == "i":
		w, _ := firstWord(rest)
		return w == "alt"
	}
	return false
}

// firstWord returns the first run of letters of s, lower-cased and folded (ł→l, ó→o), and
// what follows it; "" when s does not start with a letter (after spaces and punctuation).
func firstWord(s string) (string, string) {
	i := 0
	for i < len(s) && s[i] < 0x80 && !(s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
		i++ // spaces and punctuation
	}
	s = s[i:]
	end, ascii := 0, true
	for end < len(s) {
		c := s[end]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			end++
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(s[end:])
			if !unicode.IsLetter(r) {
				return fold(s[:end], ascii), s[end:]
			}
			ascii = false
			end += n
		default:
			return fold(s[:end], ascii), s[end:]
		}
		if end > 24 {
			return "", "" // longer than any total word
		}
	}
	return fold(s[:end], ascii), ""
}

func fold(w string, ascii bool) string {
	if ascii {
		for i := 0; i < len(w); i++ {
			if w[i] >= 'A' && w[i] <= 'Z' {
				return strings.ToLower(w)
			}
		}
		return w
	}
	return data.FoldSearch(w)
}

// rowKind sorts a row before it is read as an invoice.
type rowKind int

const (
	rowData    rowKind = iota
	rowBlank           // nothing in it
	rowTotal           // a subtotal or total line
	rowHeading         // a section heading (often the customer of the rows below) or a note
)

// classifyRow decides whether a row holds an invoice. Total rows have a total label and no
// invoice number (or the label in its place); headings (a customer's name above its
// invoices, a note) have one filled cell.
func classifyRow(cells []string, m *Mapping) rowKind {
	filled, label := 0, false
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		filled++
		if !label && isTotalLabel(c) {
			label = true
		}
	}
	if filled == 0 {
		return rowBlank
	}
	number := cellOf(cells, m, FieldInvoiceNumber)
	switch {
	case label && (number == "" || isTotalLabel(number)):
		return rowTotal
	case filled == 1:
		return rowHeading
	}
	return rowData
}

// cellOf returns the trimmed cell of the column mapped to f ("" when there is none).
func cellOf(cells []string, m *Mapping, f Field) string {
	i := m.Column(f)
	if i < 0 || i >= len(cells) {
		return ""
	}
	return strings.TrimSpace(cells[i])
}

// headingLabel returns the text of a heading row (its one filled cell).
func headingLabel(cells []string) string {
	for _, c := range cells {
		if c = strings.TrimSpace(c); c != "" {
			if _, _, ok := numericSerial(c); ok {
				return ""
			}
			return c
		}
	}
	return ""
}

// currencyCode reads a currency cell: an ISO code in any case, or a common symbol.
func currencyCode(s string) (string, bool) {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "€", "euro", "eur":
		return "EUR", true
	case "$", "us$", "usd", "dollar":
		return "USD", true
	case "£", "gbp", "pound":
		return "GBP", true
	case "zł", "zl", "pln", "złoty":
		return "PLN", true
	case "kr", "kr.", "nok":
		return "NOK", true
	}
	up := strings.ToUpper(s)
	if data.ValidCurrency(up) {
		return up, true
	}
	return "", false
}
