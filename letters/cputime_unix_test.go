//go:build unix

package letters

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time the process has used so far (all threads, user and
// system), and whether the platform reports it. Benchmarks report it beside wall time,
// which other work on a shared machine inflates.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
