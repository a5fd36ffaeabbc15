package letters

import (
	"time"

	"overdue/data"
)

// halfYearly lists the statutory rates that are fixed for each half-year (from 1 January
// and 1 July): the table needs a row for the current half-year, even when the rate did not
// change, before letters can be sure of it. Rates that change at irregular dates (Poland's
// rate for consumers follows each NBP decision) or never (England's 8 %, US state rates)
// are not listed.
var halfYearly = map[string][]data.RateDebtor{
	"NO": {data.RateConsumer, data.RateBusiness}, // forsinkelsesrente, Norges Bank rate + 8
	"DE": {data.RateConsumer, data.RateBusiness}, // Basiszinssatz + 5 / + 9
	"PL": {data.RateBusiness},                    // transakcje handlowe: reference rate + 10
	"GB": {data.RateBusiness},                    // Late Payment Act: base rate + 8
}

// MissingRate is a half-year whose statutory rate the table does not have yet: letters
// charge interest at the last known rate (Using) until the user adds it.
type MissingRate struct {
	Country string
	Debtor  data.RateDebtor
	From    data.Date         // start of the half-year without a row
	Using   data.InterestRate // the row letters fall back on
}

// MissingRates returns, for the country's half-yearly rates, every half-year from the last
// row of the table up to the one asOf falls in that has no row of its own, oldest first.
// Debtor kinds with no row at all are not reported (the country has no such rate).
func MissingRates(rates []data.InterestRate, country string, asOf data.Date) []MissingRate {
	half := halfYearStart(asOf)
	var out []MissingRate
	for _, debtor := range halfYearly[country] {
		periods := RatesFor(rates, country, debtor)
		var last *data.InterestRate
		for i := range periods {
			if periods[i].ValidFrom <= asOf {
				last = &periods[i]
			}
		}
		if last == nil {
			continue
		}
		for h := nextHalfYear(last.ValidFrom); h <= half; h = nextHalfYear(h) {
			out = append(out, MissingRate{Country: country, Debtor: debtor, From: h, Using: *last})
		}
	}
	return out
}

// nextHalfYear returns the 1 January or 1 July after d.
func nextHalfYear(d data.Date) data.Date {
	t := halfYearStart(d).Time()
	if t.Month() == time.January {
		return data.NewDate(t.Year(), time.July, 1)
	}
	return data.NewDate(t.Year()+1, time.January, 1)
}

// halfYearStart returns 1 January or 1 July of d's half-year.
func halfYearStart(d data.Date) data.Date {
	t := d.Time()
	m := time.January
	if t.Month() >= time.July {
		m = time.July
	}
	return data.NewDate(t.Year(), m, 1)
}

// MissingRates returns the half-yearly rates of the company's country that the table lacks
// as of asOf (see MissingRates).
func (b *Book) MissingRates(asOf data.Date) []MissingRate {
	return MissingRates(b.Rates, b.Company.Country, asOf)
}
