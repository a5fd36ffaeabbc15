package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"overdue/data"
)

// demoCLI runs the command line with args and returns the exit status, stdout and stderr.
func demoCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// countRecords opens the file and counts its customers and invoices.
func countRecords(t *testing.T, path string) (int, int) {
	t.Helper()
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	nc, err := s.CountCustomers(data.CustomerFilter{})
	if err != nil {
		t.Fatal(err)
	}
	ni, err := s.CountInvoices(data.InvoiceFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return nc, ni
}

func TestDemoCommandFillsNewFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sample"+data.FileExtension)
	code, out, stderr := demoCLI(t, "--db", db, "demo", "--customers", "25", "--invoices", "300", "--seed", "3",
		"--as-of", "2026-11-20", "--country", "de")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "Lichtblick Gestaltung GmbH: 25 customers, 300 invoices") {
		t.Errorf("summary line: %q", out)
	}
	if nc, ni := countRecords(t, db); nc != 25 || ni != 300 {
		t.Errorf("file has %d customers, %d invoices", nc, ni)
	}

	code, _, stderr = demoCLI(t, "--db", db, "demo", "--customers", "5", "--invoices", "5")
	if code != 1 || !strings.Contains(stderr, "already has customers") {
		t.Errorf("second run: exit %d, stderr %q; want 1 and a refusal", code, stderr)
	}
	if nc, ni := countRecords(t, db); nc != 25 || ni != 300 {
		t.Errorf("after the refusal the file has %d customers, %d invoices", nc, ni)
	}
}

func TestDemoCommandBadUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"customers not a number", []string{"--customers", "many"}, "--customers must be a whole number"},
		{"zero customers", []string{"--customers", "0"}, "--customers must be a whole number"},
		{"negative invoices", []string{"--invoices", "-3"}, "--invoices must be a whole number"},
		{"too many invoices", []string{"--invoices", "999999999"}, "--invoices must be a whole number"},
		{"seed not a number", []string{"--seed", "x1"}, "--seed must be a whole number"},
		{"impossible date", []string{"--as-of", "2026-02-30"}, "does not exist"},
		{"unknown country", []string{"--country", "FR"}, "--country must be one of"},
		{"stray argument", []string{"lots"}, "unexpected argument"},
		{"unknown flag", []string{"--customer", "5"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "sample"+data.FileExtension)
			code, _, stderr := demoCLI(t, append([]string{"--db", db, "demo"}, tt.args...)...)
			if code != 2 || !strings.Contains(stderr, tt.want) || !strings.Contains(stderr, "usage: overdue") {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr, tt.want)
			}
			if _, err := os.Stat(db); !os.IsNotExist(err) {
				t.Errorf("bad usage created %s (%v)", db, err)
			}
		})
	}
}
