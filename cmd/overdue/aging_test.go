package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"overdue/data"
)

// agingFile creates a Norwegian company's file with two customers: one owing in two buckets,
// one paid after the as-of date.
func agingFile(t *testing.T) string {
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
	must(s.SaveCompany(&data.Company{Name: "Fjordlys Design AS", Country: "NO", Currency: "NOK", Language: "nb",
		IBAN: "NO9386011117947"}))
	a := data.Customer{Number: "1001", Name: "Blåbær Å/S", Type: data.Business, Currency: "NOK"}
	b := data.Customer{Number: "1002", Name: "Żółć Sp. z o.o.", Type: data.Business, Currency: "PLN", Language: "pl"}
	must(s.CreateCustomer(&a))
	must(s.CreateCustomer(&b))
	inv := func(c data.Customer, number, issue, due string, amount int64) data.Invoice {
		i := data.Invoice{Number: number, CustomerID: c.ID, IssueDate: data.MustDate(issue), DueDate: data.MustDate(due),
			Amount: amount, Currency: c.Currency}
		must(s.CreateInvoice(&i))
		return i
	}
	inv(a, "F-1", "2026-09-01", "2026-09-15", 1000_00)     // 46 days on 31 Oct
	inv(a, "F-2", "2026-10-20", "2026-11-03", 250_50)      // current
	p := inv(b, "F-3", "2026-07-01", "2026-07-15", 800_00) // 108 days
	must(s.CreatePayment(&data.Payment{CustomerID: b.ID, Kind: data.KindPayment, Date: data.MustDate("2026-11-10"),
		Amount: 800_00, Currency: "PLN", Allocations: []data.Allocation{{InvoiceID: p.ID, Amount: 800_00}}}))
	return path
}

func TestAgingCommandJSON(t *testing.T) {
	db := agingFile(t)
	code, out, stderr := runCLI(t, "--db", db, "aging", "--as-of", "2026-10-31", "--by-customer", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		AsOf      string           `json:"as_of"`
		Totals    []map[string]any `json:"totals"`
		Customers []map[string]any `json:"customers"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got.AsOf != "2026-10-31" || len(got.Totals) != 2 || len(got.Customers) != 2 {
		t.Fatalf("output %s", out)
	}
	nok := got.Totals[0]
	if nok["currency"] != "NOK" || nok["current"] != 25050.0 || nok["31-60"] != 100000.0 || nok["total"] != 125050.0 ||
		nok["1-30"] != 0.0 || nok["61-90"] != 0.0 || nok["over_90"] != 0.0 {
		t.Errorf("NOK totals %v", nok)
	}
	if pln := got.Totals[1]; pln["currency"] != "PLN" || pln["over_90"] != 80000.0 {
		t.Errorf("PLN totals %v", pln)
	}
	if c := got.Customers[0]; c["customer"] != "Blåbær Å/S" || c["number"] != "1001" || c["currency"] != "NOK" || c["total"] != 125050.0 {
		t.Errorf("first customer %v", c)
	}
	// after the payment only NOK is open, and without --by-customer there is no "customers"
	code, out, _ = runCLI(t, "--db", db, "aging", "--as-of=2026-11-30", "--json")
	if code != 0 || strings.Contains(out, "customers") || strings.Contains(out, "PLN") {
		t.Errorf("exit %d, %s", code, out)
	}
}

func TestAgingCommandText(t *testing.T) {
	db := agingFile(t)
	code, out, stderr := runCLI(t, "--db", db, "aging", "--as-of", "2026-10-31", "--by-customer")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"Aging as of 2026-10-31", "31–60", "1,250.50", "Blåbær Å/S", "Żółć Sp. z o.o.", "800.00"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestAgingAndStatementUsage(t *testing.T) {
	db := agingFile(t)
	cases := []struct {
		args []string
		code int
	}{
		{[]string{"aging", "--as-of", "2026-02-31"}, 2},
		{[]string{"aging", "extra"}, 2},
		{[]string{"aging", "--nope"}, 2},
		{[]string{"statement", "--out", "x.pdf"}, 2},
		{[]string{"statement", "--customer", "1001"}, 2},
		{[]string{"statement", "--customer", "no such customer", "--out", filepath.Join(t.TempDir(), "x.pdf")}, 1},
	}
	for _, tc := range cases {
		code, _, stderr := runCLI(t, append([]string{"--db", db}, tc.args...)...)
		if code != tc.code || stderr == "" {
			t.Errorf("%v: exit %d (%q), want %d", tc.args, code, stderr, tc.code)
		}
	}
	if code, _, _ := runCLI(t, "--db", filepath.Join(t.TempDir(), "missing.overdue"), "aging"); code != 1 {
		t.Errorf("missing file: exit %d, want 1", code)
	}
}

func TestStatementCommand(t *testing.T) {
	db := agingFile(t)
	out := filepath.Join(t.TempDir(), "wyciag.pdf")
	code, stdout, stderr := runCLI(t, "--db", db, "statement", "--customer", "Żółć Sp. z o.o.", "--as-of", "2026-10-31", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	pdf, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(pdf), "%PDF") || !strings.Contains(stdout, out) {
		t.Fatalf("statement not written: %v %q", err, stdout)
	}
	report := filepath.Join(t.TempDir(), "aging.pdf")
	if code, _, stderr := runCLI(t, "--db", db, "aging", "--as-of", "2026-10-31", "--pdf", report); code != 0 {
		t.Fatalf("aging --pdf: exit %d: %s", code, stderr)
	}
	if b, err := os.ReadFile(report); err != nil || !strings.HasPrefix(string(b), "%PDF") {
		t.Errorf("aging report not written: %v", err)
	}
}
