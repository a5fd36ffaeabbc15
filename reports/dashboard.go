package reports

import (
	"context"
	"fmt"

	"overdue/data"
)

// TopDebtors is how many of the largest debtors the dashboard lists.
const TopDebtors = 10

// Dashboard is what the dashboard shows first: totals, aging and DSO per currency and every
// customer's balance by bucket (for the largest debtors and the customer list's bucket
// filter), all on one as-of date with the company's aging settings.
type Dashboard struct {
	AsOf      data.Date
	Settings  Settings
	Totals    []CurrencyTotal   // by currency
	Customers []CustomerBalance // everyone owing something, largest first
	DSO       []DSO             // like Totals
}

// LoadDashboard computes the dashboard on asOf; the aging by customer and the invoicing
// behind DSO are read at the same time.
func LoadDashboard(ctx context.Context, s *data.Store, asOf data.Date) (*Dashboard, error) {
	st, err := LoadSettings(s)
	if err != nil {
		return nil, err
	}
	opt := st.Options(asOf)
	d := &Dashboard{AsOf: asOf, Settings: st}
	// One step after the other: each reads with both cores already.
	if d.Customers, err = ByCustomer(ctx, s, opt); err != nil {
		return nil, fmt.Errorf("dashboard: %w", err)
	}
	d.Totals = SumCustomers(d.Customers)
	if d.DSO, err = countbackDSO(ctx, s, opt, d.Totals); err != nil {
		return nil, fmt.Errorf("dashboard: %w", err)
	}
	return d, nil
}

// Currencies returns the currencies with something open, alphabetically.
func (d *Dashboard) Currencies() []string {
	out := make([]string, len(d.Totals))
	for i, t := range d.Totals {
		out[i] = t.Currency
	}
	return out
}

// Total returns what is open in currency, per bucket.
func (d *Dashboard) Total(currency string) Buckets {
	for _, t := range d.Totals {
		if t.Currency == currency {
			return t.Buckets
		}
	}
	return Buckets{}
}

// DSOIn returns the DSO in currency.
func (d *Dashboard) DSOIn(currency string) (DSO, bool) {
	for _, x := range d.DSO {
		if x.Currency == currency {
			return x, true
		}
	}
	return DSO{}, false
}

// Top returns the n customers owing most in currency, largest first.
func (d *Dashboard) Top(currency string, n int) []CustomerBalance {
	var out []CustomerBalance
	for _, c := range d.Customers {
		if c.Currency == currency {
			out = append(out, c)
			if len(out) == n {
				break
			}
		}
	}
	return out
}

// InBucket returns the customers with something open in currency ("" for all) and bucket,
// largest amount in that bucket first: the list a click on a bar of the aging chart opens.
func (d *Dashboard) InBucket(currency string, bucket int) []CustomerBalance {
	var out []CustomerBalance
	for _, c := range d.Customers {
		if (currency == "" || c.Currency == currency) && c.Buckets[bucket] != 0 {
			out = append(out, c)
		}
	}
	SortCustomers(out, SortBucket+CustomerSort(bucket), true)
	return out
}

// History is the slower part of the dashboard: the 12-month trend and how fast customers paid.
type History struct {
	Trend []CurrencyTrend
	Speed []PaymentSpeed
}

// TrendIn returns the trend of currency (nil when nothing was open in it all year).
func (h *History) TrendIn(currency string) []TrendPoint {
	for _, t := range h.Trend {
		if t.Currency == currency {
			return t.Points
		}
	}
	return nil
}

// SpeedIn returns the payment speed in currency.
func (h *History) SpeedIn(currency string) (PaymentSpeed, bool) {
	for _, x := range h.Speed {
		if x.Currency == currency {
			return x, true
		}
	}
	return PaymentSpeed{}, false
}

// InCurrency returns the customers owing something in currency, largest first.
func (d *Dashboard) InCurrency(currency string) []CustomerBalance {
	var out []CustomerBalance
	for _, c := range d.Customers {
		if c.Currency == currency {
			out = append(out, c)
		}
	}
	return out
}
