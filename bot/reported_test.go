package bot

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
	"github.com/talkbot/talkbot/internal/gen"
	"github.com/talkbot/talkbot/lexicon"
)

// TestReportedSpeakers: a statement reports someone as speaking by an
// office a U.S. government document speaks of (its holder on the day), a
// titled name or a name, before a verb of saying; a name that only
// stands in the sentence is no one reported.
func TestReportedSpeakers(t *testing.T) {
	state := corpus.Source{Outlet: "U.S. Department of State", Published: "2014-05-06"}
	wire := corpus.Source{Outlet: "Harbour Wire", Published: "2014-05-06"}
	tests := []struct {
		src  corpus.Source
		text string
		want string // the speakers reported, joined by "|"
	}{
		{state, "As the Secretary said yesterday, the crossing must stay open.", "John Kerry"},
		{state, "The President has long said that both sides must keep their word.", "Barack Obama"},
		{state, "We are not going to get ahead of the talks that Okoro hosted.", ""},
		{wire, "President Okoro also told the delegates that the accord would hold.", "Okoro"},
		{wire, "As the President said, the accord will hold.", ""}, // whose President, a wire does not say
		{wire, "Okoro's envoy said little, and Ilic, tired, left early.", ""},
		{wire, "Ilic warned that the talks could fail.", "Ilic"},
		{state, "As I said, the Secretary spoke today with the Prime Minister and the President.", ""}, // a call, not words
		{wire, "Okoro talked with Ilic for an hour.", ""},
		{wire, "Okoro spoke to reporters after the talks.", "Okoro"},
	}
	for _, tt := range tests {
		var got []string
		for _, r := range reportedSpeakers(corpus.Statement{Text: tt.text, SaidOn: tt.src.Published, Source: tt.src}) {
			got = append(got, r.Speaker)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("reportedSpeakers(%q) = %q; want %q", tt.text, g, tt.want)
		}
	}
}

// TestReportedWords: "what did X say about Y" (or "what does X want …"),
// when nothing X said was read, is answered by a briefer's or a statement's report of X's words
// on Y, with a note saying whose report it is; not by a statement that
// only names X, nor by X's words on something else.
func TestReportedWords(t *testing.T) {
	brief := corpus.Source{Title: "Department Press Briefing", Outlet: "U.S. Department of State", Published: "2014-05-06"}
	wire := corpus.Source{Title: "Harbour accord signed in Vell", Outlet: "Harbour Wire", Published: "2014-05-07"}
	st := func(src corpus.Source, seq int, speaker, text string) corpus.Statement {
		return corpus.Statement{ID: src.Title + text, Kind: corpus.Quote, Speaker: speaker, Text: text, SaidOn: src.Published, Source: src, Seq: seq}
	}
	b := botOf(t, []corpus.Statement{
		st(brief, 0, "Jen Psaki", "As the Secretary said yesterday, the harbour crossing must stay open for the grain convoys."),
		st(brief, 1, "Jen Psaki", "We are not going to get ahead of the fisheries talks that Okoro hosted in Vell."),
		st(wire, 0, "Dana Reyes", "President Okoro told the delegates that the harbour accord would survive the winter storms."),
		st(wire, 1, "Dana Reyes", "The accord sets up a joint patrol of the harbour mouth."),
		st(brief, 2, "Jen Psaki", "The Secretary calls on both sides to return to the fisheries talks without conditions."),
	})
	checkFirst(t, b, []firstCase{
		{"what did kerry say about the harbour crossing", "the harbour crossing must stay open"},
		{"what did the secretary say about the grain convoys", "the harbour crossing must stay open"},
		{"what did okoro say about the harbour accord", "would survive the winter storms"},
		{"what did okoro say about the fisheries talks", ""},
		{"what did kerry say about the joint patrol", ""},
		{"what did putin say about the harbour crossing", ""},
		// Asked as a fact about someone nothing names.
		{"what does kerry want both sides to do about the fisheries talks", "calls on both sides to return"},
		{"what does putin want both sides to do about the fisheries talks", ""},
	})
	a := b.Ask(context.Background(), "what did kerry say about the harbour crossing")
	if !strings.Contains(a.Note, "Jen Psaki") || !strings.Contains(a.Note, "kerry") {
		t.Errorf("note %q; want it to say the words are Jen Psaki's report of kerry's", a.Note)
	}
}

// TestReportedDay: "when did X say Y", when nothing X said was read, is
// the day a briefer's report tells ("as the Secretary said yesterday":
// the day before the briefing), its sentence a fact; a report that tells
// no day answers nothing.
func TestReportedDay(t *testing.T) {
	brief := corpus.Source{Title: "Department Press Briefing", Outlet: "U.S. Department of State", Published: "2014-05-06"}
	st := func(seq int, text string) corpus.Statement {
		return corpus.Statement{ID: text, Kind: corpus.Quote, Speaker: "Jen Psaki", Text: text, SaidOn: brief.Published, Source: brief, Seq: seq}
	}
	b := botOf(t, []corpus.Statement{
		st(0, "We want both sides back at the table. As the Secretary said yesterday, the harbour crossing must stay open. We will keep pressing them."),
		st(1, "As the Secretary has said many times, the fishing quotas are a matter for the two sides."),
	})
	a := b.Ask(context.Background(), "when did kerry say the harbour crossing must stay open")
	if !a.Found || a.Items[0].SaidOn != "2014-05-05" || a.Items[0].Text != "As the Secretary said yesterday, the harbour crossing must stay open." {
		t.Errorf("found %v %+v; want the sentence of the report, on 2014-05-05", a.Found, a.Items)
	}
	if a := b.Ask(context.Background(), "when did kerry say the fishing quotas were for the two sides"); a.Found {
		t.Errorf("found %+v; want nothing: the report tells no day", a.Items)
	}
}

// TestSaidAtAsUnanchored: saidAt, anchored, is the leftmost match of
// saidVerbRE found at the start of the text, for every text after a
// space in every statement of the test and held-out articles, and a few
// of our own that open with a verb, with one further on, or with none.
func TestSaidAtAsUnanchored(t *testing.T) {
	texts := []string{"", "said", "calls on the parties", "Calls On them", "recalled that", "he said", " said",
		"said.", "saidx", "told them", "the envoy told them", "warned, then said", "callsign said", "—said it"}
	texts = append(texts, tails(ourStatements(t), func(text string, i int) bool { return i == 0 || text[i-1] == ' ' })...)
	opens := 0
	for _, text := range texts {
		m := saidVerbRE.FindStringIndex(text)
		want := m != nil && m[0] == 0
		if got := saidAt(text); got != want {
			t.Fatalf("saidAt(%.60q) = %v; the leftmost match of saidVerbRE is %v", text, got, m)
		}
		if want {
			opens++
		}
	}
	if len(texts) < 10000 || opens < 100 {
		t.Errorf("%d texts, %d opening with a verb of saying: too few to compare", len(texts), opens)
	}
}

// TestReportsKeptAsWorkedOut: the reports kept for a statement of the
// index (view.reports) are those reportsOf works out, asked from several
// goroutines and again, for every statement of the test and held-out
// articles, statements of U.S. government documents that report an
// office, and generated ones; a statement other than the index's at that
// place is worked out afresh.
func TestReportsKeptAsWorkedOut(t *testing.T) {
	state := corpus.Source{Title: "Department Press Briefing", Outlet: "U.S. Department of State", Published: "2014-05-06"}
	stmts := []corpus.Statement{
		{Kind: corpus.Quote, Speaker: "Jen Psaki", Text: "As the Secretary said yesterday, the crossing must stay open.", SaidOn: "2014-05-06", Source: state},
		{Kind: corpus.Quote, Speaker: "Jen Psaki", Text: "The President has long said that both sides must keep their word. Okoro told them so too.", SaidOn: "2014-05-06", Source: state},
	}
	stmts = append(stmts, ourStatements(t)...)
	stmts = append(stmts, gen.Statements(2000, 5)...)
	ix, err := index.New(stmts)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	v := newView(ix).get()
	all := ix.Statements()
	reporting := 0
	for _, s := range all {
		if len(reportsOf(s)) > 0 {
			reporting++
		}
	}
	if reporting < 300 {
		t.Fatalf("%d of %d statements report someone: too few to compare", reporting, len(all))
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for round := 0; round < 2; round++ {
				for i, s := range all {
					if got, want := v.reports(i, s), reportsOf(s); !slices.Equal(got, want) {
						t.Errorf("statement %d %.60q, round %d: kept %q; worked out %q", i, s.Text, round, got, want)
					}
				}
			}
		})
	}
	wg.Wait()
	other := all[1]
	other.Text = "Ilic told the delegates that the accord would hold."
	if got := v.reports(1, other); len(got) != 1 || got[0].speaker != "Ilic" {
		t.Errorf("another statement at place 1: %q; want Ilic reported", got)
	}
	other = all[0]
	other.Source.Outlet = "Harbour Wire"
	if got := v.reports(0, other); len(got) != 0 {
		t.Errorf("statement 0 published by a wire: %q; want the Secretary no one known", got)
	}
	if got := v.reports(0, all[0]); len(got) != 1 || got[0].speaker != "John Kerry" || got[0].saidOn != "2014-05-05" {
		t.Errorf("statement 0: %q; want John Kerry on 2014-05-05", got)
	}
}

// saidNextFields is saidNext as it was written first, every word of the
// text cut apart by strings.Fields.
func saidNextFields(after string) (end int, ok bool) {
	if !strings.HasPrefix(after, " ") {
		return 0, false
	}
	at := 0
	for i, w := range strings.Fields(after) {
		at += strings.Index(after[at:], w)
		word := strings.TrimRight(w, ",;:.")
		switch {
		case remarkVerbs[strings.ToLower(word)] && withNextRE.MatchString(after[at+len(word):]):
			return 0, false
		case saidVerbRE.MatchString(word) || saidAt(after[at:]):
			return at + len(word), true
		case i == 2 || word != w:
			return 0, false
		case !strings.HasSuffix(word, "ly") && !habitual[word] && !lexicon.IsAuxiliary(word) && (!lexicon.IsPreVerbAdverb(word) || word == "never" || word == "not"):
			return 0, false
		}
		at += len(w)
	}
	return 0, false
}

// TestSaidNextAsFields: saidNext, reading only the first three words, is
// saidNext over every word strings.Fields cuts, for every text after a
// space in the test and held-out statements and sentences, and texts of
// our own spaced by tabs, lines, no-break and other Unicode spaces, or
// not valid UTF-8.
func TestSaidNextAsFields(t *testing.T) {
	texts := []string{"", " ", "  said", " also said", " has long said", " has never said", " \tsaid", " \u00a0said",
		" also\u0085said", " also\u2003said", " \xffsaid", " also \xff said", " told them", " long, said", " has\nlong\nsaid",
		" calls on the parties", " also calls\u00a0on them", " spoke today with them", " spoke\u00a0with", " has spoken with", " a b said", " will said", " said."}
	texts = append(texts, tails(ourStatements(t), func(text string, i int) bool { return text[i] == ' ' })...)
	found := 0
	for _, text := range texts {
		end, ok := saidNext(text)
		wantEnd, wantOK := saidNextFields(text)
		if end != wantEnd || ok != wantOK {
			t.Fatalf("saidNext(%.60q) = %d, %v; over every word: %d, %v", text, end, ok, wantEnd, wantOK)
		}
		if ok {
			found++
		}
	}
	if len(texts) < 10000 || found < 100 {
		t.Errorf("%d texts, %d with a verb of saying next: too few to compare", len(texts), found)
	}
}

// ourStatements is every statement of our test and held-out articles.
func ourStatements(t *testing.T) []corpus.Statement {
	t.Helper()
	var out []corpus.Statement
	for _, dir := range []string{"../corpus/testdata/articles", "../corpus/testdata/heldout/articles"} {
		c, err := corpus.Load(corpus.Options{}, dir)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, c.Statements...)
	}
	return out
}

// tails is every end of the statements' texts and sentences that starts
// at a byte at picks.
func tails(stmts []corpus.Statement, at func(text string, i int) bool) []string {
	var out []string
	for _, s := range stmts {
		for _, text := range []string{s.Text, s.Sentence} {
			for i := range len(text) {
				if at(text, i) {
					out = append(out, text[i:])
				}
			}
		}
	}
	return out
}
