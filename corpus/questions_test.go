package corpus

import "testing"

// TestQuestionsPutInReportedSpeech checks a question told in reported
// speech ("Ames asked the envoy whether …"): the asker puts the question,
// which starts at its question word; whom it was put to answers next, in
// the quotation or with the "he" or "she" that follows; with no one named
// as asked, the asker does not take the place of whoever answers.
func TestQuestionsPutInReportedSpeech(t *testing.T) {
	const interview = "Harbour minister Ola Brun spoke with the radio host Tilde Marsh on Sunday.\n\n" +
		"Marsh asked Brun whether the ferries would run through the winter.\n\n" +
		"“Every one of them will sail,” he said."
	const noOneNamed = "Harbour minister Ola Brun took questions after the vote.\n\n" +
		"A reporter asked whether the ferries would run through the winter.\n\n" +
		"“Every one of them will sail,” he said."
	checkSpeakers(t, []speakerCase{
		{"asked whom, then whether",
			interview,
			"whether the ferries would run through the winter", "Tilde Marsh", "Marsh"},
		{"the one asked answers",
			interview,
			"Every one of them will sail", "Ola Brun", "he"},
		{"asked how, no one named",
			"The mayor also asked how the port could pay for a second pier.",
			"how the port could pay for a second pier", "the mayor", "The mayor"},
		{"asked when the day comes between",
			"Tilde Marsh asked the minister on Sunday if the tolls would rise.",
			"if the tolls would rise", "Tilde Marsh", "Tilde Marsh"},
		{"the asker does not answer",
			noOneNamed,
			"Every one of them will sail", "Ola Brun", "he"},
		{"asked to do something is no question",
			"The council asked the ministry to delay the vote until spring.",
			"The council asked the ministry to delay the vote until spring", "", ""},
		{"asked how to do something is no question put",
			"The mayor asked how to fix the pier.",
			"The mayor asked how to fix the pier", "", ""},
		{"a question after a deed of the same subject",
			"At the gate, the families held up photographs and asked the freed sailors whether they had seen the missing crew.",
			"At the gate, the families held up photographs and asked the freed sailors whether they had seen the missing crew", "", ""},
		{"was asked",
			"The minister was asked whether the tolls would rise next year.",
			"The minister was asked whether the tolls would rise next year", "", ""},
	})
}
