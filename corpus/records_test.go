package corpus

import "testing"

// TestAccordingToRecords checks a closing "according to" whose source is a
// record or an account rather than a person: the record is the source, or
// whoever issued it when the sentence names them ("by", "from"); words
// quoted in the sentence stay with whoever says them; "according to plan"
// names no source.
func TestAccordingToRecords(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"filings",
			"The relief fund spent most of its money on trucks last spring, according to customs filings.",
			"The relief fund spent most of its money on trucks last spring", "customs filings", "customs filings"},
		{"a name and a verb before the record",
			"Dorn leads Amsel in the river towns by five points, according to a tally of recent polls.",
			"Dorn leads Amsel in the river towns by five points", "a tally of recent polls", "a tally of recent polls"},
		{"a count by an agency",
			"At least 40 villages along the river have been emptied, according to a count by the Harbor Relief Agency.",
			"At least 40 villages along the river have been emptied", "the Harbor Relief Agency", "the Harbor Relief Agency"},
		{"figures released by a ministry",
			"Some 1,200 detainees were freed in the first week, according to figures released Monday by the interior ministry.",
			"Some 1,200 detainees were freed in the first week", "the interior ministry", "the interior ministry"},
		{"a record seen by an outlet",
			"The first phase is to last five weeks, according to the text of the accord seen by the Harbor Ledger.",
			"The first phase is to last five weeks", "the text of the accord", "the text of the accord"},
		{"a speaker before the record keeps the quotation",
			"Envoy Lina Sorel met the mediators on Friday.\n\n“We have never been this close,” the envoy will say, according to excerpts released by her office.",
			"We have never been this close", "Lina Sorel", "the envoy"},
		{"according to plan",
			"The first convoy reached the border at dawn, according to plan.",
			"The first convoy reached the border at dawn, according to plan", "", ""},
		{"according to the schedule",
			"The guns fell silent at noon, according to the schedule agreed in Vell.",
			"The guns fell silent at noon, according to the schedule agreed in Vell", "", ""},
	})
}

// TestRecordFindings checks what a poll, a survey, a report or records
// are said to have found ("a new survey shows …", "the report found that
// …", "…, records show"): the record is the source, with what qualifies it
// ("released Monday", "taken in …", "by …"). "found" and "show" after
// anything else are no verbs of saying.
func TestRecordFindings(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a survey shows",
			"A new survey shows most fishermen along the coast back the quota.",
			"most fishermen along the coast back the quota", "a new survey", "A new survey"},
		{"polls show",
			"Polls show the governor well ahead in the northern valleys.",
			"the governor well ahead in the northern valleys", "Polls", "Polls"},
		{"a report found that",
			"The monitors published their findings on Friday. Their report found that aid trucks had been held at the crossing for nine days.",
			"aid trucks had been held at the crossing for nine days", "their report", "Their report"},
		{"a survey and the day it came out",
			"A harbour survey released on Thursday found that most ferry crews want a shorter season.",
			"most ferry crews want a shorter season", "a harbour survey released on Thursday", "A harbour survey released on Thursday"},
		{"a study by an institute",
			"A 2023 study by the Coastal Policy Institute showed that the quota had doubled the cod catch.",
			"the quota had doubled the cod catch", "A 2023 study by the Coastal Policy Institute", "A 2023 study by the Coastal Policy Institute"},
		{"polls taken somewhere",
			"Exit polls taken in the river towns showed Dorn ahead among older voters.",
			"Dorn ahead among older voters", "Exit polls taken in the river towns", "Exit polls taken in the river towns"},
		{"records show, closing",
			"Fuel costs at the ferry docks doubled last winter, city records show.",
			"Fuel costs at the ferry docks doubled last winter", "city records", "city records"},
		{"the data suggest",
			"The data suggest that fewer ferries crossed the strait in January.",
			"fewer ferries crossed the strait in January", "the data", "The data"},
		{"records that open the sentence are no name",
			"Records indicate the ferry left Port Selm two hours late.",
			"the ferry left Port Selm two hours late", "Records", "Records"},
		{"a clause put in front of a poll",
			"While a survey released Monday showed Dorn ahead in the towns, the race in the valleys stayed close.",
			"While a survey released Monday showed Dorn ahead in the towns, the race in the valleys stayed close", "", ""},
		{"rescuers found",
			"Rescuers found two survivors under the collapsed school in Marlow.",
			"Rescuers found two survivors under the collapsed school in Marlow", "", ""},
		{"a show found",
			"The late-night show found a wide audience among students.",
			"The late-night show found a wide audience among students", "", ""},
	})
}

// TestAccordingToBetweenSubjectAndVerb checks a source set between a
// sentence's subject and its verb ("The convoy, according to …, crossed
// …"): the sentence is said whole, without the source; after a whole
// clause, what follows the source tells of it and is not said.
func TestAccordingToBetweenSubjectAndVerb(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a subject, then the source",
			"The grain convoy, according to a harbour official, reached Port Selm on Sunday.",
			"The grain convoy reached Port Selm on Sunday", "a harbour official", "a harbour official"},
		{"a subject and its auxiliary",
			"Both delegations have, according to two mediators, accepted the new map.",
			"Both delegations have accepted the new map", "two mediators", "two mediators"},
		{"a named source with a role",
			"The next round, according to Ilse Marten, the chief mediator, will open in Dovra.",
			"The next round will open in Dovra", "Ilse Marten", "Ilse Marten"},
		{"a whole clause, then a description of the source",
			"Shelling hit three villages near the river on Friday, according to the district chief, Paul Aro, who visited them.",
			"Shelling hit three villages near the river on Friday", "the district chief", "the district chief"},
		{"a whole clause, then a participle",
			"The strike closed the northern port for a week, according to the shipping board, leaving forty ships at anchor.",
			"The strike closed the northern port for a week", "the shipping board", "the shipping board"},
	})
}
