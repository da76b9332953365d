package store

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"
)

var seenCalls atomic.Uint64

// Seen reports whether key was already seen within the last ttl, and marks
// it seen for ttl from now when it was not. Replicas sharing a store agree:
// of several calls with one key within ttl, exactly one returns false.
// Use it to drop a retried event or a replayed request.
func (s *Store) Seen(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	now := time.Now()
	res, err := s.db.ExecContext(ctx, s.q(`INSERT INTO seen (key, expires_at) VALUES (?, ?)
ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen.expires_at <= ?`),
		key, now.Add(ttl).UnixMicro(), now.UnixMicro())
	if err != nil {
		return false, fmt.Errorf("seen: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("seen: %w", err)
	}
	// Now and then, forget keys that have expired.
	if seenCalls.Add(1)%512 == 0 {
		if _, err := s.db.ExecContext(ctx, s.q("DELETE FROM seen WHERE expires_at <= ?"), now.UnixMicro()); err != nil {
			return n == 0, fmt.Errorf("seen: forgetting expired keys: %w", err)
		}
	}
	return n == 0, nil
}
