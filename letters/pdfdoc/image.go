package pdfdoc

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	goimage "image"
	"image/color"
	"image/draw"
	"image/png"
	"sync"

	"codeberg.org/go-pdf/fpdf"
)

// picture is an image registered in the document.
type picture struct {
	name string
	w, h float64 // natural size; only the proportions matter
}

// errImageFormat is returned for bytes that are neither PNG nor JPEG.
var errImageFormat = errors.New("not a PNG or JPEG image")

// imageType recognises PNG and JPEG by their signatures.
func imageType(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "png"
	case bytes.HasPrefix(b, []byte("\xff\xd8\xff")):
		return "jpg"
	}
	return ""
}

// CheckImage reports whether b is a PNG or JPEG that the PDF writer can embed, for
// checking a logo when the user picks it rather than when a letter is printed.
func CheckImage(b []byte) error {
	d := &Doc{pdf: fpdf.New("P", "mm", "A4", "")}
	_, err := d.registerImage(b)
	return err
}

// registerImage adds the picture to the document once (pictures are named by their
// SHA-256, so the same logo in a thousand letters of a batch is stored once). Bad bytes
// give an error and leave the document as it was.
func (d *Doc) registerImage(b []byte) (img *picture, err error) {
	if err := d.pdf.Error(); err != nil {
		return nil, err
	}
	typ := imageType(b)
	if typ == "" {
		return nil, fmt.Errorf("pdfdoc: image: %w", errImageFormat)
	}
	sum := sha256.Sum256(b)
	name := "img" + hex.EncodeToString(sum[:16])
	if typ == "png" && !plainPNG(b) {
		flat, err := flatPNG(sum, b)
		if err != nil {
			return nil, fmt.Errorf("pdfdoc: image: unreadable png: %w", err)
		}
		b = flat
	}
	defer func() {
		if r := recover(); r != nil { // fpdf's decoders can panic on truncated data
			d.pdf.ClearError()
			img, err = nil, fmt.Errorf("pdfdoc: image: unreadable %s: %v", typ, r)
		}
	}()
	info := d.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: typ}, bytes.NewReader(b))
	if e := d.pdf.Error(); e != nil || info == nil {
		// The failed registration changed nothing but the error, which fpdf documents
		// ClearError for: the document stays usable without the picture.
		d.pdf.ClearError()
		return nil, fmt.Errorf("pdfdoc: image: unreadable %s: %w", typ, e)
	}
	if info.Width() <= 0 || info.Height() <= 0 {
		return nil, fmt.Errorf("pdfdoc: image: %s has no pixels", typ)
	}
	return &picture{name: name, w: info.Width(), h: info.Height()}, nil
}

// fit returns the largest rectangle with the picture's proportions inside box, aligned
// horizontally by align and at the top.
func (img *picture) fit(box Rect, align Align) Rect {
	scale := min(box.W/img.w, box.H/img.h)
	r := Rect{X: box.X, Y: box.Y, W: img.w * scale, H: img.h * scale}
	switch align {
	case AlignRight:
		r.X = box.X + box.W - r.W
	case AlignCenter:
		r.X = box.X + (box.W-r.W)/2
	}
	return r
}

func (d *Doc) drawImage(img *picture, r Rect) {
	d.pdf.ImageOptions(img.name, r.X, r.Y, r.W, r.H, false, fpdf.ImageOptions{}, 0, "")
}

// Image draws a PNG or JPEG (a QR code, a chart) as large as fits in box without changing
// its proportions, at the top of the box and aligned horizontally by align, and returns
// the area it covers. Bad bytes draw nothing and return an error; the document stays usable.
func (d *Doc) Image(b []byte, box Rect, align Align) (Rect, error) {
	img, err := d.registerImage(b)
	if err != nil {
		return Rect{}, err
	}
	r := img.fit(box, align)
	d.drawImage(img, r)
	return r, nil
}

// Figure draws a picture at the cursor, at most w mm wide and h mm tall, on a new page if
// it does not fit on this one, and moves the cursor below it.
func (d *Doc) Figure(b []byte, w, h float64, align Align) error {
	img, err := d.registerImage(b)
	if err != nil {
		return err
	}
	l := d.layout
	r := img.fit(Rect{X: l.Left, Y: d.pdf.GetY(), W: min(w, l.TextWidth()), H: h}, AlignLeft)
	if r.Bottom() > l.BodyBottom() {
		d.AddPage()
		r.Y = d.pdf.GetY()
	}
	switch align {
	case AlignRight:
		r.X = l.Left + l.TextWidth() - r.W
	case AlignCenter:
		r.X = l.Left + (l.TextWidth()-r.W)/2
	}
	d.drawImage(img, r)
	d.pdf.SetY(r.Bottom() + 2)
	return nil
}

// plainPNG reports whether a PNG is one fpdf embeds by copying its compressed data: 8 bits
// per sample or fewer, not interlaced, and no alpha channel. Others (a logo with a
// transparent background, 16-bit or interlaced files) cost fpdf a decompression and a
// recompression in every document, or are refused by it.
func plainPNG(b []byte) bool {
	// Signature (8 bytes), IHDR length and type (8), width and height (8), then bit depth,
	// colour type, compression, filter and interlace method.
	if len(b) < 29 || string(b[12:16]) != "IHDR" || binary.BigEndian.Uint32(b[8:12]) != 13 {
		return false
	}
	depth, colour, interlace := b[24], b[25], b[28]
	return depth <= 8 && colour != 4 && colour != 6 && interlace == 0
}

// flattened caches flatPNG's results by the image's SHA-256, so the logo of a thousand
// letters is converted once. Only images that need converting are cached, and at most
// maxFlattened of them.
var (
	flattenedMu sync.Mutex
	flattened   = map[[32]byte][]byte{}
)

const maxFlattened = 64

// flatPNG returns the picture as an 8-bit RGB PNG without transparency, drawn on white
// (what a transparent background looks like on paper).
func flatPNG(sum [32]byte, b []byte) ([]byte, error) {
	flattenedMu.Lock()
	out, ok := flattened[sum]
	flattenedMu.Unlock()
	if ok {
		return out, nil
	}
	src, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	bounds := src.Bounds()
	if bounds.Empty() {
		return nil, errors.New("no pixels")
	}
	dst := goimage.NewRGBA(bounds)
	draw.Draw(dst, bounds, goimage.NewUniform(color.White), goimage.Point{}, draw.Src)
	draw.Draw(dst, bounds, src, bounds.Min, draw.Over)
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, dst); err != nil {
		return nil, err
	}
	out = buf.Bytes()
	flattenedMu.Lock()
	if len(flattened) < maxFlattened {
		flattened[sum] = out
	}
	flattenedMu.Unlock()
	return out, nil
}
