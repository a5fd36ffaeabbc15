//go:build !linux

package spreadsheet

// resetPeakRSS is not available on this system: the benchmarks report no peak RSS.
func resetPeakRSS() bool { return false }

// peakRSS is not measured on this system.
func peakRSS() uint64 { return 0 }
