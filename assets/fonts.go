package assets

import _ "embed" // the fonts below are embedded with go:embed

// The DejaVu Sans faces every PDF is set in: UTF-8 TrueType fonts that cover the Polish,
// Norwegian and German letters (and Greek and Cyrillic), so no PDF ever needs a core font.
// They are the unmodified files from Debian's fonts-dejavu-core and fonts-dejavu-extra;
// their licence is FontLicence. Treat the byte slices as read-only: they are shared.
var (
	// DejaVuSans is the regular face, for body text.
	//go:embed fonts/DejaVuSans.ttf
	DejaVuSans []byte

	// DejaVuSansBold is the bold face, for headings, names and totals.
	//go:embed fonts/DejaVuSans-Bold.ttf
	DejaVuSansBold []byte

	// DejaVuSansOblique is the slanted face, for notes and remarks.
	//go:embed fonts/DejaVuSans-Oblique.ttf
	DejaVuSansOblique []byte

	// DejaVuSansCondensed is the narrow regular face, for dense tables.
	//go:embed fonts/DejaVuSansCondensed.ttf
	DejaVuSansCondensed []byte

	// DejaVuSansCondensedBold is the narrow bold face, for table headers and totals.
	//go:embed fonts/DejaVuSansCondensed-Bold.ttf
	DejaVuSansCondensedBold []byte
)

// FontLicence is the licence of the DejaVu fonts (Bitstream Vera and Arev terms); it must
// travel with the program, for example in its About box or third-party notices.
//
//go:embed fonts/LICENSE
var FontLicence string
