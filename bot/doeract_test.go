package bot

import (
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestWhoDidTheAct: "who <act>ed …" is answered by a statement that tells
// of the act (in any of its forms) or names someone in its role, not by
// one on the same talks that tells of no one doing it; an act of saying
// with words quoted ("who called the proposal 'a trap'") asks who said
// them.
func TestWhoDidTheAct(t *testing.T) {
	kavu := corpus.Source{Title: "Lumen and Kavu rebels sign preliminary accord", Outlet: "Example News", Published: "2033-10-15"}
	tarvo := corpus.Source{Title: "Tarvo truce holds", Outlet: "Example News", Published: "2034-07-10"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Ilan Dor", SpeakerTitle: "Kavu Front chairman", Source: kavu, SaidOn: "2033-10-15",
			Text: "After sixteen years of talks on and off, the accord puts the Kavu Front on the road to peace"},
		{ID: "b", Kind: corpus.Fact, Source: tarvo, SaidOn: "2034-07-10",
			Text: "The Tarvo truce, brokered by Sarno and the Lake League, held through the weekend"},
		{ID: "c", Kind: corpus.Quote, Speaker: "a Tarvo commander", Source: tarvo, SaidOn: "2034-07-10", Seq: 1,
			Text: "a trap for our fighters"},
	})
	checkFirst(t, b, []firstCase{
		{"who mediated the talks between lumen and the kavu front", ""},
		{"who brokered the tarvo truce", "brokered by Sarno"},
		{"who called the truce 'a trap for our fighters'", "a trap for our fighters"},
	})
}
