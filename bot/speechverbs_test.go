package bot

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestSpeechVerbTreeAsList checks that the verbs of saying as one tree of
// letters (wordTree) match as the plain list of them, longest first,
// does: every pattern built on them, the same match and the same parts,
// on every verb after each way of asking, each verb cut short or run on
// into another, and the repository's eval questions.
func TestSpeechVerbTreeAsList(t *testing.T) {
	words := speechVerbWords()
	for _, w := range words {
		// The tree's branches are told apart by their letters; a
		// capital and its small letter would both match under (?i).
		if w != strings.ToLower(w) || strings.ContainsFunc(w, func(r rune) bool { return r > 127 }) {
			t.Fatalf("speech verb %q: not lower-case ASCII", w)
		}
	}
	list := slices.Clone(words)
	for i := range list {
		list[i] = regexp.QuoteMeta(list[i])
	}
	slices.SortFunc(list, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	listRE := `(?:` + strings.Join(list, "|") + `)`
	if speechVerbRE == listRE || !strings.Contains(whenSaidRE.String(), speechVerbRE) {
		t.Fatal("the patterns are not built on the tree")
	}
	res := []*regexp.Regexp{whoSaidRE, whatSaidRE, didSayRE, whenSaidRE, saidVerbRE, speechVerbOnlyRE}
	var questions []string
	for _, w := range words {
		for _, tail := range []string{"", " that the talks stalled", " it", "s", "ed about", " for", " on the truce"} {
			for _, lead := range []string{"who ", "who has first ", "which officials ", "what did the envoy ", "what has Lena Orsi been ", "did Hamas ever ",
				"when was it first ", "When did the envoy say he would ", ""} {
				questions = append(questions, lead+w+tail, strings.ToUpper(lead+w+tail))
			}
		}
		for _, v := range words {
			if v[0] != w[0] {
				continue
			}
			// One verb cut short or run on into another that begins
			// alike: which of them is taken.
			questions = append(questions, "when did Orsi "+w[:len(w)/2+1]+" "+v, "who "+w+" "+v+" the deal", "what did Orsi "+w+v)
		}
	}
	for _, f := range []string{"../eval/testdata-questions.jsonl", "../eval/heldout-questions.jsonl"} {
		questions = append(questions, jsonlQuestions(t, f)...)
	}
	for _, re := range res {
		list := regexp.MustCompile(strings.Replace(re.String(), speechVerbRE, listRE, 1))
		for _, q := range questions {
			if got, want := re.FindStringSubmatchIndex(q), list.FindStringSubmatchIndex(q); !slices.Equal(got, want) {
				t.Errorf("%s on %q: tree %v, list %v", re, q, got, want)
			}
		}
	}
}

// jsonlQuestions reads the questions of an eval file.
func jsonlQuestions(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var q struct{ Question string }
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, q.Question)
	}
	if len(out) == 0 {
		t.Fatalf("%s: no questions", path)
	}
	return out
}
