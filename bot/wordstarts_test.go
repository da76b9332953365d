package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/internal/gen"
)

// TestWordStartsAsContains checks that wordStarts passes over no word that
// is in a text after a space: for every text of up to seven bytes of "a",
// "b" and spaces (words at either end, spaces doubled, words of one byte)
// and every word of up to three of them, and for the words of generated
// statements as the bot's view keeps them, each word and its first
// letters; and that it does pass over some.
func TestWordStartsAsContains(t *testing.T) {
	var texts, keys []string
	var grow func(s string, n int, out *[]string)
	grow = func(s string, n int, out *[]string) {
		*out = append(*out, s)
		if n == 0 {
			return
		}
		for _, c := range []string{"a", "b", " "} {
			grow(s+c, n-1, out)
		}
	}
	grow("", 7, &texts)
	grow("", 3, &keys)
	passed := 0
	check := func(text string, keys []string) {
		var w wordStarts
		for _, k := range keys {
			in := strings.Contains(text, " "+k)
			if in && !w.of(text).may(k) {
				t.Fatalf("%q: %q is in it, passed over", text, k)
			}
			if !in && !w.of(text).may(k) {
				passed++
			}
		}
	}
	for _, text := range texts {
		check(text, keys)
	}
	v := newView(statementsOnly(gen.Statements(200, 3))).get()
	keys = nil
	for _, text := range v.norm {
		for _, w := range strings.Fields(text) {
			for n := 1; n <= len(w); n++ {
				keys = append(keys, w[:n])
			}
		}
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	for _, text := range v.norm {
		check(text, keys)
	}
	if passed == 0 {
		t.Error("no word passed over")
	}
}
