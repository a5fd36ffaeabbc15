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

// TestProblemsNameTheCellAsWritten checks that a problem found against the company file
// names the column as its header reads and the cell's text, also when the amount or the
// paid amount was read from another column (an open balance).
func TestProblemsNameTheCellAsWritten(t *testing.T) {
	const uHead = "Invoice No,Customer,Invoice Date,Due Date,Amount,Paid\n"
	const qbHead = ",Type,Date,Num,Name,Due Date,Open Balance\nJones Bakery,,,,,,\n"
	tests := []struct {
		name          string
		country       string
		first, second string
		row           int
		column, value string
	}{
		{"paid amount lower than recorded", "GB",
			uHead + "U-1,Alpha Ltd,2026-01-02,2026-03-01,100.00,0\nU-2,Alpha Ltd,2026-01-02,2026-03-01,200.00,50\n",
			uHead + "U-1,Alpha Ltd,2026-01-02,2026-03-01,150.00,0\nU-2,Alpha Ltd,2026-01-02,2026-03-01,200.00,20\n",
			3, "Paid", "20"},
		{"credit note changed in an open balance", "US",
			qbHead + ",Invoice,09/03/2026,1020,Jones Bakery,10/03/2026,(200.00)\n",
			qbHead + ",Invoice,09/03/2026,1020,Jones Bakery,10/03/2026,(250.00)\n",
			3, "Open Balance", "(250.00)"},
		{"open balance higher than before", "GB",
			uHead + "O-1,Alpha Ltd,2026-01-02,2026-03-01,100.00,50\n",
			"Invoice No,Customer,Invoice Date,Due Date,Open Balance\nO-1,Alpha Ltd,2026-01-02,2026-03-01,80.00\n",
			2, "Open Balance", "80.00"},
		{"an invoice turned into a credit note", "GB",
			uHead + "O-1,Alpha Ltd,2026-01-02,2026-03-01,100.00,0\n",
			"Invoice No,Customer,Invoice Date,Due Date,Open Balance\nO-1,Alpha Ltd,2026-01-02,2026-03-01,-5.00\n",
			2, "Open Balance", "-5.00"},
	}
	for _, tc := range tests {
		s := newStore(t, tc.country)
		mustImport(t, s, writeFile(t, "first.csv", []byte(tc.first)), Options{})
		res, err := importFile(t, s, writeFile(t, "second.csv", []byte(tc.second)), Options{})
		if !errors.Is(err, ErrInvalidRows) || len(res.Invalid) != 1 {
			t.Errorf("%s: err %v, result %+v; want one problem", tc.name, err, res)
			continue
		}
		if p := res.Invalid[0]; p.Row != tc.row || p.Column != tc.column || p.Value != tc.value {
			t.Errorf("%s: problem in row %d, column %q, value %q; want row %d, %q, %q (%s)",
				tc.name, p.Row, p.Column, p.Value, tc.row, tc.column, tc.value, p.Error)
		}
	}
}

// TestPaidAndOpenMustAgree checks that a row whose Paid and Open columns contradict its
// amount is invalid instead of the open amount being ignored.
func TestPaidAndOpenMustAgree(t *testing.T) {
	tests := []struct {
		amount, paid, open string
		invalid            bool
		paidMinor          int64
	}{
		{"100", "30", "50", true, 0},
		{"100", "30", "70", false, 3000},
		{"100", "0", "100", false, 0},
		{"100", "100", "0", false, 10000},
		{"100", "100", "", false, 10000},
		{"100", "", "40", false, 6000},
		{"1.000,00", "250,00", "750,00", false, 25000},
		{"1.000,00", "250,00", "800,00", true, 0},
	}
	for _, tc := range tests {
		s := newStore(t, "PL")
		body := "Numer faktury;Kontrahent;Termin płatności;Kwota;Zapłacono;Pozostało do zapłaty\n" +
			"P-1;Alfa;05.01.2026;" + tc.amount + ";" + tc.paid + ";" + tc.open + "\n"
		res, err := importFile(t, s, writeFile(t, "p.csv", []byte(body)), Options{})
		if tc.invalid {
			if !errors.Is(err, ErrInvalidRows) || len(res.Invalid) != 1 || res.Invalid[0].Column != "Pozostało do zapłaty" ||
				res.Invalid[0].Value != tc.open {
				t.Errorf("%s/%s/%s: err %v, result %+v; want the open amount invalid", tc.amount, tc.paid, tc.open, err, res)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s/%s/%s: %v %+v", tc.amount, tc.paid, tc.open, err, res)
			continue
		}
		if got := allInvoices(t, s)["P-1"].Paid; got != tc.paidMinor {
			t.Errorf("%s/%s/%s: paid %d, want %d", tc.amount, tc.paid, tc.open, got, tc.paidMinor)
		}
	}
}
