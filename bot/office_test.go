package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestBodyToldOfByOthers: "what did the river council do about the dam
// plan" asks what a body did; when the body said nothing itself, what
// another says of it answers.
func TestBodyToldOfByOthers(t *testing.T) {
	src := corpus.Source{Title: "Envoy Ana Lind on the dam plan", Outlet: "U.S. Department of State", Published: "2025-05-06"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Ana Lind", SpeakerTitle: "Special Envoy", Source: src, SaidOn: "2025-05-06",
			Text: "Since the dam plan was put forward, country after country has backed it. The River Council, which rarely agrees on anything, backed it almost to a member."},
		{ID: "b", Kind: corpus.Quote, Speaker: "Ana Lind", SpeakerTitle: "Special Envoy", Source: src, SaidOn: "2025-05-06", Seq: 1,
			Text: "We are waiting for the upstream states to answer."},
	})
	a := b.Ask(context.Background(), "what did the river council do about the dam plan")
	if !a.Found || !strings.Contains(a.Items[0].Text, "backed it almost to a member") {
		t.Errorf("found %v %+v; want what the envoy said the council did", a.Found, a.Items)
	}
	// What the body said is still asked of the body.
	if a := b.Ask(context.Background(), "what did the river council say about the dam plan"); a.Found {
		t.Errorf("found %+v; want nothing the council said", a.Items)
	}
}
