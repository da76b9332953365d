package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestOfficeRefersToHolder: a briefer's "the Secretary is in Lumen" of a
// State Department briefing speaks of the Secretary of State of its day,
// and answers a question that names that person.
func TestOfficeRefersToHolder(t *testing.T) {
	src := corpus.Source{Title: "Daily Press Briefing", Outlet: "U.S. Department of State", Published: "2015-03-30"}
	b := botOf(t, []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2015-03-30", Source: src, Speaker: "Lea Park", SpeakerTitle: "State Department spokesperson",
			Text: "A quick travel update: the Secretary is in Lumen with the Energy Secretary and the whole negotiating team.", Refers: []string{"John Kerry"}},
		{ID: "2", Kind: corpus.Quote, Seq: 1, SaidOn: "2015-03-30", Source: src, Speaker: "Lea Park", SpeakerTitle: "State Department spokesperson",
			Text: "We have nothing to announce on the visa question."},
	})
	for _, q := range []string{"where was kerry on march 30 2015", "who is with kerry in lumen"} {
		a := b.Ask(context.Background(), q)
		if !a.Found || !strings.Contains(a.Items[0].Text, "the Secretary is in Lumen") {
			t.Errorf("%s: %+v; want the turn that says where the Secretary is", q, a)
		}
	}
}
