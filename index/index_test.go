package index

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/talkbot/talkbot/corpus"
)

func testStatements() []corpus.Statement {
	src := corpus.Source{Title: "Talks", Outlet: "Wire", Published: "2024-09-25"}
	return []corpus.Statement{
		{Kind: corpus.Quote, Speaker: "Antony Blinken", SpeakerTitle: "Secretary of State", Aliases: []string{"Blinken"}, Text: "we don't think that war is the solution", SaidOn: "2024-09-25", Where: "NBC News", Source: src, Topics: []string{"Lebanon"}},
		{Kind: corpus.Fact, Speaker: "an Israeli official", Text: "Benjamin Netanyahu has given the green light for talks", SaidOn: "2024-09-25", Where: "CNN", Source: src, Topics: []string{"Lebanon"}},
		{Kind: corpus.Quote, Speaker: "Benjamin Netanyahu", SpeakerTitle: "Prime Minister", Aliases: []string{"Netanyahu"}, Text: "we will not stop until the hostages are home", SaidOn: "2024-08-01", Source: src, Topics: []string{"Gaza"}},
		{Kind: corpus.Fact, Speaker: "", Text: "The council will meet later on Wednesday *urgently* +field:x", SaidOn: "2024-09-25", Source: src},
	}
}

func mustNew(t testing.TB, stmts []corpus.Statement) *Index {
	t.Helper()
	ix, err := New(stmts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func texts(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Statement.Text)
	}
	return out
}

func TestSearch(t *testing.T) {
	ix := mustNew(t, testStatements())
	ctx := context.Background()
	tests := []struct {
		name  string
		q     Query
		first string // words the first hit contains; "" for no hits
	}{
		{"stemmed words", Query{Words: "solutions for wars"}, "war is the solution"},
		{"phrase", Query{Phrase: "war is the solution"}, "war is the solution"},
		{"misspelt speaker", Query{Speaker: "blinkin"}, "war is the solution"},
		{"misspelt surname", Query{Speaker: "netanyahoo"}, "hostages are home"},
		{"about a person", Query{About: "Netanyahu", Words: "green light"}, "green light"},
		{"where", Query{Where: "NBC News"}, "war is the solution"},
		{"date range", Query{Words: "hostages", From: "2024-08-01", To: "2024-08-31"}, "hostages are home"},
		{"outside the range", Query{Words: "hostages", From: "2024-09-01", To: "2024-09-30"}, ""},
		{"absent speaker", Query{Speaker: "Putin"}, ""},
		{"query syntax is plain text", Query{Words: "+field:x *urgently* /reg.*ex/ ~2"}, "council will meet"},
		{"a lone wildcard finds nothing", Query{Words: "*"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := ix.Search(ctx, tt.q)
			if err != nil && !errors.Is(err, ErrEmptyQuery) {
				t.Fatal(err)
			}
			if tt.first == "" {
				if len(hits) != 0 {
					t.Fatalf("Search(%+v) = %q; want no hits", tt.q, texts(hits))
				}
				return
			}
			if len(hits) == 0 || !strings.Contains(hits[0].Statement.Text, tt.first) {
				t.Fatalf("Search(%+v) = %q; want first hit with %q", tt.q, texts(hits), tt.first)
			}
		})
	}
}

// TestSearchAsked: of two like answers, the one given to the question
// asked about ranks first; an unmatched question still finds both.
func TestSearchAsked(t *testing.T) {
	src := corpus.Source{Title: "Department Press Briefing", Outlet: "Ministry", Published: "2024-09-24"}
	ix := mustNew(t, []corpus.Statement{
		{Kind: corpus.Quote, Speaker: "Dana Whitfield", Text: "I don't have anything to add on that today", SaidOn: "2024-09-24", Source: src, Question: "Any news on the prisoner list?"},
		{Kind: corpus.Quote, Speaker: "Dana Whitfield", Text: "I don't have anything to add on that beyond what I said", SaidOn: "2024-09-24", Source: src, Question: "Is the sanctions waiver expiring?"},
	})
	for _, tt := range []struct{ asked, first string }{
		{"waivers expire", "beyond what I said"},
		{"the prisoners", "on that today"},
	} {
		hits, err := ix.Search(context.Background(), Query{Speaker: "Whitfield", Words: "anything to add", Asked: tt.asked})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 2 || !strings.Contains(hits[0].Statement.Text, tt.first) {
			t.Errorf("Search(asked %q) = %q; want both, first with %q", tt.asked, texts(hits), tt.first)
		}
	}
}

func TestMatchedTerms(t *testing.T) {
	ix := mustNew(t, testStatements())
	hits, err := ix.Search(context.Background(), Query{Words: "war solution peace"})
	if err != nil || len(hits) == 0 {
		t.Fatal(err, hits)
	}
	if got := strings.Join(hits[0].Matched, " "); got != "solut war" {
		t.Errorf("matched terms %q; want %q", got, "solut war")
	}
	if got := ix.Terms("The Solutions, of WARS"); strings.Join(got, " ") != "solut war" {
		t.Errorf("Terms = %q", got)
	}
}

// TestHeldTerms: each hit reports the asked terms in its own words
// (Matched) and in its words or sentence (Terms), whatever order the
// hits come in, and a sentence that is the statement's words counts once.
func TestHeldTerms(t *testing.T) {
	stmts := []corpus.Statement{
		{Text: "war is not the solution", Sentence: "He said war is not the solution in Lebanon"},
		{Text: "the solution is more talks", Sentence: "the solution is more talks"},
		{Text: "talks resumed", Sentence: "In Lebanon talks resumed on Monday"},
		{Text: "nothing asked here", Sentence: "nothing asked here either"},
	}
	for i := range stmts {
		stmts[i].Speaker, stmts[i].Kind = "Maria Lopez", corpus.Quote
	}
	for _, disk := range []bool{false, true} {
		ix := mustNew(t, stmts)
		if disk {
			var err error
			if ix, err = Build(filepath.Join(t.TempDir(), "ix"), stmts, "fp", nil); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { ix.Close() })
		}
		hits, err := ix.Search(context.Background(), Query{Words: "solutions Lebanon talks"})
		if err != nil {
			t.Fatal(err)
		}
		want := map[int][2]string{0: {"solut", "lebanon solut"}, 1: {"solut talk", "solut talk"}, 2: {"talk", "lebanon talk"}}
		if len(hits) != len(want) {
			t.Fatalf("disk %v: %d hits %q; want %d", disk, len(hits), texts(hits), len(want))
		}
		for _, h := range hits {
			w := want[h.Pos]
			if got := [2]string{strings.Join(h.Matched, " "), strings.Join(h.Terms, " ")}; got != w {
				t.Errorf("disk %v: %q holds %q in its words and %q with its sentence; want %q and %q", disk, h.Statement.Text, got[0], got[1], w[0], w[1])
			}
		}
	}
}

func TestSpeakers(t *testing.T) {
	ix := mustNew(t, testStatements())
	sp := ix.Speakers()
	if len(sp) != 3 {
		t.Fatalf("speakers %+v; want 3 (the article's own reporting has none)", sp)
	}
	for _, s := range sp {
		if s.Name == "Antony Blinken" && (s.Title != "Secretary of State" || s.Count != 1 || s.Aliases[0] != "Blinken") {
			t.Errorf("Blinken: %+v", s)
		}
	}
}

func hostileWords() string {
	var b strings.Builder
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(&b, "*a%d* ~x /r%d.*/ +speaker:y ", i, i)
	}
	return b.String()
}

// TestHostileQuery: a huge question of wildcards and terms is answered,
// its words cut to maxTerms and its syntax taken as plain characters.
// (What it costs: BenchmarkHostileQuery.)
func TestHostileQuery(t *testing.T) {
	ix := mustNew(t, testStatements())
	w := hostileWords()
	if n := len(strings.Fields(limitWords(w))); n != maxTerms {
		t.Errorf("limitWords kept %d words; want %d", n, maxTerms)
	}
	hits, err := ix.Search(context.Background(), Query{Words: w, Speaker: w, About: w, Phrase: w})
	if err != nil || len(hits) != 0 {
		t.Errorf("hostile query: %d hits, %v; want none, no error", len(hits), err)
	}
}

func TestOnDisk(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	stmts := testStatements()
	ix, err := Build(dir, stmts, "fp1", nil)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	ix, err = Open(dir, "fp1")
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	hits, err := ix.Search(context.Background(), Query{Speaker: "Blinken"})
	if err != nil || len(hits) != 1 || hits[0].Statement.Aliases[0] != "Blinken" {
		t.Fatalf("after reopen: %v %+v", err, hits)
	}
	ix.Close()
	if _, err := Open(dir, "fp2"); !errors.Is(err, ErrStale) {
		t.Errorf("open with another corpus: %v; want ErrStale", err)
	}
	// A build that never finished leaves no metadata: not trusted.
	os.Remove(filepath.Join(dir, metaFile))
	if _, err := Open(dir, "fp1"); !errors.Is(err, ErrStale) {
		t.Errorf("open without metadata: %v; want ErrStale", err)
	}
	// Rebuilding over a damaged index works.
	os.WriteFile(filepath.Join(dir, stmtsFile), []byte("{garbage"), 0o644)
	ix, err = Build(dir, stmts[:2], "fp3", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if ix.Len() != 2 {
		t.Errorf("rebuilt index holds %d statements", ix.Len())
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), ".ix.building-*"))
	if len(left) != 0 {
		t.Errorf("temporary build folders left: %v", left)
	}
}

func TestBuiltTime(t *testing.T) {
	before := time.Now().Add(-time.Second)
	ix := mustNew(t, testStatements())
	if ix.Built().Before(before) {
		t.Errorf("in-memory Built() = %v; want about now", ix.Built())
	}
	dir := filepath.Join(t.TempDir(), "ix")
	d, err := Build(dir, testStatements(), "fp", nil)
	if err != nil {
		t.Fatal(err)
	}
	built := d.Built()
	d.Close()
	time.Sleep(10 * time.Millisecond)
	o, err := Open(dir, "fp")
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	if !o.Built().Equal(built) {
		t.Errorf("reopened Built() = %v; want the stored %v", o.Built(), built)
	}
}

// TestFuzzyOncePerIndex: a misspelt word's variants are looked up once per
// index and field, and the kept ones give Bleve's own fuzzy match: the
// same hits and scores, asked again and from several goroutines at once.
func TestFuzzyOncePerIndex(t *testing.T) {
	ix := mustNew(t, testStatements())
	for _, tt := range []struct {
		field, text string
		fuzzy       int
	}{
		{"speaker", "blinkin", 1},
		{"aliases", "netanyahoo netanyahoo", 2},
		{"text", "hostags solutoin", 1},
	} {
		want := bleve.NewMatchQuery(tt.text)
		want.SetField(tt.field)
		want.Fuzziness = tt.fuzzy
		wres, err := ix.bi.Search(bleve.NewSearchRequest(want))
		if err != nil || len(wres.Hits) == 0 {
			t.Fatalf("Bleve's fuzzy match %q in %s: %v, %d hits", tt.text, tt.field, err, len(wres.Hits))
		}
		errs := make(chan error, 8)
		for range 8 {
			go func() {
				res, err := ix.bi.Search(bleve.NewSearchRequest(ix.fuzzy(tt.field, tt.text, 1, tt.fuzzy)))
				if err == nil && len(res.Hits) != len(wres.Hits) {
					err = fmt.Errorf("%d hits; Bleve's fuzzy match finds %d", len(res.Hits), len(wres.Hits))
				}
				for i := 0; err == nil && i < len(res.Hits); i++ {
					if g, w := res.Hits[i], wres.Hits[i]; g.ID != w.ID || math.Abs(g.Score-w.Score) > 1e-9 {
						err = fmt.Errorf("hit %d is %s scoring %v; Bleve's fuzzy match has %s scoring %v", i, g.ID, g.Score, w.ID, w.Score)
					}
				}
				errs <- err
			}()
		}
		for range 8 {
			if err := <-errs; err != nil {
				t.Errorf("%q in %s: %v", tt.text, tt.field, err)
			}
		}
	}
	// Each distinct word of each field once, however often asked.
	if n := len(ix.spellings.m); n != 4 {
		t.Errorf("the index keeps %d words' variants; want 4 (blinkin, netanyahoo, hostag, solutoin)", n)
	}
}
