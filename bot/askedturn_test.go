package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestAskedTurnHoldsMost: "what did X say when asked if the talks were at
// a dead end" is answered by the turn whose reporter's question holds
// what was asked, though its words are few and a later briefing's turn
// answers a question that shares one word of it.
func TestAskedTurnHoldsMost(t *testing.T) {
	early := corpus.Source{Title: "Daily Press Briefing", Outlet: "U.S. Department of State", Published: "2031-04-02"}
	late := corpus.Source{Title: "Daily Press Briefing", Outlet: "U.S. Department of State", Published: "2032-03-30"}
	b := botOf(t, []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2031-04-02", Source: early, Speaker: "Lea Park", SpeakerTitle: "State Department spokesperson",
			Question: "Could you update us on the talks since last night?", Text: "Our team remains on the ground, in touch with both parties."},
		{ID: "2", Kind: corpus.Quote, Seq: 1, SaidOn: "2031-04-02", Source: early, Speaker: "Lea Park", SpeakerTitle: "State Department spokesperson",
			Question: "So the talks are not at a dead end at this point?", Text: "Not at all."},
		{ID: "3", Kind: corpus.Quote, Seq: 0, SaidOn: "2032-03-30", Source: late, Speaker: "Lea Park", SpeakerTitle: "State Department spokesperson",
			Question: "Thanks, Lea. Can you give us an update on the various reports about the Lumen talks in the last days: first the stockpiles that may or may not be sent abroad, how much of a setback it would be if they refuse, and how confident you are that the parameters of a good deal are still being met?", Text: "Okay. Let me take all of those, and if I forget, I'm sure you'll follow up. First, on the stockpiles, I have spoken about this today in a couple of interviews."},
	})
	a := b.Ask(context.Background(), "what did park say when asked if the talks were at a dead end")
	if !a.Found || a.Items[0].Text != "Not at all." {
		t.Errorf("when asked if the talks were at a dead end: %+v; want the turn that answers that question", a)
	}
}

// TestBrokenTurnResumed: a turn a reporter broke into ("It is certainly
// the case that the Norlanders —") is no answer; the same speaker's next
// turn, which takes the words up again, comes in its place.
func TestBrokenTurnResumed(t *testing.T) {
	src := corpus.Source{Title: "Department Press Briefing", Outlet: "U.S. Department of State", Published: "2031-12-20"}
	sp := func(id string, seq int, q, text string) corpus.Statement {
		return corpus.Statement{ID: id, Kind: corpus.Quote, Seq: seq, SaidOn: "2031-12-20", Source: src, Speaker: "Tom Vale", SpeakerTitle: "State Department spokesperson", Question: q, Text: text}
	}
	b := botOf(t, []corpus.Statement{
		sp("1", 0, "Where does the Norland deal stand?", "The deal is not on the agenda, and has not been for months."),
		sp("2", 1, "So you declared the deal dead already?", "It is certainly the case that the Norlanders —"),
		sp("3", 2, "In a coma or what?", "It is certainly the case that the Norlanders killed the chance of a swift return to the accord in September."),
	})
	a := b.Ask(context.Background(), "what did the spokesperson say when asked whether the norland deal was dead")
	if !a.Found || !strings.Contains(a.Items[0].Text, "killed the chance") {
		t.Errorf("when asked whether the deal was dead: %+v; want the turn that takes the broken words up again", a)
	}
}
