package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// A question's words are a disjunction of terms (each in the statement's
// words and in its sentence, its synonyms and other forms beside it), and
// Bleve evaluates it by scoring every statement that holds any of them and
// offering each to its collector: over 10,000 generated statements three
// quarters of the bot's time went there, most of it on statements holding
// one or two common terms, which could never be among the 50 best.
//
// topTerms finds the same best hits with the same scores and in the same
// order (ties to the statement indexed first, as Bleve's collector), looking
// only at the statements that could be among them (WAND, see wand). Each
// term's score in a statement is at most its score at the largest
// sqrt(frequency) × norm of its postings, found once per index and term
// (see bounds). A statement's score is the sum of its terms' scores times
// the share of the query's clauses it holds (Bleve's coord), so once there
// are 50 hits, a statement must hold enough of the terms to beat the last
// of them, and the postings of the others skip the statements that hold
// fewer. Scores are worked out as Bleve's term scorer works them out
// (checked, term by term, against it) and summed in the order Bleve sums
// them, so they are the same to the bit (TestPrunedAsBleve).

// bound is the posting of a term in a field with the largest
// sqrt(frequency) × norm, which gives the term's largest score there.
type bound struct {
	freq uint64
	norm float64
}

type boundKey struct{ field, term string }

// maxBounds is how many terms' bounds an index keeps (a few bytes each);
// past it they are forgotten and found again.
const maxBounds = 1 << 16

// bounds are the bounds of the terms asked of an index, found on first use
// by a pass over the term's postings. An index does not change once built,
// so they hold for its life.
type bounds struct {
	mu sync.Mutex
	m  map[boundKey]bound
}

func (b *bounds) of(ctx context.Context, r bindex.IndexReader, field, term string) (bound, error) {
	k := boundKey{field, term}
	b.mu.Lock()
	v, ok := b.m[k]
	b.mu.Unlock()
	if ok {
		return v, nil
	}
	tfr, err := r.TermFieldReader(ctx, []byte(term), field, true, true, false)
	if err != nil {
		return bound{}, err
	}
	defer tfr.Close()
	best := math.Inf(-1)
	var tfd bindex.TermFieldDoc
	for {
		d, err := tfr.Next(tfd.Reset())
		if err != nil {
			return bound{}, err
		}
		if d == nil {
			break
		}
		if s := sqrtFreq(d.Freq) * d.Norm; s > best {
			best, v = s, bound{d.Freq, d.Norm}
		}
	}
	b.mu.Lock()
	if b.m == nil || len(b.m) >= maxBounds {
		b.m = map[boundKey]bound{}
	}
	b.m[k] = v
	b.mu.Unlock()
	return v, nil
}

// sqrtFreq is the square root of a frequency as Bleve's term scorer takes it.
func sqrtFreq(f uint64) float64 {
	if f < scorer.MaxSqrtCache {
		return scorer.SqrtCache[int(f)]
	}
	return math.Sqrt(float64(f))
}

// margin widens every bound against the rounding of the sums it bounds
// (a relative error below 1e-14 over the at most 2 × maxTerms + 4 terms
// of a disjunction searched this way).
const margin = 1 + 1e-9

// termsOnly reports whether every clause of q is a term query, and so can
// be searched by topTerms.
func (q *anyOf) termsOnly() bool {
	if q.min > 1 || len(q.qs) == 0 {
		return false
	}
	for _, c := range q.qs {
		if tq, ok := c.(*query.TermQuery); !ok || tq.FieldVal == "" {
			return false
		}
	}
	return true
}

// clause is one term of a disjunction being searched, read from its
// postings directly: its score in a document is worked out as Bleve's term
// scorer works it out (TF-IDF: sqrt(frequency) × norm × idf, times the
// query weight), and only for the documents that could be among the best.
type clause struct {
	tfr bindex.TermFieldReader
	tfd bindex.TermFieldDoc
	// doc is the document the postings stand at, end past the last.
	doc         uint64
	count       uint64 // documents holding the term
	idf, weight float64
	ub          float64 // the largest score
	at          [8]byte // doc, encoded, for Advance
}

const end = math.MaxUint64

// score is the clause's score in the document its postings stand at.
func (c *clause) score() float64 { return c.scoreOf(c.tfd.Freq, c.tfd.Norm) }

func (c *clause) scoreOf(freq uint64, norm float64) float64 {
	s := sqrtFreq(freq) * norm * c.idf
	if c.weight != 1 {
		s *= c.weight
	}
	return s
}

// stand records where the postings stand after a step.
func (c *clause) stand(d *bindex.TermFieldDoc, err error) error {
	if err != nil {
		return err
	}
	if d == nil {
		c.doc = end
		return nil
	}
	if len(d.ID) != 8 {
		return fmt.Errorf("index: a document number of %d bytes", len(d.ID))
	}
	c.doc = binary.BigEndian.Uint64(d.ID)
	return nil
}

func (c *clause) next() error { return c.stand(c.tfr.Next(c.tfd.Reset())) }

// advance steps the postings to the first document at or after d.
func (c *clause) advance(d uint64) error {
	binary.BigEndian.PutUint64(c.at[:], d)
	return c.stand(c.tfr.Advance(c.at[:], c.tfd.Reset()))
}

// byCount orders clauses as Bleve's disjunction orders its searchers
// (searcher.OrderedSearcherList): sort.Sort, by the documents holding
// them; the same sort of the same counts gives the same order, in which
// Bleve sums a document's scores.
type byCount []*clause

func (b byCount) Len() int           { return len(b) }
func (b byCount) Less(i, j int) bool { return b[i].count < b[j].count }
func (b byCount) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// topTerms returns the size best hits of q (termsOnly) in r, as Bleve's
// search of q gives them: identifier, internal identifier and score, best
// first. ok is false when q is one topTerms does not search as Bleve does
// (more clauses than Bleve ORs without a heap, whose sums it orders
// otherwise, or a scorer other than TF-IDF's); the caller then asks Bleve.
func (ix *Index) topTerms(ctx context.Context, r bindex.IndexReader, q *anyOf, size int) (hits search.DocumentMatchCollection, ok bool, err error) {
	opts := search.SearcherOptions{}
	docs, err := r.DocCount()
	if err != nil {
		return nil, false, err
	}
	type kept struct {
		c  *clause
		tq *query.TermQuery
		sc *scorer.TermQueryScorer
	}
	var ks []kept
	defer func() {
		for _, k := range ks {
			k.c.tfr.Close()
		}
	}()
	weight := 0.0
	for _, c := range q.qs {
		tq := c.(*query.TermQuery)
		tfr, err := r.TermFieldReader(ctx, []byte(tq.Term), tq.Field(), true, true, false)
		if err != nil {
			return nil, false, err
		}
		// As Bleve's term searcher weighs it.
		sc := scorer.NewTermQueryScorer([]byte(tq.Term), tq.Field(), tq.Boost(), docs, tfr.Count(), 0, opts)
		weight += sc.Weight()
		if tfr.Count() == 0 {
			tfr.Close()
			continue
		}
		ks = append(ks, kept{&clause{tfr: tfr, count: tfr.Count()}, tq, sc})
	}
	if len(ks) > searcher.DisjunctionHeapTakeover {
		return nil, false, nil
	}
	if len(ks) == 0 || float64(len(ks)) < q.min {
		return nil, true, nil
	}
	// Normalised as anyOf normalises them: by the weight of every clause.
	qnorm := 1 / math.Sqrt(weight)
	pool := search.NewDocumentMatchPool(1, 0)
	sctx := &search.SearchContext{DocumentMatchPool: pool, IndexReader: r}
	cs := make(byCount, len(ks))
	for i, k := range ks {
		c := k.c
		b, err := ix.bounds.of(ctx, r, k.tq.Field(), k.tq.Term)
		if err != nil {
			return nil, false, err
		}
		k.sc.SetQueryNorm(qnorm)
		c.idf = 1 + math.Log(float64(docs)/float64(c.count+1))
		c.weight = k.tq.Boost() * c.idf * qnorm
		c.ub = c.scoreOf(b.freq, b.norm)
		// The score worked out here must be the scorer's, to the bit;
		// if not (another scoring model), Bleve searches.
		top := k.sc.Score(sctx, &bindex.TermFieldDoc{Freq: b.freq, Norm: b.norm})
		same := top.Score == c.ub
		pool.Put(top)
		if !same {
			return nil, false, nil
		}
		if err := c.next(); err != nil {
			return nil, false, err
		}
		cs[i] = c
	}
	sort.Sort(cs)
	hits, err = wand(ctx, cs, len(q.qs), size)
	if err != nil {
		return nil, false, err
	}
	for _, h := range hits {
		if h.ID, err = r.ExternalID(h.IndexInternalID); err != nil {
			return nil, false, err
		}
	}
	return hits, true, nil
}

// hit is one of the best documents so far.
type hit struct {
	score float64
	doc   uint64
}

// worse reports whether a ranks below b: a lower score, or the same
// score and indexed later (Bleve's collector keeps the first found).
func worse(a, b hit) bool {
	if a.score != b.score {
		return a.score < b.score
	}
	return a.doc > b.doc
}

// best is the size best hits, the worst first (a heap).
type best struct {
	h    []hit
	size int
}

func (b *best) full() bool { return len(b.h) == b.size }

func (b *best) add(x hit) {
	if !b.full() {
		b.h = append(b.h, x)
		for i := len(b.h) - 1; i > 0; {
			p := (i - 1) / 2
			if !worse(b.h[i], b.h[p]) {
				break
			}
			b.h[i], b.h[p] = b.h[p], b.h[i]
			i = p
		}
		return
	}
	b.h[0] = x // replaces the worst
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(b.h) && worse(b.h[l], b.h[m]) {
			m = l
		}
		if r < len(b.h) && worse(b.h[r], b.h[m]) {
			m = r
		}
		if m == i {
			break
		}
		b.h[i], b.h[m] = b.h[m], b.h[i]
		i = m
	}
}

// wand finds the size best documents of the disjunction of cs (in the
// order Bleve sums them, each standing at its first posting), of n clauses
// in all (those that match nothing counted, as coord counts them), by WAND
// (Broder et al., 2003): with the clauses in the order of the documents
// they stand at, the next document looked at is the first that the clauses
// up to it could make one of the best, and the clauses before it skip to
// it, past documents that only fewer clauses hold.
func wand(ctx context.Context, cs []*clause, n, size int) (search.DocumentMatchCollection, error) {
	k := len(cs)
	byDoc := make([]*clause, k)
	copy(byDoc, cs)
	// atMost is the largest score of a document holding m clauses whose
	// scores sum to sum.
	atMost := func(m int, sum float64) float64 { return float64(m) / float64(n) * sum * margin }
	top := &best{size: size}
	for steps := 1; ; steps++ {
		if steps%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		// Insertion sort: the order changes little from step to step.
		for i := 1; i < k; i++ {
			for j := i; j > 0 && byDoc[j].doc < byDoc[j-1].doc; j-- {
				byDoc[j], byDoc[j-1] = byDoc[j-1], byDoc[j]
			}
		}
		// Until there are size hits, every document is one of them.
		pivot := 0
		if top.full() {
			sum := 0.0
			for pivot = 0; pivot < k; pivot++ {
				sum += byDoc[pivot].ub
				if atMost(pivot+1, sum) > top.h[0].score {
					break
				}
			}
			if pivot == k {
				break
			}
		}
		d := byDoc[pivot].doc
		if d == end {
			break
		}
		if byDoc[0].doc < d {
			// Fewer clauses than could make one of the best hold the
			// documents before d.
			for _, c := range byDoc[:pivot] {
				if c.doc < d {
					if err := c.advance(d); err != nil {
						return nil, err
					}
				}
			}
			continue
		}
		// Every clause stands at d or after it. The score as Bleve's
		// disjunction makes it: the sum in its order, times the share of
		// clauses searched that the document holds, times that of the
		// clauses searched among those asked (anyOf).
		exact := 0.0
		held := 0
		for _, c := range cs {
			if c.doc == d {
				exact += c.score()
				held++
			}
		}
		exact *= float64(held) / float64(k)
		exact *= float64(k) / float64(n)
		if x := (hit{exact, d}); !top.full() || worse(top.h[0], x) {
			top.add(x)
		}
		// Step past d the clauses on it (first in byDoc).
		for _, c := range byDoc {
			if c.doc != d {
				break
			}
			if err := c.next(); err != nil {
				return nil, err
			}
		}
	}
	sort.Slice(top.h, func(a, b int) bool { return worse(top.h[b], top.h[a]) })
	out := make(search.DocumentMatchCollection, len(top.h))
	for i, h := range top.h {
		id := make(bindex.IndexInternalID, 8)
		binary.BigEndian.PutUint64(id, h.doc)
		out[i] = &search.DocumentMatch{Score: h.score, IndexInternalID: id, HitNumber: uint64(i + 1)}
	}
	return out, nil
}
