package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// realDir is the shared real development set, beside the repository.
const realDir = "../../shared/eval/real/articles"

// realLabelRE reads a turn's label in the real transcripts, independently
// of the extractor: capitals and a colon, or a bare Q.
var realLabelRE = regexp.MustCompile(`^(?:([A-Z][A-Z .]+[A-Z]):|(Q)\s)\s*`)

var realStageRE = regexp.MustCompile(`\((?:Laughter|Laughs|Applause|In progress)\.?\)`)

// realSpeakers is the speaker each label of the real transcripts stands
// for, as the set's README expects it (words the speaker must contain);
// "" marks a reporter.
var realSpeakers = map[string]string{
	"MR MILLER":                        "Miller",
	"THE PRESIDENT":                    "Biden",
	"SENIOR ADMINISTRATION OFFICIAL":   "senior administration official",
	"SENIOR STATE DEPARTMENT OFFICIAL": "senior State Department official",
	"MODERATOR":                        "moderator",
	"QUESTION":                         "",
	"Q":                                "",
}

// realReadouts is who acted in each real readout or statement.
var realReadouts = map[string]string{
	"04-": "Barack Obama",
	"05-": "Press Secretary",
	"14-": "Lloyd Austin",
}

// TestRealTranscripts measures, on the real development set, how many
// transcript turns get their speaker, how many readout sentences get the
// person who acted, and how many reporters' questions became statements,
// and holds them to floors.
func TestRealTranscripts(t *testing.T) {
	if _, err := os.Stat(realDir); err != nil {
		t.Skipf("the real development set is not beside the repository (%v); CI has it", err)
	}
	c, err := Load(Options{}, realDir)
	if err != nil {
		t.Fatal(err)
	}
	byFile := map[string][]Statement{}
	for _, s := range c.Statements {
		byFile[filepath.Base(s.File)] = append(byFile[filepath.Base(s.File)], s)
	}
	files, _ := filepath.Glob(filepath.Join(realDir, "*.md"))
	var turns, right, questions, asStatements, readout, readoutRight int
	for _, f := range files {
		name := filepath.Base(f)
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		stmts := byFile[name]
		if who, ok := realReadouts[name[:3]]; ok {
			for _, s := range stmts {
				if strings.Contains(strings.ToLower(s.Text), "following readout") {
					continue
				}
				readout++
				if strings.Contains(strings.ToLower(s.Speaker+" "+s.SpeakerTitle), strings.ToLower(who)) {
					readoutRight++
				} else {
					t.Logf("%s: readout sentence given to %q: %.60s", name, s.Speaker, s.Text)
				}
			}
			continue
		}
		// Every paragraph of a turn: the labelled one and those after it.
		lab := ""
		for _, p := range strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n\n") {
			p = strings.TrimSpace(p)
			if m := realLabelRE.FindStringSubmatch(p); m != nil {
				lab = m[1] + m[2]
				p = p[len(m[0]):]
			}
			if lab == "" {
				continue
			}
			want, known := realSpeakers[lab]
			if !known {
				t.Errorf("%s: label %q not in the expectations", name, lab)
				continue
			}
			// Stage directions are no one's words.
			body := NormWords(realStageRE.ReplaceAllString(p, " "))
			if len(strings.Fields(body)) < 3 {
				continue
			}
			var covering []Statement
			for _, s := range stmts {
				if w := NormWords(s.Text); len(strings.Fields(w)) >= 3 && strings.Contains(body, w) {
					covering = append(covering, s)
				}
			}
			if want == "" {
				questions++
				asStatements += len(covering)
				for _, s := range covering {
					t.Logf("%s: a reporter's question became a statement of %q: %.60s", name, s.Speaker, s.Text)
				}
				continue
			}
			turns++
			ok := len(covering) > 0
			for _, s := range covering {
				if !strings.Contains(strings.ToLower(s.Speaker), strings.ToLower(want)) {
					ok = false
					t.Logf("%s: %s turn given to %q: %.60s", name, lab, s.Speaker, s.Text)
				}
			}
			if ok {
				right++
			}
		}
	}
	t.Logf("paragraphs of speakers' turns: %d, right speaker %d (%.3f); reporters' questions %d, become statements %d; readout sentences %d, right actor %d",
		turns, right, frac(right, turns), questions, asStatements, readout, readoutRight)
	if turns < 30 || frac(right, turns) < 1.0 {
		t.Errorf("paragraphs of speakers' turns with the right speaker: %d of %d; want all (of at least 30)", right, turns)
	}
	if asStatements != 0 {
		t.Errorf("%d reporters' questions became statements; want 0", asStatements)
	}
	if readout < 15 || frac(readoutRight, readout) < 1.0 {
		t.Errorf("readout sentences with the right actor: %d of %d; want all (of at least 15)", readoutRight, readout)
	}
}

func frac(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
