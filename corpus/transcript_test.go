package corpus

import "testing"

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
