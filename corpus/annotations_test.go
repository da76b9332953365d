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
	for _, w := range strings.Fields(NormWords(got.Speaker + " " + got.SpeakerTitle)) {
		have[w] = true
	}
	for _, w := range strings.Fields(NormWords(want)) {
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
	quotes, facts := measure(t, "testdata/annotations", "testdata/articles")
	report(t, quotes, facts, floors{0.99, 0.95, 0.95, 0.85, 0.97, 0.92, 0.94, 0.86})
}

// TestHeldOutArticles measures the same on a second set written in other
// house styles (wire copy, live blog, explainer, briefing, feature), which
// the extractor was not developed against; its floors are lower.
func TestHeldOutArticles(t *testing.T) {
	quotes, facts := measure(t, "testdata/heldout/annotations", "testdata/heldout/articles")
	report(t, quotes, facts, floors{1.0, 0.93, 0.90, 0.86, 0.98, 0.87, 0.92, 0.92})
}

// floors are the lowest figures a set may reach: quotes found, right
// speaker, date, place; then the same for reported statements.
type floors [8]float64

func measure(t *testing.T, annDir, artDir string) (quotes, facts tally) {
	files, _ := filepath.Glob(annDir + "/*.json")
	if len(files) == 0 {
		t.Fatal("no annotations")
	}
	for _, af := range files {
		base := strings.TrimSuffix(filepath.Base(af), ".json")
		matches, _ := filepath.Glob(artDir + "/" + base + ".*")

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
			wt := NormWords(w.Text)
			var got *Statement
			for i := range c.Statements {
				s := &c.Statements[i]
				if s.Kind != w.Kind && w.Kind == Quote {
					continue
				}
				st := NormWords(s.Text)
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
			if NormWords(got.Where) == NormWords(w.Where) {
				tl.where++
			} else {
				t.Logf("%s: WHERE %.60q: got %q want %q", base, w.Text, got.Where, w.Where)
			}
		}
	}
	return quotes, facts
}

func report(t *testing.T, quotes, facts tally, f floors) {
	for _, r := range []struct {
		name string
		t    tally
	}{{"quotes", quotes}, {"facts", facts}} {
		t.Logf("%-6s n=%d found=%.3f speaker=%.3f date=%.3f where=%.3f", r.name, r.t.n, r.t.rate(r.t.found),
			float64(r.t.speaker)/float64(max(1, r.t.found)), float64(r.t.date)/float64(max(1, r.t.found)), float64(r.t.where)/float64(max(1, r.t.found)))
	}
	// Raise the floors as extraction improves; never lower them.
	got := []float64{}
	for _, x := range []tally{quotes, facts} {
		k := float64(max(1, x.found))
		got = append(got, x.rate(x.found), float64(x.speaker)/k, float64(x.date)/k, float64(x.where)/k)
	}
	names := []string{"quotes found", "quotes with the right speaker", "quotes with the right date", "quotes with the right place",
		"facts found", "facts with the right speaker", "facts with the right date", "facts with the right place"}
	for i := range f {
		if got[i] < f[i] {
			t.Errorf("%s: %.3f, below the floor %.2f", names[i], got[i], f[i])
		}
	}
}
