package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// talksBot answers from three negotiations of our own: two that share the
// word "Gaza", ten years apart, and one about Iran.
func talksBot(t testing.TB) *Bot {
	t.Helper()
	gaza14 := corpus.Source{Title: "Envoys meet in Cairo on a Gaza truce", Outlet: "Wire", Published: "2014-07-21"}
	gaza14b := corpus.Source{Title: "Humanitarian pause announced for Gaza", Outlet: "Wire", Published: "2014-07-31"}
	gaza24 := corpus.Source{Title: "Militants accept a Gaza proposal; Israel says no", Outlet: "Wire", Published: "2024-05-06"}
	iran := corpus.Source{Title: "Iran nuclear negotiators miss a deadline", Outlet: "Wire", Published: "2015-07-01"}
	st := func(src corpus.Source, seq int, speaker, text, said string) corpus.Statement {
		return corpus.Statement{ID: src.Title + text, Kind: corpus.Fact, Speaker: speaker, Text: text, SaidOn: said, Source: src, Seq: seq}
	}
	stmts := []corpus.Statement{
		st(gaza14, 0, "the envoy", "talks on a truce in Gaza would resume on Tuesday in Cairo", "2014-07-21"),
		st(gaza14, 1, "the envoy", "both sides had to stop firing before any talks could start", "2014-07-21"),
		st(gaza14b, 0, "the press secretary", "the United States strongly supports the humanitarian pause in Gaza agreed today", "2014-07-31"),
		st(gaza14b, 1, "the press secretary", "the pause should lead to talks on a lasting ceasefire", "2014-07-31"),
		st(iran, 0, "a senior official", "a deal with Iran is still possible but the deadline was extended a week", "2015-06-30"),
		st(iran, 1, "a senior official", "the nuclear talks would go on in Vienna", "2015-06-30"),
		st(gaza24, 0, "the militant group", "it had accepted the proposal for a ceasefire in Gaza put forward by the mediators", "2024-05-06"),
		st(gaza24, 1, "an Israeli official", "the proposal was not the one Israel had agreed to and talks would go on", "2024-05-06"),
	}
	return botOf(t, stmts)
}

func TestStatusByNegotiationAndDate(t *testing.T) {
	b := talksBot(t)
	tests := []struct {
		q, asOf, text string
	}{
		{"status gaza", "2024-05-06", "accepted the proposal"},
		{"as of end of july 2014 where did the gaza truce stand", "2014-07-31", "humanitarian pause"},
		{"status gaza as of july 25 2014", "2014-07-21", "talks on a truce"},
		{"where did the gaza talks stand in july 2014", "2014-07-31", "humanitarian pause"},
		{"latest on the iran talks", "2015-07-01", "still possible"},
		{"any news on the iran nuclear talks as of june 2015", "", ""},
		{"status", "2024-05-06", "accepted the proposal"},
	}
	for _, tt := range tests {
		a := b.Ask(context.Background(), tt.q)
		if tt.asOf == "" {
			if a.Found {
				t.Errorf("%q: found %v as of %s; want nothing (the article is dated later)", tt.q, a.Items, a.AsOf)
			}
			continue
		}
		if !a.Found || a.AsOf != tt.asOf || !strings.Contains(a.Summary, tt.asOf) {
			t.Errorf("%q: found %v, as of %q, summary %q; want as of %s", tt.q, a.Found, a.AsOf, a.Summary, tt.asOf)
			continue
		}
		if !strings.Contains(a.Items[0].Text, tt.text) {
			t.Errorf("%q: top %q; want %q", tt.q, a.Items[0].Text, tt.text)
		}
		for _, it := range a.Items {
			if it.SaidOn > tt.asOf {
				t.Errorf("%q: %q was said on %s, after %s", tt.q, it.Text, it.SaidOn, tt.asOf)
			}
		}
	}
}

func TestWhoSaidWordsNobodySaid(t *testing.T) {
	b := talksBot(t)
	// Half of one statement and half of another: nobody said it.
	a := b.Ask(context.Background(), `who said "talks on a truce in Gaza was not the one Israel had agreed"?`)
	if a.Found || len(a.Items) != 0 || !strings.Contains(a.Note, "nearest") {
		t.Errorf("spliced words: found %v, %d items, note %q; want not found with the nearest statement offered", a.Found, len(a.Items), a.Note)
	}
	a = b.Ask(context.Background(), `who said "the pause should lead to talks on a lasting ceasefire"?`)
	if !a.Found || a.Items[0].Speaker != "the press secretary" {
		t.Errorf("words said: %+v", a)
	}
}

func TestAnswerByKind(t *testing.T) {
	b := talksBot(t)
	checkFirst(t, b, []firstCase{
		// A number is answered by a number: "a week" is not one; but it
		// is a length of time, which "how long" asks for.
		{"how many days was the iran deadline extended", ""},
		{"how long was the iran deadline extended", "extended a week"},
		// Names asked about must be there, spelt alike.
		{"what did the militant group say about Sinwar", ""},
		{"what did the militant group say about the proposal", "accepted the proposal"},
	})
}

// TestSpeakersByRoleAndOffice: a speaker asked for by office, by a short
// form of a role, and the turn that answers a reporter's question.
func TestSpeakersByRoleAndOffice(t *testing.T) {
	brief := corpus.Source{Title: "Department Press Briefing", Outlet: "U.S. Department of State", Published: "2023-10-17"}
	stmt := corpus.Source{Title: "Statement on the pause", Outlet: "The White House", Published: "2023-11-22"}
	news := corpus.Source{Title: "Talks go on", Outlet: "Wire", Published: "2023-11-20"}
	q1 := "Any update on the hostage negotiations?"
	q2 := "On the electricity waiver that expires this week, will it be renewed?"
	stmts := []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Miller", SpeakerTitle: "State Department spokesperson", Question: q1, Seq: 0, SaidOn: "2023-10-17", Source: brief,
			Text: "I do not have an update on the hostage negotiations to share today."},
		{ID: "b", Kind: corpus.Quote, Speaker: "Miller", SpeakerTitle: "State Department spokesperson", Question: q1, Seq: 1, SaidOn: "2023-10-17", Source: brief,
			Text: "We continue to work on it every day with our partners in the region."},
		{ID: "c", Kind: corpus.Quote, Speaker: "Miller", SpeakerTitle: "State Department spokesperson", Question: q2, Seq: 2, SaidOn: "2023-10-17", Source: brief,
			Text: "I won't comment today on the expiration of that waiver."},
		{ID: "d", Kind: corpus.Quote, Speaker: "the Press Secretary", SpeakerTitle: "Press Secretary", Seq: 0, SaidOn: "2023-11-22", Source: stmt,
			Text: "The United States welcomes the pause in the fighting and the release of hostages."},
		{ID: "e", Kind: corpus.Fact, Speaker: "a Qatari official", Seq: 0, SaidOn: "2023-11-20", Source: news,
			Text: "the pause in the fighting was close to being agreed"},
	}
	b := botOf(t, stmts)
	checkFirst(t, b, []firstCase{
		{"what did the state dept spokesman say when asked for an update on hostages", "I do not have an update"},
		{"what did the spokesperson say when asked about the waiver expiring", "comment today on the expiration"},
		{"what did the white house say about the pause", "welcomes the pause"},
		{"what did the state department say about hostage talks", "update on the hostage negotiations"},
		{"when did the us first say the pause was welcome", "welcomes the pause"},
		// The Pentagon published nothing here.
		{"what did the pentagon say about the pause", ""},
	})
}

// TestStatusWithNoTopic: the newest talks first, then the newest on each
// other set of talks, each labelled with the name its articles use; talks
// that share a name ten years apart are two.
func TestStatusWithNoTopic(t *testing.T) {
	b := talksBot(t)
	a := b.Ask(context.Background(), "status")
	if !a.Found || len(a.Items) < 3 {
		t.Fatalf("status: %+v", a)
	}
	var order []string // article dates, one per label, as listed
	label := map[string]string{}
	for _, it := range a.Items {
		if it.Topic == "" {
			t.Errorf("status: %q has no label", it.Text)
			continue
		}
		if d, ok := label[it.Topic]; ok && d != it.Source.Published[:4] {
			t.Errorf("status: label %q covers %s and %s", it.Topic, d, it.Source.Published)
		}
		if _, ok := label[it.Topic]; !ok {
			order = append(order, it.Source.Published)
		}
		label[it.Topic] = it.Source.Published[:4]
	}
	if len(order) != 3 {
		t.Errorf("status: %d sets of talks %v; want 3 (Gaza 2024, Iran 2015, Gaza 2014)", len(order), label)
	}
	for i := 1; i < len(order); i++ {
		if order[i] > order[i-1] {
			t.Errorf("status: talks of %s listed after %s", order[i], order[i-1])
		}
	}
}

// TestStatusSaysEachThingOnce: a quote given inside a reported statement
// already listed is not listed again; sourced statements come before the
// article's own narrative.
func TestStatusSaysEachThingOnce(t *testing.T) {
	src := corpus.Source{Title: "Lake truce takes hold", Outlet: "Wire", Published: "2021-06-02"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2021-06-02", Source: src, Text: "A truce on the lake took effect on Wednesday after a delay, and talks on a deal would resume"},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2021-06-02", Source: src, Speaker: "the mediator", Text: "both sides would set up a joint room to monitor the truce and urged them to “avoid any provocation before the talks”"},
		{ID: "3", Kind: corpus.Quote, Seq: 2, SaidOn: "2021-06-02", Source: src, Speaker: "the mediator", Text: "avoid any provocation before the talks"},
		{ID: "4", Kind: corpus.Fact, Seq: 3, SaidOn: "2021-06-01", Source: src, Speaker: "the mediator", Text: "both sides had given assurances that the first phase would go ahead"},
	}
	a := botOf(t, stmts).Ask(context.Background(), "status lake truce")
	seen := 0
	for _, it := range a.Items {
		if strings.Contains(it.Text, "avoid any provocation") {
			seen++
		}
	}
	if !a.Found || seen != 1 || a.Items[0].Speaker == "" {
		t.Errorf("status: %+v; want the quote once, a sourced statement first", a.Items)
	}
}

// TestStatusSameTalksOtherWords: the newest article on a set of talks
// tells where they stand even when it never names them as the question
// does (a briefing on the captives that never says "Lakeland"), as long
// as it shares two names with an article that does; talks that share one
// party only stay apart.
func TestStatusSameTalksOtherWords(t *testing.T) {
	readout := corpus.Source{Title: "President speaks with the Emir of Varos on the Lakeland captives", Outlet: "Wire", Published: "2031-03-02"}
	brief := corpus.Source{Title: "Department Press Briefing", Outlet: "Department of State", Published: "2031-03-09"}
	river := corpus.Source{Title: "Ostra river talks open", Outlet: "Wire", Published: "2031-03-20"}
	st := factIn
	b := botOf(t, []corpus.Statement{
		st(readout, 0, "the President", "the captives held in Lakeland by the Tarn Front must be freed, and Varos is helping"),
		st(readout, 1, "the President", "aid to Lakeland must grow while the Tarn Front talks go on through Varos"),
		st(brief, 0, "Miller", "we are close to an agreement with the Tarn Front on the captives, but we are not there yet"),
		st(brief, 1, "Miller", "the Tarn Front has to carry out any deal, so we say little about it before it happens"),
		st(river, 0, "a minister", "the Ostra dam talks opened in Varos and will go on for a week"),
	})
	for _, q := range []string{"status lakeland", "where did the lakeland captive talks stand as of march 12 2031"} {
		a := b.Ask(context.Background(), q)
		if !a.Found || a.AsOf != "2031-03-09" || !strings.Contains(a.Items[0].Text, "close to an agreement") {
			t.Errorf("%q: as of %q, items %v; want the briefing of 2031-03-09", q, a.AsOf, a.Items)
		}
	}
}

// TestTalkNamesNotOffices: the words of an office, a style of address and
// a name's suffix ("Secretary of Defense Ivo Marsh III", "His Royal
// Highness Prince …") name no talks: two readouts of one office on other
// talks shared them and were taken for the same talks.
func TestTalkNamesNotOffices(t *testing.T) {
	got := names("Secretary of Defense Ivo Marsh III spoke with Norland Minister of Defense, His Royal Highness Prince Tomas bin Hale, about the Estria truce.")
	for _, w := range got {
		switch strings.ToLower(w) {
		case "defense", "iii", "royal", "highness":
			t.Errorf("names = %q; %q names no talks", got, w)
		}
	}
	if !slices.Contains(got, "Estria") || !slices.Contains(got, "Norland") {
		t.Errorf("names = %q; want Estria and Norland among them", got)
	}
}

// TestStatusOfOneDayInTwoTexts: where talks stand is told by every text of
// the newest day about them (a department's statement and a background
// call of the same day), not by the one whose title sorts first; and a
// moderator running the call ("this call is on background") says nothing
// of where they stand.
func TestStatusOfOneDayInTwoTexts(t *testing.T) {
	call := corpus.Source{Title: "Background press call on the harbour boundary agreement", Outlet: "The White House", Published: "2022-10-11"}
	stmt := corpus.Source{Title: "Breakthrough on the harbour boundary", Outlet: "U.S. Department of State", Published: "2022-10-11"}
	old := corpus.Source{Title: "Harbour boundary talks resume", Outlet: "Wire", Published: "2022-09-01"}
	q := func(src corpus.Source, seq int, kind corpus.Kind, speaker, text string) corpus.Statement {
		return corpus.Statement{ID: src.Title + text, Kind: kind, Speaker: speaker, Text: text, SaidOn: src.Published, Source: src, Seq: seq}
	}
	b := botOf(t, []corpus.Statement{
		q(call, 0, corpus.Quote, "the moderator", "Hello, all. This call on the harbour boundary is on background."),
		q(call, 1, corpus.Quote, "the moderator", "What is said here is under embargo until the call is over."),
		q(call, 2, corpus.Quote, "a senior administration official", "I just want to point out our policy for the region and how it shows itself."),
		q(call, 3, corpus.Quote, "a senior administration official", "It shows itself through energy deals that connect the grids of the region."),
		q(call, 4, corpus.Quote, "a senior administration official", "And it shows itself through diplomacy to end disputes such as this one."),
		q(stmt, 0, corpus.Fact, "", "Norland and Estria today announced consensus on an agreement to establish a permanent harbour boundary"),
		q(old, 0, corpus.Fact, "", "Talks on the harbour boundary between Norland and Estria resumed"),
	})
	a := b.Ask(context.Background(), "status harbour boundary talks")
	if !a.Found || a.AsOf != "2022-10-11" {
		t.Fatalf("found %v as of %q; want 2022-10-11", a.Found, a.AsOf)
	}
	agreed := -1
	for i, it := range a.Items {
		if strings.Contains(it.Text, "announced consensus") {
			agreed = i
		}
	}
	if agreed < 0 {
		t.Fatalf("the statement of the same day is not listed: %+v", a.Items)
	}
	for i, it := range a.Items[:agreed] {
		if it.Speaker == "the moderator" {
			t.Errorf("the moderator's %q (%d) comes before the statement (%d)", it.Text, i, agreed)
		}
	}
}

// TestSameDayHalfAsMuch: the texts of the chosen one's day that tell where
// the talks stand are those at least half as much about them as it is,
// not only those as much about them or more.
func TestSameDayHalfAsMuch(t *testing.T) {
	a := corpus.Source{Title: "Harbour talks", Outlet: "Wire", Published: "2022-10-11"}
	c := corpus.Source{Title: "Harbour update", Outlet: "Wire", Published: "2022-10-11"}
	d := corpus.Source{Title: "Weather", Outlet: "Wire", Published: "2022-10-11"}
	v := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Text: "The harbour talks went on", SaidOn: "2022-10-11", Source: a},
		{ID: "c", Kind: corpus.Fact, Text: "More on the harbour", SaidOn: "2022-10-11", Source: c},
		{ID: "d", Kind: corpus.Fact, Text: "Rain fell", SaidOn: "2022-10-11", Source: d},
	}).cur.Load().v.get()
	idx := map[string]int32{}
	for i, ar := range v.articles {
		idx[ar.src.Title] = int32(i)
	}
	score := make([]float64, len(v.articles))
	score[idx["Harbour talks"]], score[idx["Harbour update"]], score[idx["Weather"]] = 4, 2.5, 1
	got := v.sameDay(idx["Harbour talks"], score, nil)
	if !slices.Contains(got, idx["Harbour update"]) || slices.Contains(got, idx["Weather"]) {
		t.Errorf("sameDay = %v (articles %v); want the update (2.5 of 4) and not the weather (1 of 4)", got, idx)
	}
}

// TestStatusStuckAndSpelledApart: a status answer leads with what the
// talks' state is, what still stands in the way among it, over a
// sentence that only names the place; a "cease-fire" written apart is the
// ceasefire asked about; and a briefing of the dates asked that speaks of
// "the cease-fire" without naming the place answers for talks the
// corpus names only at other dates.
func TestStatusStuckAndSpelledApart(t *testing.T) {
	harbour := corpus.Source{Title: "Statement on the visit of the Islanders", Outlet: "The Palace", Published: "2011-04-02"}
	brief := corpus.Source{Title: "Daily Briefing", Outlet: "Foreign Ministry", Published: "2012-03-09"}
	later := corpus.Source{Title: "Envoys meet on a Vellmark truce", Outlet: "Wire", Published: "2016-05-10"}
	st := func(src corpus.Source, seq int, speaker, text string) corpus.Statement {
		return corpus.Statement{ID: src.Title + text, Kind: corpus.Quote, Speaker: speaker, Text: text, SaidOn: src.Published, Source: src, Seq: seq}
	}
	stmts := []corpus.Statement{
		st(harbour, 0, "the Governor", "I was glad to welcome the leaders of the Islanders' new council to the harbour town today"),
		st(harbour, 1, "the Governor", "The Islanders have a brighter future than at any time in forty years"),
		st(harbour, 2, "the Governor", "Hard questions on carrying out the Harbour Accord are unresolved, but the parties can overcome their differences"),
		st(brief, 0, "the spokesman", "Good afternoon, everyone, and thank you for coming in today"),
		st(brief, 1, "the spokesman", "We welcome the cease-fire proposal put forward last night and are working with all sides on it"),
		st(later, 0, "the mediator", "A truce in Vellmark could be agreed within days"),
	}
	b := botOf(t, stmts)
	checkFirst(t, b, []firstCase{
		{"status islanders", "are unresolved"},
		{"status ceasefire", "cease-fire proposal"},
		{"status vellmark ceasefire as of march 2012", "cease-fire proposal"},
		// A place the corpus never names, at any date, is not answered by
		// a briefing that names no place.
		{"status ostrava ceasefire as of march 2012", ""},
	})
}

// TestStatusShowsTheReportingVerb: a reported statement in a status
// answer is shown with the verb it was said with when that verb tells
// the talks' state ("urged … to return to the talks"), as one sentence;
// a passage of several sentences is not shown for it.
func TestStatusShowsTheReportingVerb(t *testing.T) {
	src := corpus.Source{Title: "Readout of the Minister's call on the river talks", Outlet: "Foreign Ministry", Published: "2019-02-11"}
	fact := func(seq int, text, sentence string) corpus.Statement {
		return corpus.Statement{ID: text, Kind: corpus.Fact, Speaker: "the Minister", Text: text, Sentence: sentence, SaidOn: src.Published, Source: src, Seq: seq}
	}
	stmts := []corpus.Statement{
		fact(0, "both delegations to return to the river talks in Lindau next week",
			"The Minister urged both delegations to return to the river talks in Lindau next week."),
		fact(1, "the river talks had made progress on the water quotas",
			"The Minister said the river talks had made progress on the water quotas. She also urged calm."),
	}
	b := botOf(t, stmts)
	a := b.Ask(context.Background(), "status river talks")
	want := map[string]string{
		"both delegations to return": "The Minister urged both delegations to return to the river talks in Lindau next week.",
		"made progress":              "the river talks had made progress on the water quotas",
	}
	if !a.Found || len(a.Items) != 2 {
		t.Fatalf("found %v %v; want both statements", a.Found, a.Items)
	}
	for _, it := range a.Items {
		for k, w := range want {
			if strings.Contains(it.Text, k) && it.Text != w {
				t.Errorf("shown %q; want %q", it.Text, w)
			}
		}
	}
}

// TestStatusKeepsTheLede: a news story's opening sentence, in the writer's
// own voice, says where the talks stand ("have opened in Sarno"); the
// status of those talks lists it with its sourced lines, not below five
// of them.
func TestStatusKeepsTheLede(t *testing.T) {
	src := corpus.Source{Title: "Lake talks open without the army", Outlet: "Wire", Published: "2035-06-12"}
	st := func(seq int, speaker, text string) corpus.Statement {
		return corpus.Statement{ID: text, Kind: corpus.Fact, Speaker: speaker, Text: text, SaidOn: "2035-06-12", Source: src, Seq: seq}
	}
	b := botOf(t, []corpus.Statement{
		st(0, "", "Talks on the lake war, hosted by Delta and Upland, have opened in Sarno"),
		st(1, "the envoy", "the lake talks will proceed with or without the army, and progress is possible"),
		st(2, "the envoy", "the lake talks must reach a deal on aid and a ceasefire before the rains"),
		st(3, "the envoy", "the army's seat at the lake talks stays open and a deal is within reach"),
		st(4, "the envoy", "negotiators at the lake talks agreed to meet again on Friday to discuss a truce"),
		st(5, "the envoy", "the lake talks are the best chance of a ceasefire this year and the talks will continue"),
		st(6, "the envoy", "the mediators expect progress at the lake talks on aid within days, and a truce later"),
	})
	a := b.Ask(context.Background(), "status lake talks")
	if !a.Found || !slices.ContainsFunc(a.Items[:min(5, len(a.Items))], func(it Item) bool { return strings.Contains(it.Text, "have opened in Sarno") }) {
		t.Errorf("status lake talks: found %v %+v; want the opening sentence among the first five", a.Found, a.Items)
	}
}

// A place whose name holds another's after a word of direction is its own
// talks: "status south sudan" is not answered from newer talks on Sudan,
// and the headline's short form ("S. Sudan") names it too.
func TestStatusCompoundPlace(t *testing.T) {
	south := corpus.Source{Title: "S. Sudan rivals sign a new truce", Outlet: "Wire", Published: "2015-02-02"}
	sudan := corpus.Source{Title: "Talks on Sudan open in a lakeside town", Outlet: "Wire", Published: "2024-08-16"}
	st := factIn
	b := botOf(t, []corpus.Statement{
		st(south, 0, "the mediator", "the two sides in South Sudan would meet again in three weeks to settle the details"),
		st(south, 1, "the mediator", "anyone breaking the truce would be reported to the regional bloc"),
		st(sudan, 0, "the envoy", "talks on Sudan had opened without one of the two armies"),
		st(sudan, 1, "the envoy", "aid must reach every besieged town in Sudan"),
	})
	for _, tt := range []struct{ q, asOf string }{
		{"status south sudan talks", "2015-02-02"},
		{"latest on the south sudan truce", "2015-02-02"},
		{"status sudan talks", "2024-08-16"},
	} {
		if a := b.Ask(context.Background(), tt.q); !a.Found || a.AsOf != tt.asOf {
			t.Errorf("%q: found %v as of %q; want as of %s", tt.q, a.Found, a.AsOf, tt.asOf)
		}
	}
	if got := topicKeywords("south sudan peace talks"); !slices.Equal(got, []string{"southsudan"}) {
		t.Errorf("topicKeywords(south sudan peace talks) = %q; want [southsudan]", got)
	}
}

// factIn is a reported statement of speaker, the seq-th of src, said the
// day src was published.
func factIn(src corpus.Source, seq int, speaker, text string) corpus.Statement {
	return corpus.Statement{ID: src.Title + text, Kind: corpus.Fact, Speaker: speaker, Text: text, SaidOn: src.Published, Source: src, Seq: seq}
}

// TestStatusOtherTalksBefore: talks asked about as of a date before
// anything on them are not answered by other talks then for sharing
// "peace talks": a briefing of then on the same talks, which does not
// name the place, still answers.
func TestStatusOtherTalksBefore(t *testing.T) {
	ostal := corpus.Source{Title: "Ostal peace deal holds", Outlet: "Wire", Published: "2034-02-03"}
	tarvo := corpus.Source{Title: "Envoy travels to Lumen for Tarvo peace talks", Outlet: "Department of State", Published: "2032-09-29"}
	brief := corpus.Source{Title: "Department Press Briefing", Outlet: "Department of State", Published: "2031-05-09"}
	st := factIn
	b := botOf(t, []corpus.Statement{
		st(ostal, 0, "the spokesperson", "the Ostal peace deal has held since the Kavu Front signed it in the hills"),
		st(ostal, 1, "the spokesperson", "the Kavu Front has handed over its heavy weapons"),
		st(tarvo, 0, "the department", "the envoy will meet the Tarvo negotiating teams in Lumen to push the peace talks forward"),
		st(tarvo, 1, "the department", "the Tarvo peace talks must end forty years of war"),
		st(brief, 0, "Miller", "the Kavu Front peace talks are stuck on the hills, and the front wants more time"),
	})
	for _, c := range []struct{ q, text string }{
		{"where did the ostal peace talks stand as of 2033", "stuck on the hills"},
		{"where did the ostal peace talks stand as of 2030", ""},
		{"where did the tarvo peace talks stand as of 2033", "Tarvo"},
	} {
		a := b.Ask(context.Background(), c.q)
		switch {
		case c.text == "" && a.Found:
			t.Errorf("%q: answered %+v; want no answer", c.q, a.Items)
		case c.text != "" && (!a.Found || !strings.Contains(a.Items[0].Text, c.text)):
			t.Errorf("%q: found %v %+v; want %q", c.q, a.Found, a.Items, c.text)
		}
	}
}
