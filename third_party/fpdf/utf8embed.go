// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

// Overdue patch, not in upstream v0.12.0: the embedded form of a UTF-8 font (its subset,
// the CID-to-glyph map and the width array) is the same for every document that uses the
// same font with the same characters, so it is computed once and kept.

package fpdf

import (
	"encoding/binary"
	"slices"
	"sync"
	"unsafe"
)

// utf8Embedding is what a document writes for one UTF-8 font.
type utf8Embedding struct {
	widths       string // the /W entry of the CIDFont dictionary
	cidToGidMap  []byte // zlib-compressed CIDToGIDMap stream
	fontFile     []byte // zlib-compressed TrueType subset
	fontFileSize int    // the subset's uncompressed size (/Length1)
}

// utf8EmbeddingKey identifies an embedding: the TrueType bytes the subset is cut from and
// the used characters (sorted, 4 bytes each). The widths need no place in the key: fpdf
// derives them from the same bytes. The pointer keeps the bytes alive while the entry is
// cached, so their address cannot be reused by other data.
type utf8EmbeddingKey struct {
	ttf    *byte
	ttfLen int
	runes  string
}

// utf8EmbeddingCacheSize bounds the number of cached embeddings (each is some tens of kB).
const utf8EmbeddingCacheSize = 64

var utf8Embeddings = struct {
	sync.Mutex
	m     map[utf8EmbeddingKey]*utf8Embedding
	order []utf8EmbeddingKey // oldest first
}{m: make(map[utf8EmbeddingKey]*utf8Embedding)}

// embedUTF8 returns the embedding of font for the used runes, from the cache when a document
// has already written the same font with the same characters.
func (f *Fpdf) embedUTF8(font *fontDefType, usedRunes map[int]int) *utf8Embedding {
	key, ok := utf8KeyOf(font, usedRunes)
	if ok {
		utf8Embeddings.Lock()
		emb := utf8Embeddings.m[key]
		utf8Embeddings.Unlock()
		if emb != nil {
			return emb
		}
	}
	emb := newUTF8Embedding(font, usedRunes)
	if ok {
		utf8Embeddings.Lock()
		if _, dup := utf8Embeddings.m[key]; !dup {
			if len(utf8Embeddings.order) >= utf8EmbeddingCacheSize {
				delete(utf8Embeddings.m, utf8Embeddings.order[0])
				utf8Embeddings.order = utf8Embeddings.order[1:]
			}
			utf8Embeddings.m[key] = emb
			utf8Embeddings.order = append(utf8Embeddings.order, key)
		}
		utf8Embeddings.Unlock()
	}
	return emb
}

// utf8KeyOf returns the cache key of font with the used runes; ok is false when the font
// has no TrueType bytes to identify it by.
func utf8KeyOf(font *fontDefType, usedRunes map[int]int) (utf8EmbeddingKey, bool) {
	if font.utf8File == nil || font.utf8File.fileReader == nil || len(font.utf8File.fileReader.array) == 0 ||
		len(font.Cw) == 0 {
		return utf8EmbeddingKey{}, false
	}
	// The subsetter and the width array read the map's values: a key maps to itself once the
	// character is printed, and to 0 while it is only reserved (fpdf pre-fills the first
	// few). So the distinct values are what the embedding depends on.
	runes := make([]int, 0, len(usedRunes))
	for _, r := range usedRunes {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	runes = slices.Compact(runes)
	b := make([]byte, 0, 4*len(runes))
	for _, r := range runes {
		b = binary.BigEndian.AppendUint32(b, uint32(r))
	}
	ttf := font.utf8File.fileReader.array
	return utf8EmbeddingKey{ttf: unsafe.SliceData(ttf), ttfLen: len(ttf), runes: string(b)}, true
}

// newUTF8Embedding cuts and compresses font for the used runes.
func newUTF8Embedding(font *fontDefType, usedRunes map[int]int) *utf8Embedding {
	stream := font.utf8File.GenerateCutFont(usedRunes)
	codes := font.utf8File.CodeSymbolDictionary
	delete(codes, 0)
	cidToGidMap := make([]byte, 256*256*2)
	for cc, glyph := range codes {
		cidToGidMap[cc*2] = byte(glyph >> 8)
		cidToGidMap[cc*2+1] = byte(glyph & 0xFF)
	}
	emb := &utf8Embedding{widths: cidFontWidths(font, font.utf8File.LastRune), fontFileSize: len(stream)}
	mem := xmem.compress(cidToGidMap)
	emb.cidToGidMap = mem.copy()
	mem.release()
	mem = xmem.compress(stream)
	emb.fontFile = mem.copy()
	mem.release()
	return emb
}
