package spreadsheet

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/xuri/excelize/v2"

	"overdue/data"
)

// TestExportLongTableGoesOnInFurtherSheets writes the ledger and the invoice list with a
// sheet limit of a few rows: the rows go on in numbered sheets, each with its header and an
// autofilter over its own rows, none lost and none twice, the ledger oldest first.
func TestExportLongTableGoesOnInFurtherSheets(t *testing.T) {
	s := exportStore(t)
	events, err := s.Events(data.EventFilter{Kinds: data.MoneyKinds})
	if err != nil {
		t.Fatal(err)
	}
	invoices, err := s.CountInvoices(data.InvoiceFilter{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		kind  ExportKind
		sheet string
		rows  int
		limit int
	}{
		{ExportLedger, "Ledger", len(events), 3},
		{ExportLedger, "Ledger", len(events), len(events)}, // exactly full: one sheet
		{ExportInvoices, "Invoices", invoices, 4},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s by %d", tt.kind, tt.limit), func(t *testing.T) {
			defer func(old int) { maxSheetRows = old }(maxSheetRows)
			maxSheetRows = tt.limit
			path := filepath.Join(t.TempDir(), "out.xlsx")
			if err := Export(context.Background(), s, tt.kind, path, ExportOptions{Lang: "en",
				AsOf: data.MustDate("2026-11-15")}); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenFile(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			parts := (tt.rows + tt.limit - 1) / tt.limit
			var all [][]string
			for p := 1; p <= parts; p++ {
				name := tt.sheet
				if p > 1 {
					name = fmt.Sprintf("%s (%d)", tt.sheet, p)
				}
				rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
				if err != nil {
					t.Fatalf("sheet %q: %v (sheets %v)", name, err, f.GetSheetList())
				}
				want := min(tt.limit, tt.rows-(p-1)*tt.limit)
				if len(rows) != want+1 || rows[0][0] == "" {
					t.Fatalf("sheet %q: %d rows, want a header and %d", name, len(rows), want)
				}
				if filter := partXML(t, path, fmt.Sprintf("xl/worksheets/sheet%d.xml", p)); !containsRef(filter, want+1) {
					t.Errorf("sheet %q: autofilter does not cover rows 1 to %d", name, want+1)
				}
				all = append(all, rows[1:]...)
			}
			if len(f.GetSheetList()) != parts {
				t.Errorf("sheets %v, want %d", f.GetSheetList(), parts)
			}
			if len(all) != tt.rows {
				t.Errorf("%d rows in all, want %d", len(all), tt.rows)
			}
			if tt.kind == ExportLedger {
				for i := 1; i < len(all); i++ {
					if all[i][0] < all[i-1][0] {
						t.Errorf("ledger row %d dated %s before row %d's %s", i+1, all[i][0], i, all[i-1][0])
					}
				}
			}
		})
	}
}

// containsRef reports whether a worksheet's XML has an autofilter ending in row last.
func containsRef(xml string, last int) bool {
	return regexp.MustCompile(fmt.Sprintf(`<autoFilter ref="\$?A\$?1:\$?[A-Z]+\$?%d"`, last)).MatchString(xml)
}
