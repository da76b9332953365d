package corpus

import "testing"

// TestLongClosingAppositives checks closing attributions after a quotation
// whose speaker the usual readings miss: a name with an appositive full of
// commas, one with a relative clause and no closing comma, and titles
// joined by "and" before the name.
func TestLongClosingAppositives(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"an appositive with a list inside it",
			"The new berths “will not end the queues, but they are a start,” Lina Holt, deputy head of harbors, canals, and locks, said on the same call.",
			"will not end the queues, but they are a start", "Lina Holt", "Lina Holt"},
		{"a relative clause and no closing comma",
			"“The valley vote is drifting away from her,” Omar Salas, the analyst who built the river poll wrote on Friday.",
			"The valley vote is drifting away from her", "Omar Salas", "Omar Salas"},
		{"two titles joined before the name",
			"“He has done this twice before and he will do it again,” said former Harbor Mayor and party Chairman Ivo Brandt.",
			"He has done this twice before and he will do it again", "Ivo Brandt", "Ivo Brandt"},
	})
}

// TestNowSays checks "now" between a speaker and the verb of saying, as
// news writes a change of mind: the speaker before it still speaks.
func TestNowSays(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a name, now, the verb",
			"Senator Ruth Amsel backed the levy in March.\n\nAmsel now says the levy was a mistake.",
			"the levy was a mistake", "Ruth Amsel", "Amsel"},
		{"now and an aside after the verb",
			"Senator Ruth Amsel backed the levy in March.\n\nAmsel now says, however, that she would vote for it again.",
			"she would vote for it again", "Ruth Amsel", "Amsel"},
	})
}

// TestAsideSubjects checks a quotation standing alone after a sentence
// whose subject has an aside between commas before its verb: the person
// that sentence names speaks, not whoever was quoted before.
func TestAsideSubjects(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a name, a party tag and a relative clause",
			"“We will not sign it,” Mayor Ada Ames said.\n\nOn Sunday, Sen. Tomas Brell (Vt.), who lost the primary to Ames, named the port as the first thing to fix. “The docks come before anything else in this town.”",
			"The docks come before anything else in this town.", "Tomas Brell", ""},
		{"a role with a phrase, then the name in the aside",
			"“We will not sign it,” Mayor Ada Ames said.\n\nHis former business partner at Dover Freight, Lena Fisk, called him a master of hard bargains. “He found deals where nobody else looked.”",
			"He found deals where nobody else looked.", "Lena Fisk", ""},
	})
}

// TestClosingAfterQuestion checks a quotation that ends in a question mark
// or exclamation mark, whose closing attribution names who was asked or
// told, what it was about, or how: the attribution belongs to the same
// sentence, not the speaker quoted before.
func TestClosingAfterQuestion(t *testing.T) {
	before := "“The ferry is safe,” Mayor Kai Dorn said on Monday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"told a station and an interview after it",
			before + "“Is it really safe?” Lina Holt told Vell’s harbour radio station in an interview aired on Tuesday when asked about the storm.",
			"Is it really safe?", "Lina Holt", "Lina Holt"},
		{"asked those in the room",
			before + "“Who would buy it now?” Ivo Brandt asked council members.",
			"Who would buy it now?", "Ivo Brandt", "Ivo Brandt"},
		{"asked them, and how",
			before + "“Who would buy it now?” Ivo Brandt asked reporters rhetorically during a news conference.",
			"Who would buy it now?", "Ivo Brandt", "Ivo Brandt"},
		{"said of what it was about",
			before + "“What else could we sell?” Lina Holt said of the old ferry in February.",
			"What else could we sell?", "Lina Holt", "Lina Holt"},
		{"told, after a question quoted inside the quotation",
			before + "“When the flood came, her first words were, ‘What can we do to help?’” Ivo Brandt told reporters during the call.",
			"When the flood came, her first words were, ‘What can we do to help?’", "Ivo Brandt", "Ivo Brandt"},
	})
}

// TestClosingVerbsInThePresent checks closing verbs a column writes in
// the present: the one it quotes speaks, not whoever was quoted before.
func TestClosingVerbsInThePresent(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"concludes",
			"“The ferry is safe,” Mayor Kai Dorn said on Monday.\n\n“The port will never pay for itself,” the harbour historian Ivo Brandt concludes.",
			"The port will never pay for itself", "Ivo Brandt", "the harbour historian Ivo Brandt"},
	})
}

// TestFromSourceColon checks a sentence that opens by naming the writing
// it quotes and a colon: the writing speaks, or its owner when a
// possessive names one.
func TestFromSourceColon(t *testing.T) {
	before := "The harbour board met on Monday.\n\n“The ferry is safe,” Mayor Kai Dorn said.\n\n"
	checkSpeakers(t, []speakerCase{
		{"from a report",
			"The harbour board met on Monday.\n\nFrom the report: “Most boats were late in the spring and the summer.”",
			"Most boats were late in the spring and the summer.", "the report", "the report"},
		{"from an owner's post",
			before + "Aides say Ada Voss will back the plan. From Voss’s Facebook post: “The pier is worth every penny, and I will vote for it.”",
			"The pier is worth every penny, and I will vote for it.", "Ada Voss", "Voss’s Facebook post"},
	})
}

// TestJoinedSubjectParticiple checks a participle of saying after the
// main clause of a sentence that opens with words joining it to the one
// before ("And then"), and a closing verb of urging: the subject speaks,
// not whoever was quoted before.
func TestJoinedSubjectParticiple(t *testing.T) {
	before := "The harbour board met on Monday.\n\n“The ferry is safe,” Mayor Kai Dorn said.\n\n"
	checkSpeakers(t, []speakerCase{
		{"and then, the subject, a participle",
			before + "And then Lina Holt turned on the council, saying, “Who signed off on that ferry? Somebody has to answer for it!”",
			"Who signed off on that ferry? Somebody has to answer for it!", "Lina Holt", "Lina Holt"},
		{"exhorted, then a role and a name",
			before + "Then came the plainest change of all: “It is about time we had a new pier,” exhorted harbour chief Ada Voss.",
			"It is about time we had a new pier", "Ada Voss", "harbour chief Ada Voss"},
	})
}
