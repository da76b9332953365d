// Package damage spoils files the way a bad disk or a stray write would,
// for tests that check damaged data is found and never served.
package damage

import (
	"math/rand/v2"
	"os"
	"testing"
)

// Scribble writes random bytes, drawn from seed, over part of name from
// frac of its length on (at most 64 KB, at least 256 bytes where the file
// has them), without changing its size.
func Scribble(tb testing.TB, name string, frac float64, seed uint64) {
	tb.Helper()
	info, err := os.Stat(name)
	if err != nil {
		tb.Fatal(err)
	}
	off := int64(float64(info.Size()) * frac)
	n := min(64<<10, max(info.Size()/10, 256), info.Size()-off)
	junk := make([]byte, n)
	r := rand.New(rand.NewPCG(uint64(off), seed))
	for i := range junk {
		junk[i] = byte(r.Uint32())
	}
	f, err := os.OpenFile(name, os.O_WRONLY, 0)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(junk, off); err != nil {
		tb.Fatal(err)
	}
}
