package reports

import (
	"context"
	"slices"
	"strings"

	"overdue/data"
)

// TrendMonths is how many points the month-end trend has.
const TrendMonths = 12

// TrendPoint is what was open at one date, per bucket (bucketed as of that date).
type TrendPoint struct {
	Date    data.Date
	Buckets Buckets
}

// CurrencyTrend is the month-end history of one currency, oldest point first.
type CurrencyTrend struct {
	Currency string
	Points   []TrendPoint
}

// TrendDates returns the dates of a trend of n points ending on asOf: the ends of the n-1
// months before asOf's month, then asOf itself.
func TrendDates(asOf data.Date, n int) []data.Date {
	out := make([]data.Date, n)
	for k := 1; k < n; k++ {
		out[n-1-k] = asOf.AddMonths(-k).EndOfMonth()
	}
	out[n-1] = asOf
	return out
}

// Trend returns, per currency, what was open by bucket at each of TrendDates(opt.AsOf, months),
// computed in one pass over the open invoices and the allocations of the period.
func Trend(ctx context.Context, s *data.Store, opt Options, months int) ([]CurrencyTrend, error) {
	q, err := opt.query()
	if err != nil {
		return nil, err
	}
	dates := TrendDates(opt.AsOf, months)
	rows, err := s.OpenByDate(ctx, dates, q)
	if err != nil {
		return nil, err
	}
	e := opt.Edges.orDefault()
	series := map[string][]TrendPoint{}
	for _, r := range rows {
		pts, ok := series[r.Currency]
		if !ok {
			pts = make([]TrendPoint, len(dates))
			for k, d := range dates {
				pts[k].Date = d
			}
			series[r.Currency] = pts
		}
		for k, open := range r.Open {
			if open != 0 {
				pts[k].Buckets[e.Bucket(int(dates[k]-r.Ref))] += open
			}
		}
	}
	out := make([]CurrencyTrend, 0, len(series))
	for cur, pts := range series {
		out = append(out, CurrencyTrend{Currency: cur, Points: pts})
	}
	slices.SortFunc(out, func(a, b CurrencyTrend) int { return strings.Compare(a.Currency, b.Currency) })
	return out, nil
}
