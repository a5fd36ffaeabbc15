package spreadsheet

import (
	"archive/zip"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"overdue/data"
	"overdue/reports"
)

// exportStore returns a company file filled by importing the samples (NOK) plus a customer
// whose name and texts look like formulas.
func exportStore(t *testing.T) *data.Store {
	t.Helper()
	s := newStore(t, "NO")
	l := layout{name: "seed", lang: "en", cols: append(append([]Field{}, allCols...), FieldDescription), date: "iso",
		amount: "plain", sep: ','}
	ss := samples("NOK")
	ss = append(ss, sample{"=1+1", "-12", `=HYPERLINK("http://example.com","x")`, "", "", "+47 22 33 44 55",
		"@SUM(A1)", "2026-08-01", "2026-08-15", 700_00, 0, "EUR"})
	mustImport(t, s, l.render(t, ss), Options{})
	return s
}

// sheetXML returns the XML of the named worksheet part of an xlsx file.
func partXML(t *testing.T, path, part string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name == part {
			rc, _ := f.Open()
			b, _ := io.ReadAll(rc)
			rc.Close()
			return string(b)
		}
	}
	t.Fatalf("%s has no %s", path, part)
	return ""
}

func TestExportInvoicesWorkbook(t *testing.T) {
	s := exportStore(t)
	path := filepath.Join(t.TempDir(), "invoices.xlsx")
	if err := Export(context.Background(), s, ExportInvoices, path, ExportOptions{AsOf: data.MustDate("2026-11-15"), Lang: "de"}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 1 || got[0] != "Rechnungen" {
		t.Fatalf("sheets %v", got)
	}
	rows, _ := f.GetRows("Rechnungen", excelize.Options{RawCellValue: true})
	if len(rows) != 8 || rows[0][0] != "Rechnungsnummer" || rows[0][6] != "Betrag" {
		t.Fatalf("rows %d, header %v", len(rows), rows[0])
	}
	sheet := partXML(t, path, "xl/worksheets/sheet1.xml")
	for _, want := range []string{`<autoFilter ref="\$?A\$?1:\$?O\$?8"`, `state="frozen"`, `ySplit="1"`} {
		if !regexp.MustCompile(want).MatchString(sheet) {
			t.Errorf("sheet XML lacks %s", want)
		}
	}
	if strings.Contains(sheet, "<f>") || strings.Contains(sheet, "<f ") {
		t.Error("the sheet holds a formula")
	}
	// The formula-looking texts are text cells holding exactly the text.
	var found int
	for i, r := range rows {
		if i > 0 && r[0] == "=1+1" {
			found++
			cell := fmt.Sprintf("C%d", i+1)
			if typ, _ := f.GetCellType("Rechnungen", cell); typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
				t.Errorf("%s has type %v, want a string", cell, typ)
			}
			if r[2] != `=HYPERLINK("http://example.com","x")` || r[1] != "-12" || r[13] != "+47 22 33 44 55" || r[11] != "" {
				t.Errorf("row %v", r)
			}
		}
	}
	if found != 1 {
		t.Errorf("the formula-looking invoice was written %d times", found)
	}
	// Dates are date cells, amounts numbers with the currency's format.
	for i, r := range rows {
		if i == 0 || r[0] != "F-1001" {
			continue
		}
		issue, amount := fmt.Sprintf("E%d", i+1), fmt.Sprintf("G%d", i+1)
		if r[4] != "46268" || r[6] != "1234.5" {
			t.Errorf("raw issue %q amount %q, want the serial of 2026-09-03 and 1234.5", r[4], r[6])
		}
		shown, _ := f.GetCellValue("Rechnungen", issue)
		money, _ := f.GetCellValue("Rechnungen", amount)
		if shown != "2026-09-03" || !strings.Contains(money, "NOK") {
			t.Errorf("shown %q and %q", shown, money)
		}
	}
}

func TestExportRoundTrip(t *testing.T) {
	for _, lang := range []string{"en", "de", "nb", "pl"} {
		t.Run(lang, func(t *testing.T) {
			src := exportStore(t)
			path := filepath.Join(t.TempDir(), "invoices.xlsx")
			if err := Export(context.Background(), src, ExportInvoices, path, ExportOptions{Lang: lang}); err != nil {
				t.Fatal(err)
			}
			dst := newStore(t, "NO")
			res := mustImport(t, dst, path, Options{})
			if res.Created != 7 || res.CustomersCreated != 6 {
				t.Fatalf("import of the export: %+v", res)
			}
			want, got := allInvoices(t, src), allInvoices(t, dst)
			for n, w := range want {
				g := got[n]
				if g.Amount != w.Amount || g.Paid != w.Paid || g.Currency != w.Currency || g.IssueDate != w.IssueDate ||
					g.DueDate != w.DueDate || g.Description != w.Description {
					t.Errorf("%s: %+v, want %+v", n, g, w)
				}
				wc, _ := src.Customer(w.CustomerID)
				gc, _ := dst.Customer(g.CustomerID)
				if wc.Number != gc.Number || wc.Name != gc.Name || wc.VATID != gc.VATID {
					t.Errorf("%s customer %+v, want %+v", n, gc, wc)
				}
				wct, _ := billingContact(src, wc.ID)
				gct, _ := billingContact(dst, gc.ID)
				if wct.Email != gct.Email || wct.Phone != gct.Phone || wct.Street != gct.Street || wct.City != gct.City || wct.Postcode != gct.Postcode {
					t.Errorf("%s contact %+v, want %+v", n, gct, wct)
				}
			}
			again := mustImport(t, dst, path, Options{})
			if again.Unchanged != 7 {
				t.Errorf("second import %+v", again)
			}
		})
	}
}

func TestExportAging(t *testing.T) {
	s := exportStore(t)
	asOf := data.MustDate("2026-11-15")
	path := filepath.Join(t.TempDir(), "aging.xlsx")
	if err := Export(context.Background(), s, ExportAging, path, ExportOptions{AsOf: asOf, Lang: "pl"}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 2 || got[0] != "Wiekowanie" || got[1] != "Według klientów" {
		t.Fatalf("sheets %v", got)
	}
	r, err := reports.Aging(context.Background(), s, reports.Options{AsOf: asOf}, true)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Wiekowanie", excelize.Options{RawCellValue: true})
	if rows[0][0] != "Wiekowanie należności na dzień 2026-11-15" || rows[2][2] != "1–30 dni" || rows[2][5] != "Ponad 90 dni" {
		t.Errorf("title and headings: %q %q", rows[0], rows[2])
	}
	for i, tot := range r.Totals {
		row := rows[3+i]
		if row[0] != tot.Currency || row[6] != fmt.Sprint(major(tot.Buckets.Total(), tot.Currency)) {
			t.Errorf("total row %v, want %s %d", row, tot.Currency, tot.Buckets.Total())
		}
	}
	charts := 0
	zr, _ := zip.OpenReader(path)
	for _, zf := range zr.File {
		if regexp.MustCompile(`^xl/charts/chart\d+\.xml$`).MatchString(zf.Name) {
			charts++
		}
	}
	zr.Close()
	if charts != len(r.Totals) || charts == 0 {
		t.Errorf("%d charts, want one per currency (%d)", charts, len(r.Totals))
	}
	byCust, _ := f.GetRows("Według klientów", excelize.Options{RawCellValue: true})
	if len(byCust) != len(r.Customers)+1 || byCust[0][4] != "Bieżące" {
		t.Errorf("by customer: %d rows, header %v", len(byCust), byCust[0])
	}
}

func TestExportLedgerAndCustomers(t *testing.T) {
	s := exportStore(t)
	dir := t.TempDir()
	for _, k := range []ExportKind{ExportLedger, ExportCustomers, ExportTemplate} {
		if err := Export(context.Background(), s, k, filepath.Join(dir, string(k)+".xlsx"), ExportOptions{Lang: "nb"}); err != nil {
			t.Fatalf("%s: %v", k, err)
		}
	}
	f, err := excelize.OpenFile(filepath.Join(dir, "ledger.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Kontoutskrift", excelize.Options{RawCellValue: true})
	f.Close()
	events, _ := s.Events(data.EventFilter{Kinds: data.MoneyKinds})
	if len(rows) != len(events)+1 {
		t.Fatalf("ledger rows %d, want %d", len(rows), len(events)+1)
	}
	kinds := map[string]int{}
	for _, r := range rows[1:] {
		kinds[r[4]]++
	}
	if kinds["Faktura"] != 7 || kinds["Innbetaling"] != 3 {
		t.Errorf("ledger entries by kind %v", kinds)
	}
	f, err = excelize.OpenFile(filepath.Join(dir, "customers.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	rows, _ = f.GetRows("Kunder")
	f.Close()
	if len(rows) != 7 || rows[0][0] != "Kundenummer" {
		t.Errorf("customers: %d rows, header %v", len(rows), rows[0])
	}
	// The template's headings are what the importer looks for, and an empty template imports nothing.
	b, err := OpenBook(filepath.Join(dir, "template.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if b.Sheets[0] != "Fakturaer" {
		t.Errorf("template sheets %v", b.Sheets)
	}
	p, err := b.Preview(context.Background(), s, "", "", 5)
	if err != nil || p.Err != nil {
		t.Fatalf("template preview: %v %v", err, p.Err)
	}
	for i, c := range templateColumns {
		if got := p.Mapping.Columns[i]; got.Key() != map[string]string{"paid": "paid"}[c.key] && got.Key() != c.key {
			t.Errorf("template column %s maps to %v", c.key, got)
		}
	}
}
