package data

import (
	"testing"
	"time"
)

func TestDateRoundTrip(t *testing.T) {
	for d := NewDate(1900, 1, 1); d < NewDate(2101, 1, 1); d += 17 {
		y, m, dd := d.Parts()
		if got := NewDate(y, m, dd); got != d {
			t.Fatalf("NewDate(Parts(%d)) = %d", d, got)
		}
		if want := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC).Weekday(); d.Weekday() != want {
			t.Fatalf("%s weekday %v, want %v", d, d.Weekday(), want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"2026-11-22", "2026-11-22", true},
		{"2024-02-29", "2024-02-29", true},
		{"2026-02-29", "", false},
		{"2026-02-31", "", false},
		{"2026-13-01", "", false},
		{"2026-1-01", "", false},
		{"22.11.2026", "", false},
		{"", "", true},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParseDate(%q) error = %v, want ok=%v", tt.in, err, tt.ok)
			continue
		}
		if err == nil && d.String() != tt.want {
			t.Errorf("ParseDate(%q) = %s, want %s", tt.in, d, tt.want)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	tests := []struct {
		name string
		got  Date
		want string
	}{
		{"add days over year end", MustDate("2026-12-25").AddDays(10), "2027-01-04"},
		{"add month clamps", MustDate("2026-01-31").AddMonths(1), "2026-02-28"},
		{"add month leap", MustDate("2024-01-31").AddMonths(1), "2024-02-29"},
		{"minus months", MustDate("2026-03-15").AddMonths(-3), "2025-12-15"},
		{"end of month", MustDate("2026-02-10").EndOfMonth(), "2026-02-28"},
	}
	for _, tt := range tests {
		if tt.got.String() != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, tt.got, tt.want)
		}
	}
	if n := MustDate("2026-03-01") - MustDate("2026-02-01"); n != 28 {
		t.Errorf("days in Feb 2026 = %d", n)
	}
}
