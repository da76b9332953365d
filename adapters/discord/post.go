package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/chanlimit"
	"github.com/talkbot/talkbot/internal/redact"
)

// Poster posts answers in channels on the bot's own account, not in reply
// to an interaction: the digests a channel subscribed to. It sends channel
// messages with the bot token, keeps to Discord's pace of five messages in
// five seconds per channel, and lets discordgo wait out a 429.
type Poster struct {
	s      *discordgo.Session
	limits *chanlimit.Limits
	log    *slog.Logger
}

// NewPoster returns a Poster for cfg.Token.
func NewPoster(cfg Config) (*Poster, error) {
	return newPoster(cfg)
}

func newPoster(cfg Config, opts ...option) (*Poster, error) {
	if cfg.Token == "" {
		return nil, errors.New("discord: DISCORD_BOT_TOKEN is not set: posting in channels needs the bot token")
	}
	s, err := newRESTSession(cfg.Token, newSettings(0, cfg.APIURL, opts))
	if err != nil {
		return nil, err
	}
	log := redact.Logger(cfg.Logger)
	return &Poster{s: s, limits: chanlimit.New(time.Second, 5, 10000), log: log.With("adapter", Platform)}, nil
}

// Post posts a in channel (a channel ID) as one message or, when it does
// not fit, a few in a row.
func (p *Poster) Post(ctx context.Context, channel string, a bot.Answer) error {
	for _, m := range Messages(a) {
		if err := p.limits.Wait(ctx, channel); err != nil {
			return err
		}
		if _, err := p.s.ChannelMessageSendComplex(channel, m, discordgo.WithContext(ctx)); err != nil {
			return fmt.Errorf("discord: posting in channel %s: %w", channel, err)
		}
	}
	return nil
}
