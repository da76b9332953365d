package store

import (
	"context"
	"fmt"
	"time"

	"github.com/talkbot/talkbot/bot"
)

var _ bot.Settings = (*Store)(nil)

// ChannelSettings returns a channel's settings; a channel never configured
// has the zero value.
func (s *Store) ChannelSettings(ctx context.Context, channel string) (bot.ChannelSettings, error) {
	var cs bot.ChannelSettings
	var private int
	err := s.db.QueryRowContext(ctx, s.q("SELECT topic, private FROM channel_settings WHERE channel = ?"), channel).Scan(&cs.Topic, &private)
	if isNoRows(err) {
		return bot.ChannelSettings{}, nil
	}
	if err != nil {
		return bot.ChannelSettings{}, fmt.Errorf("channel settings %s: %w", channel, err)
	}
	cs.Private = private != 0
	return cs, nil
}

// SetChannelSettings replaces a channel's settings.
func (s *Store) SetChannelSettings(ctx context.Context, channel string, cs bot.ChannelSettings) error {
	_, err := s.db.ExecContext(ctx, s.q(`INSERT INTO channel_settings (channel, topic, private, updated_at) VALUES (?, ?, ?, ?)
ON CONFLICT (channel) DO UPDATE SET topic = excluded.topic, private = excluded.private, updated_at = excluded.updated_at`),
		channel, cs.Topic, boolInt(cs.Private), time.Now().UnixMicro())
	if err != nil {
		return fmt.Errorf("set channel settings %s: %w", channel, err)
	}
	return nil
}
