// Package pdfdoc is the PDF foundation shared by demand letters, statements of account and
// the court evidence bundle: page size and margins by country, the embedded DejaVu font
// (parsed once per process), the company letterhead and footer, the address placed for a
// window envelope, and helpers for headings, paragraphs, key/value blocks, tables and images.
//
// A Doc wraps an *fpdf.Fpdf. Code that draws on it directly selects faces with Doc.SetFont
// (never fpdf's SetFont with a core font name: core fonts cannot show Polish or Norwegian
// letters and are never used) and passes its text through CleanText.
package pdfdoc

import (
	"bytes"
	"fmt"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"overdue/data"
)

// Options configures a new document.
type Options struct {
	Company data.Company // letterhead, footer and PDF author; its Country chooses the paper
	Title   string       // PDF title, e.g. "Reminder 2026-11-22 – Kowalski sp. z o.o."
	Subject string       // PDF subject, optional
	Lang    string       // en, de, nb or pl for dates and amounts; default Company.Language
	Labels  Labels       // the words pdfdoc prints itself, translated by the caller
	// NoLetterhead leaves the company letterhead off the first page of each section.
	NoLetterhead bool
	// Created is the PDF creation date; zero means now. A fixed date makes the output
	// reproducible byte for byte.
	Created time.Time
}

// Labels are the words pdfdoc prints itself. Empty fields fall back to English.
type Labels struct {
	Page      string // footer page number, with {page} and {pages}: "Seite {page} von {pages}"
	OrgNumber string // "Org. no.", "Org.nr.", "KRS", "HRB"
	VATNumber string // "VAT no.", "MVA", "NIP", "USt-IdNr."
	Phone     string // "Phone", "Tel."
	Email     string // "Email", "E-Mail"
	Account   string // domestic bank account: "Account no.", "Kontonr."
}

// EnglishLabels returns the labels used where Options.Labels leaves a field empty.
func EnglishLabels() Labels {
	return Labels{
		Page: "Page {page} of {pages}", OrgNumber: "Org. no.", VATNumber: "VAT no.",
		Phone: "Phone", Email: "Email", Account: "Account no.",
	}
}

func (l Labels) withDefaults() Labels {
	en := EnglishLabels()
	def := func(s *string, d string) {
		if *s == "" {
			*s = d
		}
	}
	def(&l.Page, en.Page)
	def(&l.OrgNumber, en.OrgNumber)
	def(&l.VATNumber, en.VATNumber)
	def(&l.Phone, en.Phone)
	def(&l.Email, en.Email)
	def(&l.Account, en.Account)
	return l
}

// Doc is a PDF being written: one letter, a batch of letters (one section each), a
// statement, or a bundle. It is not safe for concurrent use; separate Docs are.
type Doc struct {
	pdf      *fpdf.Fpdf
	opts     Options
	layout   Layout
	lang     string
	fonts    [styleCount]bool           // faces registered in pdf
	faces    [styleCount]*installedFont // their handles (nil on fpdf's slow path)
	sections []int                      // first page of each section, ascending
	labels   []Labels                   // the labels of each section, for its footers
	logo     *picture
	logoErr  error
	// floorPage and floor: the lowest y used by the address window and info block on
	// page floorPage, so the text starts below both.
	floorPage int
	floor     float64
	out       []byte
	err       error
	done      bool
}

// New starts an empty document; add pages with NewSection or AddPage.
func New(opts Options) *Doc {
	opts.Labels = opts.Labels.withDefaults()
	d := &Doc{opts: opts, layout: LayoutFor(opts.Company.Country), lang: opts.Lang}
	if d.lang == "" {
		d.lang = opts.Company.Language
	}
	if d.lang == "" {
		d.lang = "en"
	}
	l := d.layout
	d.pdf = fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: l.Paper})
	d.pdf.SetMargins(l.Left, l.Top, l.Right)
	d.pdf.SetAutoPageBreak(true, l.Height-l.BodyBottom())
	d.pdf.SetCatalogSort(true)
	created := opts.Created
	if created.IsZero() {
		created = time.Now()
	}
	d.pdf.SetCreationDate(created)
	d.pdf.SetModificationDate(created)
	d.pdf.SetTitle(clean(opts.Title), true)
	d.pdf.SetSubject(clean(opts.Subject), true)
	d.pdf.SetAuthor(clean(opts.Company.Name), true)
	d.pdf.SetCreator("Overdue", true)
	d.pdf.SetProducer("Overdue", true)
	d.pdf.SetLineWidth(0.2)
	d.SetFont(Regular, 10)
	if len(opts.Company.Logo) > 0 {
		d.logo, d.logoErr = d.registerImage(opts.Company.Logo)
	}
	return d
}

// LogoError returns why the company logo was left out of the letterhead (bytes that are
// not a readable PNG or JPEG), or nil.
func (d *Doc) LogoError() error { return d.logoErr }

// PDF returns the underlying fpdf document for drawing that the helpers do not cover.
// Select faces with Doc.SetFont.
func (d *Doc) PDF() *fpdf.Fpdf { return d.pdf }

// Layout returns where things go on this document's paper.
func (d *Doc) Layout() Layout { return d.layout }

// Lang returns the language dates and amounts are written in.
func (d *Doc) Lang() string { return d.lang }

// Money formats an amount in minor units the way the document's language writes it.
func (d *Doc) Money(amount int64, currency string) string {
	return data.FormatMoney(amount, currency, d.lang)
}

// Date formats a date the way the document's language (and, for English, the company's
// country) writes it.
func (d *Doc) Date(date data.Date) string {
	return FormatDate(date, d.lang, d.opts.Company.Country)
}

// SetFont selects a face and size in points, registering the face in the document on
// first use.
func (d *Doc) SetFont(s Style, size float64) {
	d.UseFont(s)
	f := faces[s]
	d.pdf.SetFont(f.family, f.style, size)
}

// UseFont registers a face in the document without selecting it, for code that selects
// faces with fpdf's SetFont(Family, style, size) directly.
func (d *Doc) UseFont(s Style) {
	if s < 0 || s >= styleCount {
		d.pdf.SetError(fmt.Errorf("pdfdoc: unknown font style %d", s))
		return
	}
	if !d.fonts[s] {
		d.faces[s] = installFont(d.pdf, s)
		d.fonts[s] = true
	}
}

// NewSection starts a new page that begins a new section: page numbers in the footer
// count from 1 again (each letter of a batch is a section), and the first page of a
// section carries the letterhead unless Options.NoLetterhead is set.
func (d *Doc) NewSection() {
	d.addPage()
	d.sections = append(d.sections, d.pdf.PageNo())
	d.labels = append(d.labels, d.opts.Labels)
	if !d.opts.NoLetterhead {
		d.Letterhead()
	}
}

// NewSectionIn starts a new section (see NewSection) whose dates, amounts, letterhead and
// footers are in another language, so that each letter of a batch printed for the post reads
// exactly like its own stored copy. An empty lang keeps the current one.
func (d *Doc) NewSectionIn(lang string, labels Labels) {
	if lang != "" {
		d.lang = lang
	}
	d.opts.Labels = labels.withDefaults()
	d.NewSection()
}

// AddPage continues the current section on a new page (the first page of a document
// starts its first section). Automatic page breaks do the same.
func (d *Doc) AddPage() {
	if len(d.sections) == 0 {
		d.NewSection()
		return
	}
	d.addPage()
}

// addPage adds a page; fpdf carries the current face, size and colours over to it.
func (d *Doc) addPage() { d.pdf.AddPage() }

// PageCount returns the number of pages so far.
func (d *Doc) PageCount() int { return d.pdf.PageCount() }

// Err returns the first error met while writing the document, if any.
func (d *Doc) Err() error { return d.pdf.Error() }

// Bytes finishes the document (footers and page numbers on every page) and returns the
// PDF. After Bytes the document cannot be changed; later calls return the same result.
func (d *Doc) Bytes() ([]byte, error) {
	if d.done {
		return d.out, d.err
	}
	d.done = true
	if d.pdf.PageCount() == 0 {
		d.AddPage()
	}
	d.drawFooters()
	for s, f := range d.faces {
		if f != nil {
			f.chooseSource(Style(s))
		}
	}
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		d.err = fmt.Errorf("pdfdoc: write %q: %w", d.opts.Title, err)
		return nil, d.err
	}
	d.out = buf.Bytes()
	return d.out, nil
}
