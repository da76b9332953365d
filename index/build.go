package index

import (
	"math"
	"time"

	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/talkbot/talkbot/corpus"
)

// Statements reach Bleve as documents already analysed, field by field, as
// the mapping would analyse them (TestDocumentsAsMapped holds the two
// equal, term by term): Bleve's own path walks a Go value by reflection
// for every statement and analyses every field again, though a batch's
// speakers, titles, outlets, places and dates recur on thousands of
// statements, and a date is sixteen encoded terms. Here each distinct value
// is analysed once a batch, and the analysis is shared by every statement
// that has it (Bleve only reads the terms of a field that is the only one
// of its name in its document, as each of these is).

// textFields are the statement's text fields, each analysed in English:
// the one home of their names, read by the mapping and by the documents.
var textFields = [...]struct {
	name string
	// vectors keeps term positions, for phrases.
	vectors bool
	value   func(*corpus.Statement) string
}{
	{"text", true, func(s *corpus.Statement) string { return s.Text }},
	// the sentence the statement came from
	{"context", false, contextOf},
	// the question it answers (transcripts)
	{"question", false, func(s *corpus.Statement) string { return s.Question }},
	{"speaker", false, func(s *corpus.Statement) string { return s.Speaker }},
	{"title", false, func(s *corpus.Statement) string { return s.SpeakerTitle }},
	{"where", false, func(s *corpus.Statement) string { return s.Where }},
	// who published it: an office speaks through its statements
	{"outlet", false, func(s *corpus.Statement) string { return s.Source.Outlet }},
}

const (
	// aliasesField holds every name the speaker goes by.
	aliasesField = "aliases"
	// datedField is the day said, or else published.
	datedField = "dated"
)

// dated is the day s was said, or else published.
func dated(s *corpus.Statement) (day string, ok bool) {
	for _, d := range [...]string{s.SaidOn, s.Source.Published} {
		if _, err := time.Parse("2006-01-02", d); err == nil {
			return d, true
		}
	}
	return "", false
}

// analysed is one field value as Bleve indexes it.
type analysed struct {
	length int // terms, counted as often as they occur
	freqs  bindex.TokenFrequencies
	bytes  uint64 // of the value, for Bleve's accounting
}

// field is one field of a statement's document, analysed already.
type field struct {
	name string
	typ  byte // Bleve's encoded field type: 't' text, 'd' date
	opts bindex.FieldIndexingOptions
	*analysed
}

var _ document.Field = (*field)(nil)

func (f *field) Name() string                         { return f.name }
func (f *field) ArrayPositions() []uint64             { return nil }
func (f *field) Options() bindex.FieldIndexingOptions { return f.opts }
func (f *field) Analyze()                             {}
func (f *field) Value() []byte                        { return nil } // nothing is stored
func (f *field) NumPlainTextBytes() uint64            { return f.bytes }
func (f *field) EncodedFieldType() byte               { return f.typ }
func (f *field) AnalyzedLength() int                  { return f.length }
func (f *field) AnalyzedTokenFrequencies() bindex.TokenFrequencies {
	return f.freqs
}

// Size is a rough count of the memory the field holds, for Bleve's
// accounting of a batch.
func (f *field) Size() int { return 64 + 48*len(f.freqs) }

// docMaker makes the documents of one run of statements; each distinct
// value of a field is analysed once. It is used by one goroutine.
type docMaker struct {
	wa    *wordAnalyser
	opts  [len(textFields)]bindex.FieldIndexingOptions
	text  [len(textFields)]map[string]*analysed
	alias map[string]*analysed // by the names joined with NUL
	date  map[string]*analysed
	// aliasOpts and dateOpts are the options of those fields.
	aliasOpts, dateOpts bindex.FieldIndexingOptions
	// bounds are the bounds (see prune.go) of the terms of the fields a
	// question's words are asked in, over the statements made.
	bounds map[boundKey]bound
}

// boundFields are the fields a question's words are asked in (index.query).
var boundFields = [len(textFields)]bool{0: true, 1: true}

func newDocMaker(m mapping.IndexMapping) *docMaker {
	dm := &docMaker{wa: newWordAnalyser(m.AnalyzerNamed(en.AnalyzerName)), alias: map[string]*analysed{}, date: map[string]*analysed{}, bounds: map[boundKey]bound{}}
	for i, f := range textFields {
		dm.opts[i] = textMapping(f.vectors).Options()
		dm.text[i] = map[string]*analysed{}
	}
	dm.aliasOpts = textMapping(false).Options()
	dm.dateOpts = dateMapping().Options()
	return dm
}

// analyse analyses text as the mapping does for a text field with opts.
func (dm *docMaker) analyse(text string, opts bindex.FieldIndexingOptions) *analysed {
	n, freqs := dm.wa.analyse(text, opts)
	return &analysed{length: n, freqs: freqs, bytes: uint64(len(text))}
}

// aliases analyses names as the mapping does a list: each name on its own,
// their terms counted together, as Bleve merges the fields of one name.
func (dm *docMaker) aliases(names []string) *analysed {
	key := names[0]
	for _, n := range names[1:] {
		key += "\x00" + n
	}
	if a := dm.alias[key]; a != nil {
		return a
	}
	a := &analysed{freqs: bindex.TokenFrequencies{}}
	for _, n := range names {
		one := dm.analyse(n, dm.aliasOpts)
		a.length += one.length
		a.bytes += one.bytes
		for term, tf := range one.freqs {
			if have := a.freqs[term]; have != nil {
				have.SetFrequency(have.Frequency() + tf.Frequency())
			} else {
				a.freqs[term] = tf
			}
		}
	}
	dm.alias[key] = a
	return a
}

// day analyses a date (YYYY-MM-DD) as Bleve's date field does.
func (dm *docMaker) day(d string) *analysed {
	if a := dm.date[d]; a != nil {
		return a
	}
	t, _ := time.Parse("2006-01-02", d)
	f, err := document.NewDateTimeFieldWithIndexingOptions(datedField, nil, t, time.RFC3339, dm.dateOpts)
	if err != nil {
		// A day Bleve cannot encode is left out, as its mapping does.
		dm.date[d] = &analysed{}
		return dm.date[d]
	}
	f.Analyze()
	a := &analysed{length: f.AnalyzedLength(), freqs: f.AnalyzedTokenFrequencies(), bytes: f.NumPlainTextBytes()}
	dm.date[d] = a
	return a
}

// bound raises the bounds of a's terms in field to a's postings: the norm
// as the segment gives it back (zap keeps the field's length and returns
// float32(1/sqrt(length))).
func (dm *docMaker) bound(field string, a *analysed) {
	norm := float64(float32(1 / math.Sqrt(float64(a.length))))
	for term, tf := range a.freqs {
		k := boundKey{field, term}
		f := uint64(tf.Frequency())
		if have, ok := dm.bounds[k]; !ok || sqrtFreq(f)*norm > sqrtFreq(have.freq)*have.norm {
			dm.bounds[k] = bound{f, norm}
		}
	}
}

// document makes the document of s, with the identifier id.
func (dm *docMaker) document(id string, s *corpus.Statement) *document.Document {
	var fs [len(textFields) + 2]field
	n := 0
	for i, tf := range textFields {
		v := tf.value(s)
		if v == "" {
			continue // no terms
		}
		a := dm.text[i][v]
		if a == nil {
			a = dm.analyse(v, dm.opts[i])
			dm.text[i][v] = a
			if boundFields[i] {
				dm.bound(tf.name, a)
			}
		}
		fs[n] = field{name: tf.name, typ: 't', opts: dm.opts[i], analysed: a}
		n++
	}
	if len(s.Aliases) > 0 {
		fs[n] = field{name: aliasesField, typ: 't', opts: dm.aliasOpts, analysed: dm.aliases(s.Aliases)}
		n++
	}
	if d, ok := dated(s); ok {
		if a := dm.day(d); a.length > 0 {
			fs[n] = field{name: datedField, typ: 'd', opts: dm.dateOpts, analysed: a}
			n++
		}
	}
	held := make([]field, n)
	copy(held, fs[:n])
	doc := &document.Document{Fields: make([]document.Field, n, n+1)} // and _id, added by Bleve
	doc.SetID(id)
	for i := range held {
		doc.Fields[i] = &held[i]
	}
	return doc
}
