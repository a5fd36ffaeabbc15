package demo

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"

	"overdue/data"
)

// invoices plans the customer's invoices on the given dates and how each was settled by
// AsOf, following the customer's payment habit: on time or late, in full or in two parts,
// sometimes with a credit note, sometimes never (and then perhaps written off).
func (g *generator) invoices(r *rand.Rand, sk *skeleton, p *plan, dates []data.Date) {
	l := sk.loc
	lt := languageTexts[l.language]
	habit := payers[sk.payer]
	asOf := g.opts.AsOf
	domestic := l.country == g.company.Country
	p.invoices = make([]invPlan, len(dates))
	for k, d := range dates {
		ip := &p.invoices[k]
		ip.inv = data.Invoice{Number: g.numbers.take(d), IssueDate: d, DueDate: d.AddDays(sk.terms),
			Amount: amount(r, l, sk.typ, domestic), Currency: l.currency, Description: description(r, lt, d)}
		ip.at = g.officeHours(r, d)
		rest := ip.inv.Amount
		if cn := d.AddDays(3 + r.IntN(18)); r.IntN(1000) < 15 && cn <= asOf {
			credit := rest * int64(pick(r, []int{10, 20, 25, 50, 100})) / 100
			ip.settles = append(ip.settles, settlement{kind: data.KindCreditNote, date: cn, amount: credit,
				ref:  lt.cnPrefix + "-" + ip.inv.Number,
				note: fmt.Sprintf(lt.creditNote, ip.inv.Number, pick(r, lt.cnReasons))})
			rest -= credit
			if rest == 0 {
				continue
			}
		}
		delay := habit.lo + int(float64(habit.hi-habit.lo+1)*math.Pow(r.Float64(), 1.5))
		paid := max(ip.inv.DueDate.AddDays(delay), d+1)
		method, ref := g.paymentMethod(r, sk, p, lt, ip.inv.Number)
		if r.Float64() < habit.never || paid > asOf {
			g.maybeWriteOff(r, sk, ip, rest)
			continue
		}
		if r.Float64() < habit.partial {
			part := rest * int64(30+r.IntN(41)) / 100 / 100 * 100
			if part > 0 && part < rest {
				ip.settles = append(ip.settles, settlement{kind: data.KindPayment, date: paid, amount: part, method: method, ref: ref})
				rest -= part
				paid = paid.AddDays(14 + r.IntN(62))
				if paid > asOf {
					g.maybeWriteOff(r, sk, ip, rest)
					continue
				}
			}
		}
		ip.settles = append(ip.settles, settlement{kind: data.KindPayment, date: paid, amount: rest, method: method, ref: ref})
	}
}

// maybeWriteOff writes off what is left of a long-overdue invoice of a bad payer, now and then.
func (g *generator) maybeWriteOff(r *rand.Rand, sk *skeleton, ip *invPlan, rest int64) {
	asOf := g.opts.AsOf
	since := int(asOf - ip.inv.DueDate)
	if sk.payer < 3 || since < 240 || r.IntN(100) >= 30 {
		return
	}
	ip.settles = append(ip.settles, settlement{kind: data.KindWriteOff, amount: rest,
		date: ip.inv.DueDate.AddDays(200 + r.IntN(since-199)), note: pick(r, g.user.writeOffs)})
}

// amount returns a believable invoice total in minor units: a round fee or hours at the
// studio's rate, plus VAT when the customer is in the company's country.
func amount(r *rand.Rand, l *locale, t data.DebtorType, domestic bool) int64 {
	lo, hi := math.Log(float64(l.minUnits)), math.Log(float64(l.maxUnits))
	if t == data.Consumer {
		hi = lo + (hi-lo)*0.45
	}
	units := math.Exp(lo + r.Float64()*(hi-lo))
	var net int64 // minor units
	if r.IntN(2) == 0 {
		halfHours := max(1, int64(math.Round(units/float64(l.rate)*2)))
		net = halfHours * l.rate * 50
	} else {
		step := 10.0
		if l.maxUnits >= 40_000 {
			step = 50
		}
		net = int64(math.Max(step, math.Round(units/step)*step)) * 100
	}
	if domestic && l.vat > 0 {
		return (net*int64(100+l.vat) + 50) / 100
	}
	return net
}

// description is the invoice line in the customer's language: "Konsulentbistand oktober 2025".
func description(r *rand.Rand, lt *texts, d data.Date) string {
	s := pick(r, lt.services)
	if !strings.Contains(s, "%s") {
		return s
	}
	if _, _, day := d.Parts(); day < 10 { // early in the month: last month's work
		d = d.AddMonths(-1)
	}
	return fmt.Sprintf(s, lt.monthYear(d))
}

// paymentMethod returns how the customer pays and the reference on the transfer: a KID
// between Norwegians, the invoice number elsewhere; cheques and cards in the US.
func (g *generator) paymentMethod(r *rand.Rand, sk *skeleton, p *plan, lt *texts, number string) (string, string) {
	method := "bank transfer"
	switch x := r.IntN(100); {
	case sk.loc.country == "US" && x < 35:
		method = "check"
	case x < 10 || (sk.typ == data.Consumer && x < 35):
		method = "card"
	}
	switch {
	case method == "card":
		return method, ""
	case method == "check":
		return method, fmt.Sprintf("Check #%d", 1000+r.IntN(9000))
	case sk.loc.country == "NO" && g.company.Country == "NO":
		return method, "KID " + kid(p.customer.Number+strings.ReplaceAll(number, "-", ""))
	}
	return method, fmt.Sprintf(lt.payRef, number)
}
