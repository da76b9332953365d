package bot

import (
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestHousekeepingRE: a briefing's courtesies are told by how a turn
// opens; the same words later in a turn, or a turn that opens on its
// matter, are not.
func TestHousekeepingRE(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Good afternoon, everyone. I have two things at the top", true},
		{"Hi. Hi, everybody. So we had a long day with the envoys", true},
		{"All right. Well, good morning", true},
		{"Thank you all for joining this call on the lake talks", true},
		{"With that, I'll turn it over to our first speaker", true},
		{"All right, I can just give you a few quick facts. The talks ran late", true},
		{"Let me give you a quick rundown of the day", true},
		{"I think as far as trying to give you some sense of the meetings, they went well", true},
		{"Let me say a word about the corridor talks", true},
		{"The envoy said he would give you the figures tomorrow", false},
		{"The envoy spent about an hour with the negotiators", false},
		{"We thank the mediators for hosting the talks", false},
		{"Highlights of the accord include a truce", false},
	} {
		if got := housekeepingRE.MatchString(c.text); got != c.want {
			t.Errorf("housekeepingRE.MatchString(%q) = %v; want %v", c.text, got, c.want)
		}
	}
}

// TestGreetingIsNotTheAnswer: of two turns that hold the same words of
// the question, the one that opens with a greeting ranks below the one
// that opens on its matter, wherever each stands in the briefing.
func TestGreetingIsNotTheAnswer(t *testing.T) {
	src := corpus.Source{Title: "Envoy Ana Lind speaks to reporters after the lake talks", Outlet: "Example Ministry", Published: "2036-05-06"}
	st := func(id string, seq int, text string) corpus.Statement {
		return corpus.Statement{ID: id, Kind: corpus.Quote, Speaker: "Ana Lind", SpeakerTitle: "Special Envoy", Source: src, SaidOn: "2036-05-06", Seq: seq, Text: text}
	}
	b := botOf(t, []corpus.Statement{
		st("a", 0, "Good afternoon, everyone. The minister met the freed captives for a day."),
		st("b", 1, "The minister spent about an hour with each of the freed captives, as we hear from those who were in the room at the time."),
	})
	checkFirst(t, b, []firstCase{{"what did lind say about the minister and the freed captives", "about an hour"}})
}
