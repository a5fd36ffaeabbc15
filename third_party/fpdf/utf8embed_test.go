// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"os"
	"sync"
	"testing"
	"time"
)

// utf8TestFont is a TrueType font with Latin, Polish and Norwegian letters.
func utf8TestFont(t *testing.T) []byte {
	t.Helper()
	ttf, err := os.ReadFile("../../assets/fonts/DejaVuSans.ttf")
	if err != nil {
		t.Skipf("no test font: %v", err)
	}
	return ttf
}

// utf8Doc writes one page with text in the font ttf.
func utf8Doc(t *testing.T, ttf []byte, text string) []byte {
	t.Helper()
	pdf := New("P", "mm", "A4", "")
	pdf.SetCreationDate(utf8TestTime)
	pdf.SetModificationDate(utf8TestTime)
	pdf.AddUTF8FontFromBytes("dejavu", "", ttf)
	pdf.SetFont("dejavu", "", 12)
	pdf.AddPage()
	pdf.Cell(100, 10, text)
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// resetUTF8Embeddings empties the embedding cache.
func resetUTF8Embeddings() {
	utf8Embeddings.Lock()
	defer utf8Embeddings.Unlock()
	clear(utf8Embeddings.m)
	utf8Embeddings.order = nil
}

// TestUTF8EmbeddingCacheSameOutput checks that a document written while the cache holds
// other documents' fonts is byte for byte what it is with an empty cache, including texts
// whose characters differ only in the reserved range fpdf pre-fills ("!" and digits).
func TestUTF8EmbeddingCacheSameOutput(t *testing.T) {
	ttf := utf8TestFont(t)
	texts := []string{"Zażółć gęślą jaźń", "Zażółć gęślą jaźń!", "Zażółć gęślą jaźń 1", "Blåbærsyltetøy",
		"Zażółć gęślą jaźń", "Blåbærsyltetøy"}
	cold := make([][]byte, len(texts))
	for i, text := range texts {
		resetUTF8Embeddings()
		cold[i] = utf8Doc(t, ttf, text)
	}
	resetUTF8Embeddings()
	for i, text := range texts {
		if warm := utf8Doc(t, ttf, text); !bytes.Equal(warm, cold[i]) {
			t.Errorf("%q: %d bytes with a warm cache, %d with an empty one", text, len(warm), len(cold[i]))
		}
	}
	utf8Embeddings.Lock()
	n := len(utf8Embeddings.m)
	utf8Embeddings.Unlock()
	if n != 4 {
		t.Errorf("cache holds %d embeddings, want 4 (one per distinct character set)", n)
	}
}

// TestUTF8EmbeddingCacheBounded checks that the cache never grows past its size and that
// documents written on many goroutines at once come out right.
func TestUTF8EmbeddingCacheBounded(t *testing.T) {
	ttf := utf8TestFont(t)
	resetUTF8Embeddings()
	want := utf8Doc(t, ttf, "Forfall 14 dager")
	resetUTF8Embeddings()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range utf8EmbeddingCacheSize {
				// A distinct character per document (from Latin Extended-A) fills the cache.
				utf8Doc(t, ttf, "Faktura "+string(rune(0x100+g*utf8EmbeddingCacheSize+i)))
				if got := utf8Doc(t, ttf, "Forfall 14 dager"); !bytes.Equal(got, want) {
					t.Error("document differs while other goroutines write")
					return
				}
			}
		}()
	}
	wg.Wait()
	utf8Embeddings.Lock()
	defer utf8Embeddings.Unlock()
	if len(utf8Embeddings.m) > utf8EmbeddingCacheSize || len(utf8Embeddings.order) != len(utf8Embeddings.m) {
		t.Errorf("cache holds %d entries (%d in order), bound %d", len(utf8Embeddings.m), len(utf8Embeddings.order),
			utf8EmbeddingCacheSize)
	}
}

// utf8TestTime is the creation date of the test documents, so that they compare equal.
var utf8TestTime = time.Date(2026, 11, 2, 12, 0, 0, 0, time.UTC)
