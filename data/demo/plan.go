package demo

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"overdue/data"
)

// plan is everything about one customer, ready to be written: the producer makes plans
// while the writer stores the previous ones. Invoices are referred to by index, since their
// IDs are known only once written.
type plan struct {
	customer data.Customer
	created  time.Time
	contacts []data.Contact
	people   []person // whom calls reach
	invoices []invPlan
	payments []payPlan
	events   []evPlan
	groups   int // installment payments spanning several invoices
}

// invPlan is an invoice and what reduces it.
type invPlan struct {
	inv     data.Invoice
	at      time.Time
	settles []settlement
}

// settlement is a payment, credit note or write-off of part of one invoice. Settlements with
// the same group (above 0) are one payment allocated over several invoices.
type settlement struct {
	kind              data.PaymentKind
	date              data.Date
	amount            int64
	method, ref, note string
	group             int
}

// payPlan is one payment, credit note or write-off with its allocations.
type payPlan struct {
	p      data.Payment
	allocs []alloc
	at     time.Time
}

type alloc struct {
	inv    int
	amount int64
}

// evPlan is an event for the log; inv is the invoice index or -1.
type evPlan struct {
	e   data.Event
	inv int
}

// settled returns how much of the invoice is paid, credited or written off.
func (ip *invPlan) settled() int64 {
	var n int64
	for _, s := range ip.settles {
		n += s.amount
	}
	return n
}

// open returns what is still owed on the invoice.
func (ip *invPlan) open() int64 { return ip.inv.Amount - ip.settled() }

// resolved returns the date the invoice was settled in full, or 0 if it is still open.
func (ip *invPlan) resolved() data.Date {
	if ip.open() > 0 {
		return 0
	}
	var last data.Date
	for _, s := range ip.settles {
		last = max(last, s.date)
	}
	return last
}

// unpay removes the payments and write-offs dated after d (credit notes stay).
func (ip *invPlan) unpay(after data.Date) {
	kept := ip.settles[:0]
	for _, s := range ip.settles {
		if s.kind == data.KindCreditNote || s.date <= after {
			kept = append(kept, s)
		}
	}
	ip.settles = kept
}

// finish dates the customer's creation before its first invoice and turns the settlements
// into payments, in date order.
func (g *generator) finish(r *rand.Rand, sk *skeleton, p *plan) {
	first := sk.start
	if len(p.invoices) > 0 {
		first = p.invoices[0].inv.IssueDate
	}
	created := first - data.Date(1+r.IntN(45))
	p.created = g.officeHours(r, created)
	if len(p.invoices) > 0 && !p.created.Before(p.invoices[0].at) {
		p.created = p.invoices[0].at.Add(-time.Hour)
	}
	if sk.pooled {
		pool(p, languageTexts[sk.loc.language])
	}
	groups := make([]int, p.groups+1) // group → index in p.payments
	for k := range p.invoices {
		ip := &p.invoices[k]
		for _, s := range ip.settles {
			if s.group > 0 && groups[s.group] > 0 {
				pp := &p.payments[groups[s.group]-1]
				pp.p.Amount += s.amount
				pp.allocs = append(pp.allocs, alloc{k, s.amount})
				continue
			}
			p.payments = append(p.payments, payPlan{
				p: data.Payment{Kind: s.kind, Date: s.date, Amount: s.amount, Currency: ip.inv.Currency,
					Method: s.method, Reference: s.ref, Note: s.note},
				allocs: []alloc{{k, s.amount}},
				at:     g.officeHours(r, s.date),
			})
			if s.group > 0 {
				groups[s.group] = len(p.payments)
			}
		}
	}
	sort.SliceStable(p.payments, func(i, j int) bool { return p.payments[i].at.Before(p.payments[j].at) })
	sort.SliceStable(p.events, func(i, j int) bool { return p.events[i].e.At.Before(p.events[j].e.At) })
}

// pool joins the bank transfers of a customer that pays its invoices weekly: the payments of
// one week become one transfer on the week's last payment day, allocated to each invoice.
func pool(p *plan, lt *texts) {
	type ref struct{ inv, settle int }
	weeks := map[data.Date][]ref{}
	var order []data.Date
	for k := range p.invoices {
		for j, s := range p.invoices[k].settles {
			if s.kind != data.KindPayment || s.group != 0 || s.method != "bank transfer" {
				continue
			}
			week := s.date - data.Date((int(s.date)+1)%7) // the Sunday before
			if weeks[week] == nil {
				order = append(order, week)
			}
			weeks[week] = append(weeks[week], ref{k, j})
		}
	}
	for _, week := range order {
		refs := weeks[week]
		if len(refs) < 2 {
			continue
		}
		p.groups++
		var last data.Date
		var numbers []string
		for _, x := range refs {
			last = max(last, p.invoices[x.inv].settles[x.settle].date)
			if len(numbers) < 3 {
				numbers = append(numbers, p.invoices[x.inv].inv.Number)
			}
		}
		text := fmt.Sprintf(lt.payRef, strings.Join(numbers, ", "))
		if len(refs) > 3 {
			text += " …"
		}
		for _, x := range refs {
			s := &p.invoices[x.inv].settles[x.settle]
			s.group, s.date, s.ref = p.groups, last, text
		}
	}
}
