package corpus

import "testing"

// TestPronounAfterRoleInLowerCase checks "he said" after a sentence that
// names someone in full after a role in lower case ("named former
// ambassador Piet Brandt as envoy"): that person is mentioned last, as one
// with a title would be, and so speaks; a sentence that names no one new
// leaves the pronoun with the person named before.
func TestPronounAfterRoleInLowerCase(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a role in lower case before the name",
			"Earlier in the day, Minister Ada Roe named former ambassador Piet Brandt as the special envoy for the harbour talks.\n\n“Both leaders have made hard choices to come back to the table,” he said.",
			"Both leaders have made hard choices to come back to the table", "Piet Brandt", "he"},
		{"a name with a title, as before",
			"Earlier in the day, Minister Ada Roe named Ambassador Piet Brandt as the special envoy for the harbour talks.\n\n“Both leaders have made hard choices to come back to the table,” he said.",
			"Both leaders have made hard choices to come back to the table", "Piet Brandt", "he"},
		{"no one new named",
			"Minister Omar Haddad spoke to the delegates in the morning.\n\nThe talks had stalled for a week.\n\n“We are close to a text,” he said.",
			"We are close to a text", "Omar Haddad", "he"},
	})
}
