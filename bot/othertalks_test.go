package bot

import (
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestNameOfOtherTalks: a name that tells what other articles are about
// ("the Tarvo Movement"), asked in a fact question, is not met by an
// article on other talks that names no place and never names it; the
// talks it names are answered from their own articles.
func TestNameOfOtherTalks(t *testing.T) {
	kavu := corpus.Source{Title: "Lumen and Kavu rebels sign preliminary accord", Outlet: "Example News", Published: "2033-10-15"}
	tarvo := corpus.Source{Title: "Tarvo Movement and Sarno reach final peace deal", Outlet: "Example News", Published: "2034-08-24"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: kavu, SaidOn: "2033-10-15",
			Text: "Lumen and the Kavu Front signed an accord that they hope will end an insurgency that has left more than 90,000 people dead"},
		{ID: "b", Kind: corpus.Fact, Source: kavu, SaidOn: "2033-10-15", Seq: 1,
			Text: "The accord calls for the gradual disarming of the Kavu Front's 9,000 fighters"},
		{ID: "c", Kind: corpus.Quote, Speaker: "Ilan Dor", SpeakerTitle: "Kavu Front chairman", Source: kavu, SaidOn: "2033-10-15", Seq: 2,
			Text: "The Kavu Front has signed the most important document in its history"},
		{ID: "d", Kind: corpus.Fact, Source: tarvo, SaidOn: "2034-08-24",
			Text: "After four years of talks Sarno and the Tarvo Movement reached a final peace deal"},
		{ID: "e", Kind: corpus.Fact, Source: tarvo, SaidOn: "2034-08-24", Seq: 1,
			Text: "The Tarvo Movement will lay down its weapons and form a party"},
		{ID: "f", Kind: corpus.Quote, Speaker: "Mara Sol", SpeakerTitle: "envoy", Source: tarvo, SaidOn: "2034-08-24", Seq: 2,
			Text: "The Tarvo Movement and Sarno have shown courage, and the Tarvo deal deserves support"},
	})
	checkFirst(t, b, []firstCase{
		{"how many fighters does the kavu front have", "9,000 fighters"},
		{"how many tarvo fighters are there", ""},
		{"how many people died in the tarvo conflict", ""},
		{"how many people died in the kavu insurgency", "90,000 people dead"},
	})
}
