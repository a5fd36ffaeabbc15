package pdfdoc

import (
	"fmt"
	"reflect"
	"sync"
	"unsafe"

	"codeberg.org/go-pdf/fpdf"
)

// Parsing a TrueType font is the expensive part of fpdf's AddUTF8FontFromBytes (about 6 ms
// for DejaVu Sans, and fpdf redoes it for every document). fpdf has no public way to hand an
// already parsed font to a new document, so the font cache does it through reflection:
//
//  1. Once per process and face, a throw-away "prototype" document registers the TTF with
//     the ordinary AddUTF8FontFromBytes and the resulting font definition (fpdf's
//     unexported fontDefType: metrics, the 65,536-entry width table, the font ID) is kept.
//  2. Every new document gets a copy of that definition in its font map, with the two
//     parts fpdf changes per document replaced by fresh ones: the set of used runes (so
//     each PDF embeds only the glyphs it uses) and the utf8FontFile that fpdf's subsetter
//     rebuilds from raw TTF bytes when the PDF is written (so documents written on
//     different goroutines share nothing mutable). The width table and the TTF bytes are
//     shared read-only.
//  3. fpdf's subsetter, which runs for every document written, walks the whole character
//     map of the TTF it is given (about 5,800 characters in DejaVu Sans). So each face is
//     also cut once per process, with fpdf's own UTF8CutFont, to the Latin repertoire that
//     nearly every letter stays within (see latin.go), and just before the PDF is written
//     the document hands the subsetter that small font when every character the face
//     printed is in it, and the full face otherwise. Glyphs and widths are the same in
//     both, so the choice never changes how a document looks.
//
// The layout of those unexported types is checked once (fontLayoutOK); if a future fpdf
// changes it, documents fall back to AddUTF8FontFromBytes per document, which is slower but
// still correct, and TestFontCacheFastPath fails so the change does not go unnoticed.

// parsedFont is one face, parsed and cut once per process.
type parsedFont struct {
	once  sync.Once
	def   reflect.Value // fpdf's fontDefType for the full face, from the prototype document
	latin []byte        // the face cut to the Latin repertoire
	err   error
}

// installedFont is a face registered in one document.
type installedFont struct {
	runes  map[int]int   // fpdf's used-runes set for the face in this document
	reader reflect.Value // the *fileReader fpdf's subsetter reads the TTF from
}

var (
	parsedFonts [styleCount]parsedFont

	layoutOnce sync.Once
	layoutOK   bool
)

// fontLayoutOK reports whether fpdf's internals look the way installFont expects.
func fontLayoutOK() bool {
	layoutOnce.Do(func() { layoutOK = checkFontLayout() == nil })
	return layoutOK
}

// checkFontLayout describes the first difference between fpdf's internals and what
// installFont needs, or returns nil.
func checkFontLayout() error {
	ft, ok := reflect.TypeOf(fpdf.Fpdf{}).FieldByName("fonts")
	if !ok || ft.Type.Kind() != reflect.Map || ft.Type.Key().Kind() != reflect.String ||
		ft.Type.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("fpdf.Fpdf.fonts is not a map[string]struct")
	}
	def := ft.Type.Elem()
	used, ok := def.FieldByName("usedRunes")
	if !ok || used.Type != reflect.TypeOf(map[int]int(nil)) {
		return fmt.Errorf("fontDefType.usedRunes is not a map[int]int")
	}
	file, ok := def.FieldByName("utf8File")
	if !ok || file.Type.Kind() != reflect.Pointer || file.Type.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("fontDefType.utf8File is not a pointer to a struct")
	}
	reader, ok := file.Type.Elem().FieldByName("fileReader")
	if !ok || reader.Type.Kind() != reflect.Pointer || reader.Type.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("utf8FontFile.fileReader is not a pointer to a struct")
	}
	array, ok := reader.Type.Elem().FieldByName("array")
	if !ok || array.Type != reflect.TypeOf([]byte(nil)) {
		return fmt.Errorf("fileReader.array is not a []byte")
	}
	pos, ok := reader.Type.Elem().FieldByName("readerPosition")
	if !ok || pos.Type.Kind() != reflect.Int64 {
		return fmt.Errorf("fileReader.readerPosition is not an int64")
	}
	return nil
}

// writable returns v (an addressable value, possibly reached through unexported fields)
// as a value that can be read and set.
func writable(v reflect.Value) reflect.Value {
	return reflect.NewAt(v.Type(), unsafe.Pointer(v.UnsafeAddr())).Elem()
}

// fontMap returns the document's font map, writable.
func fontMap(pdf *fpdf.Fpdf) reflect.Value {
	return writable(reflect.ValueOf(pdf).Elem().FieldByName("fonts"))
}

// parse returns the parsed definition of a face and its Latin cut, making both on first use.
func (s Style) parse() (reflect.Value, []byte, error) {
	p := &parsedFonts[s]
	p.once.Do(func() {
		f := faces[s]
		proto := fpdf.New("P", "mm", "A4", "")
		proto.AddUTF8FontFromBytes(f.family, f.style, f.ttf())
		if err := proto.Error(); err != nil {
			p.err = fmt.Errorf("pdfdoc: font %s: %w", f.name, err)
			return
		}
		def := fontMap(proto).MapIndex(reflect.ValueOf(f.key()))
		if !def.IsValid() {
			p.err = fmt.Errorf("pdfdoc: font %s: fpdf did not register it", f.name)
			return
		}
		p.def = def
		p.latin = fpdf.UTF8CutFont(f.ttf(), latinRepertoire())
		if len(p.latin) == 0 {
			p.err = fmt.Errorf("pdfdoc: font %s: cutting it to the Latin repertoire failed", f.name)
		}
	})
	return p.def, p.latin, p.err
}

// installFont makes face s available in pdf under its family and style. It returns the
// document's handle on the face, or nil when fpdf parsed the face itself (slow path).
func installFont(pdf *fpdf.Fpdf, s Style) *installedFont {
	f := faces[s]
	if !fontLayoutOK() {
		pdf.AddUTF8FontFromBytes(f.family, f.style, f.ttf())
		return nil
	}
	proto, _, err := s.parse()
	if err != nil {
		pdf.SetError(err)
		return nil
	}
	def := reflect.New(proto.Type()).Elem()
	def.Set(proto)

	runes := make(map[int]int, 128)
	for k, v := range proto.FieldByName("usedRunes").Seq2() {
		runes[int(k.Int())] = int(v.Int())
	}
	writable(def.FieldByName("usedRunes")).Set(reflect.ValueOf(runes))

	fileField := writable(def.FieldByName("utf8File"))
	file := reflect.New(fileField.Type().Elem())
	readerField := writable(file.Elem().FieldByName("fileReader"))
	reader := reflect.New(readerField.Type().Elem())
	readerField.Set(reader)
	fileField.Set(file)
	inst := &installedFont{runes: runes, reader: reader}
	inst.useTTF(f.ttf())

	fontMap(pdf).SetMapIndex(reflect.ValueOf(f.key()), def)
	return inst
}

// useTTF sets the TrueType bytes fpdf's subsetter will read the face's glyphs from.
func (i *installedFont) useTTF(ttf []byte) {
	writable(i.reader.Elem().FieldByName("array")).Set(reflect.ValueOf(ttf))
}

// chooseSource gives the subsetter the Latin cut of face s when it holds every character
// the document printed in the face, so that writing the PDF is quicker.
func (i *installedFont) chooseSource(s Style) {
	for _, r := range i.runes {
		if r != 0 && !inLatin(rune(r)) {
			return // keep the full face
		}
	}
	if _, latin, err := s.parse(); err == nil {
		i.useTTF(latin)
	}
}
