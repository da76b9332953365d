package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestSaidOnTalksNamed: "what did X say about <talks of a place>" is
// answered by X's words in an article that names the place somewhere,
// even where the words do not ("the format is not working" in an article
// on the talks in Sarno); X's words in articles that never name it are
// about something else, and X said nothing read on it. A daily briefing,
// whose title names no place, may answer by words that say all else the
// question asks ("the hostages").
func TestSaidOnTalksNamed(t *testing.T) {
	ostal := corpus.Source{Title: "Envoy hails progress in Ostal peace deal", Outlet: "Example News", Published: "2033-02-03"}
	sarno := corpus.Source{Title: "Tevar talks adjourned", Outlet: "Example News", Published: "2033-06-22"}
	daily := corpus.Source{Title: "Department Press Briefing – June 30, 2033", Outlet: "Example Office", Published: "2033-06-30"}
	rebels := corpus.Source{Title: "Rebels sign preliminary accord at palace ceremony", Outlet: "Example News", Published: "2033-05-15"}
	marovo := corpus.Source{Title: "Fighting resumes in Marovo", Outlet: "Example News", Published: "2033-06-01"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Ana Ilic", SpeakerTitle: "spokesperson", Source: ostal, SaidOn: "2033-02-03",
			Text: "We have seen important progress by the parties in carrying out this agreement"},
		{ID: "b", Kind: corpus.Fact, Source: ostal, SaidOn: "2033-02-03", Seq: 1,
			Text: "The government in Ostal and the rebels signed the accord three months ago"},
		{ID: "c", Kind: corpus.Quote, Speaker: "Tomas Berg", SpeakerTitle: "envoy", Source: sarno, SaidOn: "2033-06-22",
			Text: "The format is not working in the way we had hoped"},
		{ID: "d", Kind: corpus.Fact, Source: sarno, SaidOn: "2033-06-22", Seq: 1,
			Text: "The talks between the Tevar army and the militia were held in Sarno since May"},
		{ID: "e", Kind: corpus.Quote, Speaker: "Lena Ward", SpeakerTitle: "spokesperson", Source: daily, SaidOn: "2033-06-30",
			Question: "Any news on the hostages, the negotiations, anything?",
			Text:     "I have no update on the hostages; anything we say about the hostages may put their release at risk"},
		{ID: "g", Kind: corpus.Quote, Speaker: "Lena Ward", SpeakerTitle: "spokesperson", Source: daily, SaidOn: "2033-06-30", Seq: 1,
			Text: "The waivers for the power bought in Kelmar run out this week, and Kelmari officials know it"},
		{ID: "j", Kind: corpus.Quote, Speaker: "Lena Ward", SpeakerTitle: "spokesperson", Source: daily, SaidOn: "2033-06-30", Seq: 2,
			Question: "On Kelmar: are we any closer to sanctions, three days into the truce?",
			Text:     "We continue to watch compliance with the terms of the truce"},
		{ID: "h", Kind: corpus.Quote, Speaker: "Ilan Dor", SpeakerTitle: "rebel chairman", Source: rebels, SaidOn: "2033-05-15",
			Text: "This agreement puts our people on the road home after sixteen years"},
		{ID: "i", Kind: corpus.Fact, Source: rebels, SaidOn: "2033-05-15", Seq: 1,
			Text: "Kavu Front chairman Ilan Dor signed the accord with the Lumen cabinet at the palace, where the Kavu Front had never set foot"},
		{ID: "f", Kind: corpus.Fact, Source: marovo, SaidOn: "2033-06-01",
			Text: "Militias in Marovo took more hostages in the north, officials said"},
	})
	checkFirst(t, b, []firstCase{
		{"what did ana ilic say about the ostal accord", "important progress"},
		{"what did ana ilic say about the marovo accord", ""},
		{"what did tomas berg say about the format of the sarno talks", "format is not working"},
		{"what did tomas berg say about the format of the ostal talks", ""},
		{"what did lena ward say about the marovo hostages", "no update on the hostages"},
		{"what did lena ward say about the marovo ceasefire", ""},
		// A turn answering a question on Kelmar is about Kelmar.
		{"what did lena ward say about the marovo truce", ""},
		{"what did lena ward say about the kelmar truce", "compliance with the terms"},
		// News that names no place the corpus knows is about its own talks.
		{"what did ilan dor say about the ostal accord", ""},
		{"what did ilan dor say about the agreement", "puts our people on the road home"},
	})
}

// TestUnknownTellsTalksSpokenOn: "what did X say about <talks X never
// spoke on>" says plainly it has nothing, and which talks it has X's own
// words on; of someone never quoted it says only that it has nothing.
func TestUnknownTellsTalksSpokenOn(t *testing.T) {
	ostal := corpus.Source{Title: "Envoy hails progress in Ostal peace deal", Outlet: "Example News", Published: "2033-02-03"}
	marovo := corpus.Source{Title: "Fighting resumes in Marovo", Outlet: "Example News", Published: "2033-06-01"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Ana Ilic", SpeakerTitle: "spokesperson", Source: ostal, SaidOn: "2033-02-03",
			Text: "We have seen important progress by the parties in Ostal in carrying out this agreement"},
		{ID: "b", Kind: corpus.Fact, Source: ostal, SaidOn: "2033-02-03", Seq: 1,
			Text: "The government in Ostal and the rebels signed the accord three months ago"},
		{ID: "c", Kind: corpus.Fact, Source: marovo, SaidOn: "2033-06-01",
			Text: "Militias in Marovo took more hostages in the north, officials said"},
	})
	for _, c := range []struct{ q, want, not string }{
		{"what did ana ilic say about the marovo accord", "Ana Ilic's words on Ostal", ""},
		{"what did tomas berg say about the marovo accord", "I have no sourced statement from tomas berg", "words on"},
	} {
		a := b.Ask(context.Background(), c.q)
		if a.Found || !strings.Contains(a.Summary, c.want) || c.not != "" && strings.Contains(a.Summary, c.not) {
			t.Errorf("%q: found %v, summary %q; want none, saying %q", c.q, a.Found, a.Summary, c.want)
		}
	}
}
