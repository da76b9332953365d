package index

import (
	"bytes"
	"unicode/utf8"
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
	if isASCII(text) {
		return asciiWords(text, visit)
	}
	return unicodeWords(text, visit)
}

// unicodeWords calls visit with each token of text as Bleve's Unicode
// tokenizer makes them, until visit returns false; it returns false then.
func unicodeWords(text string, visit func(*analysis.Token) bool) bool {
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

// isASCII tells whether text is all ASCII.
func isASCII(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// The kinds of ASCII character that words are made of, as Unicode's word
// boundaries (UAX #29, as the segment package implements them) class
// them; anything else breaks words.
const (
	asciiBreak  = iota
	asciiLetter // ALetter: A-Z, a-z
	asciiDigit  // Numeric: 0-9
	asciiJoin   // ExtendNumLet: _
)

// asciiKind is the kind of each ASCII character.
var asciiKind = func() (k [utf8.RuneSelf]uint8) {
	for c := range k {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			k[c] = asciiLetter
		case '0' <= c && c <= '9':
			k[c] = asciiDigit
		case c == '_':
			k[c] = asciiJoin
		}
	}
	return k
}()

// asciiWords calls visit with each token of text, all ASCII, as Bleve's
// Unicode tokenizer makes them, until visit returns false; it returns
// false then. The segment package's general machine (UAX #29 for all of
// Unicode, two allocations a segment, spaces and punctuation included) was
// a tenth of the processor time of indexing, and news in English is ASCII
// almost throughout. For ASCII the rules come to this: a word is a run
// of letters, digits and underscores, in which a colon, full stop or
// apostrophe between two letters (WB6, WB7), or a comma, semicolon, full
// stop or apostrophe between two digits (WB11, WB12), is kept; it is a
// number when it holds digits and no letter, and a word otherwise. Every
// other character is a segment of its own that is no token.
// TestASCIIWordsAsSegmenter holds the two equal.
func asciiWords(text string, visit func(*analysis.Token) bool) bool {
	b := unsafe.Slice(unsafe.StringData(text), len(text))
	var tok analysis.Token
	pos := 1
	for i := 0; i < len(b); {
		if asciiKind[b[i]] == asciiBreak {
			i++
			continue
		}
		start := i
		letters, digits := false, false
	word:
		for i < len(b) {
			switch asciiKind[b[i]] {
			case asciiLetter:
				letters = true
			case asciiDigit:
				digits = true
			case asciiJoin:
			default:
				if i+1 == len(b) {
					break word
				}
				before, after := asciiKind[b[i-1]], asciiKind[b[i+1]]
				switch c := b[i]; {
				case before == asciiLetter && after == asciiLetter && (c == ':' || c == '.' || c == '\''):
				case before == asciiDigit && after == asciiDigit && (c == ',' || c == ';' || c == '.' || c == '\''):
				default:
					break word
				}
			}
			i++
		}
		typ := analysis.AlphaNumeric
		if digits && !letters {
			typ = analysis.Numeric
		}
		tok = analysis.Token{Term: b[start:i], Start: start, End: i, Position: pos, Type: typ}
		if !visit(&tok) {
			return false
		}
		pos++
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
