package data

import (
	"bytes"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenCreatesLatestSchema(t *testing.T) {
	s := newTestStore(t)
	v, err := s.Version()
	if err != nil || v != LatestVersion() {
		t.Fatalf("version = %d, %v; want %d", v, err, LatestVersion())
	}
}

func TestOpenRefusesNewerFileUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "newer.overdue")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before, _ := os.ReadFile(path)
	_, err = Open(path)
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("Open newer file: err = %v, want ErrNewerSchema", err)
	}
	if !strings.Contains(err.Error(), "999") {
		t.Errorf("message %q should name the file's version", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("refusing a newer file changed it")
	}
}

func TestOpenRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("hello, this is not a database at all"), 0o644)
	other := filepath.Join(dir, "other.db")
	db, _ := sql.Open("sqlite", other)
	db.Exec("CREATE TABLE t (x)")
	db.Close()
	for _, p := range []string{text, other} {
		if _, err := Open(p); !errors.Is(err, ErrNotCompanyFile) {
			t.Errorf("Open(%s) err = %v, want ErrNotCompanyFile", filepath.Base(p), err)
		}
	}
}

func TestMigrationUpgradesWithDataIntactAndBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.overdue")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	c := mustCustomer(t, s, Customer{Number: "K1", Name: "Blåbær AS"})
	inv := mustInvoice(t, s, c, Invoice{Number: "F-1", Amount: 500_00})
	// a later version adds a column; applying it must keep every row
	extra := append(migrations(), migration{LatestVersion() + 1, "9999_test.sql",
		"ALTER TABLE customers ADD COLUMN nickname TEXT NOT NULL DEFAULT 'x';"})
	if _, err := s.backupBeforeMigration(LatestVersion()); err != nil {
		t.Fatal(err)
	}
	if err := s.migrateTo(t.Context(), extra); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	if v, _ := s.Version(); v != LatestVersion()+1 {
		t.Errorf("version after upgrade = %d", v)
	}
	got, err := s.InvoiceByNumber("F-1")
	if err != nil || got.Amount != inv.Amount {
		t.Errorf("invoice after upgrade: %+v, %v", got, err)
	}
	s.Close()
	baks, _ := filepath.Glob(path + ".v*.bak")
	if len(baks) != 1 {
		t.Fatalf("backups = %v, want one", baks)
	}
	b, err := Open(baks[0])
	if err != nil {
		t.Fatalf("open backup: %v", err)
	}
	defer b.Close()
	if _, err := b.CustomerByNumber("K1"); err != nil {
		t.Errorf("backup lacks the customer: %v", err)
	}
}

func TestFailedMigrationLeavesVersion(t *testing.T) {
	s := newTestStore(t)
	mustCustomer(t, s, Customer{Number: "K1"})
	bad := append(migrations(), migration{LatestVersion() + 1, "9999_bad.sql",
		"CREATE TABLE half (x); INSERT INTO nowhere VALUES (1);"})
	if err := s.migrateTo(t.Context(), bad); err == nil {
		t.Fatal("a broken migration succeeded")
	}
	if v, _ := s.Version(); v != LatestVersion() {
		t.Errorf("version after failed migration = %d, want %d", v, LatestVersion())
	}
	var n int
	s.w.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'half'").Scan(&n)
	if n != 0 {
		t.Error("a failed migration left a half-made table")
	}
}

func TestBackup(t *testing.T) {
	s := newTestStore(t)
	mustCustomer(t, s, Customer{Number: "K1", Name: "Müller GmbH"})
	dst := filepath.Join(t.TempDir(), "copy.overdue")
	if err := s.Backup(dst); err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(dst); err == nil {
		t.Error("backup over an existing file succeeded")
	}
	b, err := Open(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if c, err := b.CustomerByNumber("K1"); err != nil || c.Name != "Müller GmbH" {
		t.Errorf("backup customer = %+v, %v", c, err)
	}
}
