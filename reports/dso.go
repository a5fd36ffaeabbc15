package reports

import (
	"context"
	"math"
	"slices"

	"overdue/data"
)

// DSOMonths is how far back the countback looks for invoicing (two years).
const DSOMonths = 24

// DSO is days sales outstanding in one currency on the as-of date, by the countback method:
// starting with the most recent month, whole months of invoicing are taken off the receivables
// until what is left is less than a month's invoicing, which counts as that fraction of the
// month's days. Months run back from the as-of date (15 Nov back to 15 Oct, and so on).
type DSO struct {
	Currency    string
	Receivables int64   // open on the as-of date, minor units
	Days        float64 // rounded to one decimal
	// Complete is false when the receivables exceed everything invoiced in DSOMonths months;
	// Days is then a lower bound.
	Complete bool
}

// Countback computes DSO from the receivables and the invoicing of consecutive periods going
// back from the as-of date (sales[0] the most recent), each periodDays[k] days long.
func Countback(receivables int64, sales []int64, periodDays []int) (days float64, complete bool) {
	left := receivables
	for k, s := range sales {
		if left <= 0 {
			return round1(days), true
		}
		if s > left {
			return round1(days + float64(periodDays[k])*float64(left)/float64(s)), true
		}
		left -= s
		days += float64(periodDays[k])
	}
	return round1(days), left <= 0
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// dsoPeriods returns the period bounds going back months from asOf (asOf first) and their lengths.
func dsoPeriods(asOf data.Date, months int) ([]data.Date, []int) {
	bounds := make([]data.Date, months+1)
	days := make([]int, months)
	for k := range bounds {
		bounds[k] = asOf.AddMonths(-k)
		if k > 0 {
			days[k-1] = int(bounds[k-1] - bounds[k])
		}
	}
	return bounds, days
}

// DSOs computes DSO per currency on opt.AsOf for the receivables in totals (from Totals or
// SumCustomers with the same options), sorted like totals.
func DSOs(ctx context.Context, s *data.Store, opt Options, totals []CurrencyTotal) ([]DSO, error) {
	return countbackDSO(ctx, s, opt, totals)
}

// invoiced is the invoicing per currency of the months before an as-of date.
type invoiced struct {
	sales map[string][]int64
	days  []int
}

// dsoFirstMonths is how many months the countback reads first; only when some currency's
// receivables exceed their invoicing does it read all DSOMonths.
const dsoFirstMonths = 6

func invoicing(ctx context.Context, s *data.Store, opt Options, months int) (invoiced, error) {
	q, err := opt.query()
	if err != nil {
		return invoiced{}, err
	}
	bounds, days := dsoPeriods(opt.AsOf, months)
	sales, err := s.InvoicedByPeriod(ctx, bounds, q)
	return invoiced{sales, days}, err
}

// countbackDSO computes DSO for totals, reading the invoicing of more months only when needed.
func countbackDSO(ctx context.Context, s *data.Store, opt Options, totals []CurrencyTotal) ([]DSO, error) {
	inv, err := invoicing(ctx, s, opt, dsoFirstMonths)
	if err != nil {
		return nil, err
	}
	out := inv.dso(totals)
	for _, d := range out {
		if !d.Complete {
			if inv, err = invoicing(ctx, s, opt, DSOMonths); err != nil {
				return nil, err
			}
			return inv.dso(totals), nil
		}
	}
	return out, nil
}

func (inv invoiced) dso(totals []CurrencyTotal) []DSO {
	out := make([]DSO, len(totals))
	for i, t := range totals {
		d := DSO{Currency: t.Currency, Receivables: t.Buckets.Total()}
		d.Days, d.Complete = Countback(d.Receivables, inv.sales[t.Currency], inv.days)
		out[i] = d
	}
	return out
}

// PaymentSpeed is how fast customers paid in one currency over the twelve calendar months up
// to the as-of date (the as-of date's month so far and the eleven before it), weighted by the
// amounts paid (credit notes and write-offs are not payments).
type PaymentSpeed struct {
	Currency  string
	Paid      int64   // minor units paid against invoices in the period
	DaysToPay float64 // average days from invoice date to payment
	DaysLate  float64 // average days from due date to payment (negative: paid early)
	Payments  int     // allocations counted
}

// speedFrom returns the day before the period of PaymentSpeeds on asOf.
func speedFrom(asOf data.Date) data.Date {
	y, m, _ := asOf.Parts()
	return data.NewDate(y, m, 1).AddMonths(-11).AddDays(-1)
}

// PaymentSpeeds returns the average days to pay per currency over the twelve calendar months
// up to opt.AsOf.
func PaymentSpeeds(ctx context.Context, s *data.Store, opt Options) ([]PaymentSpeed, error) {
	q, err := opt.query()
	if err != nil {
		return nil, err
	}
	months, err := s.PaymentTimesByMonth(ctx, speedFrom(opt.AsOf), opt.AsOf, q)
	if err != nil {
		return nil, err
	}
	var all []data.PaymentTimes
	for _, ts := range months {
		all = append(all, ts...)
	}
	return speeds(all), nil
}

// speeds adds up payment times per currency into average days, sorted by currency.
func speeds(times []data.PaymentTimes) []PaymentSpeed {
	sum := map[string]*data.PaymentTimes{}
	var curs []string
	for _, t := range times {
		x, ok := sum[t.Currency]
		if !ok {
			x = &data.PaymentTimes{Currency: t.Currency}
			sum[t.Currency] = x
			curs = append(curs, t.Currency)
		}
		x.Paid += t.Paid
		x.AmountDays += t.AmountDays
		x.AmountLate += t.AmountLate
		x.Count += t.Count
	}
	slices.Sort(curs)
	out := make([]PaymentSpeed, 0, len(curs))
	for _, c := range curs {
		t := sum[c]
		if t.Paid <= 0 {
			continue
		}
		out = append(out, PaymentSpeed{Currency: c, Paid: t.Paid, Payments: t.Count,
			DaysToPay: round1(t.AmountDays / float64(t.Paid)), DaysLate: round1(t.AmountLate / float64(t.Paid))})
	}
	return out
}
