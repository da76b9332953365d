package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/index"
	"github.com/talkbot/talkbot/internal/testkit"
)

// fakeTerminal is a stderr that says it is a terminal.
type fakeTerminal struct{ testkit.Buffer }

func (*fakeTerminal) IsTerminal() bool { return true }

// TestCommandsShowProgressOnATerminal: chat, ask, extract and eval draw a
// bar on stderr while they read a corpus, when stderr is a terminal, and
// clear it before anything else is written there; when it is not, they
// write nothing about progress at all.
func TestCommandsShowProgressOnATerminal(t *testing.T) {
	dir := t.TempDir()
	for i := range 40 {
		writeFile(t, dir, fmt.Sprintf("a%02d.md", i), fmt.Sprintf("---\ntitle: Round %d\noutlet: Wire\npublished: 2024-11-20\n---\n\n“Round %d of the talks went well,” a mediator said on Tuesday.\n", i, i))
	}
	writeFile(t, dir, "broken.md", "---\ntitle: [x\n---\nbody\n")
	qs := filepath.Join(t.TempDir(), "q.jsonl")
	if err := os.WriteFile(qs, []byte(`{"id":"1","question":"who said round 7 of the talks went well","kind":"who_said","expect_speaker":"mediator","expect_text":"Round 7","expect_date":"2024-11-19"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args  []string
		stdin string
		out   string
		bar   string
	}{
		{[]string{"chat", "--corpus", dir}, "who said round 7 of the talks went well\n", "Round 7", "loading articles"},
		{[]string{"ask", "--corpus", dir, "who said round 7 of the talks went well"}, "", "Round 7", "loading articles"},
		{[]string{"eval", "--corpus", dir, qs}, "", "score: 1.000", "loading articles"},
		{[]string{"extract", dir}, "", "Round 7", "reading articles"},
	} {
		t.Run(tc.args[0], func(t *testing.T) {
			for _, tty := range []bool{true, false} {
				var errOut interface {
					Write([]byte) (int, error)
					String() string
				} = &testkit.Buffer{}
				if tty {
					errOut = &fakeTerminal{}
				}
				var out bytes.Buffer
				code := run(context.Background(), tc.args, strings.NewReader(tc.stdin), &out, errOut)
				got := errOut.String()
				if code != 0 || !strings.Contains(out.String(), tc.out) {
					t.Fatalf("terminal %v: exit %d\n%s\n%s", tty, code, out.String(), got)
				}
				skipped := strings.Index(got, "skipped ")
				if skipped < 0 {
					t.Errorf("terminal %v: the broken file is not reported: %q", tty, got)
				}
				shown := strings.LastIndex(got, tc.bar)
				switch {
				case tty && shown < 0:
					t.Errorf("no %q bar on a terminal: %q", tc.bar, got)
				case !tty && shown >= 0:
					t.Errorf("%q shown when stderr is not a terminal: %q", tc.bar, got)
				case tty && shown > skipped:
					t.Errorf("the %q bar is drawn over the report of skipped files: %q", tc.bar, got)
				}
				if strings.Contains(got, "level=") {
					t.Errorf("terminal %v: progress logged as log lines: %q", tty, got)
				}
			}
		})
	}
}

// TestIndexingBar: a corpus of more than one batch of statements shows how
// far indexing is, and the bar is gone when the answer is written.
func TestIndexingBar(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("source:\n  title: Rounds of talks\n  outlet: Wire\n  published: 2024-11-20\nstatements:\n")
	for i := range index.BatchSize + 100 {
		fmt.Fprintf(&b, "  - kind: quote\n    speaker: a mediator\n    text: \"round %d of the talks went well\"\n", i)
	}
	writeFile(t, dir, "rounds.yaml", b.String())
	errOut := &fakeTerminal{}
	var out bytes.Buffer
	code := run(context.Background(), []string{"ask", "--corpus", dir, "who said round 2007 of the talks went well"}, strings.NewReader(""), &out, errOut)
	if code != 0 || !strings.Contains(out.String(), "round 2007") {
		t.Fatalf("exit %d: %s%s", code, out.String(), errOut)
	}
	got := errOut.String()
	if !strings.Contains(got, "indexing statements") || !strings.Contains(got, fmt.Sprintf("/%d, ", index.BatchSize+100)) {
		t.Errorf("no indexing bar after the first batch of %d statements: %q", index.BatchSize+100, got)
	}
	if !strings.HasSuffix(strings.TrimRight(got, "\r"), strings.Repeat(" ", 10)) {
		t.Errorf("the bar is not cleared at the end: %q", got)
	}
}
