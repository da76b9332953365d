package bot

import (
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestNamesAloneAnswerNoFact: a fact question is not answered by a
// statement that meets only its names (who and where) and none of what it
// asks of them in its own words: the opening of a call "on the release of
// Ada Roe from Vell" tells nothing of what Vell got in exchange. What
// does tell it still answers, and so does the kind of answer asked: a
// place named for "where", someone named in the act's role for "who
// chairs".
func TestNamesAloneAnswerNoFact(t *testing.T) {
	call := corpus.Source{Title: "Background Call on the Release of Ada Roe from Vell", Outlet: "Department of State", Published: "2037-05-02"}
	commission := corpus.Source{Title: "Statement on the Estrian Peace Agreement", Outlet: "Department of State", Published: "2037-06-11"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "a senior official", Source: call, SaidOn: "2037-05-02",
			Text: "Good afternoon and thank you for joining this call on the release of Ada Roe from Vell. The call is on background."},
		{ID: "b", Kind: corpus.Quote, Speaker: "a senior official", Source: call, SaidOn: "2037-05-02", Seq: 1,
			Text: "Ada Roe was held in Vell for three years on a false charge of smuggling, and we are glad she is free."},
		{ID: "c", Kind: corpus.Quote, Speaker: "Mara Quell", SpeakerTitle: "Spokesperson", Source: commission, SaidOn: "2037-06-11",
			Text: "We call on both parties to form the unity government in full cooperation with TMC Chairperson, President Ola Brun"},
	})
	checkFirst(t, b, []firstCase{
		{"what did vell get in exchange for ada roe", ""},
		{"what was ada roe charged with in vell", "false charge of smuggling"},
		{"who chairs the tmc", "TMC Chairperson, President Ola Brun"},
	})
}
