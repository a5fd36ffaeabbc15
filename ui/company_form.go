package ui

import (
	"bytes"
	"fmt"
	"image"
	_ "image/jpeg" // logos may be JPEG
	_ "image/png"  // or PNG
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// maxLogoBytes is the largest logo file accepted.
const maxLogoBytes = 2 << 20

// companyForm edits the company profile that heads every letter.
type companyForm struct {
	*recordForm
	logo    []byte
	preview *canvas.Image
	noLogo  *widget.Label
	removeL *widget.Button
	// read reads and validates the profile (UI goroutine); false when a message is shown.
	read func() (data.Company, bool)
}

// newCompanyForm builds the profile form; write stores the profile (off the UI goroutine)
// and done runs on the UI goroutine after it succeeded.
func newCompanyForm(a *App, c data.Company, saveText string, write func(*data.Company) error, done func(data.Company)) *companyForm {
	if c.Country == "" {
		c.Country = "NO"
	}
	if c.Currency == "" || c.Language == "" {
		c.Currency, c.Language = data.DefaultsFor(c.Country)
	}
	f := &companyForm{recordForm: newRecordForm(a, saveText), logo: c.Logo}
	name := f.entry("Name", lang.X("company.field.name", "Company name"), c.Name, "")
	street := f.multiline("Street", lang.X("company.field.street", "Street address"), c.Street, 2)
	postcode := f.entry("Postcode", lang.X("company.field.postcode", "Postcode"), c.Postcode, "")
	city := f.entry("City", lang.X("company.field.city", "City"), c.City, "")
	countryLabels := make([]string, len(data.Countries))
	for i, code := range data.Countries {
		countryLabels[i] = countryName(code)
	}
	countrySel, country := f.choice("Country", lang.X("company.field.country", "Country"), data.Countries, countryLabels, c.Country)
	org := f.entry("OrgNumber", lang.X("company.field.org", "Org. number"), c.OrgNumber,
		lang.X("company.field.org_hint", "Organisasjonsnummer, KRS/REGON, Handelsregister, Companies House or EIN"))
	vat := f.entry("VATNumber", lang.X("company.field.vat", "VAT number"), c.VATNumber, "")
	iban := f.entry("IBAN", "IBAN", c.IBAN, "")
	bic := f.entry("BIC", "BIC", c.BIC, "")
	account := f.entry("AccountNumber", lang.X("company.field.account", "Account number"), c.AccountNumber,
		lang.X("company.field.account_hint", "Where no IBAN is used (Norway, the US)"))
	email := f.entry("Email", lang.X("company.field.email", "Email"), c.Email, "")
	phone := f.entry("Phone", lang.X("company.field.phone", "Phone"), c.Phone, "")
	f.add("Logo", lang.X("company.field.logo", "Logo"), f.logoPicker(), lang.X("company.field.logo_hint", "PNG or JPEG, printed at the top of letters"))
	currency := widget.NewSelectEntry(commonCurrencies)
	currency.SetText(c.Currency)
	f.add("Currency", lang.X("company.field.currency", "Default currency"), currency, "")
	langLabels := make([]string, len(data.Languages))
	for i, l := range data.Languages {
		langLabels[i] = languageName(l)
	}
	langSel, language := f.choice("Language", lang.X("company.field.language", "Default letter language"), data.Languages, langLabels, c.Language)
	countrySel.OnChanged = func(string) {
		cur, lg := data.DefaultsFor(country())
		currency.SetText(cur)
		for i, l := range data.Languages {
			if l == lg {
				langSel.SetSelectedIndex(i)
			}
		}
	}
	f.read = func() (data.Company, bool) {
		n := data.Company{Name: strings.TrimSpace(name.Text), Street: strings.TrimSpace(street.Text),
			Postcode: strings.TrimSpace(postcode.Text), City: strings.TrimSpace(city.Text), Country: country(),
			OrgNumber: strings.TrimSpace(org.Text), VATNumber: strings.TrimSpace(vat.Text),
			IBAN: strings.ToUpper(strings.TrimSpace(iban.Text)), BIC: strings.ToUpper(strings.TrimSpace(bic.Text)),
			AccountNumber: strings.TrimSpace(account.Text), Email: strings.TrimSpace(email.Text),
			Phone: strings.TrimSpace(phone.Text), Logo: f.logo,
			Currency: strings.ToUpper(strings.TrimSpace(currency.Text)), Language: language()}
		if err := n.Validate(); err != nil {
			f.showError(err)
			return n, false
		}
		return n, true
	}
	f.submit = func() (func() error, bool) {
		n, ok := f.read()
		if !ok {
			return nil, false
		}
		c = n
		return func() error { return write(&n) }, true
	}
	f.done = func() { done(c) }
	return f
}

// logoPicker shows the logo with buttons to choose and remove it.
func (f *companyForm) logoPicker() fyne.CanvasObject {
	f.preview = canvas.NewImageFromResource(nil)
	f.preview.FillMode = canvas.ImageFillContain
	f.preview.SetMinSize(fyne.NewSize(180, 72))
	f.noLogo = widget.NewLabel(lang.X("company.logo.none", "No logo"))
	f.noLogo.Importance = widget.LowImportance
	choose := widget.NewButtonWithIcon(lang.X("company.logo.choose", "Choose…"), theme.FileImageIcon(), f.onChooseLogo)
	f.removeL = widget.NewButtonWithIcon(lang.X("company.logo.remove", "Remove"), theme.DeleteIcon(), func() { f.setLogo(nil) })
	f.setLogo(f.logo)
	frame := card(container.NewStack(f.preview, container.NewCenter(f.noLogo)))
	return container.NewHBox(frame, container.NewVBox(choose, f.removeL))
}

func (f *companyForm) setLogo(b []byte) {
	f.logo = b
	if len(b) == 0 {
		f.preview.Resource = nil
		f.preview.Image = nil
		f.noLogo.Show()
		f.removeL.Disable()
	} else {
		f.preview.Resource = fyne.NewStaticResource("logo", b)
		f.noLogo.Hide()
		f.removeL.Enable()
	}
	f.preview.Refresh()
}

func (f *companyForm) onChooseLogo() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			if err != nil {
				f.a.ShowError(err)
			}
			return
		}
		defer r.Close()
		b, err := readLogo(r)
		if err != nil {
			f.fieldError("Logo", err.Error())
			f.refreshLayout()
			return
		}
		f.fields["Logo"].err.Hide()
		f.setLogo(b)
	}, f.a.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".jpg", ".jpeg", ".PNG", ".JPG", ".JPEG"}))
	d.Show()
}

// readLogo reads a PNG or JPEG of at most maxLogoBytes and checks that it decodes.
func readLogo(r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxLogoBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxLogoBytes {
		return nil, fmt.Errorf("%s", lang.X("company.logo.too_big", "The logo is larger than 2 MB; use a smaller image."))
	}
	if _, format, err := image.DecodeConfig(bytes.NewReader(b)); err != nil || (format != "png" && format != "jpeg") {
		return nil, fmt.Errorf("%s", lang.X("company.logo.bad", "This is not a PNG or JPEG image."))
	}
	return b, nil
}
