package slack

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"testing"
	"time"
)

// copyRequest is req sent again, byte for byte: an attacker who captured a
// signed request replays it.
func copyRequest(t *testing.T, path, contentType, body string, like *http.Request) *http.Request {
	t.Helper()
	req := signedRequest(path, contentType, body)
	req.Header.Set("X-Slack-Request-Timestamp", like.Header.Get("X-Slack-Request-Timestamp"))
	req.Header.Set("X-Slack-Signature", like.Header.Get("X-Slack-Signature"))
	return req
}

// TestHTTPReplayRejected: a signed request sent again within its window is
// not acted on again, for slash commands, interactions and events, however
// many other requests came between.
func TestHTTPReplayRejected(t *testing.T) {
	core := &fakeCore{}
	h, fs := newTestHTTP(t, core)
	interaction := url.Values{"payload": {`{"type":"block_actions"}`}}.Encode()
	event := eventBody("EvR", `{"type":"app_mention","user":"U1","text":"<@UBOT> who said war is not the solution","ts":"1700000002.000100","channel":"C9","event_ts":"1700000002.000100"}`)
	cases := []struct {
		path, contentType, body string
		replayStatus            int
		requests                int // questions the core gets in all
	}{
		{CommandsPath, formType, commandBody(fs.hookURL("cmd"), "reload"), http.StatusUnauthorized, 1},
		{InteractionsPath, formType, interaction, http.StatusUnauthorized, 0},
		{EventsPath, "application/json", event, http.StatusOK, 1},
	}
	asked := 0
	for _, c := range cases {
		first := signedRequest(c.path, c.contentType, c.body)
		if rec := serve(h, first); rec.Code != http.StatusOK {
			t.Fatalf("%s: first request: %d", c.path, rec.Code)
		}
		for i := range 3 {
			if i == 2 {
				// Many other requests between do not make it forget.
				for j := range 5000 {
					serve(h, signedRequest(InteractionsPath, formType, fmt.Sprintf("payload=%%7B%%22n%%22%%3A%d%%7D", j)))
				}
			}
			if rec := serve(h, copyRequest(t, c.path, c.contentType, c.body, first)); rec.Code != c.replayStatus {
				t.Errorf("%s: replay %d: status %d; want %d", c.path, i+1, rec.Code, c.replayStatus)
			}
		}
		asked += c.requests
		// Every request accepted has handed its work to the pool before
		// its response: once the pool is idle, the core was asked all it
		// will be.
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err := h.r.pool.Wait(ctx)
		cancel()
		if err != nil {
			t.Fatalf("%s: answers still under way: %v", c.path, err)
		}
		if got := len(core.requests()); got != asked {
			t.Errorf("%s: the core was asked %d times in all; want %d", c.path, got, asked)
		}
	}
}

type failingReplays struct{}

func (failingReplays) Seen(context.Context, string, time.Duration) (bool, error) {
	return false, errors.New("database is locked")
}

// TestHTTPReplayCheckFails: when the replay check cannot be made, the
// request is refused with 503 and not acted on.
func TestHTTPReplayCheckFails(t *testing.T) {
	core := &fakeCore{}
	fs := newFakeSlack(t)
	h, err := NewHTTP(Config{BotToken: "xoxb-test", SigningSecret: testSecret, APIURL: fs.apiURL(), Logger: testLogger(t), Replays: failingReplays{}}, core)
	if err != nil {
		t.Fatal(err)
	}
	rec := serve(h, signedRequest(CommandsPath, formType, commandBody(fs.hookURL("cmd"), "who said war is not the solution")))
	if rec.Code != http.StatusServiceUnavailable || len(core.requests()) != 0 {
		t.Errorf("status %d, core asked %d times; want 503 and not asked", rec.Code, len(core.requests()))
	}
}
