package main

import (
	"context"
	"fmt"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/store"
)

// openStore opens the database the configuration names: PostgreSQL with
// TALKBOT_DATABASE_URL, else the SQLite file TALKBOT_DATABASE. A Config
// with neither (built in code, not from the environment) has no store.
func openStore(ctx context.Context, cfg *Config) (*store.Store, error) {
	if cfg.DatabaseURL == "" && cfg.Database == "" {
		return nil, nil
	}
	st, err := store.Open(ctx, store.Options{URL: cfg.DatabaseURL, Path: cfg.Database})
	if err != nil {
		if cfg.DatabaseURL != "" {
			return nil, fmt.Errorf("TALKBOT_DATABASE_URL: %w", err)
		}
		return nil, fmt.Errorf("TALKBOT_DATABASE: %w", err)
	}
	return st, nil
}

// withStore adds what the store gives the bot to opts: conversations,
// feedback, channel settings and the config command.
func withStore(opts bot.Options, st *store.Store) bot.Options {
	if st == nil {
		return opts
	}
	opts.Conversations, opts.Feedback, opts.Settings = st, st, st
	if opts.Commands == nil {
		opts.Commands = map[string]bot.Command{}
	}
	opts.Commands["config"] = bot.ConfigCommand(st)
	return opts
}

// databaseName names the database for the start-up log, without secrets.
func databaseName(cfg *Config) string {
	switch {
	case cfg.DatabaseURL != "":
		return "postgres"
	case cfg.Database != "":
		return "sqlite " + cfg.Database
	}
	return "none"
}
