package bot

import (
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestFreedAndNeeded: questions say "freed" where briefings say
// "released", and "needing" what they call "necessary"; a briefing on an
// invented release of fishermen and a consulate answers both, though the
// question has a word more than the answer.
func TestFreedAndNeeded(t *testing.T) {
	brief := corpus.Source{Title: "Press Briefing on the Ostra Fishermen", Outlet: "Ministry of Foreign Affairs", Published: "2034-02-11"}
	q := "Some lawmakers want no money spent on a consulate in Ostra. Does that stop the project?"
	a := "As far as I know, no extra funds from the legislature will be necessary before the consulate in Ostra can open."
	stmts := []corpus.Statement{
		{ID: "r0", Kind: corpus.Quote, Seq: 0, SaidOn: "2034-02-11", Source: brief, Speaker: "Lena Vidal", SpeakerTitle: "spokesperson",
			Text: "Mediators secured the release of 40 fishermen held on the island of Ostra, who were then taken to the port of Velka."},
		{ID: "r1", Kind: corpus.Quote, Seq: 1, SaidOn: "2034-02-11", Source: brief, Speaker: "Lena Vidal", SpeakerTitle: "spokesperson",
			Text: "In coordination with the port authorities, we helped arrange the return of all 40 fishermen to their families."},
		{ID: "r2", Kind: corpus.Quote, Seq: 2, SaidOn: "2034-02-11", Source: brief, Speaker: "Lena Vidal", SpeakerTitle: "spokesperson",
			Text: a, Question: q, Sentence: q + " " + a},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"where were the freed fishermen brought", "taken to the port of Velka"},
		{"what did vidal say about needing money from lawmakers for a consulate", "no extra funds from the legislature will be necessary"},
	})
}
