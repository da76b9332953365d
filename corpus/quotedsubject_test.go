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
		{"a subject others describe: said to be",
			"The chemistry between Mayor Ada Ames and Mr. Reyes is said to be “good” and the two are seen as the best hope for the port.",
			"The chemistry between Mayor Ada Ames and Mr. Reyes is said to be “good” and the two are seen as the best hope for the port", "", ""},
		{"a subject others describe: described as",
			"Mr. Reyes was widely described as “a hard bargainer” by the dock workers.",
			"Mr. Reyes was widely described as “a hard bargainer” by the dock workers", "", ""},
		{"a subject reported to have said the words is still their speaker",
			"Mayor Ada Ames is reported to have called the dock owners “free riders” at the dinner.",
			"Mayor Ada Ames is reported to have called the dock owners “free riders” at the dinner", "Ada Ames", "Mayor Ada Ames"},
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

// TestLabelledTitles checks capitalised words in quotation marks, which
// read as a title by their look: after a verb of naming, denouncing or
// saying over, or after "as" and an article, they are the subject's words;
// beside a work they name, after a form of "be" or in a comparison they
// stay a title, no one's.
func TestLabelledTitles(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a verb of denouncing before the name of a movement",
			"Mayor Dana Whitlock denounced the so-called “Friends of the Port” campaign at a rally on Tuesday.",
			"Mayor Dana Whitlock denounced the so-called “Friends of the Port” campaign at a rally on Tuesday", "Dana Whitlock", "Mayor Dana Whitlock"},
		{"a verdict after its object",
			"The review board examined the claim and rated it “Misleading.”",
			"The review board examined the claim and rated it “Misleading.”", "the review board", "The review board"},
		{"as and an article",
			"The senator repeatedly referred to the treaty as the “Great Betrayal.”",
			"The senator repeatedly referred to the treaty as the “Great Betrayal.”", "the senator", "The senator"},
		{"two speakers and an adverb before the verb",
			"Mayor Whitlock and Governor Ames both condemned the new “Ports First” alliance in interviews on Friday.",
			"Mayor Whitlock and Governor Ames both condemned the new “Ports First” alliance in interviews on Friday", "Whitlock and Ames", "Mayor Whitlock and Governor Ames"},
		{"words said over after a leading clause",
			"Reading from a card, Senator Ortiz twice pronounced the name of the shipping firm “Maersk” wrongly.",
			"Reading from a card, Senator Ortiz twice pronounced the name of the shipping firm “Maersk” wrongly", "Ortiz", "Senator Ortiz"},
		{"an ordinal opening the sentence",
			"First, Governor Ruth Ames identified the envoy as “Foreign,” which drew criticism from the council.",
			"First, Governor Ruth Ames identified the envoy as “Foreign,” which drew criticism from the council", "Ruth Ames", "Governor Ruth Ames"},
		{"a relative clause in brackets after the subject",
			"Clearcheck (which is not known as partisan) examined the claim and rated it “False.”",
			"Clearcheck (which is not known as partisan) examined the claim and rated it “False.”", "Clearcheck", "Clearcheck"},
		{"a series stays a title",
			"Senator Lena Ortiz mocked the “Night Watch” series on Tuesday.",
			"Senator Lena Ortiz mocked the “Night Watch” series on Tuesday", "", ""},
		{"a talk show stays a title",
			"Senator Lena Ortiz mocked the host of the talk show “Harbor Lights.”",
			"Senator Lena Ortiz mocked the host of the talk show “Harbor Lights.”", "", ""},
		{"a name given in the passive is no one's",
			"The new fund will informally be dubbed the “Save The Port Fund” and will pay for ads.",
			"The new fund will informally be dubbed the “Save The Port Fund” and will pay for ads", "", ""},
		{"a comparison is no naming",
			"The mayor’s answer was not as sharp as the “Harbor First” remark.",
			"The mayor’s answer was not as sharp as the “Harbor First” remark", "", ""},
		{"as in a phrase of its own is no naming",
			"Ames broke his promise and joined Reyes as part of the “Group of Six,” which also included Lund.",
			"Ames broke his promise and joined Reyes as part of the “Group of Six,” which also included Lund", "", ""},
	})
}
