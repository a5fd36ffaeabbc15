package pdfdoc

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"overdue/data"
)

// The strings every PDF must carry exactly.
const (
	polish    = "Zażółć gęślą jaźń"
	norwegian = "Blåbærsyltetøy"
	german    = "Straße Müller"
)

// testCompany returns a complete company profile for a country.
func testCompany(t testing.TB, country string) data.Company {
	t.Helper()
	cur, lang := data.DefaultsFor(country)
	c := data.Company{
		Name: "Nordlys Regnskap AS", Street: "Storgata 1\nBakgården", Postcode: "0155", City: "Oslo",
		Country: country, OrgNumber: "923 456 789", VATNumber: "NO 923 456 789 MVA",
		IBAN: "NO93 8601 1117 947", BIC: "DNBANOKK", AccountNumber: "8601.11.17947",
		Email: "post@nordlys.example", Phone: "+47 22 00 00 00", Currency: cur, Language: lang,
		Logo: testPNG(t, 240, 90),
	}
	if country == "US" {
		c.Name, c.Street, c.Postcode, c.City = "Prairie Supply LLC", "400 Main Street", "62701", "Springfield, IL"
		c.IBAN, c.BIC, c.AccountNumber = "", "", "021000021 / 1234567890"
		c.OrgNumber, c.VATNumber = "12-3456789", ""
	}
	return c
}

// testPNG returns a w×h RGBA PNG with a transparent border, like a typical logo.
func testPNG(t testing.TB, w, h int) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			if x > 5 && y > 5 && x < w-5 && y < h-5 {
				img.Set(x, y, color.NRGBA{R: uint8(x), G: 80, B: uint8(y * 2), A: 255})
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// testPNG16 returns a 16-bit RGBA PNG, which fpdf cannot read by itself.
func testPNG16(t testing.TB) []byte {
	t.Helper()
	img := image.NewNRGBA64(image.Rect(0, 0, 60, 30))
	for y := range 30 {
		for x := range 60 {
			img.Set(x, y, color.NRGBA64{R: uint16(x * 1000), G: 30000, B: uint16(y * 2000), A: 0xffff})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// testPalettedPNG returns a black-and-white paletted PNG, like a QR code.
func testPalettedPNG(t testing.TB) []byte {
	t.Helper()
	img := image.NewPaletted(image.Rect(0, 0, 33, 33), color.Palette{color.White, color.Black})
	for y := range 33 {
		for x := range 33 {
			img.SetColorIndex(x, y, uint8((x/3+y/3)%2))
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// testJPEG returns a small JPEG photo-like image.
func testJPEG(t testing.TB) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 80, 40))
	for y := range 40 {
		for x := range 80 {
			img.Set(x, y, color.RGBA{R: uint8(x * 3), G: uint8(y * 6), B: 120, A: 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// newTestDoc returns a document for the company with a fixed creation date.
func newTestDoc(t testing.TB, c data.Company, lang string) *Doc {
	t.Helper()
	return New(Options{
		Company: c, Title: "Reminder – " + german, Lang: lang,
		Created: time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC),
	})
}

// writeLetter adds one letter-like section: address, info block, heading, text, a table
// of rows invoices with a totals row, payment details and a closing paragraph.
func writeLetter(d *Doc, rows int) {
	d.NewSection()
	d.AddressWindow(Address{
		Notes: []string{"Einschreiben"},
		Lines: []string{german + " GmbH", "z. Hd. " + polish, "Hauptstraße 5", "10115 Berlin"},
	})
	d.InfoBlock([]Field{
		{Label: "Date", Value: d.Date(data.MustDate("2026-11-22"))},
		{Label: "Our reference", Value: "R-2026-0042"},
		{Label: "Customer no.", Value: "10023"},
		{Label: "Amount due", Value: d.Money(1_234_56, "EUR"), Strong: true},
	})
	d.Heading("Reminder: " + norwegian)
	d.Paragraph("Dear " + german + ",\nour records show that the invoices below are still unpaid. " +
		"Please pay the amount due by 06.12.2026. If you have already paid, please disregard this letter.")
	t := Table{Columns: []Column{
		{Title: "Invoice", Width: 25}, {Title: "Date", Width: 25}, {Title: "Due", Width: 25},
		{Title: "Description"}, {Title: "Open", Width: 30, Align: AlignRight},
	}}
	for i := range rows {
		t.Rows = append(t.Rows, []string{
			"F-" + strconv.Itoa(2026000+i), "01.10.2026", "31.10.2026", norwegian + " " + strconv.Itoa(i),
			d.Money(int64(10_000+i*123), "EUR"),
		})
	}
	t.Total = []string{"", "", "", "Total", d.Money(1_234_56, "EUR")}
	d.Table(t)
	d.KeyValues([]Field{
		{Label: "IBAN", Value: "DE89 3704 0044 0532 0130 00"},
		{Label: "Reference", Value: "R-2026-0042"},
		{Label: "Amount", Value: d.Money(1_234_56, "EUR"), Strong: true},
	})
	d.Paragraph("Kind regards\n" + polish)
}

// pdfBytes finishes d and fails the test on error.
func pdfBytes(t testing.TB, d *Doc) []byte {
	t.Helper()
	b, err := d.Bytes()
	if err != nil {
		t.Fatalf("Bytes: %v", err)
	}
	return b
}

// needTool skips the test when a poppler tool is not installed.
func needTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s not installed (apt-get install poppler-utils)", name)
	}
	return p
}

// writePDF stores b in a temporary file (and, when PDFDOC_SAMPLES names a folder, a copy
// there for looking at) and returns its path.
func writePDF(t *testing.T, name string, b []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("PDFDOC_SAMPLES"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// pdfText runs pdftotext on b, for pages first to last (0 for all).
func pdfText(t *testing.T, b []byte, first, last int) string {
	t.Helper()
	tool := needTool(t, "pdftotext")
	path := writePDF(t, "text.pdf", b)
	args := []string{"-enc", "UTF-8"}
	if first > 0 {
		args = append(args, "-f", strconv.Itoa(first), "-l", strconv.Itoa(last))
	}
	out, err := exec.Command(tool, append(args, path, "-")...).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	return string(out)
}

// pdfInfo returns what pdfinfo reports about b.
func pdfInfo(t *testing.T, b []byte) (string, error) {
	t.Helper()
	tool := needTool(t, "pdfinfo")
	out, err := exec.Command(tool, "-enc", "UTF-8", writePDF(t, "info.pdf", b)).CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("pdfinfo: %w\n%s", err, out)
	}
	return string(out), nil
}

// pageCount returns the number of pages pdfinfo reports.
func pageCount(t *testing.T, b []byte) int {
	t.Helper()
	info, err := pdfInfo(t, b)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	for _, line := range strings.Split(info, "\n") {
		if _, err := fmt.Sscanf(line, "Pages: %d", &n); err == nil {
			return n
		}
	}
	t.Fatalf("pdfinfo gave no page count:\n%s", info)
	return 0
}
