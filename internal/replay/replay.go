// Package replay remembers keys for a while, so that a signed request sent
// again within the window its signature is good for is refused instead of
// executed twice.
//
// The adapters each define the one method they need,
//
//	Seen(ctx context.Context, key string, ttl time.Duration) (bool, error)
//
// and take any value that has it: Memory, here, for one process; a store
// shared by several replicas for all of them at once.
package replay

import (
	"context"
	"sync"
	"time"
)

// Memory remembers keys in this process until their time is up. Its memory
// is bounded by the rate of distinct keys times their ttl, not by a count,
// so no amount of other traffic makes it forget a key early.
type Memory struct {
	mu      sync.Mutex
	until   map[string]time.Time
	now     func() time.Time
	pruneAt time.Time
}

// NewMemory returns an empty Memory.
func NewMemory() *Memory {
	return &Memory{until: map[string]time.Time{}, now: time.Now}
}

// Seen records key for ttl and reports whether it was recorded already and
// its time is not up. It never fails.
func (m *Memory) Seen(_ context.Context, key string, ttl time.Duration) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	if !now.Before(m.pruneAt) {
		for k, t := range m.until {
			if !now.Before(t) {
				delete(m.until, k)
			}
		}
		// Pruning costs the map's size: do it about once per the
		// shortest window in use.
		m.pruneAt = now.Add(max(ttl, time.Second))
	}
	if t, ok := m.until[key]; ok && now.Before(t) {
		return true, nil
	}
	m.until[key] = now.Add(ttl)
	return false, nil
}

// Len is the number of keys remembered, expired ones not yet dropped
// included.
func (m *Memory) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.until)
}
