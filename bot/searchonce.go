package bot

import (
	"context"
	"slices"

	"github.com/talkbot/talkbot/index"
)

// searchOnce runs each distinct query of one question once. A question
// whose date finds nothing is asked again year by year, each time falling
// back to the same query without the date: on a question over PolNeAR's
// statements that was the same search four times, 12 of its 17 ms. The
// index never changes under a question, so the first answer holds.
type searchOnce struct {
	Searcher
	done map[index.Query]searched
}

type searched struct {
	hits []index.Hit
	err  error
}

// Search is the index's, or what the same query gave before. The hits are
// the caller's to change.
func (s *searchOnce) Search(ctx context.Context, q index.Query) ([]index.Hit, error) {
	if r, ok := s.done[q]; ok {
		return slices.Clone(r.hits), r.err
	}
	hits, err := s.Searcher.Search(ctx, q)
	if s.done == nil {
		s.done = map[index.Query]searched{}
	}
	s.done[q] = searched{hits: slices.Clone(hits), err: err}
	return hits, err
}

type searchOnceKey struct{}

// withSearchOnce is ctx carrying a searchOnce over s for one question's
// searches (used by one goroutine): a new one, for a new question.
func withSearchOnce(ctx context.Context, s Searcher) context.Context {
	return context.WithValue(ctx, searchOnceKey{}, &searchOnce{Searcher: s})
}

// inSearchOnce is ctx if it carries a searchOnce over s already (the
// question's, for all its searches: the first search of "what did X say
// about Y", X's words, falls back to Y's words from anyone, and looking
// for a report of X's words asks the same again), else withSearchOnce.
func inSearchOnce(ctx context.Context, s Searcher) context.Context {
	if o, ok := ctx.Value(searchOnceKey{}).(*searchOnce); ok && o.Searcher == s {
		return ctx
	}
	return withSearchOnce(ctx, s)
}

// searcherFor is the searchOnce ctx carries for s, or s.
func searcherFor(ctx context.Context, s Searcher) Searcher {
	if o, ok := ctx.Value(searchOnceKey{}).(*searchOnce); ok && o.Searcher == s {
		return o
	}
	return s
}
