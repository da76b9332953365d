package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestCountNearWhatIsCounted: "how many X" is answered by a number of X,
// one standing by the words for X, not by a number of something else in
// a sentence that names X elsewhere.
func TestCountNearWhatIsCounted(t *testing.T) {
	src := corpus.Source{Title: "Envoy Ana Lind at a press availability", Outlet: "U.S. Department of State", Published: "2025-06-02"}
	st := func(id, text string) corpus.Statement {
		return corpus.Statement{ID: id, Kind: corpus.Quote, Speaker: "Ana Lind", SpeakerTitle: "Special Envoy", Source: src, SaidOn: "2025-06-02", Text: text}
	}
	b := botOf(t, []corpus.Statement{
		st("a", "Families from more than a dozen countries are waiting on the pause, and the detainees released so far in the north are part of what we discuss."),
		st("b", "The council announced nearly $40 million in additional assistance for the valley."),
	})
	checkFirst(t, b, []firstCase{
		{"how many prisoners were released during the pause", ""},
		{"how much new aid did the council announce for the valley", "$40 million"},
	})
}

// TestLostTheirLivesIsKilled: "how many were killed" is answered by those
// who "lost their lives".
func TestLostTheirLivesIsKilled(t *testing.T) {
	src := corpus.Source{Title: "Press Briefing by Press Secretary Dana Whitfield", Outlet: "The White House", Published: "2025-06-03"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Dana Whitfield", SpeakerTitle: "Press Secretary", Source: src, SaidOn: "2025-06-03",
			Text: "We know that six engineers lost their lives at the Delta dam and two are still missing."},
	})
	a := b.Ask(context.Background(), "how many engineers were killed at the delta dam")
	if !a.Found || !strings.Contains(a.Items[0].Text, "six engineers") {
		t.Errorf("found %v %+v; want the six engineers", a.Found, a.Items)
	}
}

// TestForceCountedByMembers: "how many fighters does the group have" is
// answered by the size of the group in members ("the 900-member strong
// Tanu Front"), not by a count of people it holds; a count of hostages
// is not the size of a negotiating team.
func TestForceCountedByMembers(t *testing.T) {
	src := corpus.Source{Title: "Tanu Front frees captives ahead of talks", Outlet: "Example News", Published: "2036-02-10"}
	st := func(id string, seq int, text string) corpus.Statement {
		return corpus.Statement{ID: id, Kind: corpus.Fact, Source: src, SaidOn: "2036-02-10", Seq: seq, Text: text}
	}
	b := botOf(t, []corpus.Statement{
		st("a", 0, "The Tanu Front, the last rebel group in the hills, has freed four people it seized in January"),
		st("b", 1, "The 900-member strong Tanu Front has refused to join the truce"),
		st("c", 2, "A 12-member team of mediators will meet the Tanu Front next week"),
	})
	a := b.Ask(context.Background(), "how many fighters does the tanu front have")
	if !a.Found || !strings.Contains(a.Items[0].Text, "900-member") {
		t.Errorf("how many fighters: found %v %+v; want the 900 members", a.Found, a.Items)
	}
	a = b.Ask(context.Background(), "how many hostages did the tanu front free")
	if a.Found && strings.Contains(a.Items[0].Text, "12-member") {
		t.Errorf("how many hostages: %+v; want no team size", a.Items)
	}
}
