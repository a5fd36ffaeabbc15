package letters

import (
	"overdue/data"
)

// SampleDraft is a letter of a level to an imaginary business customer, 45 days late on two
// invoices, computed with the company's real tables: the template editor previews with it.
func (b *Book) SampleDraft(level data.DunningLevel, lang string, asOf data.Date) *Draft {
	cur := b.Company.Currency
	invs := []data.Invoice{
		{ID: 1, Number: "2026-0101", IssueDate: asOf.AddDays(-59), DueDate: asOf.AddDays(-45), Amount: 1250_00, Currency: cur},
		{ID: 2, Number: "2026-0117", IssueDate: asOf.AddDays(-44), DueDate: asOf.AddDays(-30), Amount: 480_00, Currency: cur},
	}
	cust := data.Customer{Number: "10042", Name: sampleName[lang], Type: data.Business, Language: lang, Currency: cur}
	d := &Draft{Company: b.Company, Customer: cust, Level: level, Language: lang, Date: asOf,
		Deadline: asOf.AddDays(level.DeadlineDays), Currency: cur,
		Address: []string{cust.Name, "Storgata 1", "0155 Oslo"}}
	if level.Level > 1 {
		d.Episode = []data.Letter{{Level: level.Level - 1, Date: asOf.AddDays(-14), Deadline: asOf.AddDays(-1)}}
	}
	rates := RatesFor(b.Rates, b.Company.Country, data.RateBusiness)
	d.RateBP, _ = rateOn(rates, asOf)
	for _, inv := range invs {
		row := InvoiceRow{Invoice: inv, Open: inv.Amount, DaysOverdue: int(asOf - inv.DueDate)}
		if level.Interest {
			lines := SimpleInterest(Balance{InvoiceID: inv.ID, Invoice: inv.Number, Amount: inv.Amount}, rates,
				inv.DueDate.AddDays(1), asOf)
			row.Interest = SumInterest(lines)
			d.Interest = append(d.Interest, lines...)
			d.DailyRate += simpleInterest(inv.Amount, d.RateBP, 1)
		}
		d.Invoices = append(d.Invoices, row)
		d.Principal += row.Open
		d.InterestSum += row.Interest
	}
	d.Charges = ComputeCharges(ChargeInput{Country: b.Company.Country, Debtor: cust.Type, Level: level, Currency: cur,
		Date: asOf, Episode: d.Episode, Invoices: invs, Rules: b.FeeRules, Rates: b.FX})
	d.Total = d.Principal + d.InterestSum + d.Charges.Fees() + d.Charges.Compensation
	d.Payment = b.payment(d)
	d.Apply(b.Template(level, lang))
	return d
}

var sampleName = map[string]string{"en": "Harbour & Sons Ltd", "de": "Weiß & Söhne GmbH", "nb": "Ærlig Ødegård AS",
	"pl": "Świętokrzyska Spółka Sp. z o.o."}

// Apply fills a template with the draft's values, setting Subject and Body.
func (d *Draft) Apply(t Template) {
	v := d.values()
	d.Subject, d.Body = fill(t.Subject, v), fill(t.Body, v)
}
