package cputime

import (
	"runtime"
	"testing"
)

// TestProcessGrows: work done on the processor shows in the time read
// after it, and the time never goes back.
func TestProcessGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("processor time is not read on " + runtime.GOOS)
	}
	before := Process()
	x := uint64(1)
	for i := 0; Process()-before < 20_000_000 && i < 2_000_000_000; i++ {
		x = x*6364136223846793005 + 1442695040888963407
	}
	after := Process()
	if after <= before {
		t.Errorf("Process() = %v after %v of work (x=%d); want more than before", after, before, x)
	}
}

func ExampleProcess() {
	start := Process()
	// … the work to measure …
	spent := Process() - start
	_ = spent
}
