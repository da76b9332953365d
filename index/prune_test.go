package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"maps"
	"math"
	"math/rand"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/internal/gen"
)

// TestPrunedAsBleve: a question's words, alone or with one other query
// that must match (a speaker), searched by topTerms and topTermsAnd, find
// the same statements in the same order with the same scores as Bleve's
// search of the same query (anyOf, which TestSparseAsBleve holds to
// Bleve's own disjunction), over corpora of one segment and of
// several (searched one after another and side by side), with statements
// repeated (equal scores, which go to the statement indexed first), words
// rare and common, questions of one word to thirty, and from one hit
// asked to more than match.
func TestPrunedAsBleve(t *testing.T) {
	longer := gen.Statements(3000, 7)
	for i := range longer {
		if i%3 == 0 {
			// Some sentences say more than the statement, some twice.
			longer[i].Sentence = longer[i].Text + " officials in Geneva said on Tuesday, and said it again on Tuesday"
		}
	}
	// Each statement three times over: many equal scores.
	var repeated []corpus.Statement
	for range 3 {
		repeated = append(repeated, gen.Statements(400, 3)...)
	}
	several := gen.Statements(2*BatchSize+1500, 11)
	var repeatedSegs []corpus.Statement
	for range 2 {
		repeatedSegs = append(repeatedSegs, several[:BatchSize-100]...)
	}
	corpora := []struct {
		name  string
		stmts []corpus.Statement
		asks  int
		// sideBySide searches the segments side by side whatever their
		// postings.
		sideBySide bool
	}{
		{"test statements", testStatements(), 40, false},
		{"3,000 with longer sentences", append(longer, testStatements()...), 150, false},
		{"1,200 repeated", repeated, 150, false},
		// Three segments (batches of BatchSize).
		{"several segments", several, 60, false},
		{"several segments side by side", several, 60, true},
		{"segments repeated side by side", repeatedSegs, 60, true},
	}
	ctx := context.Background()
	for _, c := range corpora {
		t.Run(c.name, func(t *testing.T) {
			if c.sideBySide {
				defer func(n uint64, f func() int) { sideBySide, cores = n, f }(sideBySide, cores)
				sideBySide, cores = 0, func() int { return 3 }
			}
			searched := 0 // questions whose hits' terms the search told
			defer func() {
				if searched < c.asks/2 {
					t.Errorf("the search told which terms the hits hold for %d questions of %d", searched, c.asks)
				}
			}()
			ix := mustNew(t, c.stmts)
			var vocab []string
			for _, s := range c.stmts {
				vocab = append(vocab, strings.Fields(s.Text)...)
			}
			vocab = append(vocab, "unheardof", "Geneva", "Tuesday", "ceasefire", "cease-fire", "truce")
			r := rand.New(rand.NewSource(int64(len(c.stmts))))
			for k := range c.asks {
				words := make([]string, 1+r.Intn(min(30, 1+k/4)))
				for i := range words {
					words[i] = vocab[r.Intn(len(vocab))]
				}
				size := []int{1, 3, 10, 50, 50, 1000}[r.Intn(6)]
				q := Query{Words: strings.Join(words, " ")}
				// With what must match besides: a speaker (misspelt at
				// times), a name asked about, a span of dates.
				other := c.stmts[r.Intn(len(c.stmts))]
				switch k % 6 {
				case 2:
					q.Speaker = other.Speaker
				case 3:
					q.Speaker = other.Speaker + "x"
				case 4:
					q.From, q.To = "2023-03-01", "2023-09-30"
				case 5:
					q.About = other.Speaker
				}
				top, asked, err := ix.query(q)
				if err != nil {
					continue // only stop words
				}
				if w, _ := wordsOf(top); w == nil && len(ix.Terms(q.Words)) > 0 {
					t.Fatalf("%+v is not searched apart from Bleve", q)
				}
				got, held, err := ix.search(ctx, top, size, asked)
				if err != nil {
					t.Fatal(err)
				}
				// Which asked terms each hit holds, known from the search,
				// is what the postings say.
				if held != nil {
					searched++
					read, err := ix.holding(ctx, asked, got)
					if err != nil {
						t.Fatal(err)
					}
					if fmt.Sprint(held) != fmt.Sprint(read) {
						t.Fatalf("%+v, %d asked: the search found the hits hold %v; the postings %v", q, size, held, read)
					}
				}
				want, err := ix.bi.SearchInContext(ctx, bleve.NewSearchRequestOptions(top, size, 0, false))
				if err != nil {
					t.Fatal(err)
				}
				if len(got) != len(want.Hits) {
					t.Fatalf("%+v, %d asked: %d hits; Bleve %d", q, size, len(got), len(want.Hits))
				}
				for i := range got {
					g, w := got[i], want.Hits[i]
					if g.ID != w.ID || g.Score != w.Score || !g.IndexInternalID.Equals(w.IndexInternalID) {
						t.Fatalf("%+v, %d asked, hit %d: %s %.17g; Bleve %s %.17g", q, size, i, g.ID, g.Score, w.ID, w.Score)
					}
				}
			}
		})
	}
}

// TestPrunedTies: of statements that score the same, those indexed first
// are kept, as Bleve's collector keeps them.
func TestPrunedTies(t *testing.T) {
	var stmts []corpus.Statement
	for i := range 40 {
		text := "the envoys met again"
		if i%10 == 9 {
			text = "the envoys met again and the envoys spoke"
		}
		stmts = append(stmts, corpus.Statement{Speaker: fmt.Sprintf("Envoy %d", i), Text: text, Sentence: text})
	}
	ix := mustNew(t, stmts)
	for _, size := range []int{1, 2, 5, 7, 39, 40, 41} {
		top, _, err := ix.query(Query{Words: "envoys spoke met"})
		if err != nil {
			t.Fatal(err)
		}
		got, _, err := ix.search(context.Background(), top, size, nil)
		if err != nil {
			t.Fatal(err)
		}
		want, err := ix.bi.Search(bleve.NewSearchRequestOptions(top, size, 0, false))
		if err != nil {
			t.Fatal(err)
		}
		var g, w []string
		for _, h := range got {
			g = append(g, fmt.Sprintf("%s %.17g", h.ID, h.Score))
		}
		for _, h := range want.Hits {
			w = append(w, fmt.Sprintf("%s %.17g", h.ID, h.Score))
		}
		if strings.Join(g, ", ") != strings.Join(w, ", ") {
			t.Errorf("%d asked: %v\nBleve: %v", size, g, w)
		}
	}
}

// TestPrunedClosed: a closed index refuses a question's words, as Bleve
// refuses any other search.
func TestPrunedClosed(t *testing.T) {
	ix, err := New(testStatements())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.Search(context.Background(), Query{Words: "war solution"}); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if hits, err := ix.Search(context.Background(), Query{Words: "war solution"}); err == nil {
		t.Errorf("a closed index answered: %d hits", len(hits))
	}
}

// TestBoundsAsPostings: the bounds found while building are those a pass
// over each term's postings finds, for every term of the words' fields,
// in an index built in memory and in one stored and opened again, which
// has them all from its bounds file.
func TestBoundsAsPostings(t *testing.T) {
	stmts := gen.Statements(2*BatchSize+700, 5)
	for i := range stmts {
		if i%4 == 0 {
			stmts[i].Sentence = stmts[i].Text + " said officials in Geneva on Tuesday, and again on Tuesday"
		}
	}
	stmts = append(stmts, testStatements()...)
	mem := mustNew(t, stmts)
	dir := filepath.Join(t.TempDir(), "ix")
	ix, err := Build(dir, stmts, "fp", nil)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	stored, err := Open(dir, "fp")
	if err != nil {
		t.Fatal(err)
	}
	defer stored.Close()
	for _, ix := range []*Index{mem, stored} {
		if len(ix.bounds.built) == 0 {
			t.Fatal("no bounds found while building")
		}
		r, err := ix.reader()
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		var read bounds
		for k, built := range ix.bounds.built {
			got, err := read.of(context.Background(), r, k.field, k.term)
			if err != nil {
				t.Fatal(err)
			}
			if sqrtFreq(got.freq)*got.norm != sqrtFreq(built.freq)*built.norm {
				t.Errorf("%s:%s: built %+v, postings %+v", k.field, k.term, built, got)
			}
		}
	}
	if len(stored.bounds.built) != len(mem.bounds.built) {
		t.Errorf("the stored index has the bounds of %d terms, the index in memory %d", len(stored.bounds.built), len(mem.bounds.built))
	}
	for k, b := range mem.bounds.built {
		if got, ok := stored.bounds.built[k]; !ok || got != b {
			t.Errorf("%s:%s: stored %+v (%v), in memory %+v", k.field, k.term, got, ok, b)
		}
	}
	// Asking the stored index finds no bound by reading postings.
	for _, s := range stmts[:50] {
		if _, err := stored.Search(context.Background(), Query{Words: s.Text + " " + s.Sentence}); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(stored.bounds.m); n != 0 {
		t.Errorf("the stored index read the postings of %d terms for their bounds; want none", n)
	}
}

// TestBoundsFile: the bounds file gives back what was written, and any
// file cut short, grown or with a count, field, length or norm out of
// range is refused, never a panic.
func TestBoundsFile(t *testing.T) {
	bs := map[boundKey]bound{
		{"text", "ceasefir"}:  {3, float64(float32(1 / math.Sqrt(7)))},
		{"text", "talk"}:      {1, 1},
		{"context", "talk"}:   {2, float64(float32(1 / math.Sqrt(30)))},
		{"context", "genève"}: {1, float64(float32(1 / math.Sqrt(12)))},
	}
	data := encodeBounds(bs)
	got, err := decodeBounds(data)
	if err != nil || !maps.Equal(got, bs) {
		t.Fatalf("decodeBounds(encodeBounds(bs)) = %v, %v; want %v", got, err, bs)
	}
	if empty, err := decodeBounds(encodeBounds(nil)); err != nil || len(empty) != 0 {
		t.Errorf("no bounds: %v, %v", empty, err)
	}
	for n := range len(data) {
		if _, err := decodeBounds(data[:n]); err == nil {
			t.Errorf("the file cut to %d of %d bytes was read", n, len(data))
		}
	}
	if _, err := decodeBounds(append(data[:len(data):len(data)], 0)); err == nil {
		t.Error("the file grown by a byte was read")
	}
	at := len(boundsMagic)
	edits := map[string]func(d []byte){
		"count too large":               func(d []byte) { d[at] = 0x7f },
		"a field no words are asked in": func(d []byte) { d[at+1] = 3 },
		"a field past the last":         func(d []byte) { d[at+1] = 0x7f },
		"a term's length too large":     func(d []byte) { d[at+2] = 0x7f },
		"a norm above one":              func(d []byte) { binary.LittleEndian.PutUint32(d[len(d)-4:], math.Float32bits(1.5)) },
		"a norm not a number":           func(d []byte) { binary.LittleEndian.PutUint32(d[len(d)-4:], math.Float32bits(float32(math.NaN()))) },
		"another magic":                 func(d []byte) { d[0] = 'T' },
	}
	for name, edit := range edits {
		d := append([]byte(nil), data...)
		edit(d)
		if _, err := decodeBounds(d); err == nil {
			t.Errorf("%s: read", name)
		}
	}
	// Any byte changed: refused or read, never a panic.
	r := rand.New(rand.NewSource(1))
	for range 2000 {
		d := append([]byte(nil), data...)
		d[r.Intn(len(d))] = byte(r.Intn(256))
		decodeBounds(d)
	}
}
