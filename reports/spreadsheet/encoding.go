package spreadsheet

import (
	"bytes"
	"io"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	utf16 "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Text encodings of csv files.
const (
	EncodingUTF8    = "utf-8"
	EncodingUTF16LE = "utf-16le"
	EncodingUTF16BE = "utf-16be"
	Encoding1250    = "windows-1250" // Central European: Polish
	Encoding1252    = "windows-1252" // Western European: German, Norwegian, English
)

// Encodings lists the encodings a csv file can be read in.
var Encodings = []string{EncodingUTF8, Encoding1250, Encoding1252, EncodingUTF16LE, EncodingUTF16BE}

func encodingOf(name string) encoding.Encoding {
	switch name {
	case Encoding1250:
		return charmap.Windows1250
	case Encoding1252:
		return charmap.Windows1252
	case EncodingUTF16LE:
		return utf16.UTF16(utf16.LittleEndian, utf16.IgnoreBOM)
	case EncodingUTF16BE:
		return utf16.UTF16(utf16.BigEndian, utf16.IgnoreBOM)
	}
	return nil
}

// bomLen returns the length of a byte order mark at the start of b and the encoding it names.
func bomLen(b []byte) (int, string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return 3, EncodingUTF8
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return 2, EncodingUTF16LE
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return 2, EncodingUTF16BE
	}
	return 0, ""
}

// detectEncoding guesses the encoding of the start of a text file: a byte order mark, valid
// UTF-8, or else whichever of Windows-1250 and Windows-1252 gives the more plausible letters.
func detectEncoding(sample []byte) string {
	if _, enc := bomLen(sample); enc != "" {
		return enc
	}
	if looksUTF16(sample) {
		return EncodingUTF16LE
	}
	trimmed := sample
	for i := 0; i < 3 && len(trimmed) > 0 && !utf8.Valid(trimmed); i++ {
		trimmed = trimmed[:len(trimmed)-1] // a character cut by the end of the sample
	}
	if utf8.Valid(trimmed) {
		return EncodingUTF8
	}
	if letterScore(sample, charmap.Windows1250) > letterScore(sample, charmap.Windows1252) {
		return Encoding1250
	}
	return Encoding1252
}

// looksUTF16 spots UTF-16LE text without a byte order mark (every other byte zero).
func looksUTF16(b []byte) bool {
	if len(b) < 8 {
		return false
	}
	zeros := 0
	for i := 1; i < len(b); i += 2 {
		if b[i] == 0 {
			zeros++
		}
	}
	return zeros*10 > len(b)/2*9
}

// expectedLetters are the non-ASCII letters of the languages Overdue's users write.
const expectedLetters = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüßÄÖÜæøåÆØÅéèêáàíúñçÉÈÁÀ"

// letterScore rates how plausible b decoded with cm is: letters of the expected languages
// count for, other non-ASCII letters and symbols against.
func letterScore(b []byte, cm *charmap.Charmap) int {
	score := 0
	for _, c := range b {
		if c < 0x80 {
			continue
		}
		r := cm.DecodeByte(c)
		switch {
		case bytes.ContainsRune([]byte(expectedLetters), r):
			score += 2
		case unicode.IsLetter(r):
			score--
		default:
			score -= 2
		}
	}
	return score
}

// decodeReader returns r decoded from the named encoding to UTF-8 (r itself for UTF-8).
func decodeReader(r io.Reader, name string) io.Reader {
	if enc := encodingOf(name); enc != nil {
		return transform.NewReader(r, enc.NewDecoder())
	}
	return r
}
