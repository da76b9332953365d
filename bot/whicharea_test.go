package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestWhichAreaAsksAPlace: "which area was the fighting in" asks where, as
// "where" does, and is answered by the statement that names the place
// ("in the Kessar area"), not by one that holds as many of its words
// and names none ("the conflict area").
func TestWhichAreaAsksAPlace(t *testing.T) {
	for _, q := range []string{"which area of norland was the fighting in", "what district was the fighting in", "in which region was the fighting"} {
		if p := Parse(q); p.Want != WantPlace {
			t.Errorf("Parse(%q).Want = %s; want %s", q, p.Want, WantPlace)
		}
	}
	src := corpus.Source{Title: "Call for a pause in Norland", Outlet: "Example Ministry", Published: "2033-04-16"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: src, SaidOn: "2033-04-16", Speaker: "Ana Ruiz",
			Text: "We call on the army of Norland and the rebels to stop the fighting until the families in the conflict area are safely out"},
		{ID: "b", Kind: corpus.Fact, Source: src, SaidOn: "2033-04-16", Speaker: "Ana Ruiz", Seq: 1,
			Text: "We are deeply concerned about the fighting in the Kessar area of Norland"},
	})
	a := b.Ask(context.Background(), "which area of norland was the fighting in")
	if !a.Found || !strings.Contains(a.Items[0].Text, "Kessar area") {
		t.Errorf("found %v %+v; want the Kessar area", a.Found, a.Items)
	}
}

// TestWhoCalledIsSaying: "who called the attack inconsistent with …",
// "who described the talks as constructive" ask who said it was so, and
// are answered by the words that say it, not by a call on someone
// ("We call on both sides …"); "who called the president on Sunday"
// still asks who made a call.
func TestWhoCalledIsSaying(t *testing.T) {
	for q, want := range map[string]Intent{
		"who called the rebel attack inconsistent with their claims": WhoSaid,
		"who called the accord a turning point":                      WhoSaid,
		"who described the talks as constructive":                    WhoSaid,
		"who called the egyptian president on sunday":                Fact,
		"who called the agent in charge":                             Fact,
	} {
		if p := Parse(q); p.Intent != want {
			t.Errorf("Parse(%q).Intent = %s; want %s", q, p.Intent, want)
		}
	}
	src := corpus.Source{Title: "Norland: violations of the truce", Outlet: "Example Ministry", Published: "2033-12-05"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: src, SaidOn: "2033-12-05", Speaker: "Ana Ruiz", SpeakerTitle: "Deputy Spokesman",
			Text: "We call on both the government and the rebels to take immediate action to uphold the truce"},
		{ID: "b", Kind: corpus.Fact, Source: src, SaidOn: "2033-12-05", Speaker: "Ana Ruiz", SpeakerTitle: "Deputy Spokesman", Seq: 1,
			Text: "Such violence is inconsistent with the rebels' claims to be committed to the peace process"},
	})
	a := b.Ask(context.Background(), "who called the rebel attack inconsistent with their claims to be committed to the peace process")
	if !a.Found || !strings.Contains(a.Items[0].Text, "inconsistent") || a.Items[0].Speaker != "Ana Ruiz" {
		t.Errorf("found %v %+v; want Ana Ruiz's words on the violence", a.Found, a.Items)
	}
}

// TestPurposeQuestion: "what is the mission meant to do" asks what it is
// for, not what the mission "meant", and is answered by the words that
// say what it aims to do.
func TestPurposeQuestion(t *testing.T) {
	if p := Parse("what is the mission meant to do in norland"); p.Intent != Fact {
		t.Errorf("Parse: intent %s; want %s", p.Intent, Fact)
	}
	src := corpus.Source{Title: "Remarks on Norland", Outlet: "Example Mission", Published: "2033-10-23"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Source: src, SaidOn: "2033-10-23", Speaker: "Ana Ruiz",
			Text: "The council renewed the mandate of the mission in Norland last week"},
		{ID: "b", Kind: corpus.Quote, Source: src, SaidOn: "2033-10-23", Speaker: "Ana Ruiz", Seq: 1,
			Text: "The mission aims to support the police in Norland as they work to improve security"},
	})
	a := b.Ask(context.Background(), "what is the mission meant to do in norland")
	if !a.Found || !strings.Contains(a.Items[0].Text, "aims to support") {
		t.Errorf("found %v %+v; want what the mission aims to do", a.Found, a.Items)
	}
}

// TestWhenSpokeWith: "when did the president speak with the minister
// about the hostages" asks when they spoke, the call, and is answered by
// the sentence that tells of it ("spoke today with …"), not by another
// of the same readout that holds the other words.
func TestWhenSpokeWith(t *testing.T) {
	if p := Parse("when did okoro speak with the minister about the hostages"); !strings.HasPrefix(p.Words, "speak with") {
		t.Errorf("Parse: words %q; want the call asked", p.Words)
	}
	src := corpus.Source{Title: "Readout of President Okoro's Call with Minister Ilic", Outlet: "Example Presidency", Published: "2033-01-26"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: src, SaidOn: "2033-01-26", Speaker: "Ama Okoro",
			Text: "President Okoro spoke today with Minister Ilic of Norland"},
		{ID: "b", Kind: corpus.Fact, Source: src, SaidOn: "2033-01-26", Speaker: "Ama Okoro", Seq: 1,
			Text: "The President thanked the Minister for Norland's role in the efforts to free the hostages held in the hills"},
	})
	a := b.Ask(context.Background(), "when did okoro speak with the minister about the hostages")
	if !a.Found || !strings.Contains(a.Items[0].Text, "spoke today") {
		t.Errorf("found %v %+v; want the call", a.Found, a.Items)
	}
}

// TestToldListener: "what did the president tell ilic about the rebels"
// is answered, of a page that holds two readouts, by the sentence that
// names the one told, before one of the other call that holds the rest.
func TestToldListener(t *testing.T) {
	src := corpus.Source{Title: "Readout of President Okoro's Call with President Ilic", Outlet: "Example Presidency", Published: "2033-05-15"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: src, SaidOn: "2033-05-15", Speaker: "Ama Okoro",
			Text: "President Okoro updated President Ilic on the diplomatic engagement on the ongoing conflict in the north and stressed the need for the rebels to stop firing rockets on the river towns of Norland"},
		{ID: "b", Kind: corpus.Fact, Source: src, SaidOn: "2033-05-15", Speaker: "Ama Okoro", Seq: 1,
			Text: "The President condemned the rocket attacks from the rebels"},
	})
	a := b.Ask(context.Background(), "what did okoro tell ilic about the rebels")
	if !a.Found || !strings.Contains(a.Items[0].Text, "President Ilic") {
		t.Errorf("found %v %+v; want the sentence naming Ilic", a.Found, a.Items)
	}
}
