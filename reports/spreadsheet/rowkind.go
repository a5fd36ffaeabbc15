package spreadsheet

import (
	"strings"

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
// "Total for Acme", "TOTAL", "Summe", "Razem:", "Totalt NOK", "Sub-total".
func isTotalLabel(cell string) bool {
	w := strings.Fields(normalHeader(cell).text)
	if len(w) == 0 {
		return false
	}
	if totalWords[w[0]] {
		return true
	}
	return len(w) > 1 && w[0] == "sub" && w[1] == "total" || (len(w) > 1 && w[0] == "i" && w[1] == "alt")
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
