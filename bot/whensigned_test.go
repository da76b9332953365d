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
