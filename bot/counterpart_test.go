package bot

import (
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestCounterpartPolityFromSubject: a readout sentence given to those the
// principal met takes their polity from its subject ("Government of
// Ostal envoy … shared"), not from what it goes on to tell ("the
// withdrawal of Kelmari forces"): Kelmar said nothing.
func TestCounterpartPolityFromSubject(t *testing.T) {
	src := corpus.Source{Title: "Secretary Ilic's Meeting with Accord Signatories", Outlet: "Example Office", Published: "2033-03-15"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Speaker: "Ana Ilic", SpeakerTitle: "Secretary", Source: src, SaidOn: "2033-03-15",
			Where: "meeting with Accord Signatories",
			Text:  "Government of Ostal envoy Ivo Berg and Front spokesperson Lena Kos shared the progress made so far, including the withdrawal of Kelmari forces from the hills"},
		{ID: "b", Kind: corpus.Fact, Speaker: "Ana Ilic", SpeakerTitle: "Secretary", Source: src, SaidOn: "2033-03-15", Seq: 1,
			Where: "meeting with Accord Signatories",
			Text:  "The Secretary pledged support to the monitors of the accord in Ostal"},
	})
	checkFirst(t, b, []firstCase{
		{"what did kelmar say about withdrawing its forces from the hills", ""},
		{"what did ostal say about the withdrawal from the hills", "shared the progress"},
	})
}
