package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestHowLongExtended: "for how long did the rebels prolong their truce"
// is answered by the length the truce was extended by ("renewing the
// truce by three months", "for another six weeks"), not by another
// length the article gives in passing.
func TestHowLongExtended(t *testing.T) {
	news := corpus.Source{Title: "Rebels in Marren extend truce", Outlet: "Example News", Published: "2037-07-28"}
	other := corpus.Source{Title: "Coastal talks resume", Outlet: "Example News", Published: "2037-05-02"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: news, SaidOn: "2037-07-28",
			Text: "The Marren rebels joined an interim council last month and have kept their truce since, after ten years of revolt"},
		{ID: "b", Kind: corpus.Fact, Source: news, SaidOn: "2037-07-28", Seq: 1,
			Text: "The Marren rebels said in a statement that they were renewing their truce by three months and still sought a settlement"},
		{ID: "c", Kind: corpus.Fact, Source: other, SaidOn: "2037-05-02",
			Text: "The pause in fighting on the coast was extended after several days of talks"},
		{ID: "d", Kind: corpus.Fact, Source: other, SaidOn: "2037-05-02", Seq: 1,
			Text: "Both sides agreed to extend their pause in fighting on the coast for another six weeks"},
	})
	for _, c := range []struct{ q, text string }{
		{"for how long did the marren rebels prolong their truce", "by three months"},
		{"how long is the pause in fighting on the coast extended", "for another six weeks"},
	} {
		a := b.Ask(context.Background(), c.q)
		if !a.Found || !strings.Contains(a.Items[0].Text, c.text) {
			t.Errorf("%q: found %v %+v; want %q", c.q, a.Found, a.Items, c.text)
		}
	}
}
