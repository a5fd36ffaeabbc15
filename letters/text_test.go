package letters

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"overdue/data"
)

func TestBuiltInTextsAreComplete(t *testing.T) {
	for _, lang := range data.Languages {
		set := texts[lang]
		for key := range texts["en"].Levels {
			tpl, ok := BuiltIn(key, lang)
			if _, own := set.Levels[key]; !own || !ok || tpl.Subject == "" || tpl.Body == "" {
				t.Errorf("%s: level text %q missing", lang, key)
			}
			if bad := CheckTemplate(tpl); len(bad) > 0 {
				t.Errorf("%s %s: unknown placeholders %v", lang, key, bad)
			}
		}
		for key := range texts["en"].Clauses {
			if _, ok := set.Clauses[key]; !ok {
				t.Errorf("%s: clause %q missing", lang, key)
			}
		}
		for key := range texts["en"].Labels {
			if _, ok := set.Labels[key]; !ok {
				t.Errorf("%s: label %q missing", lang, key)
			}
		}
	}
	if bad := CheckTemplate(Template{Subject: "{total_due}", Body: "{totl_due} {deadline}"}); len(bad) != 1 || bad[0] != "{totl_due}" {
		t.Errorf("CheckTemplate = %v", bad)
	}
}

// Required content of each country's letters, in every language: the amounts, the deadline,
// every invoice, and what the law or good practice asks for.
func TestLetterTextContent(t *testing.T) {
	type want struct {
		level  int
		debtor data.DebtorType
		asOf   []string // letters sent before the one checked, then the one checked
		phrase map[string][]string
	}
	cases := map[string]want{
		"NO": {3, data.Business, []string{"2026-06-02", "2026-07-01", "2026-08-01"}, map[string][]string{
			"nb": {"Inkassovarsel", "inkassoloven § 9", "14 dager", "overlevert til inkasso", "Forsinkelsesrente", "standardkompensasjon"},
			"en": {"Inkassovarsel", "section 9 of the Norwegian Debt Collection Act", "14 days", "debt collection"},
			"de": {"Inkassovarsel", "§ 9", "14 Tage nach Versand", "Inkassounternehmen"},
			"pl": {"Inkassovarsel", "§ 9", "14 dni", "windykacji"}}},
		"DE": {4, data.Business, []string{"2026-06-02", "2026-07-01", "2026-07-31", "2026-08-30"}, map[string][]string{
			"de": {"Letzte Mahnung", "gerichtliche Mahnverfahren", "§ 288 Abs. 2 BGB", "§ 288 Abs. 5 BGB", "Einschreiben"},
			"en": {"Final demand", "court payment order", "section 288(2)", "section 288(5)"},
			"nb": {"Siste betalingsoppfordring", "betalingspålegg", "§ 288"},
			"pl": {"Ostateczne przedsądowe wezwanie do zapłaty", "nakaz zapłaty", "§ 288"}}},
		"PL": {3, data.Business, []string{"2026-06-02", "2026-07-01", "2026-08-01"}, map[string][]string{
			"pl": {"Wezwanie do zapłaty", "art. 187 § 1 pkt 3 kpc", "polubownego", "transakcjach handlowych", "Polecony"},
			"en": {"Second notice", "article 187", "out of court"},
			"de": {"2. Mahnung", "Art. 187", "außergerichtlich"},
			"nb": {"Ny purring", "art. 187", "minnelighet"}}},
		"GB": {4, data.Consumer, []string{"2026-06-02", "2026-07-01", "2026-08-01", "2026-09-01"}, map[string][]string{
			"en": {"Letter of claim", "Pre-Action Protocol for Debt Claims", "Reply Form", "30 days", "Money Claim Online", "section 69"},
			"de": {"Pre-Action Protocol for Debt Claims", "Reply Form", "30 Tagen"},
			"nb": {"Pre-Action Protocol for Debt Claims", "Reply Form", "30 dager"},
			"pl": {"Pre-Action Protocol for Debt Claims", "Reply Form", "30 dni"}}},
		"US": {4, data.Business, []string{"2026-06-02", "2026-07-01", "2026-07-31", "2026-08-30"}, map[string][]string{
			"en": {"Final demand", "collection agency", "small claims court", "CERTIFIED MAIL"},
			"de": {"Letzte Mahnung", "Small Claims Court"},
			"nb": {"Siste betalingsoppfordring", "small claims court"},
			"pl": {"Ostateczne przedsądowe wezwanie", "small claims court"}}},
	}
	for country, c := range cases {
		for lang, phrases := range c.phrase {
			t.Run(country+"-"+lang, func(t *testing.T) {
				f := newFixture(t, country, lang, c.debtor, "2026-06-01")
				for _, day := range c.asOf[:len(c.asOf)-1] {
					f.send(t, day)
					f.reopen(t)
				}
				asOf := c.asOf[len(c.asOf)-1]
				it := f.item(t, asOf)
				if it.Level.Level != c.level {
					t.Fatalf("level %d due, want %d", it.Level.Level, c.level)
				}
				dr, err := f.book.Prepare(it, d(asOf))
				if err != nil {
					t.Fatal(err)
				}
				pdf, _, err := f.book.Single(dr)
				if err != nil {
					t.Fatal(err)
				}
				text := dr.Subject + "\n" + dr.Body
				musts := append([]string{dr.money(dr.Total), dr.date(dr.Deadline)}, phrases...)
				for _, inv := range f.invoices {
					musts = append(musts, inv.Number)
				}
				pdfText := pdfToText(t, pdf)
				for _, m := range musts {
					if !strings.Contains(text, m) && !strings.Contains(pdfText, m) {
						t.Errorf("letter lacks %q:\n%s", m, text)
					}
				}
				if strings.Contains(text, "{") {
					t.Errorf("unfilled placeholder in:\n%s", text)
				}
				for _, word := range []string{"threat", "Drohung", "trussel", "groźb"} {
					if strings.Contains(strings.ToLower(text), strings.ToLower(word)) {
						t.Errorf("letter contains %q", word)
					}
				}
			})
		}
	}
}

// runPDFToText runs pdftotext with flags on pdf and returns its output, skipping the test
// when pdftotext is not installed.
func runPDFToText(t *testing.T, pdf []byte, flags ...string) []byte {
	t.Helper()
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext is not installed")
	}
	path := filepath.Join(t.TempDir(), "letter.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, append(append([]string{"-enc", "UTF-8"}, flags...), path, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %v: %v", flags, err)
	}
	return out
}

// pdfToText extracts the text of a PDF with pdftotext; without it, the test checks the
// draft's text only (returns "").
func pdfToText(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return ""
	}
	path := filepath.Join(t.TempDir(), "letter.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func TestNationalLettersSurviveIntoThePDF(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	tests := []struct {
		country, lang string
		words         []string
	}{
		{"PL", "pl", []string{"Łódzka Hurtownia Żółć", "Zakład Usług Świętokrzyskich Ąę", "Przypomnienie o płatności", "zł"}},
		{"NO", "nb", []string{"Kåre Ødegård Ærlig", "Betalingspåminnelse", "påminnelse"}},
		{"DE", "de", []string{"Müller & Söhne", "Königstraße", "Jürgen Weiß GmbH", "Fällig", "Grüßen"}},
	}
	for _, tt := range tests {
		f := newFixture(t, tt.country, tt.lang, data.Consumer, "2026-06-01")
		res := f.send(t, "2026-06-02")
		text := pdfToText(t, res.Letters[0].PDF)
		for _, w := range tt.words {
			if !strings.Contains(text, w) {
				t.Errorf("%s letter: %q missing from the PDF text", tt.country, w)
			}
		}
		if batch := pdfToText(t, res.Batch); !strings.Contains(batch, tt.words[0]) {
			t.Errorf("%s batch: %q missing", tt.country, tt.words[0])
		}
	}
}

func TestSampleDraftPreviewsTemplates(t *testing.T) {
	f := newFixture(t, "DE", "de", data.Business, "2026-06-01")
	lv, _ := f.book.Ladder.Level(3)
	d := f.book.SampleDraft(lv, "de", d("2026-07-15"))
	if d.Total != d.Principal+d.InterestSum+d.Charges.Fees()+d.Charges.Compensation || d.InterestSum == 0 ||
		d.Charges.Compensation != 77_50 || d.Charges.Fee != 2_50 { // € 80 less the € 2.50 fee (§ 288 Abs. 5 S. 3 BGB)
		t.Errorf("sample = %+v", d)
	}
	if !strings.Contains(d.Body, d.money(d.Total)) || !strings.Contains(d.Subject, "Mahnung") {
		t.Errorf("sample text: %s\n%s", d.Subject, d.Body)
	}
	d.Apply(Template{Subject: "Hallo {customer}", Body: "{total_due} bis {deadline}\n\n{fee_clause}"})
	if d.Subject != "Hallo Weiß & Söhne GmbH" || !strings.Contains(d.Body, "2,50\u00a0€") {
		t.Errorf("applied: %q / %q", d.Subject, d.Body)
	}
}

func FuzzTemplateFill(f *testing.F) {
	f.Add("Dear {customer},\n\n{fee_clause}\n\nPay {total_due} by {deadline}.")
	f.Add("{")
	f.Add("{{total_due}}\r\n\r\n\n")
	f.Fuzz(func(t *testing.T, body string) {
		v := map[string]string{"customer": "Ærlig AS", "total_due": "kr 1 234,00", "deadline": "01.12.2026", "fee_clause": ""}
		out := fill(body, v)
		if strings.Contains(out, "\n\n\n") {
			t.Fatalf("empty paragraphs left in %q", out)
		}
		for _, bad := range CheckTemplate(Template{Body: body}) {
			if !strings.Contains(body, bad) {
				t.Fatalf("reported %q that is not in the text", bad)
			}
		}
	})
}
