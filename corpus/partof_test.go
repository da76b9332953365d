package corpus

import "testing"

// TestPartOfAGroupSays checks a speaker named as a share of a group ("Most
// of the candidates said", "Some of the dock workers say"): the share is
// who spoke, not its quantifier alone; "one of" still names one of those
// named before.
func TestPartOfAGroupSays(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"most of the candidates",
			"Most of the candidates said they back a second pier for the harbour.",
			"they back a second pier for the harbour", "most of the candidates", "Most of the candidates"},
		{"some of the workers, with a possessive",
			"Some of the mayor’s longtime allies say they have come to accept the new tolls.",
			"they have come to accept the new tolls", "some of the mayor’s longtime allies", "Some of the mayor’s longtime allies"},
		{"many of a group with its modifiers",
			"Many of the island's fishing families said the quota would ruin them.",
			"the quota would ruin them", "many of the island's fishing families", "Many of the island's fishing families"},
	})
}
