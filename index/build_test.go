package index

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	stdunicode "unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/token/shingle"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/character"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/internal/gen"
)

// mappedDoc is a statement as Bleve's own mapping reads it, by reflection:
// the reference the pre-analysed documents must match.
type mappedDoc struct {
	Text     string     `json:"text"`
	Context  string     `json:"context"`
	Question string     `json:"question"`
	Speaker  string     `json:"speaker"`
	Title    string     `json:"title"`
	Aliases  []string   `json:"aliases"`
	Where    string     `json:"where"`
	Outlet   string     `json:"outlet"`
	Dated    *time.Time `json:"dated,omitempty"`
}

func (mappedDoc) BleveType() string { return "statement" }

func toMapped(s *corpus.Statement) mappedDoc {
	d := mappedDoc{Text: s.Text, Context: contextOf(s), Question: s.Question, Speaker: s.Speaker, Title: s.SpeakerTitle,
		Aliases: s.Aliases, Where: s.Where, Outlet: s.Source.Outlet}
	if t, err := time.Parse("2006-01-02", s.SaidOn); err == nil {
		d.Dated = &t
	} else if t, err := time.Parse("2006-01-02", s.Source.Published); err == nil {
		d.Dated = &t
	}
	return d
}

// postingsOf lists every term of every field of bi with, for each document
// that holds it (by identifier), its frequency, norm and positions, one
// line each, sorted: two indexes that answer every query alike list the same.
func postingsOf(t *testing.T, bi bleve.Index) []string {
	t.Helper()
	adv, err := bi.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	fields, err := r.Fields()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range fields {
		if f == "_id" {
			continue
		}
		dict, err := r.FieldDict(f)
		if err != nil {
			t.Fatal(err)
		}
		var terms []string
		for e, err := dict.Next(); e != nil || err != nil; e, err = dict.Next() {
			if err != nil {
				t.Fatal(err)
			}
			terms = append(terms, e.Term)
		}
		dict.Close()
		for _, term := range terms {
			tfr, err := r.TermFieldReader(context.Background(), []byte(term), f, true, true, true)
			if err != nil {
				t.Fatal(err)
			}
			for d, err := tfr.Next(nil); d != nil || err != nil; d, err = tfr.Next(nil) {
				if err != nil {
					t.Fatal(err)
				}
				id, err := r.ExternalID(d.ID)
				if err != nil {
					t.Fatal(err)
				}
				var pos []string
				for _, v := range d.Vectors {
					pos = append(pos, fmt.Sprintf("%s:%d@%d-%d", v.Field, v.Pos, v.Start, v.End))
				}
				sort.Strings(pos)
				out = append(out, fmt.Sprintf("%s %q %s freq=%d norm=%g %s", f, term, id, d.Freq, d.Norm, strings.Join(pos, ",")))
			}
			tfr.Close()
		}
	}
	sort.Strings(out)
	return out
}

// TestDocumentsAsMapped: the index built from pre-analysed documents holds
// exactly the terms, frequencies, norms and positions that Bleve's own
// mapping makes of the same statements, so every query finds and scores
// the same, on statements with empty fields, several aliases, repeated
// values, no date or a date only published, and whatever the number of
// batches and cores.
func TestDocumentsAsMapped(t *testing.T) {
	odd := []corpus.Statement{
		{Text: "the talks resumed", Sentence: "the talks resumed"}, // context empty: the same words
		{Text: "Talks, talks and TALKS again.", Sentence: "He said talks, talks and TALKS again.", Aliases: []string{"Tony Blinken", "Blinken", "blinken"}},
		{Text: "no date at all", SaidOn: "sometime", Source: corpus.Source{Published: "not a date"}},
		{Text: "published only", Source: corpus.Source{Published: "2024-02-29", Outlet: "The White House"}},
		{Text: "said before published", SaidOn: "1969-07-20", Source: corpus.Source{Published: "2024-02-29"}},
		{Text: "", Speaker: "Noura Khater", Question: "What about the crossings?", Where: "in Cairo"},
		{Text: "l'accord n'est pas signé — « pas encore »", Speaker: "Jean-Noël Barrot", Aliases: []string{"Barrot"}},
		{Text: "Israel’s army's 2,000 troops, the U.N.'s 3.5% and 北京的谈判 talks", SpeakerTitle: "the army's spokesman", Where: "at the U.N."},
	}
	stmts := append(append(testStatements(), odd...), gen.Statements(BatchSize+50, 7)...)
	for i := range 3 {
		stmts = append(stmts, filled(i))
	}

	m := newMapping()
	ref, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	b := ref.NewBatch()
	for i := range stmts {
		if err := b.Index(strconv.Itoa(i), toMapped(&stmts[i])); err != nil {
			t.Fatal(err)
		}
	}
	if err := ref.Batch(b); err != nil {
		t.Fatal(err)
	}
	want := postingsOf(t, ref)
	if len(want) < 10*len(stmts) {
		t.Fatalf("the reference index lists %d postings for %d statements; want more", len(want), len(stmts))
	}

	for _, workers := range []int{1, 2} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			ix := &Index{mapping: m}
			if ix.bi, err = bleve.NewUsing("", m, scorch.Name, scorch.Name, nil); err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			if err := ix.add(stmts, workers, nil); err != nil {
				t.Fatal(err)
			}
			got := postingsOf(t, ix.bi)
			if len(got) != len(want) {
				t.Errorf("%d postings; want %d", len(got), len(want))
			}
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Fatalf("first difference at %d:\n got %s\nwant %s", i, got[i], want[i])
				}
			}
		})
	}
}

// TestWordAnalyser: terms, frequencies and positions are those of the
// analyzer itself and analysis.TokenFrequency, text after text (words
// remembered from earlier texts), for the English analyzer, for one with
// another tokenizer, and for one whose filters do more than map a word to
// a term (shingles join neighbours), which is analysed whole, not
// remembered.
func TestWordAnalyser(t *testing.T) {
	en := newMapping().AnalyzerNamed(en.AnalyzerName)
	shingles := &analysis.DefaultAnalyzer{
		Tokenizer:    unicode.NewUnicodeTokenizer(),
		TokenFilters: []analysis.TokenFilter{lowercase.NewLowerCaseFilter(), shingle.NewShingleFilter(2, 2, true, " ", "_")},
	}
	spaces := &analysis.DefaultAnalyzer{
		Tokenizer:    character.NewCharacterTokenizer(func(r rune) bool { return !stdunicode.IsSpace(r) }),
		TokenFilters: []analysis.TokenFilter{lowercase.NewLowerCaseFilter()},
	}
	texts := []string{
		"The talks resumed; the TALKS resumed again.",
		"Israel’s army's 2,000 troops and the U.N.'s 3.5% — « pas encore » 北京的谈判",
		"",
		"talks talks talks",
		"resumed",
	}
	for name, an := range map[string]analysis.Analyzer{"english": en, "shingles": shingles, "spaces": spaces} {
		for _, opts := range []bindex.FieldIndexingOptions{bindex.IndexField, bindex.IndexField | bindex.IncludeTermVectors} {
			t.Run(fmt.Sprintf("%s/%d", name, opts), func(t *testing.T) {
				wa := newWordAnalyser(an)
				for _, text := range texts {
					toks := an.Analyze([]byte(text))
					want := analysis.TokenFrequency(toks, nil, opts)
					n, got := wa.analyse(text, opts)
					if n != len(toks) || !reflect.DeepEqual(got, want) {
						t.Errorf("analyse(%q) = %d terms %s; want %d %s", text, n, dumpFreqs(got), len(toks), dumpFreqs(want))
					}
				}
				if remembers := wa.tok != nil; remembers != (name != "shingles") {
					t.Errorf("remembers words: %v; want %v", remembers, !remembers)
				}
			})
		}
	}
}

func dumpFreqs(tfs bindex.TokenFrequencies) string {
	var out []string
	for k, tf := range tfs {
		var locs []string
		for _, l := range tf.Locations {
			locs = append(locs, fmt.Sprintf("%d@%d-%d", l.Position, l.Start, l.End))
		}
		out = append(out, fmt.Sprintf("%s=%q×%d[%s]", k, tf.Term, tf.Frequency(), strings.Join(locs, " ")))
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// FuzzWordAnalyser: for any two texts, analysed one after the other (the
// second with the words of the first remembered), the terms, frequencies
// and positions are the English analyzer's.
func FuzzWordAnalyser(f *testing.F) {
	f.Add("The talks resumed; the TALKS resumed again.", "talks' talk's TALK’S")
	f.Add("Israel’s army's 2,000 troops and the U.N.'s 3.5%", "« pas encore » 北京的谈判 ｔａｌｋｓ")
	an := newMapping().AnalyzerNamed(en.AnalyzerName)
	f.Fuzz(func(t *testing.T, a, b string) {
		wa := newWordAnalyser(an)
		for _, text := range []string{a, b, a} {
			for _, opts := range []bindex.FieldIndexingOptions{bindex.IndexField, bindex.IndexField | bindex.IncludeTermVectors} {
				toks := an.Analyze([]byte(text))
				want := analysis.TokenFrequency(toks, nil, opts)
				n, got := wa.analyse(text, opts)
				if n != len(toks) || !reflect.DeepEqual(got, want) {
					t.Fatalf("analyse(%q) = %d terms %s; want %d %s", text, n, dumpFreqs(got), len(toks), dumpFreqs(want))
				}
			}
		}
	})
}

// tokensOf is what words (asciiWords or unicodeWords) makes of text, one
// token a line.
func tokensOf(words func(string, func(*analysis.Token) bool) bool, text string) string {
	var b strings.Builder
	words(text, func(t *analysis.Token) bool {
		fmt.Fprintf(&b, "%q %d-%d #%d %v\n", t.Term, t.Start, t.End, t.Position, t.Type)
		return true
	})
	return b.String()
}

// TestASCIIWordsAsSegmenter: ASCII text is cut into the same tokens, at
// the same places and of the same types, as by the segment package's
// machine, for every text of up to five characters made of letters,
// digits and the characters that join or break them, and for some longer.
func TestASCIIWordsAsSegmenter(t *testing.T) {
	texts := []string{
		"Israel's army's 2,000 troops, the U.N.'s 3.5% and talks",
		"at 12:30 on 1.5.2024; a:b 1;2 1,a a,1 x_1 _ __ 1_ _1 a_.b a._b 3'4 o'clock",
		"\"quoted\" 'single' l'accord -- end. ...e.g. i.e.\r\nnext\vline\ffeed\ttab",
		"", " ", ".", "a", "1", "_", "a.", ".a", "a..b", "1..2", "1.,2", "A1B2c3_4'5:6",
	}
	alphabet := "aZ1_.,:;'\" -\n"
	var grow func(prefix string, n int)
	grow = func(prefix string, n int) {
		texts = append(texts, prefix)
		if n == 0 {
			return
		}
		for i := range len(alphabet) {
			grow(prefix+alphabet[i:i+1], n-1)
		}
	}
	grow("", 5)
	for _, text := range texts {
		got, want := tokensOf(asciiWords, text), tokensOf(unicodeWords, text)
		if got != want {
			t.Fatalf("tokens of %q:\n%s\nwant\n%s", text, got, want)
		}
	}
}

// FuzzASCIIWords: ASCII text is cut as the segment package cuts it.
func FuzzASCIIWords(f *testing.F) {
	f.Add("Israel's army's 2,000 troops, the U.N.'s 3.5% and talks")
	f.Add("a:b 1;2 x_1 _ a_.b 3'4")
	f.Fuzz(func(t *testing.T, text string) {
		if !isASCII(text) {
			t.Skip()
		}
		if got, want := tokensOf(asciiWords, text), tokensOf(unicodeWords, text); got != want {
			t.Fatalf("tokens of %q:\n%s\nwant\n%s", text, got, want)
		}
	})
}

// TestParts: the batches of a build are as many as a multiple of the
// cores, of equal sizes, at most maxSegments, none smaller than minPart
// unless the corpus is.
func TestParts(t *testing.T) {
	for _, c := range []struct{ n, cores, segments, size int }{
		{0, 2, 0, 1},
		{500, 2, 1, 500},
		{2*minPart - 1, 2, 1, 2*minPart - 1},
		{2 * minPart, 2, 2, minPart},
		{10_000, 1, 1, 10_000},
		{10_000, 2, 2, 5_000},
		{10_001, 2, 2, 5_001},
		{26_300, 2, 2, 13_150},
		{35_000, 2, 4, 8_750},
		{100_000, 2, 10, 10_000},
		{100_000, 4, 8, 12_500},
		{1_000_000, 2, 32, 31_250},
		{1_000_000, 3, 30, 33_334},
		{1_000_000, 64, 32, 31_250},
		{10_000, 8, 4, 2_500},
	} {
		size := parts(c.n, c.cores)
		segments := (c.n + size - 1) / size
		if size != c.size || segments != c.segments {
			t.Errorf("parts(%d, %d cores) = %d segments of %d; want %d of %d", c.n, c.cores, segments, size, c.segments, c.size)
		}
	}
}
