package spreadsheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"hash/crc32"
	"strconv"
	"strings"
	"testing"
	"time"

	"overdue/data"
)

// zipOf builds a zip archive from name → content.
func zipOf(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// bombZip declares an entry of size bytes while holding almost nothing (the sizes are lies
// that Go's zip reader would catch on reading; the guard must refuse before that).
func bombZip(t testing.TB, size uint64) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("xl/workbook.xml")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("<workbook/>"))
	body := []byte{0x03, 0x00} // an empty deflate stream
	rw, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
		CompressedSize64: uint64(len(body)), UncompressedSize64: size, CRC32: crc32.ChecksumIEEE(nil)})
	if err != nil {
		t.Fatal(err)
	}
	rw.Write(body)
	zw.Close()
	return buf.Bytes()
}

// realBomb deflates n bytes of zeros: a compression ratio of about 1000:1.
func realBomb(t testing.TB, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("xl/workbook.xml")
	w.Write([]byte("<workbook/>"))
	w, _ = zw.Create("xl/worksheets/sheet1.xml")
	zeros := make([]byte, 1<<20)
	for i := 0; i < n>>20; i++ {
		w.Write(zeros)
	}
	zw.Close()
	return buf.Bytes()
}

func TestBadFiles(t *testing.T) {
	good := layout{name: "good", lang: "en", xlsx: true, cols: allCols, date: "cell", amount: "number"}.xlsxBytes(t,
		layout{name: "good", lang: "en", cols: allCols, date: "iso", amount: "plain"}.rows(samples("EUR")))
	tests := []struct {
		name    string
		content []byte
		want    string
	}{
		{"empty.xlsx", nil, "empty"},
		{"report.pdf", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), "PDF"},
		{"old.xls", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), ".xls"},
		{"random.bin", []byte{0x01, 0x02, 0x00, 0xFF, 0x00, 0x10, 0x20, 0x00, 0x00, 0x7f}, "neither"},
		{"photo.xlsx", []byte("\x89PNG\r\n\x1a\n0000"), "picture"},
		{"truncated.xlsx", good[:len(good)/2], "damaged or incomplete"},
		{"archive.zip", zipOf(t, map[string]string{"readme.txt": "hello"}), "without a workbook"},
		{"sheet.ods", zipOf(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}), ".ods"},
		{"bomb.xlsx", bombZip(t, 50<<30), "MB"},
		{"bomb2.xlsx", bombZip(t, 600<<20), "zip bomb"},
		{"bomb3.xlsx", realBomb(t, 64<<20), "zip bomb"},
		{"broken.xlsx", zipOf(t, map[string]string{"[Content_Types].xml": "<Types", "xl/workbook.xml": "<workbook><sheets><sheet"}), "cannot read"},
	}
	for _, tc := range tests {
		start := time.Now()
		b, err := OpenBook(writeFile(t, tc.name, tc.content))
		if err == nil {
			b.Close()
			t.Errorf("%s: opened without error", tc.name)
			continue
		}
		if !errors.Is(err, ErrNotSpreadsheet) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err %q, want ErrNotSpreadsheet mentioning %q", tc.name, err, tc.want)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: refused only after %v", tc.name, d)
		}
	}
}

func TestUnclosedQuote(t *testing.T) {
	s := newStore(t, "GB")
	var b strings.Builder
	b.WriteString(csvHeader + "Q-1,C1,\"Acme,2026-09-01,2026-09-30,100.00,,\n")
	for b.Len() < 6<<20 {
		b.WriteString("more text without a closing quote, ")
	}
	_, err := importFile(t, s, writeFile(t, "quote.csv", []byte(b.String())), Options{})
	if !errors.Is(err, ErrNotSpreadsheet) || !strings.Contains(err.Error(), "unclosed quote") {
		t.Errorf("err = %v", err)
	}
}

func TestNoHeaderRow(t *testing.T) {
	s := newStore(t, "GB")
	var b strings.Builder
	for i := 0; i < 40; i++ {
		b.WriteString("just some text,and more\n")
	}
	b.WriteString(csvHeader + "H-1,C1,Acme,2026-09-01,2026-09-30,100.00,,\n")
	_, err := importFile(t, s, writeFile(t, "late.csv", []byte(b.String())), Options{})
	if !errors.Is(err, ErrMapping) || !strings.Contains(err.Error(), "first 30 rows") {
		t.Errorf("err = %v", err)
	}
}

func TestCSVVariants(t *testing.T) {
	utf16 := func(s string) []byte {
		out := []byte{0xFF, 0xFE}
		for _, r := range s {
			out = append(out, byte(r), byte(r>>8))
		}
		return out
	}
	tests := []struct {
		name    string
		content []byte
		enc     string
		delim   rune
		address string
	}{
		{"multiline.csv", []byte("Invoice No,Customer,Date,Amount,Address\nL-1,Acme,2026-09-01,100.00,\"ul. Długa 5\n00-950 Warszawa\"\nL-2,Acme,2026-09-02,100.00,x\n"),
			EncodingUTF8, ',', "ul. Długa 5"},
		{"excel-unicode.txt", utf16("Invoice No\tCustomer\tDate\tAmount\r\nL-1\tŻółć\t2026-09-01\t100.00\r\nL-2\tŻółć\t2026-09-02\t100.00\r\n"),
			EncodingUTF16LE, '\t', ""},
		{"sep-line.csv", []byte("sep=;\nInvoice No;Customer;Date;Amount\nL-1;Acme;2026-09-01;100,00\nL-2;Acme;2026-09-02;100,00\n"),
			EncodingUTF8, ';', ""},
		{"pipes.csv", []byte("Invoice No|Customer|Date|Amount\nL-1|Acme|2026-09-01|100.00\nL-2|Acme|2026-09-02|100.00\n"),
			EncodingUTF8, '|', ""},
		{"crlf-bom.csv", []byte("\xEF\xBB\xBFInvoice No,Customer,Date,Amount\r\nL-1,Acme,2026-09-01,100.00\r\nL-2,Acme,2026-09-02,100.00\r\n"),
			EncodingUTF8, ',', ""},
	}
	for _, tc := range tests {
		s := newStore(t, "PL")
		path := writeFile(t, tc.name, tc.content)
		b, err := OpenBook(path)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if b.Encoding != tc.enc || b.Delimiter != tc.delim {
			t.Errorf("%s: detected %s %q, want %s %q", tc.name, b.Encoding, b.Delimiter, tc.enc, tc.delim)
		}
		b.Close()
		res := mustImport(t, s, path, Options{})
		if res.Created != 2 {
			t.Errorf("%s: %+v", tc.name, res)
		}
		if tc.address != "" {
			inv := allInvoices(t, s)["L-1"]
			cs, _ := s.Contacts(inv.CustomerID)
			if len(cs) != 1 || cs[0].Street != tc.address || cs[0].City != "Warszawa" {
				t.Errorf("%s: contacts %+v", tc.name, cs)
			}
		}
		if tc.enc == EncodingUTF16LE {
			c, _ := s.Customer(allInvoices(t, s)["L-1"].CustomerID)
			if c.Name != "Żółć" {
				t.Errorf("%s: customer %q", tc.name, c.Name)
			}
		}
	}
}

func TestDetectEncoding(t *testing.T) {
	tests := []struct {
		in   []byte
		want string
	}{
		{[]byte("Kontrahent;Kwota\nZ\xafó\xb3\xe6 g\xea\x9cl\xb9 ja\x9f\xf1;1\n"), Encoding1250}, // "Żółć gęślą jaźń" in 1250
		{[]byte("Kunde;Beløp\n\xc6rlig Bygg \xd8stby; Gr\xf6\xdfe M\xfcller\n"), Encoding1252},   // "Ærlig Bygg Østby Größe Müller" in 1252
		{[]byte("Kunde;Beløp\n"), EncodingUTF8},
		{[]byte("\xEF\xBB\xBFa,b"), EncodingUTF8},
	}
	for _, tc := range tests {
		if got := detectEncoding(tc.in); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.in, got, tc.want)
		}
	}
}

// rawXLSX builds a minimal workbook the way other writers do: a namespace prefix on every
// element, inline and shared strings, cells without references, a formula string result, an
// ISO date cell (t="d") and no dimension.
func rawXLSX(t testing.TB, date1904 bool) []byte {
	t.Helper()
	wbPr, base := "", 46085 // 2026-03-04 in the 1900 date system
	if date1904 {
		wbPr, base = `<x:workbookPr date1904="1"/>`, 44623 // the same day counted from 1904
	}
	serial := func(days int) string { return strconv.Itoa(base + days) }
	return zipOf(t, map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
			`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
			`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` + wbPr +
			`<x:sheets><x:sheet name="Faktury" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>`,
		"xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/>` +
			`<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
		"xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8"?><x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">` +
			`<x:si><x:t>Numer faktury</x:t></x:si><x:si><x:t>Kontrahent</x:t></x:si><x:si><x:r><x:t>Żółć </x:t></x:r><x:r><x:t>Sp. z o.o.</x:t></x:r></x:si></x:sst>`,
		"xl/worksheets/data.xml": `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>` +
			`<x:row><x:c t="inlineStr"><x:is><x:t>Zestawienie należności</x:t></x:is></x:c></x:row>` +
			`<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>Data wystawienia</x:t></x:is></x:c>` +
			`<x:c t="inlineStr"><x:is><x:t>Termin płatności</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Kwota</x:t></x:is></x:c></x:row>` +
			`<x:row><x:c t="str"><x:f>"FV/"&amp;"1"</x:f><x:v>FV/1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c><x:v>` + serial(0) + `</x:v></x:c>` +
			`<x:c t="d"><x:v>2026-03-18T00:00:00</x:v></x:c><x:c><x:v>1234.5</x:v></x:c></x:row>` +
			`<x:row r="5"><x:c r="A5" t="inlineStr"><x:is><x:t>FV/2</x:t></x:is></x:c><x:c r="B5" t="s"><x:v>2</x:v></x:c><x:c r="C5"><x:v>` + serial(1) + `</x:v></x:c>` +
			`<x:c r="D5"><x:v>` + serial(15) + `</x:v></x:c><x:c r="E5"><x:v>0.30000000000000004</x:v></x:c></x:row>` +
			`<x:row r="6"><x:c r="A6" t="inlineStr"><x:is><x:t>Razem</x:t></x:is></x:c><x:c r="E6"><x:f>SUM(E3:E5)</x:f><x:v>1234.8</x:v></x:c></x:row>` +
			`</x:sheetData></x:worksheet>`,
	})
}

func TestForeignXLSX(t *testing.T) {
	for _, date1904 := range []bool{false, true} {
		s := newStore(t, "PL")
		res := mustImport(t, s, writeFile(t, "export.xlsx", rawXLSX(t, date1904)), Options{})
		if res.Created != 2 || res.Skipped != 2 || res.Mapping.HeaderRow != 2 { // skipped: the empty row 4 and "Razem"
			t.Fatalf("1904=%v: %+v", date1904, res)
		}
		invs := allInvoices(t, s)
		fv1, fv2 := invs["FV/1"], invs["FV/2"]
		if fv1.IssueDate.String() != "2026-03-04" || fv2.DueDate.String() != "2026-03-19" || fv1.DueDate.String() != "2026-03-18" || fv1.Amount != 123450 || fv2.Amount != 30 {
			t.Errorf("1904=%v: FV/1 %+v FV/2 %+v", date1904, fv1, fv2)
		}
		if c, _ := s.Customer(fv1.CustomerID); c.Name != "Żółć Sp. z o.o." || fv1.Currency != "PLN" {
			t.Errorf("customer %q currency %s", c.Name, fv1.Currency)
		}
	}
}

func TestEnormousRow(t *testing.T) {
	s := newStore(t, "GB")
	row := strings.Repeat("x,", 20000) + "x\n"
	_, err := importFile(t, s, writeFile(t, "wide.csv", []byte(csvHeader+row)), Options{})
	if !errors.Is(err, ErrNotSpreadsheet) || !strings.Contains(err.Error(), "more than the 16384") {
		t.Errorf("err = %v", err)
	}
	if n, _ := s.CountInvoices(data.InvoiceFilter{}); n != 0 {
		t.Errorf("%d invoices written", n)
	}
}
