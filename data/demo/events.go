package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"overdue/data"
)

// contactEvents puts reminders, calls and text messages on the timeline of invoices that
// were, or are, overdue: an email a week after the due date, a call after a month (a promise
// to pay when the money came soon after), a text message after two months. Calls keep to
// the debtor's daytime and at least three days apart, well inside the harassment limits.
func (g *generator) contactEvents(r *rand.Rand, sk *skeleton, p *plan) {
	asOf := g.opts.AsOf
	chance := 30
	if sk.payer >= 3 || sk.status != data.StatusActive {
		chance = 70
	}
	var calls []evPlan
	for k := range p.invoices {
		ip := &p.invoices[k]
		due := ip.inv.DueDate
		end := ip.resolved()
		if end == 0 {
			end = asOf + 1
		}
		late := int(end - due)
		if late <= 10 || r.IntN(100) >= chance {
			continue
		}
		if d := due.AddDays(7 + r.IntN(5)); d < end {
			p.events = append(p.events, evPlan{inv: k, e: data.Event{At: g.officeHours(r, d), Kind: data.EventContact,
				Channel: data.ChannelEmail, Outcome: "sent", Text: fmt.Sprintf(g.user.reminder, ip.inv.Number)}})
		}
		if d := due.AddDays(28 + r.IntN(12)); late > 35 && d < end {
			calls = append(calls, g.callOutcome(r, p, k, d, end))
		}
		if d := due.AddDays(60 + r.IntN(10)); late > 70 && d < end && r.IntN(2) == 0 {
			p.events = append(p.events, evPlan{inv: k, e: data.Event{At: g.officeHours(r, d), Kind: data.EventContact,
				Channel: data.ChannelSMS, Outcome: "sent", Text: g.user.sms}})
		}
	}
	slices.SortStableFunc(calls, func(a, b evPlan) int { return a.e.At.Compare(b.e.At) })
	var last data.Date
	for _, c := range calls {
		if d := data.DateOf(c.e.At); last == 0 || d-last >= 3 {
			p.events = append(p.events, c)
			last = d
		}
	}
}

// callOutcome is a call about invoice k on day d; the invoice was settled on end (or is open
// when end is after AsOf).
func (g *generator) callOutcome(r *rand.Rand, p *plan, k int, d, end data.Date) evPlan {
	ev := evPlan{inv: k, e: data.Event{At: g.debtorDaytime(r, p, d), Kind: data.EventContact, Channel: data.ChannelPhone}}
	number := p.invoices[k].inv.Number
	switch x := r.IntN(100); {
	case end <= g.opts.AsOf && end-d <= 21 && x < 60: // kept promise
		ev.e.Outcome, ev.e.Text = "promised", fmt.Sprintf(g.user.promised, number, formatDate(end, g.company.Language))
	case end > g.opts.AsOf && x < 25: // broken or pending promise
		ev.e.Outcome, ev.e.Text = "promised", fmt.Sprintf(g.user.promised, number, formatDate(d.AddDays(7+r.IntN(8)), g.company.Language))
	case x < 45:
		ev.e.Outcome, ev.e.Text = "reached", fmt.Sprintf(g.user.reached, pick(r, p.people).String())
	case x < 75:
		ev.e.Outcome, ev.e.Text = "no answer", g.user.noAnswer
	default:
		ev.e.Outcome, ev.e.Text = "left message", g.user.voicemail
	}
	return ev
}

// call logs a phone call on day d with the given outcome and note (inv -1: about the account).
func (g *generator) call(r *rand.Rand, p *plan, inv int, d data.Date, outcome, text string) {
	p.events = append(p.events, evPlan{inv: inv, e: data.Event{At: g.debtorDaytime(r, p, d.AddDays(-1-r.IntN(3))),
		Kind: data.EventContact, Channel: data.ChannelPhone, Outcome: outcome, Text: text}})
}

// debtorDaytime returns a time between 09:00 and 17:00 on a weekday on or before d, in the
// debtor's own time zone.
func (g *generator) debtorDaytime(r *rand.Rand, p *plan, d data.Date) time.Time {
	switch d.Weekday() {
	case 6:
		d--
	case 0:
		d -= 2
	}
	return at(d, 9+r.IntN(8), r.IntN(60), g.location(p.customer.TimeZone))
}
