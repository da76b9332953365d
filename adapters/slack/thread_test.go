package slack

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"testing"

	"github.com/talkbot/talkbot/bot"
)

// threadCore is a fakeCore that takes part in the threads it has
// answered, as the bot with a store does.
type threadCore struct {
	fakeCore
	mu      sync.Mutex
	threads map[string]bool
}

func (c *threadCore) Handle(ctx context.Context, req bot.Request) bot.Answer {
	c.mu.Lock()
	c.threads[req.Channel+"/"+req.Thread] = true
	c.mu.Unlock()
	return c.fakeCore.Handle(ctx, req)
}

func (c *threadCore) InThread(ctx context.Context, req bot.Request) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.threads[req.Channel+"/"+req.Thread]
}

// TestHTTPThreadFollowUps: after a mention, a reply in its thread needs no
// mention; replies in other threads, top-level messages and the bot's own
// messages are not answered.
func TestHTTPThreadFollowUps(t *testing.T) {
	core := &threadCore{threads: map[string]bool{}}
	h, fs := newTestHTTP(t, core)
	send := func(id, inner string) {
		t.Helper()
		if rec := serve(h, signedRequest(EventsPath, "application/json", eventBody(id, inner))); rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d", id, rec.Code)
		}
	}
	send("Ev1", `{"type":"app_mention","user":"U1","text":"<@UBOT> what did Blinken say?","ts":"10.1","channel":"C9"}`)
	fs.waitPosts(t, 1)
	// The same message also comes as message.channels: one answer.
	send("Ev1b", `{"type":"message","channel_type":"channel","user":"U1","text":"<@UBOT> what did Blinken say?","ts":"10.1","channel":"C9"}`)
	// Not answered: a thread the bot is not in, a top-level message, the
	// bot's own reply in the thread, another bot, an edit.
	send("Ev2", `{"type":"message","channel_type":"channel","user":"U2","text":"what else did he say?","ts":"20.2","thread_ts":"20.0","channel":"C9"}`)
	send("Ev3", `{"type":"message","channel_type":"channel","user":"U2","text":"what else did he say?","ts":"10.3","channel":"C9"}`)
	send("Ev4", `{"type":"message","channel_type":"channel","user":"UBOT","bot_id":"BBOT","text":"Antony Blinken said","ts":"10.4","thread_ts":"10.1","channel":"C9"}`)
	send("Ev5", `{"type":"message","channel_type":"group","subtype":"bot_message","bot_id":"B2","text":"more","ts":"10.5","thread_ts":"10.1","channel":"C9"}`)
	send("Ev6", `{"type":"message","channel_type":"channel","subtype":"message_changed","message":{"user":"U1","text":"more","ts":"10.6"},"ts":"10.7","thread_ts":"10.1","channel":"C9"}`)
	// Answered in the thread: a reply without a mention.
	send("Ev7", `{"type":"message","channel_type":"channel","user":"U2","text":"what else did he say?","ts":"10.8","thread_ts":"10.1","channel":"C9"}`)
	fs.waitPosts(t, 2)
	if err := h.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	p := fs.allPosts()
	if len(p) != 2 || p[1].Channel != "C9" || p[1].ThreadTS != "10.1" {
		t.Fatalf("posts %+v; want two, the second in thread 10.1", p)
	}
	want := []bot.Request{
		{Text: "what did Blinken say?", User: "slack:T1/U1", Platform: "slack", Channel: "T1/C9", Thread: "10.1"},
		{Text: "what else did he say?", User: "slack:T1/U2", Platform: "slack", Channel: "T1/C9", Thread: "10.1"},
	}
	if got := core.requests(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("core got %+v; want %+v", got, want)
	}
}

// TestThreadMessagesNeedAFollower: a core that cannot tell which threads
// it is in answers mentions only.
func TestThreadMessagesNeedAFollower(t *testing.T) {
	core := &fakeCore{}
	h, fs := newTestHTTP(t, core)
	for i, inner := range []string{
		`{"type":"app_mention","user":"U1","text":"<@UBOT> status","ts":"10.1","channel":"C9"}`,
		`{"type":"message","channel_type":"channel","user":"U2","text":"more","ts":"10.8","thread_ts":"10.1","channel":"C9"}`,
	} {
		serve(h, signedRequest(EventsPath, "application/json", eventBody(fmt.Sprint("Ev", i), inner)))
	}
	fs.waitPosts(t, 1)
	h.Shutdown(context.Background())
	if got := core.requests(); len(got) != 1 {
		t.Errorf("core got %+v; want the mention only", got)
	}
}
