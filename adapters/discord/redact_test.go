package discord

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// TestDeferredEditFailureLogsNoToken: when editing a deferred response
// fails, the error (whose URL holds the interaction token) is logged
// without the token.
func TestDeferredEditFailureLogsNoToken(t *testing.T) {
	const token = "aW50ZXJhY3Rpb246OTAwMTpzZWNyZXQtdG9rZW4tZm9yLXRoZS10ZXN0"
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	failing := &http.Client{Transport: roundTripFunc(func(*http.Request) (*http.Response, error) {
		return nil, errors.New("connection reset by peer")
	})}
	logger, logs := newLogger()
	h := &fakeHandler{delay: 100 * time.Millisecond}
	now := time.Now()
	it, err := newInteractions(Config{PublicKey: hex.EncodeToString(pub), Logger: logger}, h,
		withHTTPClient(failing), withClock(func() time.Time { return now }), withReplyWithin(10*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	e := &signedEndpoint{t: t, it: it, h: h, priv: priv, now: now}
	ev := commandEvent("9100", "timeline", nil)
	ev["token"] = token
	if w := e.postGood(mustJSON(t, ev)); w.Code != http.StatusOK {
		t.Fatalf("%d %s", w.Code, w.Body)
	}
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(logs.String(), "edit deferred response") {
		if time.Now().After(deadline) {
			t.Fatalf("the failed edit is not logged:\n%s", logs)
		}
		time.Sleep(10 * time.Millisecond)
	}
	out := logs.String()
	if strings.Contains(out, token) {
		t.Errorf("the interaction token is in the log:\n%s", out)
	}
	if !strings.Contains(out, "connection reset by peer") || !strings.Contains(out, "Patch discord.com") {
		t.Errorf("the log lost what failed, or where:\n%s", out)
	}
}
