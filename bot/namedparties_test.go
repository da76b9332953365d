package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestNamedPartiesAsWordByWord checks namedParties, whose words' places
// are worked out once a view, against looking every word up each time:
// the same places, in the same order, for every article's title and
// topics and every statement of the test articles, asked twice (the
// second time from the memo), and for them run together.
func TestNamedPartiesAsWordByWord(t *testing.T) {
	c, err := corpus.Load(corpus.Options{}, "../corpus/testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	v := newView(statementsOnly(c.Statements)).get()
	each := func(words string) [][]string {
		var out [][]string
		for _, w := range strings.Fields(corpus.NormWords(words)) {
			if len(w) < 4 || stopWords[w] || questionWords[w] || len(relatedWords(w).Loose) > 0 {
				continue
			}
			for _, t := range v.s.Terms(w) {
				if len(t) >= 4 && !v.surnames[t] && v.placeWord(t) && !slices.ContainsFunc(out, func(g []string) bool { return g[0] == t }) {
					g := append([]string{t}, v.s.Terms(strings.Join(relatedWords(w).Close, " "))...)
					out = append(out, append(g, v.peopleTerms(w)...))
				}
			}
		}
		return out
	}
	var texts []string
	for _, a := range v.articles {
		texts = append(texts, a.head)
	}
	for _, s := range c.Statements {
		texts = append(texts, s.Text, s.Speaker+" "+s.SpeakerTitle+" "+s.Where)
	}
	texts = append(texts, strings.Join(texts, " "))
	named := 0
	for round := 0; round < 2; round++ {
		for _, text := range texts {
			got, want := v.namedParties(text), each(text)
			if !slices.EqualFunc(got, want, slices.Equal[[]string]) {
				t.Fatalf("namedParties(%q) = %q; each word looked up: %q", text, got, want)
			}
			if len(got) > 0 {
				named++
			}
		}
	}
	if named == 0 {
		t.Error("no place named")
	}
}
