package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/testkit"
)

const testSecret = "8f742231b10e8888abcd99yyyzzz85a5"

// Articles written the way the news writes them, each with a quote the
// tests ask about.
const (
	articleTruce = `---
title: Mediators press for a truce in Gaza
outlet: Gulf Wire
published: 2024-11-20
topics: [Gaza]
---
CAIRO — Egyptian and Qatari mediators pressed Israel and Hamas on Wednesday to accept a phased truce.

“We are closer than we were a month ago,” a senior Egyptian official said on Tuesday.
`
	askTruce = "who said we are closer than a month ago"

	articleAid = `---
title: Norway urges aid access as talks resume
outlet: Nordic Post
published: 2024-12-02
topics: [Gaza]
---
OSLO — Norway called on both sides to let more aid trucks through as negotiators gathered again in Doha.

“The crossings must open before the winter comes,” Norwegian Foreign Minister Espen Barth Eide said on Monday.
`
	askAid = "who said the crossings must open before the winter"

	articleBroken = "---\ntitle: [unclosed\n---\nThe body of an article whose front matter is broken.\n"
)

func writeFile(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// testConfig is the configuration of a serve on a free local port with
// Slack over HTTP, answering from dir.
func testConfig(dir string) *Config {
	return &Config{
		Corpus: dir, HTTPAddr: "127.0.0.1:0", LogFormat: "text", LogLevel: "debug", Watch: true,
		ShutdownTimeout: 10 * time.Second, Admins: []string{"slack:T1/UADMIN"},
		Platform: PlatformConfig{SlackBotToken: "xoxb-test", SlackSigningSecret: testSecret},
	}
}

// startMain runs a Main for cfg and closes it when the test ends.
func startMain(t *testing.T, cfg *Config, tweak ...func(*Main)) (*Main, *testkit.Buffer) {
	t.Helper()
	if cfg.Database == "" && cfg.DatabaseURL == "" {
		cfg.Database = filepath.Join(t.TempDir(), "talkbot.db")
	}
	logs := &testkit.Buffer{}
	m := NewMain(cfg, logs)
	m.debounce = 200 * time.Millisecond
	m.settle = 300 * time.Millisecond
	for _, f := range tweak {
		f(m)
	}
	if err := m.Run(context.Background()); err != nil {
		m.Close()
		t.Fatalf("Run: %v\n%s", err, logs)
	}
	t.Cleanup(func() {
		if err := m.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return m, logs
}

type slashResponse struct {
	ResponseType string `json:"response_type"`
	Text         string `json:"text"`
}

// slashCommand posts /talks TEXT to serve as Slack would, signed with the
// test secret, and returns the immediate response.
func slashCommand(t *testing.T, addr, user, text string) (int, slashResponse) {
	t.Helper()
	code, res, err := postSlash(addr, user, text)
	if err != nil {
		t.Fatal(err)
	}
	return code, res
}

var triggers atomic.Int64

func postSlash(addr, user, text string) (int, slashResponse, error) {
	// Slack gives every invocation its own trigger_id, so no two bodies
	// (and signatures) are the same.
	form := url.Values{"command": {"/talks"}, "text": {text}, "team_id": {"T1"}, "user_id": {user},
		"channel_id": {"C1"}, "response_url": {"https://hooks.slack.com/commands/T1/1/x"},
		"trigger_id": {fmt.Sprintf("%d.%d", time.Now().UnixNano(), triggers.Add(1))}}
	body := form.Encode()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(testSecret))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	req, _ := http.NewRequest("POST", "http://"+addr+"/slack/commands", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, slashResponse{}, fmt.Errorf("POST /slack/commands: %w", err)
	}
	defer res.Body.Close()
	var out slashResponse
	data, _ := io.ReadAll(res.Body)
	if len(bytes.TrimSpace(data)) > 0 {
		if err := json.Unmarshal(data, &out); err != nil {
			return res.StatusCode, out, fmt.Errorf("slash command response %q: %w", data, err)
		}
	}
	return res.StatusCode, out, nil
}

type healthz struct {
	Status       string    `json:"status"`
	Statements   int       `json:"statements"`
	Articles     int       `json:"articles"`
	Skipped      int       `json:"skipped_files"`
	AsOf         string    `json:"as_of"`
	Built        time.Time `json:"built"`
	Index        string    `json:"index"`
	Reloads      int       `json:"reloads"`
	ReloadFailed bool      `json:"last_reload_failed"`
	ReloadAt     time.Time `json:"last_reload_at"`
	WatchFailed  bool      `json:"watch_failed"`
	Feeds        []struct {
		URL         string    `json:"url"`
		OK          bool      `json:"ok"`
		LastSuccess time.Time `json:"last_success"`
		LastError   string    `json:"last_error"`
		ItemsSaved  int       `json:"items_saved"`
	} `json:"feeds"`
}

func health(t *testing.T, addr string) healthz {
	t.Helper()
	res, err := http.Get("http://" + addr + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("GET /healthz: %s %s", res.Status, res.Header.Get("Content-Type"))
	}
	var h healthz
	if err := json.NewDecoder(res.Body).Decode(&h); err != nil {
		t.Fatal(err)
	}
	return h
}

// ask asks the running bot directly, as an adapter does.
func ask(m *Main, q string) bot.Answer {
	return m.Bot().Handle(context.Background(), bot.Request{Text: q, User: "test:1", Platform: "test"})
}

func found(a bot.Answer, speaker string) bool {
	return a.Found && len(a.Items) > 0 && strings.Contains(a.Items[0].Speaker, speaker)
}

// TestServeHTTPAndWatch runs serve with Slack over HTTP and the health
// check: an article copied into the corpus folder is answered within a
// few seconds, with no restart.
func TestServeHTTPAndWatch(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	m, logs := startMain(t, testConfig(dir))
	addr := m.Addr()

	h := health(t, addr)
	if h.Status != "ok" || h.Statements != 2 || h.Articles != 1 || h.AsOf != "2024-11-20" || h.Index != "memory" || h.Built.IsZero() {
		t.Errorf("healthz = %+v; want ok, 2 statements, 1 article, as of 2024-11-20", h)
	}

	code, res := slashCommand(t, addr, "U1", askTruce)
	if code != 200 || !strings.Contains(res.Text, "We are closer than we were a month ago") || res.ResponseType != "in_channel" {
		t.Fatalf("/talks %s = %d %+v", askTruce, code, res)
	}
	if _, res := slashCommand(t, addr, "U1", askAid); strings.Contains(res.Text, "Barth Eide") {
		t.Fatalf("answered before the article was added: %+v", res)
	}

	writeFile(t, dir, "aid.md", articleAid)
	testkit.Eventually(t, 5*time.Second, "the new article is answered", func() bool {
		_, res := slashCommand(t, addr, "U1", askAid)
		return strings.Contains(res.Text, "The crossings must open before the winter comes") && strings.Contains(res.Text, "Espen Barth Eide")
	})
	if h := health(t, addr); h.Statements != 4 || h.Articles != 2 || h.Reloads != 1 || h.AsOf != "2024-12-02" {
		t.Errorf("healthz after the reload = %+v", h)
	}
	if !strings.Contains(logs.String(), `msg="question answered" platform=slack intent=who_said found=true`) {
		t.Errorf("no log line per question answered:\n%s", logs)
	}

	// A new subfolder is watched too.
	writeFile(t, filepath.Join(dir, "2024", "dec"), "copy.md", strings.Replace(articleAid, "Nordic Post", "Other Post", 1)+"\nIt was the third round this year.\n")
	testkit.Eventually(t, 5*time.Second, "an article in a new subfolder is loaded", func() bool { return health(t, addr).Articles == 3 })

	// The reload command is for admins only.
	if _, res := slashCommand(t, addr, "U1", "reload"); !strings.Contains(res.Text, "Only the bot's admins") {
		t.Errorf("reload by a non-admin: %+v", res)
	}
	if _, res := slashCommand(t, addr, "UADMIN", "reload"); !strings.HasPrefix(res.Text, "Reloaded: ") || !strings.Contains(res.Text, "statements from 3 articles") {
		t.Errorf("reload by an admin: %+v", res)
	}

	// A request that fails the signature check changes nothing.
	req, _ := http.NewRequest("POST", "http://"+addr+"/slack/commands", strings.NewReader("text=reload&user_id=UADMIN&team_id=T1"))
	req.Header.Set("X-Slack-Request-Timestamp", strconv.FormatInt(time.Now().Unix(), 10))
	req.Header.Set("X-Slack-Signature", "v0="+strings.Repeat("0", 64))
	if res, err := http.DefaultClient.Do(req); err != nil || res.StatusCode != 401 {
		t.Errorf("forged request: %v %v", res, err)
	} else {
		res.Body.Close()
	}
}

// TestServeBrokenFileAndFailedReload: a broken article is reported and
// skipped while the others are still answered; a reload that finds nothing
// to answer from keeps the index in use.
func TestServeBrokenFileAndFailedReload(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "corpus")
	writeFile(t, dir, "truce.md", articleTruce)
	m, logs := startMain(t, testConfig(dir))
	addr := m.Addr()

	writeFile(t, dir, "broken.md", articleBroken)
	writeFile(t, dir, "aid.md", articleAid)
	testkit.Eventually(t, 5*time.Second, "the reload with a broken file is done", func() bool { return health(t, addr).Articles == 2 })
	if h := health(t, addr); h.Skipped != 1 || h.ReloadFailed {
		t.Errorf("healthz = %+v; want 1 file skipped and the reload not failed", h)
	}
	if !strings.Contains(logs.String(), "skipped a file") || !strings.Contains(logs.String(), "broken.md") {
		t.Errorf("the broken file is not reported in the log:\n%s", logs)
	}
	if !found(ask(m, askTruce), "Egyptian official") || !found(ask(m, askAid), "Espen Barth Eide") {
		t.Fatal("the good articles are not answered beside a broken one")
	}
	if _, res := slashCommand(t, addr, "UADMIN", "reload"); !strings.Contains(res.Text, "1 file skipped (broken.md)") {
		t.Errorf("the reload command does not report the broken file: %+v", res)
	}

	// The folder is replaced by an empty one: zero statements is a failed
	// reload, and the old index keeps answering.
	if err := os.Rename(dir, filepath.Join(root, "corpus.bak")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	testkit.Eventually(t, 5*time.Second, "the failed reload is logged", func() bool {
		return strings.Contains(logs.String(), "reload failed; still answering from the index in use")
	})
	if h := health(t, addr); !h.ReloadFailed || h.Statements != 4 {
		t.Errorf("healthz after a failed reload = %+v; want the old 4 statements and last_reload_failed", h)
	}
	if !found(ask(m, askTruce), "Egyptian official") {
		t.Fatal("a failed reload lost the old index")
	}
	_, res := slashCommand(t, addr, "UADMIN", "reload")
	if !strings.Contains(res.Text, "Reload failed; I am still answering from the articles I had") || !strings.Contains(res.Text, "no statements found") {
		t.Errorf("reload command on an empty folder: %+v", res)
	}

	// The new folder is watched: an article written there is picked up.
	writeFile(t, dir, "aid.md", articleAid)
	testkit.Eventually(t, 5*time.Second, "the replaced folder is watched", func() bool {
		h := health(t, addr)
		return h.Articles == 1 && !h.ReloadFailed
	})
	if found(ask(m, askTruce), "Egyptian official") || !found(ask(m, askAid), "Espen Barth Eide") {
		t.Error("the index does not follow the replaced folder")
	}
}

// TestServeReloadUnderLoad asks continuously from several goroutines while
// the index is reloaded five times: every answer must be found.
func TestServeReloadUnderLoad(t *testing.T) {
	for _, onDisk := range []bool{false, true} {
		t.Run(map[bool]string{false: "memory", true: "disk"}[onDisk], func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, "truce.md", articleTruce)
			cfg := testConfig(dir)
			cfg.Watch = false
			if onDisk {
				cfg.IndexPath = filepath.Join(t.TempDir(), "idx")
			}
			m, logs := startMain(t, cfg, func(m *Main) { m.grace = 300 * time.Millisecond })

			var asked, failed atomic.Int64
			var firstFail atomic.Pointer[bot.Answer]
			stop := make(chan struct{})
			var wg sync.WaitGroup
			for range 4 {
				wg.Go(func() {
					for {
						select {
						case <-stop:
							return
						default:
						}
						a := ask(m, askTruce)
						asked.Add(1)
						if !found(a, "Egyptian official") {
							failed.Add(1)
							firstFail.CompareAndSwap(nil, &a)
						}
					}
				})
			}
			for i := range 5 {
				// Each reload brings one more article, so each swaps.
				writeFile(t, dir, fmt.Sprintf("extra%d.md", i), strings.Replace(articleAid, "Nordic Post", fmt.Sprintf("Post %d", i), 1)+fmt.Sprintf("\nRound %d ended without a deal.\n", i))
				msg, err := m.rl.reload(context.Background(), "test", false)
				if err != nil || !strings.HasPrefix(msg, "Reloaded:") {
					t.Errorf("reload %d: %q %v", i, msg, err)
				}
				// Let questions run on each index.
				n := asked.Load()
				testkit.Eventually(t, 10*time.Second, "questions asked after the reload", func() bool { return asked.Load() >= n+8 })
			}
			close(stop)
			wg.Wait()
			if n := failed.Load(); n > 0 {
				t.Fatalf("%d of %d answers failed during reloads; first: %+v", n, asked.Load(), *firstFail.Load())
			}
			if m.reloads.Load() != 5 {
				t.Errorf("%d reloads swapped; want 5", m.reloads.Load())
			}
			if got := m.state.Load().Articles; got != 6 {
				t.Errorf("%d articles after the reloads; want 6", got)
			}
			t.Logf("%d answers, all found", asked.Load())
			testkit.Eventually(t, 5*time.Second, "the swapped-out indexes are closed", func() bool {
				m.rl.mu.Lock()
				defer m.rl.mu.Unlock()
				return len(m.rl.retired) == 0
			})
			if strings.Contains(logs.String(), "level=WARN") || strings.Contains(logs.String(), "level=ERROR") {
				t.Errorf("reloads logged a problem:\n%s", logs)
			}
		})
	}
}

// TestServeReloadsCoalesce: triggers that arrive while a reload runs fold
// into one more reload, not one each.
func TestServeReloadsCoalesce(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	cfg := testConfig(dir)
	cfg.Watch = false
	m, _ := startMain(t, cfg)

	m.rl.sem <- struct{}{} // a reload is running
	for range 10 {
		m.rl.trigger("test", true)
	}
	if n := m.rl.queued.Load(); n < 1 || n > 2 {
		t.Errorf("10 triggers during a reload left %d reloads queued or waiting; want 1 or 2", n)
	}
	if n := m.reloads.Load(); n != 0 {
		t.Fatalf("%d reloads ran beside the one running", n)
	}
	<-m.rl.sem
	testkit.Eventually(t, 5*time.Second, "the queued reloads ran", func() bool { return m.rl.queued.Load() == 0 })
	if n := m.reloads.Load(); n < 1 || n > 2 {
		t.Errorf("10 triggers during a reload gave %d reloads; want 1 or 2", n)
	}
}

// TestServeReloadOnSIGHUP: SIGHUP reloads even without the watcher.
func TestServeReloadOnSIGHUP(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	cfg := testConfig(dir)
	cfg.Watch = false
	m, logs := startMain(t, cfg)
	writeFile(t, dir, "aid.md", articleAid)
	if m.watch.Load() != nil {
		t.Fatal("watching the corpus with TALKBOT_WATCH=false")
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	testkit.Eventually(t, 5*time.Second, "SIGHUP reloads", func() bool { return m.reloads.Load() == 1 })
	if !found(ask(m, askAid), "Espen Barth Eide") || !strings.Contains(logs.String(), "SIGHUP: reloading the corpus") {
		t.Errorf("after SIGHUP:\n%s", logs)
	}
}
