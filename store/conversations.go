package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/talkbot/talkbot/bot"
)

// How much conversation is kept: turns older than turnsKeep are deleted
// (feedback keeps its own copy of what was answered), and a thread keeps
// its newest threadTurns.
const (
	turnsKeep   = 30 * 24 * time.Hour
	threadTurns = 20
)

var _ bot.Conversations = (*Store)(nil)

// Remember stores a turn and returns its new ID. Turns older than 30 days,
// and a thread's turns beyond its newest 20, are forgotten.
func (s *Store) Remember(ctx context.Context, t bot.Turn) (string, error) {
	t.ID = newID()
	if t.At.IsZero() {
		t.At = time.Now()
	}
	t.At = t.At.UTC()
	data, err := json.Marshal(t)
	if err != nil {
		return "", fmt.Errorf("remember: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, s.q(`INSERT INTO turns (id, thread, platform, channel, question, data, created_at)
VALUES (?, ?, ?, ?, ?, ?, ?)`), t.ID, t.Thread, t.Platform, t.Channel, t.Question, string(data), t.At.UnixMicro()); err != nil {
		return "", fmt.Errorf("remember: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, s.q("DELETE FROM turns WHERE created_at < ?"), time.Now().Add(-turnsKeep).UnixMicro()); err != nil {
		return "", fmt.Errorf("remember: forgetting old turns: %w", err)
	}
	if t.Thread != "" {
		if _, err := s.db.ExecContext(ctx, s.q(`DELETE FROM turns WHERE thread = ? AND id NOT IN
(SELECT id FROM turns WHERE thread = ? ORDER BY created_at DESC LIMIT ?)`), t.Thread, t.Thread, threadTurns); err != nil {
			return "", fmt.Errorf("remember: bounding the thread: %w", err)
		}
	}
	return t.ID, nil
}

// Recent returns up to n of a thread's newest turns made at or after
// since, oldest first.
func (s *Store) Recent(ctx context.Context, thread string, since time.Time, n int) ([]bot.Turn, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT data FROM turns WHERE thread = ? AND created_at >= ?
ORDER BY created_at DESC, id DESC LIMIT ?`), thread, since.UnixMicro(), n)
	if err != nil {
		return nil, fmt.Errorf("recent turns: %w", err)
	}
	defer rows.Close()
	var out []bot.Turn
	for rows.Next() {
		var data string
		if err := rows.Scan(&data); err != nil {
			return nil, fmt.Errorf("recent turns: %w", err)
		}
		var t bot.Turn
		if err := json.Unmarshal([]byte(data), &t); err != nil {
			return nil, fmt.Errorf("recent turns: %w", err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("recent turns: %w", err)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, nil
}

// Turn returns the turn with the given ID, or bot.ErrNotFound.
func (s *Store) Turn(ctx context.Context, id string) (bot.Turn, error) {
	var data string
	err := s.db.QueryRowContext(ctx, s.q("SELECT data FROM turns WHERE id = ?"), id).Scan(&data)
	if isNoRows(err) {
		return bot.Turn{}, fmt.Errorf("turn %s: %w", id, bot.ErrNotFound)
	}
	if err != nil {
		return bot.Turn{}, fmt.Errorf("turn %s: %w", id, err)
	}
	var t bot.Turn
	if err := json.Unmarshal([]byte(data), &t); err != nil {
		return bot.Turn{}, fmt.Errorf("turn %s: %w", id, err)
	}
	return t, nil
}
