package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// contactsTab lists a customer's addresses, people, phone numbers and emails as cards.
type contactsTab struct {
	d     *customerDetail
	cards *fyne.Container
	root  fyne.CanvasObject
}

func newContactsTab(d *customerDetail) *contactsTab {
	t := &contactsTab{d: d, cards: container.NewGridWrap(fyne.NewSize(340, 190))}
	add := widget.NewButtonWithIcon(lang.X("customer.add_contact", "Add contact…"), theme.ContentAddIcon(), func() { d.onEditContact(nil) })
	t.root = container.NewBorder(container.NewHBox(add), nil, nil, nil, container.NewVScroll(t.cards))
	return t
}

func (t *contactsTab) set(cs []data.Contact) {
	t.cards.Objects = nil
	if len(cs) == 0 {
		t.cards.Objects = append(t.cards.Objects, emptyNote(lang.X("contacts.none", "No contacts yet. Letters need a billing address.")))
	}
	for _, c := range cs {
		t.cards.Objects = append(t.cards.Objects, t.contactCard(c))
	}
	t.cards.Refresh()
}

func (t *contactsTab) contactCard(c data.Contact) fyne.CanvasObject {
	kind := newChip(contactKindText(c.Kind), navy)
	if c.Kind == data.ContactBilling {
		kind.Set(contactKindText(c.Kind), green)
	}
	lines := widget.NewLabel(strings.Join(c.AddressLines(), "\n"))
	lines.Wrapping = fyne.TextWrapWord
	var reach []string
	if c.Phone != "" {
		reach = append(reach, "☎ "+c.Phone)
	}
	if c.Email != "" {
		reach = append(reach, "✉ "+c.Email)
	}
	if c.Note != "" {
		reach = append(reach, c.Note)
	}
	more := widget.NewLabel(strings.Join(reach, "\n"))
	more.Truncation = fyne.TextTruncateEllipsis
	cc := c
	edit := widget.NewButtonWithIcon("", theme.DocumentCreateIcon(), func() { t.d.onEditContact(&cc) })
	edit.Importance = widget.LowImportance
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { t.onDelete(cc) })
	del.Importance = widget.LowImportance
	top := container.NewBorder(nil, nil, kind, container.NewHBox(edit, del))
	return card(container.NewBorder(top, nil, nil, nil, container.NewVBox(lines, more)))
}

func (t *contactsTab) onDelete(c data.Contact) {
	a := t.d.a
	name := c.Name
	if name == "" {
		name = contactKindText(c.Kind)
	}
	dialog.ShowConfirm(lang.X("contacts.delete.title", "Delete contact"),
		lang.X("contacts.delete.confirm", "Delete the contact “{{.Name}}”?", map[string]any{"Name": name}),
		func(ok bool) {
			if !ok {
				return
			}
			store := a.Store()
			a.Go(func() (func(), error) { return t.d.saved, store.DeleteContact(c.ID) })
		}, a.win)
}

// contactKindText is the translated name of a contact kind.
func contactKindText(k data.ContactKind) string {
	switch k {
	case data.ContactBilling:
		return lang.X("contact.kind.billing", "Billing address")
	case data.ContactHome:
		return lang.X("contact.kind.home", "Home")
	case data.ContactWorkplace:
		return lang.X("contact.kind.workplace", "Workplace")
	case data.ContactNextOfKin:
		return lang.X("contact.kind.next_of_kin", "Next of kin")
	}
	return lang.X("contact.kind.other", "Other")
}

// detailsTab shows the customer's identifiers, settings and notes.
type detailsTab struct {
	d      *customerDetail
	fields *widget.Form
	notes  *widget.Label
	root   fyne.CanvasObject
	values map[string]*widget.Label
}

var detailFields = []string{"org", "vat", "national", "language", "country", "timezone", "currency", "risk", "created", "updated"}

func newDetailsTab(d *customerDetail) *detailsTab {
	t := &detailsTab{d: d, values: map[string]*widget.Label{}}
	names := map[string]string{
		"org": lang.X("customer.field.org", "Org. number"), "vat": lang.X("customer.field.vat", "VAT ID"),
		"national": lang.X("customer.field.national", "National ID"), "language": lang.X("customer.field.language", "Letter language"),
		"country": lang.X("customer.field.country", "Country"), "timezone": lang.X("customer.field.timezone", "Time zone"),
		"currency": lang.X("customer.field.currency", "Account currency"), "risk": lang.X("customer.field.risk", "Risk rating"),
		"created": lang.X("customer.field.created", "Created"), "updated": lang.X("customer.field.updated", "Last changed"),
	}
	t.fields = widget.NewForm()
	for _, k := range detailFields {
		v := widget.NewLabel("")
		v.Selectable = true
		t.values[k] = v
		t.fields.Append(names[k], v)
	}
	t.notes = widget.NewLabel("")
	t.notes.Wrapping = fyne.TextWrapWord
	t.notes.Selectable = true
	edit := widget.NewButtonWithIcon(lang.X("customer.edit", "Edit customer…"), theme.DocumentCreateIcon(), d.onEdit)
	notes := container.NewBorder(subheading(lang.X("customer.field.notes", "Notes")), nil, nil, nil, t.notes)
	t.root = container.NewVScroll(container.NewVBox(container.NewHBox(edit),
		container.NewGridWithColumns(2, t.fields, notes)))
	return t
}

func (t *detailsTab) set(c data.Customer) {
	dash := func(s string) string {
		if s == "" {
			return "—"
		}
		return s
	}
	lg := t.d.a.Language()
	t.values["org"].SetText(dash(c.OrgNumber))
	t.values["vat"].SetText(dash(c.VATID))
	t.values["national"].SetText(dash(c.MaskedNationalID()))
	t.values["language"].SetText(dash(languageName(c.Language)))
	t.values["country"].SetText(dash(c.Country))
	t.values["timezone"].SetText(dash(c.TimeZone))
	t.values["currency"].SetText(c.Currency)
	t.values["risk"].SetText(dash(c.Risk))
	t.values["created"].SetText(formatStamp(c.Created, lg))
	t.values["updated"].SetText(formatStamp(c.Updated, lg))
	t.notes.SetText(c.Notes)
	if c.Notes == "" {
		t.notes.SetText(lang.X("customer.no_notes", "No notes."))
	}
}
