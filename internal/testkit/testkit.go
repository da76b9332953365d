// Package testkit holds what the project's tests share across packages:
// a buffer that a logger and a test may use at once, and waiting for a
// condition that other goroutines make true. It imports nothing of the
// project, so any package's tests may use it.
package testkit

import (
	"bytes"
	"sync"
	"testing"
	"time"
)

// Buffer is a bytes.Buffer that one goroutine may write while another
// reads it: a logger's output under test, say. The zero value is ready.
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

// Write appends p.
func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

// String returns everything written so far.
func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// poll is how often Within asks its condition again.
const poll = 10 * time.Millisecond

// Within asks cond until it holds or d has passed, and reports whether it
// held. cond is asked at least once, even when d is not positive.
func Within(d time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(poll)
	}
	return true
}

// Eventually fails t at once when cond does not hold within d, saying
// what was waited for.
func Eventually(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	if !Within(d, cond) {
		t.Fatalf("after %s still waiting for: %s", d, what)
	}
}
