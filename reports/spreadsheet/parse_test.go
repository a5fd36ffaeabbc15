package spreadsheet

import (
	"testing"
)

func TestParseDateCell(t *testing.T) {
	tests := []struct {
		in       string
		date1904 bool
		order    DateOrder
		want     string // ISO, or "" when an error is expected
		code     string
	}{
		{"2026-03-04", false, DateOrderAuto, "2026-03-04", ""},
		{"2026-03-04T10:30:00Z", false, DateOrderAuto, "2026-03-04", ""},
		{"2026-03-04 00:00:00", false, DateOrderAuto, "2026-03-04", ""},
		{"2026/03/04", false, DateOrderAuto, "2026-03-04", ""},
		{"20260304", false, DateOrderAuto, "2026-03-04", ""},
		{"4.3.2026", false, DayFirst, "2026-03-04", ""},
		{"04.03.2026", false, DayFirst, "2026-03-04", ""},
		{"04.03.2026.", false, DayFirst, "2026-03-04", ""},
		{"04.03.26", false, DayFirst, "2026-03-04", ""},
		{"04/03/2026", false, DayFirst, "2026-03-04", ""},
		{"04/03/2026", false, MonthFirst, "2026-04-03", ""},
		{"25/03/2026", false, DateOrderAuto, "2026-03-25", ""},
		{"03/25/2026", false, DateOrderAuto, "2026-03-25", ""},
		{"25/03/2026", false, MonthFirst, "", codeDateOrder},
		{"03/25/2026", false, DayFirst, "", codeDateOrder},
		{"05/05/2026", false, DateOrderAuto, "2026-05-05", ""},
		{"15.01.2026 12:30", false, DayFirst, "2026-01-15", ""},
		{"31.02.2026", false, DayFirst, "", codeDateImpossible},
		{"29.02.2027", false, DayFirst, "", codeDateImpossible},
		{"29.02.2028", false, DayFirst, "2028-02-29", ""},
		{"2026-02-30", false, DateOrderAuto, "", codeDateImpossible},
		{"13/13/2026", false, DateOrderAuto, "", codeDateImpossible},
		{"00.01.2026", false, DayFirst, "", codeDateImpossible},
		{"01.01.1850", false, DayFirst, "", codeDateRange},
		{"4 Mar 2026", false, DateOrderAuto, "2026-03-04", ""},
		{"04-Mar-26", false, DateOrderAuto, "2026-03-04", ""},
		{"Mar 4, 2026", false, DateOrderAuto, "2026-03-04", ""},
		{"4. März 2026", false, DateOrderAuto, "2026-03-04", ""},
		{"4. mars 2026", false, DateOrderAuto, "2026-03-04", ""},
		{"4 marca 2026 r.", false, DateOrderAuto, "2026-03-04", ""},
		{"15. desember 2026", false, DateOrderAuto, "2026-12-15", ""},
		{"1 października 2026", false, DateOrderAuto, "2026-10-01", ""},
		{"46085", false, DateOrderAuto, "2026-03-04", ""},    // serial, 1900 system
		{"46085.75", false, DateOrderAuto, "2026-03-04", ""}, // with a time
		{"44623", true, DateOrderAuto, "2026-03-04", ""},     // 1904 system
		{"60", false, DateOrderAuto, "", codeDateImpossible}, // Excel's 29 Feb 1900
		{"2026", false, DateOrderAuto, "", codeDateRange},
		{"next week", false, DateOrderAuto, "", codeDateInvalid},
		{"12.03", false, DayFirst, "", codeDateInvalid},
		{"1.2.3.4", false, DayFirst, "", codeDateInvalid},
		{"99999999999", false, DayFirst, "", codeDateInvalid},
	}
	for _, tc := range tests {
		d, code, msg := parseDateCell(tc.in, tc.date1904).resolve(tc.order)
		if got := d.String(); got != tc.want || code != tc.code {
			t.Errorf("parse %q (%v, 1904=%v) = %q %s %q, want %q %s", tc.in, tc.order, tc.date1904, got, code, msg, tc.want, tc.code)
		}
	}
}

func TestParseDateCellEvidence(t *testing.T) {
	tests := []struct {
		in                   string
		needs, first, second bool
	}{
		{"03/04/2026", true, false, false},
		{"25/04/2026", false, true, false},
		{"04/25/2026", false, false, true},
		{"04/04/2026", false, false, false},
		{"2026-04-03", false, false, false},
	}
	for _, tc := range tests {
		c := parseDateCell(tc.in, false)
		if c.needsOrder() != tc.needs || c.first != tc.first || c.second != tc.second {
			t.Errorf("%q: needsOrder %v first %v second %v, want %v %v %v", tc.in, c.needsOrder(), c.first, c.second, tc.needs, tc.first, tc.second)
		}
	}
}

func TestAmountCell(t *testing.T) {
	tests := []struct {
		in       string
		fileMark byte // the file's decided decimal mark ('g': separators before three digits group)
		currency string
		want     int64
		bad      bool
	}{
		{"1234.56", '.', "EUR", 123456, false},
		{"1,234.56", 'g', "EUR", 123456, false},
		{"1.234,56", 'g', "EUR", 123456, false},
		{"1 234,56", 'g', "PLN", 123456, false},
		{"1\u00a0234,56", 'g', "NOK", 123456, false},
		{"1'234.56", 'g', "CHF", 123456, false},
		{"1.234", ',', "EUR", 123400, false}, // German file: dot groups
		{"1.234", '.', "EUR", 0, true},       // spreadsheet number 1.234: more decimals than EUR has
		{"1.230", '.', "EUR", 123, false},    // only zeros beyond the cents
		{"1,234", 'g', "EUR", 123400, false}, // undecided text: thousands, as data.ParseAmount reads it
		{"1,234", ',', "KWD", 1234, false},   // three-decimal currency
		{"12,5", 'g', "EUR", 1250, false},
		{"0,5", 'g', "EUR", 50, false},
		{".5", 'g', "EUR", 50, false},
		{"-1.234,50", 'g', "EUR", -123450, false},
		{"(1,234.50)", 'g', "USD", -123450, false},
		{"1.234,50-", 'g', "EUR", -123450, false},
		{"€ 1.234,50", 'g', "EUR", 123450, false},
		{"1 234,50 zł", 'g', "PLN", 123450, false},
		{"kr 1 500,00", 'g', "NOK", 150000, false},
		{"USD 1,500.00", 'g', "USD", 150000, false},
		{"1500 NOK", 'g', "NOK", 150000, false},
		{"0.30000000000000004", '.', "EUR", 30, false},
		{"1.5E+3", '.', "EUR", 150000, false},
		{"1.2345E-2", '.', "EUR", 0, true},
		{"1.2E-1", '.', "EUR", 12, false},
		{"1234.5", '.', "JPY", 0, true},
		{"1234.5699999999999", '.', "EUR", 123457, false}, // binary noise, rounded half away from zero
		{"1234.5650000000001", '.', "EUR", 0, true},       // a third decimal, then noise
		{"1.234.567,89", 'g', "EUR", 123456789, false},
		{"1,234,567", 'g', "USD", 123456700, false},
		{"12.34.567", 'g', "EUR", 0, true},
		{"1,23.45", 'g', "EUR", 0, true},
		{"abc", 'g', "EUR", 0, true},
		{"12 EUR 5", 'g', "EUR", 0, true},
		{"1.234,5.6", 'g', "EUR", 0, true},
		{"99999999999999999", '.', "EUR", 0, true},
		{"1e999", '.', "EUR", 0, true},
	}
	a := &analyser{}
	for _, tc := range tests {
		c := readAmountCell(tc.in)
		a.mark = tc.fileMark
		got, msg := c.value(a.cellMark(c), tc.currency)
		if (msg != "") != tc.bad || (!tc.bad && got != tc.want) {
			t.Errorf("amount %q (file mark %q, %s) = %d %q, want %d (bad %v)", tc.in, tc.fileMark, tc.currency, got, msg, tc.want, tc.bad)
		}
	}
}

func TestAmountEvidence(t *testing.T) {
	tests := []struct {
		in           string
		mark, unsure byte
	}{
		{"1234", 0, 0},
		{"1.234", 0, '.'},
		{"1,234", 0, ','},
		{"1234.567", '.', 0},
		{"0.123", '.', 0},
		{"12,50", ',', 0},
		{"1.234,5", ',', 0},
		{"1.234.567", ',', 0},
		{"1,234,567", '.', 0},
		{"1 234,567", ',', 0},
	}
	for _, tc := range tests {
		c := readAmountCell(tc.in)
		if c.mark != tc.mark || c.unsure != tc.unsure {
			t.Errorf("%q: mark %q unsure %q, want %q %q", tc.in, c.mark, c.unsure, tc.mark, tc.unsure)
		}
	}
}

func TestMatchHeader(t *testing.T) {
	tests := []struct {
		in       string
		want     Field
		currency string
	}{
		{"Num", FieldInvoiceNumber, ""},
		{"Invoice No", FieldInvoiceNumber, ""},
		{"Invoice #", FieldInvoiceNumber, ""},
		{"Open Balance", FieldOpen, ""},
		{"Rechnungsnr.", FieldInvoiceNumber, ""},
		{"Fällig am", FieldDueDate, ""},
		{"Offener Betrag", FieldOpen, ""},
		{"Fakturanr", FieldInvoiceNumber, ""},
		{"Forfallsdato", FieldDueDate, ""},
		{"Innbetalt", FieldPaid, ""},
		{"Numer faktury", FieldInvoiceNumber, ""},
		{"Termin płatności", FieldDueDate, ""},
		{"Zapłacono", FieldPaid, ""},
		{"Amount (EUR)", FieldAmount, "EUR"},
		{"Beløp NOK", FieldAmount, "NOK"},
		{"Kwota (zł)", FieldAmount, "PLN"},
		{"Due date (dd.mm.yyyy)", FieldDueDate, ""},
		{"Customer name (billing)", FieldCustomerName, ""},
		{"  KUNDENNUMMER ", FieldCustomerNumber, ""},
		{"E-Mail-Adresse", FieldEmail, ""},
		{"Utestående beløp", FieldOpen, ""},
		{"Pozostało do zapłaty", FieldOpen, ""},
		{"Data wystawienia", FieldIssueDate, ""},
		{"Waluta", FieldCurrency, ""},
		{"Comments about the weather", FieldNone, ""},
		{"", FieldNone, ""},
	}
	for _, tc := range tests {
		h := normalHeader(tc.in)
		if got, _ := matchHeader(h); got != tc.want || h.currency != tc.currency {
			t.Errorf("header %q = %v (%q), want %v (%q)", tc.in, got, h.currency, tc.want, tc.currency)
		}
	}
	if h := normalHeader("Datum (TT.MM.JJJJ)"); h.order != DayFirst {
		t.Errorf("German date hint: order %v, want day first", h.order)
	}
	if h := normalHeader("Date (MM/DD/YYYY)"); h.order != MonthFirst {
		t.Errorf("US date hint: order %v, want month first", h.order)
	}
}

func TestFindHeader(t *testing.T) {
	rows := [][]string{
		{"Nordlys AS"},
		{"Kundereskontro"},
		{"Per 01.11.2026", "", "Side 1"},
		{},
		{"Fakturanr", "Kunde", "Fakturadato", "Forfallsdato", "Beløp", "Innbetalt"},
		{"1001", "Hansen", "01.10.2026", "15.10.2026", "100", ""},
	}
	if got := findHeader(rows); got != 4 {
		t.Fatalf("header row index %d, want 4", got)
	}
	if got := findHeader(rows[:4]); got != -1 {
		t.Errorf("without a header row: %d, want -1", got)
	}
	cols, _ := detectColumns([]string{"Date", "Invoice date", "Amount", "Num"})
	if cols[0] != FieldNone || cols[1] != FieldIssueDate {
		t.Errorf("the more specific name should win the field: %v", cols)
	}
}

func TestRowKinds(t *testing.T) {
	m := &Mapping{Columns: []Field{FieldCustomerName, FieldInvoiceNumber, FieldAmount}}
	tests := []struct {
		cells []string
		want  rowKind
	}{
		{[]string{"", "", ""}, rowBlank},
		{[]string{"Acme Ltd"}, rowHeading},
		{[]string{"Total for Acme Ltd", "", "1,200.00"}, rowTotal},
		{[]string{"TOTAL", "", "1,200.00"}, rowTotal},
		{[]string{"", "Summe", "1.200,00"}, rowTotal},
		{[]string{"Razem:", "", "1 200,00"}, rowTotal},
		{[]string{"Totalt NOK", "", "1 200,00"}, rowTotal},
		{[]string{"Sum", "", "1 200"}, rowTotal},
		{[]string{"Sub-total", "", "1 200"}, rowTotal},
		{[]string{"Total Petroleum AS", "F-1", "1 200"}, rowData},
		{[]string{"Summit Ltd", "F-2", "1 200"}, rowData},
		{[]string{"Acme", "", "1 200"}, rowData}, // an invoice without a number: reported, not skipped
	}
	for _, tc := range tests {
		if got := classifyRow(tc.cells, m); got != tc.want {
			t.Errorf("%q: kind %d, want %d", tc.cells, got, tc.want)
		}
	}
}

func TestSplitAddress(t *testing.T) {
	tests := []struct{ in, street, postcode, city, region string }{
		{"Storgata 1, 0155 Oslo", "Storgata 1", "0155", "Oslo", ""},
		{"ul. Długa 5\n00-950 Warszawa", "ul. Długa 5", "00-950", "Warszawa", ""},
		{"Hauptstraße 5, 10115 Berlin", "Hauptstraße 5", "10115", "Berlin", ""},
		{"10 Downing St, London SW1A 2AA", "10 Downing St", "SW1A 2AA", "London", ""},
		{"1 Main St, Springfield, IL 62704", "1 Main St", "62704", "Springfield", "IL"},
		{"Somewhere far away", "Somewhere far away", "", "", ""},
	}
	for _, tc := range tests {
		a := splitAddress(tc.in)
		if a.street != tc.street || a.postcode != tc.postcode || a.city != tc.city || a.region != tc.region {
			t.Errorf("%q = %+v", tc.in, a)
		}
	}
}
