package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/talkbot/talkbot/internal/pgtest"
)

// slackAPI is a local Slack Web API: auth.test, and chat.postMessage and
// chat.postEphemeral recorded.
type slackAPI struct {
	srv   *httptest.Server
	mu    sync.Mutex
	posts []slackPost
}

type slackPost struct {
	Method, Channel, ThreadTS, Text, Blocks string
}

func newSlackAPI(t *testing.T) *slackAPI {
	f := &slackAPI{}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/auth.test", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"ok":true,"user_id":"UBOT","bot_id":"BBOT","team_id":"T1","team":"Test"}`)
	})
	post := func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		f.mu.Lock()
		f.posts = append(f.posts, slackPost{Method: strings.TrimPrefix(r.URL.Path, "/api/"), Channel: r.PostForm.Get("channel"),
			ThreadTS: r.PostForm.Get("thread_ts"), Text: r.PostForm.Get("text"), Blocks: r.PostForm.Get("blocks")})
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000000.000100","message_ts":"1700000000.000100"}`, r.PostForm.Get("channel"))
	}
	mux.HandleFunc("POST /api/chat.postMessage", post)
	mux.HandleFunc("POST /api/chat.postEphemeral", post)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *slackAPI) url() string { return f.srv.URL + "/api/" }

func (f *slackAPI) all() []slackPost {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]slackPost(nil), f.posts...)
}

// waitPosts waits for n posts in all.
func (f *slackAPI) waitPosts(t *testing.T, n int) []slackPost {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for len(f.all()) < n {
		if time.Now().After(deadline) {
			t.Fatalf("Slack got %d posts; want %d: %+v", len(f.all()), n, f.all())
		}
		time.Sleep(10 * time.Millisecond)
	}
	return f.all()
}

// sendEvent posts a signed Events API callback to serve as Slack would.
func sendEvent(t *testing.T, addr, id, inner string, retry int) {
	t.Helper()
	body := fmt.Sprintf(`{"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":%q,"event_time":1700000000,"authorizations":[{"user_id":"UBOT","is_bot":true}],"event":%s}`, id, inner)
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(testSecret))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	req, _ := http.NewRequest("POST", "http://"+addr+"/slack/events", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	if retry > 0 {
		req.Header.Set("X-Slack-Retry-Num", strconv.Itoa(retry))
		req.Header.Set("X-Slack-Retry-Reason", "http_timeout")
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("event %s: status %d", id, res.StatusCode)
	}
}

// pressButton posts a signed block_actions interaction: user pressed the
// button actionID (value turn) under an answer in C9.
func pressButton(t *testing.T, addr, user, actionID, turn string) {
	t.Helper()
	payload := fmt.Sprintf(`{"type":"block_actions","team":{"id":"T1"},"user":{"id":%q,"team_id":"T1"},"channel":{"id":"C9"},"trigger_id":"%d","actions":[{"type":"button","block_id":"feedback","action_id":%q,"value":%q}]}`,
		user, time.Now().UnixNano(), actionID, turn)
	body := "payload=" + url.QueryEscape(payload)
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(testSecret))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	req, _ := http.NewRequest("POST", "http://"+addr+"/slack/interactions", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("interaction: status %d", res.StatusCode)
	}
}

// turnOf finds the feedback buttons' value in a post's blocks.
func turnOf(t *testing.T, p slackPost) string {
	t.Helper()
	var blocks []struct {
		Type     string `json:"type"`
		Elements []struct {
			ActionID string `json:"action_id"`
			Value    string `json:"value"`
		} `json:"elements"`
	}
	if err := json.Unmarshal([]byte(p.Blocks), &blocks); err != nil {
		t.Fatalf("blocks: %v", err)
	}
	for _, b := range blocks {
		if b.Type == "actions" && len(b.Elements) == 2 && b.Elements[0].ActionID == "feedback_up" {
			return b.Elements[0].Value
		}
	}
	t.Fatalf("no feedback buttons in %s", p.Blocks)
	return ""
}

func threadMessage(user, text, ts, thread string) string {
	b, _ := json.Marshal(map[string]string{"type": "message", "channel_type": "channel", "user": user, "text": text, "ts": ts, "thread_ts": thread, "channel": "C9"})
	return string(b)
}

// TestSlackThreadConversation: a mention, then replies in its thread
// without a mention, read in the light of the thread; a thread the bot is
// not in is ignored; a restart in the middle of the thread keeps it.
func TestSlackThreadConversation(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "aid.md", articleAid)
	writeFile(t, dir, "truce.md", articleTruce)
	db := filepath.Join(t.TempDir(), "talkbot.db")
	setEnv(t, map[string]string{"TALKBOT_DATABASE": db}) // for talkbot feedback
	api := newSlackAPI(t)
	start := func() *Main {
		cfg := testConfig(dir)
		cfg.Database = db
		cfg.Platform.SlackAPIURL = api.url() // SLACK_API_URL
		m, _ := startMain(t, cfg)
		return m
	}
	m := start()
	sendEvent(t, m.Addr(), "Ev1", `{"type":"app_mention","user":"U1","text":"<@UBOT> `+askAid+`","ts":"10.1","channel":"C9"}`, 0)
	p := api.waitPosts(t, 1)
	if p[0].ThreadTS != "10.1" || !strings.Contains(p[0].Text, "Espen Barth Eide") {
		t.Fatalf("mention answered with %+v; want Espen Barth Eide in thread 10.1", p[0])
	}
	// Not answered: a thread the bot is not in, a top-level message.
	sendEvent(t, m.Addr(), "Ev2", threadMessage("U2", "when was that?", "20.2", "20.0"), 0)
	sendEvent(t, m.Addr(), "Ev3", threadMessage("U2", "when was that?", "10.3", ""), 0)
	// Answered in the thread, with its context.
	sendEvent(t, m.Addr(), "Ev4", threadMessage("U2", "when was that?", "10.4", "10.1"), 0)
	p = api.waitPosts(t, 2)
	if p[1].ThreadTS != "10.1" || !strings.Contains(p[1].Text, "2024-12-02") || !strings.Contains(p[1].Text, "Espen Barth Eide") {
		t.Errorf("'when was that?' answered with %+v; want the date of Eide's words in thread 10.1", p[1])
	}
	// 👍 twice by one user, 👎 by another: two votes, each thanked privately.
	turn := turnOf(t, p[0])
	pressButton(t, m.Addr(), "U1", "feedback_up", turn)
	pressButton(t, m.Addr(), "U1", "feedback_up", turn)
	pressButton(t, m.Addr(), "U2", "feedback_down", turn)
	thanks := api.waitPosts(t, 5)[2:]
	for _, th := range thanks {
		if th.Method != "chat.postEphemeral" || len(th.Blocks) > 0 && strings.Contains(th.Blocks, "feedback_up") {
			t.Errorf("a press was answered with %+v; want a private thank-you", th)
		}
	}
	m.Close()
	out, errOut, code := runCmd(t, "", "feedback")
	if code != 0 || !strings.Contains(out, "2 votes: 1 👍, 1 👎") || !strings.Contains(out, askAid) || !strings.Contains(out, "Espen Barth Eide") {
		t.Errorf("talkbot feedback = %d\n%s%s", code, out, errOut)
	}
	out, _, _ = runCmd(t, "", "feedback", "--jsonl")
	var line feedbackLine
	if err := json.Unmarshal([]byte(out), &line); err != nil || line.Question != askAid || line.Vote != "down" || line.Kind != "who_said" || line.Up != 1 || line.Down != 1 || line.ExpectText != nil || len(line.Answered) == 0 {
		t.Errorf("talkbot feedback --jsonl = %s (%v)", out, err)
	}
	m = start()
	sendEvent(t, m.Addr(), "Ev5", threadMessage("U1", "who is he?", "10.5", "10.1"), 0)
	p = api.waitPosts(t, 6)
	if p[5].ThreadTS != "10.1" || !strings.Contains(p[5].Text, "Foreign Minister") {
		t.Errorf("after a restart 'who is he?' answered with %+v; want Eide's role", p[5])
	}
	m.Close()
	if n := len(api.all()); n != 6 {
		t.Errorf("Slack got %d posts; want 6: %+v", n, api.all())
	}
}

// TestSlackThreadOnTwoReplicas: two serve processes on one PostgreSQL
// share a thread: a follow-up sent to the other replica is read in the
// light of the first.
func TestSlackThreadOnTwoReplicas(t *testing.T) {
	url := pgtest.URL(t)
	dir := t.TempDir()
	writeFile(t, dir, "aid.md", articleAid)
	api := newSlackAPI(t)
	var ms []*Main
	for range 2 {
		cfg := testConfig(dir)
		cfg.DatabaseURL = url
		m, _ := startMain(t, cfg, func(m *Main) { m.slackAPIURL = api.url() })
		ms = append(ms, m)
	}
	sendEvent(t, ms[0].Addr(), "Ev1", `{"type":"app_mention","user":"U1","text":"<@UBOT> `+askAid+`","ts":"10.1","channel":"C9"}`, 0)
	api.waitPosts(t, 1)
	sendEvent(t, ms[1].Addr(), "Ev2", threadMessage("U2", "who is he?", "10.2", "10.1"), 0)
	p := api.waitPosts(t, 2)
	if p[1].ThreadTS != "10.1" || !strings.Contains(p[1].Text, "Foreign Minister") {
		t.Errorf("the other replica answered 'who is he?' with %+v; want Eide's role", p[1])
	}
	// Slack retries an event at the other replica: answered once.
	sendEvent(t, ms[0].Addr(), "Ev3", threadMessage("U2", "when was that?", "10.3", "10.1"), 0)
	sendEvent(t, ms[1].Addr(), "Ev3", threadMessage("U2", "when was that?", "10.3", "10.1"), 1)
	api.waitPosts(t, 3)
	// Close waits for every event each replica accepted to be answered.
	for _, m := range ms {
		if err := m.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(api.all()); n != 3 {
		t.Errorf("a retried event was answered %d times; want once: %+v", n-2, api.all()[2:])
	}
}
