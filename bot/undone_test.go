package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestVerbAfterSubject: the act of "when did <doer> <act> …" is read for
// any verb, past a doer of several words, and not from a name, a noun of
// the doer or a verb that tells no act of its own.
func TestVerbAfterSubject(t *testing.T) {
	for _, tt := range []struct{ words, want string }{
		{"the harbor assembly pass the fishing charter", "pass"},
		{"delta and upland sign their water treaty", "sign"},
		{"the envoy return to lisbon", "return"},
		{"roe meet ostrova before seeing berry", "meet"},
		{"the lake delegates meet in varna", "meet"},
		{"the second dam truce expire", "expire"},
		{"the river negotiations in basel restart", "restart"},
		{"the envoy go to lisbon", ""},
		{"the harbor truce come into force", ""},
		{"roe have lunch with ostrova", ""},
	} {
		if got := verbAfterSubject(tt.words); got != tt.want {
			t.Errorf("verbAfterSubject(%q) = %q; want %q", tt.words, got, tt.want)
		}
	}
	if p := Parse("when did the harbor assembly pass the fishing charter"); p.Act != "pass" {
		t.Errorf("Parse: Act = %q; want %q", p.Act, "pass")
	}
	if p := Parse("when did roe say the assembly would pass the charter"); p.Act != "" {
		t.Errorf("Parse: Act = %q; want none for a question of when words were said", p.Act)
	}
}

// TestActNotDone: a "when" question about an act is not answered by a
// text that tells the act only as owed, wanted or failed ("must still
// pass", "hopes to sign", "failure to sign", "has yet to sign"), nor by
// one word of a synonym of several ("put old quarrels behind" is no "put
// their names to"); a text that tells it done still answers, and so does
// a decision reported ("said it would put its mediation on hold"). An
// act offered or told as a condition ("said it was ready to accept the
// plan, which would hold if accepted by the rebels") was not done either.
func TestActNotDone(t *testing.T) {
	news := corpus.Source{Title: "Lake towns and the fishing charter", Outlet: "Example News", Published: "2033-03-27"}
	remarks := corpus.Source{Title: "Remarks before the Delta and Upland meeting", Outlet: "Department of State", Published: "2033-11-07"}
	talks := corpus.Source{Title: "Varna talks in trouble", Outlet: "Example News", Published: "2033-04-15"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: news, SaidOn: "2033-03-27",
			Text: "Before any council can sit, the Harbor Assembly must still pass the fishing charter for the lake towns"},
		{ID: "b", Kind: corpus.Quote, Speaker: "Mara Quell", SpeakerTitle: "Secretary", Source: remarks, SaidOn: "2033-11-07",
			Text: "Delta and Upland leaders say it is time to put old quarrels behind them and build a lasting peace"},
		{ID: "c", Kind: corpus.Fact, Source: talks, SaidOn: "2033-04-15",
			Text: "Orlan Vesk, the rebel commander, stayed away again, and his failure to sign the final river accord has stalled the talks"},
		{ID: "d", Kind: corpus.Fact, Source: talks, SaidOn: "2033-04-15", Seq: 1,
			Text: "Ostmark and Varna hope to sign a border treaty in the summer"},
		{ID: "e", Kind: corpus.Fact, Source: talks, SaidOn: "2033-04-15", Seq: 2,
			Text: "Valdora said on April 9 it would put its mediation on hold until both sides were serious"},
		{ID: "f", Kind: corpus.Fact, Source: talks, SaidOn: "2033-04-15", Seq: 3,
			Text: "Varna declared its readiness to accept the ten-day river truce, which would hold only if accepted and kept by the Ostmark rebels"},
	})
	for _, tt := range []struct {
		q    string
		want string // the words the first item holds; "": none found
	}{
		{"when did the harbor assembly pass the fishing charter", ""},
		{"when did delta and upland sign their peace treaty", ""},
		{"when will vesk sign the final river accord", ""},
		{"when did ostmark and varna sign the border treaty", ""},
		{"when did valdora put its mediation on hold", "put its mediation on hold"},
		{"when did the ostmark rebels accept the ten day river truce", ""},
		{"when did varna accept the ten day truce", ""},
	} {
		a := b.Ask(context.Background(), tt.q)
		switch {
		case tt.want == "" && a.Found:
			t.Errorf("%q: found %+v; want none", tt.q, a.Items)
		case tt.want != "" && (!a.Found || !strings.Contains(a.Items[0].Text, tt.want)):
			t.Errorf("%q: found %v %+v; want %q", tt.q, a.Found, a.Items, tt.want)
		}
	}
	// Told done, the same acts are answered.
	done := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: news, SaidOn: "2033-03-27",
			Text: "The Harbor Assembly passed the fishing charter on Tuesday, setting up the council for the lake towns"},
		{ID: "b", Kind: corpus.Fact, Source: talks, SaidOn: "2033-04-15",
			Text: "Ostmark and Varna signed the border treaty in the summer after the long-planned signing was put off twice"},
		{ID: "c", Kind: corpus.Fact, Source: talks, SaidOn: "2033-04-15", Seq: 1,
			Text: "Varna accepted the river truce on Sunday, a week after the rebels had said they were ready to talk"},
	})
	for _, q := range []string{"when did the harbor assembly pass the fishing charter", "when did ostmark and varna sign the border treaty", "when did varna accept the river truce"} {
		if a := done.Ask(context.Background(), q); !a.Found {
			t.Errorf("%q: found none; want the statement that tells it done", q)
		}
	}
}

// TestCountedVerb: what a "how many" question asks was done is read
// after the doer ("did", "does", "will") or as the participle after
// "were" or "have".
func TestCountedVerb(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"how many hostages did the front release", "release"},
		{"how many hostages does the front still hold", "hold"},
		{"how many hostages does the red hand front hold in the hills", "hold"},
		{"how many fighters have reached the camps", "reached"},
		{"how many waivers were issued for the port", "issued"},
		{"how many hostages have been freed so far", "freed"},
		{"how many troops are fighting beside the rebels", ""},
		// An event held: the meetings, whether "held" or "had".
		{"how many bilateral meetings did the envoy hold on the first day", ""},
		{"how many rounds did the two sides have", ""},
	} {
		if got := countedVerb(tt.q); got != tt.want {
			t.Errorf("countedVerb(%q) = %q; want %q", tt.q, got, tt.want)
		}
	}
}

// TestCountNotOfTheAct: "how many" is not answered by a number of
// people something else was done to, nor by a count of what the act is
// only required to reach ("fighters are to assemble in two
// camps").
func TestCountNotOfTheAct(t *testing.T) {
	news := corpus.Source{Title: "Hill truce begins", Outlet: "Example News", Published: "2034-08-22"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: news, SaidOn: "2034-08-22",
			Text: "The Red Hand Front has released six people it seized last month"},
		{ID: "b", Kind: corpus.Fact, Source: news, SaidOn: "2034-08-22", Seq: 1,
			Text: "Under the accord, in force from Monday, rebel fighters are to assemble in two camps in the hills"},
	})
	for _, q := range []string{"how many hostages does the red hand front still hold", "how many rebel fighters have reached the camps"} {
		if a := b.Ask(context.Background(), q); a.Found {
			t.Errorf("%q: found %+v; want none", q, a.Items)
		}
	}
	done := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: news, SaidOn: "2034-08-22",
			Text: "The Red Hand Front still holds 12 hostages in the hills, the mediators said"},
		{ID: "b", Kind: corpus.Fact, Source: news, SaidOn: "2034-08-22", Seq: 1,
			Text: "So far 40 rebel fighters have reached the camps in the hills"},
	})
	for _, c := range []struct{ q, want string }{
		{"how many hostages does the red hand front still hold", "12 hostages"},
		{"how many rebel fighters have reached the camps", "40 rebel fighters"},
	} {
		if a := done.Ask(context.Background(), c.q); !a.Found || !strings.Contains(a.Items[0].Text, c.want) {
			t.Errorf("%q: found %v %+v; want %q", c.q, a.Found, a.Items, c.want)
		}
	}
}

// TestNamedTalksMet: a question that names what some article is about
// ("Vesk", "Tarn") is not answered from an article on other talks in
// another place (Osterland), even when the corpus names no people of
// what it names ("Vesk") nor anything "in" it.
func TestNamedTalksMet(t *testing.T) {
	talks := corpus.Source{Title: "Vesk and Tarn talks stall again", Outlet: "Example News", Published: "2033-04-15"}
	other := corpus.Source{Title: "Statement on the Anniversary of the Harlow Peace Agreement", Outlet: "Department of State", Published: "2041-10-03"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: talks, SaidOn: "2033-04-15",
			Text: "Talks between Tarn and the rebel leader Orlan Vesk stalled again this week in the river town"},
		{ID: "b", Kind: corpus.Fact, Source: talks, SaidOn: "2033-04-15", Seq: 1,
			Text: "Vesk has asked Tarn for more time, and the mediators from Tarn say they will wait"},
		{ID: "c", Kind: corpus.Fact, Source: other, SaidOn: "2041-10-03",
			Text: "The partners join the people in Osterland to mark the anniversary of the signing of the Harlow Peace Agreement on October 3, 2040"},
	})
	checkFirst(t, b, []firstCase{
		{"when will vesk sign the final peace agreement", ""},
		{"when was the harlow peace agreement signed", "October 3, 2040"},
	})
}

// TestSignedNotWritten: a text that tells a more general act ("write a
// new chapter") does not tell when an accord was signed; its synonyms
// ("ratified") still do.
func TestSignedNotWritten(t *testing.T) {
	remarks := corpus.Source{Title: "Remarks on the Delta and Upland declaration", Outlet: "The White House", Published: "2035-07-25"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Mara Quell", SpeakerTitle: "President", Source: remarks, SaidOn: "2035-07-25",
			Text:     "an end to their long quarrel",
			Sentence: "Here at this table we write the next page of peace, and we remember the spring Delta and Upland declared an end to their long quarrel"},
	})
	if a := b.Ask(context.Background(), "when was the final delta upland peace treaty signed"); a.Found {
		t.Errorf("found %+v; want none", a.Items)
	}
	b = botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: remarks, SaidOn: "2035-07-25",
			Text: "Delta and Upland ratified the final peace treaty on July 24 at the lake house"},
	})
	if a := b.Ask(context.Background(), "when was the final delta upland peace treaty signed"); !a.Found {
		t.Errorf("found none; want the ratified treaty")
	}
}
