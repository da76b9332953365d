package index

import (
	"encoding/binary"
	"errors"
	"unsafe"

	"github.com/talkbot/talkbot/corpus"
)

// The statements file of a stored index holds every statement, all of its
// fields, in a compact binary form that opens without parsing text:
//
//	magic
//	uvarint n, then n strings, each a uvarint length and its bytes
//	uvarint l, then l lists of strings, each a uvarint count and as many
//	  string numbers
//	uvarint m, then m statements, each its fields in the order of
//	  encodeStatement: a string as its uvarint number in the table, a list
//	  as its uvarint number in the lists, Seq as a varint, Curated as one
//	  byte
//
// Each distinct string and list is stored once (an article's title,
// outlet, date and topics, a speaker's name, title and aliases recur on
// every statement), and once opened every string is a slice of the file's
// one buffer and every list is shared by the statements that have it (as
// an article's topics are in memory): decoding a statement is a few
// varints, with no allocation of its own.
const stmtsMagic = "talkbot statements 2\x00"

// errStmtsFile is what a statements file that is not whole gives.
var errStmtsFile = errors.New("statements file damaged")

// stmtEncoder numbers each distinct string in order of first use, so the
// same statements always give the same file.
type stmtEncoder struct {
	ids     map[string]uint64
	strs    []string
	listIDs map[string]uint64 // by the list's string numbers, as bytes
	lists   []byte            // the lists, encoded
	nlists  uint64
	body    []byte
}

func (e *stmtEncoder) str(s string) {
	e.body = binary.AppendUvarint(e.body, e.strID(s))
}

func (e *stmtEncoder) strID(s string) uint64 {
	id, ok := e.ids[s]
	if !ok {
		id = uint64(len(e.strs))
		e.ids[s] = id
		e.strs = append(e.strs, s)
	}
	return id
}

func (e *stmtEncoder) list(l []string) {
	if len(l) == 0 {
		e.body = binary.AppendUvarint(e.body, 0)
		return
	}
	enc := binary.AppendUvarint(nil, uint64(len(l)))
	for _, s := range l {
		enc = binary.AppendUvarint(enc, e.strID(s))
	}
	id, ok := e.listIDs[string(enc)]
	if !ok {
		e.nlists++
		id = e.nlists
		e.listIDs[string(enc)] = id
		e.lists = append(e.lists, enc...)
	}
	e.body = binary.AppendUvarint(e.body, id)
}

// encodeStatement writes s's fields; decodeStatement reads them in the
// same order. TestStatementsFileRoundTrip fails when a field of
// corpus.Statement is left out of either.
func (e *stmtEncoder) encodeStatement(s *corpus.Statement) {
	for _, f := range [...]string{s.ID, string(s.Kind), s.Speaker, s.SpeakerTitle, s.Text, s.SaidOn, s.Where,
		s.Source.Title, s.Source.Outlet, s.Source.URL, s.Source.Published, s.Mention, s.File, s.Question, s.Sentence} {
		e.str(f)
	}
	e.list(s.Topics)
	e.list(s.Aliases)
	e.list(s.Refers)
	e.body = binary.AppendVarint(e.body, int64(s.Seq))
	curated := byte(0)
	if s.Curated {
		curated = 1
	}
	e.body = append(e.body, curated)
}

// encodeStatements returns the statements file for stmts.
func encodeStatements(stmts []corpus.Statement) []byte {
	e := &stmtEncoder{ids: map[string]uint64{"": 0}, strs: []string{""}, listIDs: map[string]uint64{}}
	e.body = binary.AppendUvarint(e.body, uint64(len(stmts)))
	for i := range stmts {
		e.encodeStatement(&stmts[i])
	}
	size := len(stmtsMagic) + binary.MaxVarintLen64*(len(e.strs)+2) + len(e.lists) + len(e.body)
	for _, s := range e.strs {
		size += len(s)
	}
	out := make([]byte, 0, size)
	out = append(out, stmtsMagic...)
	out = binary.AppendUvarint(out, uint64(len(e.strs)))
	for _, s := range e.strs {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	out = binary.AppendUvarint(out, e.nlists)
	out = append(out, e.lists...)
	return append(out, e.body...)
}

// stmtDecoder reads a statements file; the first error sticks and every
// later read gives zero values.
type stmtDecoder struct {
	data  []byte
	all   string // data as a string: the strings are slices of it
	pos   int
	strs  []string
	lists [][]string // lists[0] is the empty list, nil
	err   error
}

func (d *stmtDecoder) uvarint() uint64 { return readVarint(d, binary.Uvarint) }

func (d *stmtDecoder) varint() int64 { return readVarint(d, binary.Varint) }

// readVarint reads one number with read (binary.Uvarint or binary.Varint);
// a number the file cannot hold is damage.
func readVarint[T uint64 | int64](d *stmtDecoder, read func([]byte) (T, int)) T {
	if d.err != nil {
		return 0
	}
	v, n := read(d.data[d.pos:])
	if n <= 0 {
		d.err = errStmtsFile
		return 0
	}
	d.pos += n
	return v
}

// count reads a number of things that each take at least one more byte
// of the file, so that a damaged count cannot ask for a huge allocation.
func (d *stmtDecoder) count() int {
	n := d.uvarint()
	if n > uint64(len(d.data)-d.pos) {
		d.err = errStmtsFile
		return 0
	}
	return int(n)
}

func (d *stmtDecoder) str() string {
	id := d.uvarint()
	if id >= uint64(len(d.strs)) {
		d.err = errStmtsFile
		return ""
	}
	return d.strs[id]
}

func (d *stmtDecoder) list() []string {
	id := d.uvarint()
	if id >= uint64(len(d.lists)) {
		d.err = errStmtsFile
		return nil
	}
	return d.lists[id]
}

func (d *stmtDecoder) decodeStatement(s *corpus.Statement) {
	var kind string
	for _, f := range [...]*string{&s.ID, &kind, &s.Speaker, &s.SpeakerTitle, &s.Text, &s.SaidOn, &s.Where,
		&s.Source.Title, &s.Source.Outlet, &s.Source.URL, &s.Source.Published, &s.Mention, &s.File, &s.Question, &s.Sentence} {
		*f = d.str()
	}
	s.Kind = corpus.Kind(kind)
	s.Topics = d.list()
	s.Aliases = d.list()
	s.Refers = d.list()
	s.Seq = int(d.varint())
	if d.err == nil && d.pos >= len(d.data) {
		d.err = errStmtsFile
		return
	}
	if d.err == nil {
		s.Curated = d.data[d.pos] == 1
		d.pos++
	}
}

// decodeStatements reads a statements file. data must not be changed
// afterwards: the statements' strings share its memory.
func decodeStatements(data []byte) ([]corpus.Statement, error) {
	if len(data) < len(stmtsMagic) || string(data[:len(stmtsMagic)]) != stmtsMagic {
		return nil, errStmtsFile
	}
	d := &stmtDecoder{data: data, pos: len(stmtsMagic)}
	d.all = unsafe.String(unsafe.SliceData(data), len(data))
	d.strs = make([]string, d.count())
	for i := range d.strs {
		n := d.uvarint()
		if d.err != nil || n > uint64(len(data)-d.pos) {
			return nil, errStmtsFile
		}
		d.strs[i] = d.all[d.pos : d.pos+int(n)]
		d.pos += int(n)
	}
	d.lists = make([][]string, 1+d.count())
	for i := 1; i < len(d.lists); i++ {
		n := d.count()
		if n == 0 {
			return nil, errStmtsFile // the empty list is lists[0]
		}
		l := make([]string, n) // its capacity is its length: append copies
		for j := range l {
			l[j] = d.str()
		}
		d.lists[i] = l
	}
	stmts := make([]corpus.Statement, d.count())
	for i := range stmts {
		d.decodeStatement(&stmts[i])
	}
	if d.err != nil {
		return nil, d.err
	}
	if d.pos != len(data) {
		return nil, errStmtsFile
	}
	return stmts, nil
}
