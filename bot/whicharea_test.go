package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestWhichAreaAsksAPlace: "which area was the fighting in" asks where, as
// "where" does, and is answered by the statement that names the place
// ("in the Kessar area"), not by one that holds as many of its words
// and names none ("the conflict area").
func TestWhichAreaAsksAPlace(t *testing.T) {
	for _, q := range []string{"which area of norland was the fighting in", "what district was the fighting in", "in which region was the fighting"} {
		if p := Parse(q); p.Want != WantPlace {
			t.Errorf("Parse(%q).Want = %s; want %s", q, p.Want, WantPlace)
		}
	}
	src := corpus.Source{Title: "Call for a pause in Norland", Outlet: "Example Ministry", Published: "2033-04-16"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: src, SaidOn: "2033-04-16", Speaker: "Ana Ruiz",
			Text: "We call on the army of Norland and the rebels to stop the fighting until the families in the conflict area are safely out"},
		{ID: "b", Kind: corpus.Fact, Source: src, SaidOn: "2033-04-16", Speaker: "Ana Ruiz", Seq: 1,
			Text: "We are deeply concerned about the fighting in the Kessar area of Norland"},
	})
	a := b.Ask(context.Background(), "which area of norland was the fighting in")
	if !a.Found || !strings.Contains(a.Items[0].Text, "Kessar area") {
		t.Errorf("found %v %+v; want the Kessar area", a.Found, a.Items)
	}
}
