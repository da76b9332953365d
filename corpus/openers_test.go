package corpus

import "testing"

// TestSentenceOpeners checks that a participle, adverb or function word
// opening a sentence ("Flying home …", "Hastily blaming …", "Nobody near
// …") and a dateline are taken for no one, while a surname of the same
// shape that the article has named stays a speaker.
func TestSentenceOpeners(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		text    string // words of the statement to check
		speaker string
	}{
		{"a participle opening the sentence",
			"Flying home that night on the late train, she told her brother, Tom Vell, that the vote would be \"a long fight\" and \"a big loss.\"",
			"a long fight", ""},
		{"another participle opening the sentence",
			"Citing the storm as a warning, she wrote to her sister, Nia Holt, that the plan was \"a slow ruin\" and \"a sad joke.\"",
			"a slow ruin", ""},
		{"an adverb opening the sentence",
			"Sadly waving the flag one last time, she told her cousin, Ben Ulm, that the port was \"a lost cause.\"",
			"a lost cause.", ""},
		{"a past participle opening the sentence",
			"Based on the note sent out by the Herald, it seems Reyes \"has spoken to Ada Lune a few times\" this year.",
			"has spoken to Ada Lune a few times", ""},
		{"a dateline of a place in capitals and its state",
			"LAKE PINE, Calif. - Greeting hundreds of nurses who work long hours, Governor Ada Bell came here last week and promised to \"fix the roads.\"",
			"fix the roads.", "Ada Bell"},
		{"a quantifier pronoun opening the sentence",
			"Nobody near Quillo, she told her aunt, Dara Penn, wanted \"a third vote.\"",
			"a third vote.", ""},
		{"a surname that is also a quantifier, named before",
			"The plan came from the harbour master, Orla Near, on Tuesday.\n\nNear said the boats would \"wait for the tide.\"",
			"wait for the tide.", "Orla Near"},
		{"a surname ending like a participle, named before",
			"The letter came from the club's director, Jeremy Fielding, on Monday.\n\nFielding said the members would \"still meet on Fridays.\"",
			"still meet on Fridays.", "Jeremy Fielding"},
		{"an adverb-like surname, named before",
			"The count was led by Ida Hastly, a clerk.\n\nHastly said the ballots were \"all in order.\"",
			"all in order.", "Ida Hastly"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractOne(t, tt.body, tt.text)
			if got.Speaker != tt.speaker {
				t.Errorf("speaker %q mention %q; want %q", got.Speaker, got.Mention, tt.speaker)
			}
		})
	}
}
