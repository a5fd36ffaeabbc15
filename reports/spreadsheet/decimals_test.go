package spreadsheet

import (
	"fmt"
	"strings"
	"testing"
)

// TestAmountDecimals checks that an amount with more decimals than its currency has is
// invalid rather than rounded (float noise of spreadsheet numbers aside), and that a column
// which writes amounts such as 1.234 both ways is read consistently or reported ambiguous.
func TestAmountDecimals(t *testing.T) {
	tests := []struct {
		name    string
		country string
		sep     string
		amounts []string
		want    []string // per row: the amount stored ("123.40") or a part of the problem ("!more decimals")
	}{
		{"three decimals", "GB", ",", []string{"100.00", "99.999"}, []string{"100.00", "!more decimals than GBP has"}},
		{"three decimals, four digits before", "GB", ",", []string{"1234.565"}, []string{"!more decimals than GBP has"}},
		{"a decimal comma", "DE", ";", []string{"12,345"}, []string{"12345.00"}},
		{"a decimal comma decided", "DE", ";", []string{"12,50", "12,345"}, []string{"12.50", "!ambiguous"}},
		{"yen", "GB", ",", []string{"JPY 1234.5"}, []string{"!more decimals than JPY has"}},
		{"trailing zeros", "GB", ",", []string{"100.0000"}, []string{"100.00"}},
		{"float noise", "GB", ",", []string{"0.30000000000000004", "1234.5699999999999"}, []string{"0.30", "1234.57"}},
		{"noise with a third decimal", "GB", ",", []string{"1234.5650000000001"}, []string{"!more decimals than GBP has"}},
		{"dots group, shorter first", "DE", ";", []string{"1.234", "1.234.567"}, []string{"1234.00", "1234567.00"}},
		{"dots group, longer first", "DE", ";", []string{"1.234.567", "1.234"}, []string{"1234567.00", "1234.00"}},
		{"a decimal point decided", "DE", ";", []string{"1'234.50", "1.234", "1.234.567"}, []string{"1234.50", "!ambiguous", "1234567.00"}},
		{"a decimal point decided later", "DE", ";", []string{"1.234", "1.234.567", "1'234.50"}, []string{"1234.00", "1234567.00", "1234.50"}},
	}
	for _, tc := range tests {
		var b strings.Builder
		fmt.Fprintf(&b, "Invoice No%sCustomer%sDue Date%sAmount\n", tc.sep, tc.sep, tc.sep)
		for i, a := range tc.amounts {
			fmt.Fprintf(&b, "D-%d%sDec Co%s2026-01-05%s%s\n", i+1, tc.sep, tc.sep, tc.sep, a)
		}
		s := newStore(t, tc.country)
		res, err := importFile(t, s, writeFile(t, "dec.csv", []byte(b.String())), Options{SkipInvalid: true})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		invs := allInvoices(t, s)
		for i, w := range tc.want {
			num := fmt.Sprintf("D-%d", i+1)
			var prob string
			for _, p := range res.Invalid {
				if p.Row == i+2 {
					prob = p.Column + " " + p.Value + ": " + p.Error
				}
			}
			if msg, bad := strings.CutPrefix(w, "!"); bad {
				if _, ok := invs[num]; ok || !strings.Contains(prob, msg) || !strings.HasPrefix(prob, "Amount "+tc.amounts[i]+":") {
					t.Errorf("%s: %s %q imported %v, problem %q; want a problem saying %q", tc.name, num, tc.amounts[i], ok, prob, msg)
				}
				continue
			}
			inv, ok := invs[num]
			if got := fmt.Sprintf("%d.%02d", inv.Amount/100, inv.Amount%100); !ok || got != w {
				t.Errorf("%s: %s %q imported as %s (problem %q), want %s", tc.name, num, tc.amounts[i], got, prob, w)
			}
		}
	}
}
