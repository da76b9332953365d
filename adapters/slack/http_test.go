package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/testkit"
)

// newTestHTTP is the HTTP adapter wired to a fake Slack, the way NewHTTP
// builds it for production.
func newTestHTTP(t *testing.T, core Handler) (*HTTP, *fakeSlack) {
	t.Helper()
	fs := newFakeSlack(t)
	h, err := NewHTTP(Config{BotToken: "xoxb-test", SigningSecret: testSecret, APIURL: fs.apiURL(), Logger: testLogger(t)}, core)
	if err != nil {
		t.Fatal(err)
	}
	h.r.responseURLOK = func(string) bool { return true } // the fake's response_url is local
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := h.Shutdown(ctx); err != nil {
			t.Errorf("Shutdown: %v", err)
		}
	})
	return h, fs
}

func commandBody(responseURL, text string) string {
	return url.Values{
		"token": {"legacy"}, "team_id": {"T1"}, "team_domain": {"test"}, "channel_id": {"C1"},
		"channel_name": {"general"}, "user_id": {"U1"}, "user_name": {"ann"}, "command": {"/talks"},
		"text": {text}, "response_url": {responseURL}, "trigger_id": {"1.2.3"}, "api_app_id": {"A1"},
	}.Encode()
}

const formType = "application/x-www-form-urlencoded"

// serve sends req through a mux the way `talkbot serve` mounts the adapter.
func serve(h *HTTP, req *http.Request) *httptest.ResponseRecorder {
	mux := http.NewServeMux()
	h.Register(mux)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	return rec
}

// decodeCommandResponse parses what Slack would read from a slash
// command's HTTP response.
func decodeCommandResponse(t *testing.T, rec *httptest.ResponseRecorder) (responseType, text string, blocks []slackapi.Block) {
	t.Helper()
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d, want 200; body %q", rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type %q, want application/json", ct)
	}
	var msg struct {
		ResponseType string          `json:"response_type"`
		Text         string          `json:"text"`
		Blocks       slackapi.Blocks `json:"blocks"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &msg); err != nil {
		t.Fatalf("response %q: %v", rec.Body, err)
	}
	return msg.ResponseType, msg.Text, msg.Blocks.BlockSet
}

func TestHTTPCommandAnswersInTheResponse(t *testing.T) {
	core := &fakeCore{}
	h, fs := newTestHTTP(t, core)

	rec := serve(h, signedRequest(CommandsPath, formType, commandBody(fs.hookURL("cmd"), "who said war is not the solution")))

	rt, text, blocks := decodeCommandResponse(t, rec)
	if rt != "in_channel" {
		t.Errorf("response_type %q, want in_channel", rt)
	}
	if !strings.Contains(text, "Antony Blinken said it") {
		t.Errorf("text %q lacks the summary", text)
	}
	if got := allTexts(blocks); !strings.Contains(got, "> “we don't think that war is the solution”") {
		t.Errorf("blocks lack the quote:\n%s", got)
	}
	want := []bot.Request{{Text: "who said war is not the solution", User: "slack:T1/U1", Platform: "slack", Channel: "T1/C1"}}
	if got := core.requests(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("core got %+v; want %+v", got, want)
	}
	if p := fs.allPosts(); len(p) != 0 {
		t.Errorf("an answer given in the response was posted again: %+v", p)
	}
}

func TestHTTPCommandHelpAndErrorsAreEphemeral(t *testing.T) {
	for _, text := range []string{"help", "", "fail please", "panic", "what did Putin say"} {
		t.Run(strconv.Quote(text), func(t *testing.T) {
			core := &fakeCore{}
			h, fs := newTestHTTP(t, core)
			rt, fallback, blocks := decodeCommandResponse(t, serve(h, signedRequest(CommandsPath, formType, commandBody(fs.hookURL("cmd"), text))))
			if rt != "ephemeral" {
				t.Errorf("response_type %q, want ephemeral", rt)
			}
			if fallback == "" || len(blocks) == 0 {
				t.Errorf("empty answer: text %q, %d blocks", fallback, len(blocks))
			}
			if text == "panic" && !strings.Contains(fallback, "Sorry") {
				t.Errorf("a failing core gave %q, want an apology", fallback)
			}
			if reqs := core.requests(); len(reqs) != 1 || (text == "" && reqs[0].Text != "help") {
				t.Errorf("core got %+v", reqs)
			}
		})
	}
}

func TestHTTPSlowCommandIsAcknowledgedThenAnsweredAtResponseURL(t *testing.T) {
	for _, tt := range []struct{ text, responseType string }{
		{"status gaza", "in_channel"},
		{"help", "ephemeral"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			core := &fakeCore{delay: 400 * time.Millisecond}
			h, fs := newTestHTTP(t, core)
			h.commandDeadline = 100 * time.Millisecond

			start := time.Now()
			rec := serve(h, signedRequest(CommandsPath, formType, commandBody(fs.hookURL("cmd"), tt.text)))
			took := time.Since(start)

			if rec.Code != http.StatusOK || rec.Body.Len() != 0 {
				t.Errorf("ack: status %d body %q, want an empty 200", rec.Code, rec.Body)
			}
			if took > 300*time.Millisecond {
				t.Errorf("ack took %v; the deadline is %v", took, h.commandDeadline)
			}
			p := fs.waitPosts(t, 1)
			if len(p) != 1 || p[0].Method != "response_url" || p[0].Channel != "cmd" {
				t.Fatalf("posts %+v; want one to the response_url", p)
			}
			if p[0].ResponseType != tt.responseType {
				t.Errorf("response_type %q, want %q", p[0].ResponseType, tt.responseType)
			}
			if p[0].Text == "" || len(p[0].Blocks.BlockSet) == 0 {
				t.Errorf("response_url got text %q and %d blocks", p[0].Text, len(p[0].Blocks.BlockSet))
			}
			if got := allTexts(p[0].Blocks.BlockSet); tt.text == "status gaza" && !strings.Contains(got, "Antony Blinken") {
				t.Errorf("response_url blocks lack the answer:\n%s", got)
			}
		})
	}
}

func TestHTTPRejectsBadRequestsWithoutAnswering(t *testing.T) {
	good := "token=x&team_id=T1&user_id=U1&channel_id=C1&text=status&response_url=x"
	event := `{"type":"event_callback","event_id":"Ev1","team_id":"T1","event":{"type":"app_mention","user":"U1","text":"<@UBOT> hi","ts":"1.1","channel":"C1"}}`
	now := time.Now()
	type reqFn func(path, body string) *http.Request
	signedAt := func(secret string, at time.Time) reqFn {
		return func(path, body string) *http.Request {
			req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
			ts, sig := sign(secret, at, body)
			req.Header.Set("X-Slack-Request-Timestamp", ts)
			req.Header.Set("X-Slack-Signature", sig)
			return req
		}
	}
	tamper := func(path, body string) *http.Request {
		req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(strings.Replace(body, "U1", "U2", 1)))
		ts, sig := sign(testSecret, now, body)
		req.Header.Set("X-Slack-Request-Timestamp", ts)
		req.Header.Set("X-Slack-Signature", sig)
		return req
	}
	header := func(name, value string) reqFn {
		return func(path, body string) *http.Request {
			req := signedAt(testSecret, now)(path, body)
			if value == "" {
				req.Header.Del(name)
			} else {
				req.Header.Set(name, value)
			}
			return req
		}
	}

	tests := []struct {
		name string
		req  reqFn
		body string // "" for the path's good body
		want int
	}{
		{"forged signature", signedAt("not-the-secret", now), "", http.StatusUnauthorized},
		{"body changed after signing", tamper, "", http.StatusUnauthorized},
		{"stale timestamp", signedAt(testSecret, now.Add(-6*time.Minute)), "", http.StatusUnauthorized},
		{"timestamp from the future", signedAt(testSecret, now.Add(6*time.Minute)), "", http.StatusUnauthorized},
		{"no signature", header("X-Slack-Signature", ""), "", http.StatusUnauthorized},
		{"no timestamp", header("X-Slack-Request-Timestamp", ""), "", http.StatusUnauthorized},
		{"signature not hex", header("X-Slack-Signature", "v0=zzzz"), "", http.StatusUnauthorized},
		{"signature of another version", header("X-Slack-Signature", "v1="+strings.Repeat("ab", 32)), "", http.StatusUnauthorized},
		{"timestamp not a number", header("X-Slack-Request-Timestamp", "yesterday"), "", http.StatusUnauthorized},
		{"oversized body", signedAt(testSecret, now), "text=" + strings.Repeat("a", 70<<10), http.StatusRequestEntityTooLarge},
		{"malformed body", signedAt(testSecret, now), "%zz{not a form", http.StatusBadRequest},
	}
	for _, path := range []string{CommandsPath, EventsPath, InteractionsPath} {
		for _, tt := range tests {
			t.Run(path+"/"+tt.name, func(t *testing.T) {
				core := &fakeCore{}
				h, fs := newTestHTTP(t, core)
				body := tt.body
				if body == "" {
					switch path {
					case CommandsPath:
						body = good
					case EventsPath:
						body = event
					case InteractionsPath:
						body = "payload=" + url.QueryEscape(`{"type":"block_actions","user":{"id":"U1"}}`)
					}
				}
				rec := serve(h, tt.req(path, body))
				if rec.Code != tt.want {
					t.Errorf("status %d, want %d (body %q)", rec.Code, tt.want, rec.Body)
				}
				if err := h.Shutdown(context.Background()); err != nil {
					t.Fatal(err)
				}
				if reqs := core.requests(); len(reqs) != 0 {
					t.Errorf("core was called: %+v", reqs)
				}
				if p := fs.allPosts(); len(p) != 0 {
					t.Errorf("Slack got posts: %+v", p)
				}
			})
		}
	}
}

func TestHTTPMethodsAndPaths(t *testing.T) {
	h, _ := newTestHTTP(t, &fakeCore{})
	for _, tt := range []struct {
		method, path string
		want         int
	}{
		{http.MethodGet, CommandsPath, http.StatusMethodNotAllowed},
		{http.MethodPost, "/slack/nothing", http.StatusNotFound},
		{http.MethodPost, "/prefix" + EventsPath, http.StatusUnauthorized},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, strings.NewReader("")))
		if rec.Code != tt.want {
			t.Errorf("%s %s: status %d, want %d", tt.method, tt.path, rec.Code, tt.want)
		}
	}
}

func TestHTTPURLVerificationEchoesTheChallenge(t *testing.T) {
	core := &fakeCore{}
	h, _ := newTestHTTP(t, core)
	body := `{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`
	rec := serve(h, signedRequest(EventsPath, "application/json", body))
	if rec.Code != http.StatusOK || rec.Body.String() != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("got %d %q; want 200 and the challenge", rec.Code, rec.Body)
	}
	if len(core.requests()) != 0 {
		t.Error("core was called")
	}
}

func eventBody(eventID string, inner string) string {
	return `{"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"` + eventID +
		`","event_time":1700000000,"authorizations":[{"team_id":"T1","user_id":"UBOT","is_bot":true}],"event":` + inner + `}`
}

func TestHTTPMentionIsAnsweredInItsThreadOnce(t *testing.T) {
	core := &fakeCore{}
	h, fs := newTestHTTP(t, core)
	mention := eventBody("Ev1", `{"type":"app_mention","user":"U1","text":"<@UBOT> who said war is not the solution","ts":"1700000001.000200","channel":"C9","event_ts":"1700000001.000200"}`)

	rec := serve(h, signedRequest(EventsPath, "application/json", mention))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	// Slack thinks the first delivery failed and sends it again, twice.
	for i := 1; i <= 2; i++ {
		req := signedRequest(EventsPath, "application/json", mention)
		req.Header.Set("X-Slack-Retry-Num", strconv.Itoa(i))
		req.Header.Set("X-Slack-Retry-Reason", "http_timeout")
		if rec := serve(h, req); rec.Code != http.StatusOK {
			t.Errorf("retry %d: status %d, want 200", i, rec.Code)
		}
	}
	fs.waitPosts(t, 1)
	if err := h.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	p := fs.allPosts()
	if len(p) != 1 {
		t.Fatalf("posts %+v; want exactly one", p)
	}
	if p[0].Method != "chat.postMessage" || p[0].Channel != "C9" || p[0].ThreadTS != "1700000001.000200" {
		t.Errorf("posted %s to %s thread %q; want chat.postMessage to C9 in thread 1700000001.000200", p[0].Method, p[0].Channel, p[0].ThreadTS)
	}
	if !strings.Contains(allTexts(p[0].Blocks.BlockSet), "Antony Blinken") || !strings.Contains(p[0].Text, "Antony Blinken") {
		t.Errorf("post lacks the answer: %+v", p[0])
	}
	want := []bot.Request{{Text: "who said war is not the solution", User: "slack:T1/U1", Platform: "slack", Channel: "T1/C9", Thread: "1700000001.000200"}}
	if got := core.requests(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("core got %+v; want %+v", got, want)
	}
}

func TestHTTPDirectMessagesAndWhatIsIgnored(t *testing.T) {
	core := &fakeCore{}
	h, fs := newTestHTTP(t, core)
	send := func(id, inner string) {
		t.Helper()
		if rec := serve(h, signedRequest(EventsPath, "application/json", eventBody(id, inner))); rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d", id, rec.Code)
		}
	}
	// Ignored: the bot's own DM, another bot, an edit, a channel message
	// without a mention, a mention by a bot, an event type the bot does not handle.
	send("EvOwn", `{"type":"message","channel_type":"im","user":"UBOT","bot_id":"BBOT","text":"an answer","ts":"2.1","channel":"D1"}`)
	send("EvOwn2", `{"type":"message","channel_type":"im","user":"UBOT","text":"an answer","ts":"2.2","channel":"D1"}`)
	send("EvBot", `{"type":"message","channel_type":"im","subtype":"bot_message","bot_id":"B2","text":"hi","ts":"2.3","channel":"D1"}`)
	send("EvEdit", `{"type":"message","channel_type":"im","subtype":"message_changed","message":{"user":"U1","text":"status","ts":"2.4"},"ts":"2.5","channel":"D1"}`)
	send("EvChan", `{"type":"message","channel_type":"channel","user":"U1","text":"status gaza","ts":"2.6","channel":"C1"}`)
	send("EvBotMention", `{"type":"app_mention","user":"U7","bot_id":"B7","text":"<@UBOT> status","ts":"2.7","channel":"C1"}`)
	send("EvOther", `{"type":"reaction_added","user":"U1","reaction":"thumbsup","item":{"type":"message","channel":"C1","ts":"2.1"},"event_ts":"2.8"}`)
	// Answered: a direct message in a thread, and the same message again
	// as an app_mention (one message, one answer).
	send("EvDM", `{"type":"message","channel_type":"im","user":"U1","text":"status gaza","ts":"3.1","thread_ts":"3.0","channel":"D1"}`)
	send("EvDMMention", `{"type":"app_mention","user":"U1","text":"status gaza","ts":"3.1","thread_ts":"3.0","channel":"D1"}`)

	fs.waitPosts(t, 1)
	if err := h.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	p := fs.allPosts()
	if len(p) != 1 || p[0].Channel != "D1" || p[0].ThreadTS != "3.0" {
		t.Fatalf("posts %+v; want one to D1 in thread 3.0", p)
	}
	want := []bot.Request{{Text: "status gaza", User: "slack:T1/U1", Platform: "slack", Channel: "T1/D1", Thread: "3.0"}}
	if got := core.requests(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("core got %+v; want %+v", got, want)
	}
}

func TestHTTPMentionHelpIsEphemeralInChannels(t *testing.T) {
	h, fs := newTestHTTP(t, &fakeCore{})
	serve(h, signedRequest(EventsPath, "application/json",
		eventBody("Ev1", `{"type":"app_mention","user":"U1","text":"<@UBOT>","ts":"4.1","channel":"C1"}`)))
	p := fs.waitPosts(t, 1)
	if p[0].Method != "chat.postEphemeral" || p[0].User != "U1" || p[0].Channel != "C1" || p[0].ThreadTS != "4.1" {
		t.Errorf("help went %+v; want chat.postEphemeral to U1 in C1, thread 4.1", p[0])
	}
}

func TestHTTPInteractionsAreAcknowledged(t *testing.T) {
	core := &fakeCore{}
	h, _ := newTestHTTP(t, core)
	body := "payload=" + url.QueryEscape(`{"type":"block_actions","user":{"id":"U1"},"actions":[]}`)
	if rec := serve(h, signedRequest(InteractionsPath, formType, body)); rec.Code != http.StatusOK {
		t.Errorf("status %d, want 200", rec.Code)
	}
	if rec := serve(h, signedRequest(InteractionsPath, formType, "payload=not-json")); rec.Code != http.StatusBadRequest {
		t.Errorf("malformed payload: status %d, want 400", rec.Code)
	}
	if len(core.requests()) != 0 {
		t.Error("core was called")
	}
}

func TestRateLimitedPostIsRetriedAndArrivesOnce(t *testing.T) {
	h, fs := newTestHTTP(t, &fakeCore{})
	fs.rateLimit = 1 // chat.postMessage answers 429 with Retry-After: 1 once

	start := time.Now()
	serve(h, signedRequest(EventsPath, "application/json",
		eventBody("Ev1", `{"type":"app_mention","user":"U1","text":"<@UBOT> status","ts":"5.1","channel":"C1"}`)))
	fs.waitPosts(t, 1)
	if err := h.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took < time.Second {
		t.Errorf("retried after %v; Slack asked for 1s", took)
	}
	if n := len(fs.allPosts()); n != 1 {
		t.Errorf("%d messages arrived, want 1", n)
	}
	if n := fs.attemptsOf("chat.postMessage"); n != 2 {
		t.Errorf("%d chat.postMessage calls, want 2 (429, then OK)", n)
	}
}

func TestRateLimitWaitIsBoundedByContext(t *testing.T) {
	h, fs := newTestHTTP(t, &fakeCore{})
	fs.rateLimit = 100
	h.r.retryWait = 10 * time.Millisecond
	err := h.r.deliver(context.Background(), target{channel: "C1"}, cannedAnswer(bot.Request{Text: "x"}))
	if _, ok := err.(*slackapi.RateLimitedError); !ok {
		t.Errorf("after the retries: err %v, want *slack.RateLimitedError", err)
	}
	if n := fs.attemptsOf("chat.postMessage"); n != defaultRetries+1 {
		t.Errorf("%d attempts, want %d", n, defaultRetries+1)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	h.r.retryWait = time.Minute
	start := time.Now()
	if err := h.r.deliver(ctx, target{channel: "C1"}, cannedAnswer(bot.Request{Text: "x"})); err == nil {
		t.Error("deliver succeeded while rate limited")
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("deliver waited %v past its context", took)
	}
}

func TestFailedPostIsFollowedByAnApology(t *testing.T) {
	h, fs := newTestHTTP(t, &fakeCore{})
	fs.failNext = 1 // the answer is refused (invalid_blocks); the apology goes through
	serve(h, signedRequest(EventsPath, "application/json",
		eventBody("Ev1", `{"type":"app_mention","user":"U1","text":"<@UBOT> status","ts":"6.1","channel":"C1"}`)))
	p := fs.waitPosts(t, 1)
	if p[0].Method != "chat.postEphemeral" || !strings.Contains(p[0].Text, "Sorry") || p[0].User != "U1" {
		t.Errorf("after a failed post: %+v; want an ephemeral apology to U1", p[0])
	}
}

func TestNewHTTPNeedsSecret(t *testing.T) {
	if _, err := NewHTTP(Config{BotToken: "xoxb-1"}, &fakeCore{}); err == nil || !strings.Contains(err.Error(), "SLACK_SIGNING_SECRET") {
		t.Errorf("without a signing secret: %v", err)
	}
}

func TestLogsKeepSecretsOut(t *testing.T) {
	var buf testkit.Buffer
	core := &fakeCore{delay: 200 * time.Millisecond}
	h, err := NewHTTP(Config{BotToken: "xoxb-secret-token", SigningSecret: testSecret, APIURL: "http://127.0.0.1:1/api/",
		Logger: slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))}, core)
	if err != nil {
		t.Fatal(err)
	}
	h.r.responseURLOK = func(string) bool { return true }
	h.commandDeadline = 20 * time.Millisecond

	// A slow answer whose response_url cannot be reached, a forged request
	// and a mention that cannot be answered: all of them are logged.
	body := commandBody("http://127.0.0.1:1/hook/secret-hook-path", "status")
	if rec := serve(h, signedRequest(CommandsPath, formType, body)); rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	forged := httptest.NewRequest(http.MethodPost, CommandsPath, strings.NewReader(body))
	forged.Header.Set("X-Slack-Request-Timestamp", strconv.FormatInt(time.Now().Unix(), 10))
	forged.Header.Set("X-Slack-Signature", "v0="+strings.Repeat("0", 64))
	serve(h, forged)
	serve(h, signedRequest(EventsPath, "application/json",
		eventBody("Ev1", `{"type":"app_mention","user":"U1","text":"<@UBOT> status","ts":"7.1","channel":"C1"}`)))
	if err := h.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}

	logs := buf.String()
	for _, want := range []string{"posting the answer failed", "failed the signature check"} {
		if !strings.Contains(logs, want) {
			t.Errorf("logs lack %q:\n%s", want, logs)
		}
	}
	for _, secret := range []string{"xoxb-secret-token", testSecret, "secret-hook-path"} {
		if strings.Contains(logs, secret) {
			t.Errorf("logs contain %q:\n%s", secret, logs)
		}
	}
}

func TestTooManyQuestionsGetABusyNotice(t *testing.T) {
	core := &fakeCore{delay: 300 * time.Millisecond}
	h, fs := newTestHTTP(t, core)
	h.r.pool.SetMaxPending(1)
	h.commandDeadline = 50 * time.Millisecond

	// The first question takes the only place and is answered later; the
	// second is told, at once and only to the asker, to come back.
	if rec := serve(h, signedRequest(CommandsPath, formType, commandBody(fs.hookURL("first"), "status"))); rec.Code != http.StatusOK || rec.Body.Len() != 0 {
		t.Fatalf("first: %d %q; want an empty ack", rec.Code, rec.Body)
	}
	rt, text, _ := decodeCommandResponse(t, serve(h, signedRequest(CommandsPath, formType, commandBody(fs.hookURL("second"), "status"))))
	if rt != "ephemeral" || !strings.Contains(text, "a lot of questions") {
		t.Errorf("second: %s %q; want an ephemeral busy notice", rt, text)
	}
	p := fs.waitPosts(t, 1)
	if p[0].Channel != "first" {
		t.Errorf("posted %+v; want the first question's answer", p[0])
	}
	if n := len(core.requests()); n != 1 {
		t.Errorf("core asked %d times, want 1", n)
	}
}

func TestHTTPLearnsTheBotUserFromAuthTest(t *testing.T) {
	core := &fakeCore{}
	h, fs := newTestHTTP(t, core)
	noAuth := func(id, inner string) string {
		return `{"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"` + id + `","event":` + inner + `}`
	}
	// Without authorizations in the event, the bot's ID comes from
	// auth.test: its own DM (no bot_id) is ignored, its mention stripped.
	serve(h, signedRequest(EventsPath, "application/json", noAuth("Ev1", `{"type":"message","channel_type":"im","user":"UBOT","text":"echo","ts":"8.1","channel":"D1"}`)))
	serve(h, signedRequest(EventsPath, "application/json", noAuth("Ev2", `{"type":"app_mention","user":"U1","text":"hi <@UBOT> status gaza","ts":"8.2","channel":"C1"}`)))
	fs.waitPosts(t, 1)
	if err := h.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := []bot.Request{{Text: "hi status gaza", User: "slack:T1/U1", Platform: "slack", Channel: "T1/C1", Thread: "8.2"}}
	if got := core.requests(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("core got %+v; want %+v", got, want)
	}
}

// costlyCore holds every costly request (bot.Costly) until release is
// closed and answers anything else at once.
type costlyCore struct {
	fakeCore
	release chan struct{}
	working atomic.Int32 // costly requests being worked on
}

func (c *costlyCore) Handle(ctx context.Context, req bot.Request) bot.Answer {
	if bot.Costly(req.Text) {
		c.working.Add(1)
		select {
		case <-c.release:
		case <-ctx.Done():
		}
	}
	return c.fakeCore.Handle(ctx, req)
}

func TestCostlyCommandsLeaveWorkersForQuestions(t *testing.T) {
	core := &costlyCore{release: make(chan struct{})}
	h, fs := newTestHTTP(t, core)
	defer close(core.release) // before the cleanup's Shutdown waits for them

	// As many status commands as there are workers, each acknowledged
	// and left working.
	h.commandDeadline = 20 * time.Millisecond
	for i := range defaultWorkers {
		body := commandBody(fs.hookURL(fmt.Sprintf("status%d", i)), "status gaza")
		req := signedRequest(CommandsPath, formType, body)
		if rec := serve(h, req); rec.Code != http.StatusOK {
			t.Fatalf("status %d: %d %q", i, rec.Code, rec.Body)
		}
	}
	// An ordinary question still finds a free worker and is answered in
	// the first response.
	h.commandDeadline = 5 * time.Second
	_, text, _ := decodeCommandResponse(t, serve(h, signedRequest(CommandsPath, formType,
		commandBody(fs.hookURL("question"), "who said war is not the solution"))))
	if !strings.Contains(text, "Blinken") {
		t.Errorf("question answered %q; want the canned answer", text)
	}
	if !testkit.Within(5*time.Second, func() bool { return core.working.Load() >= defaultCostlyWorkers }) {
		t.Fatalf("%d status commands worked on", core.working.Load())
	}
	if n := core.working.Load(); n != defaultCostlyWorkers {
		t.Errorf("%d status commands worked on at once; want %d", n, defaultCostlyWorkers)
	}
}

// An app that only takes slash commands has a signing secret and no bot
// token: commands are answered through their response_url, and mentions
// are acknowledged without a word to Slack.
func TestHTTPWithoutBotTokenTakesSlashCommandsOnly(t *testing.T) {
	core := &fakeCore{delay: 300 * time.Millisecond}
	fs := newFakeSlack(t)
	h, err := NewHTTP(Config{SigningSecret: testSecret, APIURL: fs.apiURL(), Logger: testLogger(t)}, core)
	if err != nil {
		t.Fatalf("NewHTTP without a bot token: %v", err)
	}
	h.r.responseURLOK = func(string) bool { return true } // the fake's response_url is local
	h.commandDeadline = 50 * time.Millisecond

	rec := serve(h, signedRequest(CommandsPath, formType, commandBody(fs.hookURL("cmd"), "who said war is not the solution")))
	if rec.Code != http.StatusOK || rec.Body.Len() != 0 {
		t.Errorf("ack: status %d body %q, want an empty 200", rec.Code, rec.Body)
	}
	p := fs.waitPosts(t, 1)
	if p[0].Method != "response_url" || !strings.Contains(p[0].Text, "Antony Blinken") {
		t.Errorf("posted %+v; want the answer at the response_url", p[0])
	}

	mention := eventBody("Ev7", `{"type":"app_mention","user":"U1","text":"<@UBOT> status","ts":"1700000001.000200","channel":"C9","event_ts":"1700000001.000200"}`)
	if rec := serve(h, signedRequest(EventsPath, "application/json", mention)); rec.Code != http.StatusOK {
		t.Errorf("mention: status %d, want 200", rec.Code)
	}
	if err := h.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := len(core.requests()); n != 1 {
		t.Errorf("core asked %d times; want once, for the command only", n)
	}
	if p := fs.allPosts(); len(p) != 1 {
		t.Errorf("posts %+v; want only the command's answer", p)
	}
}

// countingCore answers slowly and counts how many answers run at once.
type countingCore struct {
	fakeCore
	running, peak atomic.Int32
}

func (c *countingCore) Handle(ctx context.Context, req bot.Request) bot.Answer {
	n := c.running.Add(1)
	defer c.running.Add(-1)
	for {
		p := c.peak.Load()
		if n <= p || c.peak.CompareAndSwap(p, n) {
			break
		}
	}
	time.Sleep(20 * time.Millisecond)
	return c.fakeCore.Handle(ctx, req)
}

// TestBurstOfMentionsIsBoundedAndAnswered: many mentions at once are all
// answered, by at most the workers at a time, and one whose answering
// panics gets an apology while the rest are answered.
func TestBurstOfMentionsIsBoundedAndAnswered(t *testing.T) {
	core := &countingCore{}
	h, fs := newTestHTTP(t, core)
	const n = 40
	for i := range n {
		text := fmt.Sprintf("who said thing %d", i)
		if i == 21 {
			text = "panic"
		}
		ts := fmt.Sprintf("1700000%03d.000100", i)
		ev := eventBody(fmt.Sprintf("EvB%d", i), `{"type":"app_mention","user":"U1","text":"<@UBOT> `+text+`","ts":"`+ts+`","channel":"C9","event_ts":"`+ts+`"}`)
		if rec := serve(h, signedRequest(EventsPath, "application/json", ev)); rec.Code != http.StatusOK {
			t.Fatalf("event %d: status %d", i, rec.Code)
		}
	}
	posts := fs.waitPosts(t, n)
	if p := core.peak.Load(); p > defaultWorkers || p < 2 {
		t.Errorf("%d answers ran at once; want between 2 and the %d workers", p, defaultWorkers)
	}
	apologies := 0
	for _, p := range posts {
		if strings.Contains(p.Text, "could not answer") {
			apologies++
		}
	}
	if apologies != 1 {
		t.Errorf("%d apologies among %d posts; want 1", apologies, len(posts))
	}
}
