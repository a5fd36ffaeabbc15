package letters

import (
	"testing"

	"overdue/data"
)

// TestMissingRates checks which half-years the shipped tables lack on given dates, and that
// adding the row for the half-year (even at an unchanged rate) makes the warning go away.
func TestMissingRates(t *testing.T) {
	shipped := func(t *testing.T, country string) []data.InterestRate {
		t.Helper()
		f := newFixture(t, country, "en", data.Business, "2026-01-05")
		return f.book.Rates
	}
	tests := []struct {
		name    string
		country string
		asOf    string
		add     *data.InterestRate
		want    []data.RateDebtor
		from    string
	}{
		{"Norway, first half of 2026 is in the table", "NO", "2026-06-30", nil, nil, ""},
		{"Norway, second half of 2026 is not", "NO", "2026-07-01", nil,
			[]data.RateDebtor{data.RateConsumer, data.RateBusiness}, "2026-07-01"},
		{"Norway, the user adds the rate for July", "NO", "2026-11-22",
			&data.InterestRate{Country: "NO", Debtor: data.RateAll, ValidFrom: data.MustDate("2026-07-01"), BaseBP: 400,
				MarginBP: 800}, nil, ""},
		{"Germany, both debtor kinds", "DE", "2026-11-22", nil,
			[]data.RateDebtor{data.RateConsumer, data.RateBusiness}, "2026-07-01"},
		{"Poland, the commercial rate only", "PL", "2026-02-01", nil, []data.RateDebtor{data.RateBusiness}, "2026-01-01"},
		{"England, consumers' 8 % never changes", "GB", "2026-03-01", nil, []data.RateDebtor{data.RateBusiness},
			"2026-01-01"},
		{"United States, a fixed state rate", "US", "2026-11-22", nil, nil, ""},
		{"a date before the last row", "DE", "2025-08-01", nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rates := shipped(t, tt.country)
			if tt.add != nil {
				rates = append(rates, *tt.add)
			}
			got := MissingRates(rates, tt.country, d(tt.asOf))
			if len(got) != len(tt.want) {
				t.Fatalf("missing %+v, want %v", got, tt.want)
			}
			for i, m := range got {
				if m.Debtor != tt.want[i] || m.From != d(tt.from) || m.Using.ValidFrom >= m.From || m.Country != tt.country {
					t.Errorf("missing[%d] = %+v, want %s from %s", i, m, tt.want[i], tt.from)
				}
			}
		})
	}
}

// TestMissingRatesListsEveryHalfYear checks that each half-year since the last row is
// reported, not only the current one (Poland's commercial table ends with July 2025).
func TestMissingRatesListsEveryHalfYear(t *testing.T) {
	f := newFixture(t, "PL", "pl", data.Business, "2026-01-05")
	got := MissingRates(f.book.Rates, "PL", d("2026-11-22"))
	if len(got) != 2 || got[0].From != d("2026-01-01") || got[1].From != d("2026-07-01") ||
		got[0].Using.ValidFrom != d("2025-07-01") {
		t.Errorf("missing %+v, want 2026-01-01 and 2026-07-01 falling back on 2025-07-01", got)
	}
}
