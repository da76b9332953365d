package corpus

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestLoadBadFiles: each broken file is reported once, by name, with its
// reason and line, and the good article beside them still loads.
func TestLoadBadFiles(t *testing.T) {
	c, err := Load(Options{}, "testdata/bad")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		err  error
		line int
		text string
	}{
		"broken-front-matter.md":        {ErrFrontMatter, 5, "did not find expected ',' or ']'"},
		"unparseable-date.md":           {ErrDate, 4, `published "next tuesday-ish"`},
		"latin1-encoded.md":             {ErrNotUTF8, 10, "invalid byte 0xab"},
		"photo-saved-as.md":             {ErrBinary, 3, "binary file"},
		"empty.md":                      {ErrEmpty, 0, "empty file"},
		"ceasefire-brief.saved-copy.md": {ErrDuplicate, 0, "same url as testdata/bad/ceasefire-brief.md"},
	}
	got := map[string]bool{}
	for _, e := range c.Errors {
		var fe *FileError
		if !errors.As(e, &fe) {
			t.Errorf("error %v is not a *FileError", e)
			continue
		}
		name := filepath.Base(fe.File)
		w, ok := want[name]
		if !ok {
			t.Errorf("unexpected error for %s: %v", name, e)
			continue
		}
		got[name] = true
		if !errors.Is(e, w.err) {
			t.Errorf("%s: error %v, want %v", name, e, w.err)
		}
		if fe.Line != w.line {
			t.Errorf("%s: line %d, want %d", name, fe.Line, w.line)
		}
		if !strings.Contains(e.Error(), w.text) || !strings.HasPrefix(e.Error(), fe.File) {
			t.Errorf("%s: message %q should start with the file name and say %q", name, e.Error(), w.text)
		}
	}
	for name := range want {
		if !got[name] {
			t.Errorf("no error reported for %s", name)
		}
	}
	if len(c.Articles) != 1 || filepath.Base(c.Articles[0].File) != "ceasefire-brief.md" {
		t.Fatalf("articles loaded: %d, want only ceasefire-brief.md", len(c.Articles))
	}
	if len(c.Statements) != 4 {
		t.Errorf("statements from the good article: %d, want 4", len(c.Statements))
	}
}

func TestLoadOversizedFile(t *testing.T) {
	dir := t.TempDir()
	good := "---\ntitle: Talks resume\npublished: 2024-11-20\n---\n\n“We are ready to talk,” the minister said on Tuesday.\n"
	if err := os.WriteFile(filepath.Join(dir, "good.md"), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	big := bytes.Repeat([]byte("The talks went on. "), MaxFileSize/18+10)
	if err := os.WriteFile(filepath.Join(dir, "huge.md"), big, 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load(Options{}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Errors) != 1 || !errors.Is(c.Errors[0], ErrTooLarge) || !strings.Contains(c.Errors[0].Error(), "huge.md") {
		t.Fatalf("errors %v, want one too-large error naming huge.md", c.Errors)
	}
	if len(c.Articles) != 1 || len(c.Statements) != 1 || c.Statements[0].SaidOn != "2024-11-19" {
		t.Fatalf("good article: %d articles, statements %+v", len(c.Articles), c.Statements)
	}
}

func TestLoadDuplicateText(t *testing.T) {
	dir := t.TempDir()
	body := "---\ntitle: A\n---\n\nMediators met in Doha on Monday, officials said.\n"
	other := "---\ntitle: B\n---\n\nMediators met in Doha on Monday, officials said.\n"
	put(t, dir, "a.md", body)
	put(t, dir, "b.txt", other)
	c, _ := Load(Options{}, dir)
	if len(c.Articles) != 1 || len(c.Errors) != 1 || !errors.Is(c.Errors[0], ErrDuplicate) {
		t.Fatalf("articles %d errors %v; want the same text loaded once", len(c.Articles), c.Errors)
	}
}

func TestLoadMissingPath(t *testing.T) {
	if _, err := Load(Options{}, filepath.Join(t.TempDir(), "nope")); err == nil {
		t.Fatal("loading a missing folder should fail")
	}
}

func TestCuratedWinsAndErrors(t *testing.T) {
	dir := t.TempDir()
	art := "---\ntitle: Talks\noutlet: Wire\npublished: 2024-11-20\n---\n\n“We are ready to talk,” the minister said.\n"
	cur := `source:
  title: Talks
  outlet: Wire
  published: 2024-11-20
statements:
  - kind: quote
    speaker: Ana Ruiz
    title: Foreign Minister
    text: We are ready to talk
    said_on: 2024-11-20
`
	bad := "source:\n  title: X\nstatements:\n  - kind: rumour\n    text: hi\n"
	put(t, dir, "a.md", art)
	put(t, dir, "fixes.yaml", cur)
	put(t, dir, "bad.yml", bad)
	c, err := Load(Options{}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Errors) != 1 || !strings.Contains(c.Errors[0].Error(), "bad.yml:4") || !strings.Contains(c.Errors[0].Error(), "rumour") {
		t.Fatalf("errors %v; want bad.yml:4 with the bad kind", c.Errors)
	}
	quotes := 0
	for _, s := range c.Statements {
		if s.Kind == Quote {
			quotes++
			if s.Speaker != "Ana Ruiz" || !s.Curated {
				t.Errorf("quote %+v: the curated statement should win", s)
			}
		}
	}
	if quotes != 1 {
		t.Errorf("%d quotes; want the curated one only", quotes)
	}
}

// TestLoadUnreadableFile: a file that cannot be read is reported by name
// and the rest still load.
func TestLoadUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	put(t, dir, "good.md", "---\ntitle: T\n---\n\nThe talks resumed on Monday, officials said.\n")
	if err := os.Symlink(filepath.Join(dir, "missing-target.md"), filepath.Join(dir, "gone.md")); err != nil {
		t.Fatal(err)
	}
	c, err := Load(Options{}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Errors) != 1 || !strings.Contains(c.Errors[0].Error(), "gone.md") || !strings.Contains(c.Errors[0].Error(), "no such file") {
		t.Fatalf("errors %v; want one naming gone.md and why", c.Errors)
	}
	if len(c.Articles) != 1 {
		t.Fatalf("%d articles; want the good one", len(c.Articles))
	}
}

func TestBoilerplateDropped(t *testing.T) {
	text := "Talks resume\n\nMediators met in Doha on Monday, officials said.\n\nCNN’s Jennifer Hansler contributed to this report.\n\nThis story has been updated with additional developments.\n"
	a, err := ParseText("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) != 1 || a.Title != "Talks resume" {
		t.Fatalf("title %q paragraphs %q; want the one news paragraph", a.Title, a.Paragraphs)
	}
}

func TestEmptyFrontMatter(t *testing.T) {
	a, err := ParseText("e.md", []byte("---\n---\nTalks resume\n\nMediators met in Doha on Monday, officials said.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Talks resume" || len(a.Paragraphs) != 1 {
		t.Fatalf("title %q paragraphs %q", a.Title, a.Paragraphs)
	}
}

func TestParagraphLines(t *testing.T) {
	long := "“The talks are over and nobody in this building is going to pretend otherwise,” Hale said on the call."
	tests := []struct {
		name string
		body string
		want int
	}{
		{"wrapped by hand", "Mediators met in Doha on Monday and\ntalked late into the night, officials\nsaid.", 1},
		{"one paragraph a line", long + "\n“I never said that to anyone,” Moreno said.\nThe meeting ended at noon.", 3},
		{"blank lines", "Mediators met in Doha.\n\nThey talked late.", 2},
		// A header's short lines, none ending a sentence, are each a line
		// of the header, not one run together.
		{"header lines", "Special Briefing\nDana Whitfield, Spokesperson\nWashington, DC\n\nMediators met in Doha.", 1},
		{"short lines wrapped by hand", "Mediators met\nin Doha on Monday\nand talked late.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText("t.txt", []byte("Talks resume\n\n"+tt.body+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Paragraphs) != tt.want {
				t.Errorf("paragraphs %q; want %d", a.Paragraphs, tt.want)
			}
			if tt.name == "header lines" && !slices.Contains(a.Header, "Dana Whitfield, Spokesperson") {
				t.Errorf("header %q; want each line of it", a.Header)
			}
		})
	}
}

func TestNormURL(t *testing.T) {
	same := [][2]string{
		{"https://www.example.org/briefing/", "http://example.org/briefing"},
		{"https://example.org/briefing?utm_source=feed&utm_medium=rss", "https://example.org/briefing"},
		{"https://example.org/briefing#top", "https://example.org/briefing"},
		{"https://example.org/?p=12&fbclid=abc", "https://example.org/?p=12"},
		{"https://example.org/item?b=2&a=1", "https://example.org/item?a=1&b=2"},
	}
	for _, c := range same {
		if a, b := normURL(c[0]), normURL(c[1]); a != b {
			t.Errorf("normURL(%q) = %q, normURL(%q) = %q: want the same key", c[0], a, c[1], b)
		}
	}
	apart := [][2]string{
		{"https://example.org/?p=12", "https://example.org/?p=13"},
		{"https://blog.example.org/search?updated-max=2006-08-24", "https://blog.example.org/search?updated-max=2006-09-02"},
		{"https://example.org/briefing", "https://example.org/briefing-2"},
	}
	for _, c := range apart {
		if a, b := normURL(c[0]), normURL(c[1]); a == b {
			t.Errorf("normURL(%q) = normURL(%q) = %q: two pages share a key", c[0], c[1], a)
		}
	}
}

// panickyFormat reads "broken.md" by failing inside the reader, as a
// reader might on a page whose shape no one foresaw.
type panickyFormat struct{}

func (panickyFormat) Name() string         { return "panicky" }
func (panickyFormat) Detect(f *input) bool { return filepath.Base(f.Name) == "broken.md" }
func (panickyFormat) Read(*input) (*Article, []Statement, error) {
	var labels []string
	_ = labels[len(labels)-1] // index out of range
	return nil, nil, nil
}

// TestLoadReaderFailure: a reader failing on one page skips that page
// alone, named with the reason, and every other file still loads.
func TestLoadReaderFailure(t *testing.T) {
	saved := formats
	formats = append([]format{panickyFormat{}}, saved...)
	defer func() { formats = saved }()
	dir := t.TempDir()
	put(t, dir, "good.md", "---\ntitle: T\n---\n\nThe talks resumed on Monday, officials said.\n")
	put(t, dir, "broken.md", "---\ntitle: B\n---\n\nQ. Is there a deal?\n")
	c, err := Load(Options{}, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Errors) != 1 || !errors.Is(c.Errors[0], ErrUnreadable) || !strings.Contains(c.Errors[0].Error(), "broken.md") {
		t.Fatalf("errors %v; want one naming broken.md as unreadable", c.Errors)
	}
	if len(c.Articles) != 1 || c.Articles[0].Title != "T" {
		t.Fatalf("%d articles; want the good one", len(c.Articles))
	}
}

// put writes text to dir/name, failing the test if it cannot.
func put(t *testing.T, dir, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
