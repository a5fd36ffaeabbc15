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
