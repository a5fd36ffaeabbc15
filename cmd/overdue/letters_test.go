package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"overdue/data"
)

// lettersFile creates a German company's file with one customer 40 days late.
func lettersFile(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "firma"+data.FileExtension)
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.SaveCompany(&data.Company{Name: "Müller GmbH", Country: "DE", Currency: "EUR", Language: "de",
		IBAN: "DE89 3704 0044 0532 0130 00"}))
	c := data.Customer{Number: "K1", Name: "Żółć Sp. z o.o.", Type: data.Business, Language: "pl", Currency: "EUR"}
	must(s.CreateCustomer(&c))
	must(s.CreateContact(&data.Contact{CustomerID: c.ID, Kind: data.ContactBilling, Street: "ul. Długa 1",
		Postcode: "00-001", City: "Warszawa", Country: "PL"}))
	must(s.CreateInvoice(&data.Invoice{Number: "R-1", CustomerID: c.ID, IssueDate: data.MustDate("2026-09-01"),
		DueDate: data.MustDate("2026-09-15"), Amount: 1000_00, Currency: "EUR"}))
	return path
}

func TestLettersCommand(t *testing.T) {
	db := lettersFile(t)
	out := filepath.Join(t.TempDir(), "briefe.pdf")
	type result struct {
		Letters []struct {
			Customer string `json:"customer"`
			Level    int    `json:"level"`
			Language string `json:"language"`
			Pages    int    `json:"pages"`
			TotalDue int64  `json:"total_due"`
			Currency string `json:"currency"`
		} `json:"letters"`
	}
	parse := func(s string) result {
		t.Helper()
		var r result
		if err := json.Unmarshal([]byte(s), &r); err != nil {
			t.Fatalf("json %q: %v", s, err)
		}
		return r
	}
	code, stdout, stderr := runCLI(t, "--db", db, "letters", "--as-of", "2026-09-16", "--out", out, "--json", "--dry-run")
	r := parse(stdout)
	if code != 0 || len(r.Letters) != 1 || r.Letters[0].Level != 1 || r.Letters[0].Language != "pl" ||
		r.Letters[0].TotalDue != 1000_00 || r.Letters[0].Currency != "EUR" || r.Letters[0].Pages < 1 ||
		r.Letters[0].Customer != "Żółć Sp. z o.o." {
		t.Fatalf("dry run: exit %d, %+v, %s", code, r, stderr)
	}
	// The shipped German table ends with the first half of 2026: the letters say which rate they used.
	if want := "warning: the interest table has no DE rate for business debtors from 2026-07-01; letters use 10.27 % (from 2026-01-01)"; !strings.Contains(stderr, want) {
		t.Errorf("stderr %q lacks %q", stderr, want)
	}
	if b, err := os.ReadFile(out); err != nil || string(b[:5]) != "%PDF-" {
		t.Fatalf("no PDF written: %v", err)
	}
	// The dry run recorded nothing, so the same letter is due again; now it is recorded.
	code, stdout, _ = runCLI(t, "--db", db, "letters", "--as-of", "2026-09-16", "--customer", "K1", "--out", out, "--json")
	if r := parse(stdout); code != 0 || len(r.Letters) != 1 {
		t.Fatalf("record: exit %d, %s", code, stdout)
	}
	code, stdout, _ = runCLI(t, "--db", db, "letters", "--as-of", "2026-09-17", "--out", out, "--json")
	if r := parse(stdout); code != 0 || len(r.Letters) != 0 {
		t.Errorf("the day after: exit %d, %s (the deadline has not passed)", code, stdout)
	}
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ls, _ := s.Letters(data.LetterFilter{})
	s.Close()
	if len(ls) != 1 || ls[0].Level != 1 || ls[0].Date != data.MustDate("2026-09-16") {
		t.Errorf("stored letters = %+v", ls)
	}
	code, stdout, _ = runCLI(t, "--db", db, "letters", "--as-of", "2026-10-16", "--out", out)
	if code != 0 || stdout == "" {
		t.Errorf("level 2 in text form: exit %d, %q", code, stdout)
	}
	usage := [][]string{
		{"letters"},
		{"letters", "--out", out, "--as-of", "2026-02-31"},
		{"letters", "--out", out, "extra"},
	}
	for _, args := range usage {
		if code, _, _ := runCLI(t, append([]string{"--db", db}, args...)...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, _, _ := runCLI(t, "--db", db, "letters", "--out", out, "--customer", "nobody"); code != 1 {
		t.Errorf("unknown customer: exit %d, want 1", code)
	}
	if code, _, _ := runCLI(t, "--db", filepath.Join(t.TempDir(), "none.overdue"), "letters", "--out", out); code != 1 {
		t.Errorf("missing file: exit %d, want 1", code)
	}
}

// TestLettersJSONStillNamesSkipped checks that --json keeps stdout to the JSON object and
// still says on stderr which customer got no letter for want of an address.
func TestLettersJSONStillNamesSkipped(t *testing.T) {
	db := lettersFile(t)
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	c := data.Customer{Number: "K2", Name: "Ohne Adresse GmbH", Type: data.Business, Language: "de", Currency: "EUR"}
	if err := s.CreateCustomer(&c); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateInvoice(&data.Invoice{Number: "R-2", CustomerID: c.ID, IssueDate: data.MustDate("2026-09-01"),
		DueDate: data.MustDate("2026-09-15"), Amount: 500_00, Currency: "EUR"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	out := filepath.Join(t.TempDir(), "b.pdf")
	code, stdout, stderr := runCLI(t, "--db", db, "letters", "--as-of", "2026-09-16", "--out", out, "--json", "--dry-run")
	var r struct {
		Letters []struct{ Customer string } `json:"letters"`
	}
	if err := json.Unmarshal([]byte(stdout), &r); err != nil || code != 0 || len(r.Letters) != 1 {
		t.Fatalf("exit %d, stdout %q (%v)", code, stdout, err)
	}
	if !strings.Contains(stderr, "skipped: Ohne Adresse GmbH") {
		t.Errorf("stderr %q does not name the customer without an address", stderr)
	}
}
