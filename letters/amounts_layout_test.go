package letters

import (
	"regexp"
	"strings"
	"testing"

	"overdue/data"
	"overdue/letters/pdfdoc"
)

// layoutText runs pdftotext -layout on pdf, skipping the test when it is not installed, and
// returns its lines with no-break spaces as spaces and runs of spaces as one.
func layoutText(t *testing.T, pdf []byte) []string {
	t.Helper()
	return strings.Split(squeeze(string(runPDFToText(t, pdf, "-layout"))), "\n")
}

var spaces = regexp.MustCompile(`[ \x{00a0}\x{202f}\x{2009}]+`)

func squeeze(s string) string { return spaces.ReplaceAllString(s, " ") }

// TestLetterAmountsOfMillionsStayOnOneLine renders letters whose invoices, totals and
// interest run into millions and checks that every amount of the invoice and interest
// tables is printed on one line: "kr 1 234 567,50", not "kr 1 234 567,5" / "0".
func TestLetterAmountsOfMillionsStayOnOneLine(t *testing.T) {
	tests := []struct {
		country, lang                string
		invoice, principal, interest int64
	}{
		{"NO", "nb", 1_234_567_50, 11_132_487_00, 1_359_178_22},
		{"DE", "de", 1_234_567_50, 11_132_487_00, 1_359_178_22},
		{"PL", "pl", 9_876_543_21, 98_765_432_10, 1_234_567_89},
		{"GB", "en", 1_234_567_50, 11_132_487_00, 1_359_178_22},
	}
	for _, tt := range tests {
		t.Run(tt.country+"-"+tt.lang, func(t *testing.T) {
			f := newFixture(t, tt.country, tt.lang, data.Business, "2026-06-01")
			dr := interestDraft(t, f)
			for i := range dr.Invoices {
				dr.Invoices[i].Invoice.Amount, dr.Invoices[i].Paid, dr.Invoices[i].Open = tt.invoice, 0, tt.invoice
			}
			dr.Principal = tt.principal
			dr.Interest = []InterestLine{{Invoice: dr.Invoices[0].Invoice.Number, Principal: tt.invoice,
				From: d("2026-06-02"), To: d("2026-09-01"), Days: 91, RateBP: 1150, Amount: tt.interest}}
			dr.InterestSum = tt.interest
			dr.Total = dr.Principal + dr.InterestSum
			doc := pdfdoc.New(pdfdoc.Options{Company: f.book.Company, Lang: tt.lang, Labels: labels(tt.lang, tt.country)})
			Render(doc, dr)
			pdf, err := doc.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			dump(t, "millions-"+tt.country+"-"+tt.lang+".pdf", pdf)
			text := strings.Join(layoutText(t, pdf), "\n")
			// How often each amount is printed whole at least: the invoice's amount and
			// open amount in each row and the interest table's principal; the invoice
			// table's total and the summary; the interest row, total and summary.
			for _, c := range []struct {
				amount int64
				times  int
			}{
				{tt.invoice, 2*len(dr.Invoices) + 1}, {tt.principal, 2}, {tt.interest, 3}, {dr.Total, 1},
			} {
				want := squeeze(dr.money(c.amount))
				if n := strings.Count(text, want); n < c.times {
					t.Errorf("amount %q printed whole %d times, want at least %d (the others wrap):\n%s",
						want, n, c.times, text)
				}
			}
		})
	}
}
