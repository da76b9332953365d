package wordnet

import (
	"slices"
	"testing"
)

func TestRelated(t *testing.T) {
	tests := []struct {
		word, close, loose string
	}{
		{"fled", "flee", ""},           // an irregular form
		{"working", "work", "succeed"}, // a verb's sense just above ("the plan did not work")
		{"opposition", "oppose", ""},   // a derived form
		{"opponents", "oppose", "opposition"},
		{"Sudanese", "sudan", ""}, // an adjective of place
		{"Tehran", "iran", ""},    // a capital
		{"negotiated", "negotiate", ""},
		{"begin", "", "start"}, // a synonym
		{"exchange", "", "change"},
	}
	for _, tt := range tests {
		got := Related(tt.word)
		if tt.close != "" && !slices.Contains(got.Close, tt.close) || tt.loose != "" && !slices.Contains(got.Loose, tt.loose) {
			t.Errorf("Related(%q) = %+v; want %q close and %q loose", tt.word, got, tt.close, tt.loose)
		}
		if tt.loose != "" && slices.Contains(got.Close, tt.loose) {
			t.Errorf("Related(%q) = %+v; %q is only loosely related", tt.word, got, tt.loose)
		}
	}
	for _, w := range []string{"", "xqzv"} {
		if got := Related(w); len(got.Close)+len(got.Loose) > 0 {
			t.Errorf("Related(%q) = %+v; want none", w, got)
		}
	}
}

// TestMatches: a question's word and a text's word for it (its base
// form), and whether the question's word relates to it, closely or
// loosely.
func TestMatches(t *testing.T) {
	tests := []struct {
		question, text string
		want           bool
	}{
		{"demonstrators", "protester", true}, // a sense of a seldom used word
		{"protesters", "demonstrator", true}, // a seldom used synonym names its common ones
		{"impasse", "deadlock", true},
		{"prolong", "extend", true},
		{"support", "back", true},
		{"back", "support", true},
		{"meet", "see", true},
		{"see", "meet", false}, // "see" is seldom "meet"
		{"country", "state", true},
		{"disarm", "guns", false},
		{"working", "workings", false}, // a seldom used synonym does not hide "work"
		{"protesters", "police", false},
	}
	for _, tt := range tests {
		r := Related(tt.question)
		got := slices.Contains(r.Close, tt.text) || slices.Contains(r.Loose, tt.text)
		if got != tt.want {
			t.Errorf("Related(%q) = %+v; holds %q: %v, want %v", tt.question, r, tt.text, got, tt.want)
		}
	}
}

// TestSynonyms: the loose words of a word's own senses are its synonyms;
// the verbs above them are not.
func TestSynonyms(t *testing.T) {
	tests := []struct {
		word, other string
		want        bool
	}{
		{"blunder", "goof", true},
		{"blunder", "break", false},  // a verb above: "transgress, break"
		{"fooled", "deceive", false}, // a verb above "fool"
		{"impasse", "deadlock", true},
		{"terrible", "dreadful", true},
		{"working", "succeed", false}, // a verb above "work"
	}
	for _, tt := range tests {
		r := Related(tt.word)
		if !slices.Contains(r.Loose, tt.other) {
			t.Errorf("Related(%q).Loose = %v; want it to hold %q", tt.word, r.Loose, tt.other)
		}
		if got := slices.Contains(r.Synonyms, tt.other); got != tt.want {
			t.Errorf("Related(%q).Synonyms = %v; holds %q: %v, want %v", tt.word, r.Synonyms, tt.other, got, tt.want)
		}
	}
}

func TestBases(t *testing.T) {
	tests := []struct {
		w    string
		want string
	}{
		{"talks", "talk"}, {"planned", "plan"}, {"stopping", "stop"}, {"agreed", "agree"}, {"ceasefires", "ceasefire"}, {"countries", "country"},
	}
	for _, tt := range tests {
		if got := Bases(tt.w); !slices.Contains(got, tt.want) {
			t.Errorf("Bases(%q) = %v; want it to hold %q", tt.w, got, tt.want)
		}
	}
}
