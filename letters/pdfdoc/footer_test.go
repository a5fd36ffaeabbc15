package pdfdoc

import (
	"math"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"overdue/data"
)

// collapse joins runs of white space into one space, so that a detail wrapped onto more
// lines of its footer column reads as one.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestFooterShowsEveryDetailWhole renders companies with long numbers, names and addresses
// and checks that the footer of every page shows each detail completely, never cut.
func TestFooterShowsEveryDetailWhole(t *testing.T) {
	tests := []struct {
		name string
		edit func(c *data.Company)
	}{
		{"GB sort code and account", func(c *data.Company) {
			c.Name, c.Street, c.Postcode, c.City = "Northlight Design Ltd", "21 Call Lane", "LS1 7BT", "Leeds"
			c.OrgNumber, c.VATNumber = "11576683", "GB 783 8384 77"
			c.IBAN, c.BIC, c.AccountNumber = "GB43 NWBK 6016 1386 9792 08", "NWBKGB2L", "Sort code 60-16-13, account 86979208"
			c.Email = "accounts@northlight-design.co.uk"
		}},
		{"US routing and account", func(c *data.Company) {
			c.AccountNumber = "Routing 021000021, account 6838384669"
			c.Email = "accounts.receivable@prairie-supply-company.example"
		}},
		{"long everything", func(c *data.Company) {
			c.Name = "Przedsiębiorstwo Handlowo-Usługowe Świętokrzyskie Zakłady Żółć Sp. z o.o. Sp.k."
			c.Street = "ul. Generała Władysława Andersa 123/45 lok. 6\nBudynek C, piętro IV"
			c.OrgNumber, c.VATNumber = "KRS 0000717182, REGON 123456785, Sąd Rejonowy dla Krakowa-Śródmieścia", "PL4043682988"
			c.IBAN = "PL61 1090 1014 0000 0712 1981 2874"
			c.BIC, c.AccountNumber = "WBKPPLPPXXX", "Rachunek VAT 61 1090 1014 0000 0712 1981 2874 (split payment)"
			c.Email = "ksiegowosc.naleznosci@swietokrzyskie-zaklady-zolc.com.pl"
		}},
		{"a word longer than a column", func(c *data.Company) {
			c.AccountNumber = "ACCT-000000000000000000000000000000000000000000000000000000000001"
			c.IBAN = "NO9386011117947NO9386011117947NO9386011117947"
		}},
	}
	for _, tt := range tests {
		for _, country := range []string{"GB", "US", "DE"} {
			t.Run(tt.name+"/"+country, func(t *testing.T) {
				c := testCompany(t, country)
				tt.edit(&c)
				d := newTestDoc(t, c, "en")
				writeLetter(d, 40) // two pages or more
				b := pdfBytes(t, d)
				cols := d.footerColumns(d.sectionLabels(1))
				var all []string
				for _, col := range cols {
					all = append(all, col...)
				}
				for _, v := range []string{c.AccountNumber, c.IBAN, c.Email, c.Name} {
					if v != "" && !strings.Contains(strings.Join(all, "\n"), v) {
						t.Fatalf("footer columns %q lack %q", all, v)
					}
				}
				fb := d.layoutFooter(cols)
				l := d.Layout()
				if right := fb.x[len(fb.x)-1] + fb.w[len(fb.w)-1]; fb.x[0] < l.Left-0.01 || right > l.Width-l.Right+0.01 {
					t.Errorf("footer runs from %.1f to %.1f mm, outside the margins", fb.x[0], right)
				}
				for i := 1; i < len(fb.x); i++ {
					if fb.x[i] < fb.x[i-1]+fb.w[i-1]-0.01 {
						t.Errorf("footer column %d overlaps column %d", i, i-1)
					}
				}
				for p := 1; p <= pageCount(t, b); p++ {
					// Each column's box, from the rule to the page number, holds its details whole.
					for i, col := range cols {
						text := pdfTextIn(t, b, p, Rect{X: fb.x[i], Y: l.FooterTop, W: fb.w[i], H: l.Height - footerPageY - l.FooterTop})
						flat := collapse(text)
						// A word cut to fit its column goes on over the next line: compare
						// without spaces too, which accepts that but catches anything lost.
						tight := strings.Join(strings.Fields(text), "")
						for _, v := range col {
							if !strings.Contains(flat, collapse(v)) &&
								!strings.Contains(tight, strings.Join(strings.Fields(v), "")) {
								t.Errorf("page %d: footer detail %q not shown whole; column %d reads:\n%s", p, v, i, text)
							}
						}
					}
				}
			})
		}
	}
}

// pdfTextIn runs pdftotext on page p of b for the text inside r only.
func pdfTextIn(t *testing.T, b []byte, p int, r Rect) string {
	t.Helper()
	tool := needTool(t, "pdftotext")
	pt := func(mm float64) string { return strconv.Itoa(int(math.Round(mm * 72 / mmPerInch))) }
	page := strconv.Itoa(p)
	out, err := exec.Command(tool, "-enc", "UTF-8", "-f", page, "-l", page, "-r", "72",
		"-x", pt(r.X), "-y", pt(r.Y), "-W", pt(r.W), "-H", pt(r.H), writePDF(t, "crop.pdf", b), "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return string(out)
}
