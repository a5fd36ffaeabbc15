package spreadsheet

import (
	"errors"
	"strings"
	"testing"
)

// TestRowNumbersAsSpreadsheetsShowThem checks that problems name the row a spreadsheet
// program shows: blank lines of a csv file are rows too (encoding/csv skips them), a quoted
// cell with line breaks is one row, and the xlsx of the same rows says the same.
func TestRowNumbersAsSpreadsheetsShowThem(t *testing.T) {
	tests := []struct {
		name  string
		lines []string // csv lines; "" is a blank line
		row   int      // the row of the bad amount
	}{
		{"no blank lines", []string{"Invoice No,Customer,Due Date,Amount", "B-1,Blank Co,2026-01-05,10", "B-2,Blank Co,2026-01-05,abc"}, 3},
		{"two blank lines between rows", []string{"Invoice No,Customer,Due Date,Amount", "B-1,Blank Co,2026-01-05,10", "", "", "B-2,Blank Co,2026-01-05,abc"}, 5},
		{"blank line above the header", []string{"Report title", "", "Invoice No,Customer,Due Date,Amount", "B-1,Blank Co,2026-01-05,xyz"}, 4},
		{"blank lines at the top", []string{"", "", "Invoice No,Customer,Due Date,Amount", "B-1,Blank Co,2026-01-05,10", "B-2,Blank Co,2026-01-05,abc"}, 5},
		{"line breaks in a cell", []string{"Invoice No,Customer,Due Date,Amount,Address", "B-1,Blank Co,2026-01-05,10,\"Long Street 5", "", "Town\"", "", "B-2,Blank Co,2026-01-05,abc,x"}, 4},
	}
	for _, tc := range tests {
		for _, eol := range []string{"\n", "\r\n"} {
			s := newStore(t, "GB")
			path := writeFile(t, "blank.csv", []byte(strings.Join(tc.lines, eol)+eol))
			res, err := importFile(t, s, path, Options{})
			if !errors.Is(err, ErrInvalidRows) || len(res.Invalid) != 1 || res.Invalid[0].Row != tc.row {
				t.Errorf("%s (%q): err %v, problems %+v; want one in row %d", tc.name, eol, err, res, tc.row)
			}
		}
		if strings.Contains(tc.name, "line breaks") {
			continue // the xlsx has no such lines
		}
		var rows [][]any
		for _, l := range tc.lines {
			var r []any
			for _, c := range strings.Split(l, ",") {
				if c != "" {
					r = append(r, c)
				}
			}
			rows = append(rows, r)
		}
		s := newStore(t, "GB")
		path := writeFile(t, "blank.xlsx", layout{}.xlsxBytes(t, rows))
		res, err := importFile(t, s, path, Options{})
		if !errors.Is(err, ErrInvalidRows) || len(res.Invalid) != 1 || res.Invalid[0].Row != tc.row {
			t.Errorf("%s (xlsx): err %v, problems %+v; want one in row %d", tc.name, err, res, tc.row)
		}
	}
}
