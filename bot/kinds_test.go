package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
)

// kindsBot answers from articles of our own on three sets of talks over
// ten years: a river-dam negotiation (2015), a port truce (2019) and a
// spokesperson's briefing on other matters (2023) that names the river
// states in passing.
func kindsBot(t testing.TB) *Bot {
	t.Helper()
	dam := corpus.Source{Title: "Background call on the Delta dam negotiations", Outlet: "U.S. Department of State", Published: "2015-07-03"}
	damNews := corpus.Source{Title: "Delta water treaty talks near a deadline", Outlet: "Wire", Published: "2015-06-20"}
	port := corpus.Source{Title: "Port truce to begin at dawn", Outlet: "The White House", Published: "2019-07-31"}
	brief := corpus.Source{Title: "Department Press Briefing", Outlet: "U.S. Department of State", Published: "2023-10-17"}
	analysis := corpus.Source{Title: "What a dam deal would mean", Outlet: "Wire", Published: "2015-07-05"}
	st := func(src corpus.Source, seq int, kind corpus.Kind, speaker, title, text, said string) corpus.Statement {
		return corpus.Statement{ID: src.Title + text, Kind: kind, Speaker: speaker, SpeakerTitle: title, Text: text, SaidOn: said, Source: src, Seq: seq}
	}
	stmts := []corpus.Statement{
		st(damNews, 0, corpus.Fact, "", "", "Negotiators from Delta and Upland met in Basel on the water treaty ahead of their target deadline of July 10", "2015-06-20"),
		st(damNews, 1, corpus.Fact, "", "", "Delta wants every quota on the river lifted in the final treaty", "2015-06-20"),
		st(dam, 0, corpus.Quote, "a senior administration official", "", "We are in Basel working on the treaty, and the next days will be long ones.", "2015-07-03"),
		st(dam, 1, corpus.Quote, "a senior administration official", "", "You will want to know every detail, and I will disappoint you on that today.", "2015-07-03"),
		st(port, 0, corpus.Fact, "the Press Secretary", "Press Secretary", "We urge both sides to respect the truce until it begins at 6:00 a.m. on Thursday, August 1, 2019", "2019-07-31"),
		st(brief, 0, corpus.Quote, "Miller", "State Department spokesperson", "I have nothing new on the hostage talks today.", "2023-10-17"),
		st(brief, 1, corpus.Quote, "Miller", "State Department spokesperson", "None of the money in these waivers goes to Delta or Upland.", "2023-10-17"),
		st(brief, 2, corpus.Quote, "Miller", "State Department spokesperson", "Both sides have committed violations of the truce in the port, we have seen.", "2023-10-17"),
		st(port, 1, corpus.Fact, "the Press Secretary", "Press Secretary", "Violations of the river quotas must stop", "2019-07-31"),
	}
	a := st(analysis, 0, corpus.Fact, "Center", "analyst Jane Roe of the", "A treaty would follow the Basel outline closely", "2015-07-05")
	a.Sentence = "A treaty would follow the Basel outline closely, said analyst Jane Roe of the Center on Water Policy."
	stmts = append(stmts, a)
	return botOf(t, stmts)
}

// TestAnswersByKind: each kind of question is answered by the statement
// that gives what it asks for.
func TestAnswersByKind(t *testing.T) {
	b := kindsBot(t)
	tests := []struct {
		q, text, said string
	}{
		// A day without a year is the latest such day the corpus has
		// anything on, not the latest on the calendar.
		{"what did the senior official on the july 3 call say about the details", "want to know every detail", "2015-07-03"},
		// A month that dates the event asked about, not the words: said
		// earlier, and naming that month.
		{"when is the port truce supposed to begin (aug 2019)", "Thursday, August 1", "2019-07-31"},
		// "first": the earliest of those that hold all the words asked
		// about, not an earlier statement on something else.
		{"when did the us first say the port truce was being violated", "violations of the truce in the port", "2023-10-17"},
		// "who is": the sentence that names them with their role.
		{"who is jane roe", "analyst Jane Roe of the Center on Water Policy", ""},
	}
	for _, tt := range tests {
		a := b.Ask(context.Background(), tt.q)
		if !a.Found || !strings.Contains(a.Items[0].Text, tt.text) || tt.said != "" && a.Items[0].SaidOn != tt.said {
			t.Errorf("%q: found %v %+v; want %q said on %q first", tt.q, a.Found, a.Items, tt.text, tt.said)
		}
	}
}

// TestStatusOfTheTalksNamed: a briefing on other matters that names the
// talks' parties in passing is not where those talks stand; one titled on
// them is, though it never uses every word of the question.
func TestStatusOfTheTalksNamed(t *testing.T) {
	b := kindsBot(t)
	a := b.Ask(context.Background(), "status delta water talks")
	if !a.Found || a.AsOf != "2015-07-03" || a.Items[0].Source.Title != "Background call on the Delta dam negotiations" {
		t.Errorf("status delta water talks: as of %q, %+v; want the 2015-07-03 background call", a.AsOf, a.Items)
	}
}

// TestParaphrase: a question in other words than the text's is matched
// through WordNet (an irregular form, an adjective of place, a capital for
// its country), and a loose synonym alone does not make an answer.
func TestParaphrase(t *testing.T) {
	src := corpus.Source{Title: "Floods and a truce plan in the south", Outlet: "Wire", Published: "2022-09-12"}
	aid := corpus.Source{Title: "Donors meet on reconstruction", Outlet: "Wire", Published: "2022-09-14"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2022-09-12", Source: src, Speaker: "the UN refugee agency",
			Text: "more than 40,000 people in Chad have had to flee their homes since the rains began"},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2022-09-12", Source: src, Speaker: "a government adviser",
			Text: "Afghanistan wants every sanction on its central bank lifted before any final agreement"},
		{ID: "3", Kind: corpus.Quote, Seq: 0, SaidOn: "2022-09-14", Source: aid, Speaker: "a donor official",
			Text: "There is a real desire for change in the region, and we are here to help."},
	}
	b := botOf(t, stmts)
	tests := []firstCase{
		{"how many chadians fled their homes", "40,000 people in Chad"},
		{"what does kabul want lifted in the final deal", "Afghanistan wants every sanction"},
		// "exchange" and "change" share a sense, loosely: not enough.
		{"when is the prisoner exchange scheduled", ""},
	}
	checkFirst(t, b, tests)
}

// TestSpeakerInOtherWords: a speaker asked for by an office, or in other
// words than the article's, and a request asked for in short forms.
func TestSpeakerInOtherWords(t *testing.T) {
	def := corpus.Source{Title: "Secretary of Defense call with a counterpart", Outlet: "U.S. Department of Defense", Published: "2022-03-02"}
	news := corpus.Source{Title: "Chad talks open in the capital", Outlet: "Wire", Published: "2022-03-04"}
	hearing := corpus.Source{Title: "Envoy testifies on sanctions", Outlet: "Wire", Published: "2022-03-05"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2022-03-02", Source: def, Speaker: "Jane Doe", SpeakerTitle: "Secretary of Defense",
			Text: "He thanked the governments of Norway and Kenya for their roles in reaching the prisoner agreement"},
		{ID: "2", Kind: corpus.Fact, Seq: 0, SaidOn: "2022-03-04", Source: news, Speaker: "opponents of the government",
			Text: "the groups were wary of secret meetings held without them on the future of the south"},
		{ID: "3", Kind: corpus.Fact, Seq: 1, SaidOn: "2022-03-04", Source: news, Speaker: "a government spokesman",
			Text: "the talks on the south would go on for a week"},
		{ID: "4", Kind: corpus.Fact, Seq: 0, SaidOn: "2022-03-05", Source: hearing, Speaker: "Ann Roe", SpeakerTitle: "special envoy",
			Text: "other governments to join the sanctions on the militia's suppliers"},
	}
	b := botOf(t, stmts)
	tests := []firstCase{
		{"which governments did the pentagon thank for the prisoner agreement", "governments of Norway and Kenya"},
		{"what did the chadian opposition say about secret meetings", "wary of secret meetings"},
		{"roe - what did she ask other govts to do", "join the sanctions"},
		// The place must be the article's: the talks in Chad are not Kenya's.
		{"what did the kenyan opposition say about secret meetings", ""},
	}
	checkFirst(t, b, tests)
}

// TestAnswerNamesWhatIsAsked: "what's the X for Y" is answered by the
// statement that names X; "who <verb>ed …" by the one that says who did
// it; "where was …" by the one that names a place.
func TestAnswerNamesWhatIsAsked(t *testing.T) {
	src := corpus.Source{Title: "Lake states discuss a fishing accord", Outlet: "Wire", Published: "2021-04-14"}
	brief := corpus.Source{Title: "Background call on the lake talks", Outlet: "Ministry of Foreign Affairs", Published: "2021-05-03"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2021-04-14", Source: src,
			Text: "Negotiators from the three lake states are holding a new round of talks on a long-term fishing accord"},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2021-04-14", Source: src,
			Text: "They met in the morning to start drafting, with a target deadline of June 30 for the accord"},
		{ID: "3", Kind: corpus.Fact, Seq: 2, SaidOn: "2021-04-14", Source: src,
			Text: "A pause in the fishing war along the southern shore has largely held, with a few violations reported by UN-brokered monitors"},
		{ID: "4", Kind: corpus.Fact, Seq: 3, SaidOn: "2021-04-14", Source: src,
			Text: "The fishing pause was brokered by Norway and Kenya last month"},
		{ID: "5", Kind: corpus.Quote, Seq: 0, SaidOn: "2021-05-03", Source: brief, Speaker: "the moderator",
			Text: "We have with us today our senior official, who is in Geneva with the negotiating team."},
		{ID: "6", Kind: corpus.Quote, Seq: 1, SaidOn: "2021-05-03", Source: brief, Speaker: "a senior official",
			Text: "Let me tell you where we are in the negotiations as a team, and what the next weeks look like."},
	}
	b := botOf(t, stmts)
	tests := []firstCase{
		{"whats the target deadline for a long-term fishing accord", "target deadline of June 30"},
		{"who brokered the southern fishing pause", "brokered by Norway and Kenya"},
		{"where was the negotiating team on may 3", "in Geneva"},
		{"when was the fishing pause brokered", "brokered by Norway"},
		// Nothing says the accord was signed: no day for it.
		{"when was the long-term fishing accord signed", ""},
	}
	checkFirst(t, b, tests)
}

// TestTruceNamedByItsDate: "who brokered the may 2019 truce" and "who
// mediated the 2018 truce" are answered from what was said of the truce of
// that month or year, which does not repeat its date, and a question put
// as "who <verb>ed" keeps a bare date at its end as a scope.
func TestTruceNamedByItsDate(t *testing.T) {
	old := corpus.Source{Title: "Welcoming the harbor truce", Outlet: "Ministry of Foreign Affairs", Published: "2018-08-07"}
	next := corpus.Source{Title: "Statement on the harbor truce", Outlet: "The Palace", Published: "2019-05-13"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2018-08-07", Source: old,
			Text: "We are grateful for the tireless efforts by Norland in helping to mediate this agreement"},
		{ID: "2", Kind: corpus.Fact, Seq: 0, SaidOn: "2019-05-13", Source: next,
			Text: "We welcome tonight's truce between the harbor militias, brokered by the government of Sudland"},
		{ID: "3", Kind: corpus.Fact, Seq: 1, SaidOn: "2019-05-13", Source: next,
			Text: "Our envoys worked with partners around the clock"},
	}
	b := botOf(t, stmts)
	checkFirst(t, b, []firstCase{
		{"who brokered the may 2019 harbor truce", "brokered by the government of Sudland"},
		{"who brokered the harbor truce may 2019", "brokered by the government of Sudland"},
		{"who mediated the 2018 harbor truce", "helping to mediate this agreement"},
		{"who mediated the august 2018 harbor truce", "helping to mediate this agreement"},
		// A count of the truce named by its date is where the date is.
		{"how many envoys worked on the may 2019 harbor truce", ""},
	})
}

// TestDoubledLettersAndAid: a name asked with its doubled letters written
// once is that name ("morisey" for Morrissey), and "how much aid" is
// answered by a sum of assistance.
func TestDoubledLettersAndAid(t *testing.T) {
	src := corpus.Source{Title: "Readout of the envoy's meeting", Outlet: "Ministry of Foreign Affairs", Published: "2022-03-02"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2022-03-02", Source: src, Speaker: "Lena Morrissey", SpeakerTitle: "Special Envoy",
			Text: "The people of the valley want the world to do more for them."},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2022-03-02", Source: src, Speaker: "Lena Morrissey", SpeakerTitle: "Special Envoy",
			Text: "the envoy pointed to more than $3 billion in assistance in the relief bill the council passed in May"},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"what did morisey say", "want the world to do more"},
		{"what did morisey say the valley people want", "want the world to do more"},
		{"how much aid was in the relief bill the council passed", "$3 billion in assistance"},
	})
}

// TestWhoAreTheRole: "who are the observers at the talks" is answered by
// the statement that names the observers, not by one that says more of
// the talks; "who are the mediators for the truce" as "who mediated it".
func TestWhoAreTheRole(t *testing.T) {
	invite := corpus.Source{Title: "Envoy invites the river factions to talks", Outlet: "Wire", Published: "2022-07-24"}
	open := corpus.Source{Title: "River talks open in Lisbon", Outlet: "Wire", Published: "2022-08-16"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2022-07-24", Source: invite,
			Text: "The talks will include observers from the Lake League, Norland and the Red Cross, with Sudland as a co-host"},
		{ID: "2", Kind: corpus.Fact, Seq: 0, SaidOn: "2022-08-16", Source: open,
			Text: "Talks on the river crisis in Westmark, co-hosted by Sudland and Portugal, have opened in Lisbon"},
		{ID: "3", Kind: corpus.Fact, Seq: 1, SaidOn: "2022-08-16", Source: open,
			Text: "The river truce was mediated by Norland and the Lake League last spring"},
		{ID: "4", Kind: corpus.Fact, Seq: 2, SaidOn: "2022-08-16", Source: open,
			Text: "The Westmark delegation, which came by sea, was led by Ivo Berg"},
		{ID: "5", Kind: corpus.Fact, Seq: 3, SaidOn: "2022-08-16", Source: open,
			Text: "The Westmark delegation brought twelve members and a delegation of farmers from the Westmark hills"},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"who are the observers at the westmark talks in portugal", "observers from the Lake League"},
		{"who are the mediators for the river truce", "mediated by Norland"},
		{"who were the mediators of the river truce", "mediated by Norland"},
		// "the leader": who "led" it, as the text says it.
		{"who was the leader of the westmark delegation", "led by Ivo Berg"},
	})
}

// TestWhenAnnounced: "when did X announce Y" is answered by X's words
// that announce it, not by others of X's on Y said later.
func TestWhenAnnounced(t *testing.T) {
	src := corpus.Source{Title: "Upland and Delta agree to a truce", Outlet: "Wire", Published: "2025-05-10"}
	later := corpus.Source{Title: "Upland and Delta truce holds", Outlet: "Wire", Published: "2025-05-12"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2025-05-10", Source: src, Speaker: "Dale Ortiz", SpeakerTitle: "President",
			Text: "I am pleased to announce that Upland and Delta have agreed to a full truce."},
		{ID: "2", Kind: corpus.Quote, Seq: 0, SaidOn: "2025-05-12", Source: later, Speaker: "Dale Ortiz", SpeakerTitle: "President",
			Text: "The Upland Delta truce is holding, and both sides deserve credit."},
	}
	b := botOf(t, stmts)
	a := b.Ask(context.Background(), "when did ortiz announce the upland delta truce")
	if !a.Found || a.Items[0].SaidOn != "2025-05-10" {
		t.Errorf("when did ortiz announce the truce: %+v; want the words of 2025-05-10 first", a.Items)
	}
}

// TestReadoutCounterpart: in a readout of a meeting, what the other side
// reported is theirs, asked by their name; the principal's own words and
// a sentence that only names a third party are not.
func TestReadoutCounterpart(t *testing.T) {
	src := corpus.Source{Title: "Secretary Roe's Meeting with the Lake Accord Signatories", Outlet: "Ministry of Foreign Affairs", Published: "2023-03-15"}
	where := "meeting with Lake Accord Signatories"
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2023-03-15", Source: src, Speaker: "Roe", SpeakerTitle: "Secretary", Where: where, Mention: "Secretary Roe",
			Text: "Secretary Roe met with the signatories of the Lake Accord"},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2023-03-15", Source: src, Speaker: "Roe", SpeakerTitle: "Secretary", Where: where,
			Text: "Government of Westmark envoy Ana Lind and rebel spokesman Ivo Berg shared the progress achieved so far: the guns are silent and aid is moving"},
		{ID: "3", Kind: corpus.Fact, Seq: 2, SaidOn: "2023-03-15", Source: src, Speaker: "Roe", SpeakerTitle: "Secretary", Where: where, Mention: "The Secretary",
			Text: "The Secretary stressed that progress on the dam must continue"},
		{ID: "4", Kind: corpus.Fact, Seq: 3, SaidOn: "2023-03-15", Source: src, Speaker: "Roe", SpeakerTitle: "Secretary", Where: where, Mention: "They",
			Text: "They agreed that the onus is on the Delta Front to disarm"},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"what progress did the westmark signatories report", "the guns are silent"},
		{"what did the delta front say about disarming", ""},
	})
}

// TestWhenLightVerb: "when did X get to Y" and "when did X host Y" are
// answered by "X arrived in Y", "X met Y": a light verb, or hosting for
// meeting, does not rule out the sentence that says what happened.
func TestWhenLightVerb(t *testing.T) {
	src := corpus.Source{Title: "Envoy in Rome for lake talks", Outlet: "Wire", Published: "2024-11-19"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2024-11-19", Source: src, Text: "Envoy Ivo Berg arrived Tuesday in Rome for the lake talks"},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2024-11-20", Source: src, Speaker: "Ana Lind", SpeakerTitle: "Minister",
			Text: "Minister Ana Lind met with Envoy Ivo Berg at the Palace today"},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"when did berg get to rome", "arrived Tuesday in Rome"},
		{"when did lind host berg at the palace", "met with Envoy Ivo Berg"},
	})
}

// TestNameWrittenTwoWays: an article that writes one person's name two
// ways, two letters swapped, gives both spellings' words to either.
func TestNameWrittenTwoWays(t *testing.T) {
	src := corpus.Source{Title: "Envoy: lake talks to start Friday", Outlet: "Wire", Published: "2016-01-25"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2016-01-25", Source: src, Speaker: "Ivo Bergamo", SpeakerTitle: "envoy",
			Text: "fishers and farmers, long absent from the lake talks, will be present in large numbers"},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2016-01-25", Source: src, Speaker: "Bregamo",
			Text: "the first aim of the lake talks will be a broad truce"},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"what did bregamo say about farmers at the lake talks", "fishers and farmers"},
	})
}

// TestHowLong: "how long" is answered by a length of time, best one that
// runs ("for a year"), not by a number of something else nor by the word
// "long".
func TestHowLong(t *testing.T) {
	src := corpus.Source{Title: "Lake fishing talks drag on", Outlet: "Wire", Published: "2021-06-01"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2021-06-01", Source: src,
			Text: "Delegates from three lake states held another long session on the fishing talks"},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2021-06-01", Source: src,
			Text: "A 12-hour pause in the fishing talks let the delegates rest"},
		{ID: "3", Kind: corpus.Fact, Seq: 2, SaidOn: "2021-06-01", Source: src,
			Text: "The lake states have been in fishing talks for more than a year"},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"how long have the lake fishing talks been going", "for more than a year"},
		{"how long have the lake states been talking about fishing", "for more than a year"},
	})
}

// TestRareWordsFirst: of two statements that hold as many of the
// question's words, the one holding its rare word comes first; a name
// misspelt by a letter is the name, one two letters off in a short name is
// another person; a synonym of two words counts only whole ("United
// Kingdom" is not met by "United States").
func TestRareWordsFirst(t *testing.T) {
	src := corpus.Source{Title: "Background call", Outlet: "Ministry of Foreign Affairs", Published: "2016-03-02"}
	news := corpus.Source{Title: "Delta dam sanctions", Outlet: "Wire", Published: "2016-03-04"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2016-03-02", Source: src, Speaker: "Tom Berry", SpeakerTitle: "senior official",
			Text: "The Delta dam talks went late again, and the Delta team is tired of the talks."},
		{ID: "2", Kind: corpus.Quote, Seq: 1, SaidOn: "2016-03-02", Source: src, Speaker: "Tom Berry", SpeakerTitle: "senior official",
			Text: "Both sides know this is a decisive moment for the talks."},
		{ID: "3", Kind: corpus.Fact, Seq: 0, SaidOn: "2016-03-04", Source: news, Speaker: "Ann Roe", SpeakerTitle: "envoy",
			Text: "other governments should join the United States in its dam sanctions"},
		{ID: "4", Kind: corpus.Fact, Seq: 1, SaidOn: "2016-03-04", Source: news, Speaker: "Ann Roe", SpeakerTitle: "envoy",
			Text: "the United Kingdom is weighing whether to follow"},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"what did the senior official say about this moment in the delta talks", "decisive moment"},
		{"what did tom bery say about the moment", "decisive moment"},
		{"what did tom birdy say about the moment", ""},
		{"what did tom brery say about the moment", "decisive moment"},
		{"what did the envoy say about the uk", "United Kingdom is weighing"},
	})
}

// TestInitialsAndFullName: a body asked for by its initials is met by its
// name in full, ahead of a statement that only lists its initials.
func TestInitialsAndFullName(t *testing.T) {
	src := corpus.Source{Title: "Department Press Briefing", Outlet: "Ministry of Foreign Affairs", Published: "2019-06-04"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2019-06-04", Source: src, Speaker: "Ivo Marsh", SpeakerTitle: "spokesperson",
			Text: "The United Arab Emirates said the lake plan is workable and both sides must seize it."},
		{ID: "2", Kind: corpus.Quote, Seq: 1, SaidOn: "2019-06-04", Source: src, Speaker: "Ivo Marsh", SpeakerTitle: "spokesperson",
			Text: "Norland welcomed the initiative, and the ministers of Jordan, the UAE and Qatar met on the lake plan."},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"what did marsh say the uae thought of the lake plan", "workable"},
	})
}

// TestThatDeal: a statement that names what it is about only as "that
// deal" or "the framework" is about what the sentence before it named.
func TestThatDeal(t *testing.T) {
	src := corpus.Source{Title: "Envoys in the capital", Outlet: "Wire", Published: "2018-04-02"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2018-04-02", Source: src,
			Text: "Bringing back the 2009 river truce is harder since the cabinet fell."},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2018-04-02", Source: src,
			Text: "Former President Ana Ruiz and her party negotiated that deal, in part through their ties to the rebels."},
		{ID: "3", Kind: corpus.Fact, Seq: 2, SaidOn: "2018-04-02", Source: src,
			Text: "The 2009 river truce was a fragile one, with the rebels and the cabinet often at odds over its terms."},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"who negotiated the 2009 river truce", "negotiated that deal"},
	})
}

// TestNotSaidNotCounted: "how many X" needs a number of X; "who said …"
// in words nobody in the corpus used is not a paraphrase of someone.
func TestNotSaidNotCounted(t *testing.T) {
	src := corpus.Source{Title: "Delta treaty talks", Outlet: "Wire", Published: "2017-05-02"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2017-05-02", Source: src, Speaker: "Ann Roe", SpeakerTitle: "envoy",
			Text: "Many of our engineers have been here for 40 days working on the Delta treaty."},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2017-05-02", Source: src, Speaker: "Tom Berry", SpeakerTitle: "analyst",
			Text: "a treaty would cut the turbines on the Delta dam and close the spillway"},
		{ID: "3", Kind: corpus.Quote, Seq: 2, SaidOn: "2017-05-02", Source: src, Speaker: "Ann Roe", SpeakerTitle: "envoy",
			Text: "The treaty talks have run for three weeks without a break."},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"how many turbines would delta keep under the treaty", ""},
		{"how many days have the engineers been working on the treaty", "for 40 days"},
		{"who said the delta treaty is a grave blunder", ""},
		// A number in digits is the same number in words.
		{"what did roe say about the treaty talks running 3 weeks", "for three weeks"},
		{"what did roe say about the treaty talks running 5 weeks", ""},
		{"who said a treaty would shut the spillway", "close the spillway"},
	})
}

// TestDayInTheWords: "after June 30" in a question may be what was said,
// not when: with nothing by that speaker after it, the statement that
// names the day. The words of a question that name who spoke are met by
// the speaker.
func TestDayInTheWords(t *testing.T) {
	call := corpus.Source{Title: "Background call", Outlet: "Ministry of Foreign Affairs", Published: "2015-06-29"}
	later := corpus.Source{Title: "Press briefing", Outlet: "Ministry of Foreign Affairs", Published: "2016-02-10"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2015-06-29", Source: call, Speaker: "a senior official",
			Text: "The teams plan to remain in Basel past June 30th to keep working."},
		{ID: "2", Kind: corpus.Quote, Seq: 1, SaidOn: "2015-06-29", Source: call, Speaker: "a senior official",
			Text: "I have been here in Basel myself for over a week now."},
		{ID: "3", Kind: corpus.Quote, Seq: 0, SaidOn: "2016-02-10", Source: later, Speaker: "Ann Roe", SpeakerTitle: "spokesperson",
			Text: "Nobody is staying in Basel this week."},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"what did the senior official say about staying in basel after june 30", "past June 30th"},
		{"how long had the senior official been in basel", "over a week"},
	})
}

// TestMoreWordsFirst: a statement holding more of the question's words
// comes before one that repeats fewer of them.
func TestMoreWordsFirst(t *testing.T) {
	src := corpus.Source{Title: "Delta talks resume", Outlet: "Wire", Published: "2019-03-11"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2019-03-11", Source: src,
			Text: "Delta talks: Delta and Upland open Delta talks to end the Delta talks stalemate"},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2019-03-11", Source: src,
			Text: "Previous pauses have fallen apart quickly, and earlier rounds of talks ended with little progress"},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"how did previous delta talks end", "Previous pauses"},
	})
}

// TestPersonNamedInTheWords: a person the corpus quotes, named in a
// question that is not asked of them, is better met than not.
func TestPersonNamedInTheWords(t *testing.T) {
	src := corpus.Source{Title: "River report", Outlet: "Wire", Published: "2020-08-03"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2020-08-03", Source: src, Speaker: "Tom Berry", SpeakerTitle: "analyst",
			Text: "The river report is due out next week, the river report on the dams."},
		{ID: "2", Kind: corpus.Quote, Seq: 1, SaidOn: "2020-08-03", Source: src, Speaker: "Ann Roe", SpeakerTitle: "envoy",
			Text: "You will have my river report on Thursday."},
	}
	src2 := corpus.Source{Title: "Cabinet approves pause", Outlet: "Wire", Published: "2020-08-04"}
	stmts = append(stmts, corpus.Statement{ID: "3", Kind: corpus.Fact, Seq: 0, SaidOn: "2020-08-04", Source: src2,
		Speaker: "two people familiar with the river talks", Text: "the cabinet could resume the shelling at any time"})
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"when will roe give her river report", "on Thursday"},
		// A source named by a description is not a person named.
		{"when do the lake fishing talks in basel resume", ""},
	})
}

// TestFactInTheWholeSentence: when only part of a sentence is attributed
// and the rest answers the question, the answer is the whole sentence.
func TestFactInTheWholeSentence(t *testing.T) {
	src := corpus.Source{Title: "River states at odds", Outlet: "Wire", Published: "2020-09-01"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2020-09-01", Source: src, Speaker: "Ana Ruiz", SpeakerTitle: "Prime Minister",
			Text:     "the river pact a betrayal of the valley",
			Sentence: "And friction between Delta and Upland has grown since the dam was filled, with Prime Minister Ana Ruiz calling the river pact a betrayal of the valley."},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2020-09-01", Source: src,
			Text: "Delta and Upland share the river."},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"why has friction between delta and upland grown", "since the dam was filled"},
		// Asked what she said, her words.
		{"what did ruiz say about the river pact", "the river pact a betrayal"},
	})
}

// TestDirections: "southern" is "the south".
func TestDirections(t *testing.T) {
	src := corpus.Source{Title: "Valley truce", Outlet: "Wire", Published: "2020-10-01"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2020-10-01", Source: src, Text: "The truce in the north of the valley is holding."},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2020-10-01", Source: src, Text: "The truce in the south of the valley is holding."},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"is the southern valley truce holding", "in the south"},
		{"is the truce in the northern valley holding", "in the north"},
	})
}

// TestMonthNamed: of statements said in the month asked about, the one
// that names it.
func TestMonthNamed(t *testing.T) {
	src := corpus.Source{Title: "Dam deal deadline looms", Outlet: "Wire", Published: "2015-11-18"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2015-11-18", Source: src, Text: "The first deadline for a broader dam deal had been July."},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2015-11-18", Source: src, Text: "They have under a week to reach an accord before the November 24 deadline."},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"whats the deadline for the dam deal in november 2015", "November 24"},
	})
}

// TestThingNamedByItsDate: "the March 2009 accord" names a thing, not
// the time the words were said.
func TestThingNamedByItsDate(t *testing.T) {
	src := corpus.Source{Title: "Readout of a call", Outlet: "Ministry of Foreign Affairs", Published: "2014-06-02"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2014-06-02", Source: src, Speaker: "Ana Ruiz", SpeakerTitle: "Prime Minister",
			Text: "a lasting end to the fighting, based on the March 2009 river accord"},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2014-06-02", Source: src, Speaker: "Ana Ruiz", SpeakerTitle: "Prime Minister",
			Text: "her support for the river accord talks"},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"what did ruiz say about the march 2009 river accord", "March 2009 river accord"},
		{"what did ruiz say about the march 2010 river accord", ""},
	})
}

// TestTypos: a word no statement holds, a letter or a swap away from one
// that statements hold, is read as that word.
func TestTypos(t *testing.T) {
	src := corpus.Source{Title: "Lake states", Outlet: "Wire", Published: "2021-02-02"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2021-02-02", Source: src, Speaker: "Ann Roe", SpeakerTitle: "envoy",
			Text: "The fishing pauses have let the boats bring in supplies."},
		{ID: "2", Kind: corpus.Quote, Seq: 1, SaidOn: "2021-02-02", Source: src, Speaker: "Ann Roe", SpeakerTitle: "envoy",
			Text: "There are 12 waivers issued for the lake ferries."},
		{ID: "3", Kind: corpus.Quote, Seq: 2, SaidOn: "2021-02-02", Source: src, Speaker: "Ann Roe", SpeakerTitle: "envoy",
			Text: "We will talk again on Friday."},
		{ID: "4", Kind: corpus.Fact, Seq: 3, SaidOn: "2021-02-02", Source: src,
			Text: "The boats stayed in port while the storm passed."},
	}
	b := botOf(t, stmts)
	if a := b.Ask(context.Background(), "sttaus lake talks"); a.Intent != Status {
		t.Errorf("sttaus lake talks: intent %s; want status", a.Intent)
	}
	checkFirst(t, b, []firstCase{
		{"what did roe say the fishng pauses did", "let the boats bring in supplies"},
		{"how many waivres were issued for the ferries", "12 waivers"},
		// Words of asking too: a command, an adverb.
		{"sttaus lake talks", "fishing pauses"},
		{"what has roe alawys said about the ferries", "12 waivers"},
		// An English word no statement holds is not a misspelling: "white"
		// is not "while".
		{"what did the white ferries bring while the pauses held", ""},
	})
}

// TestShortAndNameTypos: a short word with a letter left out ("trno" for
// "Tarno"), and a speaker's name with a letter left out or two swapped,
// are read as the word; a short word is not read as a speaker's name.
func TestShortAndNameTypos(t *testing.T) {
	src := corpus.Source{Title: "Tarno talks open", Outlet: "Wire", Published: "2021-03-02"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2021-03-02", Source: src, Speaker: "Edmon Varga", SpeakerTitle: "ambassador-at-large",
			Text: "The talks in Tarno will go on through the week."},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2021-03-02", Source: src,
			Text: "The Tarno ceasefire has held since Monday, monitors said"},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"status trno", "talks in Tarno"},
		{"what did emdon varga say about the talks", "go on through the week"},
		{"when did edmn varga say the talks would go on", "go on through the week"},
	})
}

// TestPlaceNotAsked: "where did Delta and Upland meet" is answered by
// the place they met, not by "from Delta".
func TestPlaceNotAsked(t *testing.T) {
	src := corpus.Source{Title: "Fishing talks", Outlet: "Wire", Published: "2021-04-14"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2021-04-14", Source: src,
			Text: "Negotiators from Delta and Upland will meet again to talk about fishing"},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2021-04-14", Source: src,
			Text: "Delta and Upland met in Basel to start drafting"},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"where did delta and upland meet", "in Basel"},
	})
}

// TestWhoSaidWordsWithADate: a year inside the words of "who …" is part
// of the words when nothing was said in that year.
func TestWhoSaidWordsWithADate(t *testing.T) {
	src := corpus.Source{Title: "Donors and the campaign", Outlet: "Wire", Published: "2016-09-30"}
	stmts := []corpus.Statement{{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2016-09-30", Source: src, Speaker: "a campaign treasurer",
		Text: "Most gifts were $50 or less. In 2008, a third of the money came from such gifts"}}
	b := botOf(t, stmts)
	a := b.Ask(context.Background(), "who $50 or less. in 2008, a third of the money")
	if !a.Found || a.Items[0].Speaker != "a campaign treasurer" {
		t.Errorf("found %v %+v; want the treasurer", a.Found, a.Items)
	}
}

// botOf is a bot over stmts in an in-memory index closed with the test.
func botOf(t testing.TB, stmts []corpus.Statement) *Bot {
	t.Helper()
	ix, err := index.New(stmts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(ix, Options{})
}

// firstCase is a question and words its first item must hold; no words:
// nothing may be found.
type firstCase struct{ q, text string }

// checkFirst asks each question and checks the first item, or that nothing
// was found.
func checkFirst(t *testing.T, b *Bot, cases []firstCase) {
	t.Helper()
	for _, tt := range cases {
		a := b.Ask(context.Background(), tt.q)
		if tt.text == "" {
			if a.Found {
				t.Errorf("%q: found %+v; want nothing", tt.q, a.Items)
			}
			continue
		}
		if !a.Found || !strings.Contains(a.Items[0].Text, tt.text) {
			t.Errorf("%q: found %v %+v; want %q first", tt.q, a.Found, a.Items, tt.text)
		}
	}
}

// freshBot answers from articles of our own written in the ways of real
// reporting that fresh questions found the bot unready for: two briefings a
// year apart on the same day of the year, an envoy's shuttle talks.
func freshBot(t testing.TB) *Bot {
	t.Helper()
	brief := corpus.Source{Title: "Department Press Briefing", Outlet: "U.S. Department of State", Published: "2030-11-20"}
	envoy := corpus.Source{Title: "Envoy reports progress in Ostra talks", Outlet: "Wire", Published: "2031-11-20"}
	round := corpus.Source{Title: "First round ends early", Outlet: "Wire", Published: "2031-05-16"}
	river := corpus.Source{Title: "Northern negotiators resume river talks", Outlet: "Wire", Published: "2031-07-16"}
	lima := corpus.Source{Title: "Chile and Peru end a first round of border talks without a truce", Outlet: "Wire", Published: "2031-06-02"}
	st := func(src corpus.Source, seq int, kind corpus.Kind, speaker, text string) corpus.Statement {
		return corpus.Statement{ID: src.Title + text, Kind: kind, Speaker: speaker, Text: text, SaidOn: src.Published, Source: src, Seq: seq}
	}
	marek := st(round, 1, corpus.Quote, "Ivo Marek", "Each side will put its own plan for a truce in writing.")
	marek.SpeakerTitle = "leader of the Salo delegation"
	marek.Sentence = "Ivo Marek, the leader of the Salo delegation, said: “Each side will put its own plan for a truce in writing.”"
	return botOf(t, []corpus.Statement{
		st(brief, 0, corpus.Quote, "Miller", "We keep talking with the government about aid, and we want to see longer pauses in the fighting."),
		st(brief, 1, corpus.Quote, "Miller", "I will not get into the details of the captive talks from this podium."),
		st(envoy, 0, corpus.Quote, "Rosa Vey", "The meeting today built on the one yesterday and made more progress."),
		st(envoy, 1, corpus.Fact, "Rosa Vey", "she would travel to Ostra City later in the evening"),
		st(envoy, 2, corpus.Fact, "Rosa Vey", "the Ostra truce talks would go on next week"),
		st(envoy, 3, corpus.Fact, "Rosa Vey", "the plan the north put forward on March 3 was a good start"),
		st(round, 0, corpus.Fact, "", "The talks in Port Salo took under two hours"),
		marek,
		st(river, 2, corpus.Fact, "the foreign ministry", "it objected to a general leading a delegation from the bloc"),
		st(river, 0, corpus.Fact, "", "Negotiators from the north have gone back to Salo to resume the river talks"),
		st(river, 1, corpus.Fact, "", "The river talks were adjourned last month because both sides broke the truce"),
		{ID: "lima2", Kind: corpus.Fact, Text: "The border war has displaced more than 70,000 people inside the country", SaidOn: "2031-06-02", Source: lima, Seq: 1},
		{ID: "lima3", Kind: corpus.Fact, Speaker: "the Andean Health Organization", Text: "The fighting has left more than 600 people dead", SaidOn: "2031-06-02", Source: lima, Seq: 2},
		{ID: "plan1", Kind: corpus.Fact, Speaker: "Tomas Lind", Text: "the accord would be signed in mid-June at the palace", SaidOn: "2031-05-14", Source: corpus.Source{Title: "Lind sets a date for the accord", Outlet: "Wire", Published: "2031-05-14"}},
		{ID: "border1", Kind: corpus.Fact, Text: "Under the crossing accord, which had no effect on prices, trucks of grain and fuel went through", SaidOn: "2031-06-15", Source: corpus.Source{Title: "Crossing reopens", Outlet: "Wire", Published: "2031-06-15"}},
		{ID: "lima4", Kind: corpus.Fact, Text: "Clashes went on for hours before the Chile and Peru talks", SaidOn: "2031-06-02", Source: lima, Seq: 3},
		{ID: "lima5", Kind: corpus.Fact, Text: "Talks between Chile and Peru began on June 2 in Lima", SaidOn: "2031-06-02", Source: lima, Seq: 4},
		{ID: "lima6", Kind: corpus.Fact, Text: "Phase one of the deal will last six weeks and free 30 captives", SaidOn: "2031-06-02", Source: lima, Seq: 5},
		{ID: "varos1", Kind: corpus.Quote, Speaker: "Kara Thani", SpeakerTitle: "prime minister of Varos", Text: "The deal will begin on Sunday.", SaidOn: "2031-01-15", Source: corpus.Source{Title: "Varos announces a deal", Outlet: "Wire", Published: "2031-01-15"}},
		{ID: "lima1", Kind: corpus.Quote, Speaker: "Dara Osk", SpeakerTitle: "Peruvian delegation’s defence minister", Text: "We have decided to trade 2,000 captives each, and the papers will follow.", SaidOn: "2031-06-02", Source: lima},
	})
}

// TestWhoHoldsRole: "who is the <role>" is the speaker whose title names
// that role and fits its other words; nobody when none does.
func TestWhoHoldsRole(t *testing.T) {
	b := freshBot(t)
	for _, tt := range []struct{ q, speaker string }{
		{"who is the peruvian defence minister", "Dara Osk"},
		{"who is the chilean defence minister", ""},
		{"who is the peruvian delegation spokesman", ""},
	} {
		a := b.Ask(context.Background(), tt.q)
		switch {
		case tt.speaker == "" && a.Found:
			t.Errorf("%q: found %+v; want nobody", tt.q, a.Items)
		case tt.speaker != "" && (!a.Found || a.Items[0].Speaker != tt.speaker):
			t.Errorf("%q: found %v %+v; want %s", tt.q, a.Found, a.Items, tt.speaker)
		}
	}
}

// TestFreshKinds: kinds of question fresh question sets asked.
func TestFreshKinds(t *testing.T) {
	checkFirst(t, freshBot(t), []firstCase{
		// A day without a year, when the latest such day has only others:
		// the one before it on which the one asked about spoke.
		{"what did miller say about pauses on nov 20", "longer pauses"},
		{"what did rosa vey say on nov 20", "made more progress"},
		// An event that tells when the words were said need not be named
		// by them.
		{"what did marek say after the port salo talks", "its own plan"},
		// "why": the statement that gives a reason.
		{"why were the river talks adjourned before the negotiators went back", "because both sides"},
		// A number with or without commas; a swap is a trade.
		{"who said the two sides would swap 2000 captives each", "trade 2,000 captives"},
		{"who said they would trade 2,000 captives", "trade 2,000 captives"},
		// One people's office is not another people's minister, in an
		// article on both.
		{"what did the chilean foreign ministry say about the captives", ""},
		{"what did the peruvian minister say about the captives", "trade 2,000 captives"},
		// Words on the same talks that do not say what was asked were
		// not said.
		{"who said the ostra truce took effect", ""},
		{"who said the ostra meeting made progress", "made more progress"},
		// "who led": the passage that names the leader in that role.
		{"who led the salo delegation", "the leader of the Salo delegation"},
		// A day that tells which plan, when nothing said that day fits.
		{"what did rosa vey say about the north's plan on march 3", "put forward on March 3"},
		{"what did rosa vey say about the north's plan on march 4", ""},
		// A people's word is not a name misspelt: "thai" is not "Thani".
		{"what did the thai prime minister say", ""},
		{"what did the prime minister of varos say", "begin on Sunday"},
		// How lately is not what about; the latest words asked for.
		{"what has rosa vey said lately", "made more progress"},
		{"latest quote from rosa vey", "made more progress"},
		// "phase two" is which phase: not phase one, not two of anything.
		{"how many captives will be freed in phase one", "free 30 captives"},
		{"how many captives will be freed in phase two", ""},
		// "begin" is also "began".
		{"when did the chile peru talks begin", "began on June 2"},
		// A date in the words someone said, not when they said them.
		{"who said the accord would be signed at the palace in mid june", "signed in mid-June"},
		// "how many Peruvians": people, as news counts them.
		{"how many peruvians were displaced inside the country", "70,000 people"},
		// A body asked about by its initials.
		{"how many dead in the border fighting according to the aho", "600 people dead"},
	})
}

// TestFormsNotLookalikes: a stem finds the other forms of its word
// ("host" → "hosts", "hosting"; "negoti" → "negotiators"), never a longer
// word that merely begins with the same letters ("hostage", "hostile").
func TestFormsNotLookalikes(t *testing.T) {
	tests := []struct {
		word, stem string
		want       bool
	}{
		{"hosting", "host", true},
		{"hosts", "host", true},
		{"negotiators", "negoti", true},
		{"marrakeshi", "marrakesh", true},
		{"tanuans", "tanu", true},
		{"hostage", "host", false},
		{"hostilities", "host", false},
		{"pastoral", "pass", false},
	}
	for _, tt := range tests {
		if got := formOf(tt.word, tt.stem); got != tt.want {
			t.Errorf("formOf(%q, %q) = %v, want %v", tt.word, tt.stem, got, tt.want)
		}
	}
	b := botOf(t, []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Text: "Families of the hostages met the envoy in Lisbon", SaidOn: "2021-03-02", Source: corpus.Source{Title: "Ferry dispute families", Published: "2021-03-02"}},
		{ID: "2", Kind: corpus.Fact, Text: "Portugal hosted the envoy", SaidOn: "2021-03-01", Source: corpus.Source{Title: "Ferry round", Published: "2021-03-01"}},
	})
	a := b.Ask(context.Background(), "who hosted the families")
	if !a.Found || !strings.Contains(a.Items[0].Text, "Portugal hosted") {
		t.Errorf("who hosted the families: %+v; want the one that hosted first", a.Items)
	}
}

// TestTalksInOtherWords: the words of talks and war asked in other words
// than the article's: fighting that "began" for fighting that started,
// "the last obstacle" for what stands in the way, a truce that "expired"
// for one that ran out, a pact for a deal, travel for go; and prisoners
// counted as the people a side will trade.
func TestTalksInOtherWords(t *testing.T) {
	src := corpus.Source{Title: "Ridge talks", Outlet: "Wire", Published: "2019-05-02"}
	st := func(id, speaker, text string) corpus.Statement {
		return corpus.Statement{ID: id, Kind: corpus.Fact, Speaker: speaker, Text: text, SaidOn: "2019-05-02", Source: src}
	}
	b := botOf(t, []corpus.Statement{
		st("1", "", "The clashes along the ridge began on March 4"),
		st("2", "", "The ridge committee will start work on March 12"),
		st("3", "Ana Petrov", "The militia is now the only obstacle to a lasting truce"),
		st("4", "Ivo Marek", "The militia wants the lasting truce signed by May"),
		st("5", "Ivo Marek", "We have agreed to trade 300 people each"),
		st("6", "", "Families of the prisoners marched in the capital"),
		st("7", "", "The river pact would see both armies leave the valley"),
		st("8", "", "A deal on the river was the talk of the valley towns"),
		st("9", "Ivo Marek", "I am not going to negotiate the ridge map in public here in Sola"),
		st("10", "", "Marek said he will travel to Vell after Sola"),
	})
	checkFirst(t, b, []firstCase{
		{"when did the ridge fighting start", "clashes along the ridge began"},
		{"who said the militia is the only thing standing in the way of a lasting truce", "only obstacle"},
		{"how many prisoners will they swap", "300 people"},
		{"what would the river deal see the armies do", "river pact"},
		// Going somewhere, not "going to" do something.
		{"where did marek say he would go after sola", "travel to Vell"},
	})
}

// TestCountNotDate: "how much" and "how many" are answered by a number
// that counts, not by the day, year or hour a statement names.
func TestCountNotDate(t *testing.T) {
	src := corpus.Source{Title: "Silo dispute", Outlet: "Wire", Published: "2018-04-10"}
	b := botOf(t, []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Text: "Grain stuck in the silos since the blockade of March 3, 2018 is rotting", SaidOn: "2018-04-10", Source: src, Seq: 0},
		{ID: "2", Kind: corpus.Fact, Text: "About nine million tonnes of grain wait in the silos", SaidOn: "2018-04-10", Source: src, Seq: 1},
		{ID: "3", Kind: corpus.Fact, Text: "Grain barges stuck at the dam will sail at 6:30 pm", SaidOn: "2018-04-10", Source: src, Seq: 2},
	})
	checkFirst(t, b, []firstCase{
		{"how much grain is stuck in the silos", "nine million tonnes"},
		{"how many grain barges are stuck at the dam", ""},
	})
}

// TestReadoutInTheNews: a news story that quotes the readout of the
// President's call gives what the White House said, though the story is
// not the White House's own page.
func TestReadoutInTheNews(t *testing.T) {
	src := corpus.Source{Title: "President and the regent talk captives", Outlet: "Daily Wire", Published: "2017-02-06"}
	b := botOf(t, []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Speaker: "Ana Petrov", SpeakerTitle: "President", Mention: "the readout", Text: "The two leaders agreed that every captive must be freed this month", SaidOn: "2017-02-06", Source: src},
		{ID: "2", Kind: corpus.Quote, Speaker: "Ivo Marek", SpeakerTitle: "harbour pilot", Mention: "Marek", Text: "The captives on the ferry were fed well", SaidOn: "2017-02-06", Source: src},
	})
	checkFirst(t, b, []firstCase{
		{"what did the white house say about the captives", "every captive must be freed"},
		{"what did the pentagon say about the captives", ""},
	})
}

// TestWhyToldNext: news gives an event, then its cause in the sentence
// after it; "why" is answered with both.
func TestWhyToldNext(t *testing.T) {
	src := corpus.Source{Title: "Harbour talks off", Outlet: "Wire", Published: "2016-08-09"}
	b := botOf(t, []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Text: "The harbour guild walked out of the Sola talks on Monday", SaidOn: "2016-08-09", Source: src, Seq: 0},
		{ID: "2", Kind: corpus.Fact, Text: "Its leaders had objected to the toll on night crossings", SaidOn: "2016-08-09", Source: src, Seq: 1},
	})
	checkFirst(t, b, []firstCase{{"why did the harbour guild walk out of the sola talks", "objected to the toll"}})
}

// TestOfficeUnsigned: an office's own statement that names no speaker is
// what the office said.
func TestOfficeUnsigned(t *testing.T) {
	src := corpus.Source{Title: "Harbour ceasefire", Outlet: "Embassy of Norland in Vell", Published: "2020-11-03"}
	other := corpus.Source{Title: "Harbour ceasefire holds", Outlet: "Wire", Published: "2020-11-04"}
	b := botOf(t, []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Text: "We welcome the harbour ceasefire and call on all pilots to respect it", SaidOn: "2020-11-03", Source: src},
		{ID: "2", Kind: corpus.Fact, Text: "The harbour ceasefire held through the night", SaidOn: "2020-11-04", Source: other},
	})
	checkFirst(t, b, []firstCase{
		{"what did the norland embassy say about the harbour ceasefire", "We welcome the harbour ceasefire"},
		{"what did the norland ministry say about the harbour ceasefire", ""},
	})
}

// TestOfficeNameFitsItsOfficial: "the pentagon spokesman" is the press
// secretary of the Department of Defense, though neither word is in his
// title; another office's spokesman is not.
func TestOfficeNameFitsItsOfficial(t *testing.T) {
	s := corpus.Statement{Speaker: "Ivo Marsh", SpeakerTitle: "Defense Department Press Secretary",
		Aliases: []string{"Marsh", "Department of Defense", "Defense Department"}}
	if !speakerFits(s, "the pentagon spokesman") {
		t.Errorf("the Pentagon's spokesman does not fit %+v", s)
	}
	if speakerFits(s, "the kremlin spokesman") {
		t.Errorf("the Kremlin's spokesman fits %+v", s)
	}
	c := corpus.Statement{Speaker: "Tom Hale", SpeakerTitle: "National Security Council Coordinator for Strategic Communications"}
	if !speakerFits(c, "the nsc spokesman") {
		t.Errorf("the NSC's spokesman does not fit %+v", c)
	}
	if speakerFits(c, "the nhs spokesman") {
		t.Errorf("the NHS's spokesman fits %+v", c)
	}
}

// TestNameQualifyingABody: "Senior Okoro administration officials" are not
// Okoro asked for by name, but they are the Okoro administration.
func TestNameQualifyingABody(t *testing.T) {
	s := corpus.Statement{Speaker: "Senior Okoro administration officials"}
	if speakerFits(s, "okoro") {
		t.Errorf("okoro fits %+v", s)
	}
	for _, asked := range []string{"the okoro administration", "okoro administration officials"} {
		if !speakerFits(s, asked) {
			t.Errorf("%q does not fit %+v", asked, s)
		}
	}
	if p := (corpus.Statement{Speaker: "Ama Okoro", SpeakerTitle: "President"}); !speakerFits(p, "okoro") {
		t.Errorf("okoro does not fit %+v", p)
	}
}

// TestTwoLetterInitials: two letters are initials only as the lexicon
// spells them out; otherwise they are as often a name's first letters.
func TestTwoLetterInitials(t *testing.T) {
	tests := []struct {
		w    string
		have string
		want bool
	}{
		{"eu", "ada lind european union envoy", true},
		{"un", "ada lind united nations envoy", true},
		{"pm", "omar tell prime minister", true},
		{"nsc", "tom hale national security council coordinator", true},
		{"eu", "lena ekholm un special envoy", false}, // "Ekholm, UN"
		{"mr", "mitt rowe", false},
		{"pm", "pia moss", false},
		{"us", "un security council", false},
	}
	for _, tt := range tests {
		if got := acronymIn(tt.w, strings.Fields(tt.have)); got != tt.want {
			t.Errorf("acronymIn(%q, %q) = %v; want %v", tt.w, tt.have, got, tt.want)
		}
	}
	s := corpus.Statement{Speaker: "Lena Ekholm", SpeakerTitle: "UN special envoy"}
	if speakerFits(s, "the eu envoy") {
		t.Errorf("the EU's envoy fits %+v", s)
	}
	// Initials the title writes with dots: "the un chief" is the
	// "U.N. Secretary-General"; the E.U.'s envoy is not.
	g := corpus.Statement{Speaker: "Ada Lind", SpeakerTitle: "U.N. Secretary-General"}
	if !speakerFits(g, "the un chief") {
		t.Errorf("the UN chief does not fit %+v", g)
	}
	if e := (corpus.Statement{Speaker: "Ivo Marsh", SpeakerTitle: "E.U. envoy"}); speakerFits(e, "the un chief") {
		t.Errorf("the UN chief fits %+v", e)
	}
}

// TestReporterWordsAlone: an answer whose only word in common with the
// question is one the reporter said in passing does not speak to it; an
// answer to a question that asked just that does ("like it always was").
func TestReporterWordsAlone(t *testing.T) {
	src := corpus.Source{Title: "Department Press Briefing", Outlet: "Ministry of Foreign Affairs", Published: "2029-05-06"}
	q1 := "Before we get into the long back and forth about the corridor and the truce, what about the closure of the radio station?"
	a1 := "We are quite concerned about the closure of the station, and we have said so."
	q2 := "And how is your relationship with the premier these days?"
	a2 := "Like it always was."
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2029-05-06", Source: src, Speaker: "Hale", SpeakerTitle: "spokesperson",
			Text: a1, Question: q1, Sentence: q1 + " " + a1},
		{ID: "2", Kind: corpus.Quote, Seq: 1, SaidOn: "2029-05-06", Source: src, Speaker: "Hale", SpeakerTitle: "spokesperson",
			Text: a2, Question: q2, Sentence: q2 + " " + a2},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"what did hale say about the rebels accepting the truce", ""},
		{"what did hale say about the radio station closure", "quite concerned"},
		{"hale relationship with the premier?", "Like it always was"},
	})
}

// TestOccasionPlace: "what did X say after meeting Y in <place>" asks for
// what X said there, not anywhere else.
func TestOccasionPlace(t *testing.T) {
	lisbon := corpus.Source{Title: "Background Briefing in Lisbon, Portugal", Outlet: "Ministry of Foreign Affairs", Published: "2027-02-07"}
	porto := corpus.Source{Title: "Envoys meet in Porto as talks resume", Outlet: "Wire", Published: "2027-01-10"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2027-02-07", Source: lisbon, Speaker: "a senior official",
			Text: "It is possible he meets Roe tomorrow morning, but it is still being set."},
		{ID: "2", Kind: corpus.Quote, Seq: 0, SaidOn: "2027-01-10", Source: porto, Speaker: "Ann Roe", SpeakerTitle: "foreign minister",
			Text: "A deal on the dam is still possible if nobody makes excessive demands."},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"what did roe say after meeting hale in lisbon", ""},
		{"what did roe say after meeting hale in porto", "still possible"},
	})
}

// TestRoleForTalksNobodyHolds: "who is the union envoy for the dam talks
// in porto", when no text names that envoy, is not answered with a
// sentence on the talks that names nobody.
func TestRoleForTalksNobodyHolds(t *testing.T) {
	src := corpus.Source{Title: "Dam talks adjourned in Porto", Outlet: "Wire", Published: "2026-06-22"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2026-06-22", Source: src,
			Text: "Norland and the Union have brokered truces between the army and the rebels at the dam talks in Porto, but both sides broke them."},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"who is the union envoy for the dam talks in porto", ""},
	})
}

// TestWhenItOnlyMightHappen: "when did X invade Y" is not answered by a
// warning that an invasion could begin, nor by words on X and Y that name
// no invasion; it is by the text that says it happened.
func TestWhenItOnlyMightHappen(t *testing.T) {
	src := corpus.Source{Title: "Department Press Briefing", Outlet: "Ministry of Foreign Affairs", Published: "2027-02-14"}
	later := corpus.Source{Title: "Ostra crosses the river", Outlet: "Wire", Published: "2027-03-04"}
	warn := []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2027-02-14", Source: src, Speaker: "Hale", SpeakerTitle: "spokesperson",
			Text: "With Ostran forces staged all around Norland, an invasion, as we have said, could begin at any time."},
		{ID: "2", Kind: corpus.Quote, Seq: 1, SaidOn: "2027-02-14", Source: src, Speaker: "Hale", SpeakerTitle: "spokesperson",
			Text: "On eastern Norland, we are concerned with the spike of Ostran shelling along the line."},
	}
	checkFirst(t, botOf(t, warn), []firstCase{
		{"when did ostra invade norland", ""},
	})
	done := append(warn, corpus.Statement{ID: "3", Kind: corpus.Fact, Seq: 0, SaidOn: "2027-03-03", Source: later,
		Text: "Ostra invaded Norland on March 3, crossing the river at dawn."})
	checkFirst(t, botOf(t, done), []firstCase{
		{"when did ostra invade norland", "crossing the river"},
	})
	// Words that only foresee ("they would keep …") in a sentence that
	// tells the event ("a letter read out on state radio") answer when
	// the event was.
	radio := corpus.Source{Title: "Truce letter", Outlet: "Wire", Published: "2027-04-06"}
	letter := []corpus.Statement{{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2027-04-05", Source: radio, Speaker: "the two sides",
		Text:     "keep the river truce until the talks end",
		Sentence: "In a joint letter read out on state radio late on Monday, the two sides said they would “keep the river truce until the talks end”."}}
	checkFirst(t, botOf(t, letter), []firstCase{
		{"when was the joint letter read out on state radio", "keep the river truce"},
	})
}

// TestSpokesmanByInitials: "the nsc spokesman" is the council's
// coordinator for communications, found though neither word is in his
// title as asked.
func TestSpokesmanByInitials(t *testing.T) {
	src := corpus.Source{Title: "Press Gaggle", Outlet: "Office of the Premier", Published: "2028-09-03"}
	other := corpus.Source{Title: "Ministry briefing", Outlet: "Ministry of Foreign Affairs", Published: "2028-09-04"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Quote, Seq: 0, SaidOn: "2028-09-03", Source: src, Speaker: "Tom Hale",
			SpeakerTitle: "National Security Council Coordinator for Strategic Communications",
			Text:         "Our team is still working to bring the corridor proposal to closure."},
		{ID: "2", Kind: corpus.Quote, Seq: 0, SaidOn: "2028-09-04", Source: other, Speaker: "Ana Roe", SpeakerTitle: "ministry spokesperson",
			Text: "The corridor proposal is not final and we are studying it."},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"what did the nsc spokesman say about the corridor proposal", "bring the corridor proposal to closure"},
	})
}

// TestHowManyDone: "how many captives did the rebels release" is not
// answered by a number of captives the rebels killed.
func TestHowManyDone(t *testing.T) {
	src := corpus.Source{Title: "Press Briefing", Outlet: "Ministry of Defence", Published: "2027-09-03"}
	killed := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2027-09-01", Source: src,
			Text: "On Sunday, the minister spoke about the recovery of the remains of six captives murdered by the rebels."},
	}
	checkFirst(t, botOf(t, killed), []firstCase{
		{"how many captives did the rebels release in september 2027", ""},
	})
	freed := append(killed, corpus.Statement{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2027-09-02", Source: src,
		Text: "The rebels released four captives at the northern crossing on Monday."})
	checkFirst(t, botOf(t, freed), []firstCase{
		{"how many captives did the rebels release in september 2027", "released four captives"},
	})
}

// TestShortFormAskedAbout: a short form in the name of what a question
// asks about is written out as in its other words: "the norland govt" is
// the Norland government.
func TestShortFormAskedAbout(t *testing.T) {
	src := corpus.Source{Title: "Norland and the rebels agree on elections", Outlet: "Wire", Published: "2013-11-06"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Text: "The Norland government and rebel negotiators reached an agreement to let the rebels take part in elections", SaidOn: "2013-11-06", Source: src},
		{ID: "b", Kind: corpus.Fact, Seq: 1, Text: "The rebels have fought the army in the north for decades", SaidOn: "2013-11-06", Source: src},
	})
	for _, q := range []string{"what did the norland government agree with the rebels", "what did the norland govt agree with the rebels"} {
		a := b.Ask(context.Background(), q)
		if !a.Found || !strings.Contains(a.Items[0].Text, "take part in elections") {
			t.Errorf("%q: found %v %+v; want the agreement on elections", q, a.Found, a.Items)
		}
	}
}

// TestRoleHolderNamedBeside: "who is the union special envoy for the dam
// talks", when the envoy never speaks, is the person a sentence names
// beside the role ("Union Special Envoy, Ada Marsh,", "named Ada Marsh as
// the special envoy for …"); not when the sentence names the role alone,
// another role, or talks of another place.
func TestRoleHolderNamedBeside(t *testing.T) {
	dam := corpus.Source{Title: "Truce on the Dam Talks", Outlet: "Department of State", Published: "2026-05-02"}
	port := corpus.Source{Title: "Port Talks Resume", Outlet: "Wire", Published: "2026-06-02"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2026-05-02", Source: dam, Speaker: "Tomas Hale", SpeakerTitle: "Secretary of State",
			Text: "The truce, which the Union Special Envoy, Ada Marsh, has said will begin on Friday, covers the whole river valley."},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2026-05-02", Source: dam, Speaker: "Tomas Hale", SpeakerTitle: "Secretary of State",
			Text: "The people of the valley are depending on the full support of every party for the Special Envoy’s request."},
		{ID: "3", Kind: corpus.Fact, Seq: 0, SaidOn: "2026-06-02", Source: port,
			Text: "Earlier in the day, the minister named former ambassador Iva Roe as the special envoy for the port negotiations."},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"who is the union special envoy for the dam talks", "Ada Marsh"},
		{"who is the special envoy for the port negotiations", "Iva Roe"},
		{"who is the union special envoy for the harbour", ""},
		{"who is the union chief mediator for the dam talks", ""},
	})
}
