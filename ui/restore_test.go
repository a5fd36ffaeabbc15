package ui

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"overdue/data"
)

func TestRestoreFile(t *testing.T) {
	dir := t.TempDir()
	// The backup: a company file with one customer.
	src := newTestStore(t)
	mustCustomer(t, src, data.Customer{Name: "Kept In The Backup AS"})
	backup := filepath.Join(dir, "backup"+data.FileExtension)
	if err := src.Backup(backup); err != nil {
		t.Fatal(err)
	}
	// The file being replaced, with other content.
	target := filepath.Join(dir, "company"+data.FileExtension)
	cur, err := data.Open(target)
	if err != nil {
		t.Fatal(err)
	}
	mustCustomer(t, cur, data.Customer{Name: "Current AS"})
	cur.Close()
	keep := target + ".before-restore"

	if err := restoreFile(backup, target, keep); err != nil {
		t.Fatalf("restore: %v", err)
	}
	got, err := data.Open(target)
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()
	if cs, _ := got.Customers(data.CustomerFilter{}); len(cs) != 1 || cs[0].Name != "Kept In The Backup AS" {
		t.Errorf("restored file has %+v", cs)
	}
	old, err := data.Open(keep)
	if err != nil {
		t.Fatalf("the replaced file was not kept: %v", err)
	}
	defer old.Close()
	if cs, _ := old.Customers(data.CustomerFilter{}); len(cs) != 1 || cs[0].Name != "Current AS" {
		t.Errorf("kept file has %+v", cs)
	}
}

func TestRestoreRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes.overdue")
	os.WriteFile(notes, []byte("shopping list: milk, bread"), 0o644)
	target := filepath.Join(dir, "company"+data.FileExtension)
	cur, err := data.Open(target)
	if err != nil {
		t.Fatal(err)
	}
	mustCustomer(t, cur, data.Customer{Name: "Untouched AS"})
	cur.Close()
	before, _ := os.ReadFile(target)

	err = restoreFile(notes, target, target+".keep")
	if !errors.Is(err, data.ErrNotCompanyFile) {
		t.Fatalf("restore of a text file: %v, want ErrNotCompanyFile", err)
	}
	after, _ := os.ReadFile(target)
	if string(before) != string(after) {
		t.Error("the company file changed although the restore was refused")
	}
	for _, leftover := range []string{target + ".keep", target + ".restoring"} {
		if _, err := os.Stat(leftover); err == nil {
			t.Errorf("%s left behind", filepath.Base(leftover))
		}
	}
	if got := friendlyError(err).Error(); got != "This is not an Overdue company file. Choose a file ending in .overdue or a backup made by Overdue." {
		t.Errorf("message %q", got)
	}
}
