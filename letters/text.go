package letters

import (
	"embed"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"overdue/data"
)

//go:embed texts/*.json
var textFiles embed.FS

// Template is the wording of a letter: a subject line and a body whose paragraphs are
// separated by blank lines. Both may carry placeholders such as {total_due}.
type Template struct {
	Subject string
	Body    string
}

// textSet is one language's built-in texts.
type textSet struct {
	Levels map[string]struct {
		Subject string   `json:"subject"`
		Body    []string `json:"body"`
	} `json:"levels"`
	Clauses map[string]string `json:"clauses"`
	Labels  map[string]string `json:"labels"`
}

// texts holds the built-in texts by language, loaded once at start.
var texts = func() map[string]*textSet {
	out := map[string]*textSet{}
	for _, lang := range data.Languages {
		b, err := textFiles.ReadFile("texts/" + lang + ".json")
		if err != nil {
			panic(fmt.Sprintf("letters: texts for %s: %v", lang, err))
		}
		var t textSet
		if err := json.Unmarshal(b, &t); err != nil {
			panic(fmt.Sprintf("letters: texts for %s: %v", lang, err))
		}
		out[lang] = &t
	}
	return out
}()

func textsFor(lang string) *textSet {
	if t, ok := texts[lang]; ok {
		return t
	}
	return texts["en"]
}

// TextKeys lists the built-in letter texts a ladder level can start from.
func TextKeys() []string {
	var keys []string
	for k := range texts["en"].Levels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// BuiltIn returns the built-in wording of a text key in a language (English when the key or
// language is unknown), and false when the key does not exist.
func BuiltIn(textKey, lang string) (Template, bool) {
	lv, ok := textsFor(lang).Levels[textKey]
	if !ok {
		lv, ok = texts["en"].Levels[textKey]
	}
	return Template{Subject: lv.Subject, Body: strings.Join(lv.Body, "\n\n")}, ok
}

// Label returns a printed word of the letter in a language, trying "key.COUNTRY.debtor",
// "key.COUNTRY" and "key"; English when the language lacks it.
func Label(lang, key string) string { return lookup(textsFor(lang).Labels, texts["en"].Labels, key) }

func lookup(m, fallback map[string]string, keys ...string) string {
	for _, k := range keys {
		if v, ok := m[k]; ok {
			return v
		}
	}
	for _, k := range keys {
		if v, ok := fallback[k]; ok {
			return v
		}
	}
	return ""
}

// clause returns a legal clause for the company's country and the debtor's kind, most specific first.
func clause(lang, name, country string, debtor data.RateDebtor) string {
	return lookup(textsFor(lang).Clauses, texts["en"].Clauses,
		name+"."+country+"."+string(debtor), name+"."+country, name)
}

// Placeholders lists every placeholder a template may use, in the order the editor shows them.
var Placeholders = []string{
	"customer", "customer_number", "company", "date", "deadline", "deadline_days", "total_due", "principal",
	"invoice_count", "oldest_due", "days_overdue", "previous_letter", "fee", "fees", "interest", "interest_rate",
	"daily_interest", "compensation", "compensation_gross", "reference", "contact", "level",
	"interest_clause", "fee_clause", "compensation_clause", "next_step", "legal_clause", "protocol_clause",
}

var placeholderRE = regexp.MustCompile(`\{([a-z_]+)\}`)

// CheckTemplate returns the placeholders in t that Overdue does not know (typing mistakes),
// so the editor can point them out before the template is saved.
func CheckTemplate(t Template) []string {
	known := map[string]bool{}
	for _, p := range Placeholders {
		known[p] = true
	}
	var bad []string
	for _, m := range placeholderRE.FindAllStringSubmatch(t.Subject+"\n"+t.Body, -1) {
		if !known[m[1]] {
			bad = append(bad, "{"+m[1]+"}")
		}
	}
	return bad
}

// fill replaces placeholders with values (unknown ones are left as written) and drops
// paragraphs that end up empty, such as a fee clause in a letter without fees.
func fill(text string, values map[string]string) string {
	out := placeholderRE.ReplaceAllStringFunc(text, func(m string) string {
		if v, ok := values[m[1:len(m)-1]]; ok {
			return v
		}
		return m
	})
	var paras []string
	for _, p := range strings.Split(strings.ReplaceAll(out, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}
