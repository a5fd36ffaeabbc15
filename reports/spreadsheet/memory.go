package spreadsheet

import (
	"math"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// An import streams the sheet, but excelize produces garbage at a great rate (about 1 GB
// for a 100,000-row sheet) while it holds the shared strings table, and with Go's default
// GC pacing the heap then grows to twice what is live. For the duration of an import the
// Go runtime is given a soft memory limit (debug.SetMemoryLimit), so that it collects
// sooner instead of growing: the 100,000-row import peaks at about 95 MB of Go memory
// instead of 120 MB, for a few percent more CPU.
const (
	// importMemoryFloor is the smallest soft limit set for an import.
	importMemoryFloor = 96 << 20
	// importMemoryHeadroom is what an import may use above the live heap it starts with
	// (the window may hold a large company file's data already).
	importMemoryHeadroom = 80 << 20
)

var importMemory struct {
	sync.Mutex
	active int   // imports running
	saved  int64 // the limit before the first of them
}

// limitImportMemory lowers the Go runtime's soft memory limit for an import and returns the
// function that restores it. A limit set lower by the user (GOMEMLIMIT) is kept.
func limitImportMemory() (restore func()) {
	importMemory.Lock()
	defer importMemory.Unlock()
	importMemory.active++
	if importMemory.active == 1 {
		importMemory.saved = debug.SetMemoryLimit(-1)
		limit := max(int64(importMemoryFloor), liveHeap()+importMemoryHeadroom)
		if limit < importMemory.saved {
			debug.SetMemoryLimit(limit)
		}
	}
	return func() {
		importMemory.Lock()
		defer importMemory.Unlock()
		if importMemory.active--; importMemory.active == 0 {
			debug.SetMemoryLimit(importMemory.saved)
		}
	}
}

// liveHeap is the heap the last garbage collection found live, in bytes.
func liveHeap() int64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 || s[0].Value.Uint64() > math.MaxInt64/2 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}
