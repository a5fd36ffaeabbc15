package ui

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2/lang"

	"overdue/data"
)

// shot is one step of the screenshot tour: do something, wait for it to load and draw,
// then capture the window as name (no capture when name is empty).
type shot struct {
	name string
	do   func()
	wait time.Duration
}

// TakeScreenshots walks through the main screens of the open company, writing a PNG of the
// window for each into dir: main.png (the first section), customers.png, customer.png,
// customer-timeline.png, customer-payments.png, customer-contacts.png, customer-letters.png, payment.png,
// customer-form.png (with its validation messages), invoices.png, letters.png, settings.png and
// welcome.png. wrote is called with each file written, done at the end. Call it on the UI
// goroutine once the company is open.
func (a *App) TakeScreenshots(dir string, wrote func(name string), done func(error)) {
	detail := a.openDetail
	var pay *paymentForm
	var form *customerForm
	steps := []shot{
		{"main.png", func() {}, 1500 * time.Millisecond},
		{"customers.png", func() {
			if s := a.customers(); s != nil {
				s.onSort(data.SortByBalance, false)
				s.selectSort()
			}
		}, 1200 * time.Millisecond},
		{"customer.png", func() { a.openLargestDebtor() }, 1500 * time.Millisecond},
		{"customer-timeline.png", func() { selectTab(detail(), 2) }, 1000 * time.Millisecond},
		{"customer-payments.png", func() { selectTab(detail(), 1) }, 1000 * time.Millisecond},
		{"customer-contacts.png", func() { selectTab(detail(), 4) }, 800 * time.Millisecond},
		{"", func() { a.openLetteredCustomer() }, 1500 * time.Millisecond},
		{"customer-letters.png", func() { selectTab(detail(), 3) }, 1000 * time.Millisecond},
		{"", func() {
			selectTab(detail(), 0)
			if d := detail(); d != nil {
				pay = showPaymentForm(a, d.cust, data.KindPayment, func() {})
			}
		}, 1000 * time.Millisecond},
		{"payment.png", func() {
			if pay != nil {
				pay.amount.SetText(data.FormatAmount(150000, pay.cur(), a.lang))
			}
		}, 500 * time.Millisecond},
		{"", func() {
			if pay != nil {
				pay.dlg.Hide()
			}
			form = showCustomerForm(a, nil, func(data.Customer) {})
			form.country.SetText("Deutschland")
		}, 800 * time.Millisecond},
		{"customer-form.png", func() { form.onSave() }, 800 * time.Millisecond},
		{"invoices.png", func() { form.dlg.Hide(); a.ShowSection("invoices") }, 1500 * time.Millisecond},
		{"letters.png", func() { a.ShowSection("letters") }, 2000 * time.Millisecond},
		{"settings.png", func() { a.ShowSection("settings") }, 1200 * time.Millisecond},
		{"welcome.png", func() { a.showWelcome() }, 1000 * time.Millisecond},
	}
	var run func(i int)
	run = func(i int) {
		if i == len(steps) {
			done(nil)
			return
		}
		st := steps[i]
		st.do()
		a.after(st.wait, func() {
			if st.name != "" {
				if err := a.capture(filepath.Join(dir, st.name)); err != nil {
					done(err)
					return
				}
				wrote(filepath.Join(dir, st.name))
			}
			run(i + 1)
		})
	}
	run(0)
}

// capture writes the window's canvas as a PNG.
func (a *App) capture(path string) error {
	img, _ := a.Capture()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

// openLargestDebtor opens the customer with the largest balance.
func (a *App) openLargestDebtor() {
	store := a.Store()
	a.Go(func() (func(), error) {
		cs, err := store.Customers(data.CustomerFilter{Sort: data.SortByBalance, Limit: 1})
		if err != nil || len(cs) == 0 {
			return nil, err
		}
		return func() { a.OpenCustomer(cs[0].ID) }, nil
	})
}

// openLetteredCustomer opens the customer who received the firmest letter of the file.
func (a *App) openLetteredCustomer() {
	store := a.Store()
	a.Go(func() (func(), error) {
		ls, err := store.Letters(data.LetterFilter{})
		if err != nil || len(ls) == 0 {
			return nil, err
		}
		best := ls[0]
		for _, l := range ls {
			if l.Level > best.Level {
				best = l
			}
		}
		return func() { a.OpenCustomer(best.CustomerID) }, nil
	})
}

func selectTab(d *customerDetail, i int) {
	if d != nil {
		d.tabs.SelectIndex(i)
	}
}

// SampleCountry is the country of the sample company for this user: the system locale's
// region when Overdue knows its rules, else the country of the UI language.
func SampleCountry() string { return sampleCountry(Language(), lang.SystemLocale()) }
