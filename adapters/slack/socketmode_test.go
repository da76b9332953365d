package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/testkit"
)

// startSocketMode runs the Socket Mode adapter against fs until the test
// ends, and checks that Run then returns nil promptly.
func startSocketMode(t *testing.T, fs *fakeSlack, core Handler) (*SocketMode, <-chan error) {
	t.Helper()
	return startSocketModeWith(t, fs, core, nil)
}

// startSocketModeWith is startSocketMode with replays as the store that
// remembers events.
func startSocketModeWith(t *testing.T, fs *fakeSlack, core Handler, replays Replays) (*SocketMode, <-chan error) {
	t.Helper()
	sm, err := NewSocketMode(Config{BotToken: "xoxb-test", AppToken: "xapp-test", APIURL: fs.apiURL(), Logger: testLogger(t), Replays: replays}, core)
	if err != nil {
		t.Fatal(err)
	}
	sm.r.responseURLOK = func(string) bool { return true } // the fake's response_url is local
	sm.minBackoff = 10 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- sm.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err, ok := <-done:
			if ok && err != nil {
				t.Errorf("Run after cancel: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("Run did not return after its context was cancelled")
		}
	})
	return sm, done
}

// peer is the Slack end of a Socket Mode websocket.
type peer struct {
	t *testing.T
	c *websocket.Conn
}

// nextConn waits for the adapter to open a websocket.
func nextConn(t *testing.T, fs *fakeSlack) *peer {
	t.Helper()
	select {
	case c := <-fs.conns:
		t.Cleanup(func() { c.Close() })
		return &peer{t: t, c: c}
	case <-time.After(5 * time.Second):
		t.Fatal("the adapter did not open a Socket Mode connection")
		return nil
	}
}

func (p *peer) send(msg string) {
	p.t.Helper()
	if !json.Valid([]byte(msg)) {
		p.t.Fatalf("test envelope is not JSON: %s", msg)
	}
	_ = p.c.SetWriteDeadline(time.Now().Add(2 * time.Second))
	if err := p.c.WriteMessage(websocket.TextMessage, []byte(msg)); err != nil {
		p.t.Fatalf("send: %v", err)
	}
}

// expectAcks reads acknowledgements until it has one for each id, in any
// order, and checks they carry no payload.
func (p *peer) expectAcks(ids ...string) {
	p.t.Helper()
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	_ = p.c.SetReadDeadline(time.Now().Add(5 * time.Second))
	for len(want) > 0 {
		var ack struct {
			EnvelopeID string          `json:"envelope_id"`
			Payload    json.RawMessage `json:"payload"`
		}
		if err := p.c.ReadJSON(&ack); err != nil {
			p.t.Fatalf("waiting for acks of %v: %v", want, err)
		}
		if !want[ack.EnvelopeID] {
			p.t.Fatalf("ack for %q; want one of %v", ack.EnvelopeID, want)
		}
		if len(ack.Payload) != 0 {
			p.t.Errorf("ack for %s carries a payload: %s", ack.EnvelopeID, ack.Payload)
		}
		delete(want, ack.EnvelopeID)
	}
}

const hello = `{"type":"hello","num_connections":1,"debug_info":{"host":"applink-test"},"connection_info":{"app_id":"A1"}}`

func eventsEnvelope(envelope string, retry int, eventID, inner string) string {
	return fmt.Sprintf(`{"envelope_id":%q,"type":"events_api","accepts_response_payload":false,"retry_attempt":%d,"retry_reason":"","payload":%s}`,
		envelope, retry, eventBody(eventID, inner))
}

func slashEnvelope(envelope, text, responseURL string) string {
	payload, _ := json.Marshal(map[string]string{
		"token": "x", "team_id": "T1", "team_domain": "test", "channel_id": "C1", "channel_name": "general",
		"user_id": "U1", "user_name": "ann", "command": "/talks", "text": text, "response_url": responseURL,
		"trigger_id": "1.2.3", "api_app_id": "A1",
	})
	return fmt.Sprintf(`{"envelope_id":%q,"type":"slash_commands","accepts_response_payload":true,"payload":%s}`, envelope, payload)
}

func TestSocketModeAnswersAcksAndSurvivesADroppedConnection(t *testing.T) {
	fs := newFakeSlack(t)
	core := &fakeCore{}
	startSocketMode(t, fs, core)

	c1 := nextConn(t, fs)
	c1.send(hello)
	mention := `{"type":"app_mention","user":"U1","text":"<@UBOT> who said war is not the solution","ts":"10.1","channel":"C1","event_ts":"10.1"}`
	c1.send(eventsEnvelope("env1", 0, "Ev1", mention))
	c1.expectAcks("env1")
	p := fs.waitPosts(t, 1)
	if p[0].Method != "chat.postMessage" || p[0].Channel != "C1" || p[0].ThreadTS != "10.1" {
		t.Errorf("mention answered with %+v; want chat.postMessage to C1 in thread 10.1", p[0])
	}
	if got := allTexts(p[0].Blocks.BlockSet); !strings.Contains(got, "> “we don't think that war is the solution”") {
		t.Errorf("answer blocks lack the quote:\n%s", got)
	}

	c1.send(slashEnvelope("env2", "status gaza", fs.hookURL("sm")))
	c1.send(slashEnvelope("env3", "help", fs.hookURL("smhelp")))
	c1.send(`{"envelope_id":"env4","type":"interactive","accepts_response_payload":false,"payload":{"type":"block_actions","user":{"id":"U1"}}}`)
	// An event slack-go cannot parse is acknowledged all the same.
	c1.send(eventsEnvelope("env5", 0, "Ev5", `{"type":"some_future_event","ts":"10.5"}`))
	c1.expectAcks("env2", "env3", "env4", "env5")
	p = fs.waitPosts(t, 3)
	byHook := map[string]post{}
	for _, x := range p[1:] {
		byHook[x.Channel] = x
	}
	if x := byHook["sm"]; x.Method != "response_url" || x.ResponseType != "in_channel" || len(x.Blocks.BlockSet) == 0 || x.Text == "" {
		t.Errorf("/talks status: %+v; want an in_channel response_url post with blocks and text", x)
	}
	if x := byHook["smhelp"]; x.Method != "response_url" || x.ResponseType != "ephemeral" {
		t.Errorf("/talks help: %+v; want an ephemeral response_url post", x)
	}

	// The connection drops without a close frame; the adapter reconnects,
	// Slack redelivers Ev1 (already answered) and sends a direct message.
	c1.c.Close()
	c2 := nextConn(t, fs)
	c2.send(hello)
	c2.send(eventsEnvelope("env6", 1, "Ev1", mention))
	c2.send(eventsEnvelope("env7", 0, "Ev7", `{"type":"message","channel_type":"im","user":"U2","text":"quotes Blinken","ts":"11.1","channel":"D2"}`))
	c2.expectAcks("env6", "env7")
	p = fs.waitPosts(t, 4)
	if x := p[3]; x.Channel != "D2" || x.ThreadTS != "11.1" {
		t.Errorf("direct message answered with %+v; want D2 in thread 11.1", x)
	}

	// Let anything that would answer twice have its chance: the last
	// message sent is answered only after the duplicate was dropped.
	c2.send(eventsEnvelope("env8", 0, "Ev8", `{"type":"app_mention","user":"U1","text":"<@UBOT> sources","ts":"12.1","channel":"C1"}`))
	c2.expectAcks("env8")
	p = fs.waitPosts(t, 5)
	if len(p) != 5 {
		t.Errorf("posts %+v; want 5, one an answer per question", p)
	}
	var texts []string
	for _, r := range core.requests() {
		texts = append(texts, r.Text)
	}
	if got, want := strings.Join(texts, "|"), "who said war is not the solution|status gaza|help|quotes Blinken|sources"; !sameSet(got, want) {
		t.Errorf("core asked %q; want each of %q once", got, want)
	}
	if n := fs.attemptsOf("apps.connections.open"); n != 2 {
		t.Errorf("apps.connections.open called %d times, want 2", n)
	}
	for _, r := range core.requests() {
		if r.Platform != "slack" || !strings.HasPrefix(r.User, "slack:T1/U") {
			t.Errorf("request %+v lacks platform or user", r)
		}
	}
}

// sameSet compares two |-separated lists regardless of order.
func sameSet(a, b string) bool {
	count := map[string]int{}
	for _, s := range strings.Split(a, "|") {
		count[s]++
	}
	for _, s := range strings.Split(b, "|") {
		count[s]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

func TestSocketModeRetriesWhenTheClientGivesUp(t *testing.T) {
	fs := newFakeSlack(t)
	fs.openErrors = []int{404} // slack-go's RunContext returns on a 404
	core := &fakeCore{}
	startSocketMode(t, fs, core)

	c := nextConn(t, fs)
	c.send(hello)
	c.send(eventsEnvelope("env1", 0, "Ev1", `{"type":"app_mention","user":"U1","text":"<@UBOT> status","ts":"1.1","channel":"C1"}`))
	c.expectAcks("env1")
	fs.waitPosts(t, 1)
	if n := fs.attemptsOf("apps.connections.open"); n != 2 {
		t.Errorf("apps.connections.open called %d times, want 2 (one failure, one retry)", n)
	}
}

func TestSocketModeStopsOnRejectedToken(t *testing.T) {
	fs := newFakeSlack(t)
	fs.openAuthErr = true
	sm, err := NewSocketMode(Config{BotToken: "xoxb-test", AppToken: "xapp-test", APIURL: fs.apiURL(), Logger: testLogger(t)}, &fakeCore{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err = sm.Run(ctx)
	if err == nil || !strings.Contains(err.Error(), "invalid_auth") {
		t.Errorf("Run = %v; want an invalid_auth error", err)
	}
	if ctx.Err() != nil {
		t.Error("Run kept retrying a rejected token")
	}
}

func TestNewSocketModeNeedsTokens(t *testing.T) {
	for _, tt := range []struct {
		cfg  Config
		want string
	}{
		{Config{AppToken: "xapp-1"}, "SLACK_BOT_TOKEN"},
		{Config{BotToken: "xoxb-1"}, "SLACK_APP_TOKEN"},
		{Config{BotToken: "xoxb-1", AppToken: "xoxb-2"}, "xapp"},
	} {
		if _, err := NewSocketMode(tt.cfg, &fakeCore{}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("NewSocketMode(%+v) = %v; want an error naming %s", tt.cfg, err, tt.want)
		}
	}
}

// countingStore is a store replicas share that counts what it is asked.
type countingStore struct {
	mu   sync.Mutex
	keys map[string]bool
	asks int
}

func (c *countingStore) Seen(_ context.Context, key string, _ time.Duration) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.asks++
	again := c.keys[key]
	c.keys[key] = true
	return again, nil
}

func (c *countingStore) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.asks
}

// TestChannelTrafficCostsTheStoreNothing: of the messages Slack sends from
// the channels the bot is in, only questions are checked against the store
// replicas share; thread replies in threads the bot is not in, and events
// delivered again to this replica, are not.
func TestChannelTrafficCostsTheStoreNothing(t *testing.T) {
	fs := newFakeSlack(t)
	store := &countingStore{keys: map[string]bool{}}
	core := &followerCore{threads: map[string]bool{}}
	startSocketModeWith(t, fs, core, store)
	c := nextConn(t, fs)
	c.send(hello)
	var envs []string
	for i := range 20 {
		env := fmt.Sprintf("chatter%d", i)
		envs = append(envs, env)
		c.send(eventsEnvelope(env, 0, "EvC"+fmt.Sprint(i), fmt.Sprintf(`{"type":"message","channel_type":"channel","user":"U2","text":"lunch?","ts":"30.%d","thread_ts":"29.1","channel":"C1"}`, i+2)))
	}
	c.send(eventsEnvelope("mention", 0, "EvM", `{"type":"app_mention","user":"U1","text":"<@UBOT> status","ts":"31.1","channel":"C1","event_ts":"31.1"}`))
	c.send(eventsEnvelope("mention-again", 1, "EvM", `{"type":"app_mention","user":"U1","text":"<@UBOT> status","ts":"31.1","channel":"C1","event_ts":"31.1"}`))
	c.expectAcks(append(envs, "mention", "mention-again")...)
	fs.waitPosts(t, 1)
	if !testkit.Within(5*time.Second, func() bool { return core.asked() == 21 }) {
		t.Fatalf("%d thread checks and questions; want 20 checks and 1 question", core.asked())
	}
	if n := store.count(); n != 1 {
		t.Errorf("the store was asked %d times; want once, for the one question", n)
	}
}

// followerCore takes part in the threads listed, and counts what it is
// asked (thread checks and questions).
type followerCore struct {
	fakeCore
	mu      sync.Mutex
	threads map[string]bool
	n       int
}

func (f *followerCore) Handle(ctx context.Context, req bot.Request) bot.Answer {
	f.mu.Lock()
	f.n++
	f.mu.Unlock()
	return f.fakeCore.Handle(ctx, req)
}

func (f *followerCore) InThread(_ context.Context, req bot.Request) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.n++
	return f.threads[req.Thread]
}

func (f *followerCore) asked() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.n
}

// stuckStore is a shared store that answers only once released.
type stuckStore struct {
	countingStore
	release chan struct{}
}

func (s *stuckStore) Seen(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	select {
	case <-s.release:
	case <-ctx.Done():
		return false, ctx.Err()
	}
	return s.countingStore.Seen(ctx, key, ttl)
}

// TestStuckStoreDoesNotHoldAcks: while the database does not answer,
// mentions and slash commands are still all acknowledged (Slack resends an
// envelope not acknowledged within a few seconds); once it answers, they
// are answered.
func TestStuckStoreDoesNotHoldAcks(t *testing.T) {
	fs := newFakeSlack(t)
	store := &stuckStore{countingStore: countingStore{keys: map[string]bool{}}, release: make(chan struct{})}
	startSocketModeWith(t, fs, &fakeCore{}, store)
	c := nextConn(t, fs)
	c.send(hello)
	var envs []string
	for i := range 3 {
		env := fmt.Sprintf("m%d", i)
		envs = append(envs, env)
		c.send(eventsEnvelope(env, 0, "EvS"+fmt.Sprint(i), fmt.Sprintf(`{"type":"app_mention","user":"U1","text":"<@UBOT> status","ts":"40.%d","channel":"C1","event_ts":"40.%d"}`, i+1, i+1)))
	}
	for i := range 2 {
		env := fmt.Sprintf("s%d", i)
		envs = append(envs, env)
		c.send(slashEnvelope(env, "status gaza", fs.hookURL(env)))
	}
	c.expectAcks(envs...) // while the store is stuck
	if n := len(fs.allPosts()); n != 0 {
		t.Errorf("%d answers before the store said whether they were new", n)
	}
	close(store.release)
	fs.waitPosts(t, 5)
}

// TestDeadStoreStillAnswers: a database that never answers delays a
// question by the bounded look-up, then it is answered as new.
func TestDeadStoreStillAnswers(t *testing.T) {
	fs := newFakeSlack(t)
	store := &stuckStore{countingStore: countingStore{keys: map[string]bool{}}, release: make(chan struct{})} // never released
	startSocketModeWith(t, fs, &fakeCore{}, store)
	c := nextConn(t, fs)
	c.send(hello)
	c.send(eventsEnvelope("d1", 0, "EvD1", `{"type":"app_mention","user":"U1","text":"<@UBOT> status","ts":"41.1","channel":"C1","event_ts":"41.1"}`))
	c.expectAcks("d1")
	if p := fs.waitPosts(t, 1); !strings.Contains(p[0].Text, "Antony Blinken") {
		t.Errorf("answered %+v; want the answer", p[0])
	}
}
