package bot

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

func TestDateScope(t *testing.T) {
	const latest = "2024-05-06"
	tests := []struct {
		q, rest  string
		from, to string
	}{
		{"what did biden say in March 2024", "what did biden say", "2024-03-01", "2024-03-31"},
		{"what did biden say in march", "what did biden say", "2024-03-01", "2024-03-31"},
		{"what did miller say in november", "what did miller say", "2023-11-01", "2023-11-30"},
		{"who spoke on Nov 21", "who spoke", "2023-11-21", "2023-11-21"},
		{"talks in early February 2024", "talks", "2024-02-01", "2024-02-10"},
		{"talks mid-January 2025", "talks", "2025-01-11", "2025-01-20"},
		{"lebanon truce status late nov 2023", "lebanon truce status", "2023-11-21", "2023-11-30"},
		{"status gaza as of June 3, 2024", "status gaza", "", "2024-06-03"},
		{"as of end of july 2014 where were the cairo talks", "where were the cairo talks", "", "2014-07-31"},
		{"newest on the yemen talks as of nov 2014", "newest on the yemen talks", "", "2014-11-30"},
		{"what was said since May 2023", "what was said", "2023-05-01", ""},
		{"what was said before 2015", "what was said", "", "2014-12-31"},
		{"how many killed by may 2024", "how many killed", "", "2024-05-31"},
		{"phee on the geneva talks in 2024", "phee on the geneva talks", "2024-01-01", "2024-12-31"},
		{"when does the ceasefire start (aug 2014)", "when does the ceasefire start ( )", "2014-08-01", "2014-08-31"},
		{"where were the talks on june 29 2015", "where were the talks", "2015-06-29", "2015-06-29"},
		{"what did the spokesman say, nov 14 2023", "what did the spokesman say,", "2023-11-14", "2023-11-14"},
		// A year written short: after an apostrophe, or a number no day
		// can be; a number a day can be stays a day.
		{"why did the envoy fly to lisbon in april 96", "why did the envoy fly to lisbon", "1996-04-01", "1996-04-30"},
		{"what did the envoy say in feb '99", "what did the envoy say", "1999-02-01", "1999-02-28"},
		{"what did the envoy say in mar ’03", "what did the envoy say", "2003-03-01", "2003-03-31"},
		{"who spoke on nov 23", "who spoke", "2023-11-23", "2023-11-23"},
		// "may" and "march" are words too.
		{"the talks may march on", "the talks may march on", "", ""},
		// A month's short form inside a word is no month.
		{"the first meeting in decades", "the first meeting in decades", "", ""},
		{"the market reopened in janesville", "the market reopened in janesville", "", ""},
		// A date that tells which talks or proposal is meant is no scope;
		// one that tells the occasion of the words is.
		{"why did the north cancel the november 20 talks", "why did the north cancel the november 20 talks", "", ""},
		{"what did roe say about the may 6 2024 proposal", "what did roe say about the may 6 2024 proposal", "", ""},
		{"what did roe say about the proposal in may 2024", "what did roe say about the proposal", "2024-05-01", "2024-05-31"},
		{"what did the official say on the july 3 2014 call", "what did the official say on the call", "2014-07-03", "2014-07-03"},
		// A month and year, or a year, that tells which truce is meant
		// is what was said then, first.
		{"who brokered the may 2019 port truce", "who brokered the port truce", "2019-05-01", "2019-05-31"},
		{"who mediated the 2021 lake ceasefire", "who mediated the lake ceasefire", "2021-01-01", "2021-12-31"},
		// A day after an act done to a truce is the act's day: a scope
		// that may give way to words said of that day later.
		{"what did the envoy say about the truce announced on march 3 2021", "what did the envoy say about the truce announced", "2021-03-03", "2021-03-03"},
	}
	for _, tt := range tests {
		d, rest := findDateScope(tt.q, "")
		from, to := d.Range(latest)
		if rest != tt.rest || from != tt.from || to != tt.to {
			t.Errorf("findDateScope(%q) = %q, %s to %s; want %q, %s to %s", tt.q, rest, from, to, tt.rest, tt.from, tt.to)
		}
	}
	if d, _ := findDateScope("what did the envoy say about the truce announced on march 3 2021", ""); !d.bare || !d.names {
		t.Errorf("the day of an announced truce is not read as the truce's: %+v", d)
	}
	if d, _ := findDateScope("what did the envoy say on march 3 2021", ""); d.bare || d.names {
		t.Errorf("the day words were said is read as a thing's: %+v", d)
	}
	// Quoted words are words, not a date scope.
	if d, _ := findDateScope(`who said "in 2012, 43 percent"`, "in 2012, 43 percent"); !d.IsZero() {
		t.Errorf("a year inside quoted words became a scope: %+v", d)
	}
}

func TestParseParts(t *testing.T) {
	tests := []struct {
		q       string
		intent  Intent
		want    Want
		speaker string
		topic   string
		asked   string
		scope   bool
	}{
		{"as of july 2016 where did the iran nuclear talks stand", Status, WantStatus, "", "iran nuclear", "", true},
		{"where's the deal at", Status, WantStatus, "", "deal", "", false},
		// Every word for talks the lexicon knows asks how they stand.
		{"where is the lake accord", Status, WantStatus, "", "lake accord", "", false},
		{"any news on the sudan talks", Status, WantStatus, "", "sudan", "", false},
		{"yemen talks status april 2022", Status, WantStatus, "", "yemen", "", true},
		{"latest on the iran talks as of feb 2015", Status, WantStatus, "", "iran", "", true},
		{"where was the french delegation on may 9 2019", Fact, WantPlace, "", "", "", true},
		// Where talks are held or will be, not how they stand.
		{"where are the lake talks taking place", Fact, WantPlace, "", "", "", false},
		{"where are the lake peace talks going to resume", Fact, WantPlace, "", "", "", false},
		{"where are the dam negotiations set to reconvene", Fact, WantPlace, "", "", "", false},
		{"where are the lake talks", Status, WantStatus, "", "lake", "", false},
		{"what did the spokesperson say when asked about the iran sanctions waiver", WhatSaid, WantStatement, "the spokesperson", "", "the iran sanctions waiver", false},
		{"how many waivers were issued", Fact, WantNumber, "", "", "", false},
		{"who is dana whitfield", WhoIs, WantRole, "", "", "", false},
		{"when did the us first say the ceasefire was being violated", When, WantDate, "us", "", "", false},
		{"amsel - what did she want the mediators to do", WhatSaid, WantStatement, "amsel", "", "", false},
		{"who said the status quo cannot hold", WhoSaid, WantPerson, "", "", "", false},
	}
	for _, tt := range tests {
		p := Parse(tt.q)
		if p.Intent != tt.intent || p.Want != tt.want || p.Speaker != tt.speaker || p.Topic != tt.topic || p.AskedAbout != tt.asked || p.Scope.IsZero() == tt.scope {
			t.Errorf("Parse(%q) = %+v; want intent %s, want %s, speaker %q, topic %q, asked about %q, scope %v", tt.q, p, tt.intent, tt.want, tt.speaker, tt.topic, tt.asked, tt.scope)
		}
	}
	if p := Parse(`who said "we are not there yet"?`); !p.Verbatim || p.Phrase != "we are not there yet" {
		t.Errorf("quoted words: %+v", p)
	}
}

// TestParseForms: each way of asking, read into its parts. A new kind of
// question is a new rule or part, and a new line here.
func TestParseForms(t *testing.T) {
	tests := []struct {
		q    string
		want Question // only the fields set are checked, with Intent and Want always
	}{
		{"who said the border would stay shut", Question{Intent: WhoSaid, Want: WantPerson, Words: "the border would stay shut"}},
		{`who said "the border would stay shut"?`, Question{Intent: WhoSaid, Want: WantPerson, Phrase: "the border would stay shut", Verbatim: true}},
		{"who the border would stay shut", Question{Intent: WhoSaid, Want: WantPerson, Words: "the border would stay shut"}},
		{"what did the envoy tell Radio Lake about the dam", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "the envoy", Where: "Radio Lake", Words: "the dam"}},
		{"what did the senior official on the morning call say about quotas", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "the senior official"}},
		{"roe - what did she ask other govts to do", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "roe"}},
		{"what did the spokesman say when asked about the fishing quota", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "the spokesman", AskedAbout: "the fishing quota"}},
		{"what is the mediator doing on the prisoners per the spokesperson", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "the spokesperson"}},
		{"when did the minister first say the dam talks had stalled", Question{Intent: When, Want: WantDate, Speaker: "minister", First: true, Words: "the dam talks had stalled"}},
		{"when is the pause supposed to begin (aug 2019)", Question{Intent: When, Want: WantDate}},
		{"who is jane roe", Question{Intent: WhoIs, Want: WantRole, About: "jane roe"}},
		// A name whose first word is also a preposition; "behind" is not.
		{"who is To Vinh", Question{Intent: WhoIs, Want: WantRole, About: "To Vinh"}},
		{"who is as roe", Question{Intent: WhoIs, Want: WantRole, About: "as roe"}},
		{"who is behind the dam talks", Question{Intent: Fact, Want: WantPerson}},
		// An event that tells when: not what the words must be about.
		{"what did roe say after the basel talks", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "roe", Occasion: "basel talks"}},
		{"why were the dam talks adjourned before the team went back", Question{Intent: Fact, Want: WantReason, Words: "why were the dam talks adjourned", Occasion: "team went back"}},
		// Too few words would be left: the event is what it is about.
		{"what happened after the ceasefire", Question{Intent: Fact, Want: WantStatement}},
		{"who brokered the fishing pause", Question{Intent: Fact, Want: WantPerson, Act: "brokered"}},
		{"when was the fishing accord signed", Question{Intent: When, Want: WantDate, Act: "signed"}},
		{"whats the target deadline for a fishing accord", Question{Intent: Fact, Want: WantStatement, Head: "target deadline"}},
		{"which governments did the pentagon thank for the accord", Question{Intent: Fact, Want: WantPerson, Speaker: "the pentagon"}},
		{"what does kabul want lifted in the final deal", Question{Intent: Fact, Want: WantStatement, About: "kabul"}},
		// The United States is written "the United States", "U.S." or
		// "we": a word to find, not a name every statement must hold.
		{"what will the us do about the fishing quota", Question{Intent: Fact, Want: WantStatement, Words: "the us do about the fishing quota"}},
		{"what does america want from the harbour talks", Question{Intent: Fact, Want: WantStatement, Words: "america want from the harbour talks"}},
		// "who called X's remarks …" asks who said it, not what "who
		// called X" said: who said they were a stunt.
		{"who called the delta's remarks a stunt", Question{Intent: WhoSaid, Want: WantPerson, Words: "the delta's remarks a stunt"}},
		// One's thing: the one is asked about, the thing is asked.
		{"what is the delta's condition for talks", Question{Intent: Fact, Want: WantStatement, About: "delta", Words: "condition for talks"}},
		{"how many people fled the floods", Question{Intent: Fact, Want: WantNumber}},
		{"where was the negotiating team on may 3", Question{Intent: Fact, Want: WantPlace}},
		{"wheres the lake truce at", Question{Intent: Status, Want: WantStatus, Topic: "lake truce"}},
		// Where something was done is a place, not how the talks stand.
		{"where was the lake truce put together", Question{Intent: Fact, Want: WantPlace}},
		{"where was the fishing accord signed", Question{Intent: Fact, Want: WantPlace}},
		// "how long": a length of time; "long" is not what it is about.
		{"how long have the dam talks been going", Question{Intent: Fact, Want: WantDuration, Words: "how have the dam talks been going"}},
		{"how long did the lake truce last", Question{Intent: Fact, Want: WantDuration, Words: "how did the lake truce"}},
		{"which countries mediated the lake truce", Question{Intent: Fact, Want: WantPerson}},
		// "what X did Y report": what Y said of X.
		{"what progress did the river signatories report", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "the river signatories", Words: "progress"}},
		{"what concerns did the minister raise about the dam", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "the minister", Words: "concerns about the dam"}},
		// "who are the mediators for …": who mediated it.
		{"who are the mediators for the lake truce", Question{Intent: Fact, Want: WantPerson, Act: "mediated", Head: "mediators"}},
		{"who is the leader of the lake delegation", Question{Intent: Fact, Want: WantPerson, Act: "led", Head: "leader"}},
		// After "is", a word that is no participle is no verb: the thing
		// asked is named whole, no one did anything.
		{"what is the sticking point between delta and upland", Question{Intent: Fact, Want: WantStatement, Head: "sticking point"}},
		{"what was roe's message to the lake towns", Question{Intent: Fact, Want: WantStatement}},
		// "open" ends as "given" does, and is no participle.
		{"what is the open question between delta and upland", Question{Intent: Fact, Want: WantStatement, Head: "open question", Words: "what is the open question between delta and upland"}},
		{"what is delta demanding", Question{Intent: Fact, Want: WantStatement, About: "delta", Words: "demanding"}},
		// Whom someone saw is whom they met.
		{"who did roe see first in basel", Question{Intent: Fact, Want: WantPerson, Words: "who did roe meet first in basel"}},
		// Done now: the same act.
		{"who is brokering the lake truce", Question{Intent: Fact, Want: WantPerson, Act: "brokered"}},
		{"who chairs the lake commission", Question{Intent: Fact, Want: WantPerson, Act: "chaired"}},
		{"who is working on the lake truce", Question{Intent: Fact, Want: WantPerson}},
		// "when did X announce …": the words that announce it.
		{"when did roe announce the lake truce", Question{Intent: When, Want: WantDate, Speaker: "roe", Words: "announce the lake truce"}},
		// How often it was said is not who said it.
		{"what has delta always insisted about the dam", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "delta"}},
		// "who is X meeting with": a person asked for by a fact, not X's role.
		{"who is roe meeting with in basel", Question{Intent: Fact, Want: WantPerson}},
		{"when did delta and upland sign the water treaty", Question{Intent: When, Want: WantDate, Act: "sign"}},
		// A noun is not the verb: the subject runs to "agreement", the verb is "bring".
		{"what will the fishing agreement also bring to the lake towns", Question{Intent: Fact, Want: WantStatement, About: "fishing agreement", Words: "bring to the lake towns"}},
		{"what will the dam agreement bring", Question{Intent: Fact, Want: WantStatement, About: "dam agreement", Words: "bring"}},
		// Who travels with someone, and two people at once.
		{"what did the state dept officials with roe say about the trip", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "the state dept officials"}},
		{"when did roe and berry comment on the dam talks", Question{Intent: When, Want: WantDate, About: "roe and berry"}},
		// After "do", a word ending in "s" is a plural noun, not the verb.
		{"what do the lake towns want from delta", Question{Intent: Fact, Want: WantStatement, About: "lake towns", Words: "want from delta"}},
		// An office of two words stays whole.
		{"what did the white house want the lake talks to achieve", Question{Intent: Fact, Want: WantStatement, Speaker: "the white house"}},
		// What a speaker issued is the speaker's.
		{"what did the upland statement say about the dam", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "the upland"}},
		// A threat is said; "with X" is not a name; "per X" names who said it.
		{"what did roe threaten if the delta broke its promises", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "roe"}},
		{"who was with roe when she spoke on may 2 2019", Question{Intent: Fact, Want: WantPerson}},
		{"what will any dam deal have to rest on per the envoy", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "the envoy"}},
		{"status lake talks", Question{Intent: Status, Want: WantStatus, Topic: "lake"}},
		{"where do the lake talks stand as of june 2021", Question{Intent: Status, Want: WantStatus, Topic: "lake"}},
		{"any news on the dam negotiations", Question{Intent: Status, Want: WantStatus, Topic: "dam"}},
		// Typed in a hurry, without the apostrophe.
		{"whats happening with the dam talks", Question{Intent: Status, Want: WantStatus, Topic: "dam"}},
		{"whats the latest on the lake truce", Question{Intent: Status, Want: WantStatus, Topic: "lake truce"}},
		{"what's going on with the dam talks", Question{Intent: Status, Want: WantStatus, Topic: "dam"}},
		{"hows the lake truce going", Question{Intent: Status, Want: WantStatus, Topic: "lake truce"}},
		// "on" is no one who did something.
		{"what else is on the agenda of the dam call besides the corridor", Question{Intent: Fact, Want: WantStatement, Words: "what else is on the agenda of the dam call besides the corridor"}},
		// A role, then what it is for, however long.
		{"who is the union envoy for the dam talks in porto", Question{Intent: WhoIs, Want: WantRole, About: "union envoy for the dam talks in porto"}},
		// The role ends where what it is for begins, as rolePhrase reads
		// it: "of the president" too.
		{"who is the deputy special envoy of the president for the dam talks", Question{Intent: WhoIs, Want: WantRole, About: "deputy special envoy of the president for the dam talks"}},
		// A role of six words with nothing after it for what it is for
		// is no name, and asked as a fact.
		{"who is the acting deputy chief lake security envoy", Question{Intent: Fact, Want: WantPerson}},
		// A verb after "who", irregular or modal, asks who did it.
		{"who took the decision to pause the dam talks", Question{Intent: Fact, Want: WantPerson}},
		{"who must approve the lake truce", Question{Intent: Fact, Want: WantPerson}},
		// Asked yes or no: what was said, if anything.
		{"did roe comment on the dam talks", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "roe", Words: "the dam talks"}},
		{"has the envoy said anything about the ferries", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "the envoy"}},
		{"how are the dam negotiations progressing", Question{Intent: Status, Want: WantStatus, Topic: "dam"}},
		{"timeline dam", Question{Intent: Timeline, Want: WantStatus, Topic: "dam"}},
		{"quotes roe", Question{Intent: Quotes, Want: WantStatement, Speaker: "roe"}},
		{"latest quote from roe", Question{Intent: Quotes, Want: WantStatement, Speaker: "roe"}},
		{"most recent remarks by the envoy", Question{Intent: Quotes, Want: WantStatement, Speaker: "the envoy"}},
		// How lately is not what about.
		{"what has roe said recently", Question{Intent: WhatSaid, Want: WantStatement, Speaker: "roe"}},
		{"sources", Question{Intent: Sources, Want: WantStatement}},
		{"help", Question{Intent: Help, Want: WantStatement}},
		// Asked in the passive, the thing announced is no speaker.
		{"when was the lake truce extension announced", Question{Intent: When, Want: WantDate, Act: "announced"}},
	}
	for _, tt := range tests {
		p := Parse(tt.q)
		if strings.HasPrefix(tt.q, "when was") && p.Speaker != "" {
			t.Errorf("Parse(%q).Speaker = %q; want none", tt.q, p.Speaker)
		}
		w := tt.want
		bad := p.Intent != w.Intent || p.Want != w.Want ||
			w.Speaker != "" && p.Speaker != w.Speaker || w.About != "" && p.About != w.About || w.Words != "" && p.Words != w.Words ||
			w.Phrase != "" && (p.Phrase != w.Phrase || p.Verbatim != w.Verbatim) || w.Where != "" && p.Where != w.Where ||
			w.Topic != "" && p.Topic != w.Topic || w.AskedAbout != "" && p.AskedAbout != w.AskedAbout || w.First && !p.First ||
			w.Head != "" && p.Head != w.Head || w.Act != "" && p.Act != w.Act || p.Occasion != w.Occasion
		if bad {
			t.Errorf("Parse(%q) = %+v; want %+v", tt.q, p, w)
		}
	}
}

// TestParseFirstAndTailScope: "first" asks for the earliest only when it
// goes with the saying, and a date after a comma at the end of a "who
// said" question is its scope.
func TestParseFirstAndTailScope(t *testing.T) {
	for q, want := range map[string]bool{
		"when did roe first mention the lake map":                             true,
		"when did the ministry say the dam meeting was the first of its kind": false,
		"when did roe say the first round would open":                         false,
	} {
		if got := Parse(q).First; got != want {
			t.Errorf("Parse(%q).First = %v; want %v", q, got, want)
		}
	}
	if p := Parse("who said it is up to the rebels to agree, march 2024"); p.Scope.Year != 2024 || p.Scope.Month != 3 {
		t.Errorf("a date after a comma at the end: scope %+v", p.Scope)
	}
	// A letter that is longer in lower case before the date moves no
	// offset.
	if p := Parse("who said ȺȺȺȺ would resume, march 2024"); p.Scope.Year != 2024 || p.Scope.Month != 3 {
		t.Errorf("a date after a comma, after letters longer in lower case: scope %+v", p.Scope)
	}
	if p := Parse("who said we will not go back to the reality of october 6"); !p.Scope.IsZero() {
		t.Errorf("a date inside the words said became a scope: %+v", p.Scope)
	}
}

// TestDateLike: a question dateLike passes over is one none of the regular
// expressions of a date scope matches, so leaving them out changes no
// parse; and questions with a month or a year are not passed over.
func TestDateLike(t *testing.T) {
	words := []string{"who", "said", "the", "talks", "stalled", "Marchetti", "MAY", "Mayor", "in", "of", "the", "2024",
		"Sept.", "december", "Octavia", "since", "before", "as of", "JUNE", "julian", "truce", "deal", "3rd", "early", "Ñ", "ſeptember", "K"}
	r := rand.New(rand.NewSource(7))
	for range 5000 {
		n := 1 + r.Intn(8)
		var f []string
		for range n {
			f = append(f, words[r.Intn(len(words))])
		}
		q := strings.Join(f, " ")
		if dateLike(q) {
			continue
		}
		for _, re := range []*regexp.Regexp{monthScopeRE, yearScopeRE, yearThingRE} {
			if re.MatchString(q) {
				t.Fatalf("dateLike(%q) = false, but %v matches it", q, re)
			}
		}
	}
	for _, q := range []string{"what did Lopez say in March", "who said it before 2015", "talks on nov 21", "the 2022 truce", "as of Sept. 3"} {
		if !dateLike(q) {
			t.Errorf("dateLike(%q) = false", q)
		}
	}
}
