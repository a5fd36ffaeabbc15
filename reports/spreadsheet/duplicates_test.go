package spreadsheet

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestConflictingDuplicates checks that when one invoice number comes with different data
// in several rows, every one of those rows is invalid and none is imported, also with
// SkipInvalid, where the first of them was already written when the second was read.
func TestConflictingDuplicates(t *testing.T) {
	const head = "Invoice No,Customer,Invoice Date,Due Date,Amount,Paid\n"
	row := func(n string, amount int) string {
		return fmt.Sprintf("%s,Bar Ltd,2026-02-01,2026-03-01,%d.00,0\n", n, amount)
	}
	tests := []struct {
		name     string
		body     string
		o        Options
		invalid  []int // rows
		imported []string
	}{
		{"skip invalid", row("A-1", 100) + row("A-3", 200) + row("A-3", 250) + row("A-4", 300), Options{SkipInvalid: true},
			[]int{3, 4}, []string{"A-1", "A-4"}},
		{"a repeat of the first", row("A-3", 200) + row("A-1", 100) + row("A-3", 250) + row("A-3", 200), Options{SkipInvalid: true},
			[]int{2, 4, 5}, []string{"A-1"}},
		{"only repeats", row("A-3", 200) + row("A-3", 200) + row("A-1", 100), Options{SkipInvalid: true},
			nil, []string{"A-1", "A-3"}},
		{"far apart", row("A-3", 200) + manyRows(3000) + row("A-3", 250), Options{SkipInvalid: true},
			[]int{2, 3003}, nil},
		{"all or nothing", row("A-1", 100) + row("A-3", 200) + row("A-3", 250), Options{}, []int{3, 4}, nil},
		{"dry run", row("A-1", 100) + row("A-3", 200) + row("A-3", 250), Options{SkipInvalid: true, DryRun: true}, []int{3, 4}, nil},
	}
	for _, tc := range tests {
		s := newStore(t, "GB")
		res, err := importFile(t, s, writeFile(t, "bad.csv", []byte(head+tc.body)), tc.o)
		if err != nil && !errors.Is(err, ErrInvalidRows) {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var rows []int
		for _, p := range res.Invalid {
			rows = append(rows, p.Row)
			if p.Code != codeDuplicate || p.Column != "Invoice No" || p.Value != "A-3" {
				t.Errorf("%s: problem %+v, want a duplicate A-3", tc.name, p)
			}
		}
		if !slices.Equal(rows, tc.invalid) {
			t.Errorf("%s: invalid rows %v, want %v", tc.name, rows, tc.invalid)
		}
		invs := allInvoices(t, s)
		if _, ok := invs["A-3"]; ok && len(tc.invalid) > 0 {
			t.Errorf("%s: A-3 was imported (%d)", tc.name, invs["A-3"].Amount)
		}
		for _, n := range tc.imported {
			if _, ok := invs[n]; !ok {
				t.Errorf("%s: %s was not imported", tc.name, n)
			}
		}
		if tc.o.DryRun && res.Created != 1 {
			t.Errorf("%s: a dry run would create %d, want 1 (A-1)", tc.name, res.Created)
		}
	}
}

// manyRows returns n valid rows, more than the reader holds ahead of the writer.
func manyRows(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "M-%d,Many Ltd,2026-02-01,2026-03-01,10.00,0\n", i)
	}
	return b.String()
}
