package corpus

import "testing"

// TestNewsAttributionForms checks less common ways news attributes
// quotations: a closing verb of allegation, and a name's
// possessive as the subject of a sentence that quotes it.
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
	})
}
