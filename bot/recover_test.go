package bot

import (
	"context"
	"testing"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
)

// failingSearch is an index whose search fails inside itself, as code
// might on words no one foresaw.
type failingSearch struct{ *index.Index }

func (failingSearch) Search(context.Context, index.Query) ([]index.Hit, error) {
	var hits []index.Hit
	_ = hits[len(hits)-1] // index out of range
	return nil, nil
}

// TestAskRecovers: a question the bot fails on inside itself gets an
// apology, marked as an error, and the bot answers the next question.
func TestAskRecovers(t *testing.T) {
	src := corpus.Source{Title: "Envoy briefs on the Ostra talks", Outlet: "Wire", Published: "2034-02-11"}
	stmts := []corpus.Statement{{ID: "s0", Kind: corpus.Quote, Speaker: "Lena Vidal", Text: "The Ostra talks resume on Monday in Velka.", SaidOn: "2034-02-11", Source: src}}
	ix, err := index.New(stmts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	b := New(ix, Options{})
	b.cur.Store(startState(ix, failingSearch{ix}))
	for _, q := range []string{"who said the ostra talks resume on monday", "what did vidal say about velka"} {
		a := b.Ask(context.Background(), q)
		if !a.Error || a.Found || a.Summary != ApologyText {
			t.Errorf("%q: %+v; want an apology marked as an error", q, a)
		}
	}
	good := New(ix, Options{})
	if a := good.Ask(context.Background(), "who said the ostra talks resume on monday"); !a.Found {
		t.Errorf("the same question on a sound index found nothing: %+v", a)
	}
}
