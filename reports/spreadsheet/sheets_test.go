package spreadsheet

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestNoHeaderRowNamesTheOtherSheets checks that when the sheet read has no header row (a
// cover page first), the error names the workbook's other sheets and suggests --sheet for
// the one that holds the invoices.
func TestNoHeaderRowNamesTheOtherSheets(t *testing.T) {
	cover := [][]any{{"Cover page"}, {"Invoices of 2026"}}
	notes := [][]any{{"Some notes"}, {"more notes", "and more"}}
	invoices := [][]any{{"Numer faktury", "Kontrahent", "Termin płatności", "Wartość brutto"}, {"FV 1/01/2026", "Kowalski Jan", "2026-01-16", "1 230,00"}}
	type sheet struct {
		name string
		rows [][]any
	}
	tests := []struct {
		name   string
		sheets []sheet
		want   []string // in the error
		not    []string
	}{
		{"cover and invoices", []sheet{{"Sheet1", cover}, {"Faktury 2026", invoices}},
			[]string{`no header row`, `sheet "Sheet1" was read`, `sheet "Faktury 2026" has one: import it with --sheet "Faktury 2026"`}, nil},
		{"cover, notes and invoices", []sheet{{"Cover", cover}, {"Notes", notes}, {"Faktury", invoices}},
			[]string{`sheet "Cover" was read`, `--sheet "Faktury"`, `"Notes"`}, []string{`--sheet "Notes"`}},
		{"no invoices anywhere", []sheet{{"Cover", cover}, {"Notes", notes}},
			[]string{`the workbook's other sheets ("Notes") have no header row either`}, []string{"--sheet"}},
		{"two invoice sheets", []sheet{{"Cover", cover}, {"2025", invoices}, {"2026", invoices}},
			[]string{`sheets "2025", "2026" have one: choose with --sheet NAME`}, nil},
		{"one sheet", []sheet{{"Cover", cover}}, []string{"no header row"}, []string{"--sheet", "was read"}},
	}
	for _, tc := range tests {
		f := excelize.NewFile()
		for i, sh := range tc.sheets {
			if i == 0 {
				f.SetSheetName("Sheet1", sh.name)
			} else if _, err := f.NewSheet(sh.name); err != nil {
				t.Fatal(err)
			}
			for r, row := range sh.rows {
				cell, _ := excelize.CoordinatesToCellName(1, r+1)
				if err := f.SetSheetRow(sh.name, cell, &row); err != nil {
					t.Fatal(err)
				}
			}
		}
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		f.Close()
		s := newStore(t, "PL")
		path := writeFile(t, "sheets.xlsx", buf.Bytes())
		// The window's preview opens on the first sheet with a header row, if any.
		if b, err := OpenBook(path); err == nil {
			p, perr := b.Preview(context.Background(), s, "", "", 10)
			b.Close()
			wantSheet := tc.sheets[0].name
			for _, sh := range tc.sheets {
				if len(sh.rows) > 0 && sh.rows[0][0] == "Numer faktury" {
					wantSheet = sh.name
					break
				}
			}
			if perr != nil || p.Sheet != wantSheet {
				t.Errorf("%s: preview of sheet %q (%v), want %q", tc.name, p.Sheet, perr, wantSheet)
			}
		}
		_, err := importFile(t, s, path, Options{})
		if !errors.Is(err, ErrMapping) {
			t.Fatalf("%s: err %v, want ErrMapping", tc.name, err)
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not say %s", tc.name, err, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q says %s", tc.name, err, w)
			}
		}
	}
}
