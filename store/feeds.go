package store

import (
	"context"
	"fmt"
	"time"
)

// HasSeen reports whether a feed item or page key was marked (see
// corpus/feeds.Seen).
func (s *Store) HasSeen(ctx context.Context, key string) (bool, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, s.q("SELECT COUNT(*) FROM feed_seen WHERE key = ?"), key).Scan(&n); err != nil {
		return false, fmt.Errorf("feed items seen: %w", err)
	}
	return n > 0, nil
}

// MarkSeen records a feed item or page key; marking it again is no error.
func (s *Store) MarkSeen(ctx context.Context, key string) error {
	if _, err := s.db.ExecContext(ctx, s.q("INSERT INTO feed_seen (key, seen_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"),
		key, time.Now().UnixMicro()); err != nil {
		return fmt.Errorf("recording a feed item: %w", err)
	}
	return nil
}

// Lease gives the job name to holder for ttl when no one else holds it (or
// holder does, or the holder's lease ran out), and reports whether holder
// has it now. Replicas sharing the store call it before a job only one of
// them should do; the holder renews it each time.
func (s *Store) Lease(ctx context.Context, name, holder string, ttl time.Duration) (bool, error) {
	now := time.Now()
	res, err := s.db.ExecContext(ctx, s.q(`INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
WHERE leases.holder = excluded.holder OR leases.expires_at <= ?`), name, holder, now.Add(ttl).UnixMicro(), now.UnixMicro())
	if err != nil {
		return false, fmt.Errorf("lease %s: %w", name, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("lease %s: %w", name, err)
	}
	return n == 1, nil
}

// Release gives up the job name if holder holds it.
func (s *Store) Release(ctx context.Context, name, holder string) error {
	if _, err := s.db.ExecContext(ctx, s.q("DELETE FROM leases WHERE name = ? AND holder = ?"), name, holder); err != nil {
		return fmt.Errorf("lease %s: %w", name, err)
	}
	return nil
}
