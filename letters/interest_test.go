package letters

import (
	"testing"

	"overdue/data"
)

// Worked examples: statutory interest on the shipped default tables, one per country, each
// across a change of rate. Amounts: principal × rate × days / 365 per stretch, rounded half up.
func TestInterestWorkedExamples(t *testing.T) {
	tests := []struct {
		name     string
		country  string
		debtor   data.RateDebtor
		amount   int64
		from, to string
		want     []InterestLine // Principal, From, To, Days, RateBP, Amount
	}{
		{"Norway: NOK 10,000 from 1 Jun 2025, 12.50 % then 12.25 % from 1 Jul", "NO", data.RateConsumer, 10_000_00,
			"2025-06-01", "2025-08-29", []InterestLine{
				// 1,000,000 øre × 12.50 % × 30 / 365 = 10,273.97 → NOK 102.74
				{From: d("2025-06-01"), To: d("2025-06-30"), Days: 30, RateBP: 1250, Amount: 102_74},
				// 1,000,000 øre × 12.25 % × 60 / 365 = 20,136.99 → NOK 201.37
				{From: d("2025-07-01"), To: d("2025-08-29"), Days: 60, RateBP: 1225, Amount: 201_37},
			}},
		{"Germany B2B: € 5,000, base 3.37 % + 9 then 2.27 % + 9 from 1 Jan 2025", "DE", data.RateBusiness, 5_000_00,
			"2024-12-16", "2025-01-31", []InterestLine{
				// 500,000 ct × 12.37 % × 16 / 365 = 2,711.23 → € 27.11
				{From: d("2024-12-16"), To: d("2024-12-31"), Days: 16, RateBP: 1237, Amount: 27_11},
				// 500,000 ct × 11.27 % × 31 / 365 = 4,785.89 → € 47.86
				{From: d("2025-01-01"), To: d("2025-01-31"), Days: 31, RateBP: 1127, Amount: 47_86},
			}},
		{"Germany consumer: base + 5", "DE", data.RateConsumer, 1_000_00, "2025-06-01", "2025-07-31", []InterestLine{
			// 100,000 ct × 7.27 % × 30 / 365 = 597.53 → € 5.98
			{From: d("2025-06-01"), To: d("2025-06-30"), Days: 30, RateBP: 727, Amount: 5_98},
			// 100,000 ct × 6.27 % × 31 / 365 = 532.52 → € 5.33
			{From: d("2025-07-01"), To: d("2025-07-31"), Days: 31, RateBP: 627, Amount: 5_33},
		}},
		{"Poland commercial: PLN 20,000, 15.75 % then 15.25 % from 1 Jul 2025", "PL", data.RateBusiness, 20_000_00,
			"2025-06-21", "2025-07-31", []InterestLine{
				// 2,000,000 gr × 15.75 % × 10 / 365 = 8,630.14 → 86.30 zł
				{From: d("2025-06-21"), To: d("2025-06-30"), Days: 10, RateBP: 1575, Amount: 86_30},
				// 2,000,000 gr × 15.25 % × 31 / 365 = 25,904.11 → 259.04 zł
				{From: d("2025-07-01"), To: d("2025-07-31"), Days: 31, RateBP: 1525, Amount: 259_04},
			}},
		{"Poland statutory: changes with the NBP decision of 3 Jul 2025", "PL", data.RateConsumer, 5_000_00,
			"2025-06-24", "2025-07-13", []InterestLine{
				// 500,000 gr × 10.75 % × 9 / 365 = 1,325.34 → 13.25 zł
				{From: d("2025-06-24"), To: d("2025-07-02"), Days: 9, RateBP: 1075, Amount: 13_25},
				// 500,000 gr × 10.50 % × 11 / 365 = 1,582.19 → 15.82 zł
				{From: d("2025-07-03"), To: d("2025-07-13"), Days: 11, RateBP: 1050, Amount: 15_82},
			}},
		{"UK B2B: £2,500, BoE 4.75 % + 8 then 4.25 % + 8 from 1 Jul 2025", "GB", data.RateBusiness, 2_500_00,
			"2025-06-11", "2025-07-10", []InterestLine{
				// 250,000 p × 12.75 % × 20 / 365 = 1,746.58 → £17.47
				{From: d("2025-06-11"), To: d("2025-06-30"), Days: 20, RateBP: 1275, Amount: 17_47},
				// 250,000 p × 12.25 % × 10 / 365 = 839.04 → £8.39
				{From: d("2025-07-01"), To: d("2025-07-10"), Days: 10, RateBP: 1225, Amount: 8_39},
			}},
		{"UK consumer: 8 % simple", "GB", data.RateConsumer, 2_500_00, "2025-06-11", "2025-07-10", []InterestLine{
			// 250,000 p × 8 % × 30 / 365 = 1,643.84 → £16.44
			{From: d("2025-06-11"), To: d("2025-07-10"), Days: 30, RateBP: 800, Amount: 16_44},
		}},
		{"US default: 10 % a year", "US", data.RateBusiness, 1_000_00, "2026-01-01", "2026-01-30", []InterestLine{
			// 100,000 ¢ × 10 % × 30 / 365 = 821.92 → $8.22
			{From: d("2026-01-01"), To: d("2026-01-30"), Days: 30, RateBP: 1000, Amount: 8_22},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rates := RatesFor(defaultRates(t, tt.country), tt.country, tt.debtor)
			got := SimpleInterest(Balance{Amount: tt.amount}, rates, d(tt.from), d(tt.to))
			if len(got) != len(tt.want) {
				t.Fatalf("lines = %+v, want %d", got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Principal != tt.amount || g.From != w.From || g.To != w.To || g.Days != w.Days ||
					g.RateBP != w.RateBP || g.Amount != w.Amount {
					t.Errorf("line %d = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func TestInterestFollowsPartPayments(t *testing.T) {
	rates := RatesFor(defaultRates(t, "NO"), "NO", data.RateBusiness)
	b := Balance{Amount: 10_000_00, Payments: []data.DatedAmount{{Date: d("2025-06-16"), Amount: 4_000_00}}}
	got := SimpleInterest(b, rates, d("2025-06-01"), d("2025-07-10"))
	want := []InterestLine{
		// 1,000,000 øre × 12.50 % × 15 / 365 = 5,136.99 → 51.37
		{Principal: 10_000_00, From: d("2025-06-01"), To: d("2025-06-15"), Days: 15, RateBP: 1250, Amount: 51_37},
		// 600,000 × 12.50 % × 15 / 365 = 3,082.19 → 30.82
		{Principal: 6_000_00, From: d("2025-06-16"), To: d("2025-06-30"), Days: 15, RateBP: 1250, Amount: 30_82},
		// 600,000 × 12.25 % × 10 / 365 = 2,013.70 → 20.14
		{Principal: 6_000_00, From: d("2025-07-01"), To: d("2025-07-10"), Days: 10, RateBP: 1225, Amount: 20_14},
	}
	if len(got) != len(want) {
		t.Fatalf("lines = %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if SumInterest(got) != 102_33 {
		t.Errorf("sum = %d", SumInterest(got))
	}
	if got[0].DailyAmount() != 342 { // 1,000,000 × 12.5 % / 365 = 342.47
		t.Errorf("daily = %d", got[0].DailyAmount())
	}
}

func TestInterestEdges(t *testing.T) {
	rates := RatesFor(defaultRates(t, "NO"), "NO", data.RateConsumer)
	if l := SimpleInterest(Balance{Amount: 100}, rates, d("2025-06-02"), d("2025-06-01")); l != nil {
		t.Errorf("to before from: %+v", l)
	}
	if l := SimpleInterest(Balance{Amount: 100}, rates, d("2020-01-01"), d("2020-12-31")); l != nil {
		t.Errorf("before the first period: %+v", l)
	}
	paid := Balance{Amount: 100_00, Payments: []data.DatedAmount{{Date: d("2025-05-01"), Amount: 100_00}}}
	if l := SimpleInterest(paid, rates, d("2025-06-01"), d("2025-06-30")); l != nil {
		t.Errorf("paid in full: %+v", l)
	}
	// The largest amount Overdue accepts for ten years at 100 % does not overflow.
	huge := simpleInterest(data.MaxAmount, 10000, 3650)
	if huge != data.MaxAmount*10 {
		t.Errorf("huge = %d", huge)
	}
	// A specific row wins over an "all" row starting the same day.
	mixed := []data.InterestRate{
		{Country: "NO", Debtor: data.RateAll, ValidFrom: d("2026-01-01"), MarginBP: 800},
		{Country: "NO", Debtor: data.RateBusiness, ValidFrom: d("2026-01-01"), MarginBP: 900},
	}
	if r := RatesFor(mixed, "NO", data.RateBusiness); len(r) != 1 || r[0].MarginBP != 900 {
		t.Errorf("RatesFor = %+v", r)
	}
}
