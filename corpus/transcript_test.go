package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLabels reads the labels transcripts open their turns with, and
// leaves alone what only looks like one.
func TestLabels(t *testing.T) {
	tests := []struct {
		para, label string
		ok          bool
	}{
		{"MR MILLER: Good afternoon.", "MR MILLER", true},
		{"MS. JEAN-PIERRE: Thank you.", "MS. JEAN-PIERRE", true},
		{"SENIOR STATE DEPARTMENT OFFICIAL ONE: Sure.", "SENIOR STATE DEPARTMENT OFFICIAL ONE", true},
		{"Q    Mr. President, is it done?", "Q", true},
		{"Q Do you think so?", "Q", true},
		{"A: It is.", "A", true},
		{"WALLACE: Welcome back.", "WALLACE", true},
		{"NOTE: This story was corrected.", "", false},
		{"UPDATE: Talks resumed.", "", false},
		{"Quite a few officials said so.", "", false},
		{"The talks: what we know.", "", false},
		{"MR MILLER:", "MR MILLER", true},
		{"SHORT READS:", "", false},
	}
	for _, tt := range tests {
		lab, _, ok := label(tt.para)
		if lab != tt.label || ok != tt.ok {
			t.Errorf("label(%q) = %q, %v; want %q, %v", tt.para, lab, ok, tt.label, tt.ok)
		}
	}
}

// TestLabelSpeakers resolves labels to speakers from what the document
// says about them, and keeps unnamed officials as labelled.
func TestLabelSpeakers(t *testing.T) {
	a := &Article{Title: "Department Press Briefing – Dana Whitfield, Spokesperson", Outlet: "U.S. Department of State",
		Header: []string{"Special Briefing", "Vienna, Austria"}}
	turns := []turn{{label: "QUESTION", paras: []string{"Is there a deal?"}}, {label: "MR HOLLOWAY", paras: []string{"Not yet."}}}
	r := newLabelResolver(a, turns, []string{"Our briefer today is Deputy Spokesperson Peter Holloway."})
	tests := []struct {
		label, name, title string
	}{
		{"MS WHITFIELD", "Dana Whitfield", "Spokesperson"},
		{"MR HOLLOWAY", "Peter Holloway", "Deputy Spokesperson"},
		{"MR OKONJO", "Okonjo", ""},
		{"SENIOR ADMINISTRATION OFFICIAL", "a senior administration official", ""},
		{"SENIOR STATE DEPARTMENT OFFICIAL TWO", "a senior State Department official (two)", ""},
		{"MODERATOR", "the moderator", ""},
		{"THE PRESIDENT", "the President", "President"},
	}
	for _, tt := range tests {
		got := r.resolve(tt.label)
		if got.name != tt.name || got.title != tt.title {
			t.Errorf("resolve(%q) = %q, %q; want %q, %q", tt.label, got.name, got.title, tt.name, tt.title)
		}
	}
}

func TestCanonName(t *testing.T) {
	for in, want := range map[string]string{
		"Lloyd J. Austin III":  "Lloyd Austin",
		"Adaeze N. Okafor Jr.": "Adaeze Okafor",
		"John F. W. Smith":     "John Smith",
		"Antony Blinken":       "Antony Blinken",
		"J. Smith":             "J. Smith",
	} {
		if got := canonName(in); got != want {
			t.Errorf("canonName(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestNamesFromCorpus: a label or role its own document does not name is
// named from the rest of the corpus, once every file is read.
func TestNamesFromCorpus(t *testing.T) {
	c, err := Load(Options{}, "testdata/formats")
	if err != nil || len(c.Errors) > 0 {
		t.Fatalf("load: %v %v", err, c.Errors)
	}
	want := map[string]string{
		// "Remarks by the President": the outlet's president nearest in
		// time (not the one of three months before).
		"2025-07-30-remarks-by-the-president.md": "Samuel Okoro",
		// "MS WHITFIELD": the one Whitfield the corpus knows in full.
		"2025-08-01-press-briefing-surname.md": "Dana Whitfield",
	}
	seen := map[string]int{}
	for _, s := range c.Statements {
		w, ok := want[filepath.Base(s.File)]
		if !ok || s.Kind != Quote {
			continue
		}
		seen[filepath.Base(s.File)]++
		if s.Speaker != w {
			t.Errorf("%s: %q said by %q; want %q", filepath.Base(s.File), s.Text, s.Speaker, w)
		}
	}
	for f := range want {
		if seen[f] == 0 {
			t.Errorf("%s: no quotes", f)
		}
	}
}

// FuzzFormats: whatever a text file holds, reading it in the format it
// looks like never panics, and every statement has words and a kind.
func FuzzFormats(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/formats/*.md")
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("THE:\n\nQ\n\nA: x\n\nMR :\n"))
	f.Add([]byte("---\ntitle: Readout of , Jr.'s Call with  of \n---\nHe of .\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		in := &input{Name: "f.md", Data: data}
		_, sts, err := formatOf(in).Read(in)
		if err != nil {
			return
		}
		for _, s := range sts {
			if strings.TrimSpace(s.Text) == "" || s.Kind != Quote && s.Kind != Fact {
				t.Fatalf("statement %+v has no words or no kind", s)
			}
		}
	})
}
