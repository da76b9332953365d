package index

import (
	"encoding/binary"
	"errors"
	"math"
	"sort"
)

// The bounds file of a stored index holds the bounds (see prune.go) found
// while it was built, so that an index opened from disk has them at once:
// without them a term's first question read all of its postings, which at
// a million statements (a quarter of the corpus a term) made a question's
// first asking seconds of processor time. Its form:
//
//	magic
//	uvarint n, then n bounds in order of field and term, each the field's
//	  number in textFields as a uvarint, the term as a uvarint length and
//	  its bytes, the frequency as a uvarint and the norm as the four bytes
//	  (little-endian) of the float32 a segment gives back
const boundsMagic = "talkbot bounds\x00"

// errBoundsFile is what a bounds file that is not whole gives.
var errBoundsFile = errors.New("bounds file damaged")

// encodeBounds returns the bounds file for bs.
func encodeBounds(bs map[boundKey]bound) []byte {
	fieldNo := map[string]uint64{}
	for i, f := range textFields {
		fieldNo[f.name] = uint64(i)
	}
	keys := make([]boundKey, 0, len(bs))
	size := len(boundsMagic) + binary.MaxVarintLen64
	for k := range bs {
		keys = append(keys, k)
		size += 3*binary.MaxVarintLen64 + len(k.term) + 4
	}
	sort.Slice(keys, func(i, j int) bool {
		if a, b := fieldNo[keys[i].field], fieldNo[keys[j].field]; a != b {
			return a < b
		}
		return keys[i].term < keys[j].term
	})
	out := make([]byte, 0, size)
	out = append(out, boundsMagic...)
	out = binary.AppendUvarint(out, uint64(len(keys)))
	for _, k := range keys {
		b := bs[k]
		out = binary.AppendUvarint(out, fieldNo[k.field])
		out = binary.AppendUvarint(out, uint64(len(k.term)))
		out = append(out, k.term...)
		out = binary.AppendUvarint(out, b.freq)
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(float32(b.norm)))
	}
	return out
}

// decodeBounds reads a bounds file. Only the fields a question's words are
// asked in have bounds; a norm is the inverse square root of a field's
// length, in (0, 1].
func decodeBounds(data []byte) (map[boundKey]bound, error) {
	if len(data) < len(boundsMagic) || string(data[:len(boundsMagic)]) != boundsMagic {
		return nil, errBoundsFile
	}
	data = data[len(boundsMagic):]
	all := string(data) // the terms share it
	pos := 0
	uvarint := func() (uint64, bool) {
		v, n := binary.Uvarint(data[pos:])
		if n <= 0 {
			return 0, false
		}
		pos += n
		return v, true
	}
	n, ok := uvarint()
	// An entry takes at least 7 bytes, so a damaged count cannot ask for
	// a huge allocation.
	if !ok || n > uint64(len(data)-pos)/7 {
		return nil, errBoundsFile
	}
	out := make(map[boundKey]bound, n)
	for range n {
		f, ok1 := uvarint()
		l, ok2 := uvarint()
		if !ok1 || !ok2 || f >= uint64(len(textFields)) || !boundFields[f] || l > uint64(len(data)-pos) {
			return nil, errBoundsFile
		}
		term := all[pos : pos+int(l)]
		pos += int(l)
		freq, ok := uvarint()
		if !ok || len(data)-pos < 4 {
			return nil, errBoundsFile
		}
		norm := float64(math.Float32frombits(binary.LittleEndian.Uint32(data[pos:])))
		pos += 4
		if !(norm > 0 && norm <= 1) || freq == 0 {
			return nil, errBoundsFile
		}
		out[boundKey{textFields[f].name, term}] = bound{freq, norm}
	}
	if pos != len(data) || len(out) != int(n) {
		return nil, errBoundsFile
	}
	return out, nil
}
