package bot

import (
	"context"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
	"github.com/talkbot/talkbot/internal/gen"
	"github.com/talkbot/talkbot/lexicon"
)

// TestAnaphoric: whether a statement points back is the expression's
// answer, worked out once and the same when asked again, from several
// questions at once.
func TestAnaphoric(t *testing.T) {
	src := corpus.Source{Title: "Harbour talks", Outlet: "Wire", Published: "2025-04-02"}
	texts := []string{
		"the two ports agreed a framework for the fishing fleets",
		"that framework holds until the autumn",
		"She said the fleets would keep to their waters",
		"nothing more was agreed on the first day",
	}
	var stmts []corpus.Statement
	for i := 0; i < 40; i++ {
		text := texts[i%len(texts)]
		stmts = append(stmts, corpus.Statement{Kind: corpus.Fact, Speaker: "Mira Tolland", Text: text, Sentence: text, Source: src})
	}
	ix, err := index.New(stmts)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	v := newView(ix).get()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for round := 0; round < 2; round++ {
				for i, s := range stmts {
					if got, want := v.anaphoric(i, s.Text), anaphorRE.MatchString(s.Text); got != want {
						t.Errorf("statement %d %q, round %d: anaphoric %v, want %v", i, s.Text, round, got, want)
					}
				}
			}
		})
	}
	wg.Wait()
	if !v.anaphoric(1, texts[1]) || !v.anaphoric(2, texts[2]) || v.anaphoric(3, texts[3]) {
		t.Error("the fixtures are not read as they were written to be")
	}
}

// TestDemonymPlaceKept: a people's word gives its place however it is
// written and however often it is asked; other words give nothing.
func TestDemonymPlaceKept(t *testing.T) {
	for round := 0; round < 2; round++ {
		for w, want := range map[string]string{"sudanese": "sudan", "Sudanese": "sudan", "UKRAINIAN": "ukraine", "minister": "", "Tolland": ""} {
			if got := demonymPlace(w); got != want {
				t.Errorf("round %d: demonymPlace(%q) = %q, want %q", round, w, got, want)
			}
		}
	}
}

// countingSearcher counts the searches that reach the index.
type countingSearcher struct {
	Searcher
	n int
}

func (c *countingSearcher) Search(ctx context.Context, q index.Query) ([]index.Hit, error) {
	c.n++
	return c.Searcher.Search(ctx, q)
}

// TestSearchOnce: within one question a query asked again is answered
// from the first asking, with hits the caller may change; another query,
// or the same one for another question, reaches the index.
func TestSearchOnce(t *testing.T) {
	ix, err := index.New([]corpus.Statement{
		{Kind: corpus.Quote, Speaker: "Mira Tolland", Text: "the harbour stays open to the fleets", Sentence: "the harbour stays open to the fleets"},
		{Kind: corpus.Quote, Speaker: "Oskar Venn", Text: "the fleets will keep to their waters", Sentence: "the fleets will keep to their waters"},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	c := &countingSearcher{Searcher: ix}
	ctx := withSearchOnce(context.Background(), c)
	s := searcherFor(ctx, c)
	q := index.Query{Words: "fleets", Size: 5}
	first, err := s.Search(ctx, q)
	if err != nil || len(first) != 2 {
		t.Fatalf("first search: %d hits, %v", len(first), err)
	}
	first[0].Statement.Text = "changed by the caller"
	again, _ := s.Search(ctx, q)
	if c.n != 1 || len(again) != 2 || again[0].Statement.Text == "changed by the caller" {
		t.Errorf("asked again: %d searches, hits %v", c.n, texts(again))
	}
	if s.Search(ctx, index.Query{Words: "harbour", Size: 5}); c.n != 2 {
		t.Errorf("another query: %d searches, want 2", c.n)
	}
	if searcherFor(context.Background(), c) != Searcher(c) || searcherFor(ctx, ix) != Searcher(ix) {
		t.Error("a searcher without its own searchOnce in the context is used as it is")
	}
	if searcherFor(withSearchOnce(context.Background(), c), c).Search(ctx, q); c.n != 3 {
		t.Errorf("another question: %d searches, want 3", c.n)
	}
	if inSearchOnce(ctx, c) != ctx || inSearchOnce(ctx, ix) == ctx || inSearchOnce(context.Background(), c) == context.Background() {
		t.Error("inSearchOnce keeps the searchOnce over the same searcher, and only that")
	}
}

// queryLog records the queries that reach the index.
type queryLog struct {
	Searcher
	asked []index.Query
}

func (l *queryLog) Search(ctx context.Context, q index.Query) ([]index.Hit, error) {
	l.asked = append(l.asked, q)
	return l.Searcher.Search(ctx, q)
}

// TestSearchOnceAQuestion: whichever ways of answering one question ask
// the same query, it reaches the index once ("what did X say about Y",
// X quoted on nothing: X's words on Y, then Y's from anyone, then a
// report of X's words, which asks Y's from anyone again); the next
// question asks again, and the answers are those of the index alone.
func TestSearchOnceAQuestion(t *testing.T) {
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Speaker: "Mira Tolland", Text: "the harbour stays open to the fleets", Sentence: "the harbour stays open to the fleets"},
		{ID: "2", Kind: corpus.Quote, Speaker: "Oskar Venn", Text: "Tolland said the fleets will keep to their waters", Sentence: "Tolland said the fleets will keep to their waters"},
	}
	ix, err := index.New(stmts)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	log := &queryLog{Searcher: ix}
	b := &Bot{}
	b.cur.Store(startState(ix, log))
	plain := New(ix, Options{})
	for _, q := range []string{"what did Ilic say about the fleets", "what did Ilic say about the fleets", "what did Tolland say about the harbour", "who said the fleets keep to their waters"} {
		log.asked = nil
		got, want := b.Ask(context.Background(), q), plain.Ask(context.Background(), q)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: %+v; the index alone answers %+v", q, got, want)
		}
		seen := map[index.Query]bool{}
		for _, a := range log.asked {
			if seen[a] {
				t.Errorf("%q: %+v asked of the index again", q, a)
			}
			seen[a] = true
		}
		if len(log.asked) == 0 {
			t.Errorf("%q: nothing asked of the index", q)
		}
	}
}

func texts(hits []index.Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Statement.Text)
	}
	return out
}

func TestSpellName(t *testing.T) {
	v := &view{}
	v.setNameWords([]string{"lena", "bergamo", "bregamo", "orsi", "mattei", "matei", "okoro"})
	tests := []struct{ in, want string }{
		{"Lena Bergamo", "Lena Bergamo bregamo"}, // a twin written with two letters swapped
		{"berrgamo", "bergamo"},                  // doubled letters written once
		{"mmattei", "matei"},                     // the first in order of the words written so
		{"Okoro", "Okoro"},
		{"okkoro", "okoro"},
		{"Lenna Orsi", "lena Orsi"},
		{"Ames Rudd", "Ames Rudd"},
	}
	for _, tt := range tests {
		if got := v.spellName(tt.in); got != tt.want {
			t.Errorf("spellName(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestNumberWords: the words that give a number are the lexicon's, and a
// half; a day or a time gives no count.
func TestNumberWords(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"seventeen hostages were freed", true},
		{"a dozen trucks", true},
		{"half the prisoners", true},
		{"ninety detainees", true},
		{"some of the hostages", false},
		{"on March 4 the talks resumed", false},
	}
	for _, tt := range tests {
		if got := hasCount(tt.text); got != tt.want {
			t.Errorf("hasCount(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
	if !numberWordRE.MatchString("seventy") || numberWordRE.MatchString("seventh") {
		t.Error("numberWordRE: want seventy and not seventh")
	}
}

// TestPlaceWordAsScan: a word is a place's when a statement says a thing
// is in it (or names its people), as a scan of every statement holding
// one of its forms finds it, for every word of the corpus and the first
// letters of each; the words after "in" are found once, as the view is
// worked out.
func TestPlaceWordAsScan(t *testing.T) {
	src := corpus.Source{Title: "Port talks", Outlet: "Wire", Published: "2025-04-02"}
	stmts := gen.Statements(3000, 5)
	for _, text := range []string{
		"the envoys met in Varnholm on Tuesday",
		"talks in in-person form resumed",
		"a truce holds in the north in Calder",
		"they said in",
		"within Ostra the markets reopened",
		"Ostran negotiators walked out",
	} {
		stmts = append(stmts, corpus.Statement{Kind: corpus.Fact, Speaker: "Mira Tolland", Text: text, Sentence: text, Source: src})
	}
	v := newView(statementsOnly(stmts)).get()
	scan := func(p string) bool {
		for i := sort.SearchStrings(v.vocab, p); i < len(v.vocab) && strings.HasPrefix(v.vocab[i], p); i++ {
			w := v.vocab[i]
			if lexicon.IsPeopleEnding(w[len(p):]) {
				return true
			}
			if w != p && !v.formOf(w, p) {
				continue
			}
			for _, j := range v.post[w] {
				if strings.Contains(v.norm[j], " in "+w+" ") {
					return true
				}
			}
		}
		return false
	}
	found := map[bool]int{}
	for _, w := range v.vocab {
		for _, p := range []string{w, w[:len(w)*2/3]} {
			got, want := v.placeWord(p), scan(p)
			if got != want {
				t.Errorf("placeWord(%q) = %v, the scan finds %v", p, got, want)
			}
			found[want]++
		}
	}
	for _, w := range []string{"varnholm", "calder", "ostra"} {
		if !v.placeWord(w) {
			t.Errorf("placeWord(%q) = false", w)
		}
	}
	if found[true] == 0 || found[false] == 0 {
		t.Errorf("the words are all of one kind: %v", found)
	}
}

// TestHasInJoined: a word is in keys joined by spaces where it is in one
// of them, as articleMeets reads an article's keys, for words of every
// length, forms of a key's word ("israeli", "talks") and keys of several
// words, empty or spaced.
func TestHasInJoined(t *testing.T) {
	v := newView(statementsOnly(nil)).get()
	keysets := [][]string{
		{"israel", "gaza strip", "hostages"},
		{"", " egypt", "qatar ", "sudan  talks"},
		{"ukrainian", "kyiv"},
		{},
	}
	words := []string{"israel", "isra", "gaza", "strip", "gaz", "hostage", "hostages", "egypt", "qatar", "talk", "talks",
		"ukraine", "ukrainian", "kyiv", "us", "un", "sudan", "nil", "strip gaza"}
	met := 0
	for _, keys := range keysets {
		joined := " " + strings.Join(keys, " ") + " "
		for _, w := range words {
			want := false
			for _, k := range keys {
				want = want || v.hasIn(" "+k+" ", w)
			}
			if strings.Contains(w, " ") {
				continue // articleMeets reads such a word key by key
			}
			if got := v.hasIn(joined, w); got != want {
				t.Errorf("keys %q, %q: joined %v, key by key %v", keys, w, got, want)
			}
			if want {
				met++
			}
		}
	}
	if met < 5 {
		t.Errorf("only %d words met", met)
	}
}
