package demo

import (
	"math"
	"math/rand/v2"
	"slices"

	"overdue/data"
)

// payer is how a customer pays: days after the due date, the share of invoices never paid,
// and the share paid in two parts.
type payer struct {
	lo, hi  int
	never   float64
	partial float64
	risk    string
}

var payers = []payer{
	{-6, 4, 0, 0.01, "A"},     // prompt
	{0, 21, 0.002, 0.03, "A"}, // normal
	{7, 55, 0.01, 0.07, "B"},  // slow
	{20, 110, 0.05, 0.12, "C"},
	{45, 220, 0.22, 0.2, "D"}, // poor
}

// payerShares are the percentages of customers paying like payers[i].
var payerShares = []int{35, 30, 18, 11, 6}

// skeleton is what is decided about a customer before anything else: it fixes how many
// invoices the customer gets and when, which the invoice numbering needs for all customers first.
type skeleton struct {
	loc    *locale
	typ    data.DebtorType
	payer  int
	status data.CustomerStatus
	weight float64 // share of the invoices
	count  int
	start  data.Date // invoices are issued between start and end
	end    data.Date
	event  data.Date // insolvency date of written-off customers
	terms  int
	pooled bool // pays the week's invoices in one transfer
}

// share draws an index by percentage shares.
func share(r *rand.Rand, shares []int) int {
	x := r.IntN(100)
	for i, s := range shares {
		if x < s {
			return i
		}
		x -= s
	}
	return len(shares) - 1
}

// countryMix returns the customer countries and their shares: about a third at home,
// a quarter each in the two large neighbours, a tenth each in the UK and the US.
func countryMix(home string) ([]string, []int) {
	countries := []string{"NO", "PL", "DE", "GB", "US"}
	shares := []int{30, 25, 25, 10, 10}
	i := slices.Index(countries, home)
	countries[0], countries[i] = countries[i], countries[0]
	return countries, shares
}

// sketch decides every customer's country, type, payment habit, status and invoice window.
func (g *generator) sketch() {
	countries, shares := countryMix(g.company.Country)
	asOf := g.opts.AsOf
	offset := int(uint64(g.opts.Seed) % 1009)
	g.skeletons = make([]skeleton, g.opts.Customers)
	for i := range g.skeletons {
		r := stream(g.opts.Seed, i, streamSkeleton)
		sk := &g.skeletons[i]
		country := countries[share(r, shares)]
		if i < len(countries) { // every country appears even in a tiny sample
			country = countries[i]
		}
		sk.loc = locales[country]
		sk.typ = []data.DebtorType{data.Business, data.SoleTrader, data.Consumer, data.PublicBody}[share(r, []int{70, 15, 14, 1})]
		sk.payer = share(r, payerShares)
		sk.status = statusFor(i + offset)
		sk.weight = math.Exp(0.9 * r.NormFloat64())
		switch sk.typ {
		case data.Consumer:
			sk.weight *= 0.25
		case data.SoleTrader:
			sk.weight *= 0.6
		case data.PublicBody:
			sk.weight *= 1.5
		}
		sk.pooled = sk.typ == data.Business && sk.payer < 2 && r.IntN(2) == 0
		sk.terms = 30
		if sk.typ == data.Consumer || (country == "NO" && r.IntN(2) == 0) || r.IntN(5) == 0 {
			sk.terms = 14
		}
		sk.start, sk.end = g.from, asOf
		if r.IntN(10) < 3 { // newer customers
			sk.start = g.from + data.Date(r.IntN(max(1, int(asOf-g.from)-60)))
		}
		switch {
		case sk.status == data.StatusWrittenOff:
			sk.event = asOf - data.Date(90+r.IntN(240))
			sk.end = sk.event - data.Date(5+r.IntN(20))
			sk.start = min(sk.start, sk.end-90)
		case sk.status == data.StatusHardship && r.IntN(3) > 0:
			sk.typ = data.Consumer
		case sk.status == data.StatusWithAgency:
			sk.payer = len(payers) - 1
			sk.start = min(sk.start, asOf-300)
		case sk.status == data.StatusActive && r.IntN(100) < 8: // customers who stopped buying
			if span := int(asOf-sk.start) - 75; span > 0 {
				sk.end = sk.start + data.Date(30+r.IntN(span))
			}
		}
	}
}

// statusFor spreads the special statuses evenly over the customers: about 2.4 % disputed,
// 1.7 % hardship, 1.2 % on hold, 0.7 % with an agency and 0.5 % written off.
func statusFor(k int) data.CustomerStatus {
	switch {
	case k%41 == 5:
		return data.StatusDisputed
	case k%59 == 17:
		return data.StatusHardship
	case k%83 == 29:
		return data.StatusOnHold
	case k%137 == 61:
		return data.StatusWithAgency
	case k%211 == 100:
		return data.StatusWrittenOff
	}
	return data.StatusActive
}

// issueDates returns the customer's invoice dates, sorted, on working days, more of them
// recently (the business grows).
func (g *generator) issueDates(r *rand.Rand, sk *skeleton) []data.Date {
	span := float64(sk.end - sk.start + 1)
	ds := make([]data.Date, sk.count)
	for k := range ds {
		u := r.Float64()
		if r.IntN(2) == 0 {
			u = math.Sqrt(u)
		}
		d := sk.start + data.Date(u*span)
		switch d.Weekday() {
		case 6: // Saturday → Friday
			d--
		case 0: // Sunday → Friday
			d -= 2
		}
		ds[k] = max(d, g.from)
	}
	slices.Sort(ds)
	return ds
}
