package corpus

import "testing"

// TestCourtRules checks what a court or a judge decided ("the court
// ruled that …", "the appeals court held that …", "the tribunal ruled
// that …", "the court said …"): the ruling is theirs, as a verb of saying
// would make it.
func TestCourtRules(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the court said",
			"The ferry company sued the county in March.\n\nThe court said the county had no power to cap the fares.",
			"the county had no power to cap the fares", "the court", "The court"},
		{"a judge ruled, a day between",
			"The ferry company sued the county in March.\n\nA county judge ruled Monday that the fare cap could stand until the autumn.",
			"the fare cap could stand until the autumn", "a county judge", "A county judge"},
		{"the appeals court held",
			"The ferry company appealed.\n\nThe appeals court held that the cap broke the harbour charter.",
			"the cap broke the harbour charter", "the appeals court", "The appeals court"},
		{"a named judge ruled",
			"The ferry company sued the county in March.\n\nJudge Mara Lind ruled that the county had acted in good faith.",
			"the county had acted in good faith", "Mara Lind", "Judge Mara Lind"},
		{"the tribunal ruled",
			"The fishermen took the dispute to a tribunal.\n\nThe tribunal ruled that the quota was unlawful.",
			"the quota was unlawful", "the tribunal", "The tribunal"},
	})
}

// TestHeldNoRuling checks that "held" and "found" after anyone but a
// court or a judge, and "ruled out", are no verbs of saying.
func TestHeldNoRuling(t *testing.T) {
	for _, body := range []string{
		"The mayor held that seat for two decades before the vote.",
		"Divers found that wreck off the northern cape in May.",
		"The council ruled out that option on Tuesday night.",
	} {
		a := &Article{File: "t.md", Title: "t", Paragraphs: []string{body}}
		for _, st := range Extract(a) {
			if st.Speaker != "" {
				t.Errorf("%q: speaker %q for %q", body, st.Speaker, st.Text)
			}
		}
	}
}

// TestRulesNoun checks that "rules" after anything but a court is the
// noun ("the party's rules that bind its delegates").
func TestRulesNoun(t *testing.T) {
	a := &Article{File: "t.md", Title: "t", Paragraphs: []string{"Delegates want to change the club's voting rules that bind them to the first ballot."}}
	for _, st := range Extract(a) {
		if st.Speaker != "" {
			t.Errorf("speaker %q for %q", st.Speaker, st.Text)
		}
	}
}

// TestFoundThatThing checks that "that" pointing to a thing after a
// verb of ruling ("found that action unconstitutional") opens no ruling.
func TestFoundThatThing(t *testing.T) {
	a := &Article{File: "t.md", Title: "t", Paragraphs: []string{"A county judge ruled that levy unfair, and the council repealed it."}}
	for _, st := range Extract(a) {
		if st.Speaker != "" {
			t.Errorf("speaker %q for %q", st.Speaker, st.Text)
		}
	}
}
