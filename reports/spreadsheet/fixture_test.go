package spreadsheet

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"overdue/data"
)

// sample is one invoice as a fixture file states it and as the company file must hold it afterwards.
type sample struct {
	number, custNo, customer, taxID, email, phone, address string
	issue, due                                             string // ISO
	amount, paid                                           int64  // minor units
	currency                                               string
}

// samples returns invoices with names in four languages, amounts above and below a thousand,
// unpaid, partly paid and paid ones, and days above 12 so that day/month order can be read.
func samples(currency string) []sample {
	return []sample{
		{"F-1001", "K-10", "Żółć Sp. z o.o.", "PL5260250995", "biuro@zolc.pl", "+48 22 123 45 67", "ul. Długa 5, 00-950 Warszawa", "2026-09-03", "2026-09-17", 1234_50, 0, currency},
		{"F-1002", "K-11", "Müller & Söhne GmbH", "DE811907980", "", "", "", "2026-09-04", "2026-10-04", 99_99, 50_00, currency},
		{"F-1003", "K-12", "Ærlig Bygg AS", "", "post@aerlig.no", "", "Storgata 1, 0155 Oslo", "2026-09-15", "2026-10-01", 12000_00, 12000_00, currency},
		{"F-1004", "K-10", "Żółć Sp. z o.o.", "PL5260250995", "biuro@zolc.pl", "+48 22 123 45 67", "ul. Długa 5, 00-950 Warszawa", "2026-10-01", "2026-10-31", 50, 0, currency},
		{"F-1005", "K-13", "Smith & Co", "", "", "", "", "2026-10-12", "2026-11-11", 1000_00, 250_25, currency},
		{"F-1006", "K-14", "Østby Økonomi", "", "", "", "", "2026-10-20", "2026-11-03", 250_000_00, 0, currency},
	}
}

// samplesFor returns the samples with names the layout's encoding can write.
func samplesFor(l layout, currency string) []sample {
	ss := samples(currency)
	swap := map[string][2]string{}
	switch l.encoding {
	case Encoding1252:
		swap["Żółć Sp. z o.o."] = [2]string{"Bäckerei Größe KG", "Hauptstraße 5, 10115 Berlin"}
	case Encoding1250:
		swap["Ærlig Bygg AS"] = [2]string{"Łódzkie Młyny S.A.", "ul. Piotrkowska 1, 90-001 Łódź"}
		swap["Østby Økonomi"] = [2]string{"Świętokrzyska Spółka", ""}
	}
	for i, s := range ss {
		if w, ok := swap[s.customer]; ok {
			ss[i].customer = w[0]
			if s.address != "" {
				ss[i].address = w[1]
			}
		}
	}
	return ss
}

// layout describes how a fixture file writes the samples.
type layout struct {
	name     string
	lang     string // en, de, nb, pl: the column names
	xlsx     bool
	cols     []Field
	titles   []string         // lines above the header row
	date     string           // iso, dmy., dmy/, mdy/, dmy-, named, serial, cell (xlsx date cell), iso-time
	amount   string           // en, de, nb, pl, ch, plain, number (xlsx numeric), de-sym, en-sym, pl-zl, de-int
	open     bool             // write the open amount instead of the paid amount
	sep      rune             // csv delimiter
	encoding string           // csv: utf-8, utf-8-bom, windows-1250, windows-1252
	totals   bool             // section headings per customer and "total" rows
	date1904 bool             // xlsx 1904 date system
	names    map[Field]string // overrides of column names
}

var headerNames = map[string]map[Field]string{
	"en": {FieldInvoiceNumber: "Invoice No", FieldCustomerNumber: "Customer No", FieldCustomerName: "Customer",
		FieldTaxID: "Tax ID", FieldIssueDate: "Invoice Date", FieldDueDate: "Due Date", FieldAmount: "Amount",
		FieldPaid: "Amount Paid", FieldOpen: "Open Balance", FieldCurrency: "Currency", FieldEmail: "Email",
		FieldPhone: "Phone", FieldAddress: "Address"},
	"de": {FieldInvoiceNumber: "Rechnungsnr.", FieldCustomerNumber: "Kundennr.", FieldCustomerName: "Kunde",
		FieldTaxID: "USt-IdNr.", FieldIssueDate: "Rechnungsdatum", FieldDueDate: "Fällig am", FieldAmount: "Betrag",
		FieldPaid: "Bezahlt", FieldOpen: "Offener Betrag", FieldCurrency: "Währung", FieldEmail: "E-Mail",
		FieldPhone: "Telefon", FieldAddress: "Anschrift"},
	"nb": {FieldInvoiceNumber: "Fakturanr", FieldCustomerNumber: "Kundenr.", FieldCustomerName: "Kundenavn",
		FieldTaxID: "MVA-nummer", FieldIssueDate: "Fakturadato", FieldDueDate: "Forfallsdato", FieldAmount: "Beløp",
		FieldPaid: "Innbetalt", FieldOpen: "Utestående", FieldCurrency: "Valuta", FieldEmail: "E-post",
		FieldPhone: "Telefon", FieldAddress: "Adresse"},
	"pl": {FieldInvoiceNumber: "Numer faktury", FieldCustomerNumber: "Nr klienta", FieldCustomerName: "Kontrahent",
		FieldTaxID: "NIP", FieldIssueDate: "Data wystawienia", FieldDueDate: "Termin płatności", FieldAmount: "Kwota brutto",
		FieldPaid: "Zapłacono", FieldOpen: "Pozostało do zapłaty", FieldCurrency: "Waluta", FieldEmail: "E-mail",
		FieldPhone: "Telefon", FieldAddress: "Adres"},
}

// allCols is a full layout's columns.
var allCols = []Field{FieldInvoiceNumber, FieldCustomerNumber, FieldCustomerName, FieldTaxID, FieldIssueDate,
	FieldDueDate, FieldAmount, FieldPaid, FieldCurrency, FieldEmail, FieldPhone, FieldAddress}

func (l layout) header(f Field) string {
	if n, ok := l.names[f]; ok {
		return n
	}
	return headerNames[l.lang][f]
}

func (l layout) dateText(iso string) string {
	d := data.MustDate(iso)
	y, m, dd := d.Parts()
	switch l.date {
	case "dmy.":
		return fmt.Sprintf("%02d.%02d.%d", dd, m, y)
	case "dmy/":
		return fmt.Sprintf("%02d/%02d/%d", dd, m, y)
	case "dmy-":
		return fmt.Sprintf("%d-%d-%d", dd, m, y)
	case "mdy/":
		return fmt.Sprintf("%d/%d/%d", m, dd, y)
	case "named":
		return fmt.Sprintf("%d %s %d", dd, m.String()[:3], y)
	case "iso-time":
		return iso + "T00:00:00"
	case "serial":
		return fmt.Sprint(int(d - data.NewDate(1899, 12, 30)))
	}
	return iso
}

func (l layout) amountText(v int64) string {
	neg := v < 0
	if neg {
		v = -v
	}
	var s string
	switch l.amount {
	case "en", "en-sym":
		s = data.FormatAmount(v, "EUR", "en")
	case "de", "de-sym":
		s = data.FormatAmount(v, "EUR", "de")
	case "nb":
		s = data.FormatAmount(v, "EUR", "nb")
	case "pl", "pl-zl":
		s = strings.ReplaceAll(data.FormatAmount(v, "EUR", "pl"), "\u00a0", " ")
	case "ch":
		s = strings.ReplaceAll(data.FormatAmount(v, "EUR", "en"), ",", "'")
	case "de-int":
		s = data.FormatAmount(v, "EUR", "de")
		s = strings.TrimSuffix(s, ",00")
	default:
		s = strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%d.%02d", v/100, v%100), "0"), ".")
	}
	switch l.amount {
	case "de-sym":
		s += " €"
	case "en-sym":
		s = "£" + s
	case "pl-zl":
		s += " zł"
	}
	if neg {
		s = "-" + s
	}
	return s
}

// rows returns the fixture's rows: titles, header, then invoices (with headings and totals).
func (l layout) rows(ss []sample) [][]any {
	var out [][]any
	for _, t := range l.titles {
		out = append(out, []any{t})
	}
	var h []any
	for _, f := range l.cols {
		h = append(h, l.header(f))
	}
	out = append(out, h)
	last := ""
	for _, s := range ss {
		if l.totals && s.customer != last {
			if last != "" {
				out = append(out, []any{"Total " + last})
			}
			out = append(out, []any{s.customer})
			last = s.customer
		}
		var r []any
		for _, f := range l.cols {
			r = append(r, l.cell(f, s))
		}
		out = append(out, r)
	}
	if l.totals {
		out = append(out, []any{"Total " + last}, []any{}, []any{"TOTAL"})
	}
	return out
}

func (l layout) cell(f Field, s sample) any {
	money := func(v int64) any {
		if l.xlsx && l.amount == "number" {
			return float64(v) / 100
		}
		return l.amountText(v)
	}
	date := func(iso string) any {
		if l.xlsx && l.date == "cell" {
			return data.MustDate(iso).Time()
		}
		return l.dateText(iso)
	}
	switch f {
	case FieldInvoiceNumber:
		return s.number
	case FieldCustomerNumber:
		return s.custNo
	case FieldCustomerName:
		if l.totals {
			return ""
		}
		return s.customer
	case FieldTaxID:
		return s.taxID
	case FieldIssueDate:
		return date(s.issue)
	case FieldDueDate:
		return date(s.due)
	case FieldAmount:
		return money(s.amount)
	case FieldPaid:
		return money(s.paid)
	case FieldOpen:
		return money(s.amount - s.paid)
	case FieldCurrency:
		return s.currency
	case FieldEmail:
		return s.email
	case FieldPhone:
		return s.phone
	case FieldAddress:
		return s.address
	}
	return ""
}

// render writes the fixture file and returns its path.
func (l layout) render(t testing.TB, ss []sample) string {
	t.Helper()
	if l.xlsx {
		return writeFile(t, l.name+".xlsx", l.xlsxBytes(t, l.rows(ss)))
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if l.sep != 0 {
		w.Comma = l.sep
	}
	for _, r := range l.rows(ss) {
		rec := make([]string, len(r))
		for i, c := range r {
			rec[i] = fmt.Sprint(c)
		}
		if err := w.Write(rec); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	b := buf.Bytes()
	switch l.encoding {
	case "utf-8-bom":
		b = append([]byte{0xEF, 0xBB, 0xBF}, b...)
	case Encoding1250, Encoding1252:
		cm := charmap.Windows1250
		if l.encoding == Encoding1252 {
			cm = charmap.Windows1252
		}
		enc, err := cm.NewEncoder().Bytes(b)
		if err != nil {
			t.Fatalf("encode %s: %v", l.encoding, err)
		}
		b = enc
	}
	return writeFile(t, l.name+".csv", b)
}

func (l layout) xlsxBytes(t testing.TB, rows [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if l.date1904 {
		yes := true
		if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
			t.Fatal(err)
		}
	}
	dateStyle, _ := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("dd.mm.yyyy")})
	moneyStyle, _ := f.NewStyle(&excelize.Style{NumFmt: 4})
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
		for j, v := range r {
			c, _ := excelize.CoordinatesToCellName(j+1, i+1)
			switch v.(type) {
			case time.Time:
				f.SetCellStyle("Sheet1", c, c, dateStyle)
			case float64:
				f.SetCellStyle("Sheet1", c, c, moneyStyle)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func ptr[T any](v T) *T { return &v }
