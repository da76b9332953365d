package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestEventToldOtherwise: a question names an event by one verb and the
// text tells it by another ("call" and a readout's "spoke today with";
// "freed" and "the release of"), and a place asked about is met by its
// possessive ("Kesh’s decision", normalised "keshs").
func TestEventToldOtherwise(t *testing.T) {
	readout := corpus.Source{Title: "Readout of the President’s Call with the Emir of Valdora", Outlet: "The White House", Published: "2031-04-09"}
	statement := corpus.Source{Title: "Statement on the Return of Detained Citizens", Outlet: "The White House", Published: "2031-05-02"}
	news := corpus.Source{Title: "Harbor talks stall", Outlet: "Example News", Published: "2031-03-01"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Speaker: "Mara Quell", SpeakerTitle: "President", Source: readout, SaidOn: "2031-04-09",
			Text: "President Mara Quell spoke today with the Emir of Valdora about the harbor truce"},
		{ID: "b", Kind: corpus.Fact, Speaker: "Mara Quell", SpeakerTitle: "President", Source: readout, SaidOn: "2031-04-09", Seq: 1,
			Text: "She welcomed Kesh’s recent decision to reopen its ports to relief ships"},
		{ID: "c", Kind: corpus.Quote, Speaker: "Mara Quell", SpeakerTitle: "President", Source: statement, SaidOn: "2031-05-02",
			Text: "All told, we negotiated the release of 12 people from Ostmark, including three Finns and two reporters"},
		{ID: "d", Kind: corpus.Fact, Source: news, SaidOn: "2031-03-01",
			Text: "The harbor talks stalled again on Monday after the two delegations walked out"},
	})
	for _, c := range []struct {
		q, text, on string
	}{
		{"when did the president call the emir of valdora", "spoke today with the Emir", "2031-04-09"},
		{"what did kesh decide about its ports", "Kesh’s recent decision", ""},
		{"how many finns were freed in the ostmark deal", "including three Finns", ""},
	} {
		a := b.Ask(context.Background(), c.q)
		if !a.Found || !strings.Contains(a.Items[0].Text, c.text) || c.on != "" && a.Items[0].SaidOn != c.on {
			t.Errorf("%q: found %v %+v; want %q", c.q, a.Found, a.Items, c.text)
		}
	}
	// A call nobody tells of is still not found.
	if a := b.Ask(context.Background(), "when did the emir call the harbor delegations"); a.Found && strings.Contains(a.Items[0].Text, "walked out") {
		t.Errorf("found %+v; want no walk-out for a call", a.Items)
	}
}
