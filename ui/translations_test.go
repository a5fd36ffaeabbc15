package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"overdue/assets"
	"overdue/data"
)

// coreFile reads one core translation file: key → text, or key → plural forms.
func coreFile(t *testing.T, code string) map[string]any {
	t.Helper()
	return translationFile(t, "core", code)
}

// translationFile reads one feature's translation file: key → text, or key → plural forms.
func translationFile(t *testing.T, feature, code string) map[string]any {
	t.Helper()
	b, err := assets.Translations.ReadFile("translations/" + feature + "/" + code + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s/%s.json: %v", feature, code, err)
	}
	return m
}

var templateVar = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

// vars returns the template variables a text (or every plural form of it) uses.
func vars(v any) string {
	var texts []string
	switch x := v.(type) {
	case string:
		texts = []string{x}
	case map[string]any:
		for _, f := range x {
			texts = append(texts, f.(string))
		}
	}
	set := map[string]bool{}
	for _, s := range texts {
		for _, m := range templateVar.FindAllStringSubmatch(s, -1) {
			set[m[1]] = true
		}
	}
	var out []string
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

// pluralForms are the CLDR plural categories each language's plural texts need (go-i18n
// picks one by the count; Polish "other" is for fractions).
var pluralForms = map[string][]string{"en": {"one", "other"}, "de": {"one", "other"}, "nb": {"one", "other"},
	"pl": {"one", "few", "many", "other"}}

// compareWithEnglish checks that tr (language code) has every key of en, with the same
// template variables, no empty text, every plural form the language needs where English
// has plural forms, and no key English lacks.
func compareWithEnglish(t *testing.T, code string, en, tr map[string]any) {
	t.Helper()
	for k, v := range en {
		got, ok := tr[k]
		if !ok {
			t.Errorf("missing %q", k)
			continue
		}
		if vars(got) != vars(v) {
			t.Errorf("%q uses {{%s}}, English uses {{%s}}", k, vars(got), vars(v))
		}
		switch g := got.(type) {
		case string:
			if strings.TrimSpace(g) == "" {
				t.Errorf("%q is empty", k)
			}
			if _, isPlural := v.(map[string]any); isPlural {
				t.Errorf("%q needs plural forms", k)
			}
		case map[string]any:
			for _, form := range pluralForms[code] {
				if s, _ := g[form].(string); strings.TrimSpace(s) == "" {
					t.Errorf("%q lacks the plural form %q", k, form)
				}
			}
		default:
			t.Errorf("%q is neither a text nor plural forms", k)
		}
	}
	for k := range tr {
		if _, ok := en[k]; !ok {
			t.Errorf("%q is not in en.json", k)
		}
	}
}

func TestCoreTranslationsComplete(t *testing.T) {
	en := coreFile(t, "en")
	for _, code := range data.Languages {
		t.Run(code, func(t *testing.T) {
			tr := coreFile(t, code)
			if tr["meta.language"] != code {
				t.Errorf("meta.language = %v, want %s", tr["meta.language"], code)
			}
			compareWithEnglish(t, code, en, tr)
		})
	}
}

// uiKeyUse finds lang.X / lang.XN / navTitle calls with a literal key.
var uiKeyUse = regexp.MustCompile(`(?:lang\.XN?|navTitle)\(\s*"([^"]+)"`)

// otherFeature matches the files of ui that other features own; their keys live in their folders.
var otherFeature = regexp.MustCompile(`^(import|export|dashboard|chart|letters|ladder|rates)`)

// englishKeys returns every key of every feature's en.json: a line another feature adds to
// screens.go or settings_tabs.go uses a key from its own folder.
func englishKeys(t *testing.T) map[string]any {
	t.Helper()
	all := map[string]any{}
	for _, dir := range assets.TranslationDirs() {
		b, err := assets.Translations.ReadFile(dir + "/en.json")
		if err != nil {
			t.Errorf("%s: %v", dir, err)
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Errorf("%s/en.json: %v", dir, err)
		}
		for k, v := range m {
			all[k] = v
		}
	}
	return all
}

func TestEveryKeyUsedIsTranslated(t *testing.T) {
	en := englishKeys(t)
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || otherFeature.MatchString(f) {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(src), "\n") {
			if i := strings.Index(line, "//"); i >= 0 && !strings.Contains(line[:i], `"`) {
				line = line[:i] // a comment, e.g. an example in a doc comment
			}
			for _, m := range uiKeyUse.FindAllStringSubmatch(line, -1) {
				checked++
				if _, ok := en[m[1]]; !ok {
					t.Errorf("%s: key %q is in no translations/*/en.json", f, m[1])
				}
			}
		}
	}
	for _, key := range fieldMessages {
		if _, ok := en[key]; !ok {
			t.Errorf("validation key %q is not in en.json", key)
		}
	}
	if checked < 100 {
		t.Errorf("found only %d uses of translation keys; is the pattern broken?", checked)
	}
}

// useLanguage switches the UI language for one test.
func useLanguage(t *testing.T, code string) {
	t.Helper()
	t.Setenv("LANGUAGE", code)
	if err := RegisterTranslations(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		os.Setenv("LANGUAGE", "en")
		RegisterTranslations()
	})
}

func TestUILanguages(t *testing.T) {
	tests := []struct {
		code, customers, balance, date string
		count                          string
	}{
		{"en", "Customers", "€1,234.50", "2026-03-31", "3 customers"},
		{"de", "Kunden", "1.234,50\u00a0€", "31.03.2026", "3 Kunden"},
		{"nb", "Kunder", "1\u00a0234,50\u00a0EUR", "31.03.2026", "3 kunder"},
		{"pl", "Klienci", "1\u00a0234,50\u00a0EUR", "31.03.2026", "3 klientów"},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			useLanguage(t, tt.code)
			if got := Language(); got != tt.code {
				t.Fatalf("Language() = %q", got)
			}
			if got := lang.X("nav.customers", "Customers"); got != tt.customers {
				t.Errorf("nav.customers = %q, want %q", got, tt.customers)
			}
			if got := money(123450, "EUR", tt.code); got != tt.balance {
				t.Errorf("money = %q, want %q", got, tt.balance)
			}
			if got := formatDate(data.MustDate("2026-03-31"), tt.code); got != tt.date {
				t.Errorf("date = %q, want %q", got, tt.date)
			}
			if got := lang.XN("customers.count", "{{.Count}} customers", 3, map[string]any{"Count": 3}); got != tt.count {
				t.Errorf("count = %q, want %q", got, tt.count)
			}
		})
	}
}

func TestCustomerListInGerman(t *testing.T) {
	useLanguage(t, "de")
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{Name: "Bäckerei Groß", Currency: "EUR", Country: "DE"})
	mustInvoice(t, s, c, data.Invoice{IssueDate: data.MustDate("2026-10-01"), Amount: 123450})
	a := newTestApp(t, s)
	scr := customersOnScreen(t, a)
	if scr.total.Text != "1 Kunde" {
		t.Errorf("count %q", scr.total.Text)
	}
	row := newCustomerRow()
	item, _ := scr.list.item(0)
	onUI(a, func() { scr.updateRow(item, row) })
	cells := cellTexts(row)
	if cells[4] != "1.234,50\u00a0€" || cells[5] != "18 Tage" {
		t.Errorf("balance %q, overdue %q", cells[4], cells[5])
	}
	if got := scr.status.Options[1]; got != "Aktiv" {
		t.Errorf("status filter shows %q", got)
	}
}
