package slack

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	slackapi "github.com/slack-go/slack"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/testkit"
)

// voterCore records votes once per user and answer, as the bot with a
// store does.
type voterCore struct {
	fakeCore
	mu    sync.Mutex
	votes map[string]bool // turn/user → up
	calls int
}

func (c *voterCore) Vote(ctx context.Context, turn, user string, up bool) (bool, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls++
	if turn == "gone" {
		return false, fmt.Errorf("vote: %w", bot.ErrNotFound)
	}
	if _, ok := c.votes[turn+"/"+user]; ok {
		return false, nil
	}
	c.votes[turn+"/"+user] = up
	return true, nil
}

func blockAction(action, value, responseURL string) string {
	return "payload=" + url.QueryEscape(fmt.Sprintf(`{"type":"block_actions","team":{"id":"T1"},"user":{"id":"U1","team_id":"T1"},"channel":{"id":"C9"},"response_url":%q,"actions":[{"type":"button","block_id":"feedback","action_id":%q,"value":%q}]}`,
		responseURL, action, value))
}

// TestHTTPFeedbackButtons: a 👍 is recorded once per user and answer and
// acknowledged to the presser only.
func TestHTTPFeedbackButtons(t *testing.T) {
	core := &voterCore{votes: map[string]bool{}}
	h, fs := newTestHTTP(t, core)
	for i, body := range []string{
		blockAction(actionUp, "turn1", fs.hookURL("1")),
		blockAction(actionUp, "turn1", fs.hookURL("2")),
		blockAction(actionDown, "turn2", fs.hookURL("3")),
		blockAction(actionDown, "gone", fs.hookURL("4")),
		blockAction("something_else", "turn1", fs.hookURL("5")),
	} {
		if rec := serve(h, signedRequest(InteractionsPath, formType, body)); rec.Code != http.StatusOK {
			t.Fatalf("press %d: status %d", i, rec.Code)
		}
	}
	posts := fs.waitPosts(t, 4)
	if err := h.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	// Presses 1 and 2 race: one is recorded, the other told it was.
	want := map[string]string{"1": "Thanks! Glad it helped.|rated this answer already", "2": "Thanks! Glad it helped.|rated this answer already",
		"3": "Thanks for saying so", "4": "too old to rate"}
	if len(posts) != 4 {
		t.Fatalf("posts %+v; want 4", posts)
	}
	first := map[string]int{}
	for _, p := range posts {
		ok := false
		for _, w := range strings.Split(want[p.Channel], "|") {
			if strings.Contains(p.Text, w) {
				ok = true
				first[w]++
			}
		}
		if p.Method != "response_url" || p.ResponseType != "ephemeral" || !ok {
			t.Errorf("press %s answered %+v; want an ephemeral %q", p.Channel, p, want[p.Channel])
		}
	}
	if first["Thanks! Glad it helped."] != 1 || first["rated this answer already"] != 1 {
		t.Errorf("two presses on one answer were answered %v; want one thanks, one 'already'", first)
	}
	if len(core.votes) != 2 || core.votes["turn1/slack:T1/U1"] != true || core.votes["turn2/slack:T1/U1"] != false || core.calls != 4 {
		t.Errorf("votes %v after %d calls; want turn1 up and turn2 down by slack:T1/U1", core.votes, core.calls)
	}
	if len(core.requests()) != 0 {
		t.Error("a button press was taken for a question")
	}
}

// TestFeedbackButtonsNeedATurn: only a remembered answer that found
// something carries buttons.
func TestFeedbackButtonsNeedATurn(t *testing.T) {
	a := cannedAnswer(bot.Request{Text: "who said war is not the solution"})
	for _, c := range []struct {
		turn  string
		error bool
		want  bool
	}{{"", false, false}, {"t1", false, true}, {"t1", true, false}} {
		a.TurnID, a.Error = c.turn, c.error
		blocks, _ := Blocks(a)
		got := false
		for _, b := range blocks {
			if b.BlockType() == "actions" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("turn %q error %v: buttons %v; want %v", c.turn, c.error, got, c.want)
		}
	}
}

// turnCore remembers every answer as a turn, as the bot with a store does,
// and records votes on them.
type turnCore struct{ voterCore }

func (c *turnCore) Handle(ctx context.Context, req bot.Request) bot.Answer {
	a := c.voterCore.Handle(ctx, req)
	a.TurnID = "turn-" + req.Thread
	return a
}

// buttonValue is the value of the action actionID in a posted answer.
func buttonValue(t *testing.T, p post, actionID string) string {
	t.Helper()
	for _, b := range p.Blocks.BlockSet {
		if ab, ok := b.(*slackapi.ActionBlock); ok {
			for _, e := range ab.Elements.ElementSet {
				if btn, ok := e.(*slackapi.ButtonBlockElement); ok && btn.ActionID == actionID {
					return btn.Value
				}
			}
		}
	}
	t.Fatalf("no %s button in %+v", actionID, p)
	return ""
}

func interactiveEnvelope(envelope, action, value, responseURL string) string {
	return fmt.Sprintf(`{"envelope_id":%q,"type":"interactive","accepts_response_payload":false,"payload":{"type":"block_actions","team":{"id":"T1"},"user":{"id":"U1","team_id":"T1"},"channel":{"id":"C1"},"container":{"type":"message","channel_id":"C1"},"response_url":%q,"actions":[{"type":"button","block_id":"feedback","action_id":%q,"value":%q}]}}`,
		envelope, responseURL, action, value)
}

// TestSocketModeFeedbackButtons: over Socket Mode, an answer to a mention
// carries the buttons; a press on one is acknowledged, recorded once, and
// thanked privately; the same envelope delivered again is not counted, and
// a second press by the same user is told it was.
func TestSocketModeFeedbackButtons(t *testing.T) {
	fs := newFakeSlack(t)
	core := &turnCore{voterCore{votes: map[string]bool{}}}
	sm, _ := startSocketMode(t, fs, core)
	c := nextConn(t, fs)
	c.send(hello)
	c.send(eventsEnvelope("env1", 0, "Ev1", `{"type":"app_mention","user":"U1","text":"<@UBOT> who said war is not the solution","ts":"20.1","channel":"C1","event_ts":"20.1"}`))
	c.expectAcks("env1")
	answer := fs.waitPosts(t, 1)[0]
	turn := buttonValue(t, answer, actionUp)
	if turn != "turn-20.1" {
		t.Fatalf("the 👍 button names %q; want the answer's turn", turn)
	}

	c.send(interactiveEnvelope("env2", actionUp, turn, fs.hookURL("press1")))
	c.expectAcks("env2")
	fs.waitPosts(t, 2)
	c.send(interactiveEnvelope("env2", actionUp, turn, fs.hookURL("again"))) // Slack resends an envelope not acked in time
	c.send(interactiveEnvelope("env3", actionDown, turn, fs.hookURL("press2")))
	c.expectAcks("env2", "env3")
	fs.waitPosts(t, 3)
	// The four envelopes handled and their work done, nothing more comes.
	testkit.Eventually(t, 10*time.Second, "four envelopes handled", func() bool { return sm.envelopes.Load() >= 4 })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := sm.r.pool.Wait(ctx); err != nil {
		t.Fatalf("answers still under way: %v", err)
	}
	posts := fs.allPosts()
	if n := len(posts); n != 3 {
		t.Fatalf("%d posts; want 3 (the answer and one reply per press)", n)
	}
	byHook := map[string]post{}
	for _, p := range posts[1:] {
		byHook[p.Channel] = p
	}
	if p := byHook["press1"]; p.ResponseType != "ephemeral" || !strings.Contains(p.Text, "Thanks! Glad it helped.") {
		t.Errorf("first press answered %+v; want an ephemeral thanks", p)
	}
	if p := byHook["press2"]; p.ResponseType != "ephemeral" || !strings.Contains(p.Text, "rated this answer already") {
		t.Errorf("second press answered %+v; want an ephemeral 'already'", p)
	}
	core.mu.Lock()
	defer core.mu.Unlock()
	if len(core.votes) != 1 || core.votes["turn-20.1/slack:T1/U1"] != true || core.calls != 2 {
		t.Errorf("votes %v after %d calls; want one 👍 on turn-20.1 by slack:T1/U1, two calls", core.votes, core.calls)
	}
}
