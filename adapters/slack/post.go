package slack

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/chanlimit"
)

// Poster posts answers in channels on the bot's own account, not in reply
// to anyone: the digests a channel subscribed to. It uses chat.postMessage
// with the bot token, keeps to Slack's pace of about one message a second
// per channel, and waits and retries when Slack answers 429.
type Poster struct {
	r      *responder
	limits *chanlimit.Limits
}

// NewPoster returns a Poster for cfg.BotToken (and cfg.APIURL).
func NewPoster(cfg Config) (*Poster, error) {
	if err := need(cfg.BotToken, "SLACK_BOT_TOKEN"); err != nil {
		return nil, err
	}
	return newPoster(newAPI(cfg), cfg.Logger), nil
}

func newPoster(api slackAPI, log *slog.Logger) *Poster {
	return &Poster{r: newResponder(api, nil, log, nil), limits: chanlimit.New(time.Second, 1, 10000)}
}

// Post posts a in channel: a channel ID (C…, G…, D…), or a
// bot.Request.Channel ("T1/C2", the team first). It returns when Slack has
// taken the message, or with the reason it did not.
func (p *Poster) Post(ctx context.Context, channel string, a bot.Answer) error {
	if i := strings.LastIndexByte(channel, '/'); i >= 0 {
		channel = channel[i+1:]
	}
	if err := p.limits.Wait(ctx, channel); err != nil {
		return err
	}
	blocks, text := Blocks(a)
	err := p.r.withRetry(ctx, "chat.postMessage", func(ctx context.Context) error {
		_, _, err := p.r.api.PostMessageContext(ctx, channel, slackapi.MsgOptionBlocks(blocks...), slackapi.MsgOptionText(text, false))
		return err
	})
	if err != nil {
		return fmt.Errorf("slack: chat.postMessage: %w", loggable(err))
	}
	return nil
}
