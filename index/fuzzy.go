package index

import (
	"context"
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// fuzzy is Bleve's match query with fuzziness (any of the words,
// each within fuzzy edits), giving the same hits and scores, except that
// a word's spelling variants are looked up once per index (see
// spellings), not once a query and a field as Bleve's fuzzy query does.
// Finding a word's variants builds a Levenshtein automaton and walks every
// segment's dictionary with it: on a real corpus that cost more than the
// rest of the query, and a profile of answering on generated statements
// put 8% of the bot's time in building the automata alone.
func (ix *Index) fuzzy(field, text string, boost float64, fuzzy int) query.Query {
	if fuzzy == 0 {
		return ix.words(field, text, boost)
	}
	toks := ix.mapping.AnalyzerNamed(en.AnalyzerName).Analyze([]byte(text))
	if len(toks) == 0 {
		return query.NewMatchNoneQuery()
	}
	qs := make([]query.Query, len(toks))
	for i, t := range toks {
		qs[i] = &fuzzyTerm{v: ix.spellings.of(field, string(t.Term), fuzzy), boost: boost}
	}
	return or(1, qs...)
}

// maxSpellings bounds how many words' variants an index keeps: past it,
// the kept ones are dropped and found again as asked.
const maxSpellings = 4096

// spellings are the spelling variants of the words asked of one index, by
// field, word and edits. An index is never changed once built (a stored
// one is opened read only), so a word's variants in it are found once:
// the names asked about, few and asked again and again, cost one
// dictionary walk each.
type spellings struct {
	mu sync.Mutex
	m  map[spellingKey]*variants
}

type spellingKey struct {
	field, term string
	fuzzy       int
}

// of returns the variants of term in field within fuzzy edits, found or
// to be found on first use.
func (s *spellings) of(field, term string, fuzzy int) *variants {
	k := spellingKey{field, term, fuzzy}
	s.mu.Lock()
	defer s.mu.Unlock()
	if v := s.m[k]; v != nil {
		return v
	}
	if s.m == nil || len(s.m) >= maxSpellings {
		s.m = map[spellingKey]*variants{}
	}
	v := &variants{field: field, term: term, fuzzy: fuzzy}
	s.m[k] = v
	return v
}

// variants are the terms of a field within fuzzy edits of a term, and
// their distances, found on first use (and found again after a failed
// look-up); once found they do not change.
type variants struct {
	field, term string
	fuzzy       int
	mu          sync.Mutex
	found       bool
	terms       []string
	distances   []uint8
}

// find looks the variants up in r's dictionaries, as Bleve's fuzzy
// searcher does (no prefix).
func (v *variants) find(r bindex.IndexReader) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.found {
		return nil
	}
	fr, ok := r.(bindex.IndexReaderFuzzy)
	if !ok {
		return fmt.Errorf("index: reader %T cannot look up spelling variants", r)
	}
	fd, _, err := fr.FieldDictFuzzyAutomaton(v.field, v.term, v.fuzzy, "")
	if err != nil {
		return err
	}
	defer fd.Close()
	var terms []string
	var distances []uint8
	e, err := fd.Next()
	for err == nil && e != nil {
		terms = append(terms, e.Term)
		distances = append(distances, e.EditDistance)
		e, err = fd.Next()
	}
	if err != nil {
		return err
	}
	v.terms, v.distances, v.found = terms, distances, true
	return nil
}

// fuzzyTerm is one word of a fuzzy match: Bleve's fuzzy query over
// variants looked up once for all the words alike.
type fuzzyTerm struct {
	v     *variants
	boost float64
}

func (q *fuzzyTerm) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, opts search.SearcherOptions) (search.Searcher, error) {
	if err := q.v.find(r); err != nil {
		return nil, err
	}
	v := q.v
	if len(v.terms) == 0 || len(v.terms) == 1 && v.terms[0] == v.term {
		return searcher.NewTermSearcher(ctx, r, v.term, v.field, q.boost, opts)
	}
	return searcher.NewMultiTermSearcherBoosted(ctx, r, v.terms, v.field, q.boost, v.distances, opts, true)
}
