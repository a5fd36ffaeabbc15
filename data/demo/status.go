package demo

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"overdue/data"
)

// applyStatus gives the customers chosen for a special status the history that explains it:
// a disputed invoice left unpaid, hardship with small instalments, a hold, a hand-over to an
// agency, or an insolvency with the rest written off. It logs the change of status.
func (g *generator) applyStatus(r *rand.Rand, sk *skeleton, p *plan) {
	if sk.status == data.StatusActive || len(p.invoices) == 0 {
		return
	}
	lt := languageTexts[sk.loc.language]
	asOf := g.opts.AsOf
	var date data.Date
	var reason string
	switch sk.status {
	case data.StatusDisputed:
		k := lastDueBy(p, asOf-7)
		p.invoices[k].unpay(0)
		if k > 0 && r.IntN(3) == 0 {
			p.invoices[k-1].unpay(p.invoices[k].inv.DueDate)
		}
		date = min(asOf, p.invoices[k].inv.DueDate.AddDays(5+r.IntN(20)))
		reason = pick(r, lt.disputes)
		if strings.Contains(reason, "%s") {
			reason = fmt.Sprintf(reason, p.invoices[k].inv.Number)
		}
		g.call(r, p, k, date, "refused", g.user.refused)
	case data.StatusHardship:
		date = asOf - data.Date(7+r.IntN(110))
		for k := range p.invoices {
			p.invoices[k].unpay(date)
		}
		g.instalments(r, sk, p, date)
		reason = pick(r, lt.hardship)
		g.call(r, p, -1, date, "reached", g.user.hardshipCall)
	case data.StatusOnHold:
		date = asOf - data.Date(5+r.IntN(55))
		for k := range p.invoices {
			if p.invoices[k].inv.IssueDate > date-45 {
				p.invoices[k].unpay(date)
			}
		}
		reason = pick(r, lt.onHold)
	case data.StatusWithAgency:
		k := lastDueBy(p, asOf-150)
		due := p.invoices[k].inv.DueDate
		for j := range p.invoices {
			if p.invoices[j].inv.DueDate >= due {
				p.invoices[j].unpay(due + 120)
			}
		}
		p.invoices[k].unpay(0)
		date = min(asOf, due.AddDays(120+r.IntN(30)))
		reason = lt.agency
	case data.StatusWrittenOff:
		date = min(asOf, sk.event.AddDays(30+r.IntN(60)))
		note := fmt.Sprintf(lt.insolvent, formatDate(sk.event, sk.loc.language))
		for k := range p.invoices {
			ip := &p.invoices[k]
			ip.unpay(sk.event)
			if rest := ip.open(); rest > 0 {
				ip.settles = append(ip.settles, settlement{kind: data.KindWriteOff, date: date, amount: rest, note: note})
			}
		}
		reason = note
	}
	p.customer.Status, p.customer.StatusReason, p.customer.StatusDate = sk.status, reason, date
	p.events = append(p.events, evPlan{inv: -1, e: data.Event{At: g.officeHours(r, date), Kind: data.EventStatusChanged,
		Outcome: string(sk.status), Text: reason, Ref: string(data.StatusActive)}})
}

// lastDueBy returns the index of the last invoice due on or before d, or of the first invoice.
func lastDueBy(p *plan, d data.Date) int {
	k := 0
	for j := range p.invoices {
		if p.invoices[j].inv.DueDate <= d {
			k = j
		}
	}
	return k
}

// instalments records monthly part payments from a customer in hardship, each spread over
// the oldest open invoices, from two weeks after from until AsOf.
func (g *generator) instalments(r *rand.Rand, sk *skeleton, p *plan, from data.Date) {
	var open int64
	for k := range p.invoices {
		open += p.invoices[k].open()
	}
	step := int64(100 * 10) // whole tens of units
	each := max(step, open/int64(6+r.IntN(10))/step*step)
	lt := languageTexts[sk.loc.language]
	method, _ := g.paymentMethod(r, sk, p, lt, "")
	for d := from.AddDays(14); d <= g.opts.AsOf && open > 0; d = d.AddMonths(1) {
		group, left := p.groups+1, min(each, open)
		ref := fmt.Sprintf("%s %d", lt.instalment, group)
		for k := 0; k < len(p.invoices) && left > 0 && p.invoices[k].inv.IssueDate < d; k++ {
			ip := &p.invoices[k]
			if o := ip.open(); o > 0 {
				part := min(o, left)
				ip.settles = append(ip.settles, settlement{kind: data.KindPayment, date: d, amount: part,
					method: method, ref: ref, group: group})
				left -= part
				open -= part
				p.groups = group
			}
		}
	}
}
