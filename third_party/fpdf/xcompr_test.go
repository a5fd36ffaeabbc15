// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"fmt"
	"runtime"
	"testing"
)

// TestCompressPagesInParallel checks that a document of many pages, whose page streams are
// compressed on several cores, is byte for byte the one written on a single core.
func TestCompressPagesInParallel(t *testing.T) {
	ttf := utf8TestFont(t)
	write := func(procs int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		pdf := New("P", "mm", "A4", "")
		pdf.SetCreationDate(utf8TestTime)
		pdf.SetModificationDate(utf8TestTime)
		pdf.AddUTF8FontFromBytes("dejavu", "", ttf)
		pdf.SetFont("dejavu", "", 11)
		for p := range 40 {
			pdf.AddPage()
			for l := range 30 {
				pdf.Cell(0, 6, fmt.Sprintf("Side %d, linje %d: Blåbærsyltetøy og żółć", p, l))
				pdf.Ln(6)
			}
		}
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	one, four := write(1), write(4)
	if !bytes.Equal(one, four) {
		t.Errorf("40 pages: %d bytes on one core, %d on four", len(one), len(four))
	}
}
