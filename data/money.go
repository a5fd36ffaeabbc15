package data

import (
	"errors"
	"fmt"
	"strings"
)

// MaxAmount is the largest absolute amount, in minor units, that Overdue accepts
// (just under ten trillion units of any currency). Larger values are taken to be typing or import errors.
const MaxAmount int64 = 999_999_999_999_999

// Money is an amount in minor units (cents, øre, grosze) of an ISO 4217 currency.
type Money struct {
	Amount   int64
	Currency string
}

// String formats m for English readers, e.g. "EUR 1,234.56".
func (m Money) String() string { return FormatMoney(m.Amount, m.Currency, "en") }

// currencyDigits lists ISO 4217 currencies whose minor unit is not 2 digits.
var currencyDigits = map[string]int{
	"BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
	"RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
	"BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
	"CLF": 4, "UYW": 4,
}

// knownCurrencies are the ISO 4217 codes Overdue accepts (active codes as of 2026).
var knownCurrencies = strings.Fields(`AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL
BSD BTN BWP BYN BZD CAD CDF CHF CLF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS
GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP
LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP
PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY
TTD TWD TZS UAH UGX USD UYI UYU UYW UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG`)

var currencySet = func() map[string]bool {
	m := make(map[string]bool, len(knownCurrencies))
	for _, c := range knownCurrencies {
		m[c] = true
	}
	return m
}()

// ValidCurrency reports whether code is a known ISO 4217 currency code.
func ValidCurrency(code string) bool { return currencySet[code] }

// Currencies returns every accepted currency code, sorted.
func Currencies() []string { return append([]string(nil), knownCurrencies...) }

// MinorDigits returns how many decimal digits the currency's minor unit has (2 for EUR, 0 for JPY, 3 for KWD).
func MinorDigits(currency string) int {
	if d, ok := currencyDigits[currency]; ok {
		return d
	}
	return 2
}

// separators describes how a locale writes numbers.
type separators struct{ group, decimal string }

func localeSeparators(lang string) separators {
	switch lang {
	case "de":
		return separators{".", ","}
	case "pl", "nb", "no", "nn":
		return separators{"\u00a0", ","}
	default:
		return separators{",", "."}
	}
}

// FormatAmount formats minor units as a plain number in the language's style:
// 1,234.56 (en), 1.234,56 (de), 1 234,56 (pl, nb; with a no-break space).
func FormatAmount(amount int64, currency, lang string) string {
	sep := localeSeparators(lang)
	digits := MinorDigits(currency)
	neg := amount < 0
	u := uint64(amount)
	if neg {
		u = uint64(-amount)
	}
	pow := uint64(1)
	for i := 0; i < digits; i++ {
		pow *= 10
	}
	whole, frac := u/pow, u%pow
	ws := fmt.Sprintf("%d", whole)
	var b strings.Builder
	if neg {
		b.WriteString("-")
	}
	for i, r := range ws {
		if i > 0 && (len(ws)-i)%3 == 0 {
			b.WriteString(sep.group)
		}
		b.WriteRune(r)
	}
	if digits > 0 {
		b.WriteString(sep.decimal)
		b.WriteString(fmt.Sprintf("%0*d", digits, frac))
	}
	return b.String()
}

// FormatMoney formats an amount with its currency the way the language writes it:
// "€1,234.56" / "$1,234.56" / "£1,234.56" in English, "1.234,56 €" in German,
// "1 234,56 zł" in Polish, "kr 1 234,56" in Norwegian; other currencies carry their ISO code.
func FormatMoney(amount int64, currency, lang string) string {
	n := FormatAmount(amount, currency, lang)
	sym := map[string]string{"EUR": "€", "USD": "$", "GBP": "£"}
	switch lang {
	case "en":
		if s, ok := sym[currency]; ok {
			if strings.HasPrefix(n, "-") {
				return "-" + s + n[1:]
			}
			return s + n
		}
		return currency + " " + n
	case "nb", "no", "nn":
		if currency == "NOK" {
			return "kr\u00a0" + n
		}
	case "pl":
		if currency == "PLN" {
			return n + "\u00a0zł"
		}
	}
	if s, ok := sym[currency]; ok && lang == "de" {
		return n + "\u00a0" + s
	}
	return n + "\u00a0" + currency
}

// ErrAmount is wrapped by every amount parsing error.
var ErrAmount = errors.New("invalid amount")

// currencyMarks are stripped from amounts before parsing.
var currencyMarks = []string{"€", "$", "£", "zł", "ZŁ", "Zł", "kr.", "kr", "Kr", "NOK", "PLN", "EUR", "USD", "GBP", "SEK", "DKK", "CHF"}

// ParseAmount reads an amount as people write it in English, German, Norwegian and Polish and
// returns minor units of currency. It accepts thousands separators (comma, dot, space,
// no-break space, apostrophe), a decimal comma or dot, a currency symbol or code, and
// negatives written -x, x- or (x). A lone separator followed by exactly three digits is a
// thousands separator unless the currency has three decimals.
func ParseAmount(s, currency string) (int64, error) {
	orig := s
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, fmt.Errorf("%w: empty", ErrAmount)
	}
	neg := false
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		neg, s = true, strings.TrimSpace(s[1:len(s)-1])
	}
	for _, mark := range currencyMarks {
		s = strings.ReplaceAll(s, mark, "")
	}
	if len(s) > 3 && isUpperCode(s[:3]) && ValidCurrency(s[:3]) {
		s = s[3:]
	}
	if len(s) > 3 && isUpperCode(s[len(s)-3:]) && ValidCurrency(s[len(s)-3:]) {
		s = s[:len(s)-3]
	}
	s = strings.TrimSpace(s)
	switch {
	case strings.HasPrefix(s, "-"), strings.HasPrefix(s, "−"):
		neg = !neg
		s = strings.TrimLeft(s, "-−")
	case strings.HasSuffix(s, "-"):
		neg = !neg
		s = strings.TrimSuffix(s, "-")
	case strings.HasPrefix(s, "+"):
		s = s[1:]
	}
	s = strings.TrimSpace(s)
	var digits strings.Builder
	var seps []byte
	var sepPos []int
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits.WriteRune(r)
		case r == '.' || r == ',':
			seps = append(seps, byte(r))
			sepPos = append(sepPos, digits.Len())
		case r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\'' || r == '’':
			// thousands separators that can never be decimal marks
		default:
			return 0, fmt.Errorf("%w %q: unexpected %q", ErrAmount, orig, r)
		}
	}
	ds := digits.String()
	if ds == "" {
		return 0, fmt.Errorf("%w %q: no digits", ErrAmount, orig)
	}
	minor := MinorDigits(currency)
	decimals := 0
	if n := len(seps); n > 0 {
		last := seps[n-1]
		after := len(ds) - sepPos[n-1]
		count := strings.Count(string(seps), string(last))
		groups := sepPos
		switch {
		case count != n: // both kinds: the last one is the decimal mark
			if count > 1 {
				return 0, fmt.Errorf("%w %q: mixed separators", ErrAmount, orig)
			}
			decimals, groups = after, sepPos[:n-1]
		case count > 1 || (after == 3 && minor != 3):
			// repeated, or one followed by three digits: thousands separators
		default:
			decimals, groups = after, nil
		}
		end := len(ds) - decimals
		for i, p := range groups {
			next := end
			if i+1 < len(groups) {
				next = groups[i+1]
			}
			if next-p != 3 || p == 0 {
				return 0, fmt.Errorf("%w %q: misplaced thousands separator", ErrAmount, orig)
			}
		}
	}
	intPart, fracPart := ds[:len(ds)-decimals], ds[len(ds)-decimals:]
	for len(fracPart) > minor && strings.HasSuffix(fracPart, "0") {
		fracPart = fracPart[:len(fracPart)-1]
	}
	if len(fracPart) > minor {
		return 0, fmt.Errorf("%w %q: %s has only %d decimals", ErrAmount, orig, currency, minor)
	}
	for len(fracPart) < minor {
		fracPart += "0"
	}
	all := strings.TrimLeft(intPart+fracPart, "0")
	if len(all) > 15 {
		return 0, fmt.Errorf("%w %q: too large", ErrAmount, orig)
	}
	var v int64
	for _, c := range all {
		v = v*10 + int64(c-'0')
	}
	if v > MaxAmount {
		return 0, fmt.Errorf("%w %q: too large", ErrAmount, orig)
	}
	if neg {
		v = -v
	}
	return v, nil
}

func isUpperCode(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
