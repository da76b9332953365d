package bot

import (
	"slices"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// paraphraseBot answers from articles of our own on invented talks in real
// places, written in the words news uses, which questions ask in others:
// a border truce in the Andes, a dam commission and a spokesperson's
// briefing on the Andes talks.
func paraphraseBot(t testing.TB) *Bot {
	t.Helper()
	war := corpus.Source{Title: "Peru and Chile sign a border truce after two weeks of talks", Outlet: "Wire", Published: "2033-04-06"}
	truce := corpus.Source{Title: "Border truce opens way for a joint commission", Outlet: "Wire", Published: "2033-04-07"}
	brief := corpus.Source{Title: "Press Briefing on the Andes Border Talks", Outlet: "Ministry of Foreign Affairs", Published: "2033-04-09"}
	st := func(src corpus.Source, seq int, kind corpus.Kind, speaker, text, said string) corpus.Statement {
		return corpus.Statement{ID: src.Title + text, Kind: kind, Speaker: speaker, Text: text, SaidOn: said, Source: src, Seq: seq}
	}
	q := "Have the delegations set themselves any milestones before the ministers arrive?"
	a := "We keep working toward the same goal, which is a settlement of every disputed valley."
	stmts := []corpus.Statement{
		st(war, 0, corpus.Fact, "", "Some 30,000 Peruvians are thought to have lost their lives in the border war", "2033-04-06"),
		st(war, 1, corpus.Fact, "", "The accord calls for a 12-member monitoring panel drawn from both armies", "2033-04-06"),
		st(truce, 0, corpus.Fact, "", "A truce has taken effect along the border, opening the way for a joint commission", "2033-04-07"),
		st(truce, 1, corpus.Fact, "", "The border truce, which envoys of both governments signed Monday in Lima, took effect that evening", "2033-04-06"),
		st(truce, 2, corpus.Quote, "Ana Ruiz", "We applaud the truce that both governments signed, and we urge an interim commission within a month", "2033-04-07"),
		st(truce, 3, corpus.Fact, "", "Chile will only discuss a settlement if Peru first withdraws its artillery from the pass", "2033-04-07"),
		st(truce, 4, corpus.Fact, "", "Before the floods, the border talks had been suspended since 2029, when the last round broke down", "2033-04-07"),
		st(brief, 1, corpus.Quote, "Tomas Vidal", "King Hamad sent a message of support to both capitals", "2033-04-09"),
		{ID: "b1", Kind: corpus.Quote, Seq: 0, SaidOn: "2033-04-09", Source: brief, Speaker: "Tomas Vidal", SpeakerTitle: "spokesperson",
			Text: a, Question: q, Sentence: q + " " + a},
	}
	return botOf(t, stmts)
}

// TestParaphrasedQuestions: a question in other words than the statement
// that answers it finds that statement first; one that names other people
// or talks finds nothing.
func TestParaphrasedQuestions(t *testing.T) {
	checkFirst(t, paraphraseBot(t), []firstCase{
		// People are counted as a people, or as members.
		{"how many people died in peru's border war", "30,000 Peruvians"},
		{"how many people sit on the monitoring panel", "12-member monitoring panel"},
		{"how many people were killed in the bolivian war", ""},
		// The words news uses for what the question asks in others.
		{"who hailed the border truce", "We applaud the truce"},
		{"what did ruiz say about a transitional commission", "interim commission"},
		// "when": the statement that names the day it happened.
		{"when did the border truce come into force", "signed Monday in Lima"},
		// A turn answering a reporter is met by the briefing's title:
		// "the goal" there is the goal of the Andes talks.
		{"what did vidal say the real target of the andes talks was", "the same goal"},
		// "how long": since when, too.
		{"how long had the border talks been frozen before the floods", "suspended since 2029"},
		// One's thing: Chile is asked about, its condition is asked.
		{"what is chile's condition for a settlement", "only discuss a settlement"},
		// A movement no article names (not "Hamad" either): nothing.
		{"what did vidal say about hamas and the settlement", ""},
	})
}

// TestSpeakerDescribedInProse: "what did the <role> say" finds the person
// news names beside that role in a sentence ("The editor of …, Name,
// says"; "Name is the director of …") when no speaker is titled so; a
// name that is no speaker's, or an office, is not one.
func TestSpeakerDescribedInProse(t *testing.T) {
	src := corpus.Source{Title: "Monitors head for the river border", Outlet: "Wire", Published: "2034-02-03"}
	st := func(seq int, kind corpus.Kind, speaker, text, sentence string) corpus.Statement {
		return corpus.Statement{ID: text, Kind: kind, Speaker: speaker, Text: text, Sentence: sentence, SaidOn: "2034-02-03", Source: src, Seq: seq}
	}
	stmts := []corpus.Statement{
		st(0, corpus.Fact, "Mara Lind", "the monitors will need a mandate from both capitals",
			"The editor of the weekly Harbor Review in Lisbon, Mara Lind, says the monitors will need a mandate from both capitals."),
		st(1, corpus.Fact, "", "Tomas Vidal is the director of the Andes Water Council, an advocacy group", ""),
		st(2, corpus.Quote, "Tomas Vidal", "The dam cannot wait for another round of talks", ""),
		st(3, corpus.Fact, "the State Department", "the State Department and the bloc's chair, Oren Valk, praised the monitors", ""),
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"what did the harbor review editor say about the monitors", "need a mandate"},
		{"what did the water council head say about the dam", "cannot wait"},
		{"what did oren valk say about the monitors", ""},
	})
}

// TestLooseSynonyms: a question may name what a statement says by a
// WordNet synonym of the word the statement uses ("demonstrators" for
// "protesters", "impasse" for "deadlock"); it counts for less than the
// word itself, and does not make an answer of a statement on something
// else (nor a "grave blunder" of a "break": a verb above "blunder", not
// a synonym; kinds_test.go).
func TestLooseSynonyms(t *testing.T) {
	src := corpus.Source{Title: "Unrest in the river port as truce talks stall", Outlet: "Wire", Published: "2035-05-02"}
	stmts := []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Text: "At least 9 protesters were wounded by gunfire near the harbor office", SaidOn: "2035-05-02", Source: src, Seq: 0},
		{ID: "b", Kind: corpus.Quote, Speaker: "Lena Ortiz", Text: "The harbor truce is a dreadful failure, and the talks are at a deadlock", SaidOn: "2035-05-02", Source: src, Seq: 1},
		{ID: "c", Kind: corpus.Fact, Text: "Police arrested 40 dockworkers after the strike", SaidOn: "2035-05-02", Source: src, Seq: 2},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		// question word → statement word: demonstrators → protesters.
		{"how many demonstrators were wounded near the harbor office", "At least 9 protesters"},
		// terrible → dreadful, impasse → deadlock.
		{"who said the truce was a terrible failure and the talks had reached an impasse", "dreadful failure"},
		// Nobody said the mediators were bribed; no demonstrators were arrested.
		{"who said the militia bribed the mediators at the airport", ""},
		{"how many demonstrators were arrested in the capital", ""},
	})
}

// TestPhraseSynonyms: a question may ask in a phrase what news tells in
// one word, or the other way round ("hand over their rifles" … "refused to
// disarm", "the sticking point" … "the impasse", "walked out" … "left
// the talks"); the phrase counts only whole: "the point of" the talks is
// no impasse.
func TestPhraseSynonyms(t *testing.T) {
	src := corpus.Source{Title: "Coast militias and the government resume harbor talks", Outlet: "Wire", Published: "2036-03-04"}
	st := func(seq int, text string) corpus.Statement {
		return corpus.Statement{ID: text, Kind: corpus.Fact, Text: text, SaidOn: "2036-03-04", Source: src, Seq: seq}
	}
	stmts := []corpus.Statement{
		st(0, "The coast militias and the government opened a third round of harbor talks on Tuesday in the old customs hall"),
		st(1, "The militias have so far refused to disarm before the vote on the harbor council"),
		st(2, "The impasse centers on who will run the harbor council during the handover"),
		st(3, "The fishermen's union left the talks on Wednesday after a quarrel over quotas"),
		st(4, "Each militia must register its guns with the harbor council by June"),
		st(5, "Shortly after noon, the militia envoy met with the harbor master in the customs hall"),
		st(6, "The militia envoy said he would like to see the governor's letter at noon"),
	}
	b := botOf(t, stmts)
	checkFirst(t, b, []firstCase{
		{"are the militias ready to hand over their guns", "refused to disarm"},
		{"what is the sticking point in the harbor talks", "The impasse centers"},
		{"who walked out of the harbor talks", "left the talks"},
		// Whom someone saw is whom they met.
		{"who did the militia envoy see at noon", "met with the harbor master"},
	})
	// A phrase's words alone are not the phrase: "point" is no impasse
	// unless it is a sticking point.
	v := b.cur.Load().v.get()
	for _, c := range []struct {
		words string
		want  bool
	}{{"the sticking point in the harbor talks", true}, {"the point of the harbor talks", false}} {
		terms := v.s.Terms(c.words)
		syn := v.synonymTerms(c.words, terms)
		point := v.s.Terms("point")[0]
		if got := slices.Contains(syn.syn[point], v.s.Terms("impasse")[0]); got != c.want {
			t.Errorf("synonymTerms(%q)[%q] holds impasse: %v; want %v", c.words, point, got, c.want)
		}
	}
}
