package bot

import (
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestClockAsked: "what time does the truce start" asks when, and is
// answered by a statement that tells the hour before one that tells only
// the day; with no hour told, the day is the answer still.
func TestClockAsked(t *testing.T) {
	for _, q := range []string{"what time does the harbour truce take effect", "at what time did the truce start"} {
		if p := Parse(q); p.Intent != When || p.Want != WantDate {
			t.Errorf("Parse(%q) = %s, %s; want when, date", q, p.Intent, p.Want)
		}
	}
	wire := corpus.Source{Title: "Harbour factions agree a truce", Outlet: "Harbour Wire", Published: "2031-03-01"}
	river := corpus.Source{Title: "River clans sign a truce", Outlet: "Harbour Wire", Published: "2031-04-02"}
	st := func(src corpus.Source, seq int, text string) corpus.Statement {
		return corpus.Statement{ID: text, Kind: corpus.Fact, Text: text, SaidOn: src.Published, Source: src, Seq: seq}
	}
	b := botOf(t, []corpus.Statement{
		st(wire, 0, "The two harbour factions agreed on a truce that takes effect on Saturday in Vell"),
		st(wire, 1, "The mediators said the harbour truce takes effect at 6 p.m. local time, when the guns must fall silent"),
		st(river, 0, "The river clans signed a truce that takes effect on Sunday"),
	})
	checkFirst(t, b, []firstCase{
		{"what time does the harbour truce take effect", "at 6 p.m. local time"},
		{"what time does the river truce take effect", "takes effect on Sunday"},
	})
}
