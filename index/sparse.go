package index

import (
	"context"
	"math"

	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// anyOf is Bleve's disjunction query (at least min of qs), giving the same
// hits and the same scores, except that a clause no statement can match
// (a synonym the corpus never uses, a word in the sentence field of a
// corpus whose sentences are its statements, a name in the title field)
// is left out of the search instead of being stepped beside the others.
// Bleve keeps every clause of a disjunction and looks at each one for
// every document that matches any: over 10,000 generated statements, the
// words of "who said the ceasefire talks stalled" with their synonyms are
// 18 clauses of which 5 hold anything, and the 13 others took a quarter
// of the query's processor time. A clause left out still counts where
// Bleve counts it: in the weights that normalise the query's scores, and
// in the share of clauses a document matches (coord), by which its sum is
// scaled.
type anyOf struct {
	qs  []query.Query
	min float64
}

// or is anyOf qs, at least min of them.
func or(min float64, qs ...query.Query) *anyOf { return &anyOf{qs: qs, min: min} }

func (q *anyOf) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	var kept []search.Searcher
	weight := 0.0
	for _, c := range q.qs {
		s, err := c.Searcher(ctx, r, m, opts)
		if err != nil {
			for _, k := range kept {
				k.Close()
			}
			return nil, err
		}
		if s == nil {
			continue
		}
		weight += s.Weight()
		if s.Count() == 0 {
			s.Close()
			continue
		}
		kept = append(kept, s)
	}
	if len(kept) == 0 || float64(len(kept)) < q.min {
		for _, k := range kept {
			k.Close()
		}
		// Nothing to match, weighing what the clauses weigh.
		none, err := searcher.NewMatchNoneSearcher(r)
		if err != nil {
			return nil, err
		}
		return &sparse{Searcher: none, weight: weight, scale: 1}, nil
	}
	inner, err := searcher.NewDisjunctionSearcher(ctx, r, kept, q.min, opts)
	if err != nil {
		for _, k := range kept {
			k.Close()
		}
		return nil, err
	}
	s := &sparse{Searcher: inner, weight: weight, scale: float64(len(kept)) / float64(len(q.qs))}
	if weight > 0 {
		// As Bleve's disjunction normalises its clauses, all of them
		// counted; a query holding this one normalises it again.
		s.SetQueryNorm(1 / math.Sqrt(weight))
	}
	return s, nil
}

// sparse is a disjunction of the clauses that can match, weighed and
// scored as the disjunction of them all.
type sparse struct {
	search.Searcher
	weight float64 // of every clause, as Bleve sums them
	scale  float64 // clauses searched over clauses asked
}

func (s *sparse) Weight() float64 { return s.weight }

func (s *sparse) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	return s.scaled(s.Searcher.Next(ctx))
}

func (s *sparse) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	return s.scaled(s.Searcher.Advance(ctx, id))
}

// scaled turns the coord of the clauses searched (matched over searched)
// into Bleve's (matched over asked).
func (s *sparse) scaled(d *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	if d != nil {
		d.Score *= s.scale
	}
	return d, err
}

// words is Bleve's match query of text in field (any of its analysed
// words, each a term query with boost), as anyOf.
func (ix *Index) words(field, text string, boost float64) query.Query {
	toks := ix.mapping.AnalyzerNamed(en.AnalyzerName).Analyze([]byte(text))
	if len(toks) == 0 {
		return query.NewMatchNoneQuery()
	}
	qs := make([]query.Query, len(toks))
	for i, t := range toks {
		tq := query.NewTermQuery(string(t.Term))
		tq.SetField(field)
		tq.SetBoost(boost)
		qs[i] = tq
	}
	return or(1, qs...)
}
