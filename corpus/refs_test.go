package corpus

import (
	"maps"
	"testing"
)

// TestReferences checks who a statement is given to when the article
// refers to its speaker rather than naming them, and the day it gets. The
// articles are published on Wednesday 2024-09-25.
func TestReferences(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		text    string // words of the statement to check
		speaker string
		date    string
	}{
		{"a habitual verb leaves the speaker's next words dated by the article",
			"President Oren Talvik has urged Emir Bas Quorin to press the rebels, according to a readout of their call.\n\nTalvik stressed that the offer on the table is the best one they will get.",
			"the offer on the table is the best one they will get", "Oren Talvik", "2024-09-25"},
		{"a habitual verb itself names no day",
			"President Oren Talvik has urged Emir Bas Quorin to press the rebels on the offer.",
			"Emir Bas Quorin to press the rebels on the offer", "Oren Talvik", ""},
		{"a nationality and a role refer back to the leader named with the country",
			"Valdoria’s President Aval Tesk said the talks would resume in the capital.\n\nThe Valdorian leader said it was good to see that “the gaps between the two camps can be closed.”",
			"the gaps between the two camps can be closed.", "Aval Tesk", "2024-09-25"},
		{"the minister of the nation named, not the one named last",
			"Valdorian Foreign Minister Ema Roth met her Ostrian counterpart, Foreign Minister Pel Dunar, on Monday.\n\n“We have agreed on a timetable for the border,” the Valdorian foreign minister told reporters.",
			"We have agreed on a timetable for the border", "Ema Roth", "2024-09-25"},
		{"a capitalised title refers back to the one named with it",
			"United Nations Secretary-General Ilse Marrow said on Monday that a first ship had sailed.\n\nAnswering questions, the Secretary-General said she hoped a second ship would follow within days.",
			"she hoped a second ship would follow within days", "Ilse Marrow", "2024-09-23"},
		{"an age alone refers back to the person named last",
			"Envoy Doran Pike arrived in the port city on Monday.\n\n“I came to listen before I speak,” the 68-year-old said.",
			"I came to listen before I speak", "Doran Pike", "2024-09-25"},
		{"an age before a role after an aside",
			"Envoy Doran Pike arrived in the port city on Monday.\n\n“I came to listen before I speak,” the quiet, 68-year-old diplomat said.",
			"I came to listen before I speak", "Doran Pike", "2024-09-25"},
		{"a noun before the role makes another role, not the leader named",
			"President Aval Tesk walked into the hall on Monday.\n\n“This is our night,” the band leader shouted.",
			"This is our night", "the band leader", "2024-09-25"},
		{"a noun before the role, though it ends as a word that describes, makes another role",
			"Army spokesman Ari Venn said the convoy had left the port on Monday.\n\n“The crossing stays shut,” the government spokesman said.",
			"The crossing stays shut", "the government spokesman", "2024-09-25"},
		{"a word that describes before the role refers back",
			"Army spokesman Ari Venn said the convoy had left the port on Monday.\n\n“The crossing stays shut,” the experienced spokesman said.",
			"The crossing stays shut", "Ari Venn", "2024-09-25"},
		{"one of several advisers is not the group of them",
			"Tesk’s advisers met in the hall on Monday.\n\n“We will win the north,” the senior Tesk adviser said.",
			"We will win the north", "the senior Tesk adviser", "2024-09-25"},
		{"he after a sentence opened by a title alone is the one with the title",
			"The Secretary-General, as you all know, spoke at the Council this morning on the floods.  He told the members that he had used the emergency article.\n\nHe warned that the relief system is close to collapse.",
			"the relief system is close to collapse", "the Secretary-General", "2024-09-25"},
		{"a title alone opening a sentence gives way to a name after it",
			"The President met Senator Ilka Dorn at the palace this morning.\n\nShe said that the vote would wait until spring.",
			"the vote would wait until spring", "Ilka Dorn", "2024-09-25"},
		{"the words after the head of a description do not have to describe the person",
			"Foreign Minister Ema Roth spoke to the press on Monday.\n\nThe foreign minister of the northern republic said the border would stay open for trade.",
			"the border would stay open for trade", "Ema Roth", "2024-09-25"},
		{"a statement released by three people is theirs together",
			"A statement released by Foreign Minister Ema Roth, Envoy Pel Dunar and Senator Ilka Dorn said the talks “must resume within a week.”",
			"must resume within a week.", "Ema Roth, Pel Dunar and Ilka Dorn", "2024-09-25"},
		{"two people joined by and speak together",
			"Foreign Minister Ema Roth and her Ostrian counterpart Pel Dunar said in a joint statement that the crossing would reopen.",
			"the crossing would reopen", "Ema Roth and Pel Dunar", "2024-09-25"},
		{"the ministers of two countries are one speaker, not the second country",
			"A joint statement by the foreign ministers of Valdoria and Ostria said the border would reopen soon.",
			"the border would reopen soon", "the foreign ministers of Valdoria and Ostria", "2024-09-25"},
		{"a phrase put in front is not joined to the speaker",
			"On the morning show, Senator Ilka Dorn said the vote would wait until spring.",
			"the vote would wait until spring", "Ilka Dorn", "2024-09-25"},
		{"a statement printed whole after it is handed over is its issuers' words",
			"The following statement was released by Foreign Minister Ema Roth of Valdoria, the Ostrian Minister of Foreign Affairs, Pel Dunar, and Senator Ilka Dorn on the talks in the capital.\n\n“We welcome the agreement reached in the capital. It is a needed step.\n\nWe call for the release of all those held without charge.\n\n“We thank the hosts for their welcome.”",
			"We call for the release of all those held without charge", "Ema Roth, Pel Dunar and Ilka Dorn", "2024-09-25"},
		{"the statement printed whole ends where someone else speaks",
			"The following statement was released by Foreign Minister Ema Roth and Senator Ilka Dorn on the talks.\n\nWe welcome the agreement reached in the capital.\n\nSenator Olek Varn said he would study the text.\n\nThe talks resume in May.",
			"The talks resume in May", "", "2024-09-25"},
		{"the statement printed whole in quotation marks ends where they close",
			"The following statement was released by Foreign Minister Ema Roth and Senator Ilka Dorn on the talks.\n\n“We welcome the agreement reached in the capital.\n\nWe call for the release of all those held without charge.”\n\nThe talks resume in May.",
			"The talks resume in May", "", "2024-09-25"},
		{"the statement printed whole goes on to its closing mark",
			"The following statement was released by Foreign Minister Ema Roth and Senator Ilka Dorn on the talks.\n\n“We welcome the agreement reached in the capital.\n\nWe call for the release of all those held without charge.”\n\nThe talks resume in May.",
			"We call for the release of all those held without charge", "Ema Roth and Ilka Dorn", "2024-09-25"},
		{"the statement printed whole ends where the article speaks of it",
			"The following statement was released by Foreign Minister Ema Roth and Senator Ilka Dorn on the talks.\n\nWe welcome the agreement reached in the capital.\n\nThe joint statement came a day after the talks nearly broke down.",
			"The joint statement came a day after the talks nearly broke down", "", "2024-09-25"},
		{"the issuers speaking of their own statement go on with it",
			"The following statement was released by Foreign Minister Ema Roth and Senator Ilka Dorn on the talks.\n\nWe welcome the agreement reached in the capital.\n\nThis statement reflects the views of both our governments.",
			"This statement reflects the views of both our governments", "Ema Roth and Ilka Dorn", "2024-09-25"},
		{"a word of the role before a first name is not part of the name",
			"The following statement was released by the Union High Representative for Trade and Security Policy John Varn Ostel and Senator Ilka Dorn on the talks.\n\nWe welcome the agreement reached in the capital.",
			"We welcome the agreement reached in the capital", "John Varn Ostel and Ilka Dorn", "2024-09-25"},
		{"a joint statement its governments release is theirs",
			"The text of the following statement was released by the Governments of Valdoria and the Republic of Ostria.\n\nToday in the capital the two delegations agreed to extend the harbour truce by thirty days.",
			"Today in the capital the two delegations agreed to extend the harbour truce by thirty days", "the Governments of Valdoria and the Republic of Ostria", "2024-09-25"},
		{"words after \"by\" that name neither people nor governments hand over to no one",
			"The text of the following statement was released by the harbour board.\n\nToday in the capital the two delegations agreed to extend the harbour truce by thirty days.",
			"Today in the capital the two delegations agreed to extend the harbour truce by thirty days", "", "2024-09-25"},
		{"he added goes on with the last speaker, not a man named since",
			"“We will sign by the spring,” Envoy Doran Pike said on Monday. Minister Olek Varn has been in the capital all week.\n\n“The text is nearly done,” he added.",
			"The text is nearly done", "Doran Pike", "2024-09-23"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractOne(t, tt.body, tt.text)
			if got.Speaker != tt.speaker || got.SaidOn != tt.date {
				t.Errorf("speaker %q on %q; want %q on %q", got.Speaker, got.SaidOn, tt.speaker, tt.date)
			}
		})
	}
}

// TestCompoundRegistersOnlyPeople: the parts of a phrase joined by "and"
// are registered as speakers only when every part names a person.
func TestCompoundRegistersOnlyPeople(t *testing.T) {
	tests := []struct {
		phrase string
		ok     bool
		known  bool // whether "Roth" is known after
	}{
		{"Ema Roth and the harbour board", false, false},
		{"Ema Roth , Pel Dunar and the harbour board", false, false},
		{"Ema Roth and Pel Dunar", true, true},
	}
	for _, tt := range tests {
		x := &extractor{a: &Article{}, reg: newRegistry(), said: map[*entity]*lastSaid{}}
		_, ok := x.compound(tokenize(tt.phrase))
		if ok != tt.ok || x.reg.known("Roth") != tt.known {
			t.Errorf("compound(%q) = %v, Roth known %v; want %v, %v", tt.phrase, ok, x.reg.known("Roth"), tt.ok, tt.known)
		}
	}
}

// TestCompoundUndoesChanges: a phrase joined by "and" whose last part
// names no person leaves the people named before as they were: the role,
// the full name and the gender its other parts gave them are undone with
// the registering.
func TestCompoundUndoesChanges(t *testing.T) {
	tests := []struct {
		before string // registered first, alone
		phrase string
	}{
		{"Ema Roth", "Foreign Minister Ema Roth and Harbour Board"}, // a role merged in
		{"Roth", "Ema Roth and Harbour Board"},                      // a surname given its full name
		{"Roth", "Foreign Minister Ema Roth , Pel Dunar and Harbour Board"},
	}
	for _, tt := range tests {
		x := &extractor{a: &Article{}, reg: newRegistry(), said: map[*entity]*lastSaid{}}
		e, _ := x.resolve(tokenize(tt.before), "")
		if e == nil || !e.person {
			t.Fatalf("resolve(%q) = %+v; want a person", tt.before, e)
		}
		was := *e
		was.heads = maps.Clone(e.heads)
		if _, ok := x.compound(tokenize(tt.phrase)); ok {
			t.Fatalf("compound(%q) named people only", tt.phrase)
		}
		if e.name != was.name || e.title != was.title || e.gender != was.gender || !maps.Equal(e.heads, was.heads) {
			t.Errorf("after compound(%q), %q is %+v; want %+v", tt.phrase, tt.before, *e, was)
		}
		if got, _ := x.resolve(tokenize(tt.before), ""); got != e {
			t.Errorf("after compound(%q), %q resolves to %+v; want the person registered before", tt.phrase, tt.before, got)
		}
		if x.reg.known("Dunar") {
			t.Errorf("after compound(%q), Dunar is known", tt.phrase)
		}
	}
}

// TestRegistryTryNested: what a reading tried within another keeps is
// undone with the outer one when that fails.
func TestRegistryTryNested(t *testing.T) {
	r := newRegistry()
	roth := r.person("Roth", "", "")
	r.try(func() bool {
		r.try(func() bool {
			r.person("Ema Roth", "Foreign Minister", "f")
			return true
		})
		if roth.name != "Ema Roth" || roth.title != "Foreign Minister" {
			t.Errorf("inside, Roth is %+v; want the name and title the inner reading gave", *roth)
		}
		return false
	})
	if roth.name != "Roth" || roth.title != "" || roth.gender != "" || r.people["Ema Roth"] != nil || r.people["Roth"] != roth {
		t.Errorf("after, Roth is %+v, people %v; want Roth as first registered", *roth, r.people)
	}
}
