// Package letters is Overdue's dunning: the escalation ladder (which letter is due when),
// fees and statutory interest as they appear in letters, the letter texts in English,
// German, Norwegian and Polish, payment QR codes, and the PDF letters themselves.
package letters

import (
	"math/big"
	"sort"

	"overdue/data"
)

// InterestLine is interest on one principal for one stretch of days at one rate.
type InterestLine struct {
	InvoiceID int64
	Invoice   string // invoice number
	Principal int64  // minor units
	From, To  data.Date
	Days      int // From to To, both included
	RateBP    int // annual rate in basis points
	Amount    int64
}

// DailyAmount returns the interest one day adds on this line, in minor units (rounded half up).
func (l InterestLine) DailyAmount() int64 { return simpleInterest(l.Principal, l.RateBP, 1) }

// RatesFor returns the rate periods of a country that apply to a debtor kind, oldest first.
// A row for the debtor kind itself wins over an "all" row starting the same day.
func RatesFor(all []data.InterestRate, country string, debtor data.RateDebtor) []data.InterestRate {
	var out []data.InterestRate
	for _, r := range all {
		if r.Country == country && r.Debtor.Applies(debtor) {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].ValidFrom != out[j].ValidFrom {
			return out[i].ValidFrom < out[j].ValidFrom
		}
		return out[i].Debtor == data.RateAll && out[j].Debtor != data.RateAll
	})
	// keep the last row of each start date (the specific one, after sorting)
	kept := out[:0]
	for i, r := range out {
		if i+1 < len(out) && out[i+1].ValidFrom == r.ValidFrom {
			continue
		}
		kept = append(kept, r)
	}
	return kept
}

// simpleInterest returns principal × rate × days / 365 in minor units, rounded half up,
// computed exactly (the product of a large principal, a rate and many days overflows int64).
func simpleInterest(principal int64, rateBP, days int) int64 {
	if principal <= 0 || rateBP <= 0 || days <= 0 {
		return 0
	}
	n := new(big.Int).Mul(big.NewInt(principal), big.NewInt(int64(rateBP)))
	n.Mul(n, big.NewInt(int64(days)))
	const den = 365 * 10000
	n.Add(n, big.NewInt(den/2))
	n.Quo(n, big.NewInt(den))
	return n.Int64()
}

// Balance is an invoice's principal over time: its amount, reduced on each allocation's date.
type Balance struct {
	InvoiceID int64
	Invoice   string
	Amount    int64
	Payments  []data.DatedAmount // in date order
}

// at returns the principal still open at the end of day d.
func (b Balance) at(d data.Date) int64 {
	open := b.Amount
	for _, p := range b.Payments {
		if p.Date <= d {
			open -= p.Amount
		}
	}
	return max(open, 0)
}

// SimpleInterest computes simple daily interest on b from day from to day to (both included),
// as jurisdictions require: principal × annual rate × days / 365, with each day at the rate of
// the period it falls in and on the principal open that day (a payment reduces the principal
// from its own date). It returns one line per stretch of equal principal and rate; days before
// the first rate period earn nothing.
func SimpleInterest(b Balance, rates []data.InterestRate, from, to data.Date) []InterestLine {
	if from == 0 || to < from || len(rates) == 0 {
		return nil
	}
	// Cut points: rate starts and payment dates inside (from, to].
	cuts := []data.Date{from}
	for _, r := range rates {
		if r.ValidFrom > from && r.ValidFrom <= to {
			cuts = append(cuts, r.ValidFrom)
		}
	}
	for _, p := range b.Payments {
		if p.Date > from && p.Date <= to {
			cuts = append(cuts, p.Date)
		}
	}
	sort.Slice(cuts, func(i, j int) bool { return cuts[i] < cuts[j] })
	var lines []InterestLine
	for i, start := range cuts {
		if i > 0 && start == cuts[i-1] {
			continue
		}
		end := to
		for _, c := range cuts[i+1:] {
			if c > start {
				end = c - 1
				break
			}
		}
		rate, ok := rateOn(rates, start)
		principal := b.at(start)
		if !ok || principal == 0 || rate == 0 {
			continue
		}
		days := int(end-start) + 1
		line := InterestLine{InvoiceID: b.InvoiceID, Invoice: b.Invoice, Principal: principal, From: start, To: end,
			Days: days, RateBP: rate, Amount: simpleInterest(principal, rate, days)}
		// Merge with the previous line when nothing changed but a cut of the other invoice kind.
		if n := len(lines); n > 0 && lines[n-1].Principal == principal && lines[n-1].RateBP == rate && lines[n-1].To+1 == start {
			lines[n-1].To, lines[n-1].Days = end, lines[n-1].Days+days
			lines[n-1].Amount = simpleInterest(principal, rate, lines[n-1].Days)
			continue
		}
		lines = append(lines, line)
	}
	return lines
}

// rateOn returns the annual rate of the period that day d falls in.
func rateOn(rates []data.InterestRate, d data.Date) (int, bool) {
	found, ok := 0, false
	for _, r := range rates {
		if r.ValidFrom <= d {
			found, ok = r.AnnualBP(), true
		}
	}
	return found, ok
}

// SumInterest adds up the amounts of lines.
func SumInterest(lines []InterestLine) int64 {
	var n int64
	for _, l := range lines {
		n += l.Amount
	}
	return n
}
