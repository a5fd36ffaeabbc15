package reports

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"overdue/data"
)

// The dashboard's history (the 12-month trend and the average days to pay) reads every
// payment of the year with its invoice, which on a million invoices takes seconds. What was
// open at a past month end, and how fast the month's payments came, no longer change unless
// something dated before that month end is entered later or an invoice is edited; so each
// month end is kept in the company file's settings with the ledger mark it was computed at
// (data.Store.Mark) and reused while data.Store.ChangedSince says it still holds. Only the
// missing month ends and the as-of date are computed.

// monthSnapshot is one month end of the history.
type monthSnapshot struct {
	Mark  data.LedgerMark     `json:"mark"`
	Open  map[string]Buckets  `json:"open"`  // per currency, bucketed on the month end
	Times []data.PaymentTimes `json:"times"` // payments of the calendar month
}

// timesFrom returns the day after which payment times must be read: the last day of the
// leading run of kept months (the months after it, and the as-of date's own, are not kept).
func timesFrom(asOf data.Date, dates []data.Date, snaps map[data.Date]*monthSnapshot) data.Date {
	from := speedFrom(asOf)
	for _, d := range dates {
		if _, kept := snaps[d]; !kept {
			break
		}
		from = d
	}
	return from
}

func snapshotKey(opt Options, d data.Date) string {
	return "aging.month." + string(opt.Basis) + "." + opt.Edges.String() + "." + d.String()
}

// LoadHistory computes the trend and payment speeds on opt.AsOf, reusing the month ends kept
// in the company file and keeping the ones it computes. current, when not nil, is the aging
// on opt.AsOf with the same options (the dashboard has it already): the last point of the trend.
func LoadHistory(ctx context.Context, s *data.Store, opt Options, current []CurrencyTotal) (*History, error) {
	q, err := opt.query()
	if err != nil {
		return nil, err
	}
	if opt.Basis == "" {
		opt.Basis = ByDueDate
	}
	opt.Edges = opt.Edges.orDefault()
	mark, err := s.Mark(ctx)
	if err != nil {
		return nil, err
	}
	dates := TrendDates(opt.AsOf, TrendMonths)
	cacheable := func(d data.Date) bool { return d == d.EndOfMonth() && opt.CustomerID == 0 && opt.Currency == "" }
	snaps := map[data.Date]*monthSnapshot{}
	var missing []data.Date // ascending
	open := map[data.Date]map[string]Buckets{}
	if current != nil {
		open[opt.AsOf] = map[string]Buckets{}
		for _, t := range current {
			open[opt.AsOf][t.Currency] = t.Buckets
		}
	}
	for _, d := range dates {
		if _, known := open[d]; known && !cacheable(d) {
			continue
		}
		if cacheable(d) {
			if sn := loadSnapshot(ctx, s, opt, d); sn != nil {
				snaps[d] = sn
				continue
			}
		}
		missing = append(missing, d)
	}
	times := map[data.Date][]data.PaymentTimes{}
	if len(missing) > 0 {
		rows, err := s.OpenByDate(ctx, missing, q)
		if err != nil {
			return nil, fmt.Errorf("dashboard history: %w", err)
		}
		for _, d := range missing {
			open[d] = map[string]Buckets{}
		}
		e := opt.Edges
		for _, r := range rows {
			for k, v := range r.Open {
				if v != 0 {
					b := open[missing[k]][r.Currency]
					b[e.Bucket(int(missing[k]-r.Ref))] += v
					open[missing[k]][r.Currency] = b
				}
			}
		}
	}
	if from := timesFrom(opt.AsOf, dates, snaps); from < opt.AsOf {
		if times, err = s.PaymentTimesByMonth(ctx, from, opt.AsOf, q); err != nil {
			return nil, fmt.Errorf("dashboard history: %w", err)
		}
	}
	for _, d := range missing {
		if cacheable(d) {
			saveSnapshot(s, opt, d, &monthSnapshot{Mark: mark, Open: open[d], Times: times[d]})
		}
	}
	h := &History{}
	curs := map[string]bool{}
	pointAt := func(d data.Date) map[string]Buckets {
		if sn, ok := snaps[d]; ok {
			return sn.Open
		}
		return open[d]
	}
	for _, d := range dates {
		for c, b := range pointAt(d) {
			if b != (Buckets{}) {
				curs[c] = true
			}
		}
	}
	for c := range curs {
		ct := CurrencyTrend{Currency: c}
		for _, d := range dates {
			ct.Points = append(ct.Points, TrendPoint{Date: d, Buckets: pointAt(d)[c]})
		}
		h.Trend = append(h.Trend, ct)
	}
	sortTrend(h.Trend)
	var all []data.PaymentTimes
	from := speedFrom(opt.AsOf)
	for d, sn := range snaps {
		if d > from {
			all = append(all, sn.Times...)
		}
	}
	for d, ts := range times {
		if _, kept := snaps[d]; !kept && d > from {
			all = append(all, ts...)
		}
	}
	h.Speed = speeds(all)
	return h, nil
}

// loadSnapshot returns the kept month end d, or nil when there is none or it no longer holds.
func loadSnapshot(ctx context.Context, s *data.Store, opt Options, d data.Date) *monthSnapshot {
	v, err := s.Setting(snapshotKey(opt, d))
	if err != nil || v == "" {
		return nil
	}
	var sn monthSnapshot
	if json.Unmarshal([]byte(v), &sn) != nil {
		return nil
	}
	if changed, err := s.ChangedSince(ctx, sn.Mark, d); err != nil || changed {
		return nil
	}
	return &sn
}

// saveSnapshot keeps a month end; failing to (a read-only file, a busy writer) only costs
// time on the next load.
func saveSnapshot(s *data.Store, opt Options, d data.Date, sn *monthSnapshot) {
	if b, err := json.Marshal(sn); err == nil {
		_ = s.SetSetting(snapshotKey(opt, d), string(b))
	}
}

func sortTrend(ts []CurrencyTrend) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && strings.Compare(ts[j-1].Currency, ts[j].Currency) > 0; j-- {
			ts[j-1], ts[j] = ts[j], ts[j-1]
		}
	}
}
