package bot

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/talkbot/talkbot/corpus"
)

// TestSpeakerAskOnceAsEachAlone: a speaker asked for is fitted to the hits
// of a search with one speakerAsk, which keeps what it worked out for each
// speaker; each statement must fit as it would alone, though the same
// speaker fits in one article and not in another ("the Syrian opposition"
// is the opposition in an article on Syria only).
func TestSpeakerAskOnceAsEachAlone(t *testing.T) {
	syria := corpus.Source{Title: "Talks on Syria resume in Geneva", Outlet: "Wire"}
	other := corpus.Source{Title: "Talks on the harbour truce resume", Outlet: "Wire"}
	office := corpus.Source{Title: "Statement on the truce", Outlet: "U.S. Department of State"}
	stmts := []corpus.Statement{
		{Speaker: "the opposition", SpeakerTitle: "negotiators", Source: syria},
		{Speaker: "the opposition", SpeakerTitle: "negotiators", Source: other},
		{Speaker: "the opposition", SpeakerTitle: "negotiators", Source: syria, Topics: []string{"Syria"}},
		{Speaker: "Ivo Marsh", SpeakerTitle: "spokesperson", Source: office},
		{Speaker: "Ivo Marsh", SpeakerTitle: "spokesperson", Source: other},
		{Speaker: "Ama Okoro", SpeakerTitle: "President", Aliases: []string{"Okoro"}, Source: other},
		{Speaker: "Senior Okoro administration officials", Source: other},
		{Speaker: "World Health Organization", Source: other},
		{Speaker: "Lena Ekholm", SpeakerTitle: "UN special envoy", Source: syria},
		{Speaker: "Tarek Nasr", SpeakerTitle: "Foreign Minister", Where: "remarks, Cairo, Egypt", Source: other},
		{Speaker: "Tarek Nasr", SpeakerTitle: "Foreign Minister", Where: "remarks, Paris, France", Source: other},
	}
	asked := []string{"the syrian opposition", "the opposition", "the state department", "the us", "okoro",
		"the okoro administration", "the who", "the un envoy", "ekholm", "marsh", "the egyptian foreign minister"}
	differ := 0
	for _, speaker := range asked {
		a := askSpeaker(speaker)
		var first *bool
		for _, s := range stmts {
			alone := askSpeaker(speaker)
			if got, want := a.fits(s), alone.fits(s); got != want {
				t.Errorf("%q fitted with the others to %+v = %v; alone %v", speaker, s, got, want)
			}
			if got, want := a.exact(s), alone.exact(s); got != want {
				t.Errorf("%q exact with the others for %+v = %v; alone %v", speaker, s, got, want)
			}
			if s.Speaker == "the opposition" {
				f := alone.fits(s)
				if first == nil {
					first = &f
				} else if *first != f {
					differ++
				}
			}
		}
	}
	if differ == 0 {
		t.Error("no speaker asked fits the same speaker in one article and not in another")
	}
}

// TestSpeakerOfThePlaceTheySpokeIn: a people's word asked with a role
// ("the egyptian foreign minister") is met by where the words were said,
// as by the article's title: the foreign minister at remarks in Cairo,
// Egypt, and not at remarks in Paris.
func TestSpeakerOfThePlaceTheySpokeIn(t *testing.T) {
	src := corpus.Source{Title: "Announcement of the truce", Outlet: "Wire"}
	tests := []struct {
		where string
		want  bool
	}{
		{"remarks, Cairo, Egypt", true},
		{"remarks, Paris, France", false},
		{"", false},
	}
	for _, tt := range tests {
		s := corpus.Statement{Speaker: "Tarek Nasr", SpeakerTitle: "Foreign Minister", Where: tt.where, Source: src}
		if got := askSpeaker("the egyptian foreign minister").fits(s); got != tt.want {
			t.Errorf("the egyptian foreign minister fits %q speaking at %q = %v; want %v", s.Speaker, tt.where, got, tt.want)
		}
	}
}

// TestWithinAsEditDistance: within's way for ASCII words gives what the
// edit distance gives, for words of every length up to its table's and
// past it, and for words in other scripts.
func TestWithinAsEditDistance(t *testing.T) {
	words := []string{"", "a", "kerry", "kery", "kirby", "blinken", "blinkin", "netanyahu", "netanyahoo",
		"nepehw", "nephew", "miller", "miler", "bergamo", "bregamo", "échevarría", "echeverria", "tomás", "tomas",
		strings.Repeat("ab", 32), strings.Repeat("ab", 31) + "ba", strings.Repeat("x", 63), strings.Repeat("x", 62)}
	n := 0
	for _, a := range words {
		for _, b := range words {
			for k := 0; k <= 3; k++ {
				d := utf8.RuneCountInString(a) - utf8.RuneCountInString(b)
				want := d <= k && -d <= k && editDistance(a, b) <= k
				if got := within(a, b, k); got != want {
					t.Errorf("within(%q, %q, %d) = %v; want %v", a, b, k, got, want)
				}
				if want {
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Error("no pair of words within reach")
	}
}

// TestNamesDayAsExpression: namesDay, which asks dayNamedRE only where a
// word begins as a day named does, finds what the expression finds
// anywhere: on pieces of dates, weekdays and their near misses put
// together at random, and on a few written out.
func TestNamesDayAsExpression(t *testing.T) {
	texts := []string{"", "signed Tuesday, took effect later", "the mayor 12 said", "on Sept. 3rd", "on sept 31st.",
		"May 123", "May 5s", "xMonday", "_today", "9yesterday", "today_", "’Monday”", "Dec.\t7", "on Tueſday", "on ſep 5",
		"the \u212aelvin day", "Nov 2nd", "nov2", "in August 2014", "it took days", "SUNDAY", "sundays"}
	pieces := []string{"Mon", "mon", "day", "DAY", "tues", "Wednes", "thurs", "satur", "sun", "yesterday", "today",
		"May", "mayor", "sept", "Sep", "dec", "jan", "Oct", "x", "a", " ", " ", "\t", "\n", ".", ",", "_", "’",
		"1", "2", "12", "123", "st", "nd", "rd", "th", "TH", "s", "ſ", "\u212a"}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.Intn(8) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	found := 0
	for _, text := range texts {
		want := dayNamedRE.MatchString(text)
		if got := namesDay(text); got != want {
			t.Errorf("namesDay(%q) = %v; dayNamedRE finds %v", text, got, want)
		}
		if want {
			found++
		}
	}
	if found < 100 || found > len(texts)-100 {
		t.Errorf("dayNamedRE finds %d of %d texts: too few or too many to tell", found, len(texts))
	}
}

// TestSpeakerByNickname: a first name asked by the short form people call
// its bearer by ("condi rice", "nick burns") is that person, and not
// someone else of the surname.
func TestSpeakerByNickname(t *testing.T) {
	src := corpus.Source{Title: "Remarks on the truce", Outlet: "Wire"}
	rice := corpus.Statement{Speaker: "Condoleezza Rice", SpeakerTitle: "Secretary of State", Source: src}
	burns := corpus.Statement{Speaker: "R. Nicholas Burns", SpeakerTitle: "Under Secretary", Source: src}
	tests := []struct {
		asked string
		s     corpus.Statement
		want  bool
	}{
		{"condi rice", rice, true},
		{"nick burns", burns, true},
		{"nick rice", rice, false},
		{"condi burns", burns, false},
	}
	for _, tt := range tests {
		if got := askSpeaker(tt.asked).fits(tt.s); got != tt.want {
			t.Errorf("%q fits %q = %v; want %v", tt.asked, tt.s.Speaker, got, tt.want)
		}
	}
}

// TestVerdictsAsJudged: the verdicts kept across questions are judge's,
// worked out afresh, for every speaker, title and aliases of the test
// articles and, asked for, each of their names, surnames, titles and a
// few bodies, roles and places; asked once (worked out and kept) and again
// (read back). The memo starts again once full and still gives judge's.
func TestVerdictsAsJudged(t *testing.T) {
	c, err := corpus.Load(corpus.Options{}, "../corpus/testdata/articles")
	if err != nil || len(c.Statements) == 0 {
		t.Fatal(err)
	}
	keys := map[personKey]bool{}
	asked := map[string]bool{"the us": true, "the state department": true, "the white house": true,
		"the syrian opposition": true, "the un envoy": true, "the egyptian foreign minister": true, "putin": true,
		"the spokesman": true, "hamas": true, "qatar": true, "the mediators": true, "netanyahoo": true}
	for _, s := range c.Statements {
		keys[personKey{s.Speaker, s.SpeakerTitle, strings.Join(s.Aliases, " ")}] = true
		for _, n := range []string{s.Speaker, s.SpeakerTitle, lastWord(s.Speaker)} {
			if n != "" {
				asked[n] = true
			}
		}
	}
	m := verdictMemo{max: 64}
	n := 0
	for speaker := range asked {
		for k := range keys {
			want := askSpeaker(speaker).judge(k)
			for range 2 {
				if got := m.get(askSpeaker(speaker), k); !reflect.DeepEqual(got, want) {
					t.Fatalf("verdict of %+v for %q = %+v; judged %+v", k, speaker, got, want)
				}
			}
			n++
		}
	}
	if n < 1000 || len(m.m) > m.max {
		t.Errorf("%d verdicts compared, %d kept (at most %d)", n, len(m.m), m.max)
	}
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// TestNamesTimeAsExpression: namesTime, which asks the expression only of
// a text with a digit or a word a part of the day needs, is what it was
// when any "am", "pm", "m." or such a word sent a text to the expression
// (the words it needs, then timeNamedRE), for texts made of the pieces a
// time named is made of, and others.
func TestNamesTimeAsExpression(t *testing.T) {
	before := func(text string) bool {
		l := strings.ToLower(text)
		if !strings.Contains(l, "this ") && !strings.Contains(l, "night") && !strings.Contains(l, "today") && !strings.Contains(l, "m.") && !strings.Contains(l, "am") && !strings.Contains(l, "pm") {
			return false
		}
		return timeNamedRE.MatchString(text)
	}
	texts := []string{"", "at 3:10 p.m. on Monday", "11 a.m.", "11am", "Hamas said this morning", "thiſ morning", "THIS EVENING",
		"last night", "tonight", "earlier today", "the program", "12 pm", "thiſ morning, Hamas said", "THIſ afternoon, the program", "4:30pm sharp", "Hamas 7 am", "a.m. only"}
	pieces := []string{"this", "This", "thiſ", "THIS", " ", " ", "morning", "afternoon", "evening", "tonight", "night", "last",
		"earlier", "today", "am", "AM", "pm", "a.m.", "p.m", "m.", "Hamas", "program", "3", "12", "123", ":30", ":3", ".", "a", "p",
		"m", "x", "ſ", "\u212a", "_", "\t"}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.Intn(8) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	found := 0
	for _, text := range texts {
		want := before(text)
		if got := namesTime(text); got != want {
			t.Errorf("namesTime(%q) = %v; before %v", text, got, want)
		}
		if want {
			found++
		}
	}
	if found < 100 || found > len(texts)-100 {
		t.Errorf("namesTime holds for %d of %d texts: too few or too many to tell", found, len(texts))
	}
}
