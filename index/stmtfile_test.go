package index

import (
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/internal/gen"
)

// filled returns a statement with every field set to a value of its own
// (found by reflection, so a field added to corpus.Statement is filled
// too, and the round trip fails until the statements file keeps it).
func filled(seed int) corpus.Statement {
	var s corpus.Statement
	n := 0
	var fill func(v reflect.Value)
	fill = func(v reflect.Value) {
		n++
		switch v.Kind() {
		case reflect.String:
			v.SetString(fmt.Sprintf("value %d of statement %d", n, seed))
		case reflect.Int, reflect.Int64, reflect.Int32:
			v.SetInt(int64(seed*100 + n))
		case reflect.Bool:
			v.SetBool(true)
		case reflect.Slice:
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
			for i := 0; i < 2; i++ {
				fill(v.Index(i))
			}
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				fill(v.Field(i))
			}
		default:
			panic(fmt.Sprintf("filled: no value for a %s field", v.Kind()))
		}
	}
	fill(reflect.ValueOf(&s).Elem())
	return s
}

// TestStatementsFileRoundTrip: every field of every statement comes back
// from the statements file as it went in, empty lists as nil.
func TestStatementsFileRoundTrip(t *testing.T) {
	tests := map[string][]corpus.Statement{
		"none":          {},
		"every field":   {filled(1), filled(2), filled(1)},
		"zero values":   {{}, {Seq: -3}},
		"empty lists":   {{Topics: []string{}, Aliases: nil, Text: "x"}},
		"generated":     gen.Statements(300, 1),
		"unicode words": {{Text: "“It’s possible,” — שלום, سلام", Speaker: "a European diplomat", Topics: []string{"Gaza", ""}}},
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			data := encodeStatements(in)
			out, err := decodeStatements(data)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			if len(out) != len(in) {
				t.Fatalf("decoded %d statements; want %d", len(out), len(in))
			}
			for i := range in {
				want := in[i]
				if len(want.Topics) == 0 {
					want.Topics = nil
				}
				if len(want.Aliases) == 0 {
					want.Aliases = nil
				}
				if !reflect.DeepEqual(out[i], want) {
					t.Errorf("statement %d:\n got %+v\nwant %+v", i, out[i], want)
				}
			}
		})
	}
}

// TestStatementsFileDamaged: a statements file cut short, lengthened or
// with any one byte changed decodes to an error or to statements, never a
// panic; cut short or lengthened it is always an error.
func TestStatementsFileDamaged(t *testing.T) {
	data := encodeStatements([]corpus.Statement{filled(1), filled(2)})
	for n := 0; n < len(data); n++ {
		if _, err := decodeStatements(append([]byte(nil), data[:n]...)); !errors.Is(err, errStmtsFile) {
			t.Fatalf("cut to %d of %d bytes: %v; want errStmtsFile", n, len(data), err)
		}
	}
	if _, err := decodeStatements(append(append([]byte(nil), data...), 0)); !errors.Is(err, errStmtsFile) {
		t.Errorf("a byte added: %v; want errStmtsFile", err)
	}
	for i := range data {
		for _, b := range []byte{0x00, 0x7f, 0x80, 0xff} {
			d := append([]byte(nil), data...)
			d[i] = b
			decodeStatements(d) // must not panic
		}
	}
}

// FuzzStatementsFile: whatever the bytes, decoding returns without
// panicking, and what decodes encodes back to statements that decode the
// same.
func FuzzStatementsFile(f *testing.F) {
	f.Add(encodeStatements([]corpus.Statement{filled(1)}))
	f.Add(encodeStatements(nil))
	f.Add([]byte(stmtsMagic + "\x02\x00\x01x\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		stmts, err := decodeStatements(data)
		if err != nil {
			return
		}
		again, err := decodeStatements(encodeStatements(stmts))
		if err != nil || !reflect.DeepEqual(again, stmts) {
			t.Fatalf("re-encoded statements decode to %v, %+v; want %+v", err, again, stmts)
		}
	})
}
