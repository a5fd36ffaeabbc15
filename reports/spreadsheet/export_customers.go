package spreadsheet

import (
	"context"
	"errors"
	"strings"

	"overdue/data"
)

var customerColumns = []column{{key: "customer_number"}, {key: "customer_name", width: 30}, {key: "type"},
	{key: "org_number"}, {key: "tax_id"}, {key: "country", width: 8}, {key: "language", width: 8},
	{key: "currency", width: 9}, {key: "status"}, {key: "credit_limit", kind: colMoney},
	{key: "balance", kind: colMoney}, {key: "open_invoices", kind: colInt}, {key: "oldest_due", kind: colDate},
	{key: "email", width: 26}, {key: "phone"}, {key: "address", width: 36}}

func exportCustomers(ctx context.Context, s *data.Store, b *book) error {
	list, err := s.Customers(data.CustomerFilter{Sort: data.SortByNumber})
	if err != nil {
		return err
	}
	return b.table(word(b.lang, "sheet_customers"), customerColumns, len(list), func(emit func([]any) error) error {
		for _, sum := range list {
			if err := ctx.Err(); err != nil {
				return err
			}
			c, err := s.Customer(sum.ID)
			if err != nil {
				return err
			}
			ct, err := billingContact(s, c.ID)
			if err != nil {
				return err
			}
			limit := any(nil)
			if c.CreditLimit > 0 {
				limit = money{c.CreditLimit, c.Currency}
			}
			if err := emit([]any{c.Number, c.Name, word(b.lang, "type_"+string(c.Type)), c.OrgNumber, c.VATID,
				c.Country, c.Language, c.Currency, word(b.lang, "status_"+string(c.Status)), limit,
				money{sum.Balance, c.Currency}, sum.OpenCount, sum.OldestDue, ct.Email, ct.Phone,
				addressText(ct, b.home, b.lang)}); err != nil {
				return err
			}
		}
		return nil
	})
}

// billingContact returns the customer's billing contact, or an empty one.
func billingContact(s *data.Store, id int64) (data.Contact, error) {
	c, err := s.BillingContact(id)
	if errors.Is(err, data.ErrNotFound) {
		return data.Contact{}, nil
	}
	return c, err
}

// addressText writes a contact's postal address on one line, the way the importer splits it
// again ("Storgata 1, 0155 Oslo"); an address outside home ends with its country's name in
// lang ("Hauptstraße 5, 10115 Berlin, Tyskland").
func addressText(c data.Contact, home, lang string) string {
	var parts []string
	for _, l := range strings.Split(c.Street, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			parts = append(parts, l)
		}
	}
	switch {
	case c.Country == "US" && c.City != "":
		parts = append(parts, c.City, strings.TrimSpace(c.Region+" "+c.Postcode))
	case c.Country == "GB" && c.City != "":
		parts = append(parts, strings.TrimSpace(c.City+" "+c.Postcode))
	default:
		if pc := strings.TrimSpace(c.Postcode + " " + c.City); pc != "" {
			parts = append(parts, pc)
		}
	}
	if c.Country != "" && c.Country != home && len(parts) > 0 {
		parts = append(parts, data.CountryName(c.Country, lang))
	}
	return strings.Join(parts, ", ")
}
