package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestYearNamesThingLater: "the 2031 accord" tells which accord; a
// briefing years later that names it by its year answers a question on
// it, though statements of that year were read too.
func TestYearNamesThingLater(t *testing.T) {
	early := corpus.Source{Title: "Press Briefing, March 2031", Outlet: "U.S. Department of State", Published: "2031-03-02"}
	late := corpus.Source{Title: "Press Briefing, June 2035", Outlet: "U.S. Department of State", Published: "2035-06-10"}
	b := botOf(t, []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2031-03-02", Source: early, Speaker: "Lea Park", SpeakerTitle: "State Department spokesperson",
			Text: "The negotiators of Norland and Sudmark are meeting again in Lumen this week."},
		{ID: "2", Kind: corpus.Quote, Seq: 0, SaidOn: "2035-06-10", Source: late, Speaker: "Tom Vale", SpeakerTitle: "State Department spokesperson",
			Text: "If Norland is prepared to honor its commitments under the 2031 accord, then we are prepared to lift the tariffs."},
		{ID: "3", Kind: corpus.Quote, Seq: 1, SaidOn: "2035-06-10", Source: late, Speaker: "Tom Vale", SpeakerTitle: "State Department spokesperson",
			Text: "We have nothing to announce on travel."},
	})
	for _, q := range []string{
		"what will the us do if norland honors its commitments under the 2031 accord",
		"what happens if norland honors its commitments under the 2031 accord?",
	} {
		a := b.Ask(context.Background(), q)
		if !a.Found || !strings.Contains(a.Items[0].Text, "lift the tariffs") {
			t.Errorf("%s: %+v; want the later briefing that names the 2031 accord", q, a)
		}
	}
}
