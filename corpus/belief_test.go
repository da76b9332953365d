package corpus

import (
	"strings"
	"testing"
)

// TestBeliefIsTheHolders checks a view told as what someone thinks,
// believes, fears, hopes or expects ("Some growers fear the frost will
// return", "Economists believe the levy will", "The mayor thinks that …"):
// it is the holder's, as a verb of saying makes it.
func TestBeliefIsTheHolders(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"fear before a clause",
			"The orchards lost half their blossom in April.\n\nMany growers fear the frost will return before the harvest.",
			"the frost will return before the harvest", "many growers", "Many growers"},
		{"thinks that",
			"Mayor Ida Kern opened the new pier.\n\nKern thinks that the pier will bring the ferries back by spring.",
			"the pier will bring the ferries back by spring", "Ida Kern", "Kern"},
		{"believe, plural",
			"The levy passed in May.\n\nLocal economists believe the levy will slow the building of new homes.",
			"the levy will slow the building of new homes", "Local economists", "Local economists"},
		{"hopes, a named person",
			"Tomas Adler owns the ferry line.\n\nAdler hopes the county will pay for a second boat.",
			"the county will pay for a second boat", "Tomas Adler", "Adler"},
	})
}

// TestBeliefNoClause checks that those verbs before no clause ("hope to
// win", "fears of a flood", "feel good") name no holder's view.
func TestBeliefNoClause(t *testing.T) {
	for _, body := range []string{
		"The growers hope to sell the apples at the autumn fair.",
		"The mayor worries about the cost of the second pier.",
		"Fears of a second flood kept the shops shut until June.",
	} {
		a := &Article{File: "t.md", Title: "t", Paragraphs: []string{body}}
		for _, st := range Extract(a) {
			if st.Speaker != "" {
				t.Errorf("%q: speaker %q for %q", body, st.Speaker, st.Text)
			}
		}
	}
}

// TestBeliefInsideSaying checks that a view told inside what someone is
// telling ("hailed the vote as “…,” telling reporters that he thinks …")
// does not cut off what comes before it: the sentence is kept whole.
func TestBeliefInsideSaying(t *testing.T) {
	a := &Article{File: "t.md", Title: "t", Paragraphs: []string{"Senator Ames has hailed the harbour vote as “a fine day for the port,” telling reporters during a visit to Dover on Friday that he thinks the levy is “a great thing.”"}}
	for _, st := range Extract(a) {
		if strings.Contains(st.Text, "hailed the harbour vote") {
			return
		}
	}
	t.Errorf("no statement holds the hailing: %+v", Extract(a))
}
