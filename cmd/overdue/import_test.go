package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"overdue/data"
)

// companyFile creates a company file with a profile and returns its path.
func companyFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "firm"+data.FileExtension)
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.SaveCompany(&data.Company{Name: "Firma", Country: "PL", Currency: "PLN", Language: "pl"}); err != nil {
		t.Fatal(err)
	}
	return path
}

func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestImportCommand(t *testing.T) {
	db := companyFile(t)
	file := filepath.Join(t.TempDir(), "faktury.csv")
	content := "Zestawienie\nNumer faktury;Kontrahent;Data wystawienia;Termin płatności;Kwota;Zapłacono\n" +
		"FV/1;Żółć;01.10.2026;15.10.2026;1 234,50;100,00\nFV/2;Żółć;02.10.2026;16.10.2026;abc;\nRazem;;;;1 234,50;\n"
	if err := os.WriteFile(file, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "--db", db, "import", file, "--json")
	var got struct {
		Rows             *int `json:"rows"`
		Created          *int `json:"created"`
		Updated          *int `json:"updated"`
		Unchanged        *int `json:"unchanged"`
		CustomersCreated *int `json:"customers_created"`
		Invalid          []map[string]any
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil || got.Rows == nil || got.Created == nil || got.Updated == nil ||
		got.Unchanged == nil || got.CustomersCreated == nil {
		t.Fatalf("json %q: %v", out, err)
	}
	if code != 1 || *got.Rows != 2 || *got.Created != 0 || len(got.Invalid) != 1 {
		t.Fatalf("exit %d, %s; stderr %s", code, out, stderr)
	}
	inv := got.Invalid[0]
	if inv["row"] != float64(4) || inv["column"] != "Kwota" || inv["value"] != "abc" || inv["error"] == "" || len(inv) != 4 {
		t.Errorf("invalid entry %v", inv)
	}
	code, out, _ = runCLI(t, "--db", db, "import", "--dry-run", file, "--skip-invalid", "--json")
	if code != 0 || !strings.Contains(out, `"created":1`) {
		t.Errorf("dry run: exit %d, %s", code, out)
	}
	code, out, _ = runCLI(t, "--db", db, "import", file, "--skip-invalid")
	if code != 0 || !strings.Contains(out, "imported faktury.csv: 2 rows, 1 created") {
		t.Errorf("skip invalid: exit %d, %s", code, out)
	}
	code, out, _ = runCLI(t, "--db", db, "import", file, "--skip-invalid", "--json")
	if code != 0 || !strings.HasPrefix(out, `{"rows":2,"created":0,"updated":0,"unchanged":1,"customers_created":0,"invalid":[{"row":4,`) {
		t.Errorf("second import: exit %d, %s", code, out)
	}
	if code, _, _ := runCLI(t, "--db", db, "import"); code != 2 {
		t.Errorf("no file: exit %d, want 2", code)
	}
	if code, _, _ := runCLI(t, "--db", db, "import", file, "--bogus"); code != 2 {
		t.Errorf("unknown flag: exit %d, want 2", code)
	}
	if code, _, stderr := runCLI(t, "--db", db, "import", filepath.Join(t.TempDir(), "missing.xlsx")); code != 1 || stderr == "" {
		t.Errorf("missing file: exit %d %q", code, stderr)
	}
}

// TestImportJSONWhenUnreadable checks that --json prints one JSON object with the reason
// when the file cannot be read at all, with exit 1.
func TestImportJSONWhenUnreadable(t *testing.T) {
	db := companyFile(t)
	dir := t.TempDir()
	notSheet := filepath.Join(dir, "photo.xlsx")
	noHeader := filepath.Join(dir, "notes.csv")
	if err := os.WriteFile(notSheet, []byte("\x89PNG\r\n\x1a\nnot a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(noHeader, []byte("just,some\nwords,here\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, file := range []string{notSheet, noHeader} {
		code, out, _ := runCLI(t, "--db", db, "import", file, "--json")
		var got struct {
			Rows    *int          `json:"rows"`
			Invalid []interface{} `json:"invalid"`
			Error   string        `json:"error"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil || code != 1 || got.Error == "" || got.Rows == nil ||
			got.Invalid == nil {
			t.Errorf("%s: exit %d, stdout %q (%v)", filepath.Base(file), code, out, err)
		}
	}
}
