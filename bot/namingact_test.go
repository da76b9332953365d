package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestNamingActIsSaying: "who called the deal the final chapter of the
// war" and "who described the talks as stalled" ask who said so, though
// nothing quotes the words: the turn that says it answers, with no form
// of "call" or "describe" in it.
func TestNamingActIsSaying(t *testing.T) {
	src := corpus.Source{Title: "Background Briefing", Outlet: "U.S. Department of State", Published: "2031-09-22"}
	b := botOf(t, []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2031-09-22", Source: src, Speaker: "a senior State Department official",
			Text: "This is a transformational event for Norland. It is also the final chapter of the long war in the hills."},
		{ID: "2", Kind: corpus.Quote, Seq: 1, SaidOn: "2031-09-22", Source: src, Speaker: "a senior State Department official",
			Text: "The talks on the river border have stalled since the spring."},
	})
	for _, c := range []struct{ q, want string }{
		{"who called the norland deal the final chapter of the war", "final chapter"},
		{"who described the river border talks as stalled", "have stalled"},
	} {
		a := b.Ask(context.Background(), c.q)
		if !a.Found || !strings.Contains(a.Items[0].Text, c.want) {
			t.Errorf("%s: %+v; want the turn that says it", c.q, a)
		}
	}
}

// TestCalledTheIsSaying: "who called the deal the final chapter of the
// war" names the deal by a second noun phrase, as "a watershed" does;
// "who called the emergency meeting of the council" is still an act.
func TestCalledTheIsSaying(t *testing.T) {
	for q, want := range map[string]Intent{
		"who called the colombian deal the final chapter in the cold war": WhoSaid,
		"who called the emergency meeting of the UN Security Council":     Fact,
		"who called the meeting": Fact,
	} {
		if p := Parse(q); p.Intent != want {
			t.Errorf("Parse(%q).Intent = %s; want %s", q, p.Intent, want)
		}
	}
}
