package spreadsheet

import (
	"errors"
	"strings"
	"testing"
)

// TestReimportOtherCustomer checks that a file which gives an existing invoice to another
// customer by name is refused for that row instead of being reported unchanged.
func TestReimportOtherCustomer(t *testing.T) {
	const head = "Invoice No,Customer,Due Date,Amount,Currency\n"
	const first = head + "C-1,Alpha Ltd,2026-01-05,100,GBP\nC-2,Alpha Ltd,2026-01-05,100,GBP\nC-9,Gamma Ltd,2026-01-05,100,GBP\n"
	tests := []struct {
		name, second string
		invalid      int    // row of the problem, 0 for none
		msg          string // the problem's error
		unchanged    int
	}{
		{"a customer not in the company file", head + "C-1,Beta Ltd,2026-01-05,100,GBP\n", 2,
			"invoice C-1 belongs to Alpha Ltd in the company file, the file says Beta Ltd", 0},
		{"another customer in the company file", head + "C-2,Alpha Ltd,2026-01-05,100,GBP\nC-1,Gamma Ltd,2026-01-05,100,GBP\n", 3,
			"invoice C-1 belongs to Alpha Ltd in the company file, the file says Gamma Ltd", 1},
		{"the same name", head + "C-1,Alpha Ltd,2026-01-05,100,GBP\n", 0, "", 1},
		{"the same name in other case and spacing", head + "C-1,alpha  LTD,2026-01-05,100,GBP\n", 0, "", 1},
	}
	for _, tc := range tests {
		s := newStore(t, "GB")
		mustImport(t, s, writeFile(t, "c1.csv", []byte(first)), Options{})
		alpha := allInvoices(t, s)["C-1"].CustomerID
		res, err := importFile(t, s, writeFile(t, "c2.csv", []byte(tc.second)), Options{})
		switch {
		case tc.invalid == 0 && err != nil:
			t.Errorf("%s: %v %+v", tc.name, err, res)
		case tc.invalid > 0 && (!errors.Is(err, ErrInvalidRows) || len(res.Invalid) != 1):
			t.Errorf("%s: err %v, result %+v; want a problem in row %d", tc.name, err, res, tc.invalid)
		case tc.invalid > 0:
			p := res.Invalid[0]
			if p.Row != tc.invalid || p.Column != "Customer" || p.Error != tc.msg {
				t.Errorf("%s: problem %+v, want row %d in Customer: %s", tc.name, p, tc.invalid, tc.msg)
			}
		case res.Unchanged != tc.unchanged:
			t.Errorf("%s: result %+v, want %d unchanged", tc.name, res, tc.unchanged)
		}
		if got := allInvoices(t, s)["C-1"].CustomerID; got != alpha {
			t.Errorf("%s: C-1 moved to customer %d", tc.name, got)
		}
	}
}

// TestReimportOtherCurrency checks that a re-import cannot change an invoice's currency
// (which left the ledger out of balance), paid or not.
func TestReimportOtherCurrency(t *testing.T) {
	const head = "Invoice No,Customer,Due Date,Amount,Paid,Currency\n"
	const first = head + "C-1,Alpha Ltd,2026-01-05,100,0,GBP\nC-2,Alpha Ltd,2026-01-05,100,40,GBP\n"
	tests := []struct {
		name, second  string
		column, value string // of the problem; "" for none
	}{
		{"an unpaid invoice", head + "C-1,Alpha Ltd,2026-01-05,100,0,EUR\n", "Currency", "EUR"},
		{"a partly paid invoice", head + "C-2,Alpha Ltd,2026-01-05,100,40,EUR\n", "Currency", "EUR"},
		{"a currency sign in the amount", "Invoice No,Customer,Due Date,Amount\nC-1,Alpha Ltd,2026-01-05,€100\n", "Amount", "€100"},
		{"the same currency in lower case", head + "C-1,Alpha Ltd,2026-01-05,100,0,gbp\n", "", ""},
		{"no currency column", "Invoice No,Customer,Due Date,Amount\nC-1,Alpha Ltd,2026-01-05,100\n", "", ""},
	}
	for _, tc := range tests {
		s := newStore(t, "GB")
		mustImport(t, s, writeFile(t, "c1.csv", []byte(first)), Options{})
		res, err := importFile(t, s, writeFile(t, "c2.csv", []byte(tc.second)), Options{})
		switch {
		case tc.column == "" && (err != nil || res.Unchanged != 1):
			t.Errorf("%s: err %v, result %+v; want it unchanged", tc.name, err, res)
		case tc.column != "" && (!errors.Is(err, ErrInvalidRows) || len(res.Invalid) != 1):
			t.Errorf("%s: err %v, result %+v; want one problem", tc.name, err, res)
		case tc.column != "":
			p := res.Invalid[0]
			if p.Row != 2 || p.Column != tc.column || p.Value != tc.value || !strings.HasPrefix(p.Error, "the currency of an invoice cannot change") {
				t.Errorf("%s: problem %+v, want row 2, %s %q: the currency of an invoice cannot change", tc.name, p, tc.column, tc.value)
			}
		}
		for n, inv := range allInvoices(t, s) {
			if inv.Currency != "GBP" {
				t.Errorf("%s: %s is now in %s", tc.name, n, inv.Currency)
			}
		}
	}
}
