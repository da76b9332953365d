package bot

import (
	"context"
	"slices"
	"testing"

	"github.com/talkbot/talkbot/internal/gen"
)

// TestTalksNowNotReady: on more statements than a question may wait for
// (inlineTalks), before the talks are worked out, a question does not
// work them out itself: talksNow says they are not ready, a topic's
// score is not spread over its talks, no claim terms are picked out, and
// a status with no topic lists the newest article alone. Once they are
// worked out, all of these use them.
func TestTalksNowNotReady(t *testing.T) {
	v := newView(statementsOnly(gen.Statements(inlineTalks+1, 2))).get()
	if negs, ok := v.talksNow(); ok || negs != nil {
		t.Fatalf("talksNow() = %d talks, %v; want none, false", len(negs), ok)
	}
	if v.negOnce.done.Load() {
		t.Fatal("talksNow worked the talks out on a question's time")
	}
	score := make([]float64, len(v.articles))
	for i := range score {
		score[i] = float64(i % 3)
	}
	was := slices.Clone(score)
	v.spreadOverTalks(score)
	if !slices.Equal(score, was) {
		t.Error("spreadOverTalks changed the scores before the talks were worked out")
	}
	terms := []string{"gaza", "ceasefire", "stalled"}
	if got := v.claimTerms(terms); got != nil {
		t.Errorf("claimTerms(%q) = %q before the talks were worked out; want nil", terms, got)
	}
	b := &Bot{}
	sources := func() int {
		a := b.status(context.Background(), v, Answer{}, Question{Intent: Status, Want: WantStatus})
		if len(a.Items) == 0 {
			t.Fatal("status lists nothing")
		}
		seen := map[string]bool{}
		for _, it := range a.Items {
			seen[it.Source.Title+" "+it.Source.Published] = true
		}
		return len(seen)
	}
	if n := sources(); n != 1 {
		t.Errorf("status before the talks were worked out lists %d articles; want the newest alone", n)
	}
	if v.negOnce.done.Load() {
		t.Fatal("a status worked the talks out on a question's time")
	}

	if len(v.negotiations()) == 0 {
		t.Fatal("no talks worked out")
	}
	if negs, ok := v.talksNow(); !ok || len(negs) == 0 {
		t.Errorf("once worked out, talksNow() = %d talks, %v; want them, true", len(negs), ok)
	}
	score = slices.Clone(was)
	if v.spreadOverTalks(score); slices.Equal(score, was) {
		t.Error("once the talks are worked out, spreadOverTalks changes no score")
	}
	if got := v.claimTerms(terms); slices.Contains(got, "gaza") {
		t.Errorf("once the talks are worked out, claimTerms(%q) = %q; want no name of talks", terms, got)
	}
	if n := sources(); n < 2 {
		t.Errorf("status once the talks were worked out lists %d articles; want the newest on other talks too", n)
	}
}

// TestTalksNowInline: on fewer statements, a question works the talks
// out itself.
func TestTalksNowInline(t *testing.T) {
	v := newView(statementsOnly(gen.Statements(2000, 2))).get()
	if negs, ok := v.talksNow(); !ok || len(negs) == 0 || !v.negOnce.done.Load() {
		t.Errorf("talksNow() = %d talks, %v; want them worked out, true", len(negs), ok)
	}
}
