package data

import (
	"errors"
	"testing"
)

func TestFormatMoney(t *testing.T) {
	tests := []struct {
		amount   int64
		currency string
		lang     string
		want     string
	}{
		{123456, "EUR", "en", "€1,234.56"},
		{123456, "EUR", "de", "1.234,56\u00a0€"},
		{123456, "PLN", "pl", "1\u00a0234,56\u00a0zł"},
		{123456, "NOK", "nb", "kr\u00a01\u00a0234,56"},
		{-5, "USD", "en", "-$0.05"},
		{100, "JPY", "en", "JPY 100"},
		{1234567, "KWD", "en", "KWD 1,234.567"},
		{MaxAmount, "EUR", "en", "€9,999,999,999,999.99"},
		{0, "GBP", "en", "£0.00"},
	}
	for _, tt := range tests {
		if got := FormatMoney(tt.amount, tt.currency, tt.lang); got != tt.want {
			t.Errorf("FormatMoney(%d, %s, %s) = %q, want %q", tt.amount, tt.currency, tt.lang, got, tt.want)
		}
	}
}

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in       string
		currency string
		want     int64
		ok       bool
	}{
		{"1234.56", "EUR", 123456, true},
		{"1,234.56", "USD", 123456, true},
		{"1.234,56", "EUR", 123456, true},
		{"1 234,56", "PLN", 123456, true},
		{"1\u00a0234,56 zł", "PLN", 123456, true},
		{"1'234.50", "CHF", 123450, true},
		{"kr 1 234,50", "NOK", 123450, true},
		{"€1,234", "EUR", 123400, true},
		{"1.234", "EUR", 123400, true},
		{"1,5", "EUR", 150, true},
		{"(250.00)", "USD", -25000, true},
		{"-250", "USD", -25000, true},
		{"250-", "USD", -25000, true},
		{"EUR 12.30", "EUR", 1230, true},
		{"12.30 EUR", "EUR", 1230, true},
		{"1,234,567.89", "USD", 123456789, true},
		{"1.234.567,89", "EUR", 123456789, true},
		{"100", "JPY", 100, true},
		{"1.234", "KWD", 1234, true},
		{"0.10", "EUR", 10, true},
		{"12.345", "EUR", 1234500, true},
		{"12.3456", "EUR", 0, false},
		{"abc", "EUR", 0, false},
		{"", "EUR", 0, false},
		{"1,23,456", "EUR", 0, false},
		{"1.234,56,7", "EUR", 0, false},
		{"99999999999999999999", "EUR", 0, false},
		{"1e5", "EUR", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseAmount(tt.in, tt.currency)
		if (err == nil) != tt.ok {
			t.Errorf("ParseAmount(%q) error = %v, want ok=%v", tt.in, err, tt.ok)
			continue
		}
		if err != nil && !errors.Is(err, ErrAmount) {
			t.Errorf("ParseAmount(%q) error %v does not wrap ErrAmount", tt.in, err)
		}
		if got != tt.want {
			t.Errorf("ParseAmount(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestFormatParseRoundTrip(t *testing.T) {
	for _, cur := range Currencies() {
		for _, lang := range Languages {
			for _, v := range []int64{0, 1, 99, 1000, 123456789, -98765, MaxAmount} {
				s := FormatMoney(v, cur, lang)
				got, err := ParseAmount(s, cur)
				if err != nil || got != v {
					t.Fatalf("%s %s: %d → %q → %d, %v", cur, lang, v, s, got, err)
				}
			}
		}
	}
}

func TestMinorDigits(t *testing.T) {
	for cur, want := range map[string]int{"EUR": 2, "NOK": 2, "PLN": 2, "GBP": 2, "USD": 2, "JPY": 0, "KWD": 3, "CLF": 4} {
		if got := MinorDigits(cur); got != want {
			t.Errorf("MinorDigits(%s) = %d, want %d", cur, got, want)
		}
	}
	if ValidCurrency("XXX") || !ValidCurrency("PLN") {
		t.Error("ValidCurrency")
	}
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"1.234,56", "(1,234.56)", "kr 1 234", "12.30 EUR", "-0", "1'000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseAmount(s, "EUR")
		if err != nil {
			return
		}
		if v > MaxAmount || v < -MaxAmount {
			t.Fatalf("%q parsed to out-of-range %d", s, v)
		}
		back, err := ParseAmount(FormatAmount(v, "EUR", "en"), "EUR")
		if err != nil || back != v {
			t.Fatalf("%q → %d does not round-trip: %d %v", s, v, back, err)
		}
	})
}
