package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/talkbot/talkbot/bot"
)

// evalQuestion is one line of a questions file (see CONTRACT.md).
type evalQuestion struct {
	ID            string  `json:"id"`
	Question      string  `json:"question"`
	Kind          string  `json:"kind"`
	ExpectSpeaker *string `json:"expect_speaker"`
	ExpectText    *string `json:"expect_text"`
	ExpectDate    *string `json:"expect_date"`
}

func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, dir := corpusFlags("eval", stderr)
	verbose := fs.Bool("v", false, "list the questions answered wrong")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: talkbot eval [--corpus DIR] [-v] QUESTIONS.jsonl")
		return errUsage
	}
	qs, err := readQuestions(fs.Arg(0))
	if err != nil {
		return err
	}
	b, closeIndex, err := openBot(*dir, stderr)
	if err != nil {
		return err
	}
	defer closeIndex()
	type tally struct{ ok, n int }
	by := map[string]*tally{}
	ok := 0
	for _, q := range qs {
		a := b.Ask(ctx, q.Question)
		good, why := scoreAnswer(q, a)
		t := by[q.Kind]
		if t == nil {
			t = &tally{}
			by[q.Kind] = t
		}
		t.n++
		if good {
			t.ok++
			ok++
		} else if *verbose {
			top := bot.Item{}
			if len(a.Items) > 0 {
				top = a.Items[0]
			}
			fmt.Fprintf(stdout, "MISS %s [%s] %q: %s; top=%q %q %.80q\n", q.ID, q.Kind, q.Question, why, top.Speaker, top.SaidOn, top.Text)
		}
	}
	kinds := make([]string, 0, len(by))
	for k := range by {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Fprintf(stdout, "%-10s %3d/%-3d %.3f\n", k, by[k].ok, by[k].n, float64(by[k].ok)/float64(by[k].n))
	}
	fmt.Fprintf(stdout, "score: %.3f (%d/%d)\n", float64(ok)/float64(max(1, len(qs))), ok, len(qs))
	return nil
}

func readQuestions(path string) ([]evalQuestion, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var qs []evalQuestion
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var q evalQuestion
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		qs = append(qs, q)
	}
	return qs, sc.Err()
}

var (
	evalQuotes = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u201c", `"`, "\u201d", `"`,
		"\u201e", `"`, "\u2032", "'", "\u00ab", `"`, "\u00bb", `"`, "\u2013", "-", "\u2014", "-", "\u2026", "...")
	evalSpaces = regexp.MustCompile(`\s+`)
	evalWords  = regexp.MustCompile(`[\p{L}\p{N}_']+`)
)

// evalNorm and the checks below follow ../shared/eval/score.py.
func evalNorm(s string) string {
	s = evalQuotes.Replace(norm.NFKC.String(s))
	return strings.ToLower(strings.TrimSpace(evalSpaces.ReplaceAllString(s, " ")))
}

func speakerOK(expect, got string) bool {
	have := map[string]bool{}
	for _, w := range evalWords.FindAllString(evalNorm(got), -1) {
		have[w] = true
	}
	for _, w := range evalWords.FindAllString(evalNorm(expect), -1) {
		if w != "a" && w != "an" && w != "the" && !have[w] {
			return false
		}
	}
	return true
}

func scoreAnswer(q evalQuestion, a bot.Answer) (bool, string) {
	found := a.Found && len(a.Items) > 0
	if q.Kind == "none" {
		return !found, "said it knows"
	}
	if !found {
		return false, "no answer"
	}
	pool := a.Items[:1]
	if q.Kind == "status" && len(a.Items) > 1 {
		pool = a.Items[:min(5, len(a.Items))]
	}
	var why []string
	for i, it := range pool {
		textOK := q.ExpectText == nil || strings.Contains(evalNorm(it.Text), evalNorm(*q.ExpectText))
		spkOK := q.ExpectSpeaker == nil || *q.ExpectSpeaker == "" || speakerOK(*q.ExpectSpeaker, strings.TrimSpace(it.Speaker+" "+it.SpeakerTitle))
		dateOK := q.ExpectDate == nil || *q.ExpectDate == "" || it.SaidOn == *q.ExpectDate
		srcOK := it.Source.Title != "" || it.Source.URL != ""
		if textOK && spkOK && dateOK && srcOK {
			return true, ""
		}
		if i == 0 {
			for _, c := range []struct {
				name string
				ok   bool
			}{{"text", textOK}, {"speaker", spkOK}, {"date", dateOK}, {"source", srcOK}} {
				if !c.ok {
					why = append(why, c.name)
				}
			}
		}
	}
	return false, strings.Join(why, ",")
}
