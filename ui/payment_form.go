package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

// paymentForm records a payment, credit note or write-off and spreads it over the
// customer's open invoices: oldest due date first unless the user changes the split.
type paymentForm struct {
	*recordForm
	cust                          data.Customer
	kind                          *widget.RadioGroup
	date, amount, reference, note *widget.Entry
	method, currency              *widget.SelectEntry
	rows                          *fyne.Container
	invoices                      []data.Invoice
	allocs                        []*widget.Entry
	rest                          *widget.Label
	manual                        bool // the user edited the split
	filling                       bool // the form is filling the split itself
}

// allocColumns: invoice number (flexible), due date, open amount, amount to allocate.
var allocColumns = &columnsLayout{widths: []float32{130, 100, 140, 140}, flex: 0, gap: 4}

var paymentKinds = []data.PaymentKind{data.KindPayment, data.KindCreditNote, data.KindWriteOff}

// showPaymentForm opens the form for the customer; done runs after it saved.
func showPaymentForm(a *App, c data.Customer, kind data.PaymentKind, done func()) *paymentForm {
	f := &paymentForm{recordForm: newRecordForm(a, lang.X("payment.save", "Record")), cust: c}
	f.size = fyne.NewSize(640, 0)
	labels := make([]string, len(paymentKinds))
	for i, k := range paymentKinds {
		labels[i] = paymentKindText(k)
	}
	f.kind = widget.NewRadioGroup(labels, nil)
	f.kind.Horizontal = true
	f.kind.Required = true
	f.kind.SetSelected(paymentKindText(kind))
	f.add("Kind", lang.X("payment.field.kind", "Kind"), f.kind, "")
	f.date = newDateEntry(a, a.Today())
	f.add("Date", lang.X("payment.field.date", "Date"), f.date, "")
	f.amount = f.entry("Amount", lang.X("payment.field.amount", "Amount"), "", "")
	f.amount.OnChanged = func(string) { f.autoAllocate() }
	f.currency = widget.NewSelectEntry(commonCurrencies)
	f.currency.SetText(c.Currency)
	f.currency.OnChanged = func(string) { f.loadInvoices() }
	f.add("Currency", lang.X("payment.field.currency", "Currency"), f.currency, "")
	f.method = widget.NewSelectEntry([]string{lang.X("payment.method.bank", "Bank transfer"),
		lang.X("payment.method.card", "Card"), lang.X("payment.method.cash", "Cash"), lang.X("payment.method.cheque", "Cheque")})
	if kind == data.KindPayment {
		f.method.SetText(lang.X("payment.method.bank", "Bank transfer"))
	}
	f.add("Method", lang.X("payment.field.method", "Method"), f.method, "")
	f.reference = f.entry("Reference", lang.X("payment.field.reference", "Reference"), "",
		lang.X("payment.field.reference_hint", "Bank reference, KID or credit-note number"))
	f.note = f.entry("Note", lang.X("payment.field.note", "Note"), "", lang.X("payment.field.note_hint", "Why, for a credit note or write-off"))

	f.rows = container.NewVBox()
	f.rest = widget.NewLabel("")
	oldest := widget.NewButtonWithIcon(lang.X("payment.oldest_first", "Oldest first"), theme.ViewRefreshIcon(), func() {
		f.manual = false
		f.autoAllocate()
	})
	oldest.Importance = widget.LowImportance
	scroll := container.NewVScroll(f.rows)
	scroll.SetMinSize(fyne.NewSize(0, 170))
	head := container.New(allocColumns, caption(lang.X("invoice.col.number", "Invoice")), caption(lang.X("invoice.col.due", "Due")),
		rightCaption(lang.X("invoice.col.open", "Open")), rightCaption(lang.X("payment.col.allocate", "Allocate")))
	f.add("Allocations", lang.X("payment.field.allocations", "Allocate to"),
		container.NewBorder(head, container.NewBorder(nil, nil, nil, oldest, f.rest), nil, nil, scroll), "")
	f.submit = f.read
	f.done = done
	f.show(lang.X("payment.title", "{{.Kind}} from {{.Name}}", map[string]any{"Kind": paymentKindText(kind), "Name": c.Name}))
	f.loadInvoices()
	a.win.Canvas().Focus(f.amount)
	return f
}

// loadInvoices reads the customer's open invoices in the chosen currency, oldest due first.
func (f *paymentForm) loadInvoices() {
	store, id, cur := f.a.Store(), f.cust.ID, strings.ToUpper(strings.TrimSpace(f.currency.Text))
	f.a.Go(func() (func(), error) {
		invs, err := store.Invoices(data.InvoiceFilter{CustomerID: id, OnlyOpen: true, Currency: cur})
		return func() { f.setInvoices(invs) }, err
	})
}

func (f *paymentForm) setInvoices(invs []data.Invoice) {
	f.invoices = invs
	f.allocs = make([]*widget.Entry, len(invs))
	f.rows.Objects = nil
	for i, inv := range invs {
		e := widget.NewEntry()
		e.OnChanged = func(string) {
			if !f.filling {
				f.manual = true
				f.showRest()
			}
		}
		f.allocs[i] = e
		f.rows.Add(container.New(allocColumns, widget.NewLabel(inv.Number), widget.NewLabel(f.a.Date(inv.DueDate)),
			widget.NewLabelWithStyle(f.a.Money(inv.Open(), inv.Currency), fyne.TextAlignTrailing, fyne.TextStyle{}), e))
	}
	if len(invs) == 0 {
		f.rows.Add(emptyNote(lang.X("payment.no_open", "No open invoices in this currency: the amount stays on the account as a credit.")))
	}
	f.manual = false
	f.autoAllocate()
	f.rows.Refresh()
}

// autoAllocate spreads the amount over the open invoices, oldest due date first, unless
// the user has changed the split by hand.
func (f *paymentForm) autoAllocate() {
	if f.manual {
		f.showRest()
		return
	}
	left, _ := data.ParseAmount(f.amount.Text, f.cur())
	f.filling = true
	for i, inv := range f.invoices {
		a := min(max(left, 0), inv.Open())
		left -= a
		f.allocs[i].SetText("")
		if a > 0 {
			f.allocs[i].SetText(data.FormatAmount(a, inv.Currency, f.a.Language()))
		}
	}
	f.filling = false
	f.showRest()
}

// showRest shows what is not allocated and stays on the account.
func (f *paymentForm) showRest() {
	amount, err := data.ParseAmount(f.amount.Text, f.cur())
	if err != nil {
		f.rest.SetText("")
		return
	}
	allocs, _ := f.allocations()
	for _, al := range allocs {
		amount -= al.Amount
	}
	switch {
	case amount > 0:
		f.rest.SetText(lang.X("payment.rest", "{{.Amount}} stays on the account as a credit", map[string]any{"Amount": f.a.Money(amount, f.cur())}))
	case amount < 0:
		f.rest.SetText(lang.X("payment.over", "{{.Amount}} more allocated than received", map[string]any{"Amount": f.a.Money(-amount, f.cur())}))
	default:
		f.rest.SetText(lang.X("payment.all_allocated", "All allocated"))
	}
}

func (f *paymentForm) cur() string { return strings.ToUpper(strings.TrimSpace(f.currency.Text)) }

// allocations reads the split; ok is false when an amount cannot be read.
func (f *paymentForm) allocations() ([]data.Allocation, bool) {
	var out []data.Allocation
	ok := true
	for i, e := range f.allocs {
		t := strings.TrimSpace(e.Text)
		if t == "" {
			continue
		}
		v, err := data.ParseAmount(t, f.cur())
		if err != nil {
			ok = false
			continue
		}
		if v != 0 {
			out = append(out, data.Allocation{InvoiceID: f.invoices[i].ID, Amount: v})
		}
	}
	return out, ok
}

func (f *paymentForm) read() (func() error, bool) {
	p := data.Payment{CustomerID: f.cust.ID, Currency: f.cur(), Method: strings.TrimSpace(f.method.Text),
		Reference: strings.TrimSpace(f.reference.Text), Note: strings.TrimSpace(f.note.Text)}
	for i, l := range f.kind.Options {
		if l == f.kind.Selected {
			p.Kind = paymentKinds[i]
		}
	}
	ok := true
	var err error
	if p.Date, err = parseDate(f.date.Text); err != nil {
		f.fieldError("Date", err.Error())
		ok = false
	}
	if t := strings.TrimSpace(f.amount.Text); t != "" {
		if p.Amount, err = data.ParseAmount(t, p.Currency); err != nil {
			f.fieldError("Amount", amountHelp())
			ok = false
		}
	}
	var allocOK bool
	if p.Allocations, allocOK = f.allocations(); !allocOK {
		f.fieldError("Allocations", amountHelp())
		ok = false
	}
	if !ok {
		return nil, false
	}
	store := f.a.Store()
	return func() error { return store.CreatePayment(&p) }, true
}
