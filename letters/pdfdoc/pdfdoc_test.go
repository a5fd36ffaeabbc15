package pdfdoc

import (
	"bytes"
	"image/png"
	"regexp"
	"strings"
	"sync"
	"testing"

	"overdue/data"
)

func TestTextIsExtractableExactly(t *testing.T) {
	tests := []struct {
		country, lang string
	}{
		{"PL", "pl"}, {"NO", "nb"}, {"DE", "de"}, {"GB", "en"}, {"US", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.country, func(t *testing.T) {
			d := newTestDoc(t, testCompany(t, tt.country), tt.lang)
			writeLetter(d, 10)
			d.Paragraph("Decomposed input: Mu\u0308ller, Blåbærsyltetøy") // u + combining diaeresis
			text := pdfText(t, pdfBytes(t, d), 0, 0)
			for _, want := range []string{polish, norwegian, german, "Müller, Blåbærsyltetøy", "Nordlys Regnskap AS"} {
				if tt.country == "US" && want == "Nordlys Regnskap AS" {
					want = "Prairie Supply LLC"
				}
				if !strings.Contains(text, want) {
					t.Errorf("pdftotext output lacks %q:\n%s", want, text)
				}
			}
		})
	}
}

func TestNoCoreFonts(t *testing.T) {
	for _, country := range []string{"DE", "US"} {
		t.Run(country, func(t *testing.T) {
			d := newTestDoc(t, testCompany(t, country), "en")
			writeLetter(d, 3)
			d.Table(Table{Condensed: true, Columns: []Column{{Title: "A"}, {Title: "B"}}, Rows: [][]string{{"1", "2"}}})
			d.SetFont(Italic, 9)
			d.PDF().CellFormat(0, 5, "Oblique "+polish, "", 1, "L", false, 0, "")
			b := pdfBytes(t, d)
			for _, core := range []string{"Helvetica", "Arial", "Times", "Courier", "Symbol", "ZapfDingbats"} {
				if bytes.Contains(b, []byte(core)) {
					t.Errorf("PDF mentions the core font %s", core)
				}
			}
			fonts := regexp.MustCompile(`/BaseFont /(\S+)`).FindAllSubmatch(b, -1)
			seen := map[string]bool{}
			for _, f := range fonts {
				name := string(f[1])
				seen[name] = true
				if !strings.HasPrefix(name, "utf8dejavu") {
					t.Errorf("font %s is not an embedded DejaVu face", name)
				}
			}
			for _, want := range []string{"utf8dejavu", "utf8dejavuB", "utf8dejavuI", "utf8dejavucond", "utf8dejavucondB"} {
				if !seen[want] {
					t.Errorf("font %s not embedded; have %v", want, seen)
				}
			}
		})
	}
}

func TestFacesAreEmbeddedOnlyWhenUsed(t *testing.T) {
	d := newTestDoc(t, testCompany(t, "DE"), "de")
	d.NewSection()
	d.Paragraph(german)
	b := pdfBytes(t, d)
	if bytes.Contains(b, []byte("utf8dejavucond")) || bytes.Contains(b, []byte("utf8dejavuI")) {
		t.Error("condensed or oblique face embedded in a document that never used it")
	}
}

func TestFontsAreSubsetted(t *testing.T) {
	d := newTestDoc(t, testCompany(t, "NO"), "nb")
	d.opts.Company.Logo = nil
	d.logo = nil
	writeLetter(d, 10)
	b := pdfBytes(t, d)
	// Each DejaVu face is 600–760 kB as a file (about 350 kB compressed); the glyphs a
	// letter uses take a few kilobytes.
	if len(b) > 80_000 {
		t.Errorf("one-page letter is %d bytes; fonts are not subsetted", len(b))
	}
}

func TestFontCacheFastPath(t *testing.T) {
	if err := checkFontLayout(); err != nil {
		t.Fatalf("fpdf internals changed, fonts are parsed per document again: %v", err)
	}
}

func TestDocumentsInParallel(t *testing.T) {
	const n = 8
	out := make([][]byte, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			d := newTestDoc(t, testCompany(t, "PL"), "pl")
			writeLetter(d, 5+i)
			out[i], _ = d.Bytes()
		})
	}
	wg.Wait()
	for i, b := range out {
		if text := pdfText(t, b, 0, 0); !strings.Contains(text, polish) || !strings.Contains(text, norwegian+" "+"4") {
			t.Errorf("document %d written concurrently lacks its text:\n%s", i, text)
		}
	}
}

func TestTableHeaderRepeatsOnEveryPage(t *testing.T) {
	d := newTestDoc(t, testCompany(t, "GB"), "en")
	writeLetter(d, 90)
	b := pdfBytes(t, d)
	pages := pageCount(t, b)
	if pages < 3 {
		t.Fatalf("a 90-row table fits on %d pages; expected it to run onto at least 3", pages)
	}
	for p := 1; p <= pages; p++ {
		text := pdfText(t, b, p, p)
		if p < pages || strings.Contains(text, "F-20260") {
			if !strings.Contains(text, "Invoice") || !strings.Contains(text, "Description") {
				t.Errorf("page %d has table rows but no header:\n%s", p, text)
			}
		}
	}
	last := pdfText(t, b, pages, pages)
	if !strings.Contains(last, "F-2026089") {
		t.Errorf("last row missing on the last page:\n%s", last)
	}

	empty := newTestDoc(t, testCompany(t, "GB"), "en")
	empty.NewSection()
	empty.Table(Table{Columns: []Column{{Title: "Invoice"}, {Title: "Open", Align: AlignRight}}})
	if text := pdfText(t, pdfBytes(t, empty), 0, 0); !strings.Contains(text, "Invoice") {
		t.Errorf("table without rows lacks its header:\n%s", text)
	}
}

func TestPageLabels(t *testing.T) {
	tests := []struct {
		name     string
		label    string
		sections []int // rows of each letter
		want     []string
	}{
		{"one letter on two pages", "", []int{40}, []string{"Page 1 of 2", "Page 2 of 2"}},
		{"numbering restarts per letter", "", []int{2, 40},
			[]string{"Page 1 of 1", "Page 1 of 2", "Page 2 of 2"}},
		{"translated", "Strona {page} z {pages}", []int{40}, []string{"Strona 1 z 2", "Strona 2 z 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testCompany(t, "PL")
			d := New(Options{Company: c, Lang: "pl", Labels: Labels{Page: tt.label}})
			for _, rows := range tt.sections {
				writeLetter(d, rows)
			}
			b := pdfBytes(t, d)
			if n := pageCount(t, b); n != len(tt.want) {
				t.Fatalf("%d pages, want %d", n, len(tt.want))
			}
			for p, want := range tt.want {
				if text := pdfText(t, b, p+1, p+1); !strings.Contains(text, want) {
					t.Errorf("page %d lacks %q:\n%s", p+1, want, text)
				}
			}
		})
	}
}

func TestBrokenLogoIsSkipped(t *testing.T) {
	good := testPNG(t, 100, 40)
	tests := []struct {
		name string
		logo []byte
		ok   bool
	}{
		{"PNG with transparency", good, true},
		{"16-bit PNG", testPNG16(t), true},
		{"paletted PNG", testPalettedPNG(t), true},
		{"JPEG", testJPEG(t), true},
		{"garbage", []byte("definitely not an image"), false},
		{"truncated PNG", good[:60], false},
		{"PNG signature only", []byte("\x89PNG\r\n\x1a\n"), false},
		{"JPEG signature only", []byte("\xff\xd8\xff\xe0\x00\x10JFIF"), false},
		{"no logo", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := testCompany(t, "DE")
			c.Logo = tt.logo
			d := newTestDoc(t, c, "de")
			writeLetter(d, 3)
			b := pdfBytes(t, d)
			if (d.LogoError() == nil) != tt.ok {
				t.Errorf("LogoError() = %v", d.LogoError())
			}
			if hasImage := bytes.Contains(b, []byte("/Subtype /Image")); hasImage != (tt.ok && tt.logo != nil) {
				t.Errorf("image in PDF = %v", hasImage)
			}
			if text := pdfText(t, b, 0, 0); !strings.Contains(text, "Nordlys Regnskap AS") || !strings.Contains(text, polish) {
				t.Errorf("letter text missing:\n%s", text)
			}
			if err := CheckImage(tt.logo); (err == nil) != (tt.ok && tt.logo != nil) {
				t.Errorf("CheckImage = %v", err)
			}
		})
	}
}

func TestImageHelpers(t *testing.T) {
	d := newTestDoc(t, testCompany(t, "NO"), "nb")
	d.NewSection()
	r, err := d.Image(testPNG(t, 200, 200), Rect{X: 150, Y: 100, W: 40, H: 30}, AlignRight)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Rect{X: 160, Y: 100, W: 30, H: 30}); r != want {
		t.Errorf("square image in a 40×30 box drawn at %+v, want %+v", r, want)
	}
	if _, err := d.Image([]byte("junk"), Rect{W: 10, H: 10}, AlignLeft); err == nil {
		t.Error("junk bytes drawn as an image")
	}
	y := d.PDF().GetY()
	if err := d.Figure(testPNG(t, 400, 100), 120, 80, AlignCenter); err != nil {
		t.Fatal(err)
	}
	if got := d.PDF().GetY(); got < y+30 {
		t.Errorf("cursor at %.1f after a 120×30 mm figure placed at %.1f", got, y)
	}
	d.Paragraph(norwegian)
	if text := pdfText(t, pdfBytes(t, d), 0, 0); !strings.Contains(text, norwegian) {
		t.Errorf("text after images missing:\n%s", text)
	}
}

func TestFormatDate(t *testing.T) {
	date := data.MustDate("2026-11-22")
	tests := []struct {
		lang, country, want string
	}{
		{"de", "DE", "22.11.2026"}, {"nb", "NO", "22.11.2026"}, {"pl", "PL", "22.11.2026"},
		{"de", "US", "22.11.2026"}, {"en", "GB", "22/11/2026"}, {"en", "NO", "22/11/2026"},
		{"en", "US", "11/22/2026"},
	}
	for _, tt := range tests {
		if got := FormatDate(date, tt.lang, tt.country); got != tt.want {
			t.Errorf("FormatDate(%s, %s) = %q, want %q", tt.lang, tt.country, got, tt.want)
		}
	}
	if got := FormatDate(data.MustDate("2026-03-05"), "de", "DE"); got != "05.03.2026" {
		t.Errorf("single digits not padded: %q", got)
	}
	if got := FormatDate(0, "en", "GB"); got != "" {
		t.Errorf("zero date = %q", got)
	}
}

func TestPaperAndMetadata(t *testing.T) {
	tests := []struct {
		country string
		media   string // MediaBox of the pages in points
	}{
		{"NO", "[0 0 595.28 841.89]"}, {"PL", "[0 0 595.28 841.89]"}, {"DE", "[0 0 595.28 841.89]"},
		{"GB", "[0 0 595.28 841.89]"}, {"US", "[0 0 612.00 792.00]"},
	}
	for _, tt := range tests {
		t.Run(tt.country, func(t *testing.T) {
			c := testCompany(t, tt.country)
			d := newTestDoc(t, c, "")
			writeLetter(d, 1)
			b := pdfBytes(t, d)
			if !bytes.Contains(b, []byte("/MediaBox "+tt.media)) {
				t.Errorf("page size is not %s", tt.media)
			}
			info, err := pdfInfo(t, b)
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"Title:           Reminder – " + german, "Author:          " + c.Name, "Creator:         Overdue"} {
				if !strings.Contains(info, want) {
					t.Errorf("pdfinfo lacks %q:\n%s", want, info)
				}
			}
		})
	}
}

func TestOutputIsReproducible(t *testing.T) {
	render := func() []byte {
		d := newTestDoc(t, testCompany(t, "DE"), "de")
		writeLetter(d, 12)
		return pdfBytes(t, d)
	}
	if !bytes.Equal(render(), render()) {
		t.Error("the same letter with the same creation date gives different bytes")
	}
}

func TestBytesTwiceAndEmptyDoc(t *testing.T) {
	d := newTestDoc(t, testCompany(t, "GB"), "en")
	a := pdfBytes(t, d)
	b := pdfBytes(t, d)
	if !bytes.Equal(a, b) {
		t.Error("second Bytes call gave a different PDF")
	}
	if n := pageCount(t, a); n != 1 {
		t.Errorf("empty document has %d pages, want 1 (with letterhead and footer)", n)
	}
	if text := pdfText(t, a, 0, 0); !strings.Contains(text, "Page 1 of 1") || !strings.Contains(text, "DNBANOKK") {
		t.Errorf("footer missing:\n%s", text)
	}
}

func TestTenInvoiceLetterFitsOnOnePage(t *testing.T) {
	for _, country := range []string{"DE", "NO", "PL", "GB", "US"} {
		t.Run(country, func(t *testing.T) {
			c := testCompany(t, country)
			d := newTestDoc(t, c, c.Language)
			writeLetter(d, 10)
			b := pdfBytes(t, d)
			writePDF(t, "letter-"+country+".pdf", b) // PDFDOC_SAMPLES=dir keeps a copy to look at
			if n := pageCount(t, b); n != 1 {
				t.Errorf("letter with 10 invoices takes %d pages", n)
			}
		})
	}
}

func TestSubsetterSourceFollowsTheText(t *testing.T) {
	tests := []struct {
		name, text string
		full       bool // the full face must be the subsetter's source
	}{
		{"Polish, Norwegian, German", polish + " " + norwegian + " " + german + " – „€ 1 234,56“ №5 ✓", false},
		{"Romanian and Czech", "Ștefan Țurcanu, Dvořák", false},
		{"Cyrillic", "ТОВ «Київстар» " + polish, true},
		{"Greek", "Αθήνα", true},
		{"Vietnamese", "Nguyễn Văn Thủy", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newTestDoc(t, testCompany(t, "PL"), "pl")
			d.NewSection()
			d.Paragraph(tt.text)
			b := pdfBytes(t, d)
			f := d.faces[Regular]
			if f == nil {
				t.Fatal("regular face not installed through the font cache")
			}
			src := writable(f.reader.Elem().FieldByName("array")).Bytes()
			if isFull := len(src) == len(faces[Regular].ttf()); isFull != tt.full {
				t.Errorf("subsetter read the full face = %v, want %v", isFull, tt.full)
			}
			if text := pdfText(t, b, 0, 0); !strings.Contains(text, tt.text) {
				t.Errorf("pdftotext lacks %q:\n%s", tt.text, text)
			}
		})
	}
}

func TestPlainPNGDetection(t *testing.T) {
	tests := []struct {
		name  string
		png   []byte
		plain bool
	}{
		{"RGBA with transparency", testPNG(t, 20, 10), false},
		{"16-bit", testPNG16(t), false},
		{"paletted", testPalettedPNG(t), true},
		{"too short", []byte("\x89PNG\r\n\x1a\n"), false},
	}
	for _, tt := range tests {
		if got := plainPNG(tt.png); got != tt.plain {
			t.Errorf("%s: plainPNG = %v, want %v", tt.name, got, tt.plain)
		}
	}
	flat, err := flatPNG([32]byte{1}, testPNG(t, 20, 10))
	if err != nil {
		t.Fatal(err)
	}
	if !plainPNG(flat) {
		t.Error("flattened PNG still needs converting")
	}
	img, err := png.Decode(bytes.NewReader(flat))
	if err != nil {
		t.Fatal(err)
	}
	if r, g, b, _ := img.At(0, 0).RGBA(); r != 0xffff || g != 0xffff || b != 0xffff {
		t.Errorf("transparent corner flattened to %x %x %x, want white", r, g, b)
	}
}

func TestAwkwardTextDoesNotLoseTheDocument(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"emoji", "Thanks 😀 for paying", "Thanks \uFFFD for paying"},
		{"invalid UTF-8", "Caf\xe9 Oslo", "Caf\uFFFD Oslo"},
		{"Windows line ends and tabs", "Line one\r\nLine\ttwo", "Line one\nLine two"},
		{"control characters", "Bell\a and\x00 NUL", "Bell and NUL"},
		{"decomposed accents", "Mu\u0308ller Z\u0307ółć", "Müller Żółć"},
		{"plain", polish, polish},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CleanText(tt.in); got != tt.want {
				t.Errorf("CleanText(%q) = %q, want %q", tt.in, got, tt.want)
			}
			d := newTestDoc(t, testCompany(t, "GB"), "en")
			d.NewSection()
			d.AddressWindow(Address{Lines: []string{tt.in}})
			d.InfoBlock([]Field{{Label: tt.in, Value: tt.in}})
			d.Heading(tt.in)
			d.Paragraph(tt.in)
			d.KeyValues([]Field{{Label: tt.in, Value: tt.in}})
			d.Table(Table{Columns: []Column{{Title: tt.in}}, Rows: [][]string{{tt.in}}, Total: []string{tt.in}})
			b, err := d.Bytes()
			if err != nil {
				t.Fatalf("document lost: %v", err)
			}
			first := strings.SplitN(tt.want, "\n", 2)[0]
			if text := pdfText(t, b, 0, 0); !strings.Contains(text, first) {
				t.Errorf("pdftotext lacks %q:\n%s", first, text)
			}
		})
	}
}
