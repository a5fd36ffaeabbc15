package spreadsheet

import (
	"strings"
	"time"

	"overdue/data"
)

// DateOrder says how a column writes numeric dates such as 03/04/2026.
type DateOrder int

// Date orders. DateOrderAuto decides from the column and, when it stays ambiguous, from the
// company's country (month first in the US, day first elsewhere).
const (
	DateOrderAuto DateOrder = iota
	DayFirst                // 03/04/2026 is 3 April
	MonthFirst              // 03/04/2026 is March 4
)

// String returns "auto", "day-first" or "month-first".
func (o DateOrder) String() string {
	return [...]string{"auto", "day-first", "month-first"}[o]
}

// Dates outside these years are refused as typing errors (a serial number in the wrong column,
// a year written with three digits).
const (
	minYear = 1970
	maxYear = 2199
)

// dateCell is one date cell as read, before the column's day/month order is known.
type dateCell struct {
	date   data.Date // set when the cell is unambiguous (or a and b are equal)
	a, b   int       // numeric day and month in the order written, when ambiguous
	year   int
	sep    byte // '.', '/' or '-' between the numbers of a numeric date
	first  bool // the first number can only be a day (> 12): day-first evidence
	second bool // the second number can only be a day: month-first evidence
	errMsg string
	code   string
}

// needsOrder reports whether the cell can only be read once the column's order is known.
func (c dateCell) needsOrder() bool { return c.a != 0 && !c.first && !c.second && c.errMsg == "" }

// resolve returns the date for the given order. A cell whose numbers allow only one order
// (25/03/2026) conflicts with a column decided the other way.
func (c dateCell) resolve(o DateOrder) (d data.Date, code, msg string) {
	if c.errMsg != "" || c.date != 0 || c.a == 0 {
		return c.date, c.code, c.errMsg
	}
	want := o
	switch {
	case c.first:
		want = DayFirst
	case c.second:
		want = MonthFirst
	}
	if o != DateOrderAuto && want != o {
		return 0, codeDateOrder, ""
	}
	day, month := c.a, c.b
	if want == MonthFirst {
		day, month = c.b, c.a
	}
	return makeDate(c.year, month, day)
}

func makeDate(y, m, d int) (data.Date, string, string) {
	if y < minYear || y > maxYear {
		return 0, codeDateRange, "the year is outside 1970–2199"
	}
	if !data.ValidDate(y, m, d) {
		return 0, codeDateImpossible, "this date does not exist"
	}
	return data.NewDate(y, time.Month(m), d), "", ""
}

// serialDate converts a spreadsheet serial day number to a date (1900 or 1904 date system).
func serialDate(serial int, date1904 bool) (data.Date, string, string) {
	var d data.Date
	switch {
	case date1904:
		d = data.NewDate(1904, 1, 1).AddDays(serial)
	case serial == 60: // 29 February 1900, which Lotus and Excel count but which never was
		return 0, codeDateImpossible, "this date does not exist"
	case serial < 60:
		d = data.NewDate(1899, 12, 31).AddDays(serial)
	default:
		d = data.NewDate(1899, 12, 30).AddDays(serial)
	}
	y, _, _ := d.Parts()
	if serial < 0 || y < minYear || y > maxYear {
		return 0, codeDateRange, "the year is outside 1970–2199"
	}
	return d, "", ""
}

// parseDateCell reads a date the way people and programs write them: a serial day number,
// ISO 2026-03-04 (with or without a time), 4.3.2026, 04/03/2026, 03/04/26, 20260304,
// "4 Mar 2026", "4. März 2026", "Mar 4, 2026", "4 marca 2026 r.".
func parseDateCell(s string, date1904 bool) dateCell {
	s = strings.TrimSpace(s)
	if s == "" {
		return dateCell{}
	}
	bad := dateCell{errMsg: "not a date", code: codeDateInvalid}
	if serial, intDigits, ok := numericSerial(s); ok {
		if len(s) == 8 && intDigits == 8 && s[0] >= '1' && s[0] <= '2' { // 20260304
			d, code, msg := makeDate(atoi(s[:4]), atoi(s[4:6]), atoi(s[6:]))
			return dateCell{date: d, code: code, errMsg: msg}
		}
		if intDigits > 7 {
			return bad
		}
		d, code, msg := serialDate(serial, date1904)
		return dateCell{date: d, code: code, errMsg: msg}
	}
	s = cutTime(strings.ToLower(s))
	if c, ok := numericDate(s); ok {
		return c
	}
	if c, ok := namedMonthDate(s); ok {
		return c
	}
	return bad
}

// numericSerial recognises an integer or a decimal number of at least three integer digits
// (a serial day number with a time fraction) and returns its integer part and digit count.
func numericSerial(s string) (n, intDigits int, ok bool) {
	frac := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if !frac {
				intDigits++
				if intDigits <= 9 {
					n = n*10 + int(c-'0')
				}
			}
		case c == '.' && !frac && i >= 3 && i < len(s)-1:
			frac = true
		default:
			return 0, 0, false
		}
	}
	return n, intDigits, true
}

// cutTime removes a time of day after the date: "2026-03-04T10:00:00Z", "04.03.2026 12:30".
func cutTime(s string) string {
	if i := strings.IndexByte(s, 't'); i == 10 && isDigits(s[:4]) {
		return s[:10]
	}
	if i := strings.LastIndexByte(s, ' '); i > 0 && strings.Contains(s[i:], ":") {
		return strings.TrimSpace(s[:i])
	}
	return s
}

// numericDate reads three numbers separated by . / or - (an optional trailing dot allowed).
func numericDate(s string) (dateCell, bool) {
	s = strings.TrimSuffix(s, ".")
	var sep byte
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '.' || c == '/' || c == '-' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return dateCell{}, false
	}
	parts := strings.Split(s, string(sep))
	if len(parts) != 3 {
		return dateCell{}, false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || len(p) > 4 || !isDigits(p) {
			return dateCell{}, false
		}
	}
	p0, p1, p2 := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1]), strings.TrimSpace(parts[2])
	if len(p0) == 4 { // year first: always year, month, day
		d, code, msg := makeDate(atoi(p0), atoi(p1), atoi(p2))
		return dateCell{date: d, code: code, errMsg: msg}, true
	}
	if len(p0) > 2 || len(p1) > 2 || (len(p2) != 2 && len(p2) != 4) {
		return dateCell{}, false
	}
	y := atoi(p2)
	if len(p2) == 2 {
		y = twoDigitYear(y)
	}
	a, b := atoi(p0), atoi(p1)
	c := dateCell{a: a, b: b, year: y, sep: sep, first: a > 12, second: b > 12}
	switch {
	case a > 12 && b > 12, a == 0 || b == 0:
		return dateCell{errMsg: "this date does not exist", code: codeDateImpossible}, true
	case a == b:
		c.date, c.code, c.errMsg = makeDate(y, a, a)
		c.a = 0
	}
	return c, true
}

func twoDigitYear(y int) int {
	if y < 70 {
		return 2000 + y
	}
	return 1900 + y
}

// namedMonthDate reads dates with the month as a word: "4 mar 2026", "4. märz 2026",
// "mar 4, 2026", "04-mar-26", "4 marca 2026 r.".
func namedMonthDate(s string) (dateCell, bool) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '.' || r == ',' || r == '-' || r == '/' })
	if len(f) == 4 && (f[3] == "r" || f[3] == "rok") {
		f = f[:3]
	}
	if len(f) != 3 {
		return dateCell{}, false
	}
	var day, month, year int
	for i, w := range f {
		if m, ok := monthNames[data.FoldSearch(w)]; ok && month == 0 {
			month = m
			continue
		}
		if !isDigits(w) || len(w) > 4 {
			return dateCell{}, false
		}
		switch {
		case len(w) == 4 || (i == 2 && day != 0):
			year = atoi(w)
			if len(w) == 2 {
				year = twoDigitYear(year)
			}
		case day == 0:
			day = atoi(w)
		default:
			return dateCell{}, false
		}
	}
	if month == 0 || day == 0 || year == 0 {
		return dateCell{}, false
	}
	d, code, msg := makeDate(year, month, day)
	return dateCell{date: d, code: code, errMsg: msg}, true
}

// monthNames are month names and abbreviations in English, German, Norwegian and Polish
// (Polish in the nominative and the genitive used in dates), folded as data.FoldSearch does.
var monthNames = func() map[string]int {
	m := map[string]int{}
	lists := []string{
		"jan january januar jänner janner styczen stycznia sty",
		"feb february februar luty lutego lut febr",
		"mar march märz marz maerz mrz mars marzec marca",
		"apr april kwiecien kwietnia kwi",
		"may mai maj maja",
		"jun june juni czerwiec czerwca cze",
		"jul july juli lipiec lipca lip",
		"aug august sierpien sierpnia sie",
		"sep sept september wrzesien wrzesnia wrz",
		"oct october okt oktober pazdziernik pazdziernika paz",
		"nov november listopad listopada lis",
		"dec december dez dezember des desember grudzien grudnia gru",
	}
	for i, l := range lists {
		for _, w := range strings.Fields(l) {
			m[data.FoldSearch(w)] = i + 1
		}
	}
	return m
}()

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// DisplayCell returns a cell of column field as the window's preview shows it: a date
// column's serial number (how xlsx stores dates) as the date it stands for, anything else
// as read.
func (b *Book) DisplayCell(f Field, cell string) string {
	if f != FieldIssueDate && f != FieldDueDate && f != FieldPaymentDate {
		return cell
	}
	n, intDigits, ok := numericSerial(strings.TrimSpace(cell))
	if !ok || intDigits > 6 {
		return cell
	}
	if d, code, _ := serialDate(n, b.date1904); code == "" && d != 0 {
		return d.String()
	}
	return cell
}
