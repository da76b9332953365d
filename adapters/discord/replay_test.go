package discord

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"testing"
	"time"
)

// TestInteractionsReplayRejected: an interaction sent again within its
// window is refused, even after thousands of others; the handler ran once.
func TestInteractionsReplayRejected(t *testing.T) {
	h := &fakeHandler{}
	e := newSignedEndpoint(t, h)
	body := mustJSON(t, commandEvent("9001", "ask", map[string]string{"question": "reload"}))
	if w := e.postGood(body); w.Code != http.StatusOK {
		t.Fatalf("first: %d %s", w.Code, w.Body)
	}
	if w := e.postGood(body); w.Code != http.StatusConflict {
		t.Errorf("replay at once: %d; want 409", w.Code)
	}
	for i := range 5000 {
		if w := e.postGood(mustJSON(t, commandEvent(fmt.Sprint(10_000+i), "sources", nil))); w.Code != http.StatusOK {
			t.Fatalf("other interaction %d: %d", i, w.Code)
		}
	}
	if w := e.postGood(body); w.Code != http.StatusConflict {
		t.Errorf("replay after 5000 others: %d; want 409", w.Code)
	}
	n := 0
	for _, r := range h.requests() {
		if r.Text == "reload" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the replayed command ran %d times; want once", n)
	}
}

type failingReplays struct{}

func (failingReplays) Seen(context.Context, string, time.Duration) (bool, error) {
	return false, errors.New("database is locked")
}

// TestInteractionsReplayCheckFails: when the check cannot be made, the
// interaction is refused and the handler is not called.
func TestInteractionsReplayCheckFails(t *testing.T) {
	h := &fakeHandler{}
	e := newSignedEndpoint(t, h)
	e.it.replays = failingReplays{}
	w := e.postGood(mustJSON(t, commandEvent("9002", "sources", nil)))
	if w.Code != http.StatusServiceUnavailable || len(h.requests()) != 0 {
		t.Errorf("%d, handler called %d times; want 503, not called", w.Code, len(h.requests()))
	}
}
