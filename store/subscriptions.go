package store

import (
	"context"
	"fmt"
	"time"

	"github.com/talkbot/talkbot/digest"
)

var _ digest.Store = (*Store)(nil)

func subMode(sub digest.Subscription) string {
	if sub.Daily != "" {
		return "daily"
	}
	return "live"
}

// micro and fromMicro store times as microseconds, the zero time as 0.
func micro(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMicro()
}

func fromMicro(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.UnixMicro(n).UTC()
}

// Subscribe implements digest.Store.
func (s *Store) Subscribe(ctx context.Context, sub digest.Subscription) (digest.Subscription, bool, error) {
	if sub.ID == "" {
		sub.ID = newID()
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return sub, false, fmt.Errorf("subscribing: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, s.q(`INSERT INTO subscriptions (id, platform, channel, topic, topic_key, mode, daily, user_id, created_at, last_post)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (platform, channel, topic_key, mode) DO NOTHING`),
		sub.ID, sub.Platform, sub.Channel, sub.Topic, digest.TopicKey(sub.Topic), subMode(sub), sub.Daily, sub.User, micro(sub.Created), micro(sub.LastPost))
	if err != nil {
		return sub, false, fmt.Errorf("subscribing: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return sub, false, fmt.Errorf("subscribing: %w", err)
	}
	created := n == 1
	if !created {
		if _, err := tx.ExecContext(ctx, s.q(`UPDATE subscriptions SET daily = ? WHERE platform = ? AND channel = ? AND topic_key = ? AND mode = ?`),
			sub.Daily, sub.Platform, sub.Channel, digest.TopicKey(sub.Topic), subMode(sub)); err != nil {
			return sub, false, fmt.Errorf("subscribing: %w", err)
		}
	}
	got, err := scanSubs(tx.QueryContext(ctx, s.q(subSelect+` WHERE platform = ? AND channel = ? AND topic_key = ? AND mode = ?`),
		sub.Platform, sub.Channel, digest.TopicKey(sub.Topic), subMode(sub)))
	if err != nil {
		return sub, false, err
	}
	if len(got) != 1 {
		return sub, false, fmt.Errorf("subscribing: %d rows after the insert", len(got))
	}
	if err := tx.Commit(); err != nil {
		return sub, false, fmt.Errorf("subscribing: %w", err)
	}
	return got[0], created, nil
}

// Unsubscribe implements digest.Store.
func (s *Store) Unsubscribe(ctx context.Context, platform, channel, topic string) (int, error) {
	res, err := s.db.ExecContext(ctx, s.q("DELETE FROM subscriptions WHERE platform = ? AND channel = ? AND topic_key = ?"),
		platform, channel, digest.TopicKey(topic))
	if err != nil {
		return 0, fmt.Errorf("unsubscribing: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("unsubscribing: %w", err)
	}
	return int(n), nil
}

const subSelect = `SELECT id, platform, channel, topic, daily, user_id, created_at, last_post FROM subscriptions`

// Subscriptions implements digest.Store.
func (s *Store) Subscriptions(ctx context.Context, platform, channel string) ([]digest.Subscription, error) {
	if platform == "" && channel == "" {
		return scanSubs(s.db.QueryContext(ctx, subSelect+" ORDER BY created_at, topic_key, mode DESC, id"))
	}
	return scanSubs(s.db.QueryContext(ctx, s.q(subSelect+" WHERE platform = ? AND channel = ? ORDER BY created_at, topic_key, mode DESC, id"), platform, channel))
}

type rowsLike interface {
	Next() bool
	Scan(...any) error
	Err() error
	Close() error
}

func scanSubs[R rowsLike](rows R, err error) ([]digest.Subscription, error) {
	if err != nil {
		return nil, fmt.Errorf("reading subscriptions: %w", err)
	}
	defer rows.Close()
	var out []digest.Subscription
	for rows.Next() {
		var sub digest.Subscription
		var created, last int64
		if err := rows.Scan(&sub.ID, &sub.Platform, &sub.Channel, &sub.Topic, &sub.Daily, &sub.User, &created, &last); err != nil {
			return nil, fmt.Errorf("reading subscriptions: %w", err)
		}
		sub.Created, sub.LastPost = fromMicro(created), fromMicro(last)
		out = append(out, sub)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading subscriptions: %w", err)
	}
	return out, nil
}

// ClaimArticles implements digest.Store: each key is inserted once, and
// only the caller whose insert took it gets it back.
func (s *Store) ClaimArticles(ctx context.Context, keys []string, at time.Time) ([]string, error) {
	var claimed []string
	const batch = 500
	for start := 0; start < len(keys); start += batch {
		part := keys[start:min(start+batch, len(keys))]
		got, err := s.claimBatch(ctx, part, at)
		if err != nil {
			return claimed, err
		}
		claimed = append(claimed, got...)
	}
	return claimed, nil
}

func (s *Store) claimBatch(ctx context.Context, keys []string, at time.Time) ([]string, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("recording articles: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, s.q("INSERT INTO announced (article, indexed_at) VALUES (?, ?) ON CONFLICT (article) DO NOTHING"))
	if err != nil {
		return nil, fmt.Errorf("recording articles: %w", err)
	}
	defer stmt.Close()
	var claimed []string
	for _, k := range keys {
		res, err := stmt.ExecContext(ctx, k, at.UnixMicro())
		if err != nil {
			return nil, fmt.Errorf("recording articles: %w", err)
		}
		if n, err := res.RowsAffected(); err == nil && n == 1 {
			claimed = append(claimed, k)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("recording articles: %w", err)
	}
	return claimed, nil
}

// ArticlesSince implements digest.Store.
func (s *Store) ArticlesSince(ctx context.Context, t time.Time) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, s.q("SELECT article FROM announced WHERE indexed_at > ? ORDER BY indexed_at, article"), t.UnixMicro())
	if err != nil {
		return nil, fmt.Errorf("reading articles indexed: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, fmt.Errorf("reading articles indexed: %w", err)
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// ClaimDigest implements digest.Store: the UPDATE takes the row only while
// last_post is still prev, so of replicas racing for one digest exactly
// one succeeds.
func (s *Store) ClaimDigest(ctx context.Context, id string, prev, now time.Time) (bool, error) {
	res, err := s.db.ExecContext(ctx, s.q("UPDATE subscriptions SET last_post = ? WHERE id = ? AND last_post = ?"), micro(now), id, micro(prev))
	if err != nil {
		return false, fmt.Errorf("claiming a digest: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("claiming a digest: %w", err)
	}
	return n == 1, nil
}
