package bot

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestFollowUps holds conversations on the test articles: each line is
// asked in one thread, in order, and its answer checked.
func TestFollowUps(t *testing.T) {
	type step struct {
		q        string
		intent   Intent
		question string // the question as read, "" to skip
		speaker  string // the first item's speaker contains it, "" to skip
		found    bool
		summary  string // contained in the summary, "" to skip
	}
	for _, c := range []struct {
		name  string
		steps []step
	}{
		{"speaker, date, role", []step{
			{"what did Sheikh Hamad say?", WhatSaid, "what did Sheikh Hamad say", "Sheikh Hamad", true, ""},
			{"when was that?", When, "when was that", "Sheikh Hamad", true, "2025-01-19"},
			{"who is he?", WhoIs, "who is Sheikh Hamad", "", true, "foreign minister"},
			{"what else did he say?", WhatSaid, "what did Sheikh Hamad say", "", false, "That is all I have from Sheikh Hamad"},
		}},
		{"what else, more", []step{
			{"who said war is not the solution", WhoSaid, "", "Vostrikov", true, "Vostrikov"},
			{"what else did he say?", WhatSaid, "what did Sergei Vostrikov say", "Vostrikov", true, ""},
			{"more", WhatSaid, "what did Sergei Vostrikov say", "", false, "That is all I have on that"},
			{"more", WhatSaid, "", "", false, "That is all"},
		}},
		{"another subject, topic, speaker", []step{
			{"status", Status, "status", "", true, "Latest on the talks"},
			{"and Gaza?", Status, "status Gaza", "", true, "Latest on Gaza"},
			{"what did the Red Cross say", WhatSaid, "", "Red Cross", true, ""},
			{"and about prisoners?", WhatSaid, "what did the International Committee of the Red Cross say about prisoners", "Red Cross", true, ""},
			{"and Vostrikov?", WhatSaid, "what did Vostrikov say about prisoners", "", false, ""},
		}},
		{"a new question is read as it is", []step{
			{"what did Sheikh Hamad say?", WhatSaid, "", "Sheikh Hamad", true, ""},
			{"who said war is not the solution", WhoSaid, "who said war is not the solution", "Vostrikov", true, ""},
			{"and who is the Red Cross?", WhoIs, "who is the Red Cross", "", true, ""},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := storeBot(t, newMemory(), nil)
			var prev Answer
			for i, s := range c.steps {
				a := b.Handle(context.Background(), Request{Text: s.q, Platform: "slack", Channel: "T1/C1", Thread: "1.0", User: "slack:T1/U1"})
				if a.Intent != s.intent || a.Found != s.found || (s.question != "" && a.Question != s.question) || !strings.Contains(a.Summary, s.summary) {
					t.Fatalf("step %d %q: intent %s found %v question %q summary %q; want %s %v %q %q",
						i, s.q, a.Intent, a.Found, a.Question, a.Summary, s.intent, s.found, s.question, s.summary)
				}
				if s.speaker != "" && (len(a.Items) == 0 || !strings.Contains(a.Items[0].Speaker, s.speaker)) {
					t.Errorf("step %d %q: %+v; want the first by %q", i, s.q, a.Items, s.speaker)
				}
				if s.intent == When && (len(a.Items) != 1 || len(prev.Items) == 0 || a.Items[0] != prev.Items[0]) {
					t.Errorf("step %d %q: %+v; want the previous answer's first statement", i, s.q, a.Items)
				}
				if strings.HasPrefix(s.q, "what else") || s.q == "more" {
					for _, it := range a.Items {
						for _, p := range prev.Items {
							if it.StatementID == p.StatementID {
								t.Errorf("step %d %q repeats %q", i, s.q, it.Text)
							}
						}
					}
				}
				prev = a
			}
		})
	}
}

// TestFollowUpsStayInTheirThread: another thread, a question without a
// thread, and a thread gone quiet for a day know nothing of the
// conversation.
func TestFollowUpsStayInTheirThread(t *testing.T) {
	mem := newMemory()
	b := storeBot(t, mem, nil)
	ctx := context.Background()
	in := func(thread, text string) Request {
		return Request{Text: text, Platform: "slack", Channel: "T1/C1", Thread: thread}
	}
	if a := b.Handle(ctx, in("1.0", "what did Sheikh Hamad say?")); !a.Found {
		t.Fatal("no answer to start the thread with")
	}
	for _, r := range []Request{in("2.0", "who is he?"), {Text: "who is he?", Platform: "slack", Channel: "T1/C1"}, {Text: "who is he?", Platform: "slack", Channel: "T1/C2", Thread: "1.0"}} {
		if a := b.Handle(ctx, r); a.Question != "who is he" {
			t.Errorf("%+v read as %q; want it read without the thread", r, a.Question)
		}
	}
	mem.mu.Lock()
	for i := range mem.turns {
		mem.turns[i].At = mem.turns[i].At.Add(-memoryAge - time.Minute)
	}
	mem.mu.Unlock()
	if a := b.Handle(ctx, in("1.0", "who is he?")); a.Question != "who is he" {
		t.Errorf("a day later the thread still reads 'who is he?' as %q", a.Question)
	}
}

// TestFollowUpsAlongReplies: in Discord each reply is its own thread that
// continues (Follows) the message the bot answered.
func TestFollowUpsAlongReplies(t *testing.T) {
	b := storeBot(t, newMemory(), nil)
	ctx := context.Background()
	msg := func(id, follows, text string) Answer {
		return b.Handle(ctx, Request{Text: text, Platform: "discord", Channel: "9", Thread: id, Follows: follows})
	}
	if a := msg("801", "", "what did Sheikh Hamad say?"); !a.Found {
		t.Fatal("no answer to start with")
	}
	if !b.InThread(ctx, Request{Platform: "discord", Channel: "9", Thread: "804", Follows: "801"}) || b.InThread(ctx, Request{Platform: "discord", Channel: "9", Thread: "804", Follows: "799"}) {
		t.Error("InThread does not follow replies")
	}
	if a := msg("804", "801", "who is he?"); a.Question != "who is Sheikh Hamad" {
		t.Errorf("a reply read as %q; want it read against the message answered", a.Question)
	}
	if a := msg("806", "804", "when was that?"); a.Intent != When || !a.Found {
		t.Errorf("a reply to the reply: %+v; want the date of the last answer", a)
	}
}
