package spreadsheet

import (
	"runtime/debug"
	"testing"
)

// TestLimitImportMemory checks that an import lowers the soft memory limit while it runs,
// keeps a lower limit the user set, and gives the old limit back when the last import ends.
func TestLimitImportMemory(t *testing.T) {
	orig := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(orig) })
	tests := []struct {
		name   string
		before int64
		lower  bool // the import sets its own, lower limit
	}{
		{"no limit set", 1<<63 - 1, true},
		{"generous limit", 8 << 30, true},
		{"user's lower limit kept", 64 << 20, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			debug.SetMemoryLimit(tt.before)
			restore := limitImportMemory()
			during := debug.SetMemoryLimit(-1)
			if tt.lower && (during >= tt.before || during < importMemoryFloor) {
				t.Errorf("limit during the import %d, before %d", during, tt.before)
			}
			if !tt.lower && during != tt.before {
				t.Errorf("limit during the import %d, want the user's %d", during, tt.before)
			}
			inner := limitImportMemory() // a second import at the same time
			if got := debug.SetMemoryLimit(-1); got != during {
				t.Errorf("second import changed the limit to %d", got)
			}
			inner()
			if got := debug.SetMemoryLimit(-1); got != during {
				t.Errorf("limit %d after the second import ended, want %d until the first ends", got, during)
			}
			restore()
			if got := debug.SetMemoryLimit(-1); got != tt.before {
				t.Errorf("limit after the import %d, want %d", got, tt.before)
			}
		})
	}
}
