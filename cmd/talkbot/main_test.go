package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCmd(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

const article = `---
title: Mediators press for a truce
outlet: Wire
published: 2024-11-20
topics: [Gaza]
---

“We are closer than we were a month ago,” a senior Egyptian official said on Tuesday.

Hamas has long said it wants a permanent ceasefire.
`

func writeCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "broken.md"), []byte("---\ntitle: [x\n---\nbody\n"), 0o644)
	return dir
}

// TestAskJSON checks the JSON of ask --json against CONTRACT.md: one object
// a line, in order, with the answer fields.
func TestAskJSON(t *testing.T) {
	dir := writeCorpus(t)
	out, errOut, code := runCmd(t, "who said we are closer than a month ago\nwhat did Putin say?\n", "ask", "--json", "--corpus", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "broken.md") {
		t.Errorf("the broken file should be reported: %q", errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines; want one per question:\n%s", len(lines), out)
	}
	var first struct {
		Question string `json:"question"`
		Intent   string `json:"intent"`
		Found    bool   `json:"found"`
		Answers  []struct {
			Kind, Speaker, Text, Where string
			SpeakerTitle               string `json:"speaker_title"`
			SaidOn                     string `json:"said_on"`
			Source                     struct{ Title, Outlet, URL, Published string }
		} `json:"answers"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.Intent != "who_said" || !first.Found || len(first.Answers) == 0 {
		t.Fatalf("first answer: %+v", first)
	}
	a := first.Answers[0]
	if a.Kind != "quote" || a.Speaker != "a senior Egyptian official" || a.SaidOn != "2024-11-19" || a.Text != "We are closer than we were a month ago" || a.Source.Title != "Mediators press for a truce" || a.Source.Outlet != "Wire" {
		t.Errorf("first answer item: %+v", a)
	}
	var second map[string]any
	json.Unmarshal([]byte(lines[1]), &second)
	if second["found"] != false || len(second["answers"].([]any)) != 0 {
		t.Errorf("second answer should be found=false with an empty list: %s", lines[1])
	}
}

func TestAskOneQuestionOnEmbeddedCorpus(t *testing.T) {
	out, errOut, code := runCmd(t, "", "ask", "help")
	if code != 0 || !strings.Contains(out, "status") {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
}

func TestExtractJSON(t *testing.T) {
	dir := writeCorpus(t)
	out, errOut, code := runCmd(t, "", "extract", "--json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		got = append(got, m)
	}
	if len(got) != 2 || got[0]["kind"] != "quote" || got[0]["mention"] != "a senior Egyptian official" || !strings.HasSuffix(got[0]["file"].(string), "a.md") {
		t.Fatalf("extract: %v", got)
	}
	if got[1]["speaker"] != "Hamas" || got[1]["said_on"] != "" {
		t.Errorf("'has long said' should have no date: %v", got[1])
	}
	if !strings.Contains(errOut, "broken.md") {
		t.Errorf("broken file not reported: %q", errOut)
	}
}

func TestEval(t *testing.T) {
	dir := writeCorpus(t)
	qs := filepath.Join(t.TempDir(), "q.jsonl")
	os.WriteFile(qs, []byte(`{"id":"1","question":"who said we are closer than a month ago","kind":"who_said","expect_speaker":"Egyptian official","expect_text":"closer than we were","expect_date":"2024-11-19"}
{"id":"2","question":"what did Putin say","kind":"none","expect_speaker":null,"expect_text":null,"expect_date":null}
{"id":"3","question":"what has Hamas said about a ceasefire","kind":"what_said","expect_speaker":"Hamas","expect_text":"wrong words","expect_date":null}
`), 0o644)
	out, errOut, code := runCmd(t, "", "eval", "--corpus", dir, qs)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "score: 0.667 (2/3)") {
		t.Errorf("eval output:\n%s", out)
	}
}

func TestUsage(t *testing.T) {
	if out, _, code := runCmd(t, "", "help"); code != 0 || !strings.Contains(out, "talkbot extract") {
		t.Errorf("help: %d %s", code, out)
	}
	if _, errOut, code := runCmd(t, "", "frobnicate"); code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: %d %s", code, errOut)
	}
	if _, _, code := runCmd(t, ""); code != 2 {
		t.Errorf("no command: exit %d", code)
	}
}

// TestAskOnDiskIndex: with TALKBOT_INDEX_PATH, ask builds the index there
// once and reuses it while the corpus is the same.
func TestAskOnDiskIndex(t *testing.T) {
	dir := writeCorpus(t)
	path := filepath.Join(t.TempDir(), "ix")
	t.Setenv("TALKBOT_INDEX_PATH", path)
	for i := 0; i < 2; i++ {
		out, errOut, code := runCmd(t, "", "ask", "--json", "--corpus", dir, "who said we are closer than a month ago")
		if code != 0 || !strings.Contains(out, `"found":true`) {
			t.Fatalf("run %d: exit %d %s %s", i, code, out, errOut)
		}
		if i == 0 {
			if _, err := os.Stat(filepath.Join(path, "talkbot-index.json")); err != nil {
				t.Fatalf("no index at %s: %v", path, err)
			}
		}
	}
}
