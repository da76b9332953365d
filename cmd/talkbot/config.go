package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/joho/godotenv"
	"github.com/kelseyhightower/envconfig"
	"github.com/talkbot/talkbot/internal/redact"
)

// Config is what talkbot serve reads from its environment. The TALKBOT_
// settings are read with that prefix only; the platform settings by the
// names Slack and Discord document.
type Config struct {
	Corpus          string        `split_words:"true"`                // TALKBOT_CORPUS
	IndexPath       string        `split_words:"true"`                // TALKBOT_INDEX_PATH
	HTTPAddr        string        `split_words:"true"`                // TALKBOT_HTTP_ADDR
	LogFormat       string        `split_words:"true" default:"text"` // TALKBOT_LOG_FORMAT
	LogLevel        string        `split_words:"true" default:"info"` // TALKBOT_LOG_LEVEL
	LogText         bool          `split_words:"true"`                // TALKBOT_LOG_TEXT
	RatePerMinute   int           `split_words:"true" default:"20"`   // TALKBOT_RATE_PER_MINUTE
	RateBurst       int           `split_words:"true"`                // TALKBOT_RATE_BURST
	Admins          []string      `split_words:"true"`                // TALKBOT_ADMINS
	Watch           bool          `split_words:"true" default:"true"` // TALKBOT_WATCH
	ShutdownTimeout time.Duration `split_words:"true" default:"10s"`  // TALKBOT_SHUTDOWN_TIMEOUT
	Feeds           string        `split_words:"true"`                // TALKBOT_FEEDS
	FeedInterval    time.Duration `split_words:"true" default:"10m"`  // TALKBOT_FEED_INTERVAL
	Timezone        string        // TALKBOT_TIMEZONE: daily digest times; UTC when unset
	// Database is the SQLite file for settings, conversations and
	// feedback; DatabaseURL (postgres://…) puts them in PostgreSQL instead.
	// With neither (a Config built in code) serve keeps no store.
	Database    string         `default:"talkbot.db"` // TALKBOT_DATABASE
	DatabaseURL string         `split_words:"true"`   // TALKBOT_DATABASE_URL
	Platform    PlatformConfig `ignored:"true"`
}

// PlatformConfig holds the Slack and Discord settings.
type PlatformConfig struct {
	SlackBotToken      string `envconfig:"SLACK_BOT_TOKEN"`
	SlackAppToken      string `envconfig:"SLACK_APP_TOKEN"`
	SlackSigningSecret string `envconfig:"SLACK_SIGNING_SECRET"`
	// SlackAdminToken (xoxp-…) lets a channel's managers change its
	// settings: only an Enterprise organisation's user token with
	// admin.roles:read can tell who they are.
	SlackAdminToken  string `envconfig:"SLACK_ADMIN_TOKEN"`
	DiscordBotToken  string `envconfig:"DISCORD_BOT_TOKEN"`
	DiscordGuildID   string `envconfig:"DISCORD_GUILD_ID"`
	DiscordPublicKey string `envconfig:"DISCORD_PUBLIC_KEY"`
	DiscordAppID     string `envconfig:"DISCORD_APP_ID"`
	// SlackAPIURL and DiscordAPIURL point the Web API clients elsewhere
	// (GovSlack, a proxy, a local server in tests).
	SlackAPIURL   string `envconfig:"SLACK_API_URL"`
	DiscordAPIURL string `envconfig:"DISCORD_API_URL"`
}

// What runs, derived from which settings are present.
func (c *Config) slackSocketMode() bool { return c.Platform.SlackAppToken != "" }
func (c *Config) slackHTTP() bool       { return c.Platform.SlackSigningSecret != "" }
func (c *Config) discordGateway() bool  { return c.Platform.DiscordBotToken != "" }
func (c *Config) discordHTTP() bool     { return c.Platform.DiscordPublicKey != "" }

// loadDotEnv reads name (KEY=value lines) into the environment when the
// file exists; variables already set in the real environment win. It
// returns the keys it set.
func loadDotEnv(name string) ([]string, error) {
	vals, err := godotenv.Read(name)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		// godotenv's parse errors can quote the line: keep values out.
		return nil, fmt.Errorf("%s: cannot be read as KEY=value lines", name)
	}
	var set []string
	for k, v := range vals {
		if _, ok := os.LookupEnv(k); ok {
			continue
		}
		if err := os.Setenv(k, v); err != nil {
			return set, fmt.Errorf("%s: %s: %v", name, k, err)
		}
		set = append(set, k)
	}
	return set, nil
}

// readConfig reads the environment without checking how the settings fit
// together.
func readConfig() (*Config, error) {
	var c Config
	if err := envconfig.Process("talkbot", &c); err != nil {
		return nil, envError(err)
	}
	if err := envconfig.Process("", &c.Platform); err != nil {
		return nil, envError(err)
	}
	c.trim()
	return &c, nil
}

// envError rewrites envconfig's parse errors as "VARIABLE: why".
func envError(err error) error {
	var pe *envconfig.ParseError
	if errors.As(err, &pe) {
		what := "a valid value"
		switch pe.TypeName {
		case "int":
			what = "a whole number"
		case "bool":
			what = "true or false"
		case "time.Duration":
			what = "a duration like 10s or 1m"
		}
		return fmt.Errorf("%s: %q is not %s", pe.KeyName, pe.Value, what)
	}
	return err
}

func (c *Config) trim() {
	for _, p := range []*string{&c.Corpus, &c.IndexPath, &c.HTTPAddr, &c.LogFormat, &c.LogLevel, &c.Database, &c.DatabaseURL,
		&c.Platform.SlackBotToken, &c.Platform.SlackAppToken, &c.Platform.SlackSigningSecret, &c.Platform.SlackAdminToken,
		&c.Platform.DiscordBotToken, &c.Platform.DiscordGuildID, &c.Platform.DiscordPublicKey, &c.Platform.DiscordAppID,
		&c.Platform.SlackAPIURL, &c.Platform.DiscordAPIURL} {
		*p = strings.TrimSpace(*p)
	}
	c.LogFormat = strings.ToLower(c.LogFormat)
	c.LogLevel = strings.ToLower(c.LogLevel)
	var admins []string
	for _, a := range c.Admins {
		if a = strings.TrimSpace(a); a != "" {
			admins = append(admins, a)
		}
	}
	c.Admins = admins
}

// errNothingToServe is what serve says when no front door is configured.
var errNothingToServe = errors.New("nothing to serve: set TALKBOT_HTTP_ADDR (health check; Slack and Discord over HTTP with SLACK_SIGNING_SECRET or DISCORD_PUBLIC_KEY), SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Slack Socket Mode), or DISCORD_BOT_TOKEN (Discord gateway)")

func (c *Config) validate() error {
	p := &c.Platform
	switch c.LogFormat {
	case "text", "json":
	default:
		return fmt.Errorf("TALKBOT_LOG_FORMAT: %q is not text or json", c.LogFormat)
	}
	if _, err := parseLevel(c.LogLevel); err != nil {
		return err
	}
	if c.RatePerMinute < 0 {
		return fmt.Errorf("TALKBOT_RATE_PER_MINUTE: %d is negative (0 turns the limit off)", c.RatePerMinute)
	}
	if c.RateBurst < 0 {
		return fmt.Errorf("TALKBOT_RATE_BURST: %d is negative", c.RateBurst)
	}
	if c.ShutdownTimeout <= 0 {
		return fmt.Errorf("TALKBOT_SHUTDOWN_TIMEOUT: %s must be positive", c.ShutdownTimeout)
	}
	for _, a := range c.Admins {
		plat, id, ok := strings.Cut(a, ":")
		if !ok || id == "" || (plat != "slack" && plat != "discord") {
			return fmt.Errorf("TALKBOT_ADMINS: %q is not a user id like slack:T1/U1 or discord:123", a)
		}
	}
	if c.Corpus != "" {
		info, err := os.Stat(c.Corpus)
		switch {
		case err != nil:
			return fmt.Errorf("TALKBOT_CORPUS: %s cannot be read: %v", c.Corpus, unwrapPath(err))
		case !info.IsDir():
			return fmt.Errorf("TALKBOT_CORPUS: %s is not a folder", c.Corpus)
		}
	}
	if c.IndexPath != "" {
		if info, err := os.Stat(c.IndexPath); err == nil && !info.IsDir() {
			return fmt.Errorf("TALKBOT_INDEX_PATH: %s is a file, not a folder", c.IndexPath)
		}
	}
	if c.DatabaseURL != "" && !strings.HasPrefix(c.DatabaseURL, "postgres://") && !strings.HasPrefix(c.DatabaseURL, "postgresql://") {
		return errors.New("TALKBOT_DATABASE_URL: not a PostgreSQL URL (postgres://user:password@host:5432/dbname)")
	}
	if c.DatabaseURL == "" && c.Database != "" {
		if info, err := os.Stat(c.Database); err == nil && info.IsDir() {
			return fmt.Errorf("TALKBOT_DATABASE: %s is a folder, not a file", c.Database)
		}
	}
	if err := c.validateFeeds(); err != nil {
		return err
	}
	if _, err := c.location(); err != nil {
		return err
	}
	if c.HTTPAddr != "" {
		if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
			return fmt.Errorf("TALKBOT_HTTP_ADDR: %q is not host:port (e.g. 127.0.0.1:8080 or :8080)", c.HTTPAddr)
		}
	}

	// Slack.
	switch {
	case p.SlackAppToken != "" && p.SlackBotToken == "":
		return errors.New("SLACK_APP_TOKEN is set without SLACK_BOT_TOKEN: Socket Mode needs both")
	case p.SlackSigningSecret != "" && c.HTTPAddr == "":
		return errors.New("SLACK_SIGNING_SECRET is set without TALKBOT_HTTP_ADDR: Slack over HTTP needs an address to listen on")
	case p.SlackBotToken != "" && p.SlackAppToken == "" && p.SlackSigningSecret == "":
		return errors.New("SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP) is")
	case p.SlackBotToken != "" && !strings.HasPrefix(p.SlackBotToken, "xoxb-"):
		return errors.New("SLACK_BOT_TOKEN: not a bot token (it starts with xoxb-)")
	case p.SlackAppToken != "" && !strings.HasPrefix(p.SlackAppToken, "xapp-"):
		return errors.New("SLACK_APP_TOKEN: not an app-level token (it starts with xapp-)")
	case p.SlackAdminToken != "" && !strings.HasPrefix(p.SlackAdminToken, "xoxp-"):
		return errors.New("SLACK_ADMIN_TOKEN: not a user token (it starts with xoxp-; an Enterprise organisation admin's, with admin.roles:read)")
	case p.SlackAdminToken != "" && p.SlackAppToken == "" && p.SlackSigningSecret == "":
		return errors.New("SLACK_ADMIN_TOKEN is set but Slack is not: it only adds channel managers to a Slack app")
	}

	// Discord.
	if p.DiscordPublicKey != "" {
		if b, err := hex.DecodeString(p.DiscordPublicKey); err != nil || len(b) != 32 {
			return errors.New("DISCORD_PUBLIC_KEY: not 64 hex characters (the application's public key from the Developer Portal)")
		}
		if c.HTTPAddr == "" {
			return errors.New("DISCORD_PUBLIC_KEY is set without TALKBOT_HTTP_ADDR: Discord interactions over HTTP need an address to listen on")
		}
	}
	if err := p.checkDiscord(); err != nil {
		return err
	}
	if p.DiscordGuildID != "" && p.DiscordBotToken == "" {
		return errors.New("DISCORD_GUILD_ID is set without DISCORD_BOT_TOKEN: the guild is where the gateway registers /talks")
	}
	if err := checkAPIURL("SLACK_API_URL", p.SlackAPIURL); err != nil {
		return err
	}

	if c.HTTPAddr == "" && !c.slackSocketMode() && !c.discordGateway() {
		return errNothingToServe
	}
	return nil
}

// checkDiscord checks the form of the Discord settings that are set, for
// serve and register alike.
func (p *PlatformConfig) checkDiscord() error {
	if p.DiscordGuildID != "" && !digits(p.DiscordGuildID) {
		return fmt.Errorf("DISCORD_GUILD_ID: %q is not a Discord id (digits only)", p.DiscordGuildID)
	}
	if p.DiscordAppID != "" && !digits(p.DiscordAppID) {
		return fmt.Errorf("DISCORD_APP_ID: %q is not a Discord id (digits only)", p.DiscordAppID)
	}
	if strings.ContainsAny(p.DiscordBotToken, " \t") && !strings.HasPrefix(p.DiscordBotToken, "Bot ") {
		return errors.New("DISCORD_BOT_TOKEN: contains spaces; give the token alone")
	}
	return checkAPIURL("DISCORD_API_URL", p.DiscordAPIURL)
}

// checkAPIURL checks a *_API_URL setting, when set.
func checkAPIURL(name, value string) error {
	if value == "" {
		return nil
	}
	if pu, err := url.Parse(value); err != nil || (pu.Scheme != "https" && pu.Scheme != "http") || pu.Host == "" || !strings.HasSuffix(pu.Path, "/") {
		return fmt.Errorf("%s: %q is not an http(s) URL ending in / (e.g. https://slack.com/api/)", name, value)
	}
	return nil
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func parseLevel(s string) (slog.Level, error) {
	switch s {
	case "debug":
		return slog.LevelDebug, nil
	case "info", "":
		return slog.LevelInfo, nil
	case "warn", "warning":
		return slog.LevelWarn, nil
	case "error":
		return slog.LevelError, nil
	}
	return 0, fmt.Errorf("TALKBOT_LOG_LEVEL: %q is not debug, info, warn or error", s)
}

// newLogger returns the structured logger the config asks for.
func (c *Config) newLogger(w io.Writer) *slog.Logger {
	level, _ := parseLevel(c.LogLevel)
	opts := &slog.HandlerOptions{Level: level}
	// Every line passes through redact: no token, response_url or
	// interaction URL reaches the log, whoever logs it.
	if c.LogFormat == "json" {
		return slog.New(redact.Handler(slog.NewJSONHandler(w, opts)))
	}
	return slog.New(redact.Handler(slog.NewTextHandler(w, opts)))
}

// describe says what serve would run with this config, for --check and the
// start-up log. It shows no token or secret.
func (c *Config) describe(w io.Writer) {
	corpusLine := "the built-in corpus"
	if c.Corpus != "" {
		corpusLine = c.Corpus
		if c.Watch {
			corpusLine += " (watched for changes)"
		} else {
			corpusLine += " (not watched: TALKBOT_WATCH=false)"
		}
	}
	indexLine := "in memory"
	if c.IndexPath != "" {
		indexLine = "on disk at " + c.IndexPath + " (reused while the corpus is unchanged)"
	}
	fmt.Fprintf(w, "corpus:    %s\n", corpusLine)
	fmt.Fprintf(w, "index:     %s\n", indexLine)
	db := "none (no conversations, feedback or channel settings)"
	switch {
	case c.DatabaseURL != "":
		db = "PostgreSQL (TALKBOT_DATABASE_URL)"
	case c.Database != "":
		db = "SQLite file " + c.Database
	}
	fmt.Fprintf(w, "database:  %s\n", db)
	on := func(b bool) string {
		if b {
			return "on"
		}
		return "off"
	}
	http := "off"
	if c.HTTPAddr != "" {
		http = c.HTTPAddr + ": GET /healthz"
		if c.slackHTTP() {
			http += ", POST /slack/commands, /slack/events, /slack/interactions"
		}
		if c.discordHTTP() {
			http += ", POST /discord/interactions"
		}
	}
	fmt.Fprintf(w, "http:      %s\n", http)
	fmt.Fprintf(w, "slack:     socket mode %s, http %s\n", on(c.slackSocketMode()), on(c.slackHTTP()))
	gw := on(c.discordGateway())
	if c.discordGateway() {
		if c.Platform.DiscordGuildID != "" {
			gw += " (/talks in guild " + c.Platform.DiscordGuildID + ")"
		} else {
			gw += " (/talks registered globally)"
		}
	}
	fmt.Fprintf(w, "discord:   gateway %s, http interactions %s\n", gw, on(c.discordHTTP()))
	rate := "off"
	if c.RatePerMinute > 0 {
		burst := c.RateBurst
		if burst == 0 {
			burst = c.RatePerMinute
		}
		rate = fmt.Sprintf("%d questions a minute per user, burst %d", c.RatePerMinute, burst)
	}
	fmt.Fprintf(w, "rate:      %s\n", rate)
	admins := "none (the reload command is off)"
	if len(c.Admins) > 0 {
		admins = strings.Join(c.Admins, ", ")
	}
	fmt.Fprintf(w, "admins:    %s\n", admins)
	text := "question text not logged"
	if c.LogText {
		text = "question text logged"
	}
	fmt.Fprintf(w, "logs:      %s, level %s, %s\n", c.LogFormat, c.LogLevel, text)
	c.describeFeeds(w)
	fmt.Fprintf(w, "shutdown:  waits up to %s for answers in flight\n", c.ShutdownTimeout)
}
