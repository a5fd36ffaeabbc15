package letters

import (
	"fmt"

	"github.com/boombuler/barcode/qr"
)

// QRCode is the module matrix of a QR code: Dark(x, y) for 0 ≤ x, y < Size.
type QRCode struct {
	Size int
	dark []bool
}

// Dark reports whether the module at column x, row y is dark.
func (q *QRCode) Dark(x, y int) bool { return q.dark[y*q.Size+x] }

// EncodeQR encodes text as a QR code in byte mode (UTF-8) at error-correction level L, M, Q or
// H: EPC069-12 prescribes M, the ZBP recommendation L.
func EncodeQR(text string, level byte) (*QRCode, error) {
	lv := map[byte]qr.ErrorCorrectionLevel{'L': qr.L, 'M': qr.M, 'Q': qr.Q, 'H': qr.H}
	ecl, ok := lv[level]
	if !ok {
		return nil, fmt.Errorf("QR code: unknown error-correction level %c", level)
	}
	code, err := qr.Encode(text, ecl, qr.Unicode)
	if err != nil {
		return nil, fmt.Errorf("QR code: %w", err)
	}
	m, ok := code.(interface{ Get(x, y int) bool })
	if !ok {
		return nil, fmt.Errorf("QR code: the encoder gives no module access")
	}
	size := code.Bounds().Dx()
	q := &QRCode{Size: size, dark: make([]bool, size*size)}
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			q.dark[y*size+x] = m.Get(x, y)
		}
	}
	return q, nil
}

// qrLevel is the error-correction level of each payment standard.
func qrLevel(kind string) byte {
	if kind == "ZBP" {
		return 'L'
	}
	return 'M'
}
