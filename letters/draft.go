package letters

import (
	"errors"
	"fmt"

	"overdue/data"
)

// noAddressNote is the note of a letter to a customer without a postal address.
const noAddressNote = "no postal address: add the customer's billing address; the letter is not produced until then"

// InvoiceRow is one invoice as a letter lists it.
type InvoiceRow struct {
	Invoice     data.Invoice
	Paid        int64 // allocated on or before the letter's date
	Open        int64
	DaysOverdue int
	Interest    int64
}

// Draft is everything one letter says, computed and ready to print.
type Draft struct {
	Company     data.Company
	Customer    data.Customer
	Address     []string // the recipient's address lines
	Abroad      bool     // the address is in another country than the company
	NoAddress   bool     // the customer has no postal address: the letter cannot be posted
	Level       data.DunningLevel
	Language    string
	Date        data.Date
	Deadline    data.Date
	Currency    string
	Invoices    []InvoiceRow
	Interest    []InterestLine
	RateBP      int   // the rate in force on the letter's date
	DailyRate   int64 // interest one more day adds
	Charges     Charges
	Principal   int64
	InterestSum int64
	Total       int64
	Episode     []data.Letter // earlier letters about the claim, newest first
	// FirstListed are the numbers of the invoices the previous letter did not list (they fell
	// due since): the letter says so, so that "despite our letter of …" is true of the rest.
	FirstListed []string
	Payment     Payment
	Subject     string
	Body        string
	Notes       []string // what the user should know (left-out fees, missing address, …)

	qr *QRCode // the payment QR code, once encoded
}

// Prepare computes the letter of a queue item dated asOf.
func (b *Book) Prepare(it Item, asOf data.Date) (*Draft, error) {
	c := it.Candidate
	cust, err := b.Store.Customer(c.CustomerID)
	if err != nil {
		return nil, err
	}
	d := &Draft{Company: b.Company, Customer: cust, Level: it.Level, Language: it.Language, Date: asOf,
		Deadline: asOf.AddDays(it.Level.DeadlineDays), Currency: c.Currency, Episode: c.Episode}
	contact, err := b.Store.BillingContact(cust.ID)
	switch {
	case errors.Is(err, data.ErrNotFound):
		d.Address = []string{cust.Name}
		d.NoAddress = true
		d.Notes = append(d.Notes, noAddressNote)
	case err != nil:
		return nil, err
	default:
		person := contact.Name
		contact.Name = ""
		if len(contact.AddressLines()) == 0 {
			d.NoAddress = true
			d.Notes = append(d.Notes, noAddressNote)
		}
		d.Address = []string{cust.Name}
		if person != "" && person != cust.Name {
			d.Address = append(d.Address, person)
		}
		d.Address = append(d.Address, contact.EnvelopeLines(b.Company.Country, b.Company.Language)...)
		d.Abroad = contact.Abroad(b.Company.Country)
	}
	invs, allocs, err := b.Store.OverdueInvoices(cust.ID, c.Currency, asOf)
	if err != nil {
		return nil, err
	}
	if len(invs) == 0 {
		return nil, fmt.Errorf("customer %s has nothing past due in %s on %s", cust.Number, c.Currency, asOf)
	}
	kind := data.RateDebtorOf(cust.Type)
	rates := RatesFor(b.Rates, b.Company.Country, kind)
	d.RateBP, _ = rateOn(rates, asOf)
	for _, inv := range invs {
		start := interestStart(b.Company.Country, cust.Type, c.Episode, inv)
		row := InvoiceRow{Invoice: inv, DaysOverdue: int(asOf - inv.DueDate)}
		var paidBy []data.DatedAmount
		for _, a := range allocs[inv.ID] {
			if a.Date <= asOf {
				row.Paid += a.Amount
				paidBy = append(paidBy, a)
			}
		}
		row.Open = inv.Amount - row.Paid
		if row.Open <= 0 {
			continue
		}
		if it.Level.Interest {
			from := inv.DueDate.AddDays(1)
			if start != 0 && start > from {
				from = start
			}
			if start >= 0 {
				lines := SimpleInterest(Balance{InvoiceID: inv.ID, Invoice: inv.Number, Amount: inv.Amount,
					Payments: paidBy}, rates, from, asOf)
				row.Interest = SumInterest(lines)
				d.Interest = append(d.Interest, lines...)
				d.DailyRate += simpleInterest(row.Open, d.RateBP, 1)
			}
		}
		d.Invoices = append(d.Invoices, row)
		d.Principal += row.Open
		d.InterestSum += row.Interest
	}
	if len(c.Episode) > 0 {
		prev, err := b.Store.Letter(c.Episode[0].ID)
		if err != nil {
			return nil, err
		}
		before := map[int64]bool{}
		for _, li := range prev.Invoices {
			before[li.InvoiceID] = true
		}
		for _, r := range d.Invoices {
			if !before[r.Invoice.ID] {
				d.FirstListed = append(d.FirstListed, r.Invoice.Number)
			}
		}
	}
	listed := make([]data.Invoice, len(d.Invoices))
	for i, r := range d.Invoices {
		listed[i] = r.Invoice
	}
	d.Charges = ComputeCharges(ChargeInput{Country: b.Company.Country, Debtor: cust.Type, Level: it.Level,
		Currency: c.Currency, Date: asOf, Episode: c.Episode, Invoices: listed, Rules: b.FeeRules, Rates: b.FX})
	d.Notes = append(d.Notes, d.Charges.Notes...)
	if it.Level.Interest && len(d.Interest) == 0 && d.RateBP == 0 {
		d.Notes = append(d.Notes, "no interest: the rate table has no period for this date")
	}
	if b.Company.Country == "GB" && it.Level.TextKey == "letter_of_claim" &&
		(cust.Type == data.Consumer || cust.Type == data.SoleTrader) {
		d.Notes = append(d.Notes, "Pre-Action Protocol for Debt Claims: enclose the Information Sheet, Reply Form and "+
			"Financial Statement (Annex 1, from justice.gov.uk) and the customer's statement of account, as the letter says")
	}
	d.Total = d.Principal + d.InterestSum + d.Charges.Fees() + d.Charges.Compensation
	d.Payment = b.payment(d)
	d.Apply(b.Template(it.Level, d.Language))
	return d, nil
}

// interestStart returns the first day interest on inv may run from regardless of its due
// date: 0 for none (interest runs from the day after the due date), or -1 for no interest
// yet. A German consumer is in default only after a reminder about the invoice (§ 286 BGB),
// so its interest runs from the day after the first letter written after the invoice fell
// due — a letter about other invoices sent before does not count.
func interestStart(country string, t data.DebtorType, episode []data.Letter, inv data.Invoice) data.Date {
	if country != "DE" || t != data.Consumer {
		return 0
	}
	for i := len(episode) - 1; i >= 0; i-- { // oldest first
		if l := episode[i]; l.Date > inv.DueDate && l.Date >= inv.IssueDate {
			return l.Date.AddDays(1)
		}
	}
	return -1
}
