package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/talkbot/talkbot/bot"
)

var _ bot.Feedback = (*Store)(nil)

// RecordVote stores v unless the same user has voted on the same turn
// already, and reports whether it was stored.
func (s *Store) RecordVote(ctx context.Context, v bot.Vote) (bool, error) {
	if v.TurnID == "" || v.UserHash == "" {
		return false, fmt.Errorf("record vote: turn and user are required")
	}
	if v.At.IsZero() {
		v.At = time.Now()
	}
	items, err := json.Marshal(v.Items)
	if err != nil {
		return false, fmt.Errorf("record vote: %w", err)
	}
	res, err := s.db.ExecContext(ctx, s.q(`INSERT INTO feedback (turn_id, user_hash, up, platform, channel, question, items, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (turn_id, user_hash) DO NOTHING`),
		v.TurnID, v.UserHash, boolInt(v.Up), v.Platform, v.Channel, v.Question, string(items), v.At.UTC().UnixMicro())
	if err != nil {
		return false, fmt.Errorf("record vote: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("record vote: %w", err)
	}
	return n == 1, nil
}

// Votes returns up to limit recorded votes, newest first (all when limit
// is 0 or less).
func (s *Store) Votes(ctx context.Context, limit int) ([]bot.Vote, error) {
	query := `SELECT turn_id, user_hash, up, platform, channel, question, items, created_at FROM feedback
ORDER BY created_at DESC, turn_id, user_hash`
	var args []any
	if limit > 0 {
		query += " LIMIT ?"
		args = append(args, limit)
	}
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, fmt.Errorf("votes: %w", err)
	}
	defer rows.Close()
	var out []bot.Vote
	for rows.Next() {
		var v bot.Vote
		var up int
		var items string
		var at int64
		if err := rows.Scan(&v.TurnID, &v.UserHash, &up, &v.Platform, &v.Channel, &v.Question, &items, &at); err != nil {
			return nil, fmt.Errorf("votes: %w", err)
		}
		v.Up = up != 0
		v.At = time.UnixMicro(at).UTC()
		if err := json.Unmarshal([]byte(items), &v.Items); err != nil {
			return nil, fmt.Errorf("votes: %w", err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("votes: %w", err)
	}
	return out, nil
}
