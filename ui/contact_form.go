package ui

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"overdue/data"
)

// showContactForm adds (orig nil) or edits an address, person, phone or email of a customer.
func showContactForm(a *App, customerID int64, orig *data.Contact, done func()) *recordForm {
	c := data.Contact{CustomerID: customerID, Kind: data.ContactBilling, Country: a.Company().Country}
	if orig != nil {
		c = *orig
	}
	f := newRecordForm(a, lang.X("form.save", "Save"))
	kinds := make([]string, len(data.ContactKinds))
	labels := make([]string, len(data.ContactKinds))
	for i, k := range data.ContactKinds {
		kinds[i], labels[i] = string(k), contactKindText(k)
	}
	_, kind := f.choice("Kind", lang.X("contact.field.kind", "Kind"), kinds, labels, string(c.Kind))
	name := f.entry("Name", lang.X("contact.field.name", "Name or department"), c.Name, "")
	street := f.multiline("Street", lang.X("contact.field.street", "Street"), c.Street, 2)
	postcode := f.entry("Postcode", lang.X("contact.field.postcode", "Postcode"), c.Postcode, "")
	city := f.entry("City", lang.X("contact.field.city", "City"), c.City, "")
	region := f.entry("Region", lang.X("contact.field.region", "State or county"), c.Region, "")
	country := f.entry("Country", lang.X("contact.field.country", "Country"), c.Country, lang.X("form.country_hint", "Two-letter code, e.g. NO, PL, DE, GB, US"))
	phone := f.entry("Phone", lang.X("contact.field.phone", "Phone"), c.Phone, "")
	email := f.entry("Email", lang.X("contact.field.email", "Email"), c.Email, "")
	note := f.entry("Note", lang.X("contact.field.note", "Note"), c.Note, "")
	f.submit = func() (func() error, bool) {
		n := c
		n.Kind = data.ContactKind(kind())
		n.Name, n.Street = strings.TrimSpace(name.Text), strings.TrimSpace(street.Text)
		n.Postcode, n.City = strings.TrimSpace(postcode.Text), strings.TrimSpace(city.Text)
		n.Region, n.Country = strings.TrimSpace(region.Text), strings.ToUpper(strings.TrimSpace(country.Text))
		n.Phone, n.Email, n.Note = strings.TrimSpace(phone.Text), strings.TrimSpace(email.Text), strings.TrimSpace(note.Text)
		store := a.Store()
		return func() error {
			if orig == nil {
				return store.CreateContact(&n)
			}
			return store.UpdateContact(&n)
		}, true
	}
	f.done = done
	title := lang.X("contact.form.new", "New contact")
	if orig != nil {
		title = lang.X("contact.form.edit", "Edit contact")
	}
	f.show(title)
	return f
}
