package spreadsheet

import (
	"fmt"
	"strings"
)

// taxIDLike reports whether s can be a tax or VAT ID: it is not an amount or a rate such as
// 23,00, 20.00 or 19% (the cells of a tax amount column), and it has at least six digits,
// as every tax ID the importer knows does (a US EIN has nine, a Polish NIP ten).
func taxIDLike(s string) bool {
	digits, letters := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			letters++
		}
	}
	if strings.HasSuffix(s, "%") || digits < 6 && letters == 0 {
		return false
	}
	if letters > 0 {
		return true
	}
	c := readAmountCell(s)
	if c.errMsg != "" || c.currency != "" || c.neg {
		return c.errMsg != "" // not a number at all: 12/345/67890, 526-025-09-95
	}
	// a number with a decimal mark and one or two decimals is an amount
	for _, mark := range []byte{c.mark, c.unsure} {
		if mark == 0 {
			continue
		}
		if i := strings.LastIndexByte(c.num, mark); i >= 0 && len(c.num)-i-1 <= 2 {
			return false
		}
	}
	return true
}

// sameTaxID reports whether two tax IDs are the same, however they are written: spaces,
// dashes, dots and case aside, and with or without the country prefix (PL526-025-09-95 is
// 5260250995).
func sameTaxID(a, b string) bool {
	a, b = taxIDKey(a), taxIDKey(b)
	if a == b {
		return true
	}
	prefixed := func(s string) bool { return len(s) > 2 && isUpperASCII(s[:2]) }
	switch {
	case prefixed(a) && !prefixed(b):
		return a[2:] == b
	case prefixed(b) && !prefixed(a):
		return b[2:] == a
	}
	return false
}

func taxIDKey(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9', r >= 'A' && r <= 'Z':
			return r
		case r >= 'a' && r <= 'z':
			return r - 'a' + 'A'
		}
		return -1
	}, s)
}

// taxSeen is the tax ID the file gave a customer first, and where.
type taxSeen struct {
	id  string
	row int
}

// checkTaxID refuses a row that gives its customer another tax ID than an earlier row did.
func (w *writer) checkTaxID(ir *invoiceRow, customer int64) error {
	if ir.taxID == "" || customer == 0 {
		return nil
	}
	if seen, ok := w.taxIDs[customer]; ok && seen.id != ir.taxID && !sameTaxID(seen.id, ir.taxID) {
		return w.problem(ir, FieldTaxID, codeTaxIDConflict, fmt.Sprintf("row %d gives this customer the tax ID %s; "+
			"one customer cannot have two", seen.row, seen.id), "Row", seen.row, "TaxID", seen.id)
	}
	return nil
}

// noteTaxID remembers the tax ID a written row gave its customer.
func (w *writer) noteTaxID(ir *invoiceRow, customer int64) {
	if ir.taxID == "" || customer == 0 {
		return
	}
	if _, ok := w.taxIDs[customer]; !ok {
		w.taxIDs[customer] = taxSeen{id: ir.taxID, row: ir.row}
	}
}
