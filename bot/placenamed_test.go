package bot

import (
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestNamedPlaceIsMet: a country the question names, which the corpus
// knows, is met by the answer's words, its article's title or the talks
// it is of; talks between other parties, in an article about them, do not
// answer for it.
func TestNamedPlaceIsMet(t *testing.T) {
	ostal := corpus.Source{Title: "Ostal government and rebels agree to new round of talks", Outlet: "Example News", Published: "2033-04-02"}
	truce := corpus.Source{Title: "Ostal truce signed", Outlet: "Example News", Published: "2033-03-01"}
	tevar := corpus.Source{Title: "Aid reaches Tevar after floods", Outlet: "Example News", Published: "2033-04-05"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: ostal, SaidOn: "2033-04-02",
			Text: "Fighting in Ostal has driven thousands from their homes since the rebels took the north"},
		{ID: "b", Kind: corpus.Fact, Source: ostal, SaidOn: "2033-04-02", Seq: 1,
			Text: "The next round of peace talks will take place in Sarno, the mediators said"},
		{ID: "c", Kind: corpus.Fact, Source: truce, SaidOn: "2033-03-01",
			Text: "The truce was signed on Monday by both commanders at a border post"},
		{ID: "d", Kind: corpus.Fact, Source: tevar, SaidOn: "2033-04-05",
			Text: "Tevari officials said the first convoys of food had crossed the river"},
	})
	checkFirst(t, b, []firstCase{
		{"where will the next ostal peace talks take place", "take place in Sarno"},
		{"when was the ostal truce signed", "signed on Monday"},
		{"where will the next tevar peace talks take place", ""},
		{"when was the tevar truce signed", ""},
	})
}

// TestPlaceMetByItsPeople: a country whose people are not written on its
// whole name ("Tevarese" of Tevaron, as "Lebanese" of Lebanon) is met by a
// statement that names only its people; another country ("Marovo") is
// not met by them.
func TestPlaceMetByItsPeople(t *testing.T) {
	briefing := corpus.Source{Title: "Press Briefing by the Press Secretary, Sarno", Outlet: "Example Office", Published: "2033-08-09"}
	other := corpus.Source{Title: "Fighting in Tevaron and Marovo", Outlet: "Example News", Published: "2033-07-01"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Quote, Speaker: "Ana Ilic", Source: briefing, SaidOn: "2033-08-09",
			Text: "The envoys have been working the phones all day with the Tevarese and the Ostalis on the draft"},
		{ID: "b", Kind: corpus.Fact, Source: other, SaidOn: "2033-07-01",
			Text: "Shelling went on in Tevaron and in Marovo through the night while the envoys met in Sarno"},
		{ID: "c", Kind: corpus.Fact, Source: other, SaidOn: "2033-07-01", Seq: 1,
			Text: "Marovan officials said the border crossings were closed"},
	})
	checkFirst(t, b, []firstCase{
		{"who was working the phones on the tevaron draft in august 2033", "working the phones"},
		{"who was working the phones on the marovo draft in august 2033", ""},
	})
}

// TestPlaceNamedAfterOver: a name the corpus writes only after "the
// fighting over" is a place the question names, met only by what is said
// of it: how many died there is not answered by a count of the dead in
// another war.
func TestPlaceNamedAfterOver(t *testing.T) {
	host := corpus.Source{Title: "Lumen to host Varno-Kel peace talks as fighting continues", Outlet: "Example News", Published: "2033-10-09"}
	swap := corpus.Source{Title: "Coalition and rebels in Tarsia swap prisoners", Outlet: "Example News", Published: "2033-03-09"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: host, SaidOn: "2033-10-09",
			Text: "Ostal and Tevar have agreed to talks in Lumen to end the fighting over Varno-Kel"},
		{ID: "b", Kind: corpus.Fact, Source: host, SaidOn: "2033-10-09", Seq: 1,
			Text: "The first negotiations since the fighting erupted on Sept. 27 will open on Saturday"},
		{ID: "c", Kind: corpus.Fact, Source: swap, SaidOn: "2033-03-09",
			Text: "The coalition fighting in Tarsia said it had swapped prisoners, hoping to end a war that has killed some 6,000 people"},
	})
	checkFirst(t, b, []firstCase{
		{"how many people have died in the varno kel fighting", ""},
		{"how many people were killed in the tarsia war", "6,000 people"},
	})
}
