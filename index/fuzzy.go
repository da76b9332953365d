package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// fuzzyMatch is Bleve's match query with fuzziness (any of the words,
// each within fuzzy edits), giving the same hits and scores, except that
// a word written twice ("Lopez lopez": a name as asked and as normalised)
// looks its spelling variants up once. Finding a word's variants builds a
// Levenshtein automaton and walks every segment's dictionary with it: on
// a real corpus that cost more than the rest of the query.
func fuzzyMatch(m mapping.IndexMapping, field, text string, boost float64, fuzzy int) query.Query {
	if fuzzy == 0 {
		return match(field, text, boost, 0)
	}
	toks := m.AnalyzerNamed(en.AnalyzerName).Analyze([]byte(text))
	if len(toks) == 0 {
		return match(field, text, boost, fuzzy)
	}
	shared := map[string]*variants{}
	qs := make([]query.Query, len(toks))
	for i, t := range toks {
		term := string(t.Term)
		v := shared[term]
		if v == nil {
			v = &variants{field: field, term: term, fuzzy: fuzzy}
			shared[term] = v
		}
		qs[i] = &fuzzyTerm{v: v, boost: boost}
	}
	d := bleve.NewDisjunctionQuery(qs...)
	d.SetMin(1)
	return d
}

// variants are the terms of a field within fuzzy edits of a term, and
// their distances, found on first use.
type variants struct {
	field, term string
	fuzzy       int
	found       bool
	terms       []string
	distances   []uint8
}

// find looks the variants up in r's dictionaries, as Bleve's fuzzy
// searcher does (no prefix).
func (v *variants) find(r bindex.IndexReader) error {
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
	e, err := fd.Next()
	for err == nil && e != nil {
		v.terms = append(v.terms, e.Term)
		v.distances = append(v.distances, e.EditDistance)
		e, err = fd.Next()
	}
	if err != nil {
		return err
	}
	v.found = true
	return nil
}

// fuzzyTerm is one word of a fuzzyMatch: Bleve's fuzzy query over
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
