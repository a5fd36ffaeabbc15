package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"overdue/data"
	"overdue/reports"
)

// onReport writes the company-wide aging report as of the dashboard's date and opens it.
func (s *dashboardScreen) onReport() {
	store, asOf := s.a.Store(), s.asOfDate()
	done := s.a.showBusy(lang.X("dashboard.writing_report", "Writing the aging report…"))
	s.a.Go(func() (func(), error) {
		pdf, err := reports.AgingPDF(context.Background(), store, asOf, reports.AgingPDFOptions{Lang: s.a.Language()})
		if err != nil {
			s.a.do(done)
			return nil, err
		}
		path, err := writeReportFile(store, "aging-"+asOf.String(), pdf)
		return func() {
			done()
			if err == nil {
				openInViewer(s.a, path)
			}
		}, err
	})
}

// onStatement asks for a customer and writes and opens their statement of account.
func (s *dashboardScreen) onStatement() {
	s.a.pickCustomer(lang.X("dashboard.statement_for", "Statement of account for"), func(c data.Customer) {
		showStatement(s.a, c.ID, s.asOfDate())
	})
}

// showStatement writes a customer's statement of account on asOf and opens it in the PDF viewer.
func showStatement(a *App, customerID int64, asOf data.Date) {
	store := a.Store()
	a.Go(func() (func(), error) {
		st, err := reports.BuildStatement(context.Background(), store, customerID, asOf)
		if err != nil {
			return nil, err
		}
		pdf, err := st.PDF(time.Time{})
		if err != nil {
			return nil, err
		}
		path, err := writeReportFile(store, "statement-"+safeName(st.Customer.Number)+"-"+asOf.String(), pdf)
		return func() { openInViewer(a, path) }, err
	})
}

// writeReportFile writes a PDF into the "Reports" folder beside the company file.
func writeReportFile(store *data.Store, name string, pdf []byte) (string, error) {
	dir := filepath.Join(filepath.Dir(store.Path()), "Reports")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("reports folder: %w", err)
	}
	path := filepath.Join(dir, name+".pdf")
	tmp := path + ".part"
	if err := os.WriteFile(tmp, pdf, 0o644); err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	return path, nil
}

// safeName keeps letters, digits, dots and dashes of s for a file name.
func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '.' || r == '-' || r == '_', r >= '0' && r <= '9', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			return r
		}
		return '_'
	}, s)
}

// onSettings edits the aging buckets and basis of the company file.
func (s *dashboardScreen) onSettings() {
	showAgingSettings(s.a)
}

// showAgingSettings shows the aging settings form in a dialog; saving reloads every screen.
func showAgingSettings(a *App) {
	f := newAgingSettingsForm(a)
	if err := f.load(); err != nil {
		a.ShowError(err)
		return
	}
	var d *dialog.ConfirmDialog
	d = dialog.NewCustomConfirm(lang.X("aging.settings.title", "Aging buckets"), lang.X("form.save", "Save"),
		lang.X("form.cancel", "Cancel"), f.root, func(ok bool) {
			if ok && !f.save() {
				d.Show() // keep the form open with its message
			}
		}, a.win)
	d.Resize(fyne.NewSize(480, 0))
	d.Show()
}
