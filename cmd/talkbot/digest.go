package main

import (
	"context"
	"fmt"
	"time"
	_ "time/tzdata" // TALKBOT_TIMEZONE works where the system has no zone files

	"github.com/talkbot/talkbot/adapters/discord"
	"github.com/talkbot/talkbot/adapters/slack"
	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/digest"
)

// digestParts is the part of Main that posts to subscribed channels.
type digestParts struct {
	notifier *digest.Notifier // nil without a store
	// Knobs tests turn.
	digestEvery time.Duration                  // how often daily digests are checked; default 30 s
	posters     map[string]digest.Poster       // replace the platforms' own (tests)
	digestNow   func() time.Time               // the notifier's clock (tests)
	onIndexed   func(stmts []corpus.Statement) // after the notifier saw an index (tests)
}

// commands are the commands this file and feeds.go add to the bot: add,
// subscribe, unsubscribe, subscriptions.
func (m *Main) commands(opts bot.Options) bot.Options {
	if opts.Commands == nil {
		opts.Commands = map[string]bot.Command{}
	}
	opts.Commands["add"] = bot.Command{Run: func(ctx context.Context, c bot.Call) bot.Answer {
		return m.addPage(ctx, c.Request)
	}}
	sub := bot.Command{Run: func(ctx context.Context, c bot.Call) bot.Answer {
		if m.notifier == nil {
			return bot.Answer{Intent: bot.Intent(c.Word), Error: true,
				Summary: "Subscriptions need a database (TALKBOT_DATABASE or TALKBOT_DATABASE_URL); ask whoever runs me."}
		}
		return m.notifier.Command(ctx, digest.Where{Platform: c.Platform, Channel: c.Channel, User: c.User}, c.Word+" "+c.Args)
	}}
	for _, w := range []string{"subscribe", "unsubscribe", "subscriptions"} {
		opts.Commands[w] = sub
	}
	return opts
}

// startDigests creates the notifier (with a store) and posts the daily
// digests as they fall due.
func (m *Main) startDigests() error {
	if m.store == nil {
		return nil
	}
	loc, err := m.Config.location()
	if err != nil {
		return err
	}
	posters := m.posters
	if posters == nil {
		posters = map[string]digest.Poster{}
		p := m.Config.Platform
		if p.SlackBotToken != "" {
			sp, err := slack.NewPoster(slack.Config{BotToken: p.SlackBotToken, APIURL: m.slackAPI(), Logger: m.log})
			if err != nil {
				return err
			}
			posters[slack.Platform] = sp
		}
		if p.DiscordBotToken != "" {
			dp, err := discord.NewPoster(discord.Config{Token: p.DiscordBotToken, APIURL: p.DiscordAPIURL, Logger: m.log})
			if err != nil {
				return err
			}
			posters[discord.Platform] = dp
		}
	}
	n, err := digest.New(digest.Options{Store: m.store, Posters: posters, Asker: m.bot, Location: loc,
		Logger: m.log.With("part", "digest"), Now: m.digestNow})
	if err != nil {
		return err
	}
	m.notifier = n
	every := m.digestEvery
	if every <= 0 {
		every = 30 * time.Second
	}
	m.triggers.Go(func() { n.Run(m.runCtx, every) })
	return nil
}

// indexed tells the notifier about the statements of the index now in
// use; new articles are posted to the channels that follow them.
func (m *Main) indexed(stmts []corpus.Statement) {
	if m.notifier == nil {
		return
	}
	m.triggers.Go(func() {
		if err := m.notifier.Indexed(m.runCtx, stmts); err != nil && m.runCtx.Err() == nil {
			m.log.Warn("announcing new articles", "err", err.Error())
		}
		if m.onIndexed != nil {
			m.onIndexed(stmts)
		}
	})
}

// location is TALKBOT_TIMEZONE, UTC when unset.
func (c *Config) location() (*time.Location, error) {
	if c.Timezone == "" {
		return time.UTC, nil
	}
	loc, err := time.LoadLocation(c.Timezone)
	if err != nil {
		return nil, fmt.Errorf("TALKBOT_TIMEZONE: %q is not a time zone like Europe/Paris or America/New_York", c.Timezone)
	}
	return loc, nil
}
