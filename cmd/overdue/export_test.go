package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestExportCommand checks the export command's file name rule and a plain export.
func TestExportCommand(t *testing.T) {
	db := companyFile(t)
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		code int
		file string // written, when code is 0
	}{
		{"an xlsx", []string{"export", "customers", "--out", filepath.Join(dir, "kunden.xlsx")}, 0, "kunden.xlsx"},
		{"upper-case extension", []string{"export", "template", "--out", filepath.Join(dir, "T.XLSX")}, 0, "T.XLSX"},
		{"a csv name for a workbook", []string{"export", "invoices", "--out", filepath.Join(dir, "x.csv")}, 2, ""},
		{"no extension", []string{"export", "invoices", "--out", filepath.Join(dir, "x")}, 2, ""},
		{"unknown kind", []string{"export", "nothing", "--out", filepath.Join(dir, "y.xlsx")}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, append([]string{"--db", db}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d (%s)", code, tt.code, stderr)
			}
			if tt.file != "" {
				if b, err := os.ReadFile(filepath.Join(dir, tt.file)); err != nil || string(b[:2]) != "PK" {
					t.Errorf("%s not written as a workbook: %v", tt.file, err)
				}
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "x.csv")); err == nil {
		t.Error("a workbook was written under a .csv name")
	}
}
