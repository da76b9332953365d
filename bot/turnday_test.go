package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestWhenFromTurnsEarlierDay: "when did the envoys meet both sides" is
// answered by the day a briefer's turn names for the meetings ("meetings
// yesterday that …"), not by the briefing's day.
func TestWhenFromTurnsEarlierDay(t *testing.T) {
	src := corpus.Source{Title: "Daily Press Briefing - May 7, 2025", Outlet: "U.S. Department of State", Published: "2025-05-07"}
	turn := "We said we would go once the holiday was over. The two envoys held meetings yesterday with both sides. So the envoy is in the region today."
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Hale", SpeakerTitle: "State Department spokesperson", Source: src, SaidOn: "2025-05-07",
			Text: turn, Question: "Why did the envoy travel to the region now?"},
	})
	a := b.Ask(context.Background(), "when did the two envoys meet both sides before the envoy went to the region")
	if !a.Found || a.Items[0].SaidOn != "2025-05-06" || !strings.HasPrefix(a.Items[0].Text, "The two envoys held meetings") {
		t.Errorf("found %v %+v; want the sentence on the meetings, the day before the briefing", a.Found, a.Items)
	}
	// A quote is the words whole, said on its day: one sentence of them
	// dated by the day it tells of is a fact, its speaker the source.
	if a.Found && (a.Items[0].Kind != corpus.Fact || a.Items[0].Speaker != "Hale") {
		t.Errorf("the sentence told as %q by %q; want a fact by Hale", a.Items[0].Kind, a.Items[0].Speaker)
	}
	// Of a sentence that names two days, the day of the part asked about.
	c := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Hale", SpeakerTitle: "State Department spokesperson", Source: src, SaidOn: "2025-05-07",
			Text: "He saw the president today, after his meeting with the prime minister yesterday. He goes on to Lisbon."},
	})
	a = c.Ask(context.Background(), "when did the envoy meet the prime minister")
	if !a.Found || a.Items[0].SaidOn != "2025-05-06" {
		t.Errorf("found %v %+v; want the day before the briefing", a.Found, a.Items)
	}
	// What the spokesperson said is still of the briefing's day.
	a = b.Ask(context.Background(), "when did hale say the envoys had meetings with both sides")
	if !a.Found || a.Items[0].SaidOn != "2025-05-07" {
		t.Errorf("found %v %+v; want the briefing's day", a.Found, a.Items)
	}
}

// TestPressSecretaryIsSpokesperson: "the press secretary" asked for is the
// spokesperson the White House calls so, and a Pentagon "Press Secretary"
// is a spokesman.
func TestPressSecretaryIsSpokesperson(t *testing.T) {
	wh := corpus.Source{Title: "Press Briefing, March 6, 2025", Outlet: "The White House", Published: "2025-03-06"}
	dod := corpus.Source{Title: "Pentagon Press Secretary Ivo Marsh Holds a Press Briefing", Outlet: "U.S. Department of Defense", Published: "2025-03-05"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Dana Whitfield", SpeakerTitle: "White House spokesperson", Source: wh, SaidOn: "2025-03-06",
			Text: "The President sent a very strong message to the militia last night about the captives."},
		{ID: "b", Kind: corpus.Quote, Speaker: "Ivo Marsh", SpeakerTitle: "Defense Department Press Secretary", Source: dod, SaidOn: "2025-03-05",
			Text: "The secretary spoke with his counterpart about the corridor and the convoys."},
		{ID: "c", Kind: corpus.Quote, Speaker: "Ivo Marsh", SpeakerTitle: "Defense Department Press Secretary", Source: dod, SaidOn: "2025-03-05", Seq: 1,
			Text: "The department continues to monitor the situation in the north."},
	})
	a := b.Ask(context.Background(), "what did the press secretary say about the message to the militia")
	if !a.Found || a.Items[0].Speaker != "Dana Whitfield" {
		t.Errorf("found %v %+v; want the White House spokesperson", a.Found, a.Items)
	}
	for _, c := range []struct {
		have, asked string
		fits        bool
	}{
		{"Defense Department Press Secretary", "the spokesman", true},
		{"White House spokesperson", "the press secretary", true},
		{"Special Envoy", "the press secretary", false},
	} {
		s := corpus.Statement{Speaker: "Ivo Marsh", SpeakerTitle: c.have, Source: dod}
		if got := askSpeaker(c.asked).person(s); got != c.fits {
			t.Errorf("person(%q, %q) = %v; want %v", c.have, c.asked, got, c.fits)
		}
	}
}

// TestMinutes: "how long was the meeting" is answered by a length in
// minutes as by one in hours or days.
func TestMinutes(t *testing.T) {
	src := corpus.Source{Title: "Remarks on the Norland truce", Outlet: "U.S. Department of State", Published: "2025-05-06"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Ivo Marsh", Source: src, SaidOn: "2025-05-06",
			Text: "The meeting with the two delegations was about 40 minutes long."},
		{ID: "b", Kind: corpus.Quote, Speaker: "Ivo Marsh", Source: src, SaidOn: "2025-05-06", Seq: 1,
			Text: "The delegations said the meeting was constructive."},
	})
	if a := b.Ask(context.Background(), "how long was the meeting with the delegations"); !a.Found || !strings.Contains(a.Items[0].Text, "40 minutes") {
		t.Errorf("found %v %+v; want the minutes", a.Found, a.Items)
	}
}

// TestPressSecretaryQuery: the index is asked for the spokespeople of
// every office when the press secretary is asked for, as when the
// spokesperson is.
func TestPressSecretaryQuery(t *testing.T) {
	for _, asked := range []string{"the press secretary", "the white house press secretary", "the spokesman"} {
		if q := speakerQuery(asked); !strings.Contains(q, "spokesperson") {
			t.Errorf("speakerQuery(%q) = %q; want the spokespeople asked for", asked, q)
		}
	}
}
