package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestActDaySpokenOfLater: "what did the spokesperson say about the truce
// announced on <day>" is answered by what was said the day after of
// "yesterday's" truce, or days after of the truce of that weekday, when
// nothing was said on the day itself; words the day after that are of
// another day are not.
func TestActDaySpokenOfLater(t *testing.T) {
	src := corpus.Source{Title: "Daily Press Briefing - April 9, 2025", Outlet: "U.S. Department of State", Published: "2025-04-09"}
	later := corpus.Source{Title: "Daily Press Briefing - April 11, 2025", Outlet: "U.S. Department of State", Published: "2025-04-11"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Ivo Marsh", SpeakerTitle: "State Department spokesperson", Source: src, SaidOn: "2025-04-09",
			Text: "The port truce that was announced yesterday did not hold through the night, and shelling resumed near the harbour."},
		{ID: "b", Kind: corpus.Quote, Speaker: "Ivo Marsh", SpeakerTitle: "State Department spokesperson", Source: later, SaidOn: "2025-04-11",
			Text: "The northern truce we welcomed last week has frayed, and the monitors have left the valley."},
	})
	a := b.Ask(context.Background(), "what did the spokesperson say about the port truce announced on april 8 2025")
	if !a.Found || !strings.Contains(a.Items[0].Text, "did not hold through the night") {
		t.Errorf("found %v %+v; want what was said the day after of yesterday's truce", a.Found, a.Items)
	}
	a = b.Ask(context.Background(), "what did the spokesperson say about the northern truce announced on april 10 2025")
	if a.Found {
		t.Errorf("found %+v; words of last week's truce are not of a truce announced the day before", a.Items)
	}
}

// TestSpokeOfDay tells the words said after a day that speak of it.
func TestSpokeOfDay(t *testing.T) {
	tests := []struct {
		saidOn, text, day string
		want              bool
	}{
		{"2025-04-09", "What was agreed yesterday did not hold.", "2025-04-08", true},
		{"2025-04-10", "What was agreed yesterday did not hold.", "2025-04-08", false},
		{"2025-04-11", "The truce agreed on Tuesday did not hold.", "2025-04-08", true},
		{"2025-04-11", "The truce agreed on Monday did not hold.", "2025-04-08", false},
		{"2025-04-20", "The truce agreed last Tuesday did not hold.", "2025-04-08", false},
		{"2025-04-08", "The truce was agreed today.", "2025-04-08", false},
	}
	for _, tt := range tests {
		if got := spokeOfDay(corpus.Statement{SaidOn: tt.saidOn, Text: tt.text}, tt.day); got != tt.want {
			t.Errorf("spokeOfDay(%s %q, %s) = %v; want %v", tt.saidOn, tt.text, tt.day, got, tt.want)
		}
	}
}
