package ui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
	"overdue/data/demo"
	"overdue/letters"
)

// SamplePath is where the sample company is generated.
func SamplePath() string { return filepath.Join(data.DefaultDir(), "sample"+data.FileExtension) }

// sampleCountry picks the sample firm's country from the system locale's region, else from
// the UI language.
func sampleCountry(language string, locale fyne.Locale) string {
	region := ""
	if parts := strings.Split(string(locale), "-"); len(parts) > 1 {
		region = strings.ToUpper(parts[1])
	}
	for _, c := range data.Countries {
		if c == region {
			return c
		}
	}
	switch language {
	case "nb":
		return "NO"
	case "pl":
		return "PL"
	case "de":
		return "DE"
	}
	return "GB"
}

// openSample opens the sample company, generating it first (with a progress bar and a
// Cancel button) when it does not exist yet.
func (a *App) openSample() {
	path := SamplePath()
	if fileExists(path) {
		a.OpenFile(path)
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	msg := widget.NewLabel(lang.X("sample.generating", "Creating the sample company…"))
	d := dialog.NewCustomWithoutButtons(lang.X("sample.title", "Sample company"),
		container.NewVBox(msg, container.NewGridWrap(fyne.NewSize(380, bar.MinSize().Height), bar)), a.win)
	d.SetButtons([]fyne.CanvasObject{widget.NewButton(lang.X("form.cancel", "Cancel"), cancel)})
	d.Show()
	opts := demo.Options{Customers: demo.DefaultCustomers, Invoices: demo.DefaultInvoices, Seed: demo.DefaultSeed,
		Country: sampleCountry(a.lang, lang.SystemLocale())}
	a.jobs.Add(1)
	go func() {
		defer a.jobs.Done()
		defer cancel()
		err := generateSample(ctx, path, opts, func(done, total int) {
			a.do(func() { bar.SetValue(float64(done) / float64(max(total, 1))) })
		})
		a.do(func() {
			d.Hide()
			switch {
			case errors.Is(err, context.Canceled):
			case err != nil:
				a.ShowError(err)
			default:
				a.OpenFile(path)
			}
		})
	}()
}

// generateSample writes the sample company into a new file at path; on failure or cancel
// no file is left behind.
func generateSample(ctx context.Context, path string, opts demo.Options, progress func(done, total int)) error {
	tmp := path + ".part"
	os.Remove(tmp)
	s, err := data.Open(tmp)
	if err != nil {
		return err
	}
	last := -1
	_, err = demo.Generate(ctx, s, opts, func(done, total int) {
		if pct := done * 100 / max(total, 1); pct != last {
			last = pct
			progress(done, total)
		}
	})
	if err == nil {
		_, err = letters.SampleHistory(ctx, s, sampleAsOf(opts))
	}
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// sampleAsOf is the "today" of a sample company's options.
func sampleAsOf(opts demo.Options) data.Date {
	if opts.AsOf != 0 {
		return opts.AsOf
	}
	return data.Today()
}
