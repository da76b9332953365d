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

// TestShortStemForms: a stem of fewer than four letters ("arm", "us" for
// "use", "put") is held by the forms written on it ("arms", "use",
// "putting"), not by a longer word that merely starts with it ("army",
// "user"), so a turn that says the arms are to be placed beyond use holds
// the question's words in its own.
func TestShortStemForms(t *testing.T) {
	src := corpus.Source{Title: "Daily Briefing", Outlet: "U.S. Department of State", Published: "2031-10-23"}
	b := botOf(t, []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2031-10-23", Source: src, Speaker: "Ana Roe", SpeakerTitle: "State Department Spokesman",
			Question: "The militia says it will hand in its weapons. Do you welcome that?",
			Text:     "As we said yesterday, the step to place arms beyond use would be a historic breakthrough in the peace process."},
		{ID: "2", Kind: corpus.Quote, Seq: 1, SaidOn: "2031-10-23", Source: src, Speaker: "Ana Roe", SpeakerTitle: "State Department Spokesman",
			Question: "And the army?", Text: "The army's role is for the commission to judge."},
	})
	a := b.Ask(context.Background(), "what did roe say about putting arms beyond use")
	if !a.Found || !strings.Contains(a.Items[0].Text, "place arms beyond use") {
		t.Errorf("what did roe say about putting arms beyond use: %+v; want the turn on placing arms beyond use", a)
	}
	v := &view{}
	for _, c := range []struct {
		text, stem string
		want       bool
	}{
		{" the arms are gone ", "arm", true},
		{" the army is here ", "arm", false},
		{" beyond use ", "us", true},
		{" the user said ", "us", false},
		{" putting them down ", "put", true},
	} {
		if got := v.hasFormIn(c.text, c.stem); got != c.want {
			t.Errorf("hasFormIn(%q, %q) = %v; want %v", c.text, c.stem, got, c.want)
		}
	}
}
