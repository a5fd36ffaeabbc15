//go:build linux

package spreadsheet

import (
	"bytes"
	"os"
	"runtime/debug"
	"strconv"
)

// resetPeakRSS gives freed memory back to the system and restarts the kernel's count of the
// process's peak resident set (VmHWM); ok is false when the kernel does not allow it.
func resetPeakRSS() (ok bool) {
	debug.FreeOSMemory()
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// peakRSS is the process's peak resident set since the last resetPeakRSS, in bytes.
func peakRSS() uint64 {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range bytes.SplitSeq(status, []byte("\n")) {
		if f := bytes.Fields(line); len(f) >= 2 && string(f[0]) == "VmHWM:" {
			kb, _ := strconv.ParseUint(string(f[1]), 10, 64)
			return kb << 10
		}
	}
	return 0
}
