// Package index keeps statements in a Bleve full-text index with a mapping
// of its own (English analysis for the words, keywords for filters, dates
// as dates) and answers structured queries over them. User text is only
// ever used in match and phrase queries, never parsed as query syntax.
package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/internal/panics"
)

// Index is a searchable set of statements.
type Index struct {
	bi       bleve.Index
	stmts    []corpus.Statement
	speakers []Speaker
	mapping  mapping.IndexMapping
	path     string
	built    time.Time
	// spellings are the spelling variants of words asked, found once.
	spellings spellings
	// bounds are the largest scores of the terms asked (see prune.go).
	bounds bounds
	// onDamaged is called when a search panics; see OnDamaged.
	onDamaged func(error)
	closeOnce sync.Once
	closeErr  error
	// closed is set by Close: a question's words, searched apart from
	// Bleve's own search (topTerms), are then refused as Bleve refuses.
	closed atomic.Bool
}

// OnDamaged sets a function called, from the search that failed, when a
// search finds the index damaged, so the caller can rebuild it. Set it
// before the index is searched.
func (ix *Index) OnDamaged(f func(error)) { ix.onDamaged = f }

// Built is when the index was built: now for one built in this process,
// the stored time for one opened from disk.
func (ix *Index) Built() time.Time { return ix.built }

// Speaker is someone the corpus quotes or cites.
type Speaker struct {
	Name    string
	Title   string
	Aliases []string
	Count   int // statements attributed
}

// textMapping is the mapping of a text field: English, not stored, term
// vectors only where phrases are matched, no doc values.
func textMapping(vectors bool) *mapping.FieldMapping {
	f := bleve.NewTextFieldMapping()
	f.Analyzer = en.AnalyzerName
	f.Store = false
	f.IncludeTermVectors = vectors
	f.IncludeInAll = false
	f.DocValues = false
	return f
}

// dateMapping is the mapping of the date field.
func dateMapping() *mapping.FieldMapping {
	date := bleve.NewDateTimeFieldMapping()
	date.Store = false
	date.IncludeInAll = false
	date.DocValues = false
	return date
}

// newMapping indexes only what queries read. Statements are held in
// memory (and in the statements file on disk), so no field is stored;
// term vectors are kept only where phrases are matched (text): which
// terms a hit holds is read from the postings; there is no composite _all field, which no
// query names; no field keeps doc values, as nothing sorts or facets (a
// damaged doc value chunk can also make Bleve allocate without bound).
// Documents are made to match it in build.go.
func newMapping() mapping.IndexMapping {
	m := bleve.NewDocumentStaticMapping()
	for _, f := range textFields {
		m.AddFieldMappingsAt(f.name, textMapping(f.vectors))
	}
	m.AddFieldMappingsAt(aliasesField, textMapping(false))
	m.AddFieldMappingsAt(datedField, dateMapping())
	// No composite _all field at all (IncludeInAll only empties it).
	m.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())

	im := bleve.NewIndexMapping()
	im.AddDocumentMapping("statement", m)
	im.DefaultMapping = m
	im.DefaultAnalyzer = en.AnalyzerName
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	return im
}

// contextOf is what the context field holds: the sentence, or nothing
// when the sentence is the statement's words themselves, indexed already
// as its text (a transcript's turn, a reported sentence taken whole): the
// same words twice cost a second set of postings to build and to walk on
// every query, and only moved such a statement's score by its words'.
func contextOf(s *corpus.Statement) string {
	ctx := s.Sentence
	if ctx == s.Text {
		ctx = ""
	}
	if len(s.Refers) > 0 {
		// "the Secretary is in Lausanne" is found by the Secretary's name.
		ctx = strings.TrimSpace(ctx + " " + strings.Join(s.Refers, " "))
	}
	return ctx
}

// New builds an in-memory index of stmts (scorch, in memory).
func New(stmts []corpus.Statement) (*Index, error) {
	return NewWithProgress(stmts, nil)
}

// NewWithProgress is New, calling progress after each batch.
func NewWithProgress(stmts []corpus.Statement, progress func(done, total int)) (*Index, error) {
	m := newMapping()
	bi, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: create in memory: %w", err)
	}
	ix := &Index{bi: bi, mapping: m, built: time.Now().UTC()}
	if err := ix.add(stmts, runtime.GOMAXPROCS(0), progress); err != nil {
		bi.Close()
		return nil, err
	}
	return ix, nil
}

// Bleve ORs up to DisjunctionHeapTakeover clauses by looking at each in
// turn, and more through a heap. A question's words are two clauses a
// term (its words and its sentence), its synonyms added, so most
// questions went through the heap, which costs more than it saves at
// these sizes: over 10,000 generated statements, eight questions' queries
// took a fifth less processor time looking at each clause in turn, and a
// question of 30 words (60 clauses) half. Above the most clauses of a
// question's words (2 × maxTerms), the heap is kept for the spelling
// variants of a short name in a large dictionary.
func init() { searcher.DisjunctionHeapTakeover = 2*maxTerms + 4 }

// BatchSize is how many statements go to Bleve in one batch. Each batch
// is a segment, and Bleve merges none in memory: every term a question
// asks is looked up once a segment, so fewer, larger segments answer
// faster and hold less (batches of 2,000 made 500 segments of a million
// statements). Larger corpora have larger batches: see Batch.
const BatchSize = 10000

// maxSegments is the most segments an index has, its batches growing
// beyond BatchSize as the corpus does.
const maxSegments = 32

// Batch is the size of batch for n statements that a build starts from
// before it fits the batches to the cores (parts): BatchSize, or more, so
// that an index has at most maxSegments segments.
func Batch(n int) int { return max(BatchSize, (n+maxSegments-1)/maxSegments) }

// minPart is the fewest statements a batch is cut to so that every core
// builds a segment (see parts).
const minPart = 2500

// parts is how many statements each batch, each segment, holds when n
// are indexed on cores cores. Bleve builds a segment on one core, the
// larger part of indexing, and the segments of batches given it at once
// side by side; so the batches are as many as a multiple of the cores,
// of equal sizes: the multiple nearest below the number of batches of
// Batch(n), or the cores themselves when that is fewer (at most
// maxSegments, and each of at least minPart statements). Ten thousand
// statements were one segment, built on one core while the other
// waited, and are now two; 26,000 were two segments built side by side,
// then a third alone, and are now two of 13,000 (fewer segments, each
// term asked looked up fewer times).
func parts(n, cores int) int {
	size := Batch(n)
	segs := max(1, (n+size-1)/size)
	if cores > 1 {
		segs = max(1, min(cores, n/minPart, maxSegments), segs/cores*cores)
	}
	return max(1, (n+segs-1)/segs)
}

// add indexes stmts in batches of parts(len(stmts), workers), up to
// workers batches at once: each batch becomes a segment of its own, so
// building segments, the larger part of indexing, runs on every core.
// progress is called after each batch with the statements done so far.
func (ix *Index) add(stmts []corpus.Statement, workers int, progress func(done, total int)) error {
	ix.stmts = stmts
	var (
		mu    sync.Mutex
		done  int
		first error
		wg    sync.WaitGroup
	)
	failed := func() bool {
		mu.Lock()
		defer mu.Unlock()
		return first != nil
	}
	starts := make(chan int)
	size := parts(len(stmts), workers)
	workers = max(1, min(workers, (len(stmts)+size-1)/size))
	// The cores that the batches in flight leave free analyse a batch's
	// statements side by side.
	analysts := max(1, runtime.GOMAXPROCS(0)/workers)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for start := range starts {
				end := min(start+size, len(stmts))
				err := ix.batch(stmts, start, end, analysts)
				mu.Lock()
				if err != nil && first == nil {
					first = err
				}
				done += end - start
				if err == nil && progress != nil {
					progress(done, len(stmts))
				}
				mu.Unlock()
			}
		}()
	}
	for start := 0; start < len(stmts) && !failed(); start += size {
		starts <- start
	}
	close(starts)
	wg.Wait()
	if first != nil {
		return first
	}
	if len(stmts) == 0 && progress != nil {
		progress(0, 0)
	}
	ix.speakers = collectSpeakers(stmts)
	return nil
}

// batch indexes stmts[start:end] as one Bleve batch, its statements
// analysed by analysts goroutines side by side.
func (ix *Index) batch(stmts []corpus.Statement, start, end, analysts int) error {
	docs := make([]*document.Document, end-start)
	per := (len(docs) + analysts - 1) / analysts
	var wg sync.WaitGroup
	for from := 0; from < len(docs); from += per {
		to := min(from+per, len(docs))
		wg.Go(func() {
			dm := newDocMaker(ix.mapping)
			for i := from; i < to; i++ {
				docs[i] = dm.document(strconv.Itoa(start+i), &stmts[start+i])
			}
			ix.bounds.raise(dm.bounds)
		})
	}
	wg.Wait()
	b := ix.bi.NewBatch()
	for i, d := range docs {
		if err := b.IndexAdvanced(d); err != nil {
			return fmt.Errorf("index: statement %d: %w", start+i, err)
		}
	}
	if err := ix.bi.Batch(b); err != nil {
		return fmt.Errorf("index: batch: %w", err)
	}
	return nil
}

func collectSpeakers(stmts []corpus.Statement) []Speaker {
	by := map[string]*Speaker{}
	titles := map[string]map[string]int{}
	for _, s := range stmts {
		if s.Speaker == "" {
			continue
		}
		sp := by[s.Speaker]
		if sp == nil {
			sp = &Speaker{Name: s.Speaker}
			by[s.Speaker] = sp
			titles[s.Speaker] = map[string]int{}
		}
		sp.Count++
		if s.SpeakerTitle != "" {
			titles[s.Speaker][s.SpeakerTitle]++
		}
		for _, a := range s.Aliases {
			if !contains(sp.Aliases, a) {
				sp.Aliases = append(sp.Aliases, a)
			}
		}
	}
	out := make([]Speaker, 0, len(by))
	for name, sp := range by {
		best := 0
		for t, n := range titles[name] {
			if n > best || n == best && t < sp.Title {
				sp.Title, best = t, n
			}
		}
		out = append(out, *sp)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Name < out[j].Name
	})
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Len is the number of statements.
func (ix *Index) Len() int { return len(ix.stmts) }

// Statements returns every statement, in index order. Callers must not
// modify it.
func (ix *Index) Statements() []corpus.Statement { return ix.stmts }

// Speakers returns the people and sources quoted, most quoted first.
func (ix *Index) Speakers() []Speaker { return ix.speakers }

// Close releases the index. Closing it again does nothing (Bleve's own
// Close panics the second time).
func (ix *Index) Close() error {
	if ix == nil || ix.bi == nil {
		return nil
	}
	ix.closeOnce.Do(func() {
		ix.closed.Store(true)
		ix.closeErr = ix.bi.Close()
	})
	return ix.closeErr
}

// Terms analyzes text as the statement text is analyzed (English: lower
// case, stop words out, stemmed), for checking which words a hit matched.
func (ix *Index) Terms(text string) []string {
	toks := ix.mapping.AnalyzerNamed(en.AnalyzerName).Analyze([]byte(text))
	out := make([]string, 0, len(toks))
	seen := map[string]bool{}
	for _, t := range toks {
		term := string(t.Term)
		if !seen[term] {
			seen[term] = true
			out = append(out, term)
		}
	}
	return out
}

// Query is a structured search. Every string is user text, matched as
// words; none is parsed as query syntax.
type Query struct {
	// Words must match the statement's words or, scoring less, the
	// sentence around them (at least one term).
	Words string
	// Phrase must match the statement's words as a phrase.
	Phrase string
	// Speaker must match the speaker's name, aliases or title, or the
	// office that published the statement; misspelt names within an edit
	// or two still match.
	Speaker string
	// About must appear in the statement or its sentence (a name, fuzzy).
	About string
	// Asked should match the question a statement answers (a transcript's
	// reporter's question, corpus.Statement.Question): "what did X say when
	// asked about the waiver" ranks the answer to that question first;
	// statements that answer no question still match.
	Asked string
	// Where should match the place or outlet.
	Where string
	// From and To bound the date said, or the date published when the day
	// said is unknown (YYYY-MM-DD, inclusive); either may be "".
	From, To string
	// Size is how many hits to return (default 20, at most 1000).
	Size int
}

// Hit is one statement found, with its score and the query terms it
// matched in its own words.
type Hit struct {
	Statement corpus.Statement
	Score     float64
	// Matched lists the analyzed query terms found in the statement's text.
	Matched []string
	// Terms lists the analysed query terms found in the statement's text
	// or in the sentence around it (from the index's postings).
	Terms []string
	// Pos is the statement's place in Statements().
	Pos int
}

// ErrEmptyQuery is returned for a query with nothing to match.
var ErrEmptyQuery = errors.New("index: empty query")

// maxTerms bounds the words of one query, so a hostile question of
// thousands of words costs no more than a long one.
const maxTerms = 48

func limitWords(s string) string {
	f := strings.Fields(s)
	if len(f) > maxTerms {
		f = f[:maxTerms]
	}
	out := strings.Join(f, " ")
	if len(out) > 2000 {
		out = out[:2000]
	}
	return out
}

func fuzziness(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if len(w) > n {
			n = len(w)
		}
	}
	switch {
	case n >= 8:
		return 2
	case n >= 5:
		return 1
	}
	return 0
}

// Search runs q and returns hits, best first. An index that fails while
// searching (a stored index damaged on disk) gives an error wrapping
// ErrDamaged, and the hook set with OnDamaged is called.
func (ix *Index) Search(ctx context.Context, q Query) (hits []Hit, err error) {
	if p := panics.Call(func() { hits, err = ix.hits(ctx, q) }); p != nil {
		err = fmt.Errorf("%w: search panicked: %v", ErrDamaged, p.Value)
		if f := ix.onDamaged; f != nil {
			f(err)
		}
		return nil, err
	}
	return hits, err
}

// hits is Search, unguarded.
func (ix *Index) hits(ctx context.Context, q Query) ([]Hit, error) {
	top, asked, err := ix.query(q)
	if err != nil {
		return nil, err
	}
	size := q.Size
	if size <= 0 {
		size = 20
	}
	if size > 1000 {
		size = 1000
	}
	found, held, err := ix.search(ctx, top, size, asked)
	if err != nil {
		return nil, err
	}
	// Which asked terms each hit holds is known from the search of a
	// question's words that asks no other term; otherwise it is read for
	// the hits returned only, not, as term locations are, for every
	// document that matches.
	if held == nil {
		if held, err = ix.holding(ctx, asked, found); err != nil {
			return nil, err
		}
	}
	hits := make([]Hit, 0, len(found))
	for k, h := range found {
		i, err := strconv.Atoi(h.ID)
		if err != nil || i < 0 || i >= len(ix.stmts) {
			continue
		}
		hit := Hit{Statement: ix.stmts[i], Score: h.Score, Pos: i}
		if held != nil {
			hit.Matched, hit.Terms = held[k].text, held[k].any
		}
		hits = append(hits, hit)
	}
	return hits, nil
}

// search returns the size best hits of top, as Bleve's search gives them:
// a question's words alone by topTerms, which looks only at the
// statements that could be among them, anything else by Bleve. held is
// which of the terms asked each hit holds, when the search knows it (see
// heldBy), else nil.
func (ix *Index) search(ctx context.Context, top query.Query, size int, asked []string) (found search.DocumentMatchCollection, held []held, err error) {
	w, other := wordsOf(top)
	if w != nil && !ix.closed.Load() {
		r, err := ix.reader()
		if err != nil {
			return nil, nil, err
		}
		if s, ok := r.(*scorch.IndexSnapshot); ok && s == nil {
			found, err = ix.searchBleve(ctx, top, size) // closed meanwhile
			return found, nil, err
		}
		defer r.Close()
		var ok bool
		if other == nil {
			found, held, ok, err = ix.topTerms(ctx, r, w, size, asked)
		} else {
			found, held, ok, err = ix.topTermsAnd(ctx, r, w, other, size, asked)
		}
		if err != nil {
			return nil, nil, fmt.Errorf("index: search: %w", err)
		}
		if ok {
			return found, held, nil
		}
	}
	found, err = ix.searchBleve(ctx, top, size)
	return found, nil, err
}

// wordsOf is the disjunction of terms of a question's words in top, if
// top is that alone or that and one other query that must match too
// (other); nil if neither.
func wordsOf(top query.Query) (w *anyOf, other query.Query) {
	if w, ok := top.(*anyOf); ok && w.termsOnly() {
		return w, nil
	}
	b, ok := top.(*query.BooleanQuery)
	if !ok || b.Should != nil || b.MustNot != nil || b.Filter != nil {
		return nil, nil
	}
	c, ok := b.Must.(*query.ConjunctionQuery)
	if !ok || len(c.Conjuncts) != 2 {
		return nil, nil
	}
	if w, ok := c.Conjuncts[0].(*anyOf); ok && w.termsOnly() {
		return w, c.Conjuncts[1]
	}
	return nil, nil
}

// reader opens a reader of the index's current snapshot, which the
// caller closes.
func (ix *Index) reader() (bindex.IndexReader, error) {
	adv, err := ix.bi.Advanced()
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	return r, nil
}

// searchBleve is Bleve's search of top, the size best hits.
func (ix *Index) searchBleve(ctx context.Context, top query.Query, size int) (search.DocumentMatchCollection, error) {
	res, err := ix.bi.SearchInContext(ctx, bleve.NewSearchRequestOptions(top, size, 0, false))
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	return res.Hits, nil
}

// query is the Bleve query for q, and the analysed terms asked, which each
// hit reports holding.
func (ix *Index) query(q Query) (top query.Query, asked []string, err error) {
	var must []query.Query
	var should []query.Query
	words := limitWords(q.Words)
	if words != "" {
		terms := ix.Terms(words)
		asked = append(asked, terms...)
		if len(terms) > 0 {
			var ws []query.Query
			for _, t := range terms {
				tq := bleve.NewTermQuery(t)
				tq.SetField("text")
				tq.SetBoost(2)
				cq := bleve.NewTermQuery(t)
				cq.SetField("context")
				cq.SetBoost(0.6)
				ws = append(ws, tq, cq)
			}
			must = append(must, or(0, ws...))
		}
	}
	if p := limitWords(q.Phrase); p != "" {
		asked = append(asked, ix.Terms(p)...)
		pq := bleve.NewMatchPhraseQuery(p)
		pq.SetField("text")
		pq.SetBoost(4)
		must = append(must, pq)
	}
	if s := limitWords(q.Speaker); s != "" {
		f := fuzziness(s)
		// An office speaks through its statements: "the White House" for
		// the press secretary's statement it published.
		must = append(must, or(0, ix.fuzzy("speaker", s, 3, f), ix.fuzzy("aliases", s, 3, f), ix.words("title", s, 1), ix.words("outlet", s, 0.5)))
	}
	if a := limitWords(q.About); a != "" {
		asked = append(asked, ix.Terms(a)...)
		f := fuzziness(a)
		must = append(must, or(0, ix.fuzzy("text", a, 1.5, f), ix.fuzzy("context", a, 0.5, f), ix.fuzzy("speaker", a, 1, f)))
	}
	if a := limitWords(q.Asked); a != "" {
		should = append(should, ix.fuzzy("question", a, 2, fuzziness(a)))
	}
	if w := limitWords(q.Where); w != "" {
		// Where the words were said, or whom they were told: a readout's
		// sentence that names the one told ("updated President Ilic …")
		// before another of the same call.
		should = append(should, ix.words("where", w, 2), ix.words("text", w, 0.5))
	}
	if q.From != "" || q.To != "" {
		var from, to time.Time
		if q.From != "" {
			from, _ = time.Parse("2006-01-02", q.From)
		}
		if q.To != "" {
			t, _ := time.Parse("2006-01-02", q.To)
			to = t.Add(24*time.Hour - time.Nanosecond)
		}
		incl := true
		dr := bleve.NewDateRangeInclusiveQuery(from, to, &incl, &incl)
		dr.SetField("dated")
		must = append(must, dr)
	}
	if len(must) == 0 && len(should) == 0 {
		return nil, nil, ErrEmptyQuery
	}
	if len(must) == 1 && len(should) == 0 {
		return must[0], asked, nil
	}
	bq := bleve.NewBooleanQuery()
	if len(must) > 0 {
		bq.AddMust(must...)
	}
	if len(should) > 0 {
		bq.AddShould(should...)
		if len(must) == 0 {
			bq.SetMinShould(1)
		}
	}
	return bq, asked, nil
}

// held is which asked terms one hit holds: in its words (text), and in
// its words or sentence (any), each sorted.
type held struct{ text, any []string }

// holding reads, from the postings of the asked terms in the text and
// context fields, which of them each hit holds: the terms its term
// locations would name, found by stepping each term's postings to the few
// hits instead of decoding locations for every document that matches.
// Internal document numbers belong to one snapshot of the index; nothing
// is added to an index after it is built (a stored one is opened read
// only, and an in-memory one is never merged), so the snapshot read here
// is the one searched, which the first hit's identifier confirms.
func (ix *Index) holding(ctx context.Context, asked []string, hits search.DocumentMatchCollection) ([]held, error) {
	if len(hits) == 0 || len(asked) == 0 {
		return nil, nil
	}
	r, err := ix.reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	if id, err := r.ExternalID(hits[0].IndexInternalID); err != nil || id != hits[0].ID {
		return nil, fmt.Errorf("%w: the index changed while it was searched", ErrDamaged)
	}
	order := make([]int, len(hits))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool {
		return hits[order[a]].IndexInternalID.Compare(hits[order[b]].IndexInternalID) < 0
	})
	out := make([]held, len(hits))
	seen := map[string]bool{}
	for _, t := range asked {
		if seen[t] {
			continue
		}
		seen[t] = true
		for _, field := range []string{"text", "context"} {
			tfr, err := r.TermFieldReader(ctx, []byte(t), field, false, false, false)
			if err != nil {
				return nil, fmt.Errorf("index: %w", err)
			}
			var d *bindex.TermFieldDoc
			for _, k := range order {
				id := hits[k].IndexInternalID
				if d == nil || d.ID.Compare(id) < 0 {
					// Not yet at this hit: step the postings to it.
					if d, err = tfr.Advance(id, nil); err != nil {
						tfr.Close()
						return nil, fmt.Errorf("index: %w", err)
					}
				}
				if d == nil {
					break
				}
				if d.ID.Equals(id) {
					h := &out[k]
					if field == "text" {
						h.text = append(h.text, t)
					}
					if !contains(h.any, t) {
						h.any = append(h.any, t)
					}
				}
			}
			tfr.Close()
		}
	}
	for k := range out {
		sort.Strings(out[k].text)
		sort.Strings(out[k].any)
	}
	return out, nil
}

// meta is written beside an on-disk index, last, once the build is whole.
// Chunks holds, for every other file in the index folder (the statements
// file and Bleve's), by slash-separated path, the CRC-32C of each of its
// chunks (see checksum.go), so that a damaged or edited file is found
// before the index is used.
type meta struct {
	Fingerprint string              `json:"fingerprint"`
	Layout      int                 `json:"layout"`
	Statements  int                 `json:"statements"`
	Built       time.Time           `json:"built"`
	Chunks      map[string][]string `json:"chunks"`
}

// layout changes whenever the mapping, the statements file, the bounds
// file or the meta file does; an index stored with another layout is
// rebuilt (layout 12 added the bounds file).
const layout = 12

const (
	metaFile   = "talkbot-index.json"
	stmtsFile  = "statements.bin"
	boundsFile = "bounds.bin"
	bleveDir   = "bleve"
)

// ErrStale is returned by Open when the stored index was built from a
// different corpus, or was never finished.
var ErrStale = errors.New("index: stored index is stale or incomplete")

// ErrDamaged is returned by Open when a file of the stored index is not
// what was written (a bad disk, a stray write, a hand edit) or the index
// fails when read; and by Search when the index fails while searching.
// The index must be rebuilt from the corpus.
var ErrDamaged = errors.New("index: stored index is damaged")

// Build writes an index of stmts at path (a folder), replacing what is
// there only once the new index is whole; fingerprint identifies the
// corpus it was built from.
func Build(path string, stmts []corpus.Statement, fingerprint string, progress func(done, total int)) (*Index, error) {
	parent := filepath.Dir(filepath.Clean(path))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(path)+".building-")
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	m := newMapping()
	bi, err := bleve.NewUsing(filepath.Join(tmp, bleveDir), m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: create %s: %w", path, err)
	}
	// Batches on every core, as in memory. The files are not the same
	// from one build of the same statements to the next (Bleve numbers a
	// batch's documents in the order of a map, and merges segments on disk
	// as its own timing has it): what Open checks is that they are as
	// this build wrote them.
	ix := &Index{bi: bi, mapping: m}
	if err := ix.add(stmts, runtime.GOMAXPROCS(0), progress); err != nil {
		bi.Close()
		return nil, err
	}
	if err := bi.Close(); err != nil {
		return nil, fmt.Errorf("index: close: %w", err)
	}
	if err := writeFileSync(filepath.Join(tmp, stmtsFile), encodeStatements(stmts)); err != nil {
		return nil, err
	}
	if err := writeFileSync(filepath.Join(tmp, boundsFile), encodeBounds(ix.bounds.built)); err != nil {
		return nil, err
	}
	chunks, err := checksums(tmp)
	if err != nil {
		return nil, err
	}
	md, _ := json.Marshal(meta{Fingerprint: fingerprint, Layout: layout, Statements: len(stmts), Built: time.Now().UTC(), Chunks: chunks})
	if err := writeFileSync(filepath.Join(tmp, metaFile), md); err != nil {
		return nil, err
	}
	old := path + ".old"
	os.RemoveAll(old)
	if _, err := os.Stat(path); err == nil {
		if err := os.Rename(path, old); err != nil {
			return nil, fmt.Errorf("index: %w", err)
		}
	}
	if err := os.Rename(tmp, path); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	ok = true
	os.RemoveAll(old)
	return Open(path, fingerprint)
}

func writeFileSync(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("index: write %s: %w", name, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("index: sync %s: %w", name, err)
	}
	return f.Close()
}

// Open opens the index at path if it was built, whole, from the corpus
// with this fingerprint; otherwise it returns an error wrapping ErrStale,
// or the reason it could not be read, and the caller rebuilds.
func Open(path, fingerprint string) (*Index, error) {
	md, err := os.ReadFile(filepath.Join(path, metaFile))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrStale, err)
	}
	var mt meta
	if err := json.Unmarshal(md, &mt); err != nil || mt.Fingerprint != fingerprint {
		return nil, fmt.Errorf("%w: built from another corpus", ErrStale)
	}
	if mt.Layout != layout {
		return nil, fmt.Errorf("%w: built with index layout %d, not %d", ErrStale, mt.Layout, layout)
	}
	data, err := os.ReadFile(filepath.Join(path, stmtsFile))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrDamaged, stmtsFile, err)
	}
	bdata, err := os.ReadFile(filepath.Join(path, boundsFile))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrDamaged, boundsFile, err)
	}
	// Decoding (and listing the speakers) and checking, side by side: the
	// statements and bounds are only used once every file is found as
	// written.
	var stmts []corpus.Statement
	var speakers []Speaker
	var bs map[boundKey]bound
	var berr error
	decoded := make(chan error, 1)
	go func() {
		var err error
		if stmts, err = decodeStatements(data); err == nil {
			speakers = collectSpeakers(stmts)
		}
		bs, berr = decodeBounds(bdata)
		decoded <- err
	}()
	verr := mt.verify(path, data)
	err = <-decoded
	if verr != nil {
		return nil, verr
	}
	if err != nil || len(stmts) != mt.Statements {
		return nil, fmt.Errorf("%w: statements file damaged", ErrStale)
	}
	if berr != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrDamaged, boundsFile, berr)
	}
	bi, err := openBleve(filepath.Join(path, bleveDir))
	if err != nil {
		// Its files are as written: it is locked, or was damaged
		// before it was checksummed. Either way, not usable.
		return nil, fmt.Errorf("%w: open %s: %v", ErrDamaged, path, err)
	}
	ix := &Index{bi: bi, stmts: stmts, speakers: speakers, mapping: bi.Mapping(), path: path, built: mt.Built}
	ix.bounds.built = bs
	if err := ix.check(); err != nil {
		closeRecovered(bi)
		return nil, err
	}
	return ix, nil
}

// openBleve opens a stored Bleve index read-only (it is never written
// after Build, and a read-only open neither merges nor removes segments);
// a panic while its segments load means it is damaged.
func openBleve(dir string) (bi bleve.Index, err error) {
	if p := panics.Call(func() {
		bi, err = bleve.OpenUsing(dir, map[string]interface{}{"bolt_timeout": "2s", "read_only": true})
	}); p != nil {
		return nil, fmt.Errorf("%w: opening it panicked: %v", ErrDamaged, p.Value)
	}
	return bi, err
}

// check reads the opened index once, as answering does: the document
// count, then a search that loads term locations across every segment.
func (ix *Index) check() (err error) {
	if p := panics.Call(func() { err = ix.searchOnce() }); p != nil {
		return fmt.Errorf("%w: the first search panicked: %v", ErrDamaged, p.Value)
	}
	return err
}

// searchOnce is check, unguarded.
func (ix *Index) searchOnce() error {
	n, err := ix.bi.DocCount()
	if err != nil || int(n) != len(ix.stmts) {
		return fmt.Errorf("%w: index holds %d documents for %d statements", ErrStale, n, len(ix.stmts))
	}
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 10, 0, false)
	req.Fields = []string{"*"}
	req.IncludeLocations = true
	res, err := ix.bi.Search(req)
	if err != nil {
		return fmt.Errorf("%w: the first search failed: %v", ErrDamaged, err)
	}
	if want := min(10, len(ix.stmts)); len(res.Hits) != want || res.Total != uint64(len(ix.stmts)) {
		return fmt.Errorf("%w: the first search found %d of %d documents", ErrDamaged, res.Total, len(ix.stmts))
	}
	return nil
}

// closeRecovered closes a damaged index, which may panic doing so.
func closeRecovered(bi bleve.Index) {
	panics.Call(func() { bi.Close() })
}
