package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestDayOfWhatIsAsked: a fact asked with a day and no year ("where will
// Vale be from january 19th") is, when nothing said on that day in any
// year the search looks at fits, the day of what is asked: a briefing of
// another year that names the day answers it.
func TestDayOfWhatIsAsked(t *testing.T) {
	old := corpus.Source{Title: "Daily Press Briefing", Outlet: "U.S. Department of State", Published: "2023-01-08"}
	recent := corpus.Source{Title: "Daily Press Briefing", Outlet: "U.S. Department of State", Published: "2031-01-19"}
	b := botOf(t, []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2023-01-08", Source: old, Speaker: "Ana Roe", SpeakerTitle: "State Department spokesperson",
			Text: "Under Secretary Vale will be in Lumen from January 19th to the 21st, and in Norland after that."},
		{ID: "2", Kind: corpus.Quote, Seq: 0, SaidOn: "2031-01-19", Source: recent, Speaker: "Tom Park", SpeakerTitle: "State Department spokesperson",
			Text: "We have nothing new on the visa rules today."},
		{ID: "3", Kind: corpus.Quote, Seq: 0, SaidOn: "2030-01-19", Source: recent, Speaker: "Tom Park", SpeakerTitle: "State Department spokesperson",
			Text: "The envoy will travel next week."},
	})
	a := b.Ask(context.Background(), "where will vale be from january 19th")
	if !a.Found || !strings.Contains(a.Items[0].Text, "in Lumen from January 19th") {
		t.Errorf("where will vale be from january 19th: %+v; want the briefing that names that day", a)
	}
}
