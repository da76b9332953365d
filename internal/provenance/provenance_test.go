package provenance

import (
	"bufio"
	"encoding/json"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// shared is the folder of real evaluation data beside the repository.
const shared = "../../../shared"

// runLen is how many words in a row make a copied run. Nine words of
// running text are almost never written the same way twice by chance.
const runLen = 9

// words splits text into lower-case words of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

func runHash(ws []string) uint64 {
	h := fnv.New64a()
	for _, w := range ws {
		h.Write([]byte(w))
		h.Write([]byte{' '})
	}
	return h.Sum64()
}

// addRuns adds every run of runLen words of text to set.
func addRuns(set map[uint64]bool, text string) {
	ws := words(text)
	for i := 0; i+runLen <= len(ws); i++ {
		set[runHash(ws[i:i+runLen])] = true
	}
}

// realRuns reads the runs of the real texts: the real set's articles and
// PolNeAR's articles.
func realRuns(t *testing.T) map[uint64]bool {
	set := map[uint64]bool{}
	var globs = []string{
		filepath.Join(shared, "eval", "real", "articles", "*"),
		filepath.Join(shared, "polnear", "data", "*", "text", "*"),
	}
	for _, g := range globs {
		files, _ := filepath.Glob(g)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatalf("reading %s: %v", f, err)
			}
			addRuns(set, string(data))
		}
	}
	return set
}

// realQuestions reads the real set's questions, as words joined by spaces.
func realQuestions(t *testing.T) []string {
	f, err := os.Open(filepath.Join(shared, "eval", "real", "questions.jsonl"))
	if err != nil {
		t.Fatalf("reading the real questions: %v", err)
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var q struct {
			Question string `json:"question"`
		}
		if json.Unmarshal(sc.Bytes(), &q) != nil {
			continue
		}
		if ws := words(q.Question); len(ws) >= 4 {
			qs = append(qs, " "+strings.Join(ws, " ")+" ")
		}
	}
	return qs
}

// projectFiles lists the project's text files, from the module root.
func projectFiles(t *testing.T) []string {
	var files []string
	err := filepath.WalkDir("../..", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == ".git" || d.Name() == "node_modules" {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(p) {
		case ".go", ".md", ".jsonl", ".json", ".txt", ".yaml", ".yml", ".html", ".htm", ".golden", ".sql", "":
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestNothingCopiedFromRealTexts fails when a project file holds nine words
// in a row of a real text, or a whole real question.
func TestNothingCopiedFromRealTexts(t *testing.T) {
	if _, err := os.Stat(filepath.Join(shared, "eval", "real")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("the real evaluation data is missing beside the repository: %v", err)
		}
		t.Skipf("no real evaluation data at %s", shared)
	}
	runs := realRuns(t)
	questions := realQuestions(t)
	for _, f := range projectFiles(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ws := words(string(data))
		for i := 0; i+runLen <= len(ws); i++ {
			if runs[runHash(ws[i:i+runLen])] {
				t.Errorf("%s: %q is copied from a real text", f, strings.Join(ws[i:i+runLen], " "))
				break
			}
		}
		joined := " " + strings.Join(ws, " ") + " "
		for _, q := range questions {
			if strings.Contains(joined, q) {
				t.Errorf("%s: %q is a real question", f, strings.TrimSpace(q))
			}
		}
	}
}

// TestWords pins how text is cut into words, which both sides share.
func TestWords(t *testing.T) {
	got := strings.Join(words("“Don’t,” she said — it's 3 a.m.!"), "|")
	if want := "don|t|she|said|it's|3|a|m"; got != want {
		t.Errorf("words = %q, want %q", got, want)
	}
}
