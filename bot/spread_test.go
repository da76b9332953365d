package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/internal/gen"
)

// TestSentenceHoldsTheWords: of two turns of one envoy that hold the words
// asked about, the one that says them in one sentence answers before a
// long turn that names them in sentences apart.
func TestSentenceHoldsTheWords(t *testing.T) {
	long := corpus.Source{Title: "Envoy Ana Lind remarks to the press in Port Vell", Outlet: "U.S. Department of State", Published: "2025-02-03"}
	short := corpus.Source{Title: "Envoy Ana Lind at a press availability", Outlet: "U.S. Department of State", Published: "2025-01-20"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Ana Lind", SpeakerTitle: "Special Envoy", Source: long, SaidOn: "2025-02-03",
			Text: "Good morning, everyone. The river quotas were on the table again today, and the river quotas will stay on the table for as long as it takes. " +
				"We spent the morning on the schedule for the next round and on where it will be held. Later in the day the delegations turned to the grain convoys, and the grain convoys took the rest of it."},
		{ID: "b", Kind: corpus.Quote, Speaker: "Ana Lind", SpeakerTitle: "Special Envoy", Source: short, SaidOn: "2025-01-20",
			Text: "The grain convoys will move once the river quotas are settled, and not before, whatever the delegations may say about their own schedules, their venues, their ministers at home and the many statements that their capitals put out each evening after the sessions end."},
	})
	a := b.Ask(context.Background(), "what did lind say about the river quotas and the grain convoys")
	if !a.Found || !strings.Contains(a.Items[0].Text, "convoys will move") {
		t.Errorf("found %v %+v; want the sentence on the convoys and the quotas first", a.Found, a.Items)
	}
}

// TestQuotedWordsRunOn: "who said <words> <more words>": the words quoted
// word for word, which the asker runs on into their own, point to who
// said them, before a longer turn that holds more of the asker's words
// here and there.
func TestQuotedWordsRunOn(t *testing.T) {
	day := corpus.Source{Title: "Remarks to the press in Port Vell", Outlet: "U.S. Department of State", Published: "2025-03-10"}
	other := corpus.Source{Title: "Interview with Envoy Tam Odo", Outlet: "U.S. Department of State", Published: "2025-03-12"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Ana Lind", SpeakerTitle: "Special Envoy", Source: day, SaidOn: "2025-03-10",
			Text: "Patience is wearing thin. Patience is wearing thin because every day the valley waits for water is a day lost."},
		{ID: "b", Kind: corpus.Quote, Speaker: "Tam Odo", SpeakerTitle: "Envoy", Source: other, SaidOn: "2025-03-12",
			Text:     "The dam proposal is wearing everyone down, and in the months since it was put forward the patience of every party has run out but one.",
			Question: "Is the dam deal closer now?"},
	})
	a := b.Ask(context.Background(), "who said patience is wearing thin over the dam deal")
	if !a.Found || a.Items[0].Speaker != "Ana Lind" {
		t.Errorf("found %v %+v; want Ana Lind's words first", a.Found, a.Items)
	}
}

// TestQuotedRun: the longest run of the asked words a text's normalised
// words hold, of four words or more with two that carry meaning.
func TestQuotedRun(t *testing.T) {
	text := " " + corpus.NormWords("Patience is wearing thin, because the valley waits for water.") + " "
	tests := []struct {
		words string
		want  int
	}{
		{"patience is wearing thin over the dam deal", 4},
		{"the valley waits for water again", 5},
		{"is wearing thin", 0},         // too few words
		{"because the valley is", 0},   // not in the text as run
		{"thin because the valley", 4}, // the comma is no word
	}
	for _, tt := range tests {
		if got := quotedRun(strings.Fields(tt.words), text); got != tt.want {
			t.Errorf("quotedRun(%q) = %d; want %d", tt.words, got, tt.want)
		}
	}
}

// TestSpreadCountsForms: a term is held by a sentence that holds a form of
// it, as a statement's words are searched, not by every word it begins:
// "host" is not held by "hostages".
func TestSpreadCountsForms(t *testing.T) {
	v := newView(statementsOnly(nil)).get()
	tests := []struct {
		text  string
		terms []string
		want  int
	}{
		{"The hostages are home. The talks resume in May.", []string{"host", "talk"}, 0},
		{"The hosts met early. The talks resume in May.", []string{"host", "talk"}, 1},
		{"The hosts met early for talks. They resume in May.", []string{"host", "talk"}, 0},
	}
	for _, tt := range tests {
		if got := v.spread(tt.text, tt.terms); got != tt.want {
			t.Errorf("spread(%q, %q) = %d; want %d", tt.text, tt.terms, got, tt.want)
		}
	}
}

// TestQuotedRunAsJoined checks quotedRun, which tries only runs of words
// the text holds, against trying every run joined, longest first: the same
// length for runs of generated statements' words cut anywhere, with a
// word changed or put in, and run on into another statement's.
func TestQuotedRunAsJoined(t *testing.T) {
	joined := func(words []string, t string) int {
		if len(words) < minQuotedRun {
			return 0
		}
		best := 0
		for i := range words {
			for j := len(words); j-i >= minQuotedRun && j-i > best; j-- {
				content := 0
				for _, w := range words[i:j] {
					if !stopWords[w] && !questionWords[w] {
						content++
					}
				}
				if content >= 2 && strings.Contains(t, " "+strings.Join(words[i:j], " ")+" ") {
					best = j - i
					break
				}
			}
		}
		return best
	}
	stmts := gen.Statements(30, 7)
	found := 0
	for k, s := range stmts {
		text := " " + corpus.NormWords(s.Text) + " "
		words := strings.Fields(text)
		other := strings.Fields(corpus.NormWords(stmts[(k+1)%len(stmts)].Text))
		other = other[:min(4, len(other))]
		for a := 0; a < len(words); a++ {
			for b := a; b <= len(words) && b-a <= 10; b++ {
				run := slices.Clone(words[a:b])
				asks := [][]string{run, append(slices.Clone(run), other...), append(slices.Clone(other), run...)}
				if len(run) > 2 {
					changed := slices.Clone(run)
					changed[len(run)/2] = "zzword"
					asks = append(asks, changed, slices.Insert(slices.Clone(run), 1, "the"))
				}
				for _, ask := range asks {
					got, want := quotedRun(ask, text), joined(ask, text)
					if got != want {
						t.Fatalf("quotedRun(%q) in %q = %d; joined %d", ask, text, got, want)
					}
					if got > 0 {
						found++
					}
				}
			}
		}
	}
	if found == 0 {
		t.Error("no run found")
	}
}
