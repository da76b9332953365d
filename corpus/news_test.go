package corpus

import (
	"strings"
	"testing"
)

// TestNewsSources checks who US political news names as the source of its
// quotations: outlets by name, filings and documents, speakers behind a
// phrase that opens the sentence, and quotations that speech verbs do not
// introduce. The articles are published on Wednesday 2024-09-25.
func TestNewsSources(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"an outlet by name reports",
			"The Lakeside Times reported Tuesday that the mayor had “no plan at all” for the bridge.",
			"the mayor had “no plan at all” for the bridge", "the Lakeside Times", "The Lakeside Times"},
		{"a wire service alone",
			"Reuters reported that the delegates would “meet again in the spring.”",
			"meet again in the spring.", "Reuters", "Reuters"},
		{"the outlet referred back to",
			"The Lakeside Times reported that the count had stopped twice.\n\nThe newspaper said the council had “ignored every warning.”",
			"ignored every warning.", "the Lakeside Times", "The newspaper"},
		{"a lawsuit contends",
			"The lawsuit contends that the county “failed to count thousands of ballots” in the spring.",
			"failed to count thousands of ballots", "the lawsuit", "The lawsuit"},
		{"a complaint with a relative clause",
			"The complaint, which was filed in state court on Monday, alleged that the board “hid the real costs.”",
			"hid the real costs.", "the complaint", "The complaint"},
		{"the object of an opening preposition is not the speaker",
			"In a video posted Friday, Senator Dana Whitlock said she would “never back the bill as written.”",
			"never back the bill as written.", "Dana Whitlock", "Senator Dana Whitlock"},
		{"any verb after a quotation left open by its comma",
			"“Put the phones away and listen,” Dora Quill shot back with a grin.",
			"Put the phones away and listen", "Dora Quill", "Dora Quill"},
		{"any verb after a question closes it",
			"Mayor Tom Reyes spoke first.\n\n“Who pays for all of that?” Nell Varga fired back.",
			"Who pays for all of that?", "Nell Varga", "Nell Varga"},
		{"the verb must follow the speaker",
			"“The clerks are worn out and need help,” a court source, who was not cleared to speak on the record, told the Lakeside Times.",
			"The clerks are worn out and need help", "a court source", "a court source"},
		{"quotation marks typed as two apostrophes",
			"''We will not give up the port for a promise,'' said Mayor Lena Osk.",
			"We will not give up the port for a promise", "Lena Osk", "Mayor Lena Osk"},
		{"a share of those polled",
			"Nearly half said they would rather see someone from outside politics.",
			"they would rather see someone from outside politics", "Nearly half", "Nearly half"},
		{"a count out of ten",
			"About four in 10 said they felt “angry” with the city council.",
			"they felt “angry” with the city council", "About four in 10", "About four in 10"},
		{"those surveyed after a leading figure",
			"By 61%-30%, those surveyed said the library should stay open.",
			"the library should stay open", "those surveyed", "those surveyed"},
		{"a name with its suffix",
			"Governor Walter P. Hale Jr. said the budget would be ready in May.",
			"the budget would be ready in May", "Walter Hale", "Governor Walter P. Hale Jr."},
		{"an age between commas",
			"Mr. Brandt, then 41, said he was told to hire an older deputy.",
			"he was told to hire an older deputy", "Brandt", "Mr. Brandt"},
		{"an aside that includes another",
			"Four Lakeside newspapers in Ohio, including the Lakeside Times, said the mayor should resign.",
			"the mayor should resign", "four Lakeside newspapers in Ohio", "Four Lakeside newspapers in Ohio"},
		{"a sentence between two quotations keeps them apart",
			"“Why did the mayor pay nothing at all?” a narrator in the new ad asks. The ad ends with footage of Mayor Rolf Dane saying last week, “That is just good planning,” as the crowd laughs.",
			"That is just good planning", "Rolf Dane", "Mayor Rolf Dane"},
		{"a quotation too short to stand alone stays in what was said",
			"On Monday, former Gov. Jeb Hart called the mayor “unhinged.” Sen. Marco Diaz called the plan “reckless and cruel.”",
			"the mayor “unhinged.”", "Jeb Hart", "former Gov. Jeb Hart"},
		{"those chanting after with",
			"The city was on everyone's mind, with many marchers and neighbors chanting “We are all one town” along the route.",
			"We are all one town", "many marchers and neighbors", "many marchers and neighbors"},
		{"the comma of an aside read without it",
			"Mayor Tom Reyes spoke first.\n\nSen. Jack Reeve (D-R.I.), called the bill a “starting point for our talks.”",
			"starting point for our talks.", "Jack Reeve", "Sen. Jack Reeve"},
		{"a speaker in a clause after the first",
			"Governor Ada Bell weighed in on Tuesday, hours after Senator Omar Lind said he was “encouraged” by the plan.",
			"he was “encouraged” by the plan", "Omar Lind", "Senator Omar Lind"},
		{"a speech verb in a clause put in front",
			"While not everything the mayor says is true, Professor Ida Marr said the mayor is “telling people what they want to hear.”",
			"telling people what they want to hear.", "Ida Marr", "Professor Ida Marr"},
		{"an inverted lead verb, a relative clause and a comma",
			"Said Dora Poynter, who grew up on the same street, “We were all so proud of him and his family.”",
			"We were all so proud of him and his family.", "Dora Poynter", "Dora Poynter"},
		{"as the paper noted",
			"But as the Lakeside Herald noted in an editorial Thursday, the mayor “has surprisingly earned himself a few fans downtown.”",
			"has surprisingly earned himself a few fans downtown.", "the Lakeside Herald", "the Lakeside Herald"},
		{"a name signing the quotation of the paragraph before, its list dash cleaned away",
			"Councilwoman Ada Bell spoke about the budget on Monday.\n\n“Most of the new money is going to the top of the ladder.”\n\nNora Quist.\n\n“We will fix the roads before the parks,” Bell said.",
			"Most of the new money is going to the top of the ladder.", "Nora Quist", "Nora Quist"},
		{"a name and what they were doing sign the quotation",
			"“Great speech. She is tested and she is ready for the job.”\n\n-Governor Lena Osk, tweeting after the speech.\n\n“The roads come first,” said Ada Bell.",
			"Great speech. She is tested and she is ready for the job.", "Lena Osk", "Governor Lena Osk"},
		{"a heading in capitals does not sign a quotation",
			"Mayor Tom Reyes spoke on Monday.\n\n“The port stays open through the winter and the spring.”\n\nHARBOR TALKS\n\nThe talks resume next week.",
			"The port stays open through the winter and the spring.", "Tom Reyes", ""},
		{"a role in lower case before the name closes a quotation",
			"“Many of his ideas are far from warm,” columnist Ada Lune wrote in the Herald piece.",
			"Many of his ideas are far from warm", "Ada Lune", "columnist Ada Lune"},
		{"any verb before a name after an exclamation",
			"“This is just fantastic!” beamed Don Hart of Selma, who had come early to the hall.",
			"This is just fantastic!", "Don Hart", "Don Hart of Selma"},
		{"the next quotation of the paragraph keeps how the speaker was named",
			"Mayor Tom Reyes spoke first.\n\n“It was very nice,” the shipping magnate told the Herald. “He was very charming and kind.”",
			"He was very charming and kind.", "the shipping magnate", "the shipping magnate"},
		{"the senator from a state refers back to the one named with the title",
			"Sen. Dana Whitlock met donors in Ohio on Monday. “The money is not the point at all,” the Oregon senator said.",
			"The money is not the point at all", "Dana Whitlock", "the Oregon senator"},
		{"a quoted transcript turn belongs to its label",
			"On Sunday, Senator Mara Quill spoke with host Dan Pryor.\n\n“PRYOR: Will you back the bill this week, Senator?\n\n“QUILL: We will back it as soon as the vote is called, and not a day later.",
			"We will back it as soon as the vote is called, and not a day later.", "Mara Quill", "Quill"},
		{"a label that is a word of the dictionary names no one",
			"Senator Mara Quill spoke on Sunday.\n\n“VIDEO: The crowd cheers as the senator walks in and waves.",
			"The crowd cheers as the senator walks in and waves.", "", ""},
		{"the main clause after but has its own subject",
			"The count is not final, but the Reyes campaign is already claiming a win in the so-called “mountain bracket.”",
			"The count is not final, but the Reyes campaign is already claiming a win in the so-called “mountain bracket.”", "the Reyes campaign", "the Reyes campaign"},
		{"a second clause with while has its own speaker",
			"Governor Ames refers to the senator, who is supposedly his old friend, as “Mr. Reyes,” while Reyes refers to the governor as “Tom.”",
			"Reyes refers to the governor as “Tom.”", "Reyes", "Reyes"},
		{"a second clause with and before a name has its own speaker",
			"The mayor called the plan “silly” and Senator Reyes says he is “losing the war on waste,” in a verbal lashing.",
			"losing the war on waste", "Reyes", "Senator Reyes"},
		{"one in a number said",
			"One in three said the party does not care about the valley towns.",
			"the party does not care about the valley towns", "one in three", "One in three"},
		{"a percentage said",
			"There is less agreement on taxes: 47% say the state should cut them.",
			"the state should cut them", "47 %", "47 %"},
		{"a name's associates said",
			"Reyes's associates said he is not planning to endorse anyone this spring.",
			"he is not planning to endorse anyone this spring", "Reyes's associates", "Reyes's associates"},
	})
}

// TestForgottenClosingMark: a quotation whose closing mark the writer
// forgot ends with its paragraph when the next opens outside quotation
// marks; a later paragraph's quotation is its own speaker's.
func TestForgottenClosingMark(t *testing.T) {
	body := "WASHINGTON — Delegates of Norland and Estria are meeting in the capital for talks.\n\n" +
		"\"The corridor deal will not come quickly, and Ambassador Vale knows it,\" Okafor said. \"Still, the road ahead is open and we mean to move along it with urgency.\n\n" +
		"Both delegations will keep talking for six months or more, department spokeswoman Dana Whitfield said.\n\n" +
		"\"We hope to close the deal within that span. Think of it as a target and not a deadline,\" she said.\n"
	a, err := ParseText("x.md", []byte("---\ntitle: \"Corridor Talks Resume\"\noutlet: \"Voice of America\"\npublished: 2025-04-02\n---\n"+body))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"with urgency": "Okafor", "not a deadline": "Dana Whitfield"}
	for _, s := range Extract(a) {
		for words, who := range want {
			if strings.Contains(s.Text, words) {
				if s.Speaker != who {
					t.Errorf("%q given to %q; want %q", s.Text, s.Speaker, who)
				}
				if words == "with urgency" && strings.Contains(s.Text, "deadline") {
					t.Errorf("%q runs on into a later paragraph's quotation", s.Text)
				}
				delete(want, words)
			}
		}
	}
	for words := range want {
		t.Errorf("no statement holds %q", words)
	}
}
