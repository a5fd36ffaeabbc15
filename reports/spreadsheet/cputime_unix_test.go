//go:build unix

package spreadsheet

import (
	"syscall"
	"time"
)

// cpuTime returns the user and system CPU time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
