package data

import (
	"math/rand/v2"
	"testing"
	"time"
)

func TestStampMatchesTheLayout(t *testing.T) {
	oslo, err := time.LoadLocation("Europe/Oslo")
	if err != nil {
		oslo = time.FixedZone("CET", 3600)
	}
	tests := []struct {
		name string
		at   time.Time
	}{
		{"zero", time.Time{}},
		{"UTC with microseconds", time.Date(2026, 11, 1, 9, 5, 7, 123456789, time.UTC)},
		{"local time, day before in UTC", time.Date(2026, 1, 1, 0, 30, 0, 0, oslo)},
		{"last microsecond of a year", time.Date(1999, 12, 31, 23, 59, 59, 999999999, time.UTC)},
		{"year 9999", time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)},
		{"year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)},
		{"before year 0", time.Date(-1, 6, 1, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := stamp(tt.at), tt.at.UTC().Format(stampLayout); got != want {
				t.Errorf("stamp(%v) = %q, want %q", tt.at, got, want)
			}
		})
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 10000 {
		at := time.Unix(r.Int64N(1<<36)-1<<35, r.Int64N(1e9)).In(oslo)
		if got, want := stamp(at), at.UTC().Format(stampLayout); got != want {
			t.Fatalf("stamp(%v) = %q, want %q", at, got, want)
		}
	}
}

func TestDateValueMatchesDateValuer(t *testing.T) {
	for _, d := range []Date{0, 1, -1, -800000, 3000000, MustDate("1970-01-01"), MustDate("2024-02-29"),
		MustDate("2026-12-31"), MustDate("9999-12-31"), MustDate("9999-12-31") + 1, 2000000000} {
		want, _ := d.Value()
		if got, err := dateValue(d); err != nil || got != want {
			t.Errorf("dateValue(%d) = %v, %v; want %v", d, got, err, want)
		}
	}
	for d := MustDate("1899-12-25"); d < MustDate("2101-01-07"); d += 3 {
		want, _ := d.Value()
		if got, _ := dateValue(d); got != want {
			t.Fatalf("dateValue(%d) = %v, want %v", d, got, want)
		}
	}
}
