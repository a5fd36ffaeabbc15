package spreadsheet

import (
	"fmt"
	"strings"

	"overdue/data"
)

// amountCell is one amount cell as read, before the column's decimal mark is known.
type amountCell struct {
	text     string // the cell as written
	neg      bool
	currency string // currency named in the cell ("€ 12,50", "1 200 zł", "NOK 300")
	num      string // the number: digits, separators and grouping spaces only
	mark     byte   // decimal mark, when the cell alone shows it; 0 when it has none
	unsure   byte   // '.' or ',': the cell's one separator could be a decimal mark or grouping
	errMsg   string
}

func (a amountCell) empty() bool { return a.text == "" }

// amountCurrencyMarks are currency symbols and codes recognised inside amount cells.
var amountCurrencyMarks = []struct{ mark, code string }{
	{"€", "EUR"}, {"£", "GBP"}, {"US$", "USD"}, {"$", "USD"}, {"zł", "PLN"}, {"Zł", "PLN"}, {"ZŁ", "PLN"},
	{"kr.", "NOK"}, {"kr", "NOK"}, {"Kr", "NOK"},
}

// readAmountCell splits the text of an amount cell into sign, currency and number and finds
// the decimal mark when the cell alone shows it. Scientific notation (1.5E+3, as spreadsheet
// programs store some numbers) is expanded.
func readAmountCell(text string) amountCell {
	a := amountCell{text: strings.TrimSpace(text)}
	s := a.text
	if s == "" {
		return a
	}
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		a.neg, s = true, strings.TrimSpace(s[1:len(s)-1])
	}
	for _, m := range amountCurrencyMarks {
		if strings.Contains(s, m.mark) {
			a.currency = m.code
			s = strings.Replace(s, m.mark, "", 1)
			break
		}
	}
	s = strings.TrimSpace(s)
	if len(s) > 3 && isUpperASCII(s[:3]) && data.ValidCurrency(s[:3]) {
		a.currency, s = s[:3], strings.TrimSpace(s[3:])
	} else if len(s) > 3 && isUpperASCII(s[len(s)-3:]) && data.ValidCurrency(s[len(s)-3:]) {
		a.currency, s = s[len(s)-3:], strings.TrimSpace(s[:len(s)-3])
	}
	switch {
	case strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−"):
		a.neg = !a.neg
		s = strings.TrimSpace(strings.TrimLeft(s, "-−"))
	case strings.HasSuffix(s, "-"):
		a.neg = !a.neg
		s = strings.TrimSpace(strings.TrimSuffix(s, "-"))
	case strings.HasPrefix(s, "+"):
		s = strings.TrimSpace(s[1:])
	}
	if e := strings.IndexAny(s, "eE"); e > 0 {
		num, ok := expandExponent(s[:e], s[e+1:])
		if !ok {
			a.errMsg = "it is not a number"
			return a
		}
		a.num, a.mark = num, '.'
		return a
	}
	a.num = s
	a.mark, a.unsure, a.errMsg = decimalMark(s)
	return a
}

// decimalMark finds the decimal mark of a number written with separators, or says which
// separator is unsure: a single "." or "," followed by exactly three digits may group
// thousands (1.234 in German) or mark decimals (1.234 as a spreadsheet stores it).
func decimalMark(s string) (mark, unsure byte, errMsg string) {
	dots, commas, spaces := 0, 0, 0
	last := -1
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
		case r == '.':
			dots++
			last = i
		case r == ',':
			commas++
			last = i
		case r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\'' || r == '’':
			spaces++
		default:
			return 0, 0, "it is not a number"
		}
	}
	switch {
	case dots == 0 && commas == 0:
		return 0, 0, ""
	case dots > 0 && commas > 0:
		return s[last], 0, ""
	case dots > 1:
		return ',', 0, "" // 1.234.567: dots group, so a comma would be the decimal mark
	case commas > 1:
		return '.', 0, ""
	}
	sep := s[last]
	before := strings.TrimLeft(s[:last], "0 \u00a0'")
	after := len(s) - last - 1
	switch {
	case spaces > 0, after != 3, before == "", len(strings.Map(keepDigits, s[:last])) > 3:
		return sep, 0, ""
	}
	return 0, sep, ""
}

func keepDigits(r rune) rune {
	if r >= '0' && r <= '9' {
		return r
	}
	return -1
}

// expandExponent writes mantissa × 10^exp as a plain decimal number ("1.5", "3" → "1500").
func expandExponent(mantissa, exp string) (string, bool) {
	e, neg := 0, false
	switch {
	case strings.HasPrefix(exp, "+"):
		exp = exp[1:]
	case strings.HasPrefix(exp, "-"):
		exp, neg = exp[1:], true
	}
	if !isDigits(exp) || len(exp) > 3 || !isDigits(strings.Replace(mantissa, ".", "", 1)) {
		return "", false
	}
	e = atoi(exp)
	if neg {
		e = -e
	}
	intPart, frac, _ := strings.Cut(mantissa, ".")
	digits := intPart + frac
	point := len(intPart) + e
	switch {
	case point > 20:
		return "", false
	case point <= 0:
		return "0." + strings.Repeat("0", -point) + digits, true
	case point >= len(digits):
		return digits + strings.Repeat("0", point-len(digits)), true
	}
	return digits[:point] + "." + digits[point:], true
}

// value returns the amount in minor units of currency, reading the number with the given
// decimal mark ('.' or ','; 0 when the number has no decimals). More decimals than the
// currency's minor unit make it invalid (msgTooManyDecimals), unless they are zeros or the
// noise of a binary fraction, which is rounded half away from zero (spreadsheets store
// 0.1 + 0.2 as 0.30000000000000004). The canonical number is checked by data.ParseAmount.
func (a amountCell) value(mark byte, currency string) (int64, string) {
	if a.errMsg != "" {
		return 0, a.errMsg
	}
	var intPart, frac strings.Builder
	seenMark := false
	for i := 0; i < len(a.num); i++ {
		c := a.num[i]
		switch {
		case c >= '0' && c <= '9':
			if seenMark {
				frac.WriteByte(c)
			} else {
				intPart.WriteByte(c)
			}
		case c == mark && mark != 0 && !seenMark:
			seenMark = true
		case seenMark:
			return 0, "it is not a number"
		}
	}
	if !checkGroups(a.num, mark) {
		return 0, "misplaced thousands separator"
	}
	digits := data.MinorDigits(currency)
	if f := frac.String(); len(f) > digits && !floatNoise(intPart.String(), f, digits) {
		return 0, fmt.Sprintf(msgTooManyDecimals, currency)
	}
	n, ok := roundDecimal(intPart.String(), frac.String(), digits)
	if !ok {
		return 0, "too large"
	}
	canon := n
	if a.neg {
		canon = "-" + canon
	}
	v, err := data.ParseAmount(canon, currency)
	if err != nil {
		return 0, strings.TrimPrefix(strings.TrimPrefix(err.Error(), data.ErrAmount.Error()), " ")
	}
	return v, ""
}

// msgTooManyDecimals says that an amount has more decimals than its currency (%s) has.
const msgTooManyDecimals = "more decimals than %s has"

// floatNoise reports whether the decimals of intPart.frac beyond the first digits are zeros,
// or the noise of a number stored in binary and written with all its 15 to 17 significant
// digits: 0.30000000000000004, 1234.5699999999999 (but not 1234.5650000000001, which has a
// third decimal).
func floatNoise(intPart, frac string, digits int) bool {
	extra := frac[digits:]
	if strings.Trim(extra, "0") == "" {
		return true
	}
	significant := len(strings.TrimLeft(intPart+frac, "0"))
	return significant >= 15 && (strings.HasPrefix(extra, "0000") || strings.HasPrefix(extra, "9999"))
}

// checkGroups reports whether the grouping separators (everything but the decimal mark) sit
// between groups of three digits.
func checkGroups(num string, mark byte) bool {
	intPart := num
	if mark != 0 {
		if i := strings.IndexByte(num, mark); i >= 0 {
			intPart = num[:i]
		}
	}
	groups := strings.FieldsFunc(intPart, func(r rune) bool { return !(r >= '0' && r <= '9') })
	if len(groups) <= 1 {
		return len(groups) == 1 || mark != 0
	}
	for i, g := range groups {
		if (i == 0 && len(g) > 3) || (i > 0 && len(g) != 3) {
			return false
		}
	}
	return true
}

// roundDecimal rounds intPart.frac to digits decimals, half away from zero, and returns it
// as text with exactly that many decimals ("1234", "5" → "1234.50").
func roundDecimal(intPart, frac string, digits int) (string, bool) {
	intPart = strings.TrimLeft(intPart, "0")
	if len(intPart) > 16 {
		return "", false
	}
	for len(frac) < digits {
		frac += "0"
	}
	keep := []byte(intPart + frac[:digits])
	if len(frac) > digits && frac[digits] >= '5' {
		i := len(keep) - 1
		for ; i >= 0 && keep[i] == '9'; i-- {
			keep[i] = '0'
		}
		if i < 0 {
			keep = append([]byte{'1'}, keep...)
		} else {
			keep[i]++
		}
	}
	s := string(keep)
	for len(s) < digits+1 {
		s = "0" + s
	}
	if digits == 0 {
		return s, true
	}
	return s[:len(s)-digits] + "." + s[len(s)-digits:], true
}
