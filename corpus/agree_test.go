package corpus

import "testing"

// TestAgreedViewIsTheirs checks a view told as one shared ("Most growers
// agreed that …", "agrees with the mayor that …", "agreed there is …"):
// it is theirs, as what they say is.
func TestAgreedViewIsTheirs(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"agreed that",
			"The growers met in the hall on Monday.\n\nMost growers agreed that the frost had cost them half the crop.",
			"the frost had cost them half the crop", "Most growers", "Most growers"},
		{"agrees with someone that",
			"The harbour board met on Monday.\n\nHarbour master Lena Ostrova agrees with the mayor that the pier needs a second crane.",
			"the pier needs a second crane", "Lena Ostrova", "Harbour master Lena Ostrova"},
	})
}

// TestAgreedNoView checks that agreeing to do something, or with a thing,
// tells no view: "agreed to meet again", "agreed with the analysis".
func TestAgreedNoView(t *testing.T) {
	for _, body := range []string{
		"The two mayors agreed to meet again before the autumn fair.",
		"The harbour master agreed with the analysis of the tides.",
	} {
		a := &Article{File: "t.md", Title: "t", Paragraphs: []string{body}}
		for _, st := range Extract(a) {
			if st.Speaker != "" {
				t.Errorf("%q: speaker %q for %q", body, st.Speaker, st.Text)
			}
		}
	}
}

// TestAgreedInsideSaying checks that a view shared inside what someone
// wrote ("wrote that she agreed with him that …") is not given to the one
// who agreed on the writer's word alone.
func TestAgreedInsideSaying(t *testing.T) {
	a := &Article{File: "t.md", Title: "t", Paragraphs: []string{"Mayor Ida Kern opened the new pier on Monday.",
		"Columnist Vera Holm has been hard on the council but on Friday wrote that she agreed with the council that the pier is worth its cost."}}
	for _, st := range Extract(a) {
		if st.Speaker == "Ida Kern" {
			t.Errorf("speaker %q for the view alone", st.Speaker)
		}
	}
}
