package corpus

import (
	"strings"
	"testing"
)

// TestNewsAttributionForms checks less common ways news attributes
// quotations: a closing verb of allegation, a name's possessive as the
// subject of a sentence that quotes it, a closing attribution with a clause
// after it, subjects whose phrase the first word or a verb bounds, and
// later clauses of a sentence with speakers of their own.
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
		{"a closing attribution ends where a clause of circumstance begins",
			"“It went well,” the shipping magnate told Radio Vell in a long interview in Dorvan when asked if he had met Amsel.",
			"It went well", "the shipping magnate", "the shipping magnate"},
		{"a subject of one word before a verb and its object",
			"The town released a statement saying Dorn’s remarks “rest on his feelings, not on the record.”",
			"rest on his feelings, not on the record.", "the town", "The town"},
		{"a plural subject and its place, capitalised as the first word",
			"Voters in each river town say the two plans are “about right.”",
			"the two plans are “about right.”", "Voters in each river town", "Voters in each river town"},
		{"a participle after the preposition of a closing attribution",
			"“To begin with, the board must slow down and hear us out,” the retired surgeon told Radio Vell in a clip posted on Monday.",
			"To begin with, the board must slow down and hear us out", "the retired surgeon", "the retired surgeon"},
		{"the speaker of a later clause opened by “to which”",
			"Amsel said that experts had found her plans were sound, to which Dorn interjected: “That is just not so.”",
			"That is just not so.", "Dorn", "Dorn"},
		{"the speaker of a later clause after a quotation and “but”",
			"His wife had warned him not to be too harsh, to act “calm,” but Dorn said he replied: “When you are under fire, you cannot be too calm.”",
			"When you are under fire, you cannot be too calm.", "Dorn", "Dorn"},
		{"the subject of a later clause with two verbs",
			"A circle of pastors planned a march outside his rally, and the Harbor League sharply denounced his words and said it would “return” every gift he had made.",
			"it would “return” every gift he had made", "the Harbor League", "the Harbor League"},
		{"two named speakers with a shared aside after a quotation",
			"“We can only ask whether the aim is to let the fraud back in,” council leader Vera Holm and harbor chief Tomas Brell, both Greens, said in a letter.",
			"We can only ask whether the aim is to let the fraud back in", "Vera Holm and Tomas Brell", "council leader Vera Holm and harbor chief Tomas Brell"},
		{"two named speakers with a shared aside before the verb",
			"Vera Holm and Tomas Brell, both Greens, said the plan was “an open door to fraud.”",
			"an open door to fraud.", "Vera Holm and Tomas Brell", "Vera Holm and Tomas Brell"},
	})
}

// TestQuoteOpenAtTheEnd checks a quotation the text ends inside (the
// opening of a page, cut at its last whole sentence): it is its speaker's
// as a closed one would be, named before a colon or in the paragraph
// before.
func TestQuoteOpenAtTheEnd(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"named before a colon, the quotation over two paragraphs",
			"Minister Ana Ruiz visited Vell. Minister Ruiz said:\n\n\"...We thank the mediators for their work. The truce must hold.\n\n\"The people deserve calm and we will build on it.",
			"...We thank the mediators for their work. The truce must hold. The people deserve calm and we will build on it.", "Ana Ruiz", ""},
		{"named in the paragraph before",
			"Minister Ana Ruiz visited Vell.\n\n“We thank the mediators for their work,” Ruiz said.\n\n“The people deserve calm and we will build on it.",
			"The people deserve calm and we will build on it.", "Ana Ruiz", ""},
	})
}

// TestSignedQuotation checks a quotation set apart with its speaker's name
// on the line under it, as pages pull a quotation out: the words are that
// person's, said on the day the line gives, and a date after the name is
// no part of the name.
func TestSignedQuotation(t *testing.T) {
	tests := []struct {
		name, body, text, speaker, day string
	}{
		{"a name and title, then the day",
			"“The villagers have suffered enough. Because we acted, they will go home.”\n\nPresident Ana Ruiz\nJune 10, 1999\n\nToday the troops began leaving.",
			"The villagers have suffered enough. Because we acted, they will go home.", "Ana Ruiz", "1999-06-10"},
		{"a dash, the name and a role",
			"“The villagers have suffered enough.”\n\n— Ana Ruiz, Foreign Minister\n\nThe troops have begun leaving.",
			"The villagers have suffered enough.", "Ana Ruiz", "2024-09-25"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractOne(t, tt.body, tt.text)
			if got.Speaker != tt.speaker || got.SaidOn != tt.day {
				t.Errorf("speaker %q on %q; want %q on %q", got.Speaker, got.SaidOn, tt.speaker, tt.day)
			}
		})
	}
}

// TestModifiedSubjects checks a sentence's opening subject whose modifier
// runs up to the verb of saying: a relative clause, a participle, a phrase
// of a preposition, or an aside between commas or dashes. The subject
// without its modifier speaks, unless a clause with a subject of its own,
// another verb of saying, or a verb that may be a noun comes between.
func TestModifiedSubjects(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a relative clause with commas inside it",
			"Yet some fishermen who have worked the bay for decades, in small boats or on trawlers, said the new quotas came too late.",
			"the new quotas came too late", "some fishermen", "some fishermen"},
		{"a past participle and an aside of examples",
			"But several dock workers interviewed at the pier this week, including Ola Brun, said they had no quarrel with the toll.",
			"they had no quarrel with the toll", "several dock workers", "several dock workers"},
		{"an aside between dashes",
			"Many mourners at the chapel — farmers, teachers, grocers — said the loss was felt across the valley.",
			"the loss was felt across the valley", "many mourners", "Many mourners"},
		{"an aside of a participle between commas",
			"Harbor delegate Mira Tolst, wearing a cap covered in campaign pins, said she was proud of how the race was run.",
			"she was proud of how the race was run", "Mira Tolst", "Harbor delegate Mira Tolst"},
		{"an aside with a quotation whose comma sits inside the marks",
			"Mr. Dorn, pointing to “the plain pull of the port,” said the mayor could hold the eastern wards.",
			"the mayor could hold the eastern wards", "Dorn", "Mr. Dorn"},
		{"an adverb between commas",
			"Harbor inspectors and dock officials, however, said the channel was safe to use.",
			"the channel was safe to use", "Harbor inspectors and dock officials", "Harbor inspectors and dock officials"},
		{"a name in the aside after a role",
			"One pastor backing the levy, Ada Reyes of Saint Jude's in Marlow, said she had called every parish in the county.",
			"she had called every parish in the county", "Ada Reyes", "Ada Reyes"},
		{"a comparison in the aside is no title",
			"Yet rural economists, like their urban peers, say a tax on fuel slows hiring.",
			"a tax on fuel slows hiring", "rural economists", "rural economists"},
	})
}

// TestModifiedSubjectsNot checks sentences whose opening words only look
// like a subject and its modifier before a verb of saying.
func TestModifiedSubjectsNot(t *testing.T) {
	for _, tt := range []struct{ name, body, text string }{
		{"a verb that may be a noun after a modifier",
			"The senator hoped to win by enough to carry her into contests in coastal states more friendly to her rival.",
			"The senator hoped to win by enough to carry her into contests in coastal states more friendly to her rival"},
		{"an infinitive before the verb of saying",
			"Mayor Ada Ames agreed to a meeting on Friday, but only to tell the board that she would not move.",
			"Mayor Ada Ames agreed to a meeting on Friday, but only to tell the board that she would not move"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := extractOne(t, tt.body, tt.text)
			if got.Speaker != "" && !strings.Contains(tt.text, got.Mention) {
				t.Errorf("speaker %q mention %q; want none or the sentence's own subject", got.Speaker, got.Mention)
			}
		})
	}
}

// TestListAfterColon checks a list introduced by a sentence ending in a
// colon: the items are one statement with that sentence, which says what
// they are.
func TestListAfterColon(t *testing.T) {
	tests := []struct{ name, body, text string }{
		{"items run together in one paragraph",
			"The allies will watch carefully. Under the accord, Norland has to:\n\n• stop firing at once; • pull its units back within nine days; and • clear the mines it laid.",
			"Under the accord, Norland has to: • stop firing at once; • pull its units back within nine days; and • clear the mines it laid"},
		{"an item a paragraph",
			"The leaders agreed to:\n\n- open the border crossings;\n\n- release all detainees within a week.",
			"The leaders agreed to: - open the border crossings; - release all detainees within a week"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			extractOne(t, tt.body, tt.text)
		})
	}
}

// TestSaidToRecipients checks those the words were said to, between the
// verb and what was said: "reiterated to both sides that …", "stressed to
// her counterpart that …" (what was said starts after "that").
func TestSaidToRecipients(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"to both sides",
			"Secretary Ana Ruiz met the negotiators in Vell. Secretary Ruiz reiterated to both sides that Washington stands firmly behind the talks.",
			"Washington stands firmly behind the talks", "Ana Ruiz", "Secretary Ruiz"},
		{"to a counterpart",
			"Secretary Ana Ruiz met the negotiators in Vell.\n\nShe stressed to her counterpart that the truce must hold.",
			"the truce must hold", "Ana Ruiz", "She"},
	})
}
