package slack

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gorilla/websocket"
	slackapi "github.com/slack-go/slack"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/internal/testkit"
)

const (
	testSecret = "8f742231b10e8888abcd99yyyzzz85a5"
	testBotID  = "UBOT"
)

// fakeCore is the core as the adapter sees it: canned answers, recorded
// requests, an optional delay.
type fakeCore struct {
	delay time.Duration

	mu    sync.Mutex
	calls []bot.Request
}

func (f *fakeCore) Handle(ctx context.Context, req bot.Request) bot.Answer {
	f.mu.Lock()
	f.calls = append(f.calls, req)
	f.mu.Unlock()
	if f.delay > 0 {
		select {
		case <-time.After(f.delay):
		case <-ctx.Done():
		}
	}
	return cannedAnswer(req)
}

func (f *fakeCore) requests() []bot.Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]bot.Request(nil), f.calls...)
}

// cannedAnswer answers "help" with help, "fail …" with an error, "what did
// Putin …" with "I don't know", "panic"
// by panicking and anything else with one sourced quote.
func cannedAnswer(req bot.Request) bot.Answer {
	switch {
	case req.Text == "help":
		return bot.Answer{Question: req.Text, Intent: bot.Help, Found: true,
			Summary: "Ask me about the ceasefire talks.", Note: "/talks status [topic] · /talks who <words>"}
	case strings.HasPrefix(req.Text, "fail"):
		return bot.Answer{Question: req.Text, Intent: bot.None, Summary: "Too many questions; wait a minute.", Error: true}
	case req.Text == "panic":
		panic("core exploded")
	case strings.HasPrefix(req.Text, "what did Putin"):
		return bot.Answer{Question: req.Text, Intent: bot.WhatSaid, Summary: "I have no sourced statement from Putin on that."}
	}
	return bot.Answer{
		Question: req.Text, Intent: bot.WhoSaid, Found: true,
		Summary: "Antony Blinken said it on 2024-09-25, to NBC News.",
		Items: []bot.Item{{
			Kind: corpus.Quote, Speaker: "Antony Blinken", SpeakerTitle: "US Secretary of State",
			Text:   "we don't think that war is the solution",
			SaidOn: "2024-09-25", Where: "NBC News",
			Source: corpus.Source{Title: "US works on a ceasefire plan", Outlet: "CNN", URL: "https://example.com/a?x=1&y=2", Published: "2024-09-25"},
		}},
		Note: "Asked: " + req.Text,
	}
}

// post is one message Slack received from the adapter.
type post struct {
	Method       string // chat.postMessage, chat.postEphemeral, response_url
	Channel      string
	ThreadTS     string
	User         string
	Text         string
	ResponseType string
	Blocks       slackapi.Blocks
}

// fakeSlack is a local Slack: the Web API methods the adapter calls, a
// response_url endpoint and a Socket Mode websocket endpoint.
type fakeSlack struct {
	t   *testing.T
	srv *httptest.Server

	mu          sync.Mutex
	posts       []post
	attempts    map[string]int      // method → calls, rejected ones included
	rateLimit   int                 // chat.postMessage calls still to answer 429
	failNext    int                 // chat.postMessage calls still to answer ok:false
	openErrors  []int               // apps.connections.open: HTTP statuses to answer first
	openAuthErr bool                // apps.connections.open answers invalid_auth
	managers    map[string][]string // channel → its managers, for admin.roles.listAssignments

	conns chan *websocket.Conn
}

func newFakeSlack(t *testing.T) *fakeSlack {
	t.Helper()
	f := &fakeSlack{t: t, attempts: map[string]int{}, conns: make(chan *websocket.Conn, 4)}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/auth.test", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]any{"ok": true, "user_id": testBotID, "bot_id": "BBOT", "team_id": "T1", "team": "Test"})
	})
	mux.HandleFunc("POST /api/chat.postMessage", f.chatPost)
	mux.HandleFunc("POST /api/chat.postEphemeral", f.chatPost)
	mux.HandleFunc("POST /hook/{id}", f.responseURL)
	mux.HandleFunc("POST /api/apps.connections.open", f.connectionsOpen)
	mux.HandleFunc("POST /api/admin.roles.listAssignments", f.listAssignments)
	upgrader := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	mux.HandleFunc("GET /ws", func(w http.ResponseWriter, r *http.Request) {
		c, err := upgrader.Upgrade(w, r, nil)
		if err != nil {
			t.Errorf("websocket upgrade: %v", err)
			return
		}
		f.conns <- c
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeSlack) apiURL() string { return f.srv.URL + "/api/" }

func (f *fakeSlack) hookURL(id string) string { return f.srv.URL + "/hook/" + id }

func (f *fakeSlack) chatPost(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		f.t.Errorf("chat post: %v", err)
		return
	}
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	f.mu.Lock()
	f.attempts[method]++
	limited := method == "chat.postMessage" && f.rateLimit > 0
	if limited {
		f.rateLimit--
	}
	failed := !limited && method == "chat.postMessage" && f.failNext > 0
	if failed {
		f.failNext--
	}
	f.mu.Unlock()
	if limited {
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
		return
	}
	if failed {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_blocks"})
		return
	}
	p := post{Method: method, Channel: r.PostForm.Get("channel"), ThreadTS: r.PostForm.Get("thread_ts"),
		User: r.PostForm.Get("user"), Text: r.PostForm.Get("text")}
	if b := r.PostForm.Get("blocks"); b != "" {
		if err := json.Unmarshal([]byte(b), &p.Blocks); err != nil {
			f.t.Errorf("blocks sent to %s do not parse: %v", method, err)
		}
	}
	if tooLong(p.Text, p.Blocks.BlockSet) != "" {
		writeJSON(w, map[string]any{"ok": false, "error": tooLong(p.Text, p.Blocks.BlockSet)})
		return
	}
	f.record(p)
	writeJSON(w, map[string]any{"ok": true, "channel": p.Channel, "ts": "1700000000.000100", "message_ts": "1700000000.000100"})
}

func (f *fakeSlack) responseURL(w http.ResponseWriter, r *http.Request) {
	var msg struct {
		Text         string          `json:"text"`
		ResponseType string          `json:"response_type"`
		Blocks       slackapi.Blocks `json:"blocks"`
	}
	if err := json.NewDecoder(r.Body).Decode(&msg); err != nil {
		f.t.Errorf("response_url body: %v", err)
	}
	f.mu.Lock()
	f.attempts["response_url"]++
	f.mu.Unlock()
	if e := tooLong(msg.Text, msg.Blocks.BlockSet); e != "" {
		f.t.Errorf("response_url: Slack would refuse the message: %s", e)
	}
	f.record(post{Method: "response_url", Channel: r.PathValue("id"), Text: msg.Text, ResponseType: msg.ResponseType, Blocks: msg.Blocks})
	w.Header().Set("Content-Type", "text/plain")
	_, _ = io.WriteString(w, "ok")
}

func (f *fakeSlack) connectionsOpen(w http.ResponseWriter, r *http.Request) {
	if got := r.Header.Get("Authorization"); got != "Bearer xapp-test" {
		f.t.Errorf("apps.connections.open authorization = %q, want the app token", got)
	}
	f.mu.Lock()
	f.attempts["apps.connections.open"]++
	authErr := f.openAuthErr
	status := 0
	if len(f.openErrors) > 0 {
		status, f.openErrors = f.openErrors[0], f.openErrors[1:]
	}
	f.mu.Unlock()
	switch {
	case authErr:
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
	case status != 0:
		w.WriteHeader(status)
	default:
		writeJSON(w, map[string]any{"ok": true, "url": "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/ws"})
	}
}

// listAssignments answers admin.roles.listAssignments as Slack does for an
// Enterprise organisation's admin user token, and refuses a bot token.
func (f *fakeSlack) listAssignments(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		f.t.Errorf("admin.roles.listAssignments: %v", err)
		return
	}
	f.mu.Lock()
	f.attempts["admin.roles.listAssignments"]++
	managers := f.managers
	f.mu.Unlock()
	if r.Header.Get("Authorization") != "Bearer xoxp-admin" && r.PostForm.Get("token") != "xoxp-admin" {
		writeJSON(w, map[string]any{"ok": false, "error": "not_allowed_token_type"})
		return
	}
	if r.PostForm.Get("role_ids") != "Rl0A" {
		f.t.Errorf("role_ids = %q; want the channel manager role", r.PostForm.Get("role_ids"))
	}
	var out []map[string]any
	for _, ch := range strings.Split(r.PostForm.Get("entity_ids"), ",") {
		for _, u := range managers[ch] {
			out = append(out, map[string]any{"role_id": "Rl0A", "entity_id": ch, "user_id": u, "date_create": 1700000000})
		}
	}
	writeJSON(w, map[string]any{"ok": true, "role_assignments": out, "response_metadata": map[string]any{"next_cursor": ""}})
}

// tooLong is the error Slack gives a message too big to take: more than
// 50 blocks, blocks holding about 12,000 characters of text together
// (msg_blocks_too_long, measured, not documented), or text over 40,000.
func tooLong(text string, blocks []slackapi.Block) string {
	switch {
	case len(blocks) > 50:
		return "invalid_blocks"
	case utf8.RuneCountInString(allTexts(blocks)) > 12000:
		return "msg_blocks_too_long"
	case utf8.RuneCountInString(text) > 40000:
		return "msg_too_long"
	}
	return ""
}

func (f *fakeSlack) record(p post) {
	f.mu.Lock()
	f.posts = append(f.posts, p)
	f.mu.Unlock()
}

func (f *fakeSlack) allPosts() []post {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]post(nil), f.posts...)
}

func (f *fakeSlack) attemptsOf(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.attempts[method]
}

// waitPosts waits until Slack has received n posts and returns them.
func (f *fakeSlack) waitPosts(t *testing.T, n int) []post {
	t.Helper()
	var got []post
	if !testkit.Within(5*time.Second, func() bool {
		got = f.allPosts()
		return len(got) >= n
	}) {
		t.Fatalf("Slack received %d posts, want %d: %+v", len(got), n, got)
	}
	return got
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// sign signs body as Slack does: v0=hex(HMAC-SHA256(secret, "v0:ts:body")).
func sign(secret string, ts time.Time, body string) (timestamp, signature string) {
	timestamp = strconv.FormatInt(ts.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:%s", timestamp, body)
	return timestamp, "v0=" + hex.EncodeToString(mac.Sum(nil))
}

// signedRequest is a request to path as Slack would send it now.
func signedRequest(path, contentType, body string) *http.Request {
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	req.Header.Set("Content-Type", contentType)
	ts, sig := sign(testSecret, time.Now(), body)
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", sig)
	return req
}

// testLogger writes the adapter's log lines to the test log.
// Lines logged after the test has ended are dropped.
func testLogger(t *testing.T) *slog.Logger {
	w := &testWriter{t: t}
	t.Cleanup(func() { w.done.Store(true) })
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testWriter struct {
	t    *testing.T
	done atomic.Bool
}

func (w *testWriter) Write(p []byte) (int, error) {
	if !w.done.Load() {
		w.t.Log(strings.TrimRight(string(p), "\n"))
	}
	return len(p), nil
}

// allTexts is every piece of text in blocks, joined, for assertions.
func allTexts(blocks []slackapi.Block) string {
	var b strings.Builder
	for _, bl := range blocks {
		switch x := bl.(type) {
		case *slackapi.SectionBlock:
			if x.Text != nil {
				b.WriteString(x.Text.Text + "\n")
			}
		case *slackapi.ContextBlock:
			for _, e := range x.ContextElements.Elements {
				if tb, ok := e.(*slackapi.TextBlockObject); ok {
					b.WriteString(tb.Text + "\n")
				}
			}
		}
	}
	return b.String()
}
