package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestPassiveAsk: "what was swapped in the exchange", "what was discussed
// on the call" ask in the passive what was done. The participle is a word
// to look for, not a thing every answer must name: the sentence that
// tells of the exchange answers, though it says "exchange", not "swapped".
func TestPassiveAsk(t *testing.T) {
	for _, q := range []string{"what was swapped in the ferry prisoner exchange", "what was discussed at the harbor talks"} {
		p := Parse(q)
		if p.Intent != Fact || p.About != "" || !strings.HasPrefix(p.Words, strings.Fields(q)[2]+" ") {
			t.Errorf("Parse(%q) = %+v; want a fact question with the participle among its words and nothing it must be about", q, p)
		}
	}
	// Not a passive: a thing named, then what it did.
	if p := Parse("what was the envoy doing in basel"); p.About == "" {
		t.Errorf("Parse(what was the envoy doing in basel) = %+v; want the envoy asked about", p)
	}
	src := corpus.Source{Title: "Ferry prisoner exchange raises hopes", Outlet: "Wire", Published: "2025-03-09"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2025-03-09", Source: src, Speaker: "the coastal agency",
			Text: "Village elders had brokered the exchange of a captured ferry pilot for seven fishermen held in the port"},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2025-03-09", Source: src,
			Text: "The agency gave no further details on the talks"},
	}
	b := botOf(t, stmts)
	a := b.Ask(context.Background(), "what was swapped in the ferry prisoner exchange")
	if !a.Found || !strings.Contains(a.Items[0].Text, "captured ferry pilot") {
		t.Errorf("what was swapped in the ferry prisoner exchange: %+v; want the exchange of the pilot first", a)
	}
}
