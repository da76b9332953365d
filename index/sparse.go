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
	if len(q.qs) > 1 && float64(len(q.qs)) >= q.min && allSame(q.qs) {
		return q.same(ctx, r, m, opts)
	}
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
	var inner search.Searcher
	if len(kept) == 1 {
		inner = &repeated{Searcher: kept[0], n: 1, min: int(q.min)}
	} else {
		d, err := searcher.NewDisjunctionSearcher(ctx, r, kept, q.min, opts)
		if err != nil {
			for _, k := range kept {
				k.Close()
			}
			return nil, err
		}
		inner = d
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

// A disjunction of one clause, or of the same clause several times (the
// speaker asked, "Blinken blinken": the name as asked and as role words,
// one word), scores as that clause's searcher alone with its score added
// to itself as often: Bleve's disjunction sums its clauses' scores in
// turn, all of them here, times a coord of n/n = 1. Stepped through
// Bleve's disjunction, each step of the speaker's clauses went through
// two disjunctions and read the same postings twice: half of every step.

// repeated is the disjunction of n copies of a searcher's clause (at
// least min of them), scored and weighed as Bleve's disjunction of them.
type repeated struct {
	search.Searcher
	n, min int
	last   bindex.IndexInternalID // the document last returned
}

func (s *repeated) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	return s.summed(s.Searcher.Next(ctx))
}

// Advance never goes back, as the disjunction does not: to a document at
// or before the last returned, it is the next one.
func (s *repeated) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	if s.last != nil && id.Compare(s.last) <= 0 {
		return s.summed(s.Searcher.Next(ctx))
	}
	return s.summed(s.Searcher.Advance(ctx, id))
}

// summed is the clause's score summed n times in turn, as the
// disjunction sums them (coord n/n, a product with 1, is left out).
func (s *repeated) summed(d *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	if d == nil {
		return d, err
	}
	s.last = append(s.last[:0], d.IndexInternalID...)
	if s.n > 1 {
		one, sum := d.Score, d.Score
		for i := 1; i < s.n; i++ {
			sum += one
		}
		d.Score = sum
	}
	return d, err
}

func (s *repeated) Weight() float64 {
	one := s.Searcher.Weight()
	sum := 0.0
	for i := 0; i < s.n; i++ {
		sum += one
	}
	return sum
}

func (s *repeated) Count() uint64 { return uint64(s.n) * s.Searcher.Count() }

func (s *repeated) Min() int { return s.min }

func (s *repeated) DocumentMatchPoolSize() int { return s.n * (1 + s.Searcher.DocumentMatchPoolSize()) }

// allSame: every query of qs is the same term query, or the same word's
// spelling variants, with the same boost.
func allSame(qs []query.Query) bool {
	for _, c := range qs[1:] {
		if !sameClause(qs[0], c) {
			return false
		}
	}
	return true
}

func sameClause(a, b query.Query) bool {
	switch a := a.(type) {
	case *query.TermQuery:
		b, ok := b.(*query.TermQuery)
		return ok && a.Term == b.Term && a.FieldVal == b.FieldVal && a.Boost() == b.Boost()
	case *fuzzyTerm:
		b, ok := b.(*fuzzyTerm)
		return ok && a.v == b.v && a.boost == b.boost
	}
	return false
}

// same is anyOf's searcher of n copies of one clause.
func (q *anyOf) same(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	c, err := q.qs[0].Searcher(ctx, r, m, opts)
	if err != nil {
		return nil, err
	}
	s := &repeated{Searcher: c, n: len(q.qs), min: int(q.min)}
	weight := s.Weight()
	if c.Count() == 0 {
		c.Close()
		none, err := searcher.NewMatchNoneSearcher(r)
		if err != nil {
			return nil, err
		}
		return &sparse{Searcher: none, weight: weight, scale: 1}, nil
	}
	out := &sparse{Searcher: s, weight: weight, scale: 1}
	if weight > 0 {
		out.SetQueryNorm(1 / math.Sqrt(weight))
	}
	return out, nil
}
