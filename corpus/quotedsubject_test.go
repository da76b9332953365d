package corpus

import "testing"

// TestQuotedSubjects checks who a sentence that quotes words without a
// verb of saying gives them to: its subject, whatever that subject is (a
// study, a plan, a film, a group of backers), unless the subject only
// stands linked to what someone else called it or another speaker comes
// between.
func TestQuotedSubjects(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a finding shows",
			"The new audit also showed the weakness of “local control” as a slogan.",
			"The new audit also showed the weakness of “local control” as a slogan", "the new audit", "The new audit"},
		{"a plan promises",
			"Her tax plan promises to “lift up every family in the valley.”",
			"lift up every family in the valley.", "her tax plan", "Her tax plan"},
		{"a phrase of a preposition and an aside before the verb",
			"Backers of the transit bill, however, say it would keep the agency in place as an “honest referee.”",
			"Backers of the transit bill, however, say it would keep the agency in place as an “honest referee.”", "Backers of the transit bill", "Backers of the transit bill"},
		{"a verb in -s after the head",
			"The film shows Ada wanting to stay and depicts one of the guards asking, “Why would we stay here tonight?”",
			"Why would we stay here tonight?", "the film", "The film"},
		{"a subject linked to what others called it",
			"The shortage of polling stations was “deeply unfair” to the valley towns.",
			"The shortage of polling stations was “deeply unfair” to the valley towns", "", ""},
		{"a subject after its opening phrase",
			"In a short statement, the shipping firm announced that it was “pausing all sailings” until spring.",
			"pausing all sailings", "the shipping firm", "the shipping firm"},
		{"a named speaker in a clause after the verb",
			"The furor spread to the council, where Councilwoman Ida Marr branded the plan “a joke and a waste.”",
			"a joke and a waste.", "Ida Marr", "Councilwoman Ida Marr"},
		{"a clause inside the sentence names who quotes",
			"The board’s defeat was sealed when Reyes in his maiden address called the harbor plan “a fraud and a theft.”",
			"Reyes in his maiden address called the harbor plan “a fraud and a theft.”", "Reyes", "Reyes"},
		{"the subject before its verb, not after a place's comma",
			"Mayor Ada Ames talked on Tuesday about the mill closing in Dover, Ohio, arguing that the layoffs should be read as “a warning.”",
			"the layoffs should be read as “a warning.”", "Ada Ames", "Mayor Ada Ames"},
		{"a phrase of a preposition opening the sentence is no subject",
			"With the board fretting over thin crowds at the docks, Mayor Ada Ames is trying a fresh line: “It is about me and the port.”",
			"It is about me and the port.", "Ada Ames", "Mayor Ada Ames"},
		{"footage of someone saying, whatever the verb of the sentence",
			"The new mailer ends with a clip of Ada Ames saying at the town forum, “Roads before parks, always,” as the crowd boos.",
			"Roads before parks, always", "Ada Ames", "Ada Ames"},
		{"a title quoted after a speech verb is what was said, not a closing attribution",
			"At the harbor on Friday, Ada Ames proclaimed a goal of “Calm Through Talks.”",
			"a goal of “Calm Through Talks.”", "Ada Ames", "Ada Ames"},
		{"an adjective opening the sentence goes with its noun",
			"Multiple outlets reported on Wednesday that the mayor had “more than one talk” with the board.",
			"more than one talk", "Multiple outlets", "Multiple outlets"},
		{"the plain form of a speech verb after an adjective and a noun is the verb",
			"Legal scholars note the board would not truly “close” the dock, but rather move it.",
			"Legal scholars note the board would not truly “close” the dock, but rather move it", "Legal scholars", "Legal scholars"},
		{"an adjective alone is no one",
			"Generous pensions and paid “study trips” are handed to the board each year.",
			"Generous pensions and paid “study trips” are handed to the board each year", "", ""},
	})
}
