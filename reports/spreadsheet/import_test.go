package spreadsheet

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"overdue/data"
)

const csvHeader = "Invoice No,Customer No,Customer,Invoice Date,Due Date,Amount,Paid,Payment date\n"

func csvFile(t testing.TB, body string) string {
	t.Helper()
	return writeFile(t, "invoices.csv", []byte(csvHeader+body))
}

func countEvents(t testing.TB, s *data.Store, kind data.EventKind) int {
	t.Helper()
	ev, err := s.Events(data.EventFilter{Kinds: []data.EventKind{kind}})
	if err != nil {
		t.Fatal(err)
	}
	return len(ev)
}

func TestReimportUpdates(t *testing.T) {
	s := newStore(t, "GB")
	mustImport(t, s, csvFile(t, "A-1,C1,Acme,2026-09-01,2026-09-30,100.00,0,\nA-2,C1,Acme,2026-09-02,2026-09-30,200.00,50.00,2026-09-20\n"), Options{})
	invs := allInvoices(t, s)
	if invs["A-2"].Paid != 5000 {
		t.Fatalf("A-2 paid %d, want 5000", invs["A-2"].Paid)
	}
	ps, _ := s.Payments(data.PaymentFilter{InvoiceID: invs["A-2"].ID})
	if len(ps) != 1 || ps[0].Date.String() != "2026-09-20" {
		t.Fatalf("payments of A-2 = %+v, want one dated by the payment-date column", ps)
	}
	changedBefore := countEvents(t, s, data.EventInvoiceChanged)

	res := mustImport(t, s, csvFile(t, "A-1,C1,Acme,2026-09-01,2026-09-30,120.00,0,\nA-2,C1,Acme,2026-09-02,2026-09-30,200.00,80.00,\n"), Options{})
	if res.Updated != 2 || res.Created != 0 || res.Unchanged != 0 {
		t.Fatalf("result %+v, want 2 updated", res)
	}
	invs = allInvoices(t, s)
	if invs["A-1"].Amount != 12000 || invs["A-2"].Paid != 8000 {
		t.Errorf("after update: A-1 amount %d, A-2 paid %d; want 12000 and 8000", invs["A-1"].Amount, invs["A-2"].Paid)
	}
	if n := countEvents(t, s, data.EventInvoiceChanged); n != changedBefore+1 {
		t.Errorf("%d invoice_changed events, want %d", n, changedBefore+1)
	}
	ps, _ = s.Payments(data.PaymentFilter{InvoiceID: invs["A-2"].ID})
	if len(ps) != 2 || ps[0].Amount != 3000 || ps[0].Date.String() != "2026-11-15" {
		t.Errorf("payments of A-2 = %+v, want a new one of 30.00 dated the import day", ps)
	}

	res, err := importFile(t, s, csvFile(t, "A-1,C1,Acme,2026-09-01,2026-09-30,120.00,0,\nA-2,C1,Acme,2026-09-02,2026-09-30,200.00,10.00,\n"), Options{})
	if !errors.Is(err, ErrInvalidRows) || len(res.Invalid) != 1 || res.Invalid[0].Code != codePaidDecrease || res.Invalid[0].Row != 3 {
		t.Fatalf("a shrinking paid amount: err %v, invalid %+v; want one paid_decrease problem in row 3", err, res)
	}
	if allInvoices(t, s)["A-2"].Paid != 8000 {
		t.Error("a refused import changed the paid amount")
	}
}

func TestInvalidRowsWriteNothing(t *testing.T) {
	body := "B-1,C1,Acme,2026-09-01,2026-09-30,100.00,,\n" +
		"B-2,C1,Acme,2026-09-01,2026-09-30,one hundred,,\n" +
		"B-3,C1,Acme,31.02.2026,2026-09-30,100.00,,\n" +
		",C1,Acme,2026-09-01,2026-09-30,100.00,,\n" +
		"B-1,C1,Acme,2026-09-01,2026-09-30,150.00,,\n" +
		"B-4,C2,Bravo,2026-09-01,2026-08-30,100.00,,\n" +
		"B-5,C2,Bravo,2026-09-01,2026-09-30,100.00,120.00,\n" +
		"B-6,C2,Bravo,2026-09-01,2026-09-30,100.00,,\n" +
		"B-6,C2,Bravo,2026-09-01,2026-09-30,100.00,,\n"
	want := []struct {
		row  int
		col  string
		code string
	}{
		{2, "Invoice No", codeDuplicate}, {3, "Amount", codeAmountInvalid}, {4, "Invoice Date", codeDateImpossible},
		{5, "Invoice No", codeMissingNumber},
		{6, "Invoice No", codeDuplicate}, {7, "Due Date", codeDueBeforeIssue}, {8, "Paid", codePaidExceeds},
	}
	s := newStore(t, "GB")
	res, err := importFile(t, s, csvFile(t, body), Options{})
	if !errors.Is(err, ErrInvalidRows) {
		t.Fatalf("err = %v, want ErrInvalidRows", err)
	}
	if len(res.Invalid) != len(want) {
		t.Fatalf("invalid = %+v, want %d problems", res.Invalid, len(want))
	}
	for i, w := range want {
		p := res.Invalid[i]
		if p.Row != w.row || p.Column != w.col || p.Code != w.code || p.Error == "" {
			t.Errorf("problem %d = %+v, want row %d column %s code %s", i, p, w.row, w.col, w.code)
		}
	}
	if res.Invalid[2].Value != "31.02.2026" {
		t.Errorf("value of the impossible date = %q", res.Invalid[2].Value)
	}
	if n, _ := s.CountInvoices(data.InvoiceFilter{}); n != 0 {
		t.Fatalf("%d invoices written by a refused import", n)
	}
	if n, _ := s.CountCustomers(data.CustomerFilter{}); n != 0 {
		t.Fatalf("%d customers written by a refused import", n)
	}
	if res.Rows != 9 || res.Written {
		t.Errorf("rows %d written %v, want 9 rows and nothing written", res.Rows, res.Written)
	}

	res = mustImport(t, s, csvFile(t, body), Options{SkipInvalid: true})
	invs := allInvoices(t, s)
	if len(invs) != 1 || invs["B-6"].Amount != 10000 {
		t.Errorf("valid rows only: invoices %v, want only B-6 (B-1 has different data in rows 2 and 6)", invs)
	}
	if res.Created != 1 || res.Unchanged != 1 || res.InvalidRows() != 7 || !res.Written {
		t.Errorf("valid rows only: %+v", res)
	}
}

func TestDryRun(t *testing.T) {
	s := newStore(t, "GB")
	res := mustImport(t, s, csvFile(t, "D-1,C1,Acme,2026-09-01,2026-09-30,100.00,20,\nD-2,C2,Bravo,2026-09-01,2026-09-30,100.00,,\n"), Options{DryRun: true})
	if res.Created != 2 || res.CustomersCreated != 2 || res.Written {
		t.Errorf("dry run result %+v", res)
	}
	if n, _ := s.CountInvoices(data.InvoiceFilter{}); n != 0 {
		t.Errorf("a dry run wrote %d invoices", n)
	}
	if n := countEvents(t, s, data.EventImport); n != 0 {
		t.Errorf("a dry run logged %d import events", n)
	}
}

func TestCustomerMatching(t *testing.T) {
	s := newStore(t, "NO")
	existing := data.Customer{Number: "500", Name: "Hansen AS", Type: data.Business, Currency: "NOK"}
	if err := s.CreateCustomer(&existing); err != nil {
		t.Fatal(err)
	}
	body := "M-1,500,Hansen Renamed AS,2026-09-01,2026-09-30,100,,\n" + // by number, whatever the name
		"M-2,,Hansen AS,2026-09-01,2026-09-30,100,,\n" + // by exact name
		"M-3,,Nygård AS,2026-09-01,2026-09-30,100,,\n" + // created with a new number
		"M-4,,Nygård AS,2026-09-01,2026-09-30,100,,\n" + // the one just created
		"M-5,777,Berg AS,2026-09-01,2026-09-30,100,,\n" // created with its number
	res := mustImport(t, s, csvFile(t, body), Options{})
	if res.CustomersCreated != 2 {
		t.Errorf("customers created %d, want 2", res.CustomersCreated)
	}
	invs := allInvoices(t, s)
	if invs["M-1"].CustomerID != existing.ID || invs["M-2"].CustomerID != existing.ID {
		t.Errorf("M-1 and M-2 should belong to customer 500")
	}
	if invs["M-3"].CustomerID != invs["M-4"].CustomerID || invs["M-3"].CustomerID == existing.ID {
		t.Errorf("M-3 and M-4 should share one new customer")
	}
	c, _ := s.Customer(invs["M-3"].CustomerID)
	if c.Number != "501" || c.Country != "NO" || c.Currency != "NOK" {
		t.Errorf("new customer = %+v, want number 501 in NO/NOK", c)
	}
	if c, _ := s.CustomerByNumber("777"); c.Name != "Berg AS" {
		t.Errorf("customer 777 = %+v", c)
	}
}

func TestAmbiguousDates(t *testing.T) {
	body := "E-1,C1,Acme,03/04/2026,05/06/2026,100,,\nE-2,C1,Acme,07/08/2026,09/10/2026,100,,\n"
	tests := []struct {
		country string
		order   DateOrder
		issue   string
		guessed bool
	}{
		{"GB", DateOrderAuto, "2026-04-03", true},
		{"US", DateOrderAuto, "2026-03-04", true},
		{"US", DayFirst, "2026-04-03", false},
		{"GB", MonthFirst, "2026-03-04", false},
	}
	for _, tc := range tests {
		s := newStore(t, tc.country)
		res := mustImport(t, s, csvFile(t, body), Options{DateOrder: tc.order})
		if got := allInvoices(t, s)["E-1"].IssueDate.String(); got != tc.issue || res.DateOrderGuessed != tc.guessed {
			t.Errorf("%s %v: issued %s guessed %v, want %s %v", tc.country, tc.order, got, res.DateOrderGuessed, tc.issue, tc.guessed)
		}
	}
	// One unambiguous date anywhere in the file decides for every row, including earlier ones.
	s := newStore(t, "US")
	res := mustImport(t, s, csvFile(t, body+"E-3,C1,Acme,25/10/2026,30/10/2026,100,,\n"), Options{})
	if got := allInvoices(t, s)["E-1"].IssueDate.String(); got != "2026-04-03" || res.DateOrderGuessed || res.DateOrder != DayFirst {
		t.Errorf("decided by row 4: E-1 issued %s, order %v guessed %v", got, res.DateOrder, res.DateOrderGuessed)
	}
	// Rows that contradict the decided order are invalid.
	s = newStore(t, "GB")
	res, err := importFile(t, s, csvFile(t, "E-4,C1,Acme,25/10/2026,30/10/2026,100,,\nE-5,C1,Acme,10/25/2026,10/30/2026,100,,\n"), Options{})
	if !errors.Is(err, ErrInvalidRows) || len(res.Invalid) != 2 || res.Invalid[0].Code != codeDateOrder {
		t.Errorf("conflicting orders: %v %+v", err, res)
	}
}

func TestCreditNotesAndOpenAmounts(t *testing.T) {
	s := newStore(t, "DE")
	file := writeFile(t, "op.csv", []byte("Rechnungsnr.;Kunde;Datum;Fällig am;Offener Betrag\n"+
		"R-1;Kunde A;01.09.2026;30.09.2026;1.000,00\nG-1;Kunde A;05.09.2026;05.09.2026;-200,00\n"))
	res := mustImport(t, s, file, Options{})
	if res.Created != 2 {
		t.Fatalf("result %+v", res)
	}
	ps, _ := s.Payments(data.PaymentFilter{})
	if len(ps) != 1 || ps[0].Kind != data.KindCreditNote || ps[0].Amount != 20000 || ps[0].Reference != "G-1" {
		t.Fatalf("credit notes = %+v", ps)
	}
	file = writeFile(t, "op2.csv", []byte("Rechnungsnr.;Kunde;Datum;Fällig am;Offener Betrag\n"+
		"R-1;Kunde A;01.09.2026;30.09.2026;600,00\nG-1;Kunde A;05.09.2026;05.09.2026;-200,00\n"))
	res = mustImport(t, s, file, Options{})
	if res.Updated != 1 || res.Unchanged != 1 {
		t.Fatalf("second import %+v, want R-1 updated and G-1 unchanged", res)
	}
	// G-1 is allocated to R-1; the file lists it on its own row, so R-1's open amount of 600
	// leaves it out: 400 was paid, and 1000 − 200 − 400 is open.
	if inv := allInvoices(t, s)["R-1"]; inv.Amount != 100000 || inv.Paid != 60000 {
		t.Errorf("R-1 = amount %d paid %d, want 100000 and 60000 (credit note 200, paid 400)", inv.Amount, inv.Paid)
	}
}

func TestCancelWritesNothing(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&b, "X-%d,C%d,Customer %d,2026-09-01,2026-09-30,100.00,,\n", i, i%50, i%50)
	}
	s := newStore(t, "GB")
	ctx, cancel := context.WithCancel(context.Background())
	book, err := OpenBook(csvFile(t, b.String()))
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	_, err = Import(ctx, s, book, Options{Progress: func(done, total int64) { cancel() }})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if n, _ := s.CountInvoices(data.InvoiceFilter{}); n != 0 {
		t.Errorf("a cancelled import wrote %d invoices", n)
	}
}

func TestRememberedMapping(t *testing.T) {
	s := newStore(t, "GB")
	file := writeFile(t, "odd.csv", []byte("Ref,Who,When,Pay by,How much\nZ-1,Zed Ltd,2026-09-01,2026-09-30,10.00\n"))
	if _, err := importFile(t, s, file, Options{}); !errors.Is(err, ErrMapping) {
		t.Fatalf("unknown column names: err %v, want ErrMapping", err)
	}
	m := Mapping{HeaderRow: 1, Headers: []string{"Ref", "Who", "When", "Pay by", "How much"},
		Columns: []Field{FieldInvoiceNumber, FieldCustomerName, FieldIssueDate, FieldDueDate, FieldAmount}}
	if err := RememberMapping(s, m); err != nil {
		t.Fatal(err)
	}
	res := mustImport(t, s, file, Options{})
	if !res.Mapping.Remembered || res.Created != 1 {
		t.Errorf("with the remembered mapping: %+v", res)
	}
}

func TestBackupBeforeImport(t *testing.T) {
	s := newStore(t, "GB")
	file := csvFile(t, "Y-1,C1,Acme,2026-09-01,2026-09-30,100.00,,\n")
	if res := mustImport(t, s, file, Options{Backup: true}); res.Backup != "" {
		t.Errorf("an empty company file was backed up to %s", res.Backup)
	}
	res := mustImport(t, s, csvFile(t, "Y-2,C1,Acme,2026-09-01,2026-09-30,100.00,,\n"), Options{Backup: true})
	if res.Backup == "" {
		t.Fatal("no backup before importing into a file with invoices")
	}
	bad := csvFile(t, "Y-3,C1,Acme,2026-09-01,2026-09-30,lots,,\n")
	if res, err := importFile(t, s, bad, Options{Backup: true}); !errors.Is(err, ErrInvalidRows) || res.Backup != "" {
		t.Errorf("refused import: err %v, backup %q; the copy should be removed when nothing was written", err, res.Backup)
	}
	baks, _ := filepath.Glob(s.Path() + ".before-import-*")
	if len(baks) != 1 {
		t.Errorf("backups beside the company file: %v, want only the one of the successful import", baks)
	}
	b, err := data.Open(res.Backup)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if n, _ := b.CountInvoices(data.InvoiceFilter{}); n != 1 {
		t.Errorf("the backup holds %d invoices, want the 1 from before", n)
	}
}

func TestImportEvent(t *testing.T) {
	s := newStore(t, "GB")
	mustImport(t, s, csvFile(t, "V-1,C1,Acme,2026-09-01,2026-09-30,100.00,,\n"), Options{})
	ev, _ := s.Events(data.EventFilter{Kinds: []data.EventKind{data.EventImport}})
	if len(ev) != 1 || !strings.Contains(ev[0].Text, "invoices.csv: 1 rows, 1 created") {
		t.Errorf("import events = %+v", ev)
	}
}

// TestImportBackupsDoNotPileUp checks that an import that changes nothing keeps no copy and
// that only the newest copies taken before imports are kept.
func TestImportBackupsDoNotPileUp(t *testing.T) {
	s := newStore(t, "GB")
	mustImport(t, s, csvFile(t, "Z-0,C1,Acme,2026-09-01,2026-09-30,100.00,,\n"), Options{Backup: true})
	same := csvFile(t, "Z-0,C1,Acme,2026-09-01,2026-09-30,100.00,,\n")
	if res := mustImport(t, s, same, Options{Backup: true}); res.Backup != "" || res.Unchanged != 1 {
		t.Errorf("unchanged re-import kept a copy %q (result %+v)", res.Backup, res)
	}
	dir := filepath.Dir(s.Path())
	for i := range keepImportBackups + 3 {
		// Copies are named by the second they are taken; older ones are made up here.
		old := fmt.Sprintf("%s.before-import-20260101-0000%02d.bak", s.Path(), i)
		if err := os.WriteFile(old, []byte("old copy"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := mustImport(t, s, csvFile(t, "Z-1,C1,Acme,2026-09-01,2026-09-30,100.00,,\n"), Options{Backup: true})
	baks, _ := filepath.Glob(filepath.Join(dir, filepath.Base(s.Path())+".before-import-*.bak"))
	if len(baks) != keepImportBackups || !slices.Contains(baks, res.Backup) {
		t.Errorf("copies kept: %v, want the %d newest including %s", baks, keepImportBackups, res.Backup)
	}
}

// TestResultCountsCreditNotes checks that the result says how many of the created rows are
// credit notes.
func TestResultCountsCreditNotes(t *testing.T) {
	s := newStore(t, "GB")
	res := mustImport(t, s, csvFile(t, "CN-1,C1,Acme,2026-09-01,2026-09-30,100.00,,\nCN-2,C1,Acme,2026-09-05,2026-09-05,-20.00,,\n"),
		Options{})
	if res.Created != 2 || res.CreditNotes != 1 {
		t.Errorf("created %d, credit notes %d; want 2 and 1", res.Created, res.CreditNotes)
	}
}
