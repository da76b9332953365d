package index

import (
	"bytes"
	"unsafe"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	bindex "github.com/blevesearch/bleve_index_api"
	"github.com/blevesearch/segment"
)

// wordAnalyser analyses text as an analyzer made of a tokenizer and token
// filters does (the English analyzer: words, possessives cut, lower case,
// stop words out, Porter stems), remembering what the filters make of each
// distinct word: they read one token alone, so a word always gives the
// same term, and a corpus repeats a few thousand words millions of times.
// It is used by one goroutine.
type wordAnalyser struct {
	an      analysis.Analyzer
	tok     analysis.Tokenizer // nil: every text goes to an whole
	filters []analysis.TokenFilter
	// words is what the filters made of each word, by token type.
	words [analysis.DateTime + 1]map[string]word
	// toks is reused from text to text.
	toks []kept
}

// word is what the filters made of one word: its term, or nothing (a stop
// word).
type word struct {
	term []byte
	key  string // term, as a string
	kept bool
}

// kept is one token of a text that the filters kept.
type kept struct {
	word
	start, end, pos int
}

func newWordAnalyser(an analysis.Analyzer) *wordAnalyser {
	wa := &wordAnalyser{an: an}
	if da, ok := an.(*analysis.DefaultAnalyzer); ok && len(da.CharFilters) == 0 {
		wa.tok, wa.filters = da.Tokenizer, da.TokenFilters
	}
	for i := range wa.words {
		wa.words[i] = map[string]word{}
	}
	return wa
}

// filter is what the filters make of tok alone; ok is false when they
// do more than keep or drop it and change its term, so that words cannot
// be remembered.
func (wa *wordAnalyser) filter(tok *analysis.Token) (w word, ok bool) {
	t := *tok
	t.Term = bytes.Clone(tok.Term) // filters change terms in place
	out := analysis.TokenStream{&t}
	for _, f := range wa.filters {
		out = f.Filter(out)
	}
	switch {
	case len(out) == 0:
		return word{}, true
	case len(out) > 1:
		return word{}, false
	}
	o := out[0]
	if o.Start != tok.Start || o.End != tok.End || o.Position != tok.Position || o.Type != tok.Type || o.KeyWord != tok.KeyWord {
		return word{}, false
	}
	return word{term: o.Term, key: string(o.Term), kept: true}, true
}

// analyse returns the number of terms of text and their frequencies (and
// positions, when opts keeps term vectors), as analysis.TokenFrequency
// gives them for the analyzer's tokens.
func (wa *wordAnalyser) analyse(text string, opts bindex.FieldIndexingOptions) (int, bindex.TokenFrequencies) {
	if wa.tok == nil {
		toks := wa.an.Analyze([]byte(text))
		return len(toks), analysis.TokenFrequency(toks, nil, opts)
	}
	ks := wa.toks[:0]
	ok := wa.tokenize(text, func(tok *analysis.Token) bool {
		typ := int(tok.Type)
		var w word
		known := false
		if typ < len(wa.words) {
			w, known = wa.words[typ][string(tok.Term)]
		}
		if !known {
			var ok bool
			if w, ok = wa.filter(tok); !ok {
				return false
			}
			if typ < len(wa.words) {
				wa.words[typ][string(tok.Term)] = w
			}
		}
		if w.kept {
			ks = append(ks, kept{word: w, start: tok.Start, end: tok.End, pos: tok.Position})
		}
		return true
	})
	if !ok {
		// Filters that do more than map a word to a term cannot be
		// remembered.
		wa.tok = nil
		return wa.analyse(text, opts)
	}
	wa.toks = ks
	return len(ks), frequencies(ks, opts)
}

// tokenize calls visit with each token of text, as the tokenizer makes
// them, until visit returns false; it returns false then. Bleve's Unicode
// tokenizer is run here as it runs itself, without making a token stream.
// It only reads text; the tokens' terms may be slices of it.
func (wa *wordAnalyser) tokenize(text string, visit func(*analysis.Token) bool) bool {
	if _, ok := wa.tok.(*unicode.UnicodeTokenizer); !ok {
		for _, tok := range wa.tok.Tokenize([]byte(text)) {
			if !visit(tok) {
				return false
			}
		}
		return true
	}
	seg := segment.NewWordSegmenterDirect(unsafe.Slice(unsafe.StringData(text), len(text)))
	var tok analysis.Token
	start, pos := 0, 1
	for seg.Segment() {
		b := seg.Bytes()
		end := start + len(b)
		if typ := seg.Type(); typ != segment.None {
			tok = analysis.Token{Term: b, Start: start, End: end, Position: pos, Type: tokenType(typ)}
			if !visit(&tok) {
				return false
			}
			pos++
		}
		start = end
	}
	return true
}

// tokenType is the token type Bleve's Unicode tokenizer gives a segment
// of type typ.
func tokenType(typ int) analysis.TokenType {
	switch typ {
	case segment.Ideo, segment.Kana:
		return analysis.Ideographic
	case segment.Number:
		return analysis.Numeric
	}
	return analysis.AlphaNumeric
}

// frequencies counts the terms of ks as analysis.TokenFrequency does,
// allocating each kind of thing once for all the terms.
func frequencies(ks []kept, opts bindex.FieldIndexingOptions) bindex.TokenFrequencies {
	tfs := make(bindex.TokenFrequencies, len(ks))
	slab := make([]bindex.TokenFreq, 0, len(ks))
	for _, k := range ks {
		tf := tfs[k.key]
		if tf == nil {
			slab = append(slab, bindex.TokenFreq{Term: k.term})
			tf = &slab[len(slab)-1]
			tfs[k.key] = tf
		}
		// Each occurrence, even where frequencies are not kept: the
		// positions are carved by it below.
		tf.SetFrequency(tf.Frequency() + 1)
	}
	if opts.IncludeTermVectors() {
		locs := make([]bindex.TokenLocation, len(ks))
		ptrs := make([]*bindex.TokenLocation, len(ks))
		off := 0
		for i := range slab {
			n := slab[i].Frequency()
			slab[i].Locations = ptrs[off : off : off+n]
			off += n
		}
		for i, k := range ks {
			locs[i] = bindex.TokenLocation{Start: k.start, End: k.end, Position: k.pos}
			tf := tfs[k.key]
			tf.Locations = append(tf.Locations, &locs[i])
		}
	}
	if opts.SkipFreqNorm() {
		for i := range slab {
			slab[i].SetFrequency(0)
		}
	}
	return tfs
}
