package spreadsheet

import (
	"strings"
	"unicode"

	"overdue/data"
)

// headerScanRows is how far down the importer looks for the header row.
const headerScanRows = 30

// synonymIndex maps a normalised column name to its field and the number of words in it.
var synonymIndex = func() map[string]Field {
	m := map[string]Field{}
	for f, names := range synonyms {
		for _, n := range names {
			n = normalHeader(n).text
			if _, dup := m[n]; dup {
				panic("spreadsheet: column name listed twice: " + n)
			}
			m[n] = f
		}
	}
	return m
}()

// header is a column name as the importer reads it.
type header struct {
	text     string    // normalised words, without currency and format hints
	currency string    // ISO code named in the header, e.g. "Amount (EUR)"
	order    DateOrder // from a format hint such as "(dd.mm.yyyy)" or "(MM/DD/YYYY)"
}

// formatWords are the placeholders of date format hints in four languages.
var formatWords = map[string]byte{
	"dd": 'd', "d": 'd', "tt": 'd', "t": 'd', "mm": 'm', "m": 'm', "yyyy": 'y', "yy": 'y', "jjjj": 'y',
	"jj": 'y', "aaaa": 'y', "rrrr": 'y', "rr": 'y', "aa": 'y',
}

// currencyWords are symbols and local names of currencies that appear in column names.
var currencyWords = map[string]string{"€": "EUR", "$": "USD", "£": "GBP", "zl": "PLN", "kr": "NOK", "nok": "NOK"}

// normalHeader lower-cases s, folds diacritics, turns punctuation into spaces and "#" into
// "no", and removes currency codes and date format hints, which it returns separately.
func normalHeader(s string) header {
	var h header
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '#' || r == '№':
			b.WriteString(" no ")
		case r == '€' || r == '$' || r == '£':
			b.WriteString(" " + string(r) + " ")
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	words := strings.Fields(b.String())
	var kept []string
	var pattern []byte
	for _, w := range words {
		if len(w) == 3 && isUpperASCII(w) && data.ValidCurrency(w) {
			h.currency = w
			continue
		}
		lw := data.FoldSearch(w)
		if c, ok := currencyWords[lw]; ok && len(words) > 1 {
			h.currency = c
			continue
		}
		if p, ok := formatWords[lw]; ok && len(words) > 1 {
			pattern = append(pattern, p)
			continue
		}
		kept = append(kept, lw)
	}
	if i, j := strings.IndexByte(string(pattern), 'd'), strings.IndexByte(string(pattern), 'm'); i >= 0 && j >= 0 {
		h.order = DayFirst
		if j < i {
			h.order = MonthFirst
		}
	}
	h.text = strings.Join(kept, " ")
	return h
}

func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// matchHeader returns the field a column name stands for and how sure the match is
// (words matched; 0 for no match). An exact name wins; otherwise the longest known name of
// at least two words found inside the column name.
func matchHeader(h header) (Field, int) {
	if h.text == "" {
		return FieldNone, 0
	}
	if f, ok := synonymIndex[h.text]; ok {
		return f, 10 + strings.Count(h.text, " ")
	}
	words := strings.Fields(h.text)
	best, bestLen := FieldNone, 0
	for i := range words {
		for j := len(words); j > i+1; j-- {
			if j-i <= bestLen || (i == 0 && j == len(words)) {
				continue
			}
			if f, ok := synonymIndex[strings.Join(words[i:j], " ")]; ok {
				best, bestLen = f, j-i
			}
		}
	}
	return best, bestLen
}

// detectColumns maps the cells of a header row to fields. When two columns name the same
// field, the surer match keeps it and the other is not imported.
func detectColumns(cells []string) (cols []Field, score int) {
	cols = make([]Field, len(cells))
	strength := make([]int, len(cells))
	owner := map[Field]int{}
	for i, c := range cells {
		f, s := matchHeader(normalHeader(c))
		if f == FieldNone {
			continue
		}
		if j, taken := owner[f]; taken {
			if strength[j] >= s {
				continue
			}
			cols[j], strength[j] = FieldNone, 0
		}
		cols[i], strength[i], owner[f] = f, s, i
	}
	return cols, len(owner)
}

// findHeader returns the index (0-based, into rows) of the header row among the first rows:
// the row naming the most known fields, which must include an invoice number or an amount.
// It returns -1 when no row qualifies.
func findHeader(rows [][]string) int {
	best, bestScore := -1, 1
	for i, r := range rows {
		if i >= headerScanRows {
			break
		}
		cols, score := detectColumns(r)
		if score <= bestScore || !(hasField(cols, FieldInvoiceNumber) || hasField(cols, FieldAmount) || hasField(cols, FieldOpen)) {
			continue
		}
		best, bestScore = i, score
	}
	return best
}

func hasField(cols []Field, f Field) bool {
	for _, c := range cols {
		if c == f {
			return true
		}
	}
	return false
}
