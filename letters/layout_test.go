package letters

import (
	"context"
	"html"
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
	out := runPDFToText(t, pdf, "-bbox")
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

// ladderLetters sends every letter of the ladder to a fixture customer with n overdue
// invoices (the oldest due on due), in the order the ladder climbs, and returns each
// letter's draft and PDF as stored.
func ladderLetters(t *testing.T, country, lang string, debtor data.DebtorType, n int, due string) ([]*Draft, [][]byte) {
	t.Helper()
	f := newCompanyFixture(t, country, lang, debtor)
	s := f.store
	for i := 0; i < n; i++ { // all of them overdue by the first reminder
		inv := data.Invoice{Number: "F-20001-" + strconv.Itoa(101+i), CustomerID: f.customer.ID,
			IssueDate: d(due).AddDays(-14 - 3*i), DueDate: d(due).AddDays(-3 * i), Amount: int64(1234_56 * (i + 1)),
			Currency: f.customer.Currency, Description: "Lieferung / leveranse / dostawa"}
		if err := s.CreateInvoice(&inv); err != nil {
			t.Fatal(err)
		}
	}
	f.reopen(t)
	var drafts []*Draft
	var pdfs [][]byte
	for asOf := d(due).AddDays(1); asOf < d(due).AddDays(400); asOf = asOf.AddDays(3) {
		items, err := f.book.Queue(asOf, f.customer.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(items) == 0 {
			continue
		}
		if !items[0].IsLetter() {
			break
		}
		res, err := f.book.Generate(context.Background(), items, asOf, false, nil)
		if err != nil {
			t.Fatal(err)
		}
		drafts = append(drafts, res.Drafts...)
		for _, l := range res.Letters {
			pdfs = append(pdfs, l.PDF)
		}
	}
	if len(drafts) == 0 {
		t.Fatal("no letters sent")
	}
	return drafts, pdfs
}

// TestLettersKeepTheClosingWithTheText renders every level of the ladder with one, two and
// three invoices for each country and language, and checks that a first reminder with up
// to two invoices fits on one page, and that no letter ends with a page holding only its
// closing and signature: the payment details come along with them.
func TestLettersKeepTheClosingWithTheText(t *testing.T) {
	for _, country := range data.Countries {
		for _, lang := range data.Languages {
			for _, n := range []int{1, 2, 3} {
				t.Run(country+"-"+lang+"-"+strconv.Itoa(n), func(t *testing.T) {
					L := func(key string) string { return Label(lang, key) }
					drafts, pdfs := ladderLetters(t, country, lang, data.Business, n, "2026-03-02")
					footer := pdfdoc.LayoutFor(country).FooterTop * 72 / 25.4
					for i, dr := range drafts {
						words := pdfWords(t, pdfs[i])
						pages := words[len(words)-1].page
						name := "letter-" + country + "-" + lang + "-" + strconv.Itoa(n) + "-level" + strconv.Itoa(dr.Level.Level) + ".pdf"
						dump(t, name, pdfs[i])
						t.Logf("level %d (%s), %d invoices: %d pages", dr.Level.Level, dr.Level.TextKey, n, pages)
						if len(dr.Invoices) != n {
							t.Errorf("level %d lists %d invoices, want %d", dr.Level.Level, len(dr.Invoices), n)
						}
						if dr.Level.Level == 1 && n <= 2 && pages != 1 {
							t.Errorf("level 1 with %d invoices has %d pages, want 1 (%s)", n, pages, name)
						}
						// The last page's text above the footer: more than the closing, the
						// signature and the QR caption, and the payment heading with them.
						var body []string
						for _, w := range words {
							if w.page == pages && w.yMax < footer {
								body = append(body, w.text)
							}
						}
						rest := slices.DeleteFunc(slices.Clone(body), func(s string) bool {
							return slices.Contains(strings.Fields(L("closing")+" "+dr.Company.Name+" "+L("qr")), s)
						})
						if len(rest) == 0 {
							t.Errorf("level %d: last page %d holds only the closing: %q (%s)", dr.Level.Level, pages, body, name)
						}
						how := strings.Fields(L("how_to_pay"))
						if !slices.Contains(body, how[0]) {
							t.Errorf("level %d: the closing on page %d is apart from the payment details %q: %q (%s)",
								dr.Level.Level, pages, L("how_to_pay"), body, name)
						}
					}
				})
			}
		}
	}
}
