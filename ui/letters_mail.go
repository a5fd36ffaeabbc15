package ui

import (
	"errors"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"overdue/data"
)

var mailMethodCodes = []string{string(data.MailOrdinary), string(data.MailCertified), string(data.MailRegistered)}

func mailMethodText(m data.MailMethod) string {
	switch m {
	case data.MailCertified:
		return lang.X("mail.certified", "certified")
	case data.MailRegistered:
		return lang.X("mail.registered", "registered")
	}
	return lang.X("mail.ordinary", "ordinary")
}

// showMailingForm is the "mark mailed" dialog: date, method, carrier and tracking number.
func showMailingForm(a *App, l data.Letter, done func()) *recordForm {
	f := newRecordForm(a, lang.X("letters.save", "Save"))
	// A letter posted again (the first came back, say) keeps both postings: say so first.
	if ms, err := a.Store().Mailings(l.ID, 0); err == nil && len(ms) > 0 {
		m := ms[0]
		f.general.SetText(lang.X("mail.already", "This letter was already posted on {{.Date}} ({{.How}}). Saving records another posting; both are kept.",
			map[string]any{"Date": a.Date(m.Date), "How": strings.TrimSpace(mailMethodText(m.Method) + " " + m.Tracking)}))
		f.general.Importance = widget.WarningImportance
		f.general.Show()
	}
	date := newDateEntry(a, a.Today())
	f.add("Date", lang.X("mail.date", "Posted on"), date, "")
	labels := make([]string, len(mailMethodCodes))
	for i, m := range mailMethodCodes {
		labels[i] = mailMethodText(data.MailMethod(m))
	}
	def := string(data.MailOrdinary)
	if a.Company().Country == "US" {
		def = string(data.MailCertified)
	}
	_, method := f.choice("Method", lang.X("mail.method", "Method"), mailMethodCodes, labels, def)
	carrier := f.entry("Carrier", lang.X("mail.carrier", "Carrier"), defaultCarrier(a.Company().Country), "")
	tracking := f.entry("Tracking", lang.X("mail.tracking", "Tracking number"), "",
		lang.X("mail.tracking_hint", "USPS numbers (20 or 22 digits) and registered-mail numbers such as RR123456785NO are checked digit by digit."))
	store := a.Store()
	f.submit = func() (func() error, bool) {
		d, ok := f.dateField("Date", date.Text)
		if !ok {
			return nil, false
		}
		m := data.Mailing{LetterID: l.ID, Date: d, Method: data.MailMethod(method()), Carrier: carrier.Text,
			Tracking: tracking.Text}
		return func() error { return store.CreateMailing(&m) }, true
	}
	f.done = done
	f.show(lang.X("letters.mark_mailed", "Mark mailed…"))
	return f
}

func defaultCarrier(country string) string {
	return map[string]string{"US": "USPS", "GB": "Royal Mail", "DE": "Deutsche Post", "PL": "Poczta Polska",
		"NO": "Posten"}[country]
}

// showReceiptForm is the return-receipt dialog: delivery date, who signed, and a scan.
func showReceiptForm(a *App, m data.Mailing, done func()) *recordForm {
	f := newRecordForm(a, lang.X("letters.save", "Save"))
	date := newDateEntry(a, a.Today())
	f.add("Date", lang.X("receipt.date", "Delivered on"), date, "")
	signed := f.entry("SignedBy", lang.X("receipt.signed_by", "Signed by"), "", "")
	var scan []byte
	var scanType string
	scanLabel := caption(lang.X("receipt.no_scan", "No scan attached"))
	pick := widget.NewButtonWithIcon(lang.X("receipt.scan", "Attach scan…"), theme.FolderOpenIcon(), func() {
		fd := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
			if err != nil || rc == nil {
				return
			}
			defer rc.Close()
			b, err := readAllLimited(rc, 20<<20)
			if err != nil {
				a.ShowError(err)
				return
			}
			scan, scanType = b, rc.URI().MimeType()
			scanLabel.SetText(rc.URI().Name())
		}, a.win)
		// A receipt's scan is a picture or a PDF; the dialog is as large as the other file dialogs.
		fd.SetFilter(storage.NewExtensionFileFilter([]string{".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff",
			".PDF", ".PNG", ".JPG", ".JPEG", ".TIF", ".TIFF"}))
		fd.SetTitleText(lang.X("receipt.scan_choose", "Choose the scan of the return receipt"))
		a.showIn(fd, "")
	})
	f.add("Scan", lang.X("receipt.scan_label", "Scan"), container.NewBorder(nil, nil, nil, pick, scanLabel), "")
	store := a.Store()
	f.submit = func() (func() error, bool) {
		d, ok := f.dateField("Date", date.Text)
		if !ok {
			return nil, false
		}
		r := data.ReturnReceipt{MailingID: m.ID, Date: d, SignedBy: signed.Text, Scan: scan, ScanType: scanType}
		if len(scan) > 0 && r.ScanType == "" {
			r.ScanType = "application/octet-stream"
		}
		return func() error { return store.CreateReturnReceipt(&r) }, true
	}
	f.done = done
	f.show(lang.X("letters.receipt", "Return receipt…"))
	return f
}

// readAllLimited reads at most limit bytes and fails on more.
func readAllLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, errors.New(lang.X("receipt.too_large", "The scan is larger than 20 MB."))
	}
	return b, nil
}
