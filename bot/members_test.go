package bot

import (
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestListsNames: a list of two names or more, one of them new to the
// question and to the article's title, names those a "which countries"
// question asks for; a list of the names asked, or of the parties the
// article is about, names no one new, and a single name is no list.
func TestListsNames(t *testing.T) {
	for _, c := range []struct {
		text, asked, head string
		want              bool
	}{
		{"We thank the governments of Arland, Bosk and Cerra for their help", "which countries helped the talks", "lake talks end", true},
		{"Delta, the Upland Republic, and Marro (the Quartet) welcome the accord", "who is in the quartet", "quartet statement on the accord", true},
		{"Arland and Bosk agreed to meet again", "which countries did arland and bosk meet", "", false},
		{"officials hope to end the fighting between Arland and Bosk", "which countries is the us working with", "us works on a truce between arland and bosk", false},
		{"The Quartet welcomes the accord", "who is in the quartet", "", false},
		{"the talks in Sarno resumed on Monday", "which countries helped the talks", "", false},
	} {
		asked := " " + corpus.NormWords(c.asked) + " "
		if got := listsNames(c.text, asked, " "+corpus.NormWords(c.head)+" "); got != c.want {
			t.Errorf("listsNames(%q, %q, %q) = %v; want %v", c.text, c.asked, c.head, got, c.want)
		}
	}
}

// TestMembersListed: "which countries helped …" and "who is in …" are
// answered by the statement that lists them, before one of the same
// article that holds the question's words as well but lists no one.
func TestMembersListed(t *testing.T) {
	talks := corpus.Source{Title: "Statement on the close of the Sarno consultations", Outlet: "Example Ministry", Published: "2034-03-02"}
	group := corpus.Source{Title: "Contact Group statement on the lake accord", Outlet: "Example Ministry", Published: "2034-04-10"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: talks, SaidOn: "2034-03-02",
			Text: "The consultations in Sarno were facilitated with patience, and all parties must now carry out what was agreed at the consultations"},
		{ID: "b", Kind: corpus.Fact, Source: talks, SaidOn: "2034-03-02", Seq: 1,
			Text: "We thank the host for the consultations, and the governments of Arland, Bosk and Cerra, which helped facilitate them"},
		{ID: "c", Kind: corpus.Fact, Source: group, SaidOn: "2034-04-10",
			Text: "The Contact Group applauds the progress made on the lake accord over the past year"},
		{ID: "d", Kind: corpus.Fact, Source: group, SaidOn: "2034-04-10", Seq: 1,
			Text: "Delta, the Upland Republic, and Marro (the Contact Group) welcome the lake accord"},
	})
	checkFirst(t, b, []firstCase{
		{"which countries helped facilitate the sarno consultations", "Arland, Bosk and Cerra"},
		{"who is in the contact group", "Delta, the Upland Republic, and Marro"},
	})
}
