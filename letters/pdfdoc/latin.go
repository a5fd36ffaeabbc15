package pdfdoc

import (
	"sort"
	"strings"
)

// latinRanges is the repertoire of the small cut of each face (fontcache.go): what letters
// in English, German, Norwegian and Polish, and customers' names from the rest of Europe
// written in Latin letters, need — Latin-1 and Latin Extended-A and -B, the comma-below
// letters of Romanian, dashes, quotes, bullets, currency signs, №, ™, arrows, the minus
// and comparison signs, squares and circles, ballot boxes and check marks, fi/fl ligatures
// and the replacement character. Sorted, not overlapping.
var latinRanges = [][2]rune{
	{0x0020, 0x007E}, {0x00A0, 0x024F},
	{0x2010, 0x2027}, {0x2030, 0x203A}, {0x20A0, 0x20BF},
	{0x2116, 0x2116}, {0x2122, 0x2122}, {0x2190, 0x2193},
	{0x2212, 0x2212}, {0x2264, 0x2265},
	{0x25A0, 0x25A1}, {0x25CF, 0x25CF},
	{0x2610, 0x2612}, {0x2713, 0x2717},
	{0xFB01, 0xFB02}, {0xFFFD, 0xFFFD},
}

// inLatin reports whether r is in the Latin repertoire.
func inLatin(r rune) bool {
	i := sort.Search(len(latinRanges), func(i int) bool { return latinRanges[i][1] >= r })
	return i < len(latinRanges) && latinRanges[i][0] <= r
}

// latinRepertoire returns every character of latinRanges as a string.
func latinRepertoire() string {
	var b strings.Builder
	for _, r := range latinRanges {
		for c := r[0]; c <= r[1]; c++ {
			b.WriteRune(c)
		}
	}
	return b.String()
}
