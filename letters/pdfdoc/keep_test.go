package pdfdoc

import (
	"strconv"
	"strings"
	"testing"
)

// TestTableTotalNeverStartsAPageAlone places tables so that their totals row falls just
// past the bottom of the page and checks that the page with the total also has a body row
// (the last one, carried over), and that a table that fits is not broken.
func TestTableTotalNeverStartsAPageAlone(t *testing.T) {
	const rowH = 9*0.45 + 2*cellPad // a one-line row at 9 pt, the header's height too
	tests := []struct {
		name      string
		rows      int
		past      float64 // how far the totals row reaches below the body, mm (≤ 0: fits)
		totalPage int     // the page the total is on
	}{
		{"fits", 5, -0.5, 1},
		{"total just past the bottom", 5, 0.5, 2},
		{"total almost wholly past", 5, rowH - 0.5, 2},
		{"one row", 1, 0.5, 2},
	}
	// Long tables running onto a second page, started a little lower each time, so that
	// one of them has its total fall just past the second page's bottom.
	for off := 0.0; off < rowH; off += 0.5 {
		tests = append(tests, struct {
			name      string
			rows      int
			past      float64
			totalPage int
		}{"long table " + strconv.FormatFloat(off, 'f', 1, 64), 60, 0, 0}) // 0: wherever it falls
		tests[len(tests)-1].past = off
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newTestDoc(t, testCompany(t, "DE"), "de")
			d.NewSection()
			tb := Table{Columns: []Column{{Title: "Invoice", Width: 30}, {Title: "Text"},
				{Title: "Open", Width: 30, Align: AlignRight}}, Total: []string{"TOTAL", "", "9,99 €"}}
			for i := range tt.rows {
				tb.Rows = append(tb.Rows, []string{"ROW" + strconv.Itoa(i), "x", "1,00 €"})
			}
			if tt.rows > 20 {
				d.pdf.SetY(d.layout.BodyBottom() - 100 + tt.past)
			} else {
				d.pdf.SetY(d.layout.BodyBottom() - rowH*float64(tt.rows+2) + tt.past)
			}
			d.Table(tb)
			b := pdfBytes(t, d)
			pages := pageCount(t, b)
			totalPage := 0
			for p := 1; p <= pages; p++ {
				text := pdfText(t, b, p, p)
				if !strings.Contains(text, "TOTAL") {
					continue
				}
				totalPage = p
				if !strings.Contains(text, "ROW") {
					t.Errorf("page %d has the total without any row of the table:\n%s", p, text)
				}
			}
			if totalPage == 0 {
				t.Fatal("no page has the total")
			}
			if tt.totalPage > 0 && totalPage != tt.totalPage {
				t.Errorf("total on page %d, want %d", totalPage, tt.totalPage)
			}
			if last := "ROW" + strconv.Itoa(tt.rows-1); !strings.Contains(pdfText(t, b, totalPage, totalPage), last) {
				t.Errorf("the last row %s is not on the page of the total", last)
			}
		})
	}
}

// TestKeyValuesStayOnOnePage places a key/value block (a letter's summary: amounts, the
// amount due, the date to pay by) so that it would straddle the page break and checks that
// it is wholly on the next page, and wholly on the first when it fits.
func TestKeyValuesStayOnOnePage(t *testing.T) {
	fields := []Field{
		{Label: "Hovedstol", Value: "kr 1 000,00"}, {Label: "Renter", Value: "kr 12,00"},
		{Label: "Purregebyr", Value: "kr 35,00"}, {Label: "Å betale", Value: "kr 1 047,00", Strong: true},
		{Label: "Betalingsfrist", Value: "14.11.2026", Strong: true},
	}
	block := float64(len(fields)) * bodyLine
	tests := []struct {
		name string
		past float64 // how far the block reaches below the body, mm
		page int
	}{
		{"fits", -0.5, 1},
		{"last line past the bottom", 0.5, 2},
		{"half past the bottom", block / 2, 2},
		{"only the first line fits", block - bodyLine - 0.5, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newTestDoc(t, testCompany(t, "NO"), "nb")
			d.NewSection()
			d.pdf.SetY(d.layout.BodyBottom() - block + tt.past)
			d.KeyValues(fields)
			b := pdfBytes(t, d)
			for p := 1; p <= pageCount(t, b); p++ {
				text := pdfText(t, b, p, p)
				for _, f := range fields {
					if on := strings.Contains(text, f.Label); on != (p == tt.page) {
						t.Errorf("%q on page %d: %v, want the block on page %d only:\n%s", f.Label, p, on, tt.page, text)
					}
				}
			}
		})
	}
}
