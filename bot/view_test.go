package bot

import (
	"sync"
	"testing"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
)

// TestAnaphoric: whether a statement points back is the expression's
// answer, worked out once and the same when asked again, from several
// questions at once.
func TestAnaphoric(t *testing.T) {
	src := corpus.Source{Title: "Harbour talks", Outlet: "Wire", Published: "2025-04-02"}
	texts := []string{
		"the two ports agreed a framework for the fishing fleets",
		"that framework holds until the autumn",
		"She said the fleets would keep to their waters",
		"nothing more was agreed on the first day",
	}
	var stmts []corpus.Statement
	for i := 0; i < 40; i++ {
		text := texts[i%len(texts)]
		stmts = append(stmts, corpus.Statement{Kind: corpus.Fact, Speaker: "Mira Tolland", Text: text, Sentence: text, Source: src})
	}
	ix, err := index.New(stmts)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	v := newView(ix).get()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for round := 0; round < 2; round++ {
				for i, s := range stmts {
					if got, want := v.anaphoric(i, s.Text), anaphorRE.MatchString(s.Text); got != want {
						t.Errorf("statement %d %q, round %d: anaphoric %v, want %v", i, s.Text, round, got, want)
					}
				}
			}
		})
	}
	wg.Wait()
	if !v.anaphoric(1, texts[1]) || !v.anaphoric(2, texts[2]) || v.anaphoric(3, texts[3]) {
		t.Error("the fixtures are not read as they were written to be")
	}
}

// TestDemonymPlaceKept: a people's word gives its place however it is
// written and however often it is asked; other words give nothing.
func TestDemonymPlaceKept(t *testing.T) {
	for round := 0; round < 2; round++ {
		for w, want := range map[string]string{"sudanese": "sudan", "Sudanese": "sudan", "UKRAINIAN": "ukraine", "minister": "", "Tolland": ""} {
			if got := demonymPlace(w); got != want {
				t.Errorf("round %d: demonymPlace(%q) = %q, want %q", round, w, got, want)
			}
		}
	}
}
