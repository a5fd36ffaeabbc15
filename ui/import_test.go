package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"github.com/xuri/excelize/v2"

	"overdue/data"
	"overdue/reports/spreadsheet"
)

// importFile writes a spreadsheet for the wizard into a temp folder.
func importFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func invoiceCount(t *testing.T, s *data.Store) int {
	t.Helper()
	n, err := s.CountInvoices(data.InvoiceFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestImportWizardValidRowsOnly(t *testing.T) {
	s := newTestStore(t)
	a := newTestApp(t, s)
	path := importFile(t, "open-items.csv", "Offene Posten\nRechnungsnr.;Kunde;Rechnungsdatum;Fällig am;Betrag;Bezahlt\n"+
		"R-1;Müller GmbH;01.10.2026;15.10.2026;1.234,50;234,50\nR-2;Müller GmbH;02.10.2026;16.10.2026;viel;\n"+
		"R-3;Żółć Sp. z o.o.;03.10.2026;17.10.2026;99,00;\nSumme;;;;1.333,50;\n")
	var w *importWizard
	onUI(a, func() { w = a.startImport(path) })
	a.Wait()
	if w.mapping.HeaderRow != 2 || len(w.columnSelects) != 6 || w.checkBtn.Disabled() {
		t.Fatalf("preview: header row %d, %d column choices, check disabled %v", w.mapping.HeaderRow, len(w.columnSelects), w.checkBtn.Disabled())
	}
	if got := w.columnSelects[3].Selected; got != "Due date" {
		t.Errorf("column D is mapped to %q, want Due date", got)
	}
	// Taking the invoice number away blocks the check; giving it back allows it again.
	onUI(a, func() { w.columnSelects[0].SetSelected(fieldName(spreadsheet.FieldNone)) })
	if !w.checkBtn.Disabled() || !strings.Contains(screenText(a), "Choose a column for: Invoice number") {
		t.Errorf("without an invoice number column the check should be blocked:\n%s", screenText(a))
	}
	onUI(a, func() { w.columnSelects[0].SetSelected(fieldName(spreadsheet.FieldInvoiceNumber)) })
	if w.checkBtn.Disabled() {
		t.Fatal("check still disabled")
	}

	tap(a, w.checkBtn)
	if w.checked == nil || w.checked.Rows != 3 || w.checked.InvalidRows() != 1 {
		t.Fatalf("check result %+v", w.checked)
	}
	if !w.importBtn.Disabled() || w.validOnly == nil {
		t.Fatal("with an invalid row, Import must wait for the explicit choice of valid rows only")
	}
	if invoiceCount(t, s) != 0 {
		t.Fatal("the check wrote invoices")
	}
	text := screenText(a)
	for _, want := range []string{"Rows: 3. New invoices: 2", "1 row has problems"} {
		if !strings.Contains(text, want) {
			t.Errorf("check step lacks %q:\n%s", want, text)
		}
	}
	if rows, cols := w.problems.Length(); rows != 1 || cols != 4 {
		t.Errorf("problem table %d×%d, want one row of row, column, value, problem", rows, cols)
	}
	p := w.checked.Invalid[0]
	if p.Row != 4 || p.Column != "Betrag" || p.Value != "viel" || w.problemText(p) != "This is not an amount." {
		t.Errorf("problem %+v shown as %q", p, w.problemText(p))
	}
	onUI(a, func() { w.validOnly.SetChecked(true) })
	if w.importBtn.Disabled() {
		t.Fatal("Import stays disabled after choosing valid rows only")
	}
	tap(a, w.importBtn)
	if w.done == nil || w.done.Created != 2 || invoiceCount(t, s) != 2 {
		t.Fatalf("import result %+v, %d invoices", w.done, invoiceCount(t, s))
	}
	if !strings.Contains(w.summary.Text, "Invoices created: 2") || !strings.Contains(w.summary.Text, "1 row with problems was left out") {
		t.Errorf("summary %q", w.summary.Text)
	}
	inv, err := s.InvoiceByNumber("R-1")
	if err != nil || inv.Amount != 123450 || inv.Paid != 23450 || inv.Currency != "EUR" {
		t.Errorf("R-1 = %+v, %v", inv, err)
	}
	m, err := spreadsheet.MappingFor(s, w.mapping.Headers, 2)
	if err != nil || !m.Remembered {
		t.Errorf("the mapping was not remembered for this layout: %+v %v", m, err)
	}
}

func TestImportWizardAsksDateOrder(t *testing.T) {
	s := newTestStore(t)
	a := newTestApp(t, s)
	path := importFile(t, "us.csv", "Invoice No,Customer,Date,Due Date,Amount\nU-1,Acme Inc,03/04/2026,05/06/2026,100.00\n")
	var w *importWizard
	onUI(a, func() { w = a.startImport(path) })
	a.Wait()
	tap(a, w.checkBtn)
	if w.orderChoice == nil || !w.checked.DateOrderGuessed {
		t.Fatalf("the wizard did not ask for the date order: %+v", w.checked)
	}
	onUI(a, func() { w.orderChoice.SetSelected(w.orderChoice.Options[1]) }) // month first
	a.Wait()
	if w.order != spreadsheet.MonthFirst || w.checked.DateOrder != spreadsheet.MonthFirst || w.importBtn.Disabled() {
		t.Fatalf("order %v, checked %v", w.order, w.checked.DateOrder)
	}
	tap(a, w.importBtn)
	inv, err := s.InvoiceByNumber("U-1")
	if err != nil || inv.IssueDate.String() != "2026-03-04" || inv.DueDate.String() != "2026-05-06" {
		t.Errorf("U-1 = %+v, %v; want issued 4 March, due 6 May", inv, err)
	}
}

func TestImportWizardCancelWritesNothing(t *testing.T) {
	s := newTestStore(t)
	a := newTestApp(t, s)
	path := importFile(t, "a.csv", "Invoice No,Customer,Date,Amount\nC-1,Acme,2026-10-01,10.00\n")
	var w *importWizard
	onUI(a, func() { w = a.startImport(path) })
	a.Wait()
	tap(a, w.checkBtn)
	onUI(a, func() {
		w.onImport()
		w.cancel() // Cancel at once
	})
	a.Wait()
	if invoiceCount(t, s) != 0 || w.done != nil {
		t.Errorf("a cancelled import wrote %d invoices", invoiceCount(t, s))
	}
	if !strings.Contains(screenText(a), "Nothing was written to the company file.") {
		t.Errorf("no word of the cancel:\n%s", screenText(a))
	}
}

func TestImportWizardRefusesNonSpreadsheet(t *testing.T) {
	s := newTestStore(t)
	a := newTestApp(t, s)
	path := importFile(t, "scan.xlsx", "%PDF-1.7\n")
	onUI(a, func() { a.startImport(path) })
	a.Wait()
	if text := screenText(a); !strings.Contains(text, "PDF") {
		t.Errorf("no error about the PDF:\n%s", text)
	}
}

func TestImportAndExportInMenuAndInvoices(t *testing.T) {
	s := newTestStore(t)
	a := newTestApp(t, s)
	var labels []string
	for _, it := range a.mainMenu().Items[0].Items {
		labels = append(labels, it.Label)
		if it.Label == "Export" {
			for _, sub := range it.ChildMenu.Items {
				labels = append(labels, sub.Label)
			}
		}
	}
	joined := strings.Join(labels, "|")
	for _, want := range []string{"Import invoices…", "Export", "Customers…", "Invoices…", "Aging…", "Ledger…", "Import template…"} {
		if !strings.Contains(joined, want) {
			t.Errorf("File menu lacks %q: %s", want, joined)
		}
	}
	onUI(a, func() { a.ShowSection("invoices") })
	a.Wait()
	findButton(t, a, "Import…")
}

func TestExportFromWindow(t *testing.T) {
	s := newTestStore(t)
	c := mustCustomer(t, s, data.Customer{Name: "=cmd|' /C calc'!A0"})
	mustInvoice(t, s, c, data.Invoice{Number: "E-1"})
	a := newTestApp(t, s)
	dir := t.TempDir()
	for _, k := range spreadsheet.ExportKinds {
		p := exportPath(dir, k, testToday)
		onUI(a, func() { a.exportTo(k, p, testToday) })
		a.Wait()
		f, err := excelize.OpenFile(p)
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		f.Close()
	}
	if p := exportPath(dir, spreadsheet.ExportInvoices, testToday); filepath.Base(p) != "invoices-2026-11-02-2.xlsx" {
		t.Errorf("a second invoice export would go to %s", p)
	}
	f, _ := excelize.OpenFile(filepath.Join(dir, "customers-2026-11-02.xlsx"))
	defer f.Close()
	if v, _ := f.GetCellValue("Customers", "B2"); v != c.Name {
		t.Errorf("customer name written as %q", v)
	}
	if !strings.Contains(screenText(a), "The workbook is in") {
		t.Errorf("no word of the written workbook:\n%s", screenText(a))
	}
	_ = fyne.NewSize
}

// TestImportWizardClosesOnEscape checks that Escape closes the import wizard, writing
// nothing, and gives the window its keys back.
func TestImportWizardClosesOnEscape(t *testing.T) {
	s := newTestStore(t)
	a := newTestApp(t, s)
	path := importFile(t, "esc.csv", "Invoice No,Customer,Due Date,Amount\nE-1,Acme,2026-10-15,100.00\n")
	before := a.win.Canvas().OnTypedKey()
	onUI(a, func() { a.startImport(path) })
	a.Wait()
	if a.win.Canvas().Overlays().Top() == nil {
		t.Fatal("the wizard is not open")
	}
	onUI(a, func() { a.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) })
	a.Wait()
	if a.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape left the wizard open")
	}
	if (a.win.Canvas().OnTypedKey() == nil) != (before == nil) {
		t.Error("the window's key handler was not given back")
	}
	if n := invoiceCount(t, s); n != 0 {
		t.Errorf("%d invoices written", n)
	}
}
