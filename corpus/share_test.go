package corpus

import "testing"

// TestShareAloneSays checks a speaker named only by how many of those
// spoken of said it ("Some said", "Most say", "Others said", "Half said"):
// the share is who spoke, as "Most of the voters" is, and what follows the
// verb is what they said.
func TestShareAloneSays(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"some, opening the sentence",
			"The harbour board met the fishing crews on Tuesday.\n\nSome said the new quotas would end their season early.",
			"the new quotas would end their season early", "some", "Some"},
		{"most, after a conjunction",
			"The mayor toured the flooded streets.\n\nBut most said the pumps had come too late to save the shops.",
			"the pumps had come too late to save the shops", "most", "most"},
		{"others, in the present",
			"Several growers welcomed the frost warning.\n\nOthers say the council should have paid for the covers.",
			"the council should have paid for the covers", "others", "Others"},
		{"many, after a comma",
			"The tenants gathered at the hall, and many said they would not pay the higher rent.",
			"they would not pay the higher rent", "many", "many"},
		{"half",
			"The union polled its members in March.\n\nHalf said the new shift pattern had cost them sleep.",
			"the new shift pattern had cost them sleep", "half", "Half"},
	})
}

// TestShareAloneNoSpeaker checks that a share word before a noun that is
// also a verb of saying ("Some states remained", "in several states") or
// after a word that makes it a count ("how many said") names no speaker.
func TestShareAloneNoSpeaker(t *testing.T) {
	for _, body := range []string{
		"Some states remained too close to call after midnight.",
		"The senator, leading in several states on the coast, turned to the fall campaign.",
		"There have been few calls for the mayor to step aside.",
		"Nobody knows how many said they would vote for the levy.",
	} {
		a := &Article{File: "t.md", Title: "t", Paragraphs: []string{body}}
		for _, st := range Extract(a) {
			if st.Speaker != "" {
				t.Errorf("%q: speaker %q for %q", body, st.Speaker, st.Text)
			}
		}
	}
}

// TestShareWithCount checks a share given its count between commas ("Just
// over a quarter, 26 percent, say …", "about two-thirds, 67 percent,
// said"): the share speaks, its count an aside.
func TestShareWithCount(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a quarter, its percent",
			"The union polled its members in March.\n\nJust over a quarter, 26 percent, say the night shift should end at midnight.",
			"the night shift should end at midnight", "a quarter", "a quarter"},
		{"two-thirds, its percent",
			"Among the dock workers polled, about two-thirds, 67 percent, said they would strike in May.",
			"they would strike in May", "two-thirds", "two-thirds"},
	})
}

// TestShareCountNoun checks that a noun after a count ("voters in all five
// states voting Tuesday") is not read as a verb of saying after a share.
func TestShareCountNoun(t *testing.T) {
	a := &Article{File: "t.md", Title: "t", Paragraphs: []string{"About two-thirds of the dock workers in all three states voting Monday back a longer strike."}}
	for _, st := range Extract(a) {
		if st.Speaker != "" {
			t.Errorf("speaker %q for %q", st.Speaker, st.Text)
		}
	}
}
