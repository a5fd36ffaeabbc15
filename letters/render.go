package letters

import (
	"strconv"
	"strings"

	"overdue/data"
	"overdue/letters/pdfdoc"
)

// certifiedNote is the postal endorsement above the address of a letter sent by certified or
// registered mail, in the language of the country it is posted in.
var certifiedNote = map[string]string{
	"NO": "Rekommandert", "DE": "Einschreiben", "PL": "Polecony", "GB": "Signed For", "US": "CERTIFIED MAIL",
}

// labels returns the words pdfdoc prints itself, in the letter's language, for a company
// registered in country.
func labels(lang, country string) pdfdoc.Labels {
	org, vat := pdfdoc.CompanyIDLabels(country, lang)
	return pdfdoc.Labels{Page: Label(lang, "page"), OrgNumber: org, VATNumber: vat,
		Phone: Label(lang, "phone"), Email: Label(lang, "email"), Account: Label(lang, "account")}
}

// Reference returns the letter's own reference: customer number, level and date.
func (d *Draft) Reference() string {
	return d.Customer.Number + "-" + strconv.Itoa(d.Level.Level) + "-" + strings.ReplaceAll(d.Date.String(), "-", "")
}

// Render draws the letter as a new section of doc (page numbers count from 1 within it).
func Render(doc *pdfdoc.Doc, d *Draft) {
	lang := d.Language
	L := func(key string) string { return Label(lang, key) }
	doc.NewSectionIn(d.Language, labels(d.Language, d.Company.Country))
	var notes []string
	if d.Level.Certified {
		notes = append(notes, certifiedNote[d.Company.Country])
	}
	doc.AddressWindow(pdfdoc.Address{Notes: notes, Lines: d.Address, Abroad: d.Abroad})
	info := []pdfdoc.Field{
		{Label: L("date"), Value: d.date(d.Date)},
		{Label: L("customer_no"), Value: d.Customer.Number},
	}
	// A demand names the parties: a business debtor by its VAT or registration number (a
	// Polish wezwanie do zapłaty gives the debtor's NIP/KRS). Consumers' numbers stay out.
	if d.Customer.Type.IsBusiness() {
		if v := strings.TrimSpace(d.Customer.VATID); v != "" {
			info = append(info, pdfdoc.Field{Label: L("customer_vat"), Value: v})
		} else if v := strings.TrimSpace(d.Customer.OrgNumber); v != "" {
			info = append(info, pdfdoc.Field{Label: L("customer_org"), Value: v})
		}
	}
	info = append(info,
		pdfdoc.Field{Label: L("our_ref"), Value: d.Reference()},
		pdfdoc.Field{Label: L("contact"), Value: firstOf(d.Company.Phone, d.Company.Email)},
		pdfdoc.Field{Label: L("pay_by"), Value: d.date(d.Deadline), Strong: true})
	doc.InfoBlock(info)
	doc.Heading(d.Subject)
	for _, p := range strings.Split(d.Body, "\n\n") {
		doc.Paragraph(p)
	}
	doc.Space(1)
	d.invoiceTable(doc, L)
	if len(d.FirstListed) > 0 {
		doc.Paragraph(fill(L("first_listed"), map[string]string{"date": d.date(d.previousLetter()),
			"invoices": strings.Join(d.FirstListed, ", ")}))
	}
	if d.charges() {
		d.summary(doc, L)
	}
	if len(d.Interest) > 0 {
		d.interestTable(doc, L)
	}
	var after []pdfdoc.Field
	if enc := Label(lang, "enclosures."+d.Company.Country+"."+protocolKind(d)); d.Level.TextKey == "letter_of_claim" && enc != "" {
		after = []pdfdoc.Field{{Label: L("enclosures"), Value: enc}}
	}
	d.paymentAndClosing(doc, L, after)
}

// protocolKind is "consumer" or "business" for the UK pre-action rules.
func protocolKind(d *Draft) string {
	if d.Customer.Type == data.Consumer || d.Customer.Type == data.SoleTrader {
		return "consumer"
	}
	return "business"
}

func (d *Draft) invoiceTable(doc *pdfdoc.Doc, L func(string) string) {
	t := pdfdoc.Table{Size: 8, Columns: []pdfdoc.Column{
		{Title: L("invoice"), Width: 0.2}, {Title: L("invoice_date"), Width: 0.12}, {Title: L("due_date"), Width: 0.12},
		{Title: L("amount"), Align: pdfdoc.AlignRight}, {Title: L("paid"), Align: pdfdoc.AlignRight},
		{Title: L("open"), Align: pdfdoc.AlignRight}, {Title: L("days"), Width: 0.12, Align: pdfdoc.AlignRight},
	}}
	for _, r := range d.Invoices {
		t.Rows = append(t.Rows, []string{r.Invoice.Number, d.date(r.Invoice.IssueDate), d.date(r.Invoice.DueDate),
			d.money(r.Invoice.Amount), d.money(r.Paid), d.money(r.Open), strconv.Itoa(r.DaysOverdue)})
	}
	t.Total = []string{L("open_invoices"), "", "", "", "", d.money(d.Principal), ""}
	doc.Table(t)
}

func (d *Draft) summary(doc *pdfdoc.Doc, L func(string) string) {
	fields := []pdfdoc.Field{{Label: L("open_invoices"), Value: d.money(d.Principal)}}
	if d.InterestSum > 0 {
		fields = append(fields, pdfdoc.Field{Label: strings.ReplaceAll(L("interest_to"), "{date}", d.date(d.Date)) +
			" (" + d.rate(d.RateBP) + " %)", Value: d.money(d.InterestSum)})
	}
	if d.Charges.FeesBefore > 0 {
		fields = append(fields, pdfdoc.Field{Label: L("earlier_fees"), Value: d.money(d.Charges.FeesBefore)})
	}
	if d.Charges.Fee > 0 {
		fields = append(fields, pdfdoc.Field{Label: L("reminder_fee"), Value: d.money(d.Charges.Fee)})
	}
	if d.Charges.Compensation > 0 {
		fields = append(fields, pdfdoc.Field{Label: L("compensation"), Value: d.money(d.Charges.Compensation)})
	}
	fields = append(fields,
		pdfdoc.Field{Label: L("total_due"), Value: d.money(d.Total), Strong: true},
		pdfdoc.Field{Label: L("pay_by"), Value: d.date(d.Deadline), Strong: true})
	// The whole block on one page, measured: "Betalingsfrist" alone at the top of the next
	// page, away from the amount due, reads as a page of its own.
	keepTogether(doc, doc.KeyValuesHeight(fields, doc.Layout().TextWidth()))
	doc.KeyValues(fields)
}

func (d *Draft) interestTable(doc *pdfdoc.Doc, L func(string) string) {
	doc.Heading(L("interest_title"))
	t := pdfdoc.Table{Size: 7.5, Columns: []pdfdoc.Column{
		{Title: L("invoice"), Width: 0.16}, {Title: L("principal"), Width: 0.17, Align: pdfdoc.AlignRight},
		{Title: L("from"), Width: 0.11}, {Title: L("to"), Width: 0.11},
		{Title: L("period_days"), Width: 0.07, Align: pdfdoc.AlignRight},
		{Title: L("rate"), Width: 0.1, Align: pdfdoc.AlignRight},
		{Title: L("per_day"), Width: 0.12, Align: pdfdoc.AlignRight},
		{Title: L("interest"), Width: 0.16, Align: pdfdoc.AlignRight},
	}}
	for _, l := range d.Interest {
		t.Rows = append(t.Rows, []string{l.Invoice, d.money(l.Principal), d.date(l.From), d.date(l.To),
			strconv.Itoa(l.Days), d.rate(l.RateBP) + " %", d.money(l.DailyAmount()), d.money(l.Amount)})
	}
	t.Total = []string{L("interest"), "", "", "", "", "", "", d.money(d.InterestSum)}
	doc.Table(t)
}

// charges reports whether the letter claims more than the open invoices: interest, fees
// or compensation. Without them the summary under the invoice table would only repeat the
// table's total, the amount of the payment details and the date of the info block, and is
// left out; the payment details then say by when to pay.
func (d *Draft) charges() bool {
	return d.InterestSum > 0 || d.Charges.FeesBefore > 0 || d.Charges.Fee > 0 || d.Charges.Compensation > 0
}

// The payment QR code and the column it takes beside the payment details, in millimetres.
const (
	qrSize   = 32.0
	qrColumn = qrSize + 8 // the caption under the code is a little wider than the code
	qrGap    = 4.0
	qrLine   = 3.0 // line height of the caption
	// signature is the room for the signature between the closing and the company's name:
	// three blank lines of 12 pt, as DIN 5008 has it.
	signature = 3 * 4.23
)

// paymentAndClosing prints the payment details, with the QR code (when there is one) to
// their right, then the closing and the signature block, then after (the enclosures of a
// letter of claim). All of it stays on one page: when it does not fit below the text, it
// starts the next page together, so that the signature is never alone there.
func (d *Draft) paymentAndClosing(doc *pdfdoc.Doc, L func(string) string, after []pdfdoc.Field) {
	p := d.Payment
	fields := []pdfdoc.Field{{Label: L("payee"), Value: p.Payee}}
	if p.IBAN != "" {
		fields = append(fields, pdfdoc.Field{Label: "IBAN", Value: groupIBAN(p.IBAN)})
		if p.BIC != "" {
			fields = append(fields, pdfdoc.Field{Label: "BIC", Value: p.BIC})
		}
	}
	if p.Account != "" {
		fields = append(fields, pdfdoc.Field{Label: L("account"), Value: p.Account})
	}
	if p.KID != "" {
		fields = append(fields, pdfdoc.Field{Label: L("kid"), Value: p.KID, Strong: true})
	} else {
		fields = append(fields, pdfdoc.Field{Label: L("reference"), Value: p.Reference, Strong: true})
	}
	fields = append(fields, pdfdoc.Field{Label: L("total_due"), Value: d.money(d.Total), Strong: true})
	if !d.charges() {
		fields = append(fields, pdfdoc.Field{Label: L("pay_by"), Value: d.date(d.Deadline), Strong: true})
	}

	pdf, lay := doc.PDF(), doc.Layout()
	code := d.qrCode()
	width := lay.TextWidth()
	if code != nil {
		width -= qrColumn + qrGap
	}
	caption := 0
	if code != nil {
		doc.SetFont(pdfdoc.Regular, 7)
		caption = len(pdf.SplitText(pdfdoc.CleanText(L("qr")), qrColumn))
	}
	block := doc.HeadingHeight(L("how_to_pay")) + doc.KeyValuesHeight(fields, width)
	if code != nil {
		block = max(block, qrSize+float64(caption)*qrLine+2)
	}
	need := block + d.closingHeight(doc, L)
	if len(after) > 0 {
		need += doc.KeyValuesHeight(after, lay.TextWidth())
	}
	keepTogether(doc, need)

	top := pdf.GetY()
	doc.Heading(L("how_to_pay"))
	doc.KeyValuesIn(fields, width)
	if code != nil {
		x := lay.Width - lay.Right - qrColumn
		drawQR(doc, code, x+(qrColumn-qrSize)/2, top, qrSize)
		doc.SetFont(pdfdoc.Regular, 7)
		pdf.SetXY(x, top+qrSize-1)
		pdf.MultiCell(qrColumn, qrLine, pdfdoc.CleanText(L("qr")), "", "C", false)
		doc.SetFont(pdfdoc.Regular, 10)
		pdf.SetXY(lay.Left, max(top+block, pdf.GetY()))
	}
	d.closing(doc, L)
	if len(after) > 0 {
		doc.KeyValues(after)
	}
}

// closing prints the closing, the room for the signature and the company's name.
func (d *Draft) closing(doc *pdfdoc.Doc, L func(string) string) {
	doc.Paragraph(L("closing"))
	doc.Space(signature - 2.5) // Paragraph leaves half a line after the closing
	doc.Paragraph(d.Company.Name)
}

// closingHeight returns the height closing takes.
func (d *Draft) closingHeight(doc *pdfdoc.Doc, L func(string) string) float64 {
	return doc.ParagraphHeight(L("closing")) + signature - 2.5 + doc.ParagraphHeight(d.Company.Name)
}

// qrCode returns the payment QR code of the letter, encoded once per draft (a letter is
// rendered twice: on its own for the record and in the print batch), or nil.
func (d *Draft) qrCode() *QRCode {
	if d.qr == nil && d.Payment.QRPayload != "" {
		d.qr, _ = EncodeQR(d.Payment.QRPayload, qrLevel(d.Payment.QRKind))
	}
	return d.qr
}

// keepTogether starts a new page unless h millimetres fit above the footer.
func keepTogether(doc *pdfdoc.Doc, h float64) {
	if doc.PDF().GetY()+h > doc.Layout().BodyBottom() {
		doc.AddPage()
	}
}

func firstOf(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// groupIBAN writes an IBAN in groups of four.
func groupIBAN(iban string) string {
	var b strings.Builder
	for i, r := range iban {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// drawQR draws the code (with its four-module quiet zone inside size) as filled rectangles,
// one per horizontal run of dark modules, written straight into the page's content stream in
// module units (a transformation matrix scales them), which keeps the stream small.
func drawQR(doc *pdfdoc.Doc, q *QRCode, x, y, size float64) {
	pdf := doc.PDF()
	k := pdf.GetConversionRatio()
	_, pageH := pdf.GetPageSize()
	m := size / float64(q.Size+8)
	b := make([]byte, 0, 64+q.Size*q.Size)
	b = append(b, "q 0 g "...)
	b = strconv.AppendFloat(b, m*k, 'f', 4, 64)
	b = append(b, " 0 0 "...)
	b = strconv.AppendFloat(b, -m*k, 'f', 4, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, (x+4*m)*k, 'f', 3, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, (pageH-y-4*m)*k, 'f', 3, 64)
	b = append(b, " cm\n"...)
	for row := 0; row < q.Size; row++ {
		for col := 0; col < q.Size; {
			if !q.Dark(col, row) {
				col++
				continue
			}
			end := col
			for end < q.Size && q.Dark(end, row) {
				end++
			}
			b = strconv.AppendInt(b, int64(col), 10)
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(row), 10)
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(end-col), 10)
			b = append(b, " 1 re\n"...)
			col = end
		}
	}
	b = append(b, "f Q\n"...)
	pdf.RawWriteStr(string(b))
}
