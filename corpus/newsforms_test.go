package corpus

import "testing"

// TestNewsAttributionForms checks less common ways news attributes
// quotations: a closing verb of allegation, a name's possessive as the
// subject of a sentence that quotes it, a closing attribution with a clause
// after it, and subjects whose phrase the first word or a verb bounds.
func TestNewsAttributionForms(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a filing alleges after a partial quotation",
			"The lack of polling places was “especially heavy” on the river towns, the lawsuit alleges.",
			"The lack of polling places was “especially heavy” on the river towns", "the lawsuit", "the lawsuit"},
		{"a name's possessive speaks: the name without it",
			"Senator Ruth Amsel spoke in Vell on Monday.\n\nAmsel’s catch phrase in that race was that Dorn “would say or do anything to win a vote.”",
			"would say or do anything to win a vote.", "Ruth Amsel", "Amsel’s"},
		{"a possessive after a conjunction",
			"Senator Ruth Amsel spoke in Vell on Monday.\n\nBut Amsel’s reply made clear that she was showing “respect” to the court and no more.",
			"But Amsel’s reply made clear that she was showing “respect” to the court and no more", "Ruth Amsel", "Amsel’s"},
		{"a closing attribution ends where a clause of circumstance begins",
			"“It went well,” the shipping magnate told Radio Vell in a long interview in Dorvan when asked if he had met Amsel.",
			"It went well", "the shipping magnate", "the shipping magnate"},
		{"a subject of one word before a verb and its object",
			"The town released a statement saying Dorn’s remarks “rest on his feelings, not on the record.”",
			"rest on his feelings, not on the record.", "the town", "The town"},
		{"a plural subject and its place, capitalised as the first word",
			"Voters in each river town say the two plans are “about right.”",
			"the two plans are “about right.”", "Voters in each river town", "Voters in each river town"},
	})
}
