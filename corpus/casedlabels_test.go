package corpus

import (
	"strings"
	"testing"
)

// TestCasedTranscript tells a transcript labelled in ordinary case
// ("Okafor:", "Moderator:") from news that only has a few "Name: …" lines.
func TestCasedTranscript(t *testing.T) {
	tests := []struct {
		name string
		body string
		want bool
	}{
		{"an interview", "Moderator: Welcome to the programme tonight.\n\nVarga: Are the corridor talks over?\n\nOkafor: Not at all, we expect them back.\n\nVarga: And the prisoners held in the north?\n\nOkafor: They are part of the same package.", true},
		{"questions and answers", "Question: Is the truce holding in the east?\n\nMinister Haddad: It is holding, with a few violations.\n\nQuestion: Will the monitors stay on?\n\nMinister Haddad: They stay until the end of March.", true},
		{"a tally", "The count so far:\n\nClinton: 1,769.\n\nSanders: 1,501.\n\nClinton: 547.\n\nSanders: 46.", false},
		{"a roundup of reactions", "Leaders reacted to the deal on Monday.\n\nMacron: “A step towards peace for the whole region.”\n\nScholz: “We will help to rebuild the towns.”\n\nThe talks resume in Geneva next week, officials said.", false},
		{"a story with a heading", "Update: the talks resumed on Monday in Doha.\n\nThe mediators met both delegations.\n\nThe envoy said the gaps were narrowing.\n\nNo date was set for a signing.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Article{Title: "t", Paragraphs: strings.Split(tt.body, "\n\n")}
			if got := casedTranscript(a); got != tt.want {
				t.Errorf("casedTranscript = %v; want %v", got, tt.want)
			}
		})
	}
}

func TestCasedLabel(t *testing.T) {
	tests := []struct {
		para, label string
		ok          bool
	}{
		{"Blinken: We are close.", "BLINKEN", true},
		{"Secretary Blinken: We are close.", "SECRETARY BLINKEN", true},
		{"Mr. Miller: Good afternoon.", "MR. MILLER", true},
		{"Moderator: Next question.", "MODERATOR", true},
		{"Note: This story was corrected.", "", false},
		{"Monday: talks resume.", "", false},
		{"Clinton: 1,769.", "", false},
		{"The talks: what we know.", "", false},
	}
	for _, tt := range tests {
		lab, _, ok := casedLabel(tt.para)
		if lab != tt.label || ok != tt.ok {
			t.Errorf("casedLabel(%q) = %q, %v; want %q, %v", tt.para, lab, ok, tt.label, tt.ok)
		}
	}
}
