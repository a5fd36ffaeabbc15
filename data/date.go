package data

import (
	"database/sql/driver"
	"fmt"
	"time"
)

// Date is a calendar date without time or zone, stored as a Julian Day Number.
// The zero value means "no date"; every real date is a large positive number, so
// dates compare and subtract as plain integers (b - a is the number of days).
type Date int32

// NewDate returns the date for the given year, month and day. Out-of-range parts
// are normalised the way time.Date does (31 Feb becomes 3 Mar); use ParseDate to reject them.
func NewDate(year int, month time.Month, day int) Date {
	if month < 1 || month > 12 || day < 1 || day > 28 {
		t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
		year, month, day = t.Year(), t.Month(), t.Day()
	}
	// Fliegel & Van Flandern, integer arithmetic, proleptic Gregorian calendar.
	y, m := year, int(month)
	a := (14 - m) / 12
	y2 := y + 4800 - a
	m2 := m + 12*a - 3
	return Date(day + (153*m2+2)/5 + 365*y2 + y2/4 - y2/100 + y2/400 - 32045)
}

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date { return NewDate(t.Year(), t.Month(), t.Day()) }

// Today returns the current date in the local time zone.
func Today() Date { return DateOf(time.Now()) }

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d == 0 }

// Parts returns the year, month and day of d.
func (d Date) Parts() (year int, month time.Month, day int) {
	a := int(d) + 32044
	b := (4*a + 3) / 146097
	c := a - 146097*b/4
	e := (4*c + 3) / 1461
	f := c - 1461*e/4
	m := (5*f + 2) / 153
	day = f - (153*m+2)/5 + 1
	month = time.Month(m + 3 - 12*(m/10))
	year = 100*b + e - 4800 + m/10
	return year, month, day
}

// Time returns midnight UTC of d.
func (d Date) Time() time.Time {
	y, m, dd := d.Parts()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date { return d + Date(n) }

// AddMonths returns d moved by n calendar months, clamped to the month's last day
// (31 Jan + 1 month is 28 or 29 Feb).
func (d Date) AddMonths(n int) Date {
	y, m, dd := d.Parts()
	total := int(m) - 1 + n
	y += total / 12
	if total%12 < 0 {
		y--
	}
	mm := time.Month((total%12+12)%12 + 1)
	if last := DaysIn(y, mm); dd > last {
		dd = last
	}
	return NewDate(y, mm, dd)
}

// DaysIn returns the number of days in the given month.
func DaysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// EndOfMonth returns the last day of d's month.
func (d Date) EndOfMonth() Date {
	y, m, _ := d.Parts()
	return NewDate(y, m, DaysIn(y, m))
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return time.Weekday((int(d) + 1) % 7) }

// String formats d as YYYY-MM-DD, or "" when unset.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	y, m, dd := d.Parts()
	return fmt.Sprintf("%04d-%02d-%02d", y, int(m), dd)
}

// ParseDate reads an ISO date (YYYY-MM-DD) and rejects impossible ones such as 2026-02-31.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return 0, nil
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	y, ok1 := atoiDigits(s[0:4])
	m, ok2 := atoiDigits(s[5:7])
	dd, ok3 := atoiDigits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return 0, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	if !ValidDate(y, m, dd) {
		return 0, fmt.Errorf("date %q does not exist", s)
	}
	return NewDate(y, time.Month(m), dd), nil
}

// ValidDate reports whether year-month-day is a real calendar date in years 1000–9999.
func ValidDate(year, month, day int) bool {
	return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 &&
		day >= 1 && day <= DaysIn(year, time.Month(month))
}

// MustDate parses an ISO date and panics on error; for tests and fixed tables.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func atoiDigits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// Value stores d as ISO text (NULL when unset).
func (d Date) Value() (driver.Value, error) {
	if d == 0 {
		return nil, nil
	}
	return d.String(), nil
}

// Scan reads ISO text or NULL.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = 0
		return nil
	case string:
		p, err := ParseDate(v)
		*d = p
		return err
	case []byte:
		p, err := ParseDate(string(v))
		*d = p
		return err
	case time.Time:
		*d = NewDate(v.Year(), v.Month(), v.Day())
		return nil
	}
	return fmt.Errorf("scan date: unsupported type %T", src)
}
