package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCommandLineUsage(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.overdue")
	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   string
		stderr   string
		noFileAt string
	}{
		{"help", []string{"--help"}, 0, "overdue [--db FILE] backup --out FILE", "", ""},
		{"help word", []string{"help"}, 0, "Exit status", "", ""},
		{"unknown command", []string{"--db", missing, "frobnicate"}, 2, "", `unknown command "frobnicate"`, missing},
		{"--db without file", []string{"--db"}, 2, "", "--db needs a file name", ""},
		{"backup without --out", []string{"--db", missing, "backup"}, 2, "", "--out FILE is required", missing},
		{"backup bad flag", []string{"--db", missing, "backup", "--nope"}, 2, "", "flag provided but not defined", missing},
		{"backup extra argument", []string{"--db", missing, "backup", "--out", "x", "y"}, 2, "", `unexpected argument "y"`, missing},
		{"backup of a missing file", []string{"--db", missing, "backup", "--out", filepath.Join(dir, "b.overdue")}, 1, "", "missing.overdue", missing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := demoCLI(t, tt.args...)
			if code != tt.code || !strings.Contains(out, tt.stdout) || !strings.Contains(errOut, tt.stderr) {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d, %q, %q", code, out, errOut, tt.code, tt.stdout, tt.stderr)
			}
			if tt.noFileAt != "" {
				if _, err := os.Stat(tt.noFileAt); err == nil {
					t.Errorf("%s was created", tt.noFileAt)
				}
			}
		})
	}
}

func TestBackupCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "company.overdue")
	if code, _, errOut := demoCLI(t, "--db", db, "demo", "--customers", "5", "--invoices", "20"); code != 0 {
		t.Fatalf("demo: %d %s", code, errOut)
	}
	out := filepath.Join(dir, "copies", "backup.overdue")
	code, stdout, errOut := demoCLI(t, "--db="+db, "backup", "--out", out)
	if code != 0 || !strings.Contains(stdout, out) {
		t.Fatalf("backup: exit %d, %q, %q", code, stdout, errOut)
	}
	if nc, ni := countRecords(t, out); nc != 5 || ni != 20 {
		t.Errorf("backup holds %d customers, %d invoices", nc, ni)
	}
	if code, _, errOut := demoCLI(t, "--db", db, "backup", "--out", out); code != 1 || !strings.Contains(errOut, "already exists") {
		t.Errorf("backup over an existing file: exit %d, %q", code, errOut)
	}
}
