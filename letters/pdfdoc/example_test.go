package pdfdoc_test

import (
	"fmt"

	"overdue/data"
	"overdue/letters/pdfdoc"
)

// A one-page letter: letterhead, the address in the envelope window, the info block, text,
// the invoice table and the payment details; Bytes adds the footer and page numbers.
func ExampleNew() {
	company := data.Company{
		Name: "Nordlys Regnskap AS", Street: "Storgata 1", Postcode: "0155", City: "Oslo",
		Country: "NO", OrgNumber: "923 456 789", AccountNumber: "8601.11.17947",
		Currency: "NOK", Language: "nb",
	}
	customer := data.Contact{Name: "Blåbær AS", Street: "Kirkegata 5", Postcode: "7013", City: "Trondheim", Country: "NO"}

	d := pdfdoc.New(pdfdoc.Options{
		Company: company, Title: "Purring", Lang: "nb",
		Labels: pdfdoc.Labels{Page: "Side {page} av {pages}", OrgNumber: "Org.nr.", Account: "Kontonr."},
	})
	d.NewSection()
	d.AddressWindow(pdfdoc.Address{Lines: customer.AddressLines()})
	d.InfoBlock([]pdfdoc.Field{
		{Label: "Dato", Value: d.Date(data.MustDate("2026-11-22"))},
		{Label: "Kundenr.", Value: "10023"},
	})
	d.Heading("Purring")
	d.Paragraph("Vi kan ikke se å ha mottatt betaling for fakturaen nedenfor.")
	d.Table(pdfdoc.Table{
		Columns: []pdfdoc.Column{
			{Title: "Faktura", Width: 30}, {Title: "Forfall", Width: 30}, {Title: "Tekst"},
			{Title: "Beløp", Width: 35, Align: pdfdoc.AlignRight},
		},
		Rows:  [][]string{{"F-1001", d.Date(data.MustDate("2026-10-31")), "Regnskap oktober", d.Money(1_250_00, "NOK")}},
		Total: []string{"", "", "Å betale", d.Money(1_250_00, "NOK")},
	})
	d.KeyValues([]pdfdoc.Field{{Label: "Kontonr.", Value: company.AccountNumber}, {Label: "KID", Value: "1002304"}})
	pdf, err := d.Bytes()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(pdf[:5]), d.PageCount())
	// Output: %PDF- 1
}
