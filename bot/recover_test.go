package bot

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
)

// failingOnce is an index whose first search fails inside itself, as
// code might on words no one foresaw; the searches after it are sound.
type failingOnce struct {
	*index.Index
	failed *atomic.Bool
}

func (f failingOnce) Search(ctx context.Context, q index.Query) ([]index.Hit, error) {
	if f.failed.CompareAndSwap(false, true) {
		var hits []index.Hit
		_ = hits[len(hits)-1] // index out of range
	}
	return f.Index.Search(ctx, q)
}

// TestAskRecovers: a question the bot fails on inside itself gets an
// apology, marked as an error, and is logged with the failure; the same
// bot answers the next question.
func TestAskRecovers(t *testing.T) {
	src := corpus.Source{Title: "Envoy briefs on the Ostra talks", Outlet: "Wire", Published: "2034-02-11"}
	stmts := []corpus.Statement{{ID: "s0", Kind: corpus.Quote, Speaker: "Lena Vidal", Text: "The Ostra talks resume on Monday in Velka.", SaidOn: "2034-02-11", Source: src}}
	ix, err := index.New(stmts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	var logs bytes.Buffer
	b := New(ix, Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	b.cur.Store(startState(ix, failingOnce{ix, new(atomic.Bool)}))
	const q = "who said the ostra talks resume on monday"
	if a := b.Ask(context.Background(), q); !a.Error || a.Found || a.Summary != ApologyText {
		t.Errorf("%q: %+v; want an apology marked as an error", q, a)
	}
	if l := logs.String(); !strings.Contains(l, "answering failed") || !strings.Contains(l, "index out of range") {
		t.Errorf("the failure is not logged with its cause:\n%s", l)
	}
	if a := b.Ask(context.Background(), q); a.Error || !a.Found || a.Items[0].Speaker != "Lena Vidal" {
		t.Errorf("after the failure the same bot does not answer %q: %+v", q, a)
	}
}
