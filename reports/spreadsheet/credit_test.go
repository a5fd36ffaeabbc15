package spreadsheet

import (
	"strings"
	"testing"

	"overdue/data"
)

// TestCreditNotesReduceWhatIsOwed checks that an imported credit note is allocated to the
// customer's open invoices in its currency, oldest due first, wherever it stands in the
// file, leaving only the rest on account; and that re-importing the file, or a later
// export of it, does not count the credit twice or take it back.
func TestCreditNotesReduceWhatIsOwed(t *testing.T) {
	const head = "A/R Aging Detail\n,Type,Date,Num,Name,Due Date,Open Balance,Currency\n"
	row := func(num, date, due, open, cur string) string {
		return ",Invoice," + date + "," + num + ",Jones Bakery," + due + "," + open + "," + cur + "\n"
	}
	qb := head + row("1020", "09/03/2026", "10/03/2026", "(200.00)", "USD") + row("1021", "09/13/2026", "10/13/2026", "980.00", "USD")
	tests := []struct {
		name    string
		files   []string
		open    map[string]int64 // open amount of each invoice after the last file
		account int64            // credit left on account
		paid    int64            // payments recorded (not credit notes)
	}{
		{"QuickBooks open invoices", []string{qb}, map[string]int64{"1021": 780_00}, 0, 0},
		{"credit note after the invoice", []string{head + row("1021", "09/13/2026", "10/13/2026", "980.00", "USD") +
			row("1020", "09/03/2026", "10/03/2026", "(200.00)", "USD")}, map[string]int64{"1021": 780_00}, 0, 0},
		{"oldest due first", []string{head + row("A", "09/01/2026", "11/30/2026", "500.00", "USD") +
			row("B", "09/02/2026", "09/20/2026", "100.00", "USD") + row("CN", "10/01/2026", "10/01/2026", "(300.00)", "USD")},
			map[string]int64{"A": 300_00, "B": 0}, 0, 0},
		{"more credit than is open", []string{head + row("1021", "09/13/2026", "10/13/2026", "980.00", "USD") +
			row("1020", "09/03/2026", "10/03/2026", "(1200.00)", "USD")}, map[string]int64{"1021": 0}, 220_00, 0},
		{"another currency", []string{head + row("1021", "09/13/2026", "10/13/2026", "980.00", "EUR") +
			row("1020", "09/03/2026", "10/03/2026", "(200.00)", "USD")}, map[string]int64{"1021": 980_00}, 200_00, 0},
		{"the same file again", []string{qb, qb}, map[string]int64{"1021": 780_00}, 0, 0},
		{"the credit applied at the source", []string{qb, head + row("1021", "09/13/2026", "10/13/2026", "780.00", "USD")},
			map[string]int64{"1021": 780_00}, 0, 0},
		{"a payment since", []string{qb, head + row("1020", "09/03/2026", "10/03/2026", "(200.00)", "USD") +
			row("1021", "09/13/2026", "10/13/2026", "680.00", "USD")}, map[string]int64{"1021": 480_00}, 0, 300_00},
		{"paid in full ignoring the credit", []string{qb, head + row("1020", "09/03/2026", "10/03/2026", "(200.00)", "USD") +
			row("1021", "09/13/2026", "10/13/2026", "0.00", "USD")}, map[string]int64{"1021": 0}, 200_00, 980_00},
	}
	for _, tc := range tests {
		s := newStore(t, "US")
		for i, f := range tc.files {
			res := mustImport(t, s, writeFile(t, "qb.csv", []byte(f)), Options{})
			if i > 0 && tc.name == "the same file again" && res.Unchanged != 2 {
				t.Errorf("%s: second import %+v, want both rows unchanged", tc.name, res)
			}
		}
		invs := allInvoices(t, s)
		for n, want := range tc.open {
			if got := invs[n].Amount - invs[n].Paid; got != want {
				t.Errorf("%s: %s has %d open, want %d", tc.name, n, got, want)
			}
		}
		ps, err := s.Payments(data.PaymentFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var account, paid int64
		var kinds []string
		for _, p := range ps {
			account += p.Amount - p.Allocated()
			if p.Kind == data.KindPayment {
				paid += p.Amount
			}
			kinds = append(kinds, string(p.Kind))
		}
		if account != tc.account || paid != tc.paid {
			t.Errorf("%s: %d on account and %d paid, want %d and %d (%s)", tc.name, account, paid, tc.account, tc.paid, strings.Join(kinds, ", "))
		}
	}
}

// TestLedgerTexts checks the words an import writes in the ledger for payments and credit
// notes ("U-2 import  from u1.csv" had a double space where the empty reference was).
func TestLedgerTexts(t *testing.T) {
	tests := []struct {
		name, file string
		want       []string // texts of the payment and credit-note events, oldest first
	}{
		{"a paid amount", "Invoice No,Customer,Invoice Date,Due Date,Amount,Paid\nU-2,Alpha Ltd,2026-01-02,2026-03-01,200.00,50\n",
			[]string{"U-2 imported from u1.csv"}},
		{"a payment date", "Invoice No,Customer,Invoice Date,Due Date,Amount,Paid,Payment date\nU-2,Alpha Ltd,2026-01-02,2026-03-01,200.00,50,2026-01-20\n",
			[]string{"U-2 imported from u1.csv"}},
		{"a credit note", "Invoice No,Customer,Invoice Date,Due Date,Amount\nU-2,Alpha Ltd,2026-01-02,2026-03-01,200.00\nCN-1,Alpha Ltd,2026-01-10,2026-01-10,-250.00\n",
			[]string{"U-2 credit note CN-1 imported from u1.csv", "on account credit note CN-1 imported from u1.csv"}},
	}
	for _, tc := range tests {
		s := newStore(t, "GB")
		mustImport(t, s, writeFile(t, "u1.csv", []byte(tc.file)), Options{})
		ev, err := s.Events(data.EventFilter{Kinds: []data.EventKind{data.EventPayment, data.EventCreditNote}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for i := len(ev) - 1; i >= 0; i-- {
			got = append(got, ev[i].Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: ledger texts %q, want %q", tc.name, got, tc.want)
		}
	}
}
