package feeds

import (
	"context"
	"sync"
)

// Seen remembers the feed items and pages already handled, so that the
// same page is saved once and a restart does not fetch everything again.
// Keys are short strings ("url:example.org/a", "text:<sha256>"). The store
// implements it for talkbot serve; MemSeen keeps it in memory.
type Seen interface {
	// HasSeen reports whether key was marked. An error means it could not
	// be told; the item is then left for the next poll.
	HasSeen(ctx context.Context, key string) (bool, error)
	// MarkSeen records key. Marking a key again is not an error.
	MarkSeen(ctx context.Context, key string) error
}

// MemSeen is a Seen kept in memory, for tests and runs without a store.
type MemSeen struct {
	mu   sync.Mutex
	keys map[string]bool
}

// NewMemSeen returns an empty MemSeen.
func NewMemSeen() *MemSeen { return &MemSeen{keys: map[string]bool{}} }

// HasSeen implements Seen.
func (m *MemSeen) HasSeen(_ context.Context, key string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.keys[key], nil
}

// MarkSeen implements Seen.
func (m *MemSeen) MarkSeen(_ context.Context, key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.keys[key] = true
	return nil
}

// Len is the number of keys marked.
func (m *MemSeen) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.keys)
}

var _ Seen = (*MemSeen)(nil)
