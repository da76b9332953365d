package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestSentenceHoldsTheWords: of two turns of one envoy that hold the words
// asked about, the one that says them in one sentence answers before a
// long turn that names them in sentences apart.
func TestSentenceHoldsTheWords(t *testing.T) {
	long := corpus.Source{Title: "Envoy Ana Lind remarks to the press in Port Vell", Outlet: "U.S. Department of State", Published: "2025-02-03"}
	short := corpus.Source{Title: "Envoy Ana Lind at a press availability", Outlet: "U.S. Department of State", Published: "2025-01-20"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Ana Lind", SpeakerTitle: "Special Envoy", Source: long, SaidOn: "2025-02-03",
			Text: "Good morning, everyone. The river quotas were on the table again today, and the river quotas will stay on the table for as long as it takes. " +
				"We spent the morning on the schedule for the next round and on where it will be held. Later in the day the delegations turned to the grain convoys, and the grain convoys took the rest of it."},
		{ID: "b", Kind: corpus.Quote, Speaker: "Ana Lind", SpeakerTitle: "Special Envoy", Source: short, SaidOn: "2025-01-20",
			Text: "The grain convoys will move once the river quotas are settled, and not before, whatever the delegations may say about their own schedules, their venues, their ministers at home and the many statements that their capitals put out each evening after the sessions end."},
	})
	a := b.Ask(context.Background(), "what did lind say about the river quotas and the grain convoys")
	if !a.Found || !strings.Contains(a.Items[0].Text, "convoys will move") {
		t.Errorf("found %v %+v; want the sentence on the convoys and the quotas first", a.Found, a.Items)
	}
}
