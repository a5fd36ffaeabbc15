package letters

import (
	"strconv"
	"strings"

	"overdue/data"
	"overdue/letters/pdfdoc"
)

// money formats an amount in the letter's language.
func (d *Draft) money(amount int64) string { return data.FormatMoney(amount, d.Currency, d.Language) }

// date formats a date in the letter's language.
func (d *Draft) date(x data.Date) string {
	// The reader's convention: an English letter to a customer in the US writes 11/06/2026
	// month first, to anyone else day first, whatever the sender's country.
	country := d.Customer.Country
	if country == "" {
		country = d.Company.Country
	}
	return pdfdoc.FormatDate(x, d.Language, country)
}

// rate formats basis points as the language writes a percentage number: 12.50 or 12,50.
func (d *Draft) rate(bp int) string {
	s := data.FormatBP(bp)
	if d.Language != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// values returns every placeholder's text for this letter; clauses that do not apply are "".
func (d *Draft) values() map[string]string {
	country, lang := d.Company.Country, d.Language
	kind := data.RateDebtorOf(d.Customer.Type)
	oldest := d.Date
	for _, r := range d.Invoices {
		oldest = min(oldest, r.Invoice.DueDate)
	}
	v := map[string]string{
		"customer":           d.Customer.Name,
		"customer_number":    d.Customer.Number,
		"company":            d.Company.Name,
		"date":               d.date(d.Date),
		"deadline":           d.date(d.Deadline),
		"deadline_days":      strconv.Itoa(d.Level.DeadlineDays),
		"total_due":          d.money(d.Total),
		"principal":          d.money(d.Principal),
		"invoice_count":      strconv.Itoa(len(d.Invoices)),
		"oldest_due":         d.date(oldest),
		"days_overdue":       strconv.Itoa(int(d.Date - oldest)),
		"previous_letter":    d.date(d.previousLetter()),
		"fee":                d.money(d.Charges.Fee),
		"fees":               d.money(d.Charges.Fees()),
		"interest":           d.money(d.InterestSum),
		"interest_rate":      d.rate(d.RateBP),
		"daily_interest":     d.money(d.DailyRate),
		"compensation":       d.money(d.Charges.Compensation),
		"compensation_gross": d.money(d.Charges.CompensationGross),
		"reference":          d.Payment.Reference,
		"contact":            contactLine(d.Company),
		"level":              d.Level.Name,
		"next_step":          clause(lang, "next_step", country, kind),
		"legal_clause":       clause(lang, "legal", country, kind),
		"protocol_clause":    "",
	}
	if country == "GB" {
		protocol := "business"
		if d.Customer.Type == data.Consumer || d.Customer.Type == data.SoleTrader {
			protocol = "consumer" // the Pre-Action Protocol for Debt Claims covers individuals and sole traders
		}
		v["protocol_clause"] = fill(clause(lang, "protocol."+country+"."+protocol, "", ""), v)
	}
	if d.InterestSum > 0 {
		v["interest_basis"] = clause(lang, "interest_basis", country, kind)
		v["interest_clause"] = fill(clause(lang, "interest", country, kind), v)
	} else {
		v["interest_clause"] = ""
	}
	switch {
	case d.Charges.Fee > 0 && d.Charges.FeesBefore > 0:
		v["fee_clause"] = fill(clause(lang, "fee.new_and_earlier", country, kind), v)
	case d.Charges.Fee > 0:
		v["fee_clause"] = fill(clause(lang, "fee.new", country, kind), v)
	case d.Charges.FeesBefore > 0:
		v["fee_clause"] = fill(clause(lang, "fee.earlier", country, kind), v)
	default:
		v["fee_clause"] = ""
	}
	if d.Charges.CompensationGross > 0 {
		v["compensation_basis"] = clause(lang, "compensation_basis", country, kind) + d.convertedCompensation()
		name := "compensation"
		if d.Charges.Compensation != d.Charges.CompensationGross {
			name = "compensation.offset"
		}
		v["compensation_clause"] = fill(clause(lang, name, "", ""), v)
		if d.Charges.Compensation == 0 && name == "compensation.offset" {
			v["compensation_clause"] = ""
		}
	} else {
		v["compensation_clause"] = ""
	}
	return v
}

// previousLetter returns the date of the last letter about the claim (the letter's own date
// when there is none, which only the first letter's texts would use).
func (d *Draft) previousLetter() data.Date {
	if len(d.Episode) > 0 {
		return d.Episode[0].Date
	}
	return d.Date
}

// contactLine is how the debtor can reach the company: phone and email.
func contactLine(c data.Company) string {
	var parts []string
	for _, p := range []string{c.Phone, c.Email} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return c.Name
	}
	return strings.Join(parts, " / ")
}

// convertedCompensation spells out a compensation set in another currency: "; 70 EUR for
// 2026-000261, 40 EUR for 2026-000262, converted at the NBP average rate of 29.05.2026".
func (d *Draft) convertedCompensation() string {
	cc := d.Charges.Converted
	if len(cc) == 0 {
		return ""
	}
	parts := make([]string, len(cc))
	for i, c := range cc {
		parts[i] = fill(Label(d.Language, "compensation_item"), map[string]string{
			"amount": data.FormatMoney(c.Amount, c.Currency, d.Language), "invoice": c.Invoice})
	}
	return "; " + strings.Join(parts, ", ") + " " + fill(Label(d.Language, "compensation_rate"),
		map[string]string{"date": d.date(cc[0].RateDate)})
}
