//go:build unix

package sidebyside

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the process has used, on every thread:
// unlike the time on the clock, it hardly moves with the load other
// programs put on a shared machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
