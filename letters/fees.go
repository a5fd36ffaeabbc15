package letters

import (
	"fmt"
	"math/big"
	"time"

	"overdue/data"
)

// Charges is what a letter adds to the open invoices besides interest.
type Charges struct {
	Fee          int64 // reminder fee charged by this letter
	FeesBefore   int64 // reminder fees of earlier letters about the same claim
	Compensation int64 // fixed compensation claimed (after any offset against fees)
	// CompensationGross is the compensation before the offset against fees (Norway).
	CompensationGross int64
	CompensationBasis string // the source of the compensation rule applied
	// Converted lists the compensation per invoice when the rule is in another currency than
	// the letter (Poland's 40/70/100 EUR), so that the debtor can check it.
	Converted []ConvertedCompensation
	Notes     []string // what was left out and why, for the user
}

// ConvertedCompensation is one invoice's compensation in the rule's currency, converted at
// the rate of a date.
type ConvertedCompensation struct {
	Invoice  string
	Amount   int64 // in Currency's minor units
	Currency string
	RateDate data.Date
}

// Fees returns all reminder fees the letter states.
func (c Charges) Fees() int64 { return c.FeesBefore + c.Fee }

// ChargeInput is what the charges of one letter depend on.
type ChargeInput struct {
	Country  string // the company's jurisdiction
	Debtor   data.DebtorType
	Level    data.DunningLevel
	Currency string // of the letter
	Date     data.Date
	Episode  []data.Letter  // earlier letters about the claim
	Invoices []data.Invoice // the invoices listed
	Rules    []data.FeeRule
	Rates    []data.ExchangeRate
}

// ComputeCharges applies the level's reminder fee within the country's cap (amount and number
// of fees per claim) and, for business debtors on levels that claim it, the fixed compensation
// per invoice, converted into the letter's currency where the rule is set in another one.
func ComputeCharges(in ChargeInput) Charges {
	var c Charges
	charged := 0
	for _, l := range in.Episode {
		c.FeesBefore += l.Fee
		if l.Fee > 0 {
			charged++
		}
	}
	kind := data.RateDebtorOf(in.Debtor)
	if fee := in.Level.Fee; fee > 0 {
		switch {
		case in.Level.Currency != in.Currency:
			c.Notes = append(c.Notes, fmt.Sprintf("no reminder fee: the level's fee is in %s, the letter in %s",
				in.Level.Currency, in.Currency))
		default:
			if cap, ok := latestRule(in.Rules, in.Country, data.FeeReminderCap, kind, in.Date); ok {
				if cap[0].Currency == in.Currency && fee > cap[0].Amount {
					c.Notes = append(c.Notes, fmt.Sprintf("reminder fee capped at %s (%s)",
						data.FormatMoney(cap[0].Amount, in.Currency, "en"), cap[0].Source))
					fee = cap[0].Amount
				}
				if cap[0].MaxCount > 0 && charged >= cap[0].MaxCount {
					c.Notes = append(c.Notes, fmt.Sprintf("no reminder fee: at most %d per claim (%s)",
						cap[0].MaxCount, cap[0].Source))
					fee = 0
				}
			}
			c.Fee = fee
		}
	}
	if in.Level.Compensation && in.Debtor.IsBusiness() {
		c.compensation(in, kind)
	}
	return c
}

func (c *Charges) compensation(in ChargeInput, kind data.RateDebtor) {
	offset := false
	for _, inv := range in.Invoices {
		tiers, ok := latestRule(in.Rules, in.Country, data.FeeCompensation, kind, inv.DueDate.AddDays(1))
		if !ok {
			continue
		}
		// Exchange rates of the last working day of the month before the due date (the Polish rule;
		// elsewhere the rule's currency is the letter's own and no rate is needed).
		on := lastWorkingDayOfPreviousMonth(inv.DueDate)
		principal := inv.Amount
		pc := tiers[0].PrincipalCurrency
		if pc != "" && pc != inv.Currency {
			p, ok := Convert(inv.Amount, inv.Currency, pc, in.Rates, on)
			if !ok {
				c.Notes = append(c.Notes, fmt.Sprintf("no compensation on %s: enter the %s/%s exchange rate of %s",
					inv.Number, inv.Currency, pc, on))
				continue
			}
			principal = p
		}
		rule := tiers[0]
		for _, t := range tiers {
			if t.MinPrincipal <= principal {
				rule = t
			}
		}
		amount, ok := Convert(rule.Amount, rule.Currency, in.Currency, in.Rates, on)
		if !ok {
			c.Notes = append(c.Notes, fmt.Sprintf("no compensation on %s: enter the %s/%s exchange rate of %s",
				inv.Number, rule.Currency, in.Currency, on))
			continue
		}
		c.CompensationGross += amount
		c.CompensationBasis = rule.Source
		if rule.Currency != in.Currency {
			c.Converted = append(c.Converted, ConvertedCompensation{Invoice: inv.Number, Amount: rule.Amount,
				Currency: rule.Currency, RateDate: on})
		}
		offset = offset || rule.OffsetsFees
	}
	c.Compensation = c.CompensationGross
	if offset {
		c.Compensation = max(0, c.CompensationGross-c.Fees())
	}
}

// latestRule returns the rules (all tiers) of a kind in force on date: those with the latest
// start on or before it, tiers in ascending order.
func latestRule(rules []data.FeeRule, country string, kind data.FeeKind, debtor data.RateDebtor, date data.Date) ([]data.FeeRule, bool) {
	var from data.Date
	for _, r := range rules {
		if r.Country == country && r.Kind == kind && r.Debtor.Applies(debtor) && r.ValidFrom <= date && r.ValidFrom > from {
			from = r.ValidFrom
		}
	}
	var out []data.FeeRule
	for _, r := range rules {
		if r.Country == country && r.Kind == kind && r.Debtor.Applies(debtor) && r.ValidFrom == from {
			out = append(out, r)
		}
	}
	for i := 1; i < len(out); i++ { // few tiers: insertion sort by MinPrincipal
		for j := i; j > 0 && out[j].MinPrincipal < out[j-1].MinPrincipal; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out, len(out) > 0
}

// Convert converts minor units of from into minor units of to with the latest exchange rate
// dated on or before on (either direction of the pair), rounding half up.
func Convert(amount int64, from, to string, rates []data.ExchangeRate, on data.Date) (int64, bool) {
	if from == to {
		return amount, true
	}
	var best data.ExchangeRate
	inverse := false
	for _, x := range rates {
		if x.Date > on || x.Date < best.Date {
			continue
		}
		switch {
		case x.From == from && x.To == to:
			best, inverse = x, false
		case x.From == to && x.To == from:
			best, inverse = x, true
		}
	}
	if best.RateMicro == 0 {
		return 0, false
	}
	num := new(big.Int).Mul(big.NewInt(amount), big.NewInt(best.RateMicro))
	den := big.NewInt(1_000_000)
	if inverse {
		num = new(big.Int).Mul(big.NewInt(amount), big.NewInt(1_000_000))
		den = big.NewInt(best.RateMicro)
	}
	// minor digits may differ (JPY 0, KWD 3)
	shift := data.MinorDigits(to) - data.MinorDigits(from)
	for ; shift > 0; shift-- {
		num.Mul(num, big.NewInt(10))
	}
	for ; shift < 0; shift++ {
		den.Mul(den, big.NewInt(10))
	}
	half := new(big.Int).Quo(den, big.NewInt(2))
	num.Add(num, half)
	return num.Quo(num, den).Int64(), true
}

// lastWorkingDayOfPreviousMonth returns the last working day (Monday to Friday) of the month before
// d's month.
func lastWorkingDayOfPreviousMonth(d data.Date) data.Date {
	y, m, _ := d.Parts()
	last := data.NewDate(y, m, 1).AddDays(-1)
	// The NBP publishes on working days: the rate is that of the month's last working day.
	for wd := last.Time().Weekday(); wd == time.Saturday || wd == time.Sunday; wd = last.Time().Weekday() {
		last = last.AddDays(-1)
	}
	return last
}
