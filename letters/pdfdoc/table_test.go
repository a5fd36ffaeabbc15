package pdfdoc

import (
	"strings"
	"testing"
)

// TestTableHeadingsStayWhole checks that a heading is never broken inside a word: a column
// too narrow for its heading's longest word takes room from columns that have it to spare,
// and when none has, its heading is set smaller.
func TestTableHeadingsStayWhole(t *testing.T) {
	tests := []struct {
		name    string
		columns []Column
		rows    [][]string
		shrunk  bool // a heading must be set smaller
	}{
		{"room to spare", []Column{{Title: "Faktura", Width: 0.16}, {Title: "Rentesats", Width: 8},
			{Title: "Beskrivelse", Width: 0}}, [][]string{{"F-1", "11,50 %", "Kort"}}, false},
		{"two-word heading", []Column{{Title: "Dager over forfall", Width: 9}, {Title: "Tekst"}},
			[][]string{{"12", "x"}}, false},
		{"no room anywhere", []Column{{Title: "Zinssatzberechnungsgrundlage", Width: 0.25},
			{Title: "Hauptforderungsbetrag", Width: 0.25}, {Title: "Verzugszinsenbetrag", Width: 0.25},
			{Title: "Rechnungsnummernkreis", Width: 0.25}}, [][]string{{"1", "2", "3", "4"}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newTestDoc(t, testCompany(t, "DE"), "de")
			d.NewSection()
			tb := Table{Columns: tt.columns, Rows: tt.rows, Size: 9}
			widths := d.fitWords(tb, tb.widths(d.layout.TextWidth()), Regular, Bold, 9)
			if s := sum(widths); s > d.layout.TextWidth()+0.01 {
				t.Errorf("columns %.1f mm wide, more than the text width", s)
			}
			titles := make([]string, len(tt.columns))
			for i, c := range tt.columns {
				titles[i] = c.Title
			}
			row := d.headerRow(titles, widths, Bold, 9, 9*0.45)
			shrunk := false
			for i, title := range titles {
				if got := strings.Join(row.cells[i], " "); got != title {
					t.Errorf("heading %q set as lines %q", title, row.cells[i])
				}
				shrunk = shrunk || row.sizes[i] < 9
			}
			if shrunk != tt.shrunk {
				t.Errorf("headings set smaller: %v, want %v (sizes %v)", shrunk, tt.shrunk, row.sizes)
			}
			d.Table(tb)
			pdfBytes(t, d)
		})
	}
}
