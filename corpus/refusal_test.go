package corpus

import (
	"strings"
	"testing"
)

// TestRefusalIsTheSubjects checks a sentence telling that its subject
// would not comment or answer ("declined to comment", "did not respond to
// a request for comment", "refused to say"): the whole sentence is kept,
// as the subject's, since the refusal is their answer.
func TestRefusalIsTheSubjects(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"declined to comment",
			"The port authority raised its fees in May.\n\nA spokeswoman for the port authority declined to comment.",
			"A spokeswoman for the port authority declined to comment", "a spokeswoman for the port authority", "A spokeswoman for the port authority"},
		{"declined comment, a named person",
			"Harbour master Lena Ostrova oversaw the dredging.\n\nOstrova declined comment on the cost of the work.",
			"Ostrova declined comment on the cost of the work", "Lena Ostrova", "Ostrova"},
		{"did not immediately respond",
			"The Dorn campaign spent heavily on radio.\n\nThe Dorn campaign did not immediately respond on Friday to emailed questions about the ads.",
			"The Dorn campaign did not immediately respond on Friday to emailed questions about the ads", "the Dorn campaign", "The Dorn campaign"},
		{"refused to say",
			"Mayor Ida Kern opened the new pier.\n\nKern refused to say whether the pier would be finished by spring.",
			"Kern refused to say whether the pier would be finished by spring", "Ida Kern", "Kern"},
		{"has not returned calls",
			"Tomas Adler owns the ferry line.\n\nAdler has not returned several calls seeking comment.",
			"Adler has not returned several calls seeking comment", "Tomas Adler", "Adler"},
	})
}

// TestDeclineNoRefusal checks that "declined" and "refused" that tell of
// no answer name no speaker: a figure that fell, a request refused by a
// court to someone else's case.
func TestDeclineNoRefusal(t *testing.T) {
	for _, body := range []string{
		"Ferry traffic declined to its lowest level in a decade.",
		"Turnout declined sharply in the northern wards.",
		"The number of visitors declined 12 percent last year.",
	} {
		a := &Article{File: "t.md", Title: "t", Paragraphs: []string{body}}
		for _, st := range Extract(a) {
			if st.Speaker != "" {
				t.Errorf("%q: speaker %q for %q", body, st.Speaker, st.Text)
			}
		}
	}
}

// TestRefusalThroughOffice checks that a phrase of a preposition before the
// refusal ("who through his lawyer declined") is not taken for its
// subject.
func TestRefusalThroughOffice(t *testing.T) {
	a := &Article{File: "t.md", Title: "t", Paragraphs: []string{"Judge Ames, who through his lawyer declined to comment, grew up on a farm near the coast."}}
	for _, st := range Extract(a) {
		if strings.Contains(st.Mention, "through") {
			t.Errorf("speaker %q mention %q for %q", st.Speaker, st.Mention, st.Text)
		}
	}
}
