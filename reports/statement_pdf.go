package reports

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"overdue/data"
	"overdue/letters/pdfdoc"
)

// pdfLabels returns the words pdfdoc prints itself (footer, letterhead) in lang, for a
// company registered in country.
func pdfLabels(lang, country string) pdfdoc.Labels {
	org, vat := pdfdoc.CompanyIDLabels(country, lang)
	return pdfdoc.Labels{Page: text(lang, "page"), OrgNumber: org, VATNumber: vat,
		Phone: text(lang, "phone"), Email: text(lang, "email"), Account: text(lang, "account")}
}

// PDF renders the statement of account. created is the PDF's creation time (zero: now).
func (st *Statement) PDF(created time.Time) ([]byte, error) {
	lang := st.Lang
	T := func(key string, args ...string) string { return text(lang, key, args...) }
	doc := pdfdoc.New(pdfdoc.Options{Company: st.Company, Lang: lang, Labels: pdfLabels(lang, st.Company.Country), Created: created,
		Title:   T("title") + " " + st.AsOf.String() + " – " + st.Customer.Name,
		Subject: T("title") + " " + T("as_of", "date", pdfdoc.FormatDate(st.AsOf, lang, st.Company.Country))})
	date := func(d data.Date) string { return doc.Date(d) }
	doc.NewSection()
	doc.AddressWindow(pdfdoc.Address{Lines: st.Address, Abroad: st.Abroad})
	contact := firstNonEmpty(st.Company.Phone, st.Company.Email)
	doc.InfoBlock([]pdfdoc.Field{
		{Label: T("date"), Value: date(st.AsOf)},
		{Label: T("customer_no"), Value: st.Customer.Number},
		{Label: T("contact"), Value: contact},
	})
	doc.Heading(T("title") + " " + T("as_of", "date", date(st.AsOf)))
	doc.Paragraph(T("intro", "date", date(st.AsOf)))

	var overdue []string
	for _, a := range st.Accounts {
		if len(st.Accounts) > 1 {
			doc.Heading(T("currency") + ": " + a.Currency)
		}
		st.openTable(doc, a, T)
		st.agingTable(doc, a, T)
		st.ledgerTable(doc, a, T)
		if a.Unallocated != 0 {
			doc.Paragraph(T("unallocated", "amount", doc.Money(a.Unallocated, a.Currency)))
		}
		if due := a.Aging.Overdue() - max(0, a.Unallocated); due > 0 {
			overdue = append(overdue, doc.Money(due, a.Currency))
		}
	}

	doc.Heading(T("pay_heading"))
	open := false
	for _, a := range st.Accounts {
		open = open || a.OpenTotal() > 0
	}
	switch {
	case len(overdue) > 0:
		doc.Paragraph(T("pay_overdue", "amount", strings.Join(overdue, " + "), "number", st.Customer.Number))
	case open:
		doc.Paragraph(T("pay_current", "number", st.Customer.Number))
	default:
		doc.Paragraph(T("pay_nothing"))
	}
	if open {
		doc.KeyValues(paymentFields(st.Company, st.Customer.Number, T))
	}
	if contact != "" {
		doc.Paragraph(T("closing_note", "contact", contact))
	}
	if err := doc.Err(); err != nil {
		return nil, fmt.Errorf("statement PDF: %w", err)
	}
	return doc.Bytes()
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

// paymentFields are the bank details to pay to.
func paymentFields(c data.Company, customerNo string, T func(string, ...string) string) []pdfdoc.Field {
	f := []pdfdoc.Field{{Label: T("recipient"), Value: c.Name}}
	if c.IBAN != "" {
		f = append(f, pdfdoc.Field{Label: "IBAN", Value: groupIBAN(c.IBAN), Strong: true})
	}
	if c.BIC != "" {
		f = append(f, pdfdoc.Field{Label: "BIC", Value: c.BIC})
	}
	if c.AccountNumber != "" {
		f = append(f, pdfdoc.Field{Label: T("account"), Value: c.AccountNumber, Strong: c.IBAN == ""})
	}
	return append(f, pdfdoc.Field{Label: T("reference"), Value: T("customer_no") + " " + customerNo})
}

// groupIBAN writes an IBAN in groups of four: "NO93 8601 1117 947".
func groupIBAN(iban string) string {
	s := strings.ToUpper(strings.ReplaceAll(iban, " ", ""))
	var b strings.Builder
	for i, r := range s {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (st *Statement) amount(v int64, cur string) string { return data.FormatAmount(v, cur, st.Lang) }

func (st *Statement) openTable(doc *pdfdoc.Doc, a StatementAccount, T func(string, ...string) string) {
	doc.Heading(T("open_invoices"))
	if len(a.Open) == 0 {
		doc.Paragraph(T("no_open"))
		return
	}
	t := pdfdoc.Table{Condensed: true, Columns: []pdfdoc.Column{
		{Title: T("invoice_no")}, {Title: T("invoice_date"), Width: 32}, {Title: T("due_date"), Width: 26},
		{Title: T("days_overdue"), Width: 22, Align: pdfdoc.AlignRight},
		{Title: T("amount") + " (" + a.Currency + ")", Width: 28, Align: pdfdoc.AlignRight},
		{Title: T("open") + " (" + a.Currency + ")", Width: 28, Align: pdfdoc.AlignRight},
	}}
	var total int64
	for _, o := range a.Open {
		days := ""
		if o.DaysOverdue > 0 {
			days = strconv.Itoa(o.DaysOverdue)
		}
		t.Rows = append(t.Rows, []string{o.Invoice.Number, doc.Date(o.Invoice.IssueDate), doc.Date(o.Invoice.DueDate),
			days, st.amount(o.Invoice.Amount, a.Currency), st.amount(o.Open, a.Currency)})
		total += o.Open
	}
	t.Total = []string{T("total"), "", "", "", "", st.amount(total, a.Currency)}
	doc.Table(t)
}

func (st *Statement) agingTable(doc *pdfdoc.Doc, a StatementAccount, T func(string, ...string) string) {
	if len(a.Open) == 0 {
		return
	}
	doc.Heading(T("aging"))
	t := pdfdoc.Table{Condensed: true}
	row := make([]string, 0, NumBuckets+1)
	for b := 0; b < NumBuckets; b++ {
		t.Columns = append(t.Columns, pdfdoc.Column{Title: BucketLabel(st.Lang, st.Settings.Edges, b), Align: pdfdoc.AlignRight})
		row = append(row, st.amount(a.Aging[b], a.Currency))
	}
	t.Columns = append(t.Columns, pdfdoc.Column{Title: T("total") + " (" + a.Currency + ")", Align: pdfdoc.AlignRight})
	t.Rows = [][]string{append(row, st.amount(a.Aging.Total(), a.Currency))}
	doc.Table(t)
}

func (st *Statement) ledgerTable(doc *pdfdoc.Doc, a StatementAccount, T func(string, ...string) string) {
	doc.Heading(T("activity", "date", doc.Date(a.From)))
	t := pdfdoc.Table{Condensed: true, Columns: []pdfdoc.Column{
		{Title: T("date"), Width: 22}, {Title: T("text")},
		{Title: T("debit"), Width: 26, Align: pdfdoc.AlignRight},
		{Title: T("credit"), Width: 26, Align: pdfdoc.AlignRight},
		{Title: T("balance") + " (" + a.Currency + ")", Width: 28, Align: pdfdoc.AlignRight},
	}}
	t.Rows = append(t.Rows, []string{doc.Date(a.From), T("opening"), "", "", st.amount(a.Opening, a.Currency)})
	for _, l := range a.Lines {
		var desc, debit, credit string
		switch l.Kind {
		case LedgerInvoice:
			desc = T("invoice", "ref", l.Reference, "due", doc.Date(l.Due))
			debit = st.amount(l.Debit, a.Currency)
		default:
			desc = T(string(l.Kind))
			if l.Reference != "" {
				desc += " " + l.Reference
			}
			if len(l.Invoices) > 0 {
				desc += " " + T("applied_to", "invoices", strings.Join(l.Invoices, ", "))
			}
			credit = st.amount(l.Credit, a.Currency)
		}
		t.Rows = append(t.Rows, []string{doc.Date(l.Date), desc, debit, credit, st.amount(l.Balance, a.Currency)})
	}
	t.Total = []string{"", T("closing", "date", doc.Date(st.AsOf)), "", "", st.amount(a.Closing, a.Currency)}
	doc.Table(t)
}
