package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// annotation is one hand-annotated statement of a test article.
type annotation struct {
	Kind         Kind   `json:"kind"`
	Text         string `json:"text"`
	Speaker      string `json:"speaker"`
	SpeakerTitle string `json:"speaker_title"`
	SaidOn       string `json:"said_on"`
	Where        string `json:"where"`
}

// speakerMatches: every word of the annotated speaker is in the extracted
// speaker and title (articles aside), as the answer scorer checks it.
func speakerMatches(want string, got Statement) bool {
	have := map[string]bool{}
	for _, w := range strings.Fields(normWords(got.Speaker + " " + got.SpeakerTitle)) {
		have[w] = true
	}
	for _, w := range strings.Fields(normWords(want)) {
		if w != "a" && w != "an" && w != "the" && !have[w] {
			return false
		}
	}
	return true
}

type tally struct{ n, found, speaker, date, where int }

func (t tally) rate(k int) float64 { return float64(k) / float64(max(1, t.n)) }

// TestAnnotatedArticles measures extraction against hand annotations of
// the test articles: how many quotes and reported statements are found,
// and how many of those have the right speaker, date and place.
func TestAnnotatedArticles(t *testing.T) {
	files, _ := filepath.Glob("testdata/annotations/*.json")
	if len(files) == 0 {
		t.Fatal("no annotations")
	}
	var quotes, facts tally
	for _, af := range files {
		base := strings.TrimSuffix(filepath.Base(af), ".json")
		matches, _ := filepath.Glob("testdata/articles/" + base + ".*")
		if len(matches) != 1 {
			t.Fatalf("%s: want one article, found %v", base, matches)
		}
		c, err := Load(Options{}, matches[0])
		if err != nil || len(c.Errors) > 0 {
			t.Fatalf("%s: %v %v", base, err, c.Errors)
		}
		data, _ := os.ReadFile(af)
		var want []annotation
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("%s: %v", af, err)
		}
		for _, w := range want {
			tl := &facts
			if w.Kind == Quote {
				tl = &quotes
			}
			tl.n++
			wt := normWords(w.Text)
			var got *Statement
			for i := range c.Statements {
				s := &c.Statements[i]
				if s.Kind != w.Kind && w.Kind == Quote {
					continue
				}
				st := normWords(s.Text)
				if st == wt || strings.Contains(st, wt) && (w.Kind == Fact || len(st) < len(wt)*2) {
					if got == nil || s.Speaker != "" && got.Speaker == "" {
						got = s
					}
				}
			}
			if got == nil {
				t.Logf("%s: MISSING %s %q (%s)", base, w.Kind, w.Text, w.Speaker)
				continue
			}
			tl.found++
			if speakerMatches(w.Speaker, *got) {
				tl.speaker++
			} else {
				t.Logf("%s: SPEAKER %s %.60q: got %q (%q) want %q", base, w.Kind, w.Text, got.Speaker, got.Mention, w.Speaker)
			}
			if got.SaidOn == w.SaidOn {
				tl.date++
			} else {
				t.Logf("%s: DATE %.60q: got %q want %q", base, w.Text, got.SaidOn, w.SaidOn)
			}
			if normWords(got.Where) == normWords(w.Where) {
				tl.where++
			} else {
				t.Logf("%s: WHERE %.60q: got %q want %q", base, w.Text, got.Where, w.Where)
			}
		}
	}
	for _, r := range []struct {
		name string
		t    tally
	}{{"quotes", quotes}, {"facts", facts}} {
		t.Logf("%-6s n=%d found=%.3f speaker=%.3f date=%.3f where=%.3f", r.name, r.t.n, r.t.rate(r.t.found),
			float64(r.t.speaker)/float64(max(1, r.t.found)), float64(r.t.date)/float64(max(1, r.t.found)), float64(r.t.where)/float64(max(1, r.t.found)))
	}
	// Floors: what extraction reaches now. Raise them as it improves;
	// never lower them.
	floors := []struct {
		name      string
		got, want float64
	}{
		{"quotes found", quotes.rate(quotes.found), 0.99},
		{"quotes with the right speaker", float64(quotes.speaker) / float64(max(1, quotes.found)), 0.95},
		{"quotes with the right date", float64(quotes.date) / float64(max(1, quotes.found)), 0.95},
		{"quotes with the right place", float64(quotes.where) / float64(max(1, quotes.found)), 0.85},
		{"facts found", facts.rate(facts.found), 0.97},
		{"facts with the right speaker", float64(facts.speaker) / float64(max(1, facts.found)), 0.92},
		{"facts with the right date", float64(facts.date) / float64(max(1, facts.found)), 0.94},
		{"facts with the right place", float64(facts.where) / float64(max(1, facts.found)), 0.86},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s: %.3f, below the floor %.2f", f.name, f.got, f.want)
		}
	}
}
