package main

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/testkit"
)

// envVars is every variable serve reads; .env.example and
// docs/operations.md must describe each.
var envVars = []string{
	"TALKBOT_CORPUS", "TALKBOT_INDEX_PATH", "TALKBOT_HTTP_ADDR", "TALKBOT_LOG_FORMAT", "TALKBOT_LOG_LEVEL",
	"TALKBOT_LOG_TEXT", "TALKBOT_RATE_PER_MINUTE", "TALKBOT_RATE_BURST", "TALKBOT_ADMINS", "TALKBOT_WATCH",
	"TALKBOT_SHUTDOWN_TIMEOUT", "TALKBOT_FEEDS", "TALKBOT_FEED_INTERVAL", "TALKBOT_TIMEZONE", "TALKBOT_DATABASE", "TALKBOT_DATABASE_URL",
	"SLACK_API_URL", "DISCORD_API_URL",
	"SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_ADMIN_TOKEN",
	"DISCORD_BOT_TOKEN", "DISCORD_GUILD_ID", "DISCORD_PUBLIC_KEY", "DISCORD_APP_ID",
}

const testPublicKey = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"

// setEnv replaces serve's environment with env for the test.
func setEnv(t *testing.T, env map[string]string) {
	t.Helper()
	for _, k := range append(envVars, "HTTP_ADDR", "CORPUS") {
		t.Setenv(k, "")
		os.Unsetenv(k)
	}
	// serve's default database is talkbot.db in the working directory:
	// keep tests' databases in their own folders.
	t.Setenv("TALKBOT_DATABASE", filepath.Join(t.TempDir(), "talkbot.db"))
	for k, v := range env {
		t.Setenv(k, v)
	}
}

func TestConfigErrors(t *testing.T) {
	tmp := t.TempDir()
	file := filepath.Join(tmp, "file.txt")
	writeFile(t, tmp, "file.txt", "x")
	http := map[string]string{"TALKBOT_HTTP_ADDR": "127.0.0.1:8080"}
	with := func(base map[string]string, kv ...string) map[string]string {
		m := map[string]string{}
		for k, v := range base {
			m[k] = v
		}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	for _, c := range []struct {
		env  map[string]string
		want string // the error's start: the variable at fault
	}{
		{nil, "nothing to serve: set TALKBOT_HTTP_ADDR"},
		{map[string]string{"HTTP_ADDR": ":8080", "CORPUS": tmp}, "nothing to serve"}, // only TALKBOT_ names count
		{map[string]string{"SLACK_APP_TOKEN": "xapp-1"}, "SLACK_APP_TOKEN is set without SLACK_BOT_TOKEN"},
		{map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}, "SLACK_SIGNING_SECRET is set without TALKBOT_HTTP_ADDR"},
		{with(http, "SLACK_BOT_TOKEN", "xoxb-1"), "SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN"},
		{map[string]string{"SLACK_BOT_TOKEN": "xoxp-1", "SLACK_APP_TOKEN": "xapp-1"}, "SLACK_BOT_TOKEN: not a bot token"},
		{map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xoxb-2"}, "SLACK_APP_TOKEN: not an app-level token"},
		{with(http, "DISCORD_PUBLIC_KEY", "abc123"), "DISCORD_PUBLIC_KEY: not 64 hex characters"},
		{with(http, "SLACK_API_URL", "slack.example/api"), "SLACK_API_URL: "},
		{map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "SLACK_ADMIN_TOKEN": "xoxb-2"}, "SLACK_ADMIN_TOKEN: not a user token"},
		{with(http, "SLACK_ADMIN_TOKEN", "xoxp-1"), "SLACK_ADMIN_TOKEN is set but Slack is not"},
		{with(http, "DISCORD_API_URL", "https://proxy.example/api/v9"), "DISCORD_API_URL: "},
		{with(http, "TALKBOT_DATABASE_URL", "mysql://db/talkbot"), "TALKBOT_DATABASE_URL: not a PostgreSQL URL"},
		{with(http, "TALKBOT_DATABASE", tmp), "TALKBOT_DATABASE: "},
		{with(http, "DISCORD_PUBLIC_KEY", strings.Repeat("zz", 32)), "DISCORD_PUBLIC_KEY: not 64 hex characters"},
		{map[string]string{"DISCORD_PUBLIC_KEY": testPublicKey, "DISCORD_BOT_TOKEN": "t"}, "DISCORD_PUBLIC_KEY is set without TALKBOT_HTTP_ADDR"},
		{with(http, "DISCORD_GUILD_ID", "123"), "DISCORD_GUILD_ID is set without DISCORD_BOT_TOKEN"},
		{map[string]string{"DISCORD_BOT_TOKEN": "t", "DISCORD_GUILD_ID": "my-guild"}, "DISCORD_GUILD_ID:"},
		{map[string]string{"DISCORD_BOT_TOKEN": "t", "DISCORD_APP_ID": "app"}, "DISCORD_APP_ID:"},
		{map[string]string{"TALKBOT_HTTP_ADDR": "localhost"}, "TALKBOT_HTTP_ADDR:"},
		{with(http, "TALKBOT_LOG_FORMAT", "xml"), "TALKBOT_LOG_FORMAT:"},
		{with(http, "TALKBOT_LOG_LEVEL", "loud"), "TALKBOT_LOG_LEVEL:"},
		{with(http, "TALKBOT_LOG_TEXT", "sometimes"), "TALKBOT_LOG_TEXT:"},
		{with(http, "TALKBOT_RATE_PER_MINUTE", "many"), `TALKBOT_RATE_PER_MINUTE: "many" is not a whole number`},
		{with(http, "TALKBOT_RATE_PER_MINUTE", "-1"), "TALKBOT_RATE_PER_MINUTE:"},
		{with(http, "TALKBOT_RATE_BURST", "-2"), "TALKBOT_RATE_BURST:"},
		{with(http, "TALKBOT_WATCH", "maybe"), "TALKBOT_WATCH:"},
		{with(http, "TALKBOT_SHUTDOWN_TIMEOUT", "10"), "TALKBOT_SHUTDOWN_TIMEOUT: \"10\" is not a duration"},
		{with(http, "TALKBOT_SHUTDOWN_TIMEOUT", "0s"), "TALKBOT_SHUTDOWN_TIMEOUT:"},
		{with(http, "TALKBOT_ADMINS", "slack:T1/U1,bob"), `TALKBOT_ADMINS: "bob"`},
		{with(http, "TALKBOT_CORPUS", filepath.Join(tmp, "missing")), "TALKBOT_CORPUS:"},
		{with(http, "TALKBOT_CORPUS", file), "TALKBOT_CORPUS:"},
		{with(http, "TALKBOT_INDEX_PATH", file), "TALKBOT_INDEX_PATH:"},
		{with(http, "TALKBOT_FEEDS", "https://example.org/rss.xml"), "TALKBOT_FEEDS is set without TALKBOT_CORPUS"},
		{with(http, "TALKBOT_CORPUS", tmp, "TALKBOT_FEEDS", "https://example.org/rss.xml file:///etc/passwd"), "TALKBOT_FEEDS:"},
		{with(http, "TALKBOT_CORPUS", tmp, "TALKBOT_FEEDS", "https://example.org/rss.xml", "TALKBOT_FEED_INTERVAL", "5s"), "TALKBOT_FEED_INTERVAL: 5s is shorter"},
		{with(http, "TALKBOT_FEED_INTERVAL", "often"), "TALKBOT_FEED_INTERVAL:"},
		{with(http, "TALKBOT_TIMEZONE", "Mars/Olympus"), "TALKBOT_TIMEZONE:"},
	} {
		setEnv(t, c.env)
		_, err := loadConfig()
		if err == nil || !strings.HasPrefix(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("env %v: error %v; want one line starting %q", c.env, err, c.want)
		}
	}
}

func TestConfigDefaults(t *testing.T) {
	setEnv(t, map[string]string{"TALKBOT_HTTP_ADDR": ":8080", "TALKBOT_ADMINS": " slack:T1/U1 , discord:42,", "TALKBOT_LOG_FORMAT": "JSON"})
	c, err := loadConfig()
	if err != nil {
		t.Fatal(err)
	}
	if c.RatePerMinute != 20 || c.RateBurst != 0 || !c.Watch || c.ShutdownTimeout != 10*time.Second || c.FeedInterval != 10*time.Minute || c.Feeds != "" || c.LogFormat != "json" || c.LogLevel != "info" || c.LogText {
		t.Errorf("defaults: %+v", c)
	}
	if strings.Join(c.Admins, "|") != "slack:T1/U1|discord:42" {
		t.Errorf("admins = %q", c.Admins)
	}
}

// TestConfigDotEnv: .env fills in what the environment does not set.
func TestConfigDotEnv(t *testing.T) {
	setEnv(t, map[string]string{"TALKBOT_HTTP_ADDR": "127.0.0.1:1"})
	dir := t.TempDir()
	writeFile(t, dir, ".env", "# local settings\nTALKBOT_HTTP_ADDR=127.0.0.1:2\nTALKBOT_LOG_LEVEL=warn\nTALKBOT_RATE_PER_MINUTE=5\n")
	t.Chdir(dir)
	set, err := loadDotEnv(".env")
	for _, k := range set {
		t.Setenv(k, os.Getenv(k)) // restored when the test ends
	}
	if err != nil {
		t.Fatal(err)
	}
	c, err := loadConfig()
	if err != nil {
		t.Fatal(err)
	}
	if c.HTTPAddr != "127.0.0.1:1" || c.LogLevel != "warn" || c.RatePerMinute != 5 {
		t.Errorf("config from .env: addr %q level %q rate %d; want the environment's addr, the file's level and rate", c.HTTPAddr, c.LogLevel, c.RatePerMinute)
	}
	writeFile(t, dir, ".env", "TALKBOT_LOG_LEVEL='unterminated\n=x\n")
	if _, err := loadDotEnv(".env"); err == nil || !strings.HasPrefix(err.Error(), ".env:") {
		t.Errorf("a broken .env: %v", err)
	}
}

func TestServeCheck(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	setEnv(t, map[string]string{
		"TALKBOT_HTTP_ADDR": "127.0.0.1:8080", "TALKBOT_CORPUS": dir, "TALKBOT_INDEX_PATH": filepath.Join(dir, ".index"),
		"SLACK_BOT_TOKEN": "xoxb-SECRET-1", "SLACK_APP_TOKEN": "xapp-SECRET-2", "SLACK_SIGNING_SECRET": "SECRET-3",
		"DISCORD_BOT_TOKEN": "SECRET-4", "DISCORD_GUILD_ID": "1234", "DISCORD_PUBLIC_KEY": testPublicKey,
		"TALKBOT_ADMINS": "slack:T1/U1",
	})
	out, errOut, code := runCmd(t, "", "serve", "--check")
	if code != 0 {
		t.Fatalf("serve --check: exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"configuration is valid",
		"corpus:    " + dir + " (watched for changes)",
		"index:     on disk at " + filepath.Join(dir, ".index"),
		"http:      127.0.0.1:8080: GET /healthz, POST /slack/commands, /slack/events, /slack/interactions, POST /discord/interactions",
		"slack:     socket mode on, http on",
		"discord:   gateway on (/talks in guild 1234), http interactions on",
		"rate:      20 questions a minute per user, burst 20",
		"admins:    slack:T1/U1",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("serve --check output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out+errOut, "SECRET") {
		t.Errorf("serve --check shows a secret:\n%s%s", out, errOut)
	}

	os.Unsetenv("SLACK_BOT_TOKEN")
	out, errOut, code = runCmd(t, "", "serve", "--check")
	if code != 1 || out != "" || errOut != "talkbot serve: SLACK_APP_TOKEN is set without SLACK_BOT_TOKEN: Socket Mode needs both\n" {
		t.Errorf("serve --check with a bad setting: exit %d, out %q, err %q", code, out, errOut)
	}
	if _, errOut, code := runCmd(t, "", "serve", "--check", "extra"); code != 2 || !strings.Contains(errOut, "usage") {
		t.Errorf("serve with an argument: exit %d %q", code, errOut)
	}
}

// TestDocsListEveryVariable keeps .env.example and the operations guide in
// step with what serve reads.
func TestDocsListEveryVariable(t *testing.T) {
	for _, f := range []string{"../../.env.example", "../../docs/operations.md"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range envVars {
			if !strings.Contains(string(data), v) {
				t.Errorf("%s does not describe %s", f, v)
			}
		}
	}

	// .env.example copied as it is to .env is valid and serves nothing yet.
	example, err := os.ReadFile("../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	setEnv(t, nil)
	dir := t.TempDir()
	writeFile(t, dir, ".env", string(example))
	t.Chdir(dir)
	set, err := loadDotEnv(".env")
	for _, k := range set {
		t.Setenv(k, os.Getenv(k))
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, err := loadConfig(); err != errNothingToServe {
		t.Errorf(".env.example as .env: %v; want %v", err, errNothingToServe)
	}
}

// TestServeLogsNoSecrets runs serve with every front door that can run
// without the internet, fake secrets, debug logs and question text on, and
// checks that no token or secret reaches the log.
func TestServeLogsNoSecrets(t *testing.T) {
	secrets := []string{"xoxb-SECRET-bot-4711", "xapp-1-SECRET-app-0815", testSecret}
	var mu sync.Mutex
	var seenAuth []string
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		mu.Lock()
		seenAuth = append(seenAuth, r.Header.Get("Authorization")+r.Form.Get("token"))
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"ok":false,"error":"invalid_auth"}`))
	}))
	defer api.Close()

	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	writeFile(t, dir, "broken.md", articleBroken)
	cfg := testConfig(dir)
	cfg.LogFormat, cfg.LogText = "json", true
	cfg.Platform = PlatformConfig{SlackBotToken: secrets[0], SlackAppToken: secrets[1], SlackSigningSecret: secrets[2], DiscordPublicKey: testPublicKey}
	logs := &testkit.Buffer{}
	m := NewMain(cfg, logs)
	m.slackAPIURL = api.URL
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-m.Failed():
		if !strings.Contains(err.Error(), "rejected") {
			t.Errorf("Socket Mode failed with %v; want the token rejected", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("Socket Mode with a rejected token did not fail")
	}
	slashCommand(t, m.Addr(), "U1", askTruce)
	slashCommand(t, m.Addr(), "UADMIN", "reload")
	res, err := http.Post("http://"+m.Addr()+"/discord/interactions", "application/json", strings.NewReader(`{"type":1}`))
	if err != nil || res.StatusCode != 401 {
		t.Errorf("unsigned Discord interaction: %v %v", res, err)
	} else {
		res.Body.Close()
	}
	if err := m.Close(); err != nil {
		t.Error(err)
	}
	mu.Lock()
	if len(seenAuth) == 0 || !strings.Contains(seenAuth[0], secrets[0]) {
		t.Errorf("the fake Slack API saw %q; want the bot token used", seenAuth)
	}
	mu.Unlock()
	out := logs.String()
	if os.Getenv("SHOWLOG") != "" {
		t.Log(out)
	}
	for _, want := range []string{"question answered", "we are closer than a month ago", "skipped a file", "a front door stopped", "bot token rejected"} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	for _, s := range append(secrets, "SECRET") {
		if strings.Contains(out, s) {
			t.Errorf("log shows the secret %q:\n%s", s, out)
		}
	}
}

// TestServeGracefulShutdown cancels serve's context while a slow answer is
// in flight: the answer is still given, then the listener is gone.
func TestServeGracefulShutdown(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	entered := make(chan struct{})
	var once sync.Once
	m := NewMain(testConfig(dir), &testkit.Buffer{})
	m.beforeHandle = func(ctx context.Context, req bot.Request) {
		if req.User == "slack:T1/USLOW" {
			once.Do(func() { close(entered) })
			// Answer only once shutdown has begun: the listener
			// refuses new connections.
			for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
				c, err := net.DialTimeout("tcp", m.Addr(), time.Second)
				if err != nil {
					return
				}
				c.Close()
				if time.Now().After(deadline) {
					t.Error("shutdown did not begin while an answer was in flight")
					return
				}
			}
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if err := m.Run(ctx); err != nil {
		t.Fatal(err)
	}
	addr := m.Addr()
	served := make(chan error, 1)
	go func() { served <- m.Wait(ctx) }()

	type result struct {
		code int
		res  slashResponse
		err  error
	}
	answered := make(chan result, 1)
	go func() {
		code, res, err := postSlash(addr, "USLOW", askTruce)
		answered <- result{code, res, err}
	}()
	<-entered
	cancel()

	r := <-answered
	if r.err != nil || r.code != 200 || !strings.Contains(r.res.Text, "We are closer than we were a month ago") {
		t.Errorf("the answer in flight at shutdown: %d %+v %v", r.code, r.res, r.err)
	}
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("Wait: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
	if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		c.Close()
		t.Error("the listener still accepts after shutdown")
	}
}

func TestProgressLogsWhenNotATerminal(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, slog.New(slog.NewTextHandler(&buf, nil)), "indexing statements", "statements")
	p.every = 0
	p.update(500, 2000)
	p.update(2000, 2000)
	p.finish()
	if got := buf.String(); !strings.Contains(got, `msg="indexing statements" done=500 total=2000 percent=25`) || strings.Count(got, "\n") != 1 {
		t.Errorf("progress log:\n%s", got)
	}
}

func TestProgressBarOnATerminal(t *testing.T) {
	var buf testkit.Buffer
	p := newProgress(&buf, slog.New(slog.NewTextHandler(&buf, nil)), "indexing statements", "statements")
	p.tty = true
	p.update(500, 2000)
	p.update(2000, 2000)
	p.finish()
	if got := buf.String(); !strings.Contains(got, "indexing statements") || strings.Contains(got, "level=") {
		t.Errorf("progress bar output: %q", got)
	}
}

// loadConfig reads the environment and checks it, as serve does.
func loadConfig() (*Config, error) {
	c, err := readConfig()
	if err != nil {
		return nil, err
	}
	if err := c.validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// TestLoggerRedacts: serve's logger, in both formats, removes credentials
// from whatever is logged, by whichever part of serve.
func TestLoggerRedacts(t *testing.T) {
	const hook = "https://hooks.slack.com/commands/T1/1234/SeCrEtPaRt"
	const tok = "xoxb-111-222-SeCrEtToKeN"
	for _, format := range []string{"text", "json"} {
		var buf bytes.Buffer
		log := (&Config{LogFormat: format, LogLevel: "info"}).newLogger(&buf)
		log.Error("posting failed", "err", fmt.Errorf("post %q: EOF", hook), "token", tok)
		if out := buf.String(); strings.Contains(out, "SeCrEt") || !strings.Contains(out, "posting failed") {
			t.Errorf("%s: %s", format, out)
		}
	}
}

// A Slack app that only takes slash commands needs only its signing secret
// and an address to listen on.
func TestConfigSlashCommandsOnly(t *testing.T) {
	setEnv(t, map[string]string{"TALKBOT_HTTP_ADDR": "127.0.0.1:0", "SLACK_SIGNING_SECRET": "s"})
	c, err := loadConfig()
	if err != nil {
		t.Fatalf("signing secret without a bot token: %v", err)
	}
	if !c.slackHTTP() {
		t.Error("Slack over HTTP is off; want it on")
	}
}
