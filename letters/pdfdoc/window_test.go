package pdfdoc

import (
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

// word is a word pdftotext found on the first page, with its box in millimetres from the
// top-left corner.
type word struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

// firstPageWords runs pdftotext -bbox on page 1 of b.
func firstPageWords(t *testing.T, b []byte, name string) []word {
	t.Helper()
	tool := needTool(t, "pdftotext")
	out, err := exec.Command(tool, "-bbox", "-enc", "UTF-8", "-f", "1", "-l", "1", writePDF(t, name, b), "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v\n%s", err, out)
	}
	re := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
	var words []word
	for _, m := range re.FindAllStringSubmatch(string(out), -1) {
		f := func(s string) float64 {
			v, err := strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatal(err)
			}
			return v * mmPerInch / 72
		}
		words = append(words, word{m[5], f(m[1]), f(m[2]), f(m[3]), f(m[4])})
	}
	return words
}

// find returns the first word equal to text below y mm from the top.
func find(t *testing.T, words []word, text string, below ...float64) word {
	t.Helper()
	for _, w := range words {
		if w.text == text && (len(below) == 0 || w.yMin > below[0]) {
			return w
		}
	}
	t.Fatalf("word %q not on page 1", text)
	return word{}
}

// TestAddressLandsInEnvelopeWindow measures where the address words are printed and
// checks them against the envelope standards, not against Layout's own numbers.
func TestAddressLandsInEnvelopeWindow(t *testing.T) {
	tests := []struct {
		country string
		// The area that shows through the window, in mm on the sheet.
		left, right, top, bottom float64
		// Where the recipient's first line may start at the earliest (below the return zone).
		recipientTop float64
		// The strip visible wherever the sheet sits in the envelope; the recipient's last
		// line must be inside it.
		alwaysTop, alwaysBottom float64
		bodyBelow               float64 // the letter text starts below this
		infoRight               float64 // the info block starts right of this
	}{
		// DIN 5008 form B: field 20–105 mm × 45–90 mm, address zone from 62.7 mm; a DL
		// window (90 × 45 mm, 20 mm from the left, 15 mm from the bottom) over a sheet
		// folded at 105 mm shows exactly the field; with the sheet's 5 mm of play up and 10 mm
		// sideways in the envelope the window reaches down to 95 mm and right to 110 mm.
		{country: "DE", left: 20, right: 105, top: 45, bottom: 90, recipientTop: 62.7, alwaysTop: 45, alwaysBottom: 90, bodyBelow: 95, infoRight: 110},
		{country: "NO", left: 20, right: 105, top: 45, bottom: 90, recipientTop: 62.7, alwaysTop: 45, alwaysBottom: 90, bodyBelow: 95, infoRight: 110},
		// #10 window (4.5 × 1.125 in, 7/8 in from the left, 1/2 in from the bottom) over a
		// Letter sheet folded in thirds: 0.875–4.375 in across, 2.042–3.167 in down with the
		// sheet at the bottom of the envelope, 2.5–3.625 in when it slides up; pushed to the
		// envelope's left edge the sheet shows up to 5.375 in across.
		{country: "US", left: 0.875 * mmPerInch, right: 4.375 * mmPerInch, top: 2.042 * mmPerInch, bottom: 3.167 * mmPerInch,
			recipientTop: 2.042 * mmPerInch, alwaysTop: 2.5 * mmPerInch, alwaysBottom: 3.167 * mmPerInch, bodyBelow: 3.625 * mmPerInch, infoRight: 5.375 * mmPerInch},
	}
	for _, tt := range tests {
		t.Run(tt.country, func(t *testing.T) {
			d := newTestDoc(t, testCompany(t, tt.country), "en")
			d.NewSection()
			d.AddressWindow(Address{
				Notes: []string{"Registered"},
				Lines: []string{"Anna Kowalska", "Accounts payable", "ul. Długa 5", "00-238 Warszawa"},
			})
			d.InfoBlock([]Field{{Label: "Date", Value: "22/11/2026"}, {Label: "Customer", Value: "10023"}})
			d.Heading("Subjectline")
			words := firstPageWords(t, pdfBytes(t, d), "window-"+d.Layout().Paper+".pdf")

			inWindow := func(w word) {
				t.Helper()
				if w.xMin < tt.left || w.xMax > tt.right || w.yMin < tt.top || w.yMax > tt.bottom {
					t.Errorf("%q at x %.1f–%.1f, y %.1f–%.1f mm: outside the window x %.1f–%.1f, y %.1f–%.1f",
						w.text, w.xMin, w.xMax, w.yMin, w.yMax, tt.left, tt.right, tt.top, tt.bottom)
				}
			}
			for _, text := range []string{"Registered", "Anna", "Kowalska", "Accounts", "payable", "Długa", "00-238", "Warszawa"} {
				inWindow(find(t, words, text))
			}
			if first := find(t, words, "Anna"); first.yMin < tt.recipientTop {
				t.Errorf("recipient starts at %.1f mm, inside the return-address zone (ends %.1f)", first.yMin, tt.recipientTop)
			}
			last := find(t, words, "Warszawa")
			if last.yMin < tt.alwaysTop || last.yMax > tt.alwaysBottom {
				t.Errorf("last address line at %.1f–%.1f mm leaves the always-visible strip %.1f–%.1f when the sheet moves",
					last.yMin, last.yMax, tt.alwaysTop, tt.alwaysBottom)
			}
			if tt.country != "US" {
				ret := find(t, words, "Regnskap", tt.top-5) // in the return line "Nordlys Regnskap AS · …"
				inWindow(ret)
				if ret.yMax > tt.recipientTop {
					t.Errorf("return line at %.1f mm reaches into the address zone", ret.yMax)
				}
			} else {
				for _, w := range words {
					if w.text == "Supply" && w.yMin > tt.top-5 && w.yMax < tt.bottom+5 {
						t.Errorf("US letter prints the sender at y %.1f mm, next to the delivery address", w.yMin)
					}
				}
			}
			if date := find(t, words, "Date", tt.top-5); date.xMin < tt.infoRight {
				t.Errorf("info block at x %.1f mm can show through the window (reaches %.1f)", date.xMin, tt.infoRight)
			}
			if subj := find(t, words, "Subjectline"); subj.yMin < tt.bodyBelow {
				t.Errorf("letter text starts at %.1f mm, inside the window area (ends %.1f)", subj.yMin, tt.bodyBelow)
			}
		})
	}
}

// TestFoldMarks finds the fold and hole marks among the page's drawing operators: short
// lines from x 4 mm in the left margin at 105, 148.5 and 210 mm on A4 (DIN 5008) and at
// the thirds of a Letter sheet.
func TestFoldMarks(t *testing.T) {
	tests := []struct {
		country string
		height  float64 // sheet height, mm
		marks   []float64
		absent  []float64
	}{
		{"DE", 297, []float64{105, 148.5, 210}, nil},
		{"US", 279.4, []float64{279.4 / 3, 279.4 * 2 / 3}, []float64{148.5}},
	}
	for _, tt := range tests {
		t.Run(tt.country, func(t *testing.T) {
			d := newTestDoc(t, testCompany(t, tt.country), "en")
			d.pdf.SetCompression(false)
			d.NewSection()
			d.AddressWindow(Address{Lines: []string{"Anna Kowalska"}})
			b := pdfBytes(t, d)
			// Lines from x = 4 mm (11.34 pt): "11.34 y m x2 y l S", y in points from the bottom.
			var drawn []float64
			for _, m := range regexp.MustCompile(`\n11\.34 ([\d.]+) m [\d.]+ [\d.]+ l S`).FindAllSubmatch(b, -1) {
				y, _ := strconv.ParseFloat(string(m[1]), 64)
				drawn = append(drawn, tt.height-y*mmPerInch/72)
			}
			near := func(y float64) bool {
				for _, v := range drawn {
					if v > y-0.05 && v < y+0.05 {
						return true
					}
				}
				return false
			}
			for _, y := range tt.marks {
				if !near(y) {
					t.Errorf("no mark at %.2f mm; marks drawn at %v", y, drawn)
				}
			}
			for _, y := range tt.absent {
				if near(y) {
					t.Errorf("unexpected mark at %.2f mm", y)
				}
			}
		})
	}
}
