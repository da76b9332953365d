package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestWhenSignedNotWhoSigned: "when was the Harlow peace agreement signed"
// asks for the day of that signing, not for whoever is said to have signed
// something: a sentence that names who signed another accord ("the Red
// Hand Front signed their first truce accord over the weekend") does not
// come before the one that names the agreement and its day.
func TestWhenSignedNotWhoSigned(t *testing.T) {
	news := corpus.Source{Title: "Government and rebels reach a truce", Outlet: "Example News", Published: "2036-08-28"}
	statement := corpus.Source{Title: "Statement on the Anniversary of the Harlow Peace Agreement", Outlet: "Department of State", Published: "2041-10-03"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: news, SaidOn: "2036-08-28",
			Text: "The government and the rebel Red Hand Front (RHF) signed a first truce deal at the weekend, lifting hopes of a settlement"},
		{ID: "b", Kind: corpus.Fact, Source: statement, SaidOn: "2041-10-03",
			Text: "The partners commend the people of Osterland as they mark the anniversary of the signing of the Harlow Peace Agreement on October 3, 2040"},
	})
	a := b.Ask(context.Background(), "when was the harlow peace agreement signed")
	if !a.Found || !strings.Contains(a.Items[0].Text, "Harlow Peace Agreement on October 3") {
		t.Errorf("found %v %+v; want the sentence naming the Harlow agreement and its day", a.Found, a.Items)
	}
	// Who signed is still told by the sentence that names who did.
	a = b.Ask(context.Background(), "who signed the truce accord over the weekend")
	if !a.Found || !strings.Contains(a.Items[0].Text, "Red Hand Front") {
		t.Errorf("found %v %+v; want the sentence naming who signed", a.Found, a.Items)
	}
}

// TestWhenAtTheHourOfABriefing: a briefer tells when a meeting began by
// the hour of the briefing's own day ("beginning at 3:10 p.m."); "when did
// the trilateral start" is answered by that turn, long as it is, not by a
// short one that says only that a process has begun.
func TestWhenAtTheHourOfABriefing(t *testing.T) {
	readout := corpus.Source{Title: "Readout to the Pool by the Press Secretary", Outlet: "Example Office", Published: "2034-01-04"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Ana Ilic", Source: readout, SaidOn: "2034-01-04",
			Text: "The two delegations and the mediator sat down together for an hour, beginning at 3:10 p.m., and broke at 4:10 p.m.; it was a productive session, and both sides said again that they would stay with the process to the end"},
		{ID: "b", Kind: corpus.Quote, Speaker: "Ana Ilic", Source: readout, SaidOn: "2034-01-04", Seq: 1,
			Text: "I will not go into who sits on the committees, only that there are many issues for them to work through, and that work has begun"},
	})
	for _, c := range []struct{ q, text string }{
		{"when did the trilateral on jan 4 2034 start", "beginning at 3:10 p.m."},
	} {
		a := b.Ask(context.Background(), c.q)
		if !a.Found || !strings.Contains(a.Items[0].Text, c.text) {
			t.Errorf("%q: found %v %+v; want %q", c.q, a.Found, a.Items, c.text)
		}
	}
}

func TestNamesTime(t *testing.T) {
	for text, want := range map[string]bool{
		"the talks kicked off early this afternoon": true, "they met at 3:10 p.m. and broke at 4:10": true,
		"the call is at 11 am": true, "we spoke last night": true, "the talks resume this week": false,
		"I am sure the PM will go": false, "the 2 sides met": false,
	} {
		if got := namesTime(text); got != want {
			t.Errorf("namesTime(%q) = %v; want %v", text, got, want)
		}
	}
}
