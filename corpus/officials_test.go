package corpus

import "testing"

// TestOfficialsAndOrganisations checks how government and wire writing
// names who spoke: long official titles, organisations named in full, a
// name and role with the comma left out, a person quoted by a medium, a
// group first introduced by what it is. The articles are published on
// Wednesday 2024-09-25.
func TestOfficialsAndOrganisations(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		text    string // words of the statement to check
		speaker string
		title   string
		saidOn  string
	}{
		{"a medium quoted someone saying",
			"State television quoted Foreign Minister Omar Haddad saying Monday that an agreement was still within reach and warning against “impossible conditions.”",
			"an agreement was still within reach", "Omar Haddad", "Foreign Minister", "2024-09-23"},
		{"a medium quoted someone as saying, after the quotation",
			"“Both delegations have confirmed they will attend,” the agency quoted ministry spokeswoman Dana Brell as saying.",
			"Both delegations have confirmed they will attend", "Dana Brell", "ministry spokeswoman", "2024-09-25"},
		{"a medium quoted someone as saying on a day, after the quotation",
			"“We will attend the talks,” state media quoted Foreign Minister Ivo Kant as saying on Monday.",
			"We will attend the talks", "Ivo Kant", "Foreign Minister", "2024-09-23"},
		{"a long official title closes the sentence",
			"The mediators on Tuesday suspended the talks because the sessions were going nowhere, U.K. Deputy Secretary of State for Eastern European Affairs Clara Moyes said on Wednesday.",
			"The mediators on Tuesday suspended the talks because the sessions were going nowhere", "Clara Moyes", "U.K. Deputy Secretary of State for Eastern European Affairs", "2024-09-25"},
		{"name, role and no second comma",
			"Tomas Brevik, Norway's government spokesperson said the army had “warned residents to leave the border villages.”",
			"warned residents to leave the border villages", "Tomas Brevik", "Norway's government spokesperson", "2024-09-25"},
		{"analyst of an institute",
			"The plan would be “following last year's outline very closely,” said analyst Hanna Ilves of the Institute for Baltic Security Studies.",
			"following last year's outline very closely", "Hanna Ilves", "analyst of the Institute for Baltic Security Studies", "2024-09-25"},
		{"an organisation named in full",
			"The Baltic Observatory for Civil Liberties reported scattered shelling near the river crossings.",
			"scattered shelling near the river crossings", "the Baltic Observatory for Civil Liberties", "", "2024-09-25"},
		{"an organisation without what the writer calls it",
			"The plan would cost $300 billion over ten years, according to the conservative-leaning Harbor Policy Institute.",
			"The plan would cost $300 billion over ten years", "the Harbor Policy Institute", "", "2024-09-25"},
		{"an organisation and its letters",
			"The International Maritime Safety Agency IMSA indicated after an inspection on Monday that more repairs were needed at the port.",
			"after an inspection on Monday that more repairs were needed at the port", "the International Maritime Safety Agency (IMSA)", "", "2024-09-25"},
		{"a hyphenated given name after the family name",
			"Envoy Jan Kowal and former U.N. chief Park Min-jun arrived in Geneva on Tuesday.\n\nOn arrival, Park called for a pause “without any delay at all.”",
			"without any delay at all", "Park Min-jun", "", "2024-09-25"},
		{"a group named by what it is",
			"Rebel group Tanu Front on Monday accepted a truce proposal from the mediators.\n\nIts leader informed the mediators that the fighters would hold their fire, according to a short statement from the rebel group.",
			"Its leader informed the mediators that the fighters would hold their fire", "Tanu Front", "", "2024-09-25"},
		{"a quotation read out from a group's statement",
			"Rebel group Tanu Front on Monday accepted a truce proposal.\n\n“The movement informed the mediators of its approval of the proposal,” read the Tanu Front statement published on its website.",
			"The movement informed the mediators of its approval of the proposal", "Tanu Front", "", "2024-09-25"},
		{"a spokesperson named a sentence later",
			"A spokesperson for the Norlandic foreign ministry said the talks would resume on Sunday in Doha.\n\nThe spokesperson, Ahmed Karimi, added that both delegations had “accepted the new timetable.”",
			"the talks would resume on Sunday in Doha", "Ahmed Karimi", "spokesperson for the Norlandic foreign ministry", "2024-09-25"},
		{"a delegate and the country in a UN record",
			"Mr. Haddad (Estria) said his delegation would vote against the text as it stood.",
			"his delegation would vote against the text as it stood", "Haddad", "", "2024-09-25"},
		{"a name printed in capitals",
			"KARIN LUND (Norland) said that her Government supported an immediate ceasefire along the whole line.",
			"her Government supported an immediate ceasefire along the whole line", "Karin Lund", "", "2024-09-25"},
		{"a briefer introduced by role, then named, saying",
			"The Under-Secretary-General for Political Affairs, Rosa Delcourt, briefed the Council, saying that the truce remained fragile.",
			"the truce remained fragile", "Rosa Delcourt", "Under-Secretary-General for Political Affairs", "2024-09-25"},
		{"the representative of a country",
			"Speaking on behalf of the Arab Group, the representative of Egypt said the corridor had to reopen within days.",
			"the corridor had to reopen within days", "the representative of Egypt", "", "2024-09-25"},
		{"a long relative clause between source and verb",
			"An official, who spoke on condition of anonymity because he was not authorized to speak to the media, said the vote would be delayed.",
			"the vote would be delayed", "an official", "", "2024-09-25"},
		{"a first name that is also a country's",
			"Defense Minister Israel Katz said the army was ready.\n\nKatz said the talks had “stalled for good.”",
			"stalled for good", "Israel Katz", "Defense Minister", "2024-09-25"},
		{"a king keeps his title",
			"Jordan's King Abdullah II told the visitors that the war had to stop “immediately and without conditions.”",
			"immediately and without conditions.", "Abdullah II", "Jordan's King", "2024-09-25"},
		{"a movement referred back to by what it is",
			"Hezbollah fired rockets at the border towns overnight.\n\nThe Lebanese group said the strikes answered the shelling of its villages.",
			"the strikes answered the shelling of its villages", "Hezbollah", "", "2024-09-25"},
		{"a name and its appositive before a participle",
			"Governor Tom Lasky spoke on Monday.\n\nLasky, a former party chairman and presidential candidate, mocked the debate, tweeting, “Nobody watched the second half at all.”",
			"Nobody watched the second half at all.", "Tom Lasky", "Governor", "2024-09-25"},
		{"a relative pronoun does not end a title",
			"Jorge Salas, a former foreign minister who is a critic of the government, said the plan would fail.",
			"the plan would fail", "Jorge Salas", "former foreign minister", "2024-09-25"},
		{"a spokesperson named later with the role before the name",
			"A spokesperson for the Norlandic foreign ministry said the talks would resume on Sunday in Doha.\n\nForeign ministry spokesperson Ahmed Karimi later said the date could still change.",
			"the talks would resume on Sunday in Doha", "Ahmed Karimi", "spokesperson for the Norlandic foreign ministry", "2024-09-25"},
		{"another ministry's spokesperson is someone else",
			"A spokesperson for the Norlandic foreign ministry said the talks would resume on Sunday in Doha.\n\nDefense ministry spokesperson Ola Berg said the troops would stay.",
			"the talks would resume on Sunday in Doha", "a spokesperson for the Norlandic foreign ministry", "", "2024-09-25"},
		{"a possessive time is not a modifier",
			"Speaking Monday alongside Danish Foreign Minister Lena Korhonen, Envoy Ivo Petrak called this week's round “decisive.”",
			"this week's round “decisive.”", "Ivo Petrak", "Envoy", "2024-09-23"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractOne(t, tt.body, tt.text)
			if got.Speaker != tt.speaker || got.SpeakerTitle != tt.title || got.SaidOn != tt.saidOn {
				t.Errorf("speaker %q title %q said on %q; want %q %q %q", got.Speaker, got.SpeakerTitle, got.SaidOn, tt.speaker, tt.title, tt.saidOn)
			}
		})
	}
}
