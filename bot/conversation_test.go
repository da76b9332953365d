package bot

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

// memory is an in-memory Conversations, Feedback and Settings for the
// bot's own tests; store/ has the real ones, tested on SQLite and
// PostgreSQL, and cmd/talkbot runs the bot on them.
type memory struct {
	mu       sync.Mutex
	turns    []Turn
	votes    map[string]Vote
	settings map[string]ChannelSettings
}

func newMemory() *memory {
	return &memory{votes: map[string]Vote{}, settings: map[string]ChannelSettings{}}
}

func (m *memory) Remember(ctx context.Context, t Turn) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	t.ID = fmt.Sprint("turn", len(m.turns)+1)
	m.turns = append(m.turns, t)
	return t.ID, nil
}

func (m *memory) Recent(ctx context.Context, thread string, since time.Time, n int) ([]Turn, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Turn
	for _, t := range m.turns {
		if t.Thread == thread && !t.At.Before(since) {
			out = append(out, t)
		}
	}
	if len(out) > n {
		out = out[len(out)-n:]
	}
	return out, nil
}

func (m *memory) Turn(ctx context.Context, id string) (Turn, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, t := range m.turns {
		if t.ID == id {
			return t, nil
		}
	}
	return Turn{}, ErrNotFound
}

func (m *memory) RecordVote(ctx context.Context, v Vote) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := v.TurnID + "/" + v.UserHash
	if _, ok := m.votes[k]; ok {
		return false, nil
	}
	m.votes[k] = v
	return true, nil
}

func (m *memory) ChannelSettings(ctx context.Context, ch string) (ChannelSettings, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.settings[ch], nil
}

func (m *memory) SetChannelSettings(ctx context.Context, ch string, s ChannelSettings) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.settings[ch] = s
	return nil
}

func storeBot(t *testing.T, mem *memory, commands map[string]Command) *Bot {
	b := testBot(t)
	b.opts.Conversations, b.opts.Feedback, b.opts.Settings = mem, mem, mem
	b.opts.Admins = []string{"slack:T1/UADMIN"}
	b.opts.Commands = commands
	return b
}

func TestRegisteredCommands(t *testing.T) {
	mem := newMemory()
	var got []Call
	b := storeBot(t, mem, map[string]Command{
		"config": ConfigCommand(mem),
		"add": {Admin: true, Run: func(ctx context.Context, c Call) Answer {
			got = append(got, c)
			return Answer{Found: true, Summary: "added " + c.Args}
		}},
	})
	ctx := context.Background()
	in := func(user, text string) Request {
		return Request{Text: text, User: user, Platform: "slack", Channel: "T1/C1"}
	}
	for _, c := range []struct {
		req  Request
		want string
	}{
		{in("slack:T1/U1", "add https://example.org/a"), "Only the bot's admins"},
		{in("slack:T1/UADMIN", "ADD  https://example.org/a"), "added https://example.org/a"},
		{in("slack:T1/U1", "config"), "topic: none"},
		{in("slack:T1/U1", "config topic Gaza"), "Only the bot's admins and the channel's managers"},
		{func() Request { r := in("slack:T1/U1", "config topic Gaza"); r.Manager = true; return r }(), "Saved. This channel's settings: topic: Gaza"},
		{in("slack:T1/UADMIN", "config answers private"), "answers: private"},
		{in("slack:T1/UADMIN", "config topic none"), "topic: none"},
		{Request{Text: "config", Platform: "console"}, "use this command in one"},
		// Not a registered word: an ordinary question.
		{in("slack:T1/U1", "additional talks"), ""},
	} {
		a := b.Handle(ctx, c.req)
		if c.want != "" && !strings.Contains(a.Summary, c.want) {
			t.Errorf("Handle(%q by %s) = %q; want %q", c.req.Text, c.req.User, a.Summary, c.want)
		}
		if c.want == "" && a.Intent == "add" {
			t.Errorf("Handle(%q) ran the add command", c.req.Text)
		}
	}
	if len(got) != 1 || got[0].Word != "add" || !got[0].Admin || got[0].Channel != "T1/C1" {
		t.Errorf("add ran with %+v", got)
	}
	if s := mem.settings["slack:T1/C1"]; s != (ChannelSettings{Private: true}) {
		t.Errorf("settings saved = %+v", s)
	}
}

func TestRememberAndVote(t *testing.T) {
	mem := newMemory()
	b := storeBot(t, mem, nil)
	ctx := context.Background()
	req := Request{Text: "who said war is not the solution", User: "slack:T1/U1", Platform: "slack", Channel: "T1/C1"}
	a := b.Handle(ctx, req)
	if !a.Found || a.TurnID == "" {
		t.Fatalf("a found answer without a thread: found %v, turn %q; want a turn for feedback", a.Found, a.TurnID)
	}
	if miss := b.Handle(ctx, Request{Text: "who said the moon is made of cheese", Platform: "slack", Channel: "T1/C1"}); miss.TurnID != "" {
		t.Errorf("an unthreaded 'I don't know' was remembered as %s", miss.TurnID)
	}
	for i, c := range []struct {
		user string
		up   bool
		want bool
	}{{"slack:T1/U1", true, true}, {"slack:T1/U1", false, false}, {"slack:T1/U2", false, true}} {
		ok, err := b.Vote(ctx, a.TurnID, c.user, c.up)
		if err != nil || ok != c.want {
			t.Errorf("vote %d: %v, %v; want %v", i, ok, err, c.want)
		}
	}
	v := mem.votes[a.TurnID+"/"+HashUser("slack:T1/U1")]
	if !v.Up || v.Question != req.Text || len(v.Items) == 0 || v.Items[0].StatementID == "" || v.Channel != "T1/C1" {
		t.Errorf("vote recorded = %+v", v)
	}
	if _, err := b.Vote(ctx, "nope", "slack:T1/U1", true); err == nil {
		t.Error("a vote on an unknown answer was accepted")
	}
}
