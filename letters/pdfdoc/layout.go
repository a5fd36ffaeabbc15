package pdfdoc

// Rect is an area on the page in millimetres, measured from the top-left corner of the sheet.
type Rect struct{ X, Y, W, H float64 }

// Bottom returns the y of the rectangle's lower edge.
func (r Rect) Bottom() float64 { return r.Y + r.H }

// Layout says where everything goes on a page of one paper size. All values are in
// millimetres from the top-left corner of the sheet.
//
// A4 (NO, PL, DE, GB) follows DIN 5008 form B, which fits DL and C5/6 window envelopes
// (window 90 × 45 mm, 20 mm from the left and 15 mm from the bottom of the envelope):
// the address field is 85 × 45 mm at 20 mm from the left and 45 mm from the top; its top
// 17.7 mm are the return-address and postal-notes zone, the lower 27.3 mm hold up to six
// address lines; the fold marks are at 105 mm and 210 mm and the hole mark at 148.5 mm.
//
// US Letter (US) fits a #10 window envelope (4 1/8 × 9 1/2 in, window 4 1/2 × 1 1/8 in,
// 7/8 in from the left and 1/2 in from the bottom) with the sheet tri-folded (folds at
// 11/3 in and 22/3 in). The top panel is 3.667 in tall in an envelope 4.125 in tall, so:
//   - resting at the bottom of the envelope the window shows the sheet from 2.042 in to
//     3.167 in below its top edge; slid up by the 0.458 in of slack it shows 2.5–3.625 in.
//     The address field runs from 2.125 in to 3.125 in (54.0–79.4 mm) and the address is
//     set at its bottom: 2.5–3.167 in (63.5–80.4 mm) is visible wherever the sheet sits,
//     so an address of up to four lines is always entirely in the window, and a longer
//     one keeps its last lines (street, city, state and ZIP, which the sorting machines
//     read) in view.
//   - the sheet (8.5 in) can move 1 in sideways in the envelope (9.5 in); the window
//     covers 0.875–5.375 in of the envelope, so 0.875–4.375 in of the sheet is always
//     visible. The field starts at 1 in (25.4 mm) and is 3.25 in (82.55 mm) wide.
//   - nothing else may show through the window wherever the sheet sits (sorting machines
//     must not read it as part of the address): the info block starts at 5.5 in, right of
//     the window's widest reach (5.375 in), and the text at 3.75 in, below its lowest
//     (3.625 in).
//
// USPS wants the return address in the envelope's upper left corner, not next to the
// delivery address, so US Letter has no return-address zone (ReturnZone is 0); postal
// endorsements such as "CERTIFIED MAIL" are printed as the first lines in the window.
type Layout struct {
	Paper         string  // fpdf page size: "A4" or "Letter"
	Width, Height float64 // sheet size
	Left, Right   float64 // text margins
	Top           float64 // top margin of pages without letterhead
	Letterhead    Rect    // company name, address, logo on the first page
	Address       Rect    // the envelope window field, return zone included
	ReturnZone    float64 // height of the return-address and notes zone at the top of Address
	AddressInset  float64 // distance from the field's left edge to the address text
	AddressLow    bool    // address set at the bottom of the field rather than the top
	Info          Rect    // block of dates and references on the right, beside the address
	BodyTop       float64 // where the text of a letter starts on its first page
	FoldMarks     []float64
	HoleMark      float64 // 0: none
	FooterTop     float64 // the rule above the footer
}

// mmPerInch converts inches to millimetres.
const mmPerInch = 25.4

// LayoutFor returns the layout for a company's country: US Letter for the US, A4 elsewhere.
func LayoutFor(country string) Layout {
	if country == "US" {
		in := func(v float64) float64 { return v * mmPerInch }
		l := Layout{
			Paper: "Letter", Width: in(8.5), Height: in(11),
			Left: in(1), Right: in(0.75), Top: in(0.75),
			Address:      Rect{X: in(1), Y: in(2.125), W: in(3.25), H: in(1)},
			ReturnZone:   0,
			AddressInset: 0,
			AddressLow:   true,
			BodyTop:      in(3.75),
			FoldMarks:    []float64{in(11) / 3, in(11) * 2 / 3},
		}
		l.Info = Rect{X: in(5.5), Y: l.Address.Y, W: l.Width - l.Right - in(5.5), H: l.Address.H}
		return l.finish()
	}
	l := Layout{
		Paper: "A4", Width: 210, Height: 297,
		Left: 25, Right: 20, Top: 20,
		Address:      Rect{X: 20, Y: 45, W: 85, H: 45},
		ReturnZone:   17.7,
		AddressInset: 5,
		Info:         Rect{X: 125, Y: 50, W: 65, H: 40},
		BodyTop:      98.5,
		FoldMarks:    []float64{105, 210},
		HoleMark:     148.5,
	}
	return l.finish()
}

// finish fills in what follows from the margins.
func (l Layout) finish() Layout {
	l.Letterhead = Rect{X: l.Left, Y: 12, W: l.TextWidth(), H: 29}
	l.FooterTop = l.Height - 26
	return l
}

// TextWidth returns the width between the margins.
func (l Layout) TextWidth() float64 { return l.Width - l.Left - l.Right }

// BodyBottom returns the lowest y body text may reach before a page break.
func (l Layout) BodyBottom() float64 { return l.FooterTop - 4 }
