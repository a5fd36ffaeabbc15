//go:build !unix

package spreadsheet

import "time"

// cpuTime is not measured on this system; the benchmarks report 0 CPU seconds.
func cpuTime() time.Duration { return 0 }
