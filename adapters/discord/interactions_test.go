package discord

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talkbot/talkbot/bot"
)

// signedEndpoint is an Interactions handler with a key pair made for the test.
type signedEndpoint struct {
	t    *testing.T
	it   *Interactions
	h    *fakeHandler
	fd   *fakeDiscord
	priv ed25519.PrivateKey
	now  time.Time
}

func newSignedEndpoint(t *testing.T, h *fakeHandler, opts ...option) *signedEndpoint {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	fd := newFakeDiscord(t)
	logger, _ := newLogger()
	now := time.Date(2024, 9, 26, 12, 0, 0, 0, time.UTC)
	it, err := newInteractions(Config{PublicKey: hex.EncodeToString(pub), Logger: logger}, h,
		append([]option{withHTTPClient(fd.client()), withClock(func() time.Time { return now })}, opts...)...)
	if err != nil {
		t.Fatalf("newInteractions: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := it.Shutdown(ctx); err != nil {
			t.Errorf("Shutdown: %v", err)
		}
	})
	return &signedEndpoint{t: t, it: it, h: h, fd: fd, priv: priv, now: now}
}

// post sends body signed with key at ts; a nil key sends no signature.
func (e *signedEndpoint) post(body string, key ed25519.PrivateKey, ts time.Time) *httptest.ResponseRecorder {
	r := httptest.NewRequest("POST", "/discord/interactions", strings.NewReader(body))
	if key != nil {
		stamp := strconv.FormatInt(ts.Unix(), 10)
		r.Header.Set("X-Signature-Timestamp", stamp)
		r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, []byte(stamp+body))))
	}
	w := httptest.NewRecorder()
	e.it.ServeHTTP(w, r)
	return w
}

func (e *signedEndpoint) postGood(body string) *httptest.ResponseRecorder {
	return e.post(body, e.priv, e.now.Add(-3*time.Second))
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestInteractionsPing(t *testing.T) {
	e := newSignedEndpoint(t, &fakeHandler{})
	w := e.postGood(`{"id":"1","application_id":"` + testAppID + `","type":1,"token":"t","version":1}`)
	if w.Code != http.StatusOK || strings.TrimSpace(w.Body.String()) != `{"type":1}` {
		t.Errorf("PING → %d %s; want 200 {\"type\":1}", w.Code, w.Body)
	}
	if ct := w.Header().Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q; want application/json", ct)
	}
}

func TestInteractionsCommandAnsweredInResponse(t *testing.T) {
	h := &fakeHandler{}
	e := newSignedEndpoint(t, h)
	w := e.postGood(mustJSON(t, commandEvent("501", "who", map[string]string{"words": "war is not the solution"})))
	if w.Code != http.StatusOK {
		t.Fatalf("command → %d %s", w.Code, w.Body)
	}
	var r discordgo.InteractionResponse
	if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.Type != discordgo.InteractionResponseChannelMessageWithSource || r.Data == nil || len(r.Data.Embeds) != 1 ||
		r.Data.Embeds[0].Title != "Antony Blinken, US Secretary of State" {
		t.Errorf("response %s; want type 4 with Blinken's embed", w.Body)
	}
	if got := h.requests(); len(got) != 1 || got[0].Text != "who war is not the solution" || got[0].User != "discord:"+testUser || got[0].Platform != "discord" {
		t.Errorf("handler got %+v", got)
	}
	if n := len(e.fd.snapshot()); n != 0 {
		t.Errorf("%d REST calls for an answer given in the response; want none", n)
	}
}

func TestInteractionsRejectsUnsigned(t *testing.T) {
	h := &fakeHandler{}
	e := newSignedEndpoint(t, h)
	body := mustJSON(t, commandEvent("502", "ask", map[string]string{"question": "who said it"}))
	_, otherKey, _ := ed25519.GenerateKey(rand.Reader)
	good := func(r *http.Request) {
		stamp := strconv.FormatInt(e.now.Unix(), 10)
		r.Header.Set("X-Signature-Timestamp", stamp)
		r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(e.priv, []byte(stamp+body))))
	}
	cases := []struct {
		name  string
		setup func(r *http.Request)
	}{
		{"missing headers", func(r *http.Request) {}},
		{"missing signature", func(r *http.Request) { good(r); r.Header.Del("X-Signature-Ed25519") }},
		{"missing timestamp", func(r *http.Request) { good(r); r.Header.Del("X-Signature-Timestamp") }},
		{"forged signature", func(r *http.Request) {
			good(r)
			sig, _ := hex.DecodeString(r.Header.Get("X-Signature-Ed25519"))
			sig[0] ^= 1
			r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
		}},
		{"signature not hex", func(r *http.Request) { good(r); r.Header.Set("X-Signature-Ed25519", "zz") }},
		{"wrong key", func(r *http.Request) {
			stamp := strconv.FormatInt(e.now.Unix(), 10)
			r.Header.Set("X-Signature-Timestamp", stamp)
			r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(otherKey, []byte(stamp+body))))
		}},
		{"other timestamp than signed", func(r *http.Request) {
			good(r)
			r.Header.Set("X-Signature-Timestamp", strconv.FormatInt(e.now.Unix()-1, 10))
		}},
		{"stale timestamp", func(r *http.Request) {
			stamp := strconv.FormatInt(e.now.Add(-6*time.Minute).Unix(), 10)
			r.Header.Set("X-Signature-Timestamp", stamp)
			r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(e.priv, []byte(stamp+body))))
		}},
		{"future timestamp", func(r *http.Request) {
			stamp := strconv.FormatInt(e.now.Add(6*time.Minute).Unix(), 10)
			r.Header.Set("X-Signature-Timestamp", stamp)
			r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(e.priv, []byte(stamp+body))))
		}},
		{"timestamp not a number", func(r *http.Request) {
			stamp := "yesterday"
			r.Header.Set("X-Signature-Timestamp", stamp)
			r.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(e.priv, []byte(stamp+body))))
		}},
	}
	for _, c := range cases {
		r := httptest.NewRequest("POST", "/discord/interactions", strings.NewReader(body))
		c.setup(r)
		w := httptest.NewRecorder()
		e.it.ServeHTTP(w, r)
		if w.Code != http.StatusUnauthorized {
			t.Errorf("%s: %d %s; want 401", c.name, w.Code, w.Body)
		}
	}
	if n := len(h.requests()); n != 0 {
		t.Errorf("handler called %d times for rejected requests; want 0", n)
	}
	if n := len(e.fd.snapshot()); n != 0 {
		t.Errorf("%d REST calls for rejected requests; want 0", n)
	}
}

func TestInteractionsBadRequests(t *testing.T) {
	h := &fakeHandler{}
	e := newSignedEndpoint(t, h)
	if w := e.postGood(`{"type": 2, "data": `); w.Code != http.StatusBadRequest {
		t.Errorf("malformed JSON → %d; want 400", w.Code)
	}
	big := `{"type":1,"pad":"` + strings.Repeat("x", 70<<10) + `"}`
	if w := e.postGood(big); w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("70 KB body → %d; want 413", w.Code)
	}
	// A body that claims no length is still cut at 64 KB.
	r := httptest.NewRequest("POST", "/discord/interactions", strings.NewReader(big))
	r.ContentLength = -1
	w := httptest.NewRecorder()
	e.it.ServeHTTP(w, r)
	if w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("70 KB body of unknown length → %d; want 413", w.Code)
	}
	r = httptest.NewRequest("GET", "/discord/interactions", nil)
	w = httptest.NewRecorder()
	e.it.ServeHTTP(w, r)
	if w.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET → %d; want 405", w.Code)
	}
	if n := len(h.requests()); n != 0 {
		t.Errorf("handler called %d times; want 0", n)
	}
}

func TestInteractionsDefersSlowAnswer(t *testing.T) {
	h := &fakeHandler{delay: 300 * time.Millisecond}
	e := newSignedEndpoint(t, h, withReplyWithin(30*time.Millisecond))
	w := e.postGood(mustJSON(t, commandEvent("503", "timeline", nil)))
	if w.Code != http.StatusOK || strings.TrimSpace(w.Body.String()) != `{"type":5}` {
		t.Fatalf("slow command → %d %s; want 200 {\"type\":5}", w.Code, w.Body)
	}
	edits := e.fd.waitCalls("PATCH", "/api/v9/webhooks/"+testAppID+"/token-503/messages/@original", 1)
	var we discordgo.WebhookEdit
	if err := json.Unmarshal(edits[0].Body, &we); err != nil || we.Embeds == nil || len(*we.Embeds) != 1 {
		t.Errorf("edit %s; want the answer's embed (%v)", edits[0].Body, err)
	}
	if got := h.requests(); len(got) != 1 || got[0].Text != "timeline" {
		t.Errorf("handler got %+v; want timeline", got)
	}
}

func TestInteractionsDeferredErrorIsPrivate(t *testing.T) {
	h := &fakeHandler{delay: 200 * time.Millisecond}
	e := newSignedEndpoint(t, h, withReplyWithin(20*time.Millisecond))
	w := e.postGood(mustJSON(t, commandEvent("504", "ask", map[string]string{"question": "fail"})))
	if strings.TrimSpace(w.Body.String()) != `{"type":5}` {
		t.Fatalf("slow command → %s; want a deferral", w.Body)
	}
	follow := e.fd.waitCalls("POST", "/api/v9/webhooks/"+testAppID+"/token-504", 1)
	if n := len(e.fd.find("DELETE", "/api/v9/webhooks/"+testAppID+"/token-504/messages/@original")); n != 1 {
		t.Errorf("%d deletes of the public deferral; want 1", n)
	}
	var p discordgo.WebhookParams
	if err := json.Unmarshal(follow[0].Body, &p); err != nil || p.Flags != discordgo.MessageFlagsEphemeral || !strings.Contains(p.Content, "Slow down") {
		t.Errorf("follow-up %s; want the error, ephemeral", follow[0].Body)
	}
	if n := len(e.fd.find("PATCH", "/")); n != 0 {
		t.Errorf("%d public edits of an error; want none", n)
	}
}

func TestInteractionsLongAnswerFollowsUp(t *testing.T) {
	many := cannedAnswer(request("quotes Blinken", "", ""))
	for len(many.Items) < 23 {
		many.Items = append(many.Items, blinken)
	}
	h := &fakeHandler{answer: func(bot.Request) bot.Answer { return many }}
	e := newSignedEndpoint(t, h)
	w := e.postGood(mustJSON(t, commandEvent("505", "quotes", map[string]string{"person": "Antony Blinken"})))
	var r discordgo.InteractionResponse
	if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil || r.Type != 4 || len(r.Data.Embeds) != 10 {
		t.Fatalf("response %.200s; want type 4 with 10 embeds (%v)", w.Body, err)
	}
	follows := e.fd.waitCalls("POST", "/api/v9/webhooks/"+testAppID+"/token-505", 2)
	n := len(r.Data.Embeds)
	for _, f := range follows {
		var p discordgo.WebhookParams
		json.Unmarshal(f.Body, &p)
		n += len(p.Embeds)
	}
	if n != 23 {
		t.Errorf("%d embeds in all; want 23", n)
	}
}

func TestInteractionsAutocomplete(t *testing.T) {
	h := &fakeHandler{speakers: []string{"Amos Hochstein", "Antony Blinken", "Ali Bagheri"}}
	e := newSignedEndpoint(t, h)
	w := e.postGood(mustJSON(t, autocompleteEvent("506", "a")))
	var r autocompleteResponse
	if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range r.Data.Choices {
		names = append(names, c.Name)
	}
	if r.Type != 8 || strings.Join(names, ", ") != "Amos Hochstein, Antony Blinken, Ali Bagheri" {
		t.Errorf("autocomplete → %s; want type 8 with all three", w.Body)
	}
	w = e.postGood(mustJSON(t, autocompleteEvent("507", "zzz")))
	if got := strings.TrimSpace(w.Body.String()); got != `{"type":8,"data":{"choices":[]}}` {
		t.Errorf("autocomplete without a match → %s; want an empty choices list", got)
	}
}

func TestInteractionsRecoversFromPanickingHandler(t *testing.T) {
	h := &fakeHandler{}
	e := newSignedEndpoint(t, h)
	w := e.postGood(mustJSON(t, commandEvent("508", "ask", map[string]string{"question": "panic"})))
	var r discordgo.InteractionResponse
	if err := json.Unmarshal(w.Body.Bytes(), &r); err != nil || r.Type != 4 || r.Data.Flags != discordgo.MessageFlagsEphemeral {
		t.Errorf("response to a panic %s; want an ephemeral type 4 (%v)", w.Body, err)
	}
	if w := e.postGood(mustJSON(t, commandEvent("509", "sources", nil))); w.Code != http.StatusOK {
		t.Errorf("after a panic: %d; want 200", w.Code)
	}
}

func TestNewInteractionsNeedsPublicKey(t *testing.T) {
	for _, key := range []string{"", "xyz", hex.EncodeToString(make([]byte, 31))} {
		if _, err := NewInteractions(Config{PublicKey: key}, &fakeHandler{}); err == nil {
			t.Errorf("NewInteractions(PublicKey %q): no error", key)
		}
	}
}

// TestChannelManagersMayChangeSettings: a /talks config change from a
// member with Manage Channels (or Administrator) in the channel reaches the
// core as from a manager; a look at the settings, another command, or a
// member without the permission does not.
func TestChannelManagersMayChangeSettings(t *testing.T) {
	tests := []struct {
		name, sub, setting, permissions string
		want                            bool
	}{
		{"Manage Channels changes a setting", "config", "answers private", "16", true},
		{"Administrator changes a setting", "config", "topic gaza", "8", true},
		{"a member changes a setting", "config", "answers private", "2048", false},
		{"Manage Channels only looks", "config", "", "16", false},
		{"Manage Channels adds a page", "add", "https://example.com/a", "16", false},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := &fakeHandler{}
			e := newSignedEndpoint(t, h)
			opts := map[string]string{}
			switch {
			case tt.sub == "config" && tt.setting != "":
				opts["setting"] = tt.setting
			case tt.sub == "add":
				opts["url"] = tt.setting
			}
			ev := commandEvent(fmt.Sprint(5600+i), tt.sub, opts)
			ev["member"].(map[string]any)["permissions"] = tt.permissions
			if w := e.postGood(mustJSON(t, ev)); w.Code != http.StatusOK {
				t.Fatalf("→ %d %s", w.Code, w.Body)
			}
			got := h.requests()
			if len(got) != 1 || got[0].Manager != tt.want {
				t.Errorf("handler got %+v; want Manager %v", got, tt.want)
			}
		})
	}
}
