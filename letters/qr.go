package letters

import (
	"errors"
	"fmt"
	"sync"

	"rsc.io/qr/coding"
)

// QRCode is the module matrix of a QR code: Dark(x, y) for 0 ≤ x, y < Size.
type QRCode struct {
	Size int
	dark []bool
}

// Dark reports whether the module at column x, row y is dark.
func (q *QRCode) Dark(x, y int) bool { return q.dark[y*q.Size+x] }

// plans caches rsc.io/qr's encoding plans by version, level and mask: building one costs far
// more than encoding with it, and a batch of letters uses few versions. Plans are read-only.
var plans sync.Map

type planKey struct {
	v coding.Version
	l coding.Level
	m coding.Mask
}

func plan(v coding.Version, l coding.Level, m coding.Mask) (*coding.Plan, error) {
	k := planKey{v, l, m}
	if p, ok := plans.Load(k); ok {
		return p.(*coding.Plan), nil
	}
	p, err := coding.NewPlan(v, l, m)
	if err != nil {
		return nil, err
	}
	plans.Store(k, p)
	return p, nil
}

// EncodeQR encodes text as a QR code in byte mode (UTF-8) at error-correction level L, M, Q or
// H (EPC069-12 prescribes M, the ZBP recommendation L). Of the eight masks it keeps the one
// with the lowest penalty score (ISO/IEC 18004 § 7.8.3), as the standard asks.
func EncodeQR(text string, level byte) (*QRCode, error) {
	lv := map[byte]coding.Level{'L': coding.L, 'M': coding.M, 'Q': coding.Q, 'H': coding.H}
	l, ok := lv[level]
	if !ok {
		return nil, fmt.Errorf("QR code: unknown error-correction level %c", level)
	}
	enc := coding.String(text)
	v := coding.Version(coding.MinVersion)
	for ; enc.Bits(v) > v.DataBytes(l)*8; v++ {
		if v == coding.MaxVersion {
			return nil, errors.New("QR code: the text is too long")
		}
	}
	var best *QRCode
	bestScore := 0
	for m := coding.Mask(0); m < 8; m++ {
		p, err := plan(v, l, m)
		if err != nil {
			return nil, fmt.Errorf("QR code: %w", err)
		}
		c, err := p.Encode(enc)
		if err != nil {
			return nil, fmt.Errorf("QR code: %w", err)
		}
		q := &QRCode{Size: c.Size, dark: make([]bool, c.Size*c.Size)}
		for y := 0; y < c.Size; y++ {
			for x := 0; x < c.Size; x++ {
				q.dark[y*c.Size+x] = c.Black(x, y)
			}
		}
		if s := q.penalty(); best == nil || s < bestScore {
			best, bestScore = q, s
		}
	}
	return best, nil
}

// penalty scores a masked symbol by the four rules of ISO/IEC 18004 § 7.8.3.2: runs of five or
// more modules of one colour, 2×2 blocks, finder-like 1:1:3:1:1 patterns, and dark/light balance.
func (q *QRCode) penalty() int {
	n, score, darkCount := q.Size, 0, 0
	line := func(start, step int) {
		run, prev, bits := 0, false, uint16(0)
		for i, at := 0, start; i < n; i, at = i+1, at+step {
			c := q.dark[at]
			if i > 0 && c == prev {
				run++
			} else {
				if run >= 5 {
					score += run - 2
				}
				run, prev = 1, c
			}
			bits <<= 1
			if c {
				bits |= 1
			}
			// 1011101 with four light modules before or after it
			if i >= 10 && (bits&0x7ff == 0x05d || bits&0x7ff == 0x5d0) {
				score += 40
			}
		}
		if run >= 5 {
			score += run - 2
		}
	}
	for k := 0; k < n; k++ {
		line(k*n, 1) // row k
		line(k, n)   // column k
	}
	for y := 0; y < n; y++ {
		row := q.dark[y*n : y*n+n]
		for x, c := range row {
			if c {
				darkCount++
			}
			if x+1 < n && y+1 < n {
				below := q.dark[(y+1)*n+x : (y+1)*n+x+2]
				if c == row[x+1] && c == below[0] && c == below[1] {
					score += 3
				}
			}
		}
	}
	dev := darkCount*100/(n*n) - 50
	if dev < 0 {
		dev = -dev
	}
	return score + dev/5*10
}

// qrLevel is the error-correction level of each payment standard.
func qrLevel(kind string) byte {
	if kind == "ZBP" {
		return 'L'
	}
	return 'M'
}
