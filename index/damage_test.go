package index

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/talkbot/talkbot/internal/damage"
	"github.com/talkbot/talkbot/internal/gen"
)

// scribble writes random bytes over part of name from frac of its length
// on, without changing its size.
func scribble(t *testing.T, name string, frac float64) { damage.Scribble(t, name, frac, 3) }

func segments(t *testing.T, dir string) []string {
	t.Helper()
	zaps, _ := filepath.Glob(filepath.Join(dir, bleveDir, "store", "*.zap"))
	if len(zaps) == 0 {
		t.Fatalf("no segments under %s", dir)
	}
	return zaps
}

// resum rewrites the stored checksums to match the files as they are.
func resum(t *testing.T, dir string) {
	t.Helper()
	editMeta(t, dir, func(mt *meta) {
		var err error
		if mt.Chunks, err = checksums(dir); err != nil {
			t.Fatal(err)
		}
	})
}

// editMeta rewrites the meta file of the index in dir as edit changes it.
func editMeta(t *testing.T, dir string, edit func(mt *meta)) {
	t.Helper()
	name := filepath.Join(dir, metaFile)
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var mt meta
	if err := json.Unmarshal(data, &mt); err != nil {
		t.Fatal(err)
	}
	edit(&mt)
	data, _ = json.Marshal(mt)
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestOpenDamaged: every kind of damage to a stored index is found by Open
// (ErrDamaged or ErrStale, never a panic, never an index that answers).
func TestOpenDamaged(t *testing.T) {
	stmts := gen.Statements(600, 1)
	damage := map[string]func(t *testing.T, dir string){
		"every segment scribbled at 10%": func(t *testing.T, dir string) {
			for _, z := range segments(t, dir) {
				scribble(t, z, 0.1)
			}
		},
		"every segment scribbled at 60%": func(t *testing.T, dir string) {
			for _, z := range segments(t, dir) {
				scribble(t, z, 0.6)
			}
		},
		"a segment's last bytes scribbled": func(t *testing.T, dir string) { scribble(t, segments(t, dir)[0], 0.999) },
		"a segment deleted": func(t *testing.T, dir string) {
			if err := os.Remove(segments(t, dir)[0]); err != nil {
				t.Fatal(err)
			}
		},
		"the bounds file scribbled": func(t *testing.T, dir string) { scribble(t, filepath.Join(dir, boundsFile), 0.3) },
		"the bounds file deleted": func(t *testing.T, dir string) {
			if err := os.Remove(filepath.Join(dir, boundsFile)); err != nil {
				t.Fatal(err)
			}
		},
		// A bounds file damaged before the checksums were taken is
		// refused as it is read: it is not whole.
		"the bounds file cut short and summed again": func(t *testing.T, dir string) {
			name := filepath.Join(dir, boundsFile)
			info, err := os.Stat(name)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(name, info.Size()-3); err != nil {
				t.Fatal(err)
			}
			resum(t, dir)
		},
		"root.bolt scribbled": func(t *testing.T, dir string) {
			scribble(t, filepath.Join(dir, bleveDir, "store", "root.bolt"), 0.5)
		},
		"a word of a statement edited": func(t *testing.T, dir string) {
			name := filepath.Join(dir, stmtsFile)
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			i := strings.Index(string(data), stmts[0].Text)
			if i < 0 {
				t.Fatal("the first statement's words are not in the statements file")
			}
			data[i] ^= 0x20 // the case of one letter
			if err := os.WriteFile(name, data, 0o644); err != nil {
				t.Fatal(err)
			}
		},
		// Damage the checksums miss (made before they were taken) is
		// found by opening and a first search, inside a recover.
		"a segment scribbled at 10% before the checksums": func(t *testing.T, dir string) {
			scribble(t, segments(t, dir)[0], 0.1)
			resum(t, dir)
		},
		"a segment scribbled at 60% before the checksums": func(t *testing.T, dir string) {
			scribble(t, segments(t, dir)[0], 0.6)
			resum(t, dir)
		},
		// An index of an older layout (checksummed with SHA-256 up to
		// layout 10) is stale, and rebuilt.
		"an older layout": func(t *testing.T, dir string) {
			editMeta(t, dir, func(mt *meta) { mt.Layout-- })
		},
		"checksums removed": func(t *testing.T, dir string) {
			name := filepath.Join(dir, metaFile)
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			i := strings.Index(string(data), `,"chunks"`)
			if err := os.WriteFile(name, append(data[:i:i], '}'), 0o644); err != nil {
				t.Fatal(err)
			}
		},
	}
	for name, do := range damage {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "ix")
			ix, err := Build(dir, stmts, "fp", nil)
			if err != nil {
				t.Fatal(err)
			}
			ix.Close()
			do(t, dir)
			ix, err = Open(dir, "fp")
			if err == nil && strings.Contains(name, "before the checksums") {
				// Opened: the damage missed what opening reads. Every
				// search must then answer or fail, never panic.
				for i := 0; i < len(stmts); i += 5 {
					if _, err := ix.Search(context.Background(), Query{Words: stmts[i].Text, Speaker: stmts[i].Speaker}); err != nil {
						t.Logf("search on a damaged index: %v", err)
					}
				}
				ix.Close()
			} else if err == nil {
				ix.Close()
				t.Fatal("Open accepted a damaged index")
			} else if !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrStale) {
				t.Errorf("Open = %v; want ErrDamaged or ErrStale", err)
			}
			// Rebuilding over it gives a whole index again.
			ix, err = Build(dir, stmts, "fp", nil)
			if err != nil {
				t.Fatal(err)
			}
			ix.Close()
			ix, err = Open(dir, "fp")
			if err != nil {
				t.Fatalf("Open after the rebuild: %v", err)
			}
			defer ix.Close()
			if hits, err := ix.Search(context.Background(), Query{Words: stmts[0].Text}); err != nil || len(hits) == 0 {
				t.Errorf("search after the rebuild: %v, %d hits", err, len(hits))
			}
		})
	}
}

// panicky is a Bleve index whose searches panic, as a damaged segment's do.
type panicky struct{ bleveIndex }

type bleveIndex = bleve.Index

func (panicky) SearchInContext(context.Context, *bleve.SearchRequest) (*bleve.SearchResult, error) {
	panic("runtime error: makeslice: len out of range")
}

// Advanced is where a question's words are searched apart from Bleve's
// collector (topTerms), and which asked terms a hit holds is read.
func (panicky) Advanced() (bindex.Index, error) {
	panic("runtime error: index out of range")
}

// TestSearchDamaged: a search that panics inside Bleve returns ErrDamaged
// and calls the OnDamaged hook; it does not crash the caller.
func TestSearchDamaged(t *testing.T) {
	// Words alone (topTerms), words with a speaker (topTermsAnd) and
	// words with a speaker and a span of dates (Bleve's search).
	for _, q := range []Query{{Words: "war solution"}, {Words: "war solution", Speaker: "Blinken"},
		{Words: "war solution", Speaker: "Blinken", From: "2020-01-01", To: "2030-12-31"}} {
		ix := mustNew(t, testStatements())
		ix.bi = panicky{ix.bi}
		var reported error
		ix.OnDamaged(func(err error) { reported = err })
		hits, err := ix.Search(context.Background(), q)
		if !errors.Is(err, ErrDamaged) || hits != nil {
			t.Fatalf("%+v: Search = %v, %v; want ErrDamaged", q, hits, err)
		}
		if !errors.Is(reported, ErrDamaged) {
			t.Errorf("%+v: OnDamaged got %v", q, reported)
		}
	}
}

// TestOpenDamagedChunks: with files of many chunks, one byte changed in a
// middle chunk, a file cut short or grown by a byte, is found by Open, and
// the index as written opens.
func TestOpenDamagedChunks(t *testing.T) {
	defer func(n int) { chunkSize = n }(chunkSize)
	chunkSize = 1 << 10
	stmts := gen.Statements(600, 1)
	flip := func(t *testing.T, name string, frac float64) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		data[int(float64(len(data))*frac)] ^= 1
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	resize := func(t *testing.T, name string, by int64) {
		info, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Truncate(name, info.Size()+by); err != nil {
			t.Fatal(err)
		}
	}
	// rewrite changes the bytes of name with f.
	rewrite := func(t *testing.T, name string, f func(data []byte)) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f(data)
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// zero clears the chunk at frac of name, as a file system may leave
	// a file's blocks after a crash.
	zero := func(t *testing.T, name string, frac float64) {
		rewrite(t, name, func(data []byte) {
			at := int(float64(len(data))*frac) / chunkSize * chunkSize
			clear(data[at:min(at+chunkSize, len(data))])
		})
	}
	// swap exchanges the chunks i and j of name: each chunk as written,
	// in the wrong place.
	swap := func(t *testing.T, name string, i, j int) {
		rewrite(t, name, func(data []byte) {
			a, b := data[i*chunkSize:(i+1)*chunkSize], data[j*chunkSize:(j+1)*chunkSize]
			tmp := append([]byte(nil), a...)
			copy(a, b)
			copy(b, tmp)
		})
	}
	stmtsPath := func(dir string) string { return filepath.Join(dir, stmtsFile) }
	tests := map[string]func(t *testing.T, dir string){
		"as written": func(t *testing.T, dir string) {},
		"a bit of the statements file's middle chunk": func(t *testing.T, dir string) { flip(t, stmtsPath(dir), 0.5) },
		"a bit of the statements file's last byte":    func(t *testing.T, dir string) { flip(t, stmtsPath(dir), 0.99999) },
		"a bit of a segment's middle chunk":           func(t *testing.T, dir string) { flip(t, segments(t, dir)[0], 0.5) },
		"the statements file cut by a byte":           func(t *testing.T, dir string) { resize(t, stmtsPath(dir), -1) },
		"the statements file cut by a chunk":          func(t *testing.T, dir string) { resize(t, stmtsPath(dir), -int64(chunkSize)) },
		"the statements file grown by a byte":         func(t *testing.T, dir string) { resize(t, stmtsPath(dir), 1) },
		"a segment grown by a chunk":                  func(t *testing.T, dir string) { resize(t, segments(t, dir)[0], int64(chunkSize)) },
		"a chunk of the statements file zeroed":       func(t *testing.T, dir string) { zero(t, stmtsPath(dir), 0.5) },
		"the statements file's last chunk zeroed":     func(t *testing.T, dir string) { zero(t, stmtsPath(dir), 0.99999) },
		"two chunks of the statements file swapped":   func(t *testing.T, dir string) { swap(t, stmtsPath(dir), 2, 5) },
		"a chunk of a segment zeroed":                 func(t *testing.T, dir string) { zero(t, segments(t, dir)[0], 0.5) },
		"a bit of the bounds file":                    func(t *testing.T, dir string) { flip(t, filepath.Join(dir, boundsFile), 0.5) },
		"the bounds file cut by a byte":               func(t *testing.T, dir string) { resize(t, filepath.Join(dir, boundsFile), -1) },
		"a chunk of the bounds file zeroed":           func(t *testing.T, dir string) { zero(t, filepath.Join(dir, boundsFile), 0.5) },
	}
	for name, do := range tests {
		t.Run(name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "ix")
			ix, err := Build(dir, stmts, "fp", nil)
			if err != nil {
				t.Fatal(err)
			}
			ix.Close()
			if info, _ := os.Stat(stmtsPath(dir)); info.Size() < 8*int64(chunkSize) {
				t.Fatalf("the statements file has %d bytes; want several chunks", info.Size())
			}
			do(t, dir)
			ix, err = Open(dir, "fp")
			if name == "as written" {
				if err != nil {
					t.Fatalf("Open = %v", err)
				}
				ix.Close()
				return
			}
			if err == nil {
				ix.Close()
				t.Fatal("Open accepted a damaged index")
			}
			if !errors.Is(err, ErrDamaged) {
				t.Errorf("Open = %v; want ErrDamaged", err)
			}
		})
	}
}
