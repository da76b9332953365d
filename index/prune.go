package index

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
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
// them, so they are the same to the bit (TestPrunedAsBleve). The
// postings are read from each segment of the index as Bleve's term field
// reader reads them, without going through it (which, for every step,
// found the segment of the document asked and wrote its number out and
// read it back), and a large index's segments are searched side by side.

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

// bounds are the bounds of the terms asked of an index: those of the
// words' fields of every term, found as an index is built and stored with
// it (built; see boundsfile.go), and otherwise found on first use by a
// pass over the term's postings (m). An index does not change once built,
// so they hold for its life.
type bounds struct {
	mu    sync.Mutex
	built map[boundKey]bound
	m     map[boundKey]bound
}

// raise raises the bounds found while building to those of more
// statements.
func (b *bounds) raise(more map[boundKey]bound) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.built == nil {
		b.built = map[boundKey]bound{}
	}
	for k, v := range more {
		if have, ok := b.built[k]; !ok || sqrtFreq(v.freq)*v.norm > sqrtFreq(have.freq)*have.norm {
			b.built[k] = v
		}
	}
}

func (b *bounds) of(ctx context.Context, r bindex.IndexReader, field, term string) (bound, error) {
	k := boundKey{field, term}
	b.mu.Lock()
	v, ok := b.built[k]
	if !ok {
		v, ok = b.m[k]
	}
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
// postings in each segment of the index directly: its score in a document
// is worked out as Bleve's term scorer works it out (TF-IDF:
// sqrt(frequency) × norm × idf, times the query weight), and only for the
// documents that could be among the best.
type clause struct {
	// pls are the term's postings in each segment, offs the number of
	// each segment's first document and, last, the number past them all
	// (as the snapshot numbers them: each segment after those before it).
	pls  []segment.PostingsList
	offs []uint64
	// it reads the postings of segment seg; the segments from hi on are
	// not read (another reader reads them).
	it      segment.PostingsIterator
	seg, hi int
	// doc is the document the postings stand at, end past the last, p
	// its posting (valid until the postings step again), whose frequency
	// and norm are read only if the document is scored.
	doc         uint64
	p           segment.Posting
	count       uint64 // documents holding the term
	idf, weight float64
	ub          float64 // the largest score
	// term is the clause's term, text whether it is asked in the
	// statement's words (else its sentence).
	term string
	text bool
}

const end = math.MaxUint64

// score is the clause's score in the document its postings stand at.
func (c *clause) score() float64 { return c.scoreOf(c.p.Frequency(), c.p.Norm()) }

func (c *clause) scoreOf(freq uint64, norm float64) float64 {
	s := sqrtFreq(freq) * norm * c.idf
	if c.weight != 1 {
		s *= c.weight
	}
	return s
}

// read stands the postings at their first document in the segments from
// lo to hi (not included).
func (c *clause) read(lo, hi int) error {
	c.seg, c.hi, c.it = lo, hi, nil
	return c.next()
}

// stand records where the postings stand after a step in segment seg.
func (c *clause) stand(p segment.Posting) {
	c.doc, c.p = c.offs[c.seg]+p.Number(), p
}

// iterator reads the postings of segment seg, from where they stand; it
// is made when first read.
func (c *clause) iterator() segment.PostingsIterator {
	if c.it == nil {
		c.it = c.pls[c.seg].Iterator(true, true, false, nil)
	}
	return c.it
}

func (c *clause) next() error {
	for ; c.seg < c.hi; c.seg, c.it = c.seg+1, nil {
		p, err := c.iterator().Next()
		if err != nil {
			return err
		}
		if p != nil {
			c.stand(p)
			return nil
		}
	}
	c.doc = end
	return nil
}

// advance steps the postings to the first document at or after d, which
// is after the one they stand at.
func (c *clause) advance(d uint64) error {
	for c.seg < c.hi && d >= c.offs[c.seg+1] {
		c.seg, c.it = c.seg+1, nil
	}
	if c.seg >= c.hi {
		c.doc = end
		return nil
	}
	p, err := c.iterator().Advance(d - c.offs[c.seg])
	if err != nil {
		return err
	}
	if p == nil {
		c.seg, c.it = c.seg+1, nil
		return c.next()
	}
	c.stand(p)
	return nil
}

// byCount orders clauses as Bleve's disjunction orders its searchers
// (searcher.OrderedSearcherList): sort.Sort, by the documents holding
// them; the same sort of the same counts gives the same order, in which
// Bleve sums a document's scores.
type byCount []*clause

func (b byCount) Len() int           { return len(b) }
func (b byCount) Less(i, j int) bool { return b[i].count < b[j].count }
func (b byCount) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// terms are the clauses of a disjunction of terms (anyOf, termsOnly) being
// searched.
type terms struct {
	q      *anyOf
	docs   uint64  // in the index
	weight float64 // of every clause, as anyOf weighs them
	cs     byCount // the clauses that match anything, in Bleve's order
	tqs    []*query.TermQuery
	scs    []*scorer.TermQueryScorer
	offs   []uint64 // the number of each segment's first document, and past the last
}

// openTerms finds the postings of q's terms in each segment of r (as
// Bleve's term field reader finds them) and weighs them as Bleve's term
// searchers do. ok is false when q is one topTerms does not search as
// Bleve does (more clauses than Bleve ORs without a heap, whose sums it
// orders otherwise; an index that is not scorch's); the caller then asks
// Bleve.
func openTerms(r bindex.IndexReader, q *anyOf) (t *terms, ok bool, err error) {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil, false, nil
	}
	docs, err := r.DocCount()
	if err != nil {
		return nil, false, err
	}
	t = &terms{q: q, docs: docs}
	segs := snap.Segments()
	t.offs = make([]uint64, len(segs)+1)
	for i, ss := range segs {
		t.offs[i+1] = t.offs[i] + ss.Segment().Count()
	}
	// Each field's dictionary in each segment, looked up once.
	dicts := map[string][]segment.TermDictionary{}
	for _, c := range q.qs {
		tq := c.(*query.TermQuery)
		field := tq.Field()
		ds, ok := dicts[field]
		if !ok {
			ds = make([]segment.TermDictionary, len(segs))
			for i, ss := range segs {
				if ds[i], err = ss.Segment().Dictionary(field); err != nil {
					return nil, false, err
				}
			}
			dicts[field] = ds
		}
		pls := make([]segment.PostingsList, len(segs))
		count := uint64(0)
		for i, ss := range segs {
			if pls[i], err = ds[i].PostingsList([]byte(tq.Term), ss.Deleted(), nil); err != nil {
				return nil, false, err
			}
			count += pls[i].Count()
		}
		// As Bleve's term searcher weighs it.
		sc := scorer.NewTermQueryScorer([]byte(tq.Term), field, tq.Boost(), docs, count, 0, search.SearcherOptions{})
		t.weight += sc.Weight()
		if count == 0 {
			continue
		}
		t.cs = append(t.cs, &clause{pls: pls, offs: t.offs, count: count, term: tq.Term, text: field == "text"})
		t.tqs = append(t.tqs, tq)
		t.scs = append(t.scs, sc)
	}
	return t, len(t.cs) <= searcher.DisjunctionHeapTakeover, nil
}

// count is how many documents Bleve's disjunction of the terms reports
// (the sum of its clauses' counts).
func (t *terms) count() uint64 {
	n := uint64(0)
	for _, c := range t.cs {
		n += c.count
	}
	return n
}

// start normalises the clauses by qnorm, finds their bounds and puts them
// in Bleve's order. ok is false if a score
// worked out here is not the scorer's to the bit (another scoring model).
func (t *terms) start(ctx context.Context, ix *Index, r bindex.IndexReader, qnorm float64) (ok bool, err error) {
	pool := search.NewDocumentMatchPool(1, 0)
	sctx := &search.SearchContext{DocumentMatchPool: pool, IndexReader: r}
	for i, c := range t.cs {
		tq, sc := t.tqs[i], t.scs[i]
		b, err := ix.bounds.of(ctx, r, tq.Field(), tq.Term)
		if err != nil {
			return false, err
		}
		sc.SetQueryNorm(qnorm)
		c.idf = 1 + math.Log(float64(t.docs)/float64(c.count+1))
		c.weight = tq.Boost() * c.idf * qnorm
		c.ub = c.scoreOf(b.freq, b.norm)
		top := sc.Score(sctx, &bindex.TermFieldDoc{Freq: b.freq, Norm: b.norm})
		same := top.Score == c.ub
		pool.Put(top)
		if !same {
			return false, nil
		}
	}
	sort.Sort(t.cs)
	return true, nil
}

// clauses are copies of t's clauses, in their order, to read apart.
func (t *terms) clauses() []*clause {
	out := make([]*clause, len(t.cs))
	for i, c := range t.cs {
		cc := *c
		out[i] = &cc
	}
	return out
}

// holds is which clauses of terms (by their place in cs) a document
// holds; there are at most DisjunctionHeapTakeover (openTerms).
type holds [2]uint64

func (h *holds) set(i int)     { h[i/64] |= 1 << (i % 64) }
func (h holds) has(i int) bool { return h[i/64]&(1<<(i%64)) != 0 }

func init() {
	if searcher.DisjunctionHeapTakeover > len(holds{})*64 {
		panic("index: holds has fewer bits than a disjunction searched apart from Bleve has clauses")
	}
}

// scoreAt is the disjunction's score in d, as anyOf's searcher gives it,
// every clause of cs (t's, in their order) standing at d or after it, and
// which clauses hold d.
func (t *terms) scoreAt(cs []*clause, d uint64) (score float64, in holds) {
	// The sum in Bleve's order, times the share of clauses searched that
	// the document holds, times that of the clauses searched among those
	// asked (anyOf).
	held := 0
	for i, c := range cs {
		if c.doc == d {
			score += c.score()
			held++
			in.set(i)
		}
	}
	k := len(cs)
	score *= float64(held) / float64(k)
	score *= float64(k) / float64(len(t.q.qs))
	return score, in
}

// heldBy is which asked terms each hit holds, in its words and in its
// words or sentence (as holding reads them from the postings), from the
// clauses each held when it was scored: nil unless every term of asked
// is one of q's, which are all the clauses of t.
func (t *terms) heldBy(hs []hit, asked []string) []held {
	if len(asked) == 0 {
		return nil
	}
	mine := map[string]bool{}
	for _, c := range t.q.qs {
		mine[c.(*query.TermQuery).Term] = true
	}
	for _, a := range asked {
		if !mine[a] {
			return nil
		}
	}
	out := make([]held, len(hs))
	for k, h := range hs {
		o := &out[k]
		for i, c := range t.cs {
			if !h.in.has(i) {
				continue
			}
			if c.text && !contains(o.text, c.term) {
				o.text = append(o.text, c.term)
			}
			if !contains(o.any, c.term) {
				o.any = append(o.any, c.term)
			}
		}
		sort.Strings(o.text)
		sort.Strings(o.any)
	}
	return out
}

// topTerms returns the size best hits of q (termsOnly) in r, as Bleve's
// search of q gives them: identifier, internal identifier and score, best
// first; and which of the terms asked each holds (see heldBy). ok is false
// when q is one topTerms does not search as Bleve does; the caller then
// asks Bleve.
func (ix *Index) topTerms(ctx context.Context, r bindex.IndexReader, q *anyOf, size int, asked []string) (hits search.DocumentMatchCollection, in []held, ok bool, err error) {
	t, ok, err := openTerms(r, q)
	if !ok || err != nil {
		return nil, nil, false, err
	}
	if len(t.cs) == 0 || float64(len(t.cs)) < q.min {
		return nil, nil, true, nil
	}
	// Normalised as anyOf normalises them: by the weight of every clause.
	if ok, err := t.start(ctx, ix, r, 1/math.Sqrt(t.weight)); !ok || err != nil {
		return nil, nil, false, err
	}
	top, err := wand(ctx, t, size)
	if err != nil {
		return nil, nil, false, err
	}
	return top.hits(r, t, asked)
}

// counted is a searcher of which only Count is asked: a stand-in for the
// words' disjunction, to order a conjunction's searchers as Bleve does.
type counted struct {
	search.Searcher
	n uint64
}

func (c counted) Count() uint64 { return c.n }

// topTermsAnd is topTerms for the conjunction of q and other (a question's
// words and the speaker asked), as Bleve's search of the Boolean query of
// them both as must clauses gives it: the documents other finds, stepped
// through by Bleve's searcher, and the words' postings stepped to them,
// the words scored only where the score other gives could make, with the
// words' largest, one of the best.
func (ix *Index) topTermsAnd(ctx context.Context, r bindex.IndexReader, q *anyOf, other query.Query, size int, asked []string) (hits search.DocumentMatchCollection, in []held, ok bool, err error) {
	t, ok, err := openTerms(r, q)
	if !ok || err != nil {
		return nil, nil, false, err
	}
	rs, err := other.Searcher(ctx, r, ix.mapping, search.SearcherOptions{})
	if err != nil {
		return nil, nil, false, err
	}
	defer rs.Close()
	if len(t.cs) == 0 || float64(len(t.cs)) < q.min {
		return nil, nil, true, nil // the words match nothing, nor does the conjunction
	}
	// Normalised as Bleve's conjunction normalises its searchers: by the
	// sum of their weights, in the order it sorts them.
	ordered := searcher.OrderedSearcherList{counted{n: t.count()}, rs}
	sort.Sort(ordered)
	sum := 0.0
	for _, s := range ordered {
		if _, ok := s.(counted); ok {
			sum += t.weight
		} else {
			sum += s.Weight()
		}
	}
	qnorm := 1 / math.Sqrt(sum)
	rs.SetQueryNorm(qnorm)
	if ok, err := t.start(ctx, ix, r, qnorm); !ok || err != nil {
		return nil, nil, false, err
	}
	for _, c := range t.cs {
		if err := c.read(0, len(t.offs)-1); err != nil {
			return nil, nil, false, err
		}
	}
	// The most the words score in a document.
	most := 0.0
	for _, c := range t.cs {
		most += c.ub
	}
	most *= margin
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(rs.DocumentMatchPoolSize()+2, 0), IndexReader: r}
	top := &best{size: size}
	var at [8]byte
	dm, err := rs.Next(sctx)
	if err != nil {
		return nil, nil, false, err
	}
	for steps := 1; dm != nil; steps++ {
		if steps%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, nil, false, err
			}
		}
		d, err := number(dm.IndexInternalID)
		if err != nil {
			return nil, nil, false, err
		}
		if top.full() && dm.Score+most <= top.h[0].score {
			// Not one of the best whatever the words score in it: on to
			// the next document of the other clause that the words may
			// hold (the clauses behind d stand before what they hold next).
			next := uint64(end)
			for _, c := range t.cs {
				next = min(next, c.doc)
			}
			if next == end {
				break
			}
			sctx.DocumentMatchPool.Put(dm)
			if next <= d+1 {
				dm, err = rs.Next(sctx)
			} else {
				binary.BigEndian.PutUint64(at[:], next)
				dm, err = rs.Advance(sctx, at[:])
			}
			if err != nil {
				return nil, nil, false, err
			}
			continue
		}
		// The words' postings to d; the first document after d that any
		// holds, if none holds d.
		after := uint64(end)
		for _, c := range t.cs {
			if c.doc < d {
				if err := c.advance(d); err != nil {
					return nil, nil, false, err
				}
			}
			after = min(after, c.doc)
		}
		if after == end {
			break
		}
		if after > d {
			sctx.DocumentMatchPool.Put(dm)
			binary.BigEndian.PutUint64(at[:], after)
			dm, err = rs.Advance(sctx, at[:])
			if err != nil {
				return nil, nil, false, err
			}
			continue
		}
		ws, in := t.scoreAt(t.cs, d)
		// Bleve's conjunction sums its two searchers' scores.
		top.offer(hit{ws + dm.Score, d, in})
		sctx.DocumentMatchPool.Put(dm)
		if dm, err = rs.Next(sctx); err != nil {
			return nil, nil, false, err
		}
	}
	return top.hits(r, t, asked)
}

// number is the document of an internal identifier (scorch's: 8 bytes,
// big-endian).
func number(id bindex.IndexInternalID) (uint64, error) {
	if len(id) != 8 {
		return 0, fmt.Errorf("index: a document number of %d bytes", len(id))
	}
	return binary.BigEndian.Uint64(id), nil
}

// hit is one of the best documents so far, and the clauses it holds.
type hit struct {
	score float64
	doc   uint64
	in    holds
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

// offer adds x to the best if it is one of them, the worst giving way,
// and reports whether it was.
func (b *best) offer(x hit) bool {
	if b.full() && !worse(b.h[0], x) {
		return false
	}
	b.add(x)
	return true
}

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

// sideBySide is how many postings the terms of a question's words must
// have in all for the segments of an index to be searched side by side,
// on as many cores as there are, each keeping its own best hits: below it
// starting the searches costs more than it saves.
var sideBySide uint64 = 200_000

// cores is how many searches run side by side at most.
var cores = func() int { return runtime.GOMAXPROCS(0) }

// wand finds the size best documents of the disjunction of t's clauses
// (in the order Bleve sums them), of len(t.q.qs) clauses in all (those
// that match nothing counted, as coord counts them), by WAND (Broder et
// al., 2003), a segment of the index at a time: with the clauses in the
// order of the documents they stand at, the next document looked at is
// the first that the clauses up to it could make one of the best, and the
// clauses before it skip to it, past documents that only fewer clauses
// hold. The segments are searched side by side when there are many
// postings (sideBySide), each search keeping its own best, a document
// passed over when it could not make the best of any; the best of them
// all are the best documents.
func wand(ctx context.Context, t *terms, size int) (*best, error) {
	segs := len(t.offs) - 1
	workers := 1
	if t.count() >= sideBySide {
		workers = max(1, min(cores(), segs))
	}
	var shared bar
	if workers == 1 {
		top := &best{size: size}
		cs := t.clauses()
		for s := range segs {
			if err := wandIn(ctx, t, cs, s, top, &shared); err != nil {
				return nil, err
			}
		}
		return top, nil
	}
	var (
		next  atomic.Int64 // the next segment to search
		wg    sync.WaitGroup
		tops  = make([]*best, workers)
		errs  = make([]error, workers)
		cause = ctx
	)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for w := range workers {
		tops[w] = &best{size: size}
		wg.Go(func() {
			cs := t.clauses()
			for {
				s := int(next.Add(1) - 1)
				if s >= segs {
					return
				}
				if err := wandIn(ctx, t, cs, s, tops[w], &shared); err != nil {
					errs[w] = err
					cancel()
					return
				}
			}
		})
	}
	wg.Wait()
	if err := cause.Err(); err != nil {
		return nil, err
	}
	for _, err := range errs {
		if err != nil && !errors.Is(err, context.Canceled) {
			return nil, err
		}
	}
	top := tops[0]
	for _, o := range tops[1:] {
		for _, x := range o.h {
			top.offer(x)
		}
	}
	return top, nil
}

// bar is the score of the worst of the best documents of any search side
// by side that has found size of them: a document that scores less
// cannot be one of the best of all (one that scores the same can, if it
// was indexed earlier).
type bar struct{ bits atomic.Uint64 }

func (b *bar) get() float64 { return math.Float64frombits(b.bits.Load()) }

// raise raises the bar to s.
func (b *bar) raise(s float64) {
	for {
		old := b.bits.Load()
		if math.Float64frombits(old) >= s || b.bits.CompareAndSwap(old, math.Float64bits(s)) {
			return
		}
	}
}

// wandIn searches segment s with the clauses cs (copies of t's) into top.
func wandIn(ctx context.Context, t *terms, cs []*clause, s int, top *best, shared *bar) error {
	n := len(t.q.qs)
	k := len(cs)
	byDoc := make([]*clause, k)
	copy(byDoc, cs)
	for _, c := range cs {
		if err := c.read(s, s+1); err != nil {
			return err
		}
	}
	// atMost is the largest score of a document holding m clauses whose
	// scores sum to sum.
	atMost := func(m int, sum float64) float64 { return float64(m) / float64(n) * sum * margin }
	// could reports whether a document scoring at most b could be one of
	// the best: above the worst of this search's best, once it has size
	// of them, and not below the worst of another's.
	could := func(b float64) bool {
		return (!top.full() || b > top.h[0].score) && b >= shared.get()
	}
	for steps := 1; ; steps++ {
		if steps%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		// Insertion sort: the order changes little from step to step.
		for i := 1; i < k; i++ {
			for j := i; j > 0 && byDoc[j].doc < byDoc[j-1].doc; j-- {
				byDoc[j], byDoc[j-1] = byDoc[j-1], byDoc[j]
			}
		}
		pivot, sum := 0, 0.0
		for ; pivot < k; pivot++ {
			sum += byDoc[pivot].ub
			if could(atMost(pivot+1, sum)) {
				break
			}
		}
		if pivot == k {
			break
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
						return err
					}
				}
			}
			continue
		}
		// Every clause stands at d or after it.
		exact, in := t.scoreAt(cs, d)
		if top.offer(hit{exact, d, in}) && top.full() {
			shared.raise(top.h[0].score)
		}
		// Step past d the clauses on it (first in byDoc).
		for _, c := range byDoc {
			if c.doc != d {
				break
			}
			if err := c.next(); err != nil {
				return err
			}
		}
	}
	return nil
}

// hits are the best hits, best first, with their identifiers in r, and
// which of the terms asked each holds (heldBy) of t's clauses.
func (b *best) hits(r bindex.IndexReader, t *terms, asked []string) (search.DocumentMatchCollection, []held, bool, error) {
	sort.Slice(b.h, func(i, j int) bool { return worse(b.h[j], b.h[i]) })
	out := make(search.DocumentMatchCollection, len(b.h))
	for i, h := range b.h {
		id := make(bindex.IndexInternalID, 8)
		binary.BigEndian.PutUint64(id, h.doc)
		ext, err := r.ExternalID(id)
		if err != nil {
			return nil, nil, false, err
		}
		out[i] = &search.DocumentMatch{ID: ext, Score: h.score, IndexInternalID: id, HitNumber: uint64(i + 1)}
	}
	return out, t.heldBy(b.h, asked), true, nil
}
