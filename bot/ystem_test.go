package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestStemEndingInY: the index stems "deploy" as "deploi" and "country"
// as "countri"; the words as written keep their "y". A turn that says
// the monitors "should be completely deployed by February" holds the
// question's "deployed" in its own words, not only in the reporter's
// question before it.
func TestStemEndingInY(t *testing.T) {
	src := corpus.Source{Title: "Special Envoy: Press Briefing in Lumen", Outlet: "U.S. Department of State", Published: "2030-12-12"}
	b := botOf(t, []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2030-12-12", Source: src, Speaker: "Ana Roe", SpeakerTitle: "Special Envoy",
			Question: "What are the key steps to make sure this agreement sticks?",
			Text:     "I am convinced it will stick. The monitoring mission, LUMON as it is called, is deploying well and should be completely deployed by February."},
		{ID: "2", Kind: corpus.Quote, Seq: 1, SaidOn: "2030-12-12", Source: src, Speaker: "Ana Roe", SpeakerTitle: "Special Envoy",
			Question: "Will the border be marked soon?",
			Text:     "The commission will start its work on the border next year."},
	})
	a := b.Ask(context.Background(), "when will lumon be fully deployed")
	if !a.Found || !strings.Contains(a.Items[0].Text, "completely deployed by February") {
		t.Errorf("when will lumon be fully deployed: %+v; want the turn that says it will be deployed by February", a)
	}
}
