package spreadsheet

import (
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"overdue/data"
)

// officeTool returns the path of an office program, skipping the test when it is not
// installed (apt-get install libreoffice-calc-nogui gnumeric) or in -short mode.
func officeTool(t *testing.T, name string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("office programs are slow; not in -short mode")
	}
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed", name)
	}
	return p
}

// convert runs an office program with a time limit.
func convert(t *testing.T, name string, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir()) // a profile of its own
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestLibreOfficeOpensExports converts every export to csv with LibreOffice and checks what it read.
func TestLibreOfficeOpensExports(t *testing.T) {
	soffice := officeTool(t, "soffice")
	s := exportStore(t)
	dir := t.TempDir()
	var files []string
	for _, k := range ExportKinds {
		p := filepath.Join(dir, string(k)+".xlsx")
		if err := Export(context.Background(), s, k, p, ExportOptions{AsOf: data.MustDate("2026-11-15"), Lang: "en"}); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	out := filepath.Join(dir, "csv")
	// every sheet (-1), shown as formatted, UTF-8, comma-separated
	convert(t, soffice, append([]string{"--headless", "--convert-to",
		"csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1", "--outdir", out}, files...)...)
	inv := readCSV(t, filepath.Join(out, "invoices-Invoices.csv"))
	if len(inv) != 8 || inv[0][0] != "Invoice number" {
		t.Fatalf("LibreOffice read %d invoice rows, header %v", len(inv), inv[0])
	}
	found := false
	for _, r := range inv[1:] {
		switch r[0] {
		case "F-1001":
			if r[4] != "2026-09-03" || r[6] != "1,234.50 NOK" || r[2] != "Żółć Sp. z o.o." {
				t.Errorf("F-1001 as LibreOffice shows it: %q", r)
			}
		case "=1+1":
			found = r[2] == `=HYPERLINK("http://example.com","x")` && r[13] == "+47 22 33 44 55"
		}
	}
	if !found {
		t.Error("formula-looking texts did not stay text in LibreOffice")
	}
	aging := readCSV(t, filepath.Join(out, "aging-Aging.csv"))
	if aging[2][0] != "Currency" || aging[3][0] != "EUR" || aging[4][0] != "NOK" {
		t.Errorf("aging summary %q", aging[:5])
	}
	for _, name := range []string{"customers-Customers.csv", "ledger-Ledger.csv", "aging-By customer.csv",
		"template-Invoices.csv", "template-How to fill in.csv"} {
		if rows := readCSV(t, filepath.Join(out, name)); len(rows) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
}

// TestImportOfficeWrittenXLSX imports workbooks that LibreOffice and Gnumeric wrote from a csv fixture.
func TestImportOfficeWrittenXLSX(t *testing.T) {
	tools := []struct {
		name string
		l    layout
		run  func(t *testing.T, tool, csvPath, xlsx string)
	}{
		{"soffice", layout{name: "office", lang: "de", cols: allCols, date: "dmy.", amount: "de", sep: ';',
			titles: []string{"Offene Posten", "Stand 01.11.2026"}},
			func(t *testing.T, tool, csvPath, xlsx string) {
				// read as semicolon-separated UTF-8 with German conventions, so that amounts and dates
				// become numbers and date cells
				convert(t, tool, "--headless", "--infilter=CSV:59,34,76,1,,1031", "--convert-to", "xlsx",
					"--outdir", filepath.Dir(xlsx), csvPath)
				base := strings.TrimSuffix(filepath.Base(csvPath), ".csv") + ".xlsx"
				if err := os.Rename(filepath.Join(filepath.Dir(xlsx), base), xlsx); err != nil {
					t.Fatal(err)
				}
			}},
		{"ssconvert", layout{name: "gnumeric", lang: "en", cols: allCols, date: "iso", amount: "plain", sep: ',',
			titles: []string{"Open invoices"}},
			func(t *testing.T, tool, csvPath, xlsx string) {
				convert(t, tool, "--export-type=Gnumeric_Excel:xlsx2", csvPath, xlsx)
			}},
	}
	for _, tc := range tools {
		t.Run(tc.name, func(t *testing.T) {
			tool := officeTool(t, tc.name)
			l := tc.l
			ss := samples("EUR")
			src := l.render(t, ss)
			xlsx := filepath.Join(t.TempDir(), "written-by-"+tc.name+".xlsx")
			tc.run(t, tool, src, xlsx)
			if _, err := os.Stat(xlsx); err != nil {
				t.Fatalf("%s wrote no workbook: %v", tc.name, err)
			}
			s := newStore(t, "DE")
			res := mustImport(t, s, xlsx, Options{})
			if res.Created != len(ss) {
				t.Fatalf("%+v", res)
			}
			checkSamples(t, s, l, ss)
		})
	}
}
