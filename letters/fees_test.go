package letters

import (
	"strings"
	"testing"

	"overdue/data"
)

func level(country string, fee int64, currency string, compensation bool) data.DunningLevel {
	return data.DunningLevel{Country: country, Level: 3, Name: "L3", Action: data.ActionLetter, DaysPastDue: 60,
		DeadlineDays: 14, Fee: fee, Currency: currency, Interest: true, Compensation: compensation, TextKey: "firm"}
}

func inv(number string, amount int64, currency, due string) data.Invoice {
	return data.Invoice{Number: number, Amount: amount, Currency: currency, DueDate: d(due), IssueDate: d(due).AddDays(-14)}
}

// Worked examples of reminder fees and fixed compensation on the shipped default tables.
func TestChargesWorkedExamples(t *testing.T) {
	eurpln := []data.ExchangeRate{
		{Date: d("2025-04-30"), From: "EUR", To: "PLN", RateMicro: 4_270_000},
		{Date: d("2025-05-30"), From: "EUR", To: "PLN", RateMicro: 4_250_000},
		{Date: d("2025-06-30"), From: "EUR", To: "PLN", RateMicro: 4_240_000},
	}
	fee35 := []data.Letter{{Fee: 35_00}}
	tests := []struct {
		name     string
		in       ChargeInput
		fee      int64
		before   int64
		comp     int64
		noteWith string
	}{
		{"Norway purring: NOK 35", ChargeInput{Country: "NO", Debtor: data.Consumer, Level: level("NO", 35_00, "NOK", false),
			Currency: "NOK", Date: d("2026-03-01")}, 35_00, 0, 0, ""},
		{"Norway: a NOK 50 fee is capped at 35", ChargeInput{Country: "NO", Debtor: data.Consumer,
			Level: level("NO", 50_00, "NOK", false), Currency: "NOK", Date: d("2026-03-01")}, 35_00, 0, 0, "capped"},
		{"Norway: no third fee", ChargeInput{Country: "NO", Debtor: data.Consumer, Level: level("NO", 35_00, "NOK", false),
			Currency: "NOK", Date: d("2026-03-01"), Episode: []data.Letter{{Fee: 35_00}, {Fee: 35_00}}}, 0, 70_00, 0, "at most 2"},
		{"Norway B2B: standard compensation NOK 460 less the fees (35 + 35)", ChargeInput{Country: "NO", Debtor: data.Business,
			Level: level("NO", 35_00, "NOK", true), Currency: "NOK", Date: d("2026-03-01"), Episode: fee35,
			Invoices: []data.Invoice{inv("A", 10_000_00, "NOK", "2026-01-15")}}, 35_00, 35_00, 390_00, ""},
		{"Norway B2B 2025: NOK 470 per invoice, two invoices", ChargeInput{Country: "NO", Debtor: data.Business,
			Level: level("NO", 0, "NOK", true), Currency: "NOK", Date: d("2025-09-01"),
			Invoices: []data.Invoice{inv("A", 100_00, "NOK", "2025-06-15"), inv("B", 100_00, "NOK", "2025-07-15")}}, 0, 0, 940_00, ""},
		// § 288 Abs. 5 Satz 3 BGB: the flat fee is credited against the reminder costs.
		{"Germany B2B: € 40 per invoice, less the € 2.50 fee", ChargeInput{Country: "DE", Debtor: data.Business,
			Level: level("DE", 2_50, "EUR", true), Currency: "EUR", Date: d("2026-03-01"),
			Invoices: []data.Invoice{inv("A", 10_00, "EUR", "2026-01-15"), inv("B", 90_000_00, "EUR", "2026-01-20")}}, 2_50, 0, 77_50, ""},
		{"Germany consumer: no compensation", ChargeInput{Country: "DE", Debtor: data.Consumer,
			Level: level("DE", 2_50, "EUR", true), Currency: "EUR", Date: d("2026-03-01"),
			Invoices: []data.Invoice{inv("A", 10_00, "EUR", "2026-01-15")}}, 2_50, 0, 0, ""},
		{"Germany: € 5 fee capped at actual costs of € 2.50", ChargeInput{Country: "DE", Debtor: data.Consumer,
			Level: level("DE", 5_00, "EUR", false), Currency: "EUR", Date: d("2026-03-01")}, 2_50, 0, 0, "capped"},
		{"Poland: 40 / 70 / 100 EUR at the NBP rate of the month before the due date", ChargeInput{Country: "PL",
			Debtor: data.SoleTrader, Level: level("PL", 0, "PLN", true), Currency: "PLN", Date: d("2025-09-01"), Rates: eurpln,
			Invoices: []data.Invoice{
				inv("A", 4_999_99, "PLN", "2025-06-20"),  // 40 EUR × 4.25 (30 May) = 170.00 zł
				inv("B", 5_000_00, "PLN", "2025-06-20"),  // 70 EUR × 4.25 = 297.50 zł
				inv("C", 50_000_00, "PLN", "2025-07-01"), // 100 EUR × 4.24 (30 Jun) = 424.00 zł
			}}, 0, 0, 170_00 + 297_50 + 424_00, ""},
		{"Poland: no rate entered, no compensation, a note says so", ChargeInput{Country: "PL", Debtor: data.Business,
			Level: level("PL", 0, "PLN", true), Currency: "PLN", Date: d("2025-09-01"),
			Invoices: []data.Invoice{inv("A", 1_000_00, "PLN", "2025-06-20")}}, 0, 0, 0, "exchange rate"},
		{"UK B2B: £40 / £70 / £100", ChargeInput{Country: "GB", Debtor: data.Business, Level: level("GB", 0, "GBP", true),
			Currency: "GBP", Date: d("2026-03-01"), Invoices: []data.Invoice{
				inv("A", 999_99, "GBP", "2026-01-10"), inv("B", 1_000_00, "GBP", "2026-01-10"),
				inv("C", 9_999_99, "GBP", "2026-01-10"), inv("D", 10_000_00, "GBP", "2026-01-10")}},
			0, 0, 40_00 + 70_00 + 70_00 + 100_00, ""},
		{"UK consumer: nothing", ChargeInput{Country: "GB", Debtor: data.Consumer, Level: level("GB", 0, "GBP", true),
			Currency: "GBP", Date: d("2026-03-01"), Invoices: []data.Invoice{inv("A", 999_99, "GBP", "2026-01-10")}}, 0, 0, 0, ""},
		{"a fee in another currency is left out", ChargeInput{Country: "NO", Debtor: data.Consumer,
			Level: level("NO", 35_00, "NOK", false), Currency: "EUR", Date: d("2026-03-01")}, 0, 0, 0, "in NOK"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.in.Rules = defaultFees(t, tt.in.Country)
			c := ComputeCharges(tt.in)
			if c.Fee != tt.fee || c.FeesBefore != tt.before || c.Compensation != tt.comp {
				t.Errorf("charges = %+v; want fee %d, before %d, compensation %d", c, tt.fee, tt.before, tt.comp)
			}
			notes := strings.Join(c.Notes, "; ")
			if (tt.noteWith == "") != (notes == "") || !strings.Contains(notes, tt.noteWith) {
				t.Errorf("notes = %q, want one with %q", notes, tt.noteWith)
			}
		})
	}
}

func TestConvert(t *testing.T) {
	rates := []data.ExchangeRate{{Date: d("2026-01-30"), From: "EUR", To: "PLN", RateMicro: 4_213_400},
		{Date: d("2026-01-30"), From: "USD", To: "JPY", RateMicro: 150_250_000}}
	tests := []struct {
		amount   int64
		from, to string
		on       string
		want     int64
		ok       bool
	}{
		{40_00, "EUR", "PLN", "2026-02-01", 168_54, true}, // 40 × 4.2134 = 168.536
		{168_54, "PLN", "EUR", "2026-02-01", 40_00, true}, // the inverse
		{40_00, "EUR", "PLN", "2026-01-29", 0, false},     // no rate yet
		{1_00, "USD", "JPY", "2026-02-01", 150, true},     // JPY has no minor unit
		{5_00, "EUR", "EUR", "2026-01-01", 5_00, true},
	}
	for _, tt := range tests {
		got, ok := Convert(tt.amount, tt.from, tt.to, rates, d(tt.on))
		if got != tt.want || ok != tt.ok {
			t.Errorf("Convert(%d %s→%s) = %d, %v; want %d, %v", tt.amount, tt.from, tt.to, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLastWorkingDayOfPreviousMonth(t *testing.T) {
	for _, tt := range []struct{ due, want string }{
		{"2026-06-15", "2026-05-29"}, // 31 May 2026 is a Sunday
		{"2026-04-10", "2026-03-31"}, // a Tuesday
		{"2026-03-02", "2026-02-27"}, // 28 February 2026 is a Saturday
	} {
		if got := lastWorkingDayOfPreviousMonth(d(tt.due)); got != d(tt.want) {
			t.Errorf("due %s: rate of %s, want %s", tt.due, got, tt.want)
		}
	}
}

// TestPolishCompensationIsSpelledOut checks that a compensation set in euro is listed per
// invoice with the date of the NBP rate used, so that the debtor can check it.
func TestPolishCompensationIsSpelledOut(t *testing.T) {
	f := newFixture(t, "PL", "pl", data.Business, "2026-01-05")
	for _, day := range []string{"2025-12-31", "2026-01-30", "2026-02-27"} { // last working days
		if err := f.store.SaveExchangeRate(&data.ExchangeRate{Date: d(day), From: "EUR", To: "PLN", RateMicro: 4_250_000,
			Source: "NBP"}); err != nil {
			t.Skipf("exchange rates: %v", err)
		}
	}
	f.reopen(t)
	it := f.item(t, "2026-01-06")
	it.Level, _ = f.book.Ladder.Level(3)
	dr, err := f.book.Prepare(it, d("2026-01-06"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dr.Charges.Converted) == 0 || !strings.Contains(dr.Body, "za fakturę") ||
		!strings.Contains(dr.Body, "przeliczone po średnim kursie NBP z dnia") {
		t.Errorf("compensation %+v not spelled out:\n%s", dr.Charges, dr.Body)
	}
}
