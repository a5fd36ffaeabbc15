package spreadsheet

import (
	"testing"

	"overdue/data"
)

var qbCols = []Field{FieldIssueDate, FieldInvoiceNumber, FieldDueDate, FieldAmount, FieldOpen}

// layouts are fixture files in the shapes real exports take.
var layouts = []struct {
	layout
	country string // company country: default currency and date order
}{
	{layout{name: "en-xlsx-cells", lang: "en", xlsx: true, cols: allCols, date: "cell", amount: "number",
		titles: []string{"Acme Ltd", "Accounts receivable", "As of 1 November 2026", ""}}, "GB"},
	{layout{name: "de-csv-semicolon-bom-open", lang: "de", cols: []Field{FieldInvoiceNumber, FieldCustomerNumber,
		FieldCustomerName, FieldIssueDate, FieldDueDate, FieldAmount, FieldOpen}, date: "dmy.", amount: "de",
		open: true, sep: ';', encoding: "utf-8-bom", titles: []string{"Offene Posten Debitoren", "Stand: 01.11.2026"}}, "DE"},
	{layout{name: "nb-csv-1252", lang: "nb", cols: []Field{FieldInvoiceNumber, FieldCustomerName, FieldIssueDate,
		FieldDueDate, FieldAmount, FieldPaid, FieldEmail}, date: "dmy.", amount: "nb", sep: ';', encoding: Encoding1252}, "NO"},
	{layout{name: "pl-csv-1250-zl", lang: "pl", cols: []Field{FieldInvoiceNumber, FieldCustomerNumber, FieldCustomerName,
		FieldTaxID, FieldIssueDate, FieldDueDate, FieldAmount, FieldPaid, FieldAddress}, date: "dmy-", amount: "pl-zl",
		sep: ';', encoding: Encoding1250, titles: []string{"Rozrachunki z odbiorcami", "Firma: Test Sp. z o.o."}}, "PL"},
	{layout{name: "en-csv-us", lang: "en", cols: allCols, date: "mdy/", amount: "en", sep: ',',
		titles: []string{"Open invoices as of 11/01/2026"}}, "US"},
	{layout{name: "en-tsv-plain-iso", lang: "en", cols: allCols, date: "iso", amount: "plain", sep: '\t'}, "GB"},
	{layout{name: "quickbooks-xlsx", lang: "en", xlsx: true, cols: qbCols, date: "mdy/", amount: "number", totals: true,
		names:  map[Field]string{FieldIssueDate: "Date", FieldInvoiceNumber: "Num", FieldDueDate: "Due Date", FieldOpen: "Open Balance"},
		titles: []string{"Test Company", "Open Invoices", "As of November 1, 2026"}}, "US"},
	{layout{name: "de-xlsx-1904", lang: "de", xlsx: true, cols: allCols, date: "cell", amount: "number", date1904: true}, "DE"},
	{layout{name: "de-csv-integers", lang: "de", cols: allCols, date: "dmy.", amount: "de-int", sep: ';'}, "DE"},
	{layout{name: "ch-csv-named-dates", lang: "en", cols: allCols, date: "named", amount: "ch", sep: ','}, "GB"},
	{layout{name: "en-csv-symbols-iso-time", lang: "en", cols: allCols, date: "iso-time", amount: "en-sym", sep: ','}, "GB"},
	{layout{name: "de-csv-symbols", lang: "de", cols: allCols, date: "dmy/", amount: "de-sym", sep: ','}, "DE"},
	{layout{name: "nb-xlsx-text", lang: "nb", xlsx: true, cols: allCols, date: "dmy.", amount: "nb"}, "NO"},
	{layout{name: "pl-xlsx-serial-text", lang: "pl", xlsx: true, cols: allCols, date: "serial", amount: "pl"}, "PL"},
	{layout{name: "pl-csv-open", lang: "pl", cols: []Field{FieldInvoiceNumber, FieldCustomerName, FieldIssueDate,
		FieldDueDate, FieldAmount, FieldOpen}, date: "dmy.", amount: "pl", open: true, sep: ','}, "PL"},
}

func TestImportLayouts(t *testing.T) {
	for _, tc := range layouts {
		t.Run(tc.name, func(t *testing.T) {
			s := newStore(t, tc.country)
			cur, _ := data.DefaultsFor(tc.country)
			ss := samplesFor(tc.layout, cur)
			res := mustImport(t, s, tc.render(t, ss), Options{})
			if res.Rows != len(ss) || res.Created != len(ss) || len(res.Invalid) != 0 {
				t.Fatalf("rows %d created %d invalid %v, want %d rows all created", res.Rows, res.Created, res.Invalid, len(ss))
			}
			checkSamples(t, s, tc.layout, ss)
			again := mustImport(t, s, tc.render(t, ss), Options{})
			if again.Unchanged != len(ss) || again.Created+again.Updated+again.CustomersCreated != 0 {
				t.Errorf("second import of the same file: %+v, want everything unchanged", again)
			}
		})
	}
}

// checkSamples compares the company file with what the fixture stated.
func checkSamples(t *testing.T, s *data.Store, l layout, ss []sample) {
	t.Helper()
	invs := allInvoices(t, s)
	has := func(f Field) bool {
		for _, c := range l.cols {
			if c == f {
				return true
			}
		}
		return false
	}
	for _, want := range ss {
		got, ok := invs[want.number]
		if !ok {
			t.Errorf("invoice %s missing", want.number)
			continue
		}
		wantPaid := want.paid
		if !has(FieldPaid) && !has(FieldOpen) {
			wantPaid = 0
		}
		if got.Amount != want.amount || got.Paid != wantPaid || got.Currency != want.currency ||
			got.IssueDate.String() != want.issue || got.DueDate.String() != want.due {
			t.Errorf("invoice %s = amount %d paid %d %s issued %s due %s; want %d %d %s %s %s", want.number,
				got.Amount, got.Paid, got.Currency, got.IssueDate, got.DueDate, want.amount, wantPaid, want.currency, want.issue, want.due)
		}
		c, err := s.Customer(got.CustomerID)
		if err != nil {
			t.Fatal(err)
		}
		if c.Name != want.customer || (has(FieldCustomerNumber) && c.Number != want.custNo) {
			t.Errorf("invoice %s customer = %s %q, want %s %q", want.number, c.Number, c.Name, want.custNo, want.customer)
		}
		if has(FieldTaxID) && c.VATID != want.taxID {
			t.Errorf("customer %s VAT ID = %q, want %q", c.Name, c.VATID, want.taxID)
		}
		if has(FieldEmail) && want.email != "" {
			cs, _ := s.Contacts(c.ID)
			if len(cs) != 1 || cs[0].Email != want.email {
				t.Errorf("customer %s contacts = %+v, want email %s", c.Name, cs, want.email)
			}
		}
	}
	if len(invs) != len(ss) {
		t.Errorf("%d invoices in the company file, want %d", len(invs), len(ss))
	}
}
