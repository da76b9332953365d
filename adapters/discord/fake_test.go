package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/internal/testkit"
)

// Test identities.
const (
	testToken = "test-bot-token-SECRET"
	testAppID = "900000000000000001"
	testBotID = "900000000000000002"
	testGuild = "900000000000000003"
	testChan  = "900000000000000004"
	testUser  = "900000000000000005"
)

// fakeHandler is the bot core in tests: canned answers, recorded requests.
type fakeHandler struct {
	mu       sync.Mutex
	reqs     []bot.Request
	delay    time.Duration // before answering, unless ctx ends first
	answer   func(bot.Request) bot.Answer
	speakers []string
}

func (f *fakeHandler) Handle(ctx context.Context, req bot.Request) bot.Answer {
	f.mu.Lock()
	f.reqs = append(f.reqs, req)
	delay, answer := f.delay, f.answer
	f.mu.Unlock()
	if req.Text == "panic" {
		panic("boom")
	}
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-ctx.Done():
		}
	}
	if answer == nil {
		answer = cannedAnswer
	}
	return answer(req)
}

func (f *fakeHandler) Speakers() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.speakers
}

func (f *fakeHandler) requests() []bot.Request {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]bot.Request(nil), f.reqs...)
}

var blinken = bot.Item{
	Kind: corpus.Quote, Speaker: "Antony Blinken", SpeakerTitle: "US Secretary of State",
	Text:   "It would be through a diplomatic agreement … we don't think that war is the solution",
	SaidOn: "2024-09-25", Where: "NBC News",
	Source: corpus.Source{Title: "US is working urgently on a plan to mediate a ceasefire between Israel and Hezbollah",
		Outlet: "CNN", URL: "https://edition.cnn.com/2024/09/25/politics/us-plan-ceasefire", Published: "2024-09-25"},
}

// cannedAnswer answers "help" with help, "fail" with an error answer and
// anything else with Blinken's quote.
func cannedAnswer(req bot.Request) bot.Answer {
	switch req.Text {
	case "help":
		return bot.Answer{Question: req.Text, Intent: bot.Help, Found: true, Summary: "Ask me who said what about the talks."}
	case "fail":
		return bot.Answer{Question: req.Text, Intent: bot.None, Error: true, Summary: "Slow down: too many questions."}
	}
	return bot.Answer{Question: req.Text, Intent: bot.WhoSaid, Found: true,
		Summary: "Antony Blinken said it on 2024-09-25, to NBC News.", Items: []bot.Item{blinken}}
}

// logBuffer collects a test's logs.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

func newLogger() (*slog.Logger, *logBuffer) {
	lb := &logBuffer{}
	return slog.New(slog.NewTextHandler(lb, &slog.HandlerOptions{Level: slog.LevelDebug})), lb
}

// restCall is one request the fake Discord received.
type restCall struct {
	Method, Path string
	Body         []byte
}

// fakeDiscord is a local stand-in for Discord: its REST API (gateway URL,
// application commands, interaction callbacks, webhooks, channel messages)
// and its gateway websocket.
type fakeDiscord struct {
	t   *testing.T
	srv *httptest.Server

	mu         sync.Mutex
	calls      []restCall
	commands   map[string][]byte // stored command lists by collection path
	cur        *fakeConn         // the connection that has said READY or RESUMED
	conns      []*fakeConn
	identifies int
	resumes    int
	seq        int64
	events     int64             // messages and interactions dispatched
	limited    map[string]int    // path prefix → how many more requests get 429
	threads    map[string]string // thread → its parent channel
	noThreads  bool              // starting a thread is refused (Missing Permissions)
	starts     []restCall        // requests to start a thread, kept apart from calls
}

type fakeConn struct {
	ws  *websocket.Conn
	wmu sync.Mutex
}

func (c *fakeConn) send(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return c.ws.WriteJSON(v)
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	f := &fakeDiscord{t: t, commands: map[string][]byte{}, threads: map[string]string{}}
	mux := http.NewServeMux()
	gateway := func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		writeTestJSON(w, map[string]any{"url": "ws://" + r.Host + "/ws", "shards": 1})
	}
	mux.HandleFunc("GET /api/v9/gateway", gateway)
	mux.HandleFunc("GET /api/v9/gateway/bot", gateway)
	mux.HandleFunc("GET /api/v9/applications/{app}/commands", f.listCommands)
	mux.HandleFunc("GET /api/v9/applications/{app}/guilds/{guild}/commands", f.listCommands)
	mux.HandleFunc("PUT /api/v9/applications/{app}/commands", f.putCommands)
	mux.HandleFunc("PUT /api/v9/applications/{app}/guilds/{guild}/commands", f.putCommands)
	mux.HandleFunc("POST /api/v9/interactions/{id}/{token}/callback", func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		w.WriteHeader(http.StatusNoContent)
	})
	message := func(w http.ResponseWriter, r *http.Request) {
		body := f.record(r)
		var m map[string]any
		json.Unmarshal(body, &m)
		m["id"] = fmt.Sprintf("%d", 800000000000000000+len(f.snapshot()))
		m["channel_id"] = testChan
		if ch := r.PathValue("channel"); ch != "" {
			m["channel_id"] = ch
		}
		writeTestJSON(w, m)
	}
	mux.HandleFunc("GET /api/v9/channels/{channel}", func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		id := r.PathValue("channel")
		f.mu.Lock()
		parent, isThread := f.threads[id]
		f.mu.Unlock()
		if isThread {
			writeTestJSON(w, map[string]any{"id": id, "type": 11, "guild_id": testGuild, "parent_id": parent, "name": "a thread"})
			return
		}
		writeTestJSON(w, map[string]any{"id": id, "type": 0, "guild_id": testGuild, "name": "general"})
	})
	mux.HandleFunc("POST /api/v9/channels/{channel}/messages/{msg}/threads", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var start struct {
			Name string `json:"name"`
		}
		json.Unmarshal(body, &start)
		f.mu.Lock()
		f.starts = append(f.starts, restCall{Method: r.Method, Path: r.URL.Path, Body: body})
		refuse := f.noThreads
		id := r.PathValue("msg") // a thread started from a message has its ID
		if !refuse {
			f.threads[id] = r.PathValue("channel")
		}
		f.mu.Unlock()
		if refuse {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusForbidden)
			w.Write([]byte(`{"message": "Missing Permissions", "code": 50013}`))
			return
		}
		if start.Name == "" || len([]rune(start.Name)) > 100 {
			f.t.Errorf("thread name %q; Discord takes 1 to 100 characters", start.Name)
		}
		writeTestJSON(w, map[string]any{"id": id, "type": 11, "guild_id": testGuild, "parent_id": r.PathValue("channel"), "name": start.Name})
	})
	mux.HandleFunc("PATCH /api/v9/webhooks/{app}/{token}/messages/{msg}", message)
	mux.HandleFunc("POST /api/v9/webhooks/{app}/{token}", message)
	mux.HandleFunc("POST /api/v9/channels/{channel}/messages", message)
	mux.HandleFunc("DELETE /api/v9/webhooks/{app}/{token}/messages/{msg}", func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("/ws/", f.gateway)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		t.Errorf("fake Discord: unexpected %s %s", r.Method, r.URL.Path)
		http.Error(w, `{"message": "404: Not Found", "code": 0}`, http.StatusNotFound)
	})
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if f.takeLimit(r.URL.Path) {
			f.record(r)
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusTooManyRequests)
			w.Write([]byte(`{"message": "You are being rate limited.", "retry_after": 0.05, "global": false}`))
			return
		}
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(func() {
		f.mu.Lock()
		conns := f.conns
		f.mu.Unlock()
		for _, c := range conns {
			c.ws.Close()
		}
		f.srv.Close()
	})
	return f
}

// rateLimit makes the next n requests under prefix get 429 Too Many Requests.
func (f *fakeDiscord) rateLimit(prefix string, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.limited == nil {
		f.limited = map[string]int{}
	}
	f.limited[prefix] = n
}

func (f *fakeDiscord) takeLimit(path string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	for prefix, n := range f.limited {
		if n > 0 && strings.HasPrefix(path, prefix) {
			f.limited[prefix] = n - 1
			return true
		}
	}
	return false
}

// client returns an HTTP client that sends every request, whatever its
// host, to the fake.
func (f *fakeDiscord) client() *http.Client {
	target, _ := url.Parse(f.srv.URL)
	return &http.Client{Timeout: 5 * time.Second, Transport: rewriteHost{target: target, next: f.srv.Client().Transport}}
}

type rewriteHost struct {
	target *url.URL
	next   http.RoundTripper
}

func (rh rewriteHost) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.URL.Scheme, r.URL.Host, r.Host = rh.target.Scheme, rh.target.Host, ""
	return rh.next.RoundTrip(r)
}

func writeTestJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func (f *fakeDiscord) record(r *http.Request) []byte {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls = append(f.calls, restCall{Method: r.Method, Path: r.URL.Path, Body: body})
	return body
}

func (f *fakeDiscord) snapshot() []restCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]restCall(nil), f.calls...)
}

// find returns the calls with this method whose path starts with prefix.
func (f *fakeDiscord) find(method, prefix string) []restCall {
	var out []restCall
	for _, c := range f.snapshot() {
		if c.Method == method && strings.HasPrefix(c.Path, prefix) {
			out = append(out, c)
		}
	}
	return out
}

// waitCalls waits until there are at least n such calls and returns them.
func (f *fakeDiscord) waitCalls(method, prefix string, n int) []restCall {
	f.t.Helper()
	var got []restCall
	testkit.Eventually(f.t, 10*time.Second, fmt.Sprintf("%d× %s %s", n, method, prefix), func() bool {
		got = f.find(method, prefix)
		return len(got) >= n
	})
	return got
}

func (f *fakeDiscord) listCommands(w http.ResponseWriter, r *http.Request) {
	f.record(r)
	f.mu.Lock()
	stored := f.commands[r.URL.Path]
	f.mu.Unlock()
	if stored == nil {
		stored = []byte("[]")
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(stored)
}

// putCommands stores the commands as Discord would: with IDs, a version and
// defaults talkbot did not set.
func (f *fakeDiscord) putCommands(w http.ResponseWriter, r *http.Request) {
	body := f.record(r)
	var cmds []map[string]any
	if err := json.Unmarshal(body, &cmds); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	for i, c := range cmds {
		c["id"] = fmt.Sprintf("70000000000000000%d", i)
		c["application_id"] = r.PathValue("app")
		c["version"] = "1"
		c["nsfw"] = false
		c["dm_permission"] = true
		if g := r.PathValue("guild"); g != "" {
			c["guild_id"] = g
		}
	}
	out, _ := json.Marshal(cmds)
	f.mu.Lock()
	f.commands[r.URL.Path] = out
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.Write(out)
}

// gateway speaks the gateway protocol: HELLO, then IDENTIFY → READY or
// RESUME → RESUMED, then heartbeat ACKs until the connection ends.
func (f *fakeDiscord) gateway(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &fakeConn{ws: ws}
	f.mu.Lock()
	f.conns = append(f.conns, c)
	f.mu.Unlock()
	defer ws.Close()
	if c.send(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}}) != nil {
		return
	}
	var hello struct {
		Op int             `json:"op"`
		D  json.RawMessage `json:"d"`
	}
	if ws.ReadJSON(&hello) != nil {
		return
	}
	switch hello.Op {
	case 2:
		var id struct {
			Token   string `json:"token"`
			Intents int    `json:"intents"`
		}
		json.Unmarshal(hello.D, &id)
		if id.Token != "Bot "+testToken {
			f.t.Errorf("IDENTIFY token = %q; want the bot token", id.Token)
		}
		if want := int(discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages); id.Intents != want {
			f.t.Errorf("IDENTIFY intents = %d; want %d", id.Intents, want)
		}
		f.mu.Lock()
		f.identifies++
		f.mu.Unlock()
		f.dispatchOn(c, "READY", map[string]any{
			"v": 10, "session_id": "session-1", "resume_gateway_url": "ws://" + r.Host + "/ws",
			"user":        map[string]any{"id": testBotID, "username": "talkbot", "bot": true},
			"application": map[string]any{"id": testAppID, "flags": 0},
			"guilds":      []any{map[string]any{"id": testGuild, "unavailable": true}},
		})
	case 6:
		f.mu.Lock()
		f.resumes++
		f.mu.Unlock()
		f.dispatchOn(c, "RESUMED", map[string]any{})
	default:
		f.t.Errorf("gateway: first op %d; want IDENTIFY or RESUME", hello.Op)
		return
	}
	f.mu.Lock()
	f.cur = c
	f.mu.Unlock()
	for {
		var m struct {
			Op int `json:"op"`
		}
		if err := ws.ReadJSON(&m); err != nil {
			return
		}
		if m.Op == 1 {
			c.send(map[string]any{"op": 11})
		}
	}
}

func (f *fakeDiscord) dispatchOn(c *fakeConn, typ string, d any) error {
	f.mu.Lock()
	f.seq++
	s := f.seq
	f.mu.Unlock()
	return c.send(map[string]any{"op": 0, "t": typ, "s": s, "d": d})
}

// dispatch sends an event on the current connection, waiting for one.
func (f *fakeDiscord) dispatch(typ string, d any) {
	f.t.Helper()
	var c *fakeConn
	testkit.Eventually(f.t, 10*time.Second, "a gateway connection", func() bool {
		f.mu.Lock()
		defer f.mu.Unlock()
		c = f.cur
		return c != nil
	})
	if err := f.dispatchOn(c, typ, d); err != nil {
		f.t.Fatalf("dispatch %s: %v", typ, err)
	}
	if typ == "MESSAGE_CREATE" || typ == "INTERACTION_CREATE" {
		f.mu.Lock()
		f.events++
		f.mu.Unlock()
	}
}

func (f *fakeDiscord) dispatched() int64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.events
}

// drop cuts the current gateway connection without a close frame, as a
// network failure would.
func (f *fakeDiscord) drop() {
	f.mu.Lock()
	c := f.cur
	f.cur = nil
	f.mu.Unlock()
	if c != nil {
		c.ws.NetConn().Close()
	}
}

func (f *fakeDiscord) counts() (identifies, resumes int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.identifies, f.resumes
}

// settled checks cond once g has handled every message and interaction
// fd dispatched and the answers they started are done: for "nothing more
// happens" after the events that would cause it.
func settled(t *testing.T, g *Gateway, fd *fakeDiscord, what string, cond func() bool) {
	t.Helper()
	testkit.Eventually(t, 10*time.Second, "every event handled", func() bool { return g.handled.Load() >= fd.dispatched() })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := g.c.pool.Wait(ctx); err != nil {
		t.Fatalf("answers still under way: %v", err)
	}
	if !cond() {
		t.Fatalf("%s does not hold", what)
	}
}

// Events as Discord sends them.

func commandEvent(id, sub string, opts map[string]string) map[string]any {
	var options []any
	for k, v := range opts {
		options = append(options, map[string]any{"name": k, "type": 3, "value": v})
	}
	return map[string]any{
		"id": id, "application_id": testAppID, "type": 2, "token": "token-" + id, "version": 1,
		"guild_id": testGuild, "channel_id": testChan,
		"member": map[string]any{"user": map[string]any{"id": testUser, "username": "ann"}},
		"data": map[string]any{"id": "700000000000000000", "name": "talks", "type": 1,
			"options": []any{map[string]any{"name": sub, "type": 1, "options": options}}},
	}
}

func autocompleteEvent(id, typed string) map[string]any {
	e := commandEvent(id, "quotes", nil)
	e["type"] = 4
	e["data"].(map[string]any)["options"] = []any{map[string]any{"name": "quotes", "type": 1,
		"options": []any{map[string]any{"name": "person", "type": 3, "value": typed, "focused": true}}}}
	return e
}

func messageEvent(id, guild, authorID string, authorBot bool, content string, mentions ...string) map[string]any {
	var ms []any
	for _, m := range mentions {
		ms = append(ms, map[string]any{"id": m, "username": "someone"})
	}
	e := map[string]any{
		"id": id, "channel_id": testChan, "type": 0, "content": content, "mentions": ms,
		"author": map[string]any{"id": authorID, "username": "ann", "bot": authorBot},
	}
	if guild != "" {
		e["guild_id"] = guild
	}
	return e
}
