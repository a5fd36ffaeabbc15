package pdfdoc

import (
	"strings"

	"overdue/assets"
)

// Style is a face of the document font (DejaVu Sans). Set it with Doc.SetFont, which
// registers the face in the document on first use, so a PDF carries only the faces it uses.
type Style int

// The faces available in every document.
const (
	Regular       Style = iota // DejaVu Sans, body text
	Bold                       // DejaVu Sans Bold, headings, names, totals
	Italic                     // DejaVu Sans Oblique, notes
	Condensed                  // DejaVu Sans Condensed, dense tables
	CondensedBold              // DejaVu Sans Condensed Bold, headers of dense tables
	styleCount
)

// Font families as registered in fpdf; code drawing straight on Doc.PDF() must select
// faces through Doc.SetFont (or call Doc.UseFont first), never through core font names.
const (
	Family          = "dejavu"
	FamilyCondensed = "dejavucond"
)

type face struct {
	name   string // for error messages
	family string
	style  string // fpdf style: "", "B", "I"
	file   *[]byte
}

var faces = [styleCount]face{
	Regular:       {"DejaVu Sans", Family, "", &assets.DejaVuSans},
	Bold:          {"DejaVu Sans Bold", Family, "B", &assets.DejaVuSansBold},
	Italic:        {"DejaVu Sans Oblique", Family, "I", &assets.DejaVuSansOblique},
	Condensed:     {"DejaVu Sans Condensed", FamilyCondensed, "", &assets.DejaVuSansCondensed},
	CondensedBold: {"DejaVu Sans Condensed Bold", FamilyCondensed, "B", &assets.DejaVuSansCondensedBold},
}

// ttf returns the face's TrueType bytes.
func (f face) ttf() []byte { return *f.file }

// key is fpdf's key for the face in its font map.
func (f face) key() string { return strings.ToLower(f.family) + strings.ToUpper(f.style) }
