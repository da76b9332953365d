package bot

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
	"github.com/talkbot/talkbot/internal/gen"
)

// longTopic is 245 words, every one of them in the generated corpus.
func longTopic() string {
	var words []string
	for _, s := range gen.Statements(40, 7) {
		words = append(words, strings.Fields(s.Text)...)
	}
	return strings.Join(words[:245], " ")
}

// statementsOnly is a Searcher over statements alone, for what the bot
// works out without searching (status, timeline): no Bleve index to
// build, so the test can be large.
type statementsOnly []corpus.Statement

func (s statementsOnly) Search(context.Context, index.Query) ([]index.Hit, error) { return nil, nil }
func (s statementsOnly) Terms(text string) []string                               { return strings.Fields(corpus.NormWords(text)) }
func (s statementsOnly) Statements() []corpus.Statement                           { return s }
func (s statementsOnly) Speakers() []index.Speaker                                { return nil }

// TestTopicCostBounded: a status or timeline topic of 245 words costs no
// more than one of maxTopicWords words, on 30,000 generated statements,
// and a cancelled request stops.
func TestTopicCostBounded(t *testing.T) {
	stmts := gen.Statements(30_000, 3)
	v := newView(statementsOnly(stmts)).get()
	b := &Bot{}
	topic := longTopic()
	if n := len(strings.Fields(topic)); n != 245 {
		t.Fatalf("topic has %d words", n)
	}
	kw := topicKeywords(topic)
	if len(kw) > maxTopicWords {
		t.Errorf("%d topic keywords; want at most %d", len(kw), maxTopicWords)
	}
	_, work, err := v.topicArticles(context.Background(), kw)
	if err != nil {
		t.Fatal(err)
	}
	if limit := maxTopicWords * len(stmts); work > limit {
		t.Errorf("status on a 245-word topic looked at %d statements; want at most %d", work, limit)
	}
	_, few, _ := v.topicArticles(context.Background(), kw[:1])
	if work > len(kw)*few*4 {
		t.Errorf("work grows faster than the keywords: %d for %d keywords, %d for one", work, len(kw), few)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, q := range []string{"status " + topic, "timeline " + topic, "status zzz"} {
		p := Parse(q)
		ask := func(ctx context.Context) Answer {
			if p.Intent == Timeline {
				return b.timeline(ctx, v, Answer{}, p)
			}
			return b.status(ctx, v, Answer{}, p)
		}
		if a := ask(ctx); a.Found || !a.Error && q != "status zzz" {
			t.Errorf("%.30q… on a cancelled request: found %v, error %v; want it stopped", q, a.Found, a.Error)
		}
		if a := ask(context.Background()); a.Error || a.Found == (q == "status zzz") {
			t.Errorf("%.30q…: found %v: %s", q, a.Found, a.Summary)
		}
	}
}

// BenchmarkTopic reports status and timeline with a topic of 1, 12 and 245
// words on 60,000 generated statements: the cost must not follow the
// number of words.
func BenchmarkTopic(b *testing.B) {
	ix, err := index.New(gen.Statements(60_000, 3))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	bt := New(ix, Options{})
	bt.cur.Load().v.get()
	words := strings.Fields(longTopic())
	for _, n := range []int{1, 12, 245} {
		topic := strings.Join(words[:n], " ")
		for _, cmd := range []string{"status", "timeline"} {
			b.Run(cmd+"/words="+strconv.Itoa(n), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					bt.Ask(context.Background(), cmd+" "+topic)
				}
			})
		}
	}
}
