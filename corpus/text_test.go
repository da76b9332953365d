package corpus

import (
	"regexp"
	"strings"
	"testing"
)

// normWordsRE is what NormWords gives, as the regular expression it
// replaced: typographic quotes and dashes made plain, lower case,
// apostrophes out, every run of other non-word characters one space.
func normWordsRE(s string) string {
	curly := strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "—", "-", "–", "-", "…", "...")
	s = strings.ToLower(curly.Replace(s))
	s = strings.ReplaceAll(s, "'", "")
	return strings.TrimSpace(regexp.MustCompile(`[^\p{L}\p{N}]+`).ReplaceAllString(s, " "))
}

var normCases = []struct{ in, want string }{
	{"", ""},
	{"  ", ""},
	{"Israel's top general", "israels top general"},
	{"Israel’s “final” offer — rejected…", "israels final offer rejected"},
	{"U.S. envoy", "u s envoy"},
	{"the 30-day truce, 2.5 km", "the 30 day truce 2 5 km"},
	{"‘quoted’ words", "quoted words"},
	{"a ' b", "a b"},
	{"Tomás Echeverría", "tomás echeverría"},
	{"ÉTAT İstanbul", "état istanbul"},
	{"Ⅻ ٣ 二", "ⅻ ٣ 二"},
	{"bad \xff byte", "bad byte"},
	{"(Reuters) -- WASHINGTON:", "reuters washington"},
}

func TestNormWords(t *testing.T) {
	for _, c := range normCases {
		if got := NormWords(c.in); got != c.want {
			t.Errorf("NormWords(%q) = %q; want %q", c.in, got, c.want)
		}
		if re := normWordsRE(c.in); re != c.want {
			t.Errorf("the regular expression gives %q for %q; the table says %q", re, c.in, c.want)
		}
	}
}

// FuzzNormWords: the one pass gives what the regular expression does.
func FuzzNormWords(f *testing.F) {
	for _, c := range normCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NormWords(s), normWordsRE(s); got != want {
			t.Errorf("NormWords(%q) = %q; the regular expression gives %q", s, got, want)
		}
	})
}

func BenchmarkNormWords(b *testing.B) {
	s := strings.Repeat("Israel’s negotiators said on Monday that the 30-day “truce” would hold, U.S. officials said. ", 3)
	for b.Loop() {
		NormWords(s)
	}
}
