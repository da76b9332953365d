package damage

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestScribble(t *testing.T) {
	name := filepath.Join(t.TempDir(), "f")
	orig := bytes.Repeat([]byte{'a'}, 10_000)
	if err := os.WriteFile(name, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	Scribble(t, name, 0.5, 1)
	got, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(orig) {
		t.Fatalf("size %d, want %d", len(got), len(orig))
	}
	if !bytes.Equal(got[:5000], orig[:5000]) {
		t.Error("bytes before the offset changed")
	}
	if bytes.Equal(got[5000:6000], orig[5000:6000]) {
		t.Error("nothing was written at the offset")
	}
	if !bytes.Equal(got[6000:], orig[6000:]) {
		t.Error("more than a tenth of the file was written")
	}
}
