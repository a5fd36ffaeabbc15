package letters

import (
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"overdue/data"
	"overdue/letters/pdfdoc"
)

// pdfWord is a word pdftotext found, with its box in points from the top-left corner.
type pdfWord struct {
	page                   int
	xMin, yMin, xMax, yMax float64
	text                   string
}

var (
	bboxPage = regexp.MustCompile(`<page `)
	bboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
)

// pdfWords runs pdftotext -bbox on pdf and returns its words page by page, skipping the
// test when pdftotext is not installed.
func pdfWords(t *testing.T, pdf []byte) []pdfWord {
	t.Helper()
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext is not installed")
	}
	path := filepath.Join(t.TempDir(), "letter.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-enc", "UTF-8", "-bbox", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	var words []pdfWord
	page := 0
	for _, line := range strings.Split(string(out), "\n") {
		if bboxPage.MatchString(line) {
			page++
		}
		m := bboxWord.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		w := pdfWord{page: page, text: html.UnescapeString(m[5])}
		w.xMin, _ = strconv.ParseFloat(m[1], 64)
		w.yMin, _ = strconv.ParseFloat(m[2], 64)
		w.xMax, _ = strconv.ParseFloat(m[3], 64)
		w.yMax, _ = strconv.ParseFloat(m[4], 64)
		words = append(words, w)
	}
	return words
}

// interestDraft prepares letters for the fixture's customer one level after the other
// until one charges interest, and returns it, or the last one when none does (US law has
// no statutory interest the letters charge).
func interestDraft(t *testing.T, f *fixture) *Draft {
	t.Helper()
	var dr *Draft
	for i, asOf := range []string{"2026-06-02", "2026-07-01", "2026-08-01", "2026-09-01"} {
		var err error
		if dr, err = f.book.Prepare(f.item(t, asOf), d(asOf)); err != nil {
			t.Fatal(err)
		}
		if len(dr.Interest) > 0 || i == 3 {
			break
		}
		f.send(t, asOf)
	}
	return dr
}

// headerWords returns the words of a table's header row: those on the page below the
// line at top and above the first row, which starts with the invoice number first.
func headerWords(words []pdfWord, top float64, first string) []string {
	var out []string
	bottom := -1.0
	for _, w := range words {
		if w.yMin > top && w.text == first && (bottom < 0 || w.yMin < bottom) {
			bottom = w.yMin
		}
	}
	for _, w := range words {
		if w.yMin > top && w.yMax <= bottom+0.5 && w.text != first {
			out = append(out, w.text)
		}
	}
	sort.Strings(out)
	return out
}

// TestTableHeadingsNeverBreakInsideAWord renders the invoice and interest tables of a letter
// in every language, for companies of every country (their paper and currencies), and
// checks that each heading's words are printed whole: "Rentesats", not "Rentesat" / "s".
func TestTableHeadingsNeverBreakInsideAWord(t *testing.T) {
	for _, country := range data.Countries {
		for _, lang := range data.Languages {
			t.Run(country+"-"+lang, func(t *testing.T) {
				f := newFixture(t, country, lang, data.Business, "2026-06-01")
				dr := interestDraft(t, f)
				L := func(key string) string { return Label(lang, key) }
				doc := pdfdoc.New(pdfdoc.Options{Company: f.book.Company, Lang: lang, NoLetterhead: true,
					Labels: labels(lang, country)})
				doc.NewSection()
				dr.invoiceTable(doc, L)
				if len(dr.Interest) == 0 {
					// A heading set the way interestTable sets them, from rows like a letter's.
					dr.Interest = []InterestLine{{Invoice: dr.Invoices[0].Invoice.Number, Principal: 12345_67,
						From: d("2026-06-02"), To: d("2026-09-01"), Days: 91, RateBP: 1150, Amount: 354_12}}
					dr.InterestSum = 354_12
				}
				dr.interestTable(doc, L)
				pdf, err := doc.Bytes()
				if err != nil {
					t.Fatal(err)
				}
				dump(t, "headings-"+country+"-"+lang+".pdf", pdf)
				words := pdfWords(t, pdf)
				first := dr.Invoices[0].Invoice.Number
				// The interest table starts under its title (interestTable writes it), whose
				// last word is unique.
				titleWords := strings.Fields(L("interest_title"))
				titleY := -1.0
				for _, w := range words {
					if w.text == titleWords[len(titleWords)-1] {
						titleY = w.yMax
					}
				}
				if titleY < 0 {
					t.Fatalf("interest title %q not found", L("interest_title"))
				}
				for _, tt := range []struct {
					name string
					top  float64
					keys []string
				}{
					{"invoice table", 0, []string{"invoice", "invoice_date", "due_date", "amount", "paid", "open", "days"}},
					{"interest table", titleY, []string{"invoice", "principal", "from", "to", "period_days", "rate", "per_day", "interest"}},
				} {
					var want []string
					for _, k := range tt.keys {
						want = append(want, strings.Fields(L(k))...)
					}
					want = slices.DeleteFunc(want, func(s string) bool { return s == first })
					sort.Strings(want)
					if got := headerWords(words, tt.top, first); !slices.Equal(got, want) {
						t.Errorf("%s header reads %q, want the words %q", tt.name, got, want)
					}
				}
			})
		}
	}
}
