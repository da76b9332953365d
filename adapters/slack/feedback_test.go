package slack

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/talkbot/talkbot/bot"
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
