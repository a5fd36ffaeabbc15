package spreadsheet

import (
	"context"

	"overdue/data"
)

// invoiceColumns are named as the importer reads them: an exported list imports back.
var invoiceColumns = []column{{key: "invoice_number"}, {key: "customer_number"}, {key: "customer_name", width: 30},
	{key: "tax_id"}, {key: "issue_date", kind: colDate}, {key: "due_date", kind: colDate},
	{key: "amount", kind: colMoney}, {key: "paid", kind: colMoney}, {key: "open", kind: colMoney},
	{key: "currency", width: 9}, {key: "days_overdue", kind: colInt}, {key: "description", width: 30},
	{key: "email", width: 26}, {key: "phone"}, {key: "address", width: 36}}

// customerInfo is what an invoice row shows of its customer.
type customerInfo struct {
	number, name, vatID string
	contact             data.Contact
}

// customerDirectory loads customers as invoice rows need them, each once.
type customerDirectory struct {
	s *data.Store
	m map[int64]*customerInfo
}

func (d *customerDirectory) get(id int64) (*customerInfo, error) {
	if c, ok := d.m[id]; ok {
		return c, nil
	}
	c, err := d.s.Customer(id)
	if err != nil {
		return nil, err
	}
	ct, err := billingContact(d.s, id)
	if err != nil {
		return nil, err
	}
	info := &customerInfo{number: c.Number, name: c.Name, vatID: c.VATID, contact: ct}
	d.m[id] = info
	return info, nil
}

func exportInvoices(ctx context.Context, s *data.Store, b *book, asOf data.Date) error {
	n, err := s.CountInvoices(data.InvoiceFilter{})
	if err != nil {
		return err
	}
	dir := &customerDirectory{s: s, m: map[int64]*customerInfo{}}
	return b.table(word(b.lang, "sheet_invoices"), invoiceColumns, n, func(emit func([]any) error) error {
		for off := 0; off < n; off += pageSize {
			if err := ctx.Err(); err != nil {
				return err
			}
			page, err := s.Invoices(data.InvoiceFilter{Limit: pageSize, Offset: off})
			if err != nil {
				return err
			}
			for _, inv := range page {
				c, err := dir.get(inv.CustomerID)
				if err != nil {
					return err
				}
				overdue := any(nil)
				if d := inv.DaysPastDue(asOf); d > 0 && inv.Open() > 0 {
					overdue = d
				}
				if err := emit([]any{inv.Number, c.number, c.name, c.vatID, inv.IssueDate, inv.DueDate,
					money{inv.Amount, inv.Currency}, money{inv.Paid, inv.Currency}, money{inv.Open(), inv.Currency},
					inv.Currency, overdue, inv.Description, c.contact.Email, c.contact.Phone,
					addressText(c.contact, b.home, b.lang)}); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
