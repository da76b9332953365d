package testkit

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestBufferKeepsEveryConcurrentWrite(t *testing.T) {
	var b Buffer
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				fmt.Fprint(&b, "x")
				_ = b.String()
			}
		}()
	}
	wg.Wait()
	if got := b.String(); got != strings.Repeat("x", 800) {
		t.Errorf("%d bytes written; want 800", len(got))
	}
}

func TestWithin(t *testing.T) {
	var n atomic.Int32
	go func() {
		time.Sleep(20 * time.Millisecond)
		n.Store(1)
	}()
	if !Within(10*time.Second, func() bool { return n.Load() == 1 }) {
		t.Error("a condition another goroutine makes true: Within reported it never held")
	}
	asked := 0
	if Within(30*time.Millisecond, func() bool { asked++; return false }) {
		t.Error("a condition that never holds: Within reported it held")
	}
	if asked < 2 {
		t.Errorf("a condition that never holds was asked %d times before giving up; want it asked again until the time is up", asked)
	}
	if !Within(0, func() bool { return true }) {
		t.Error("with no time at all a condition that holds must still be asked")
	}
}

// recorder is a testing.TB that records a failure instead of stopping.
type recorder struct {
	testing.TB
	failed string
}

func (r *recorder) Helper() {}
func (r *recorder) Fatalf(format string, args ...any) {
	r.failed = fmt.Sprintf(format, args...)
}

func TestEventuallyFailsSayingWhat(t *testing.T) {
	r := &recorder{TB: t}
	Eventually(r, 10*time.Millisecond, "the door to open", func() bool { return false })
	if !strings.Contains(r.failed, "the door to open") {
		t.Errorf("failure %q does not say what was waited for", r.failed)
	}
	r.failed = ""
	Eventually(r, time.Second, "nothing", func() bool { return true })
	if r.failed != "" {
		t.Errorf("a condition that holds failed the test: %q", r.failed)
	}
}

func ExampleWithin() {
	var ready atomic.Bool
	go ready.Store(true)
	fmt.Println(Within(10*time.Second, ready.Load))
	// Output: true
}
