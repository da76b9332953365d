// Package cputime reads the processor time the process has used, for
// benchmarks on a shared machine: unlike the time on the clock, it hardly
// moves with the load other programs put on the machine.
package cputime

import "time"

// Process is the processor time the process has used so far, on every
// thread, user and system; zero where it cannot be read.
func Process() time.Duration { return process() }
