package lexicon

import (
	"slices"
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	tests := []struct {
		name string
		f    func(string) bool
		in   []string
		out  []string
	}{
		{"speech verbs", IsSpeechVerb, []string{"said", "insisted", "gushed", "interjected", "joked", "tweeted", "wrote", "posted"}, []string{"walked", "Said", "the"}},
		{"role nouns", IsRoleNoun, []string{"spokeswoman", "officials", "ministry"}, []string{"Spokeswoman", "talks"}},
		{"person nouns", IsPersonNoun, []string{"nominee", "businessman", "strategist", "narrator", "editorial", "official", "tabloid", "lawsuit"}, []string{"border", "number", "matter", "said"}},
		{"title words", IsTitleWord, []string{"Secretary", "Gen.", "Rep.", "Foreign"}, []string{"But", "Said", "secretary"}},
		{"organisation heads", IsOrgHead, []string{"Observatory", "Agency", "Center", "Institute"}, []string{"Hamas", "Rights", "agency"}},
		{"outlet words", IsOutletWord, []string{"Reuters", "Times", "News", "CNN"}, []string{"Hamas", "news", "Senate"}},
		{"share nouns", IsShareNoun, []string{"percent", "half", "majority"}, []string{"Half", "voters"}},
		{"group names", IsGroupName, []string{"Hamas", "the Houthis", "al-Shabab"}, []string{"Israel", "group", "Hamad"}},
		{"sentence joiners", IsSentenceJoiner, []string{"And", "But", "Then"}, []string{"and", "Still", "The"}},
		{"copulas", func(w string) bool { return CopulaSet()[w] }, []string{"was", "remains", "seemed", "being"}, []string{"became", "got", "said"}},
		{"passive auxiliaries", func(w string) bool { return PassiveAuxiliarySet()[w] }, []string{"was", "being", "became", "got"}, []string{"had", "said", "Was"}},
		{"clause adverbs", func(w string) bool { return slices.Contains(ClauseAdverbs(), w) }, []string{"publicly", "again", "however"}, []string{"said", "Publicly", "then"}},
		{"closing acts", func(w string) bool { return slices.Contains(ClosingActs(), w) }, []string{"sign", "ratify", "finalise", "finalize"}, []string{"signed", "meet", "Sign"}},
		{"names of the United States", NamesUnitedStates, []string{"us", "U.S.", "u.s", "United States", " america "}, []string{"the us", "usa", "american", "states"}},
		{"courtesy lead-ins", func(w string) bool { return slices.Contains(CourtesyLeadIns(), w) }, []string{"all right", "okay", "well", "so"}, []string{"thanks", "but", "Well"}},
		{"greetings", func(w string) bool { return slices.Contains(Greetings(), w) }, []string{"good morning", "good evening", "hi", "hey"}, []string{"good day", "thanks", "Hello"}},
		{"framing lead-ins", func(w string) bool { return slices.Contains(FramingLeadIns(), w) }, []string{"i can just give you", "let me give you", "let me say a word about"}, []string{"we can give you", "give you", "Let me give you"}},
		{"party plurals", func(w string) bool { return slices.Contains(PartyPlurals(), w) }, []string{"countries", "governments", "mediators", "sides"}, []string{"country", "officials", "Nations"}},
		{"White House outlets", IsUSPresidentOutlet, []string{"The White House", "white house briefing room"}, []string{"the whitehouse", "State Department", ""}},
		{"State Department outlets", func(w string) bool { return slices.Contains(USDepartmentOutlets("state"), w) }, []string{"department of state", "state department"}, []string{"pentagon", "State Department"}},
		{"Defense Department outlets", func(w string) bool { return slices.Contains(USDepartmentOutlets("defense"), w) }, []string{"department of defense", "pentagon"}, []string{"state department", "Pentagon"}},
		{"forms of see", func(w string) bool { return slices.Contains(SeeingForms(), w) }, []string{"see", "saw", "seen"}, []string{"sees", "meet", "Saw"}},
		{"articles", IsArticle, []string{"a", "an", "the"}, []string{"The", "An", "this", "their", "one"}},
		{"determiners", IsDeterminer, []string{"the", "The", "several", "Their", "two"}, []string{"THE", "said", "Ames", "under"}},
		{"function words", IsFunctionWord, []string{"the", "their", "several", "nothing", "beyond"}, []string{"The", "official", "said"}},
		{"name suffixes", IsNameSuffix, []string{"Jr.", "III"}, []string{"Smith", "I"}},
		{"prepositions", IsPreposition, []string{"for", "of", "with", "by", "against"}, []string{"the", "For", "envoy"}},
		{"role prepositions", IsRolePreposition, []string{"for", "of", "to"}, []string{"with", "in", "For"}},
		{"topic prepositions", IsTopicPreposition, []string{"of", "about"}, []string{"to", "Of", "with"}},
		{"listener verbs", IsListenerVerb, []string{"told", "tells"}, []string{"said", "asked", "Told"}},
		{"asking verbs", IsAskingVerb, []string{"asked", "asks"}, []string{"told", "said", "Asked"}},
		{"demonstratives", IsDemonstrative, []string{"this", "those"}, []string{"the", "This", "their"}},
		{"relatives", IsRelative, []string{"which", "whom", "that"}, []string{"what", "Which", "when"}},
		{"statement nouns", IsStatementNoun, []string{"statement", "communiqué", "readout"}, []string{"release", "report", "Statement"}},
		{"rank titles", IsRankTitle, []string{"Ambassador", "Senator", "Admiral"}, []string{"Envoy", "ambassador", "Secretary"}},
		{"opening conjunctions", IsOpeningConjunction, []string{"But", "And", "Yet"}, []string{"but", "Because", "The"}},
		{"spokes words", IsSpokesWord, []string{"spokesman", "spokesperson"}, []string{"spokes", "Spokesman", "secretary"}},
		{"not names", func(w string) bool { return NotNameSet()[w] }, []string{"The", "Monday", "Reuters"}, []string{"Ames", "the"}},
		{"name particles", func(w string) bool { return NameParticleSet()[w] }, []string{"bin", "von"}, []string{"Bin", "and"}},
		{"name run joiners", IsNameRunJoiner, []string{"of", "and", "von"}, []string{"shared", "Of"}},
		{"nicknames of condoleezza", func(w string) bool { return NicknameOf(w, "condoleezza") }, []string{"condi"}, []string{"Condi", "con", "nick"}},
		{"habitual markers", func(w string) bool { return HabitualMarkerSet()[w] }, []string{"has", "repeatedly"}, []string{"said", "Has"}},
		{"asked speech verbs", func(w string) bool { return slices.Contains(AskedSpeechVerbs(), w) }, []string{"say", "mentioned", "criticised"}, []string{"Say", "talks"}},
		{"time words", func(w string) bool { return TimeWordSet()[w] }, []string{"day", "weeks", "evening"}, []string{"Day", "today"}},
		{"recordings", func(w string) bool { return RecordingSet()[w] }, []string{"footage", "clips", "audio"}, []string{"statement", "Footage"}},
		{"label verbs", func(w string) bool { return LabelVerbSet()[w] }, []string{"denounced", "rated", "pronounced", "referring"}, []string{"said", "Denounced", "wrote"}},
		{"work nouns", IsWorkNoun, []string{"series", "film", "documentary", "ad"}, []string{"movement", "Series", "campaign"}},
		{"org words", IsOrgWord, []string{"Hamas", "Kremlin", "Ministry", "U.N."}, []string{"hamas", "Minister", "Reuters"}},
		{"number words", IsNumberWord, []string{"one", "fifteen", "seventeen", "forty", "thousands", "dozen", "billion"}, []string{"One", "first", "zero"}},
		{"stage nouns", func(w string) bool { return StageNounSet()[w] }, []string{"phase", "round"}, []string{"truce", "Phase"}},
		{"counted people", func(w string) bool { return CountedPeopleSet()[w] }, []string{"hostages", "troops"}, []string{"people", "talks"}},
		{"act verbs", func(w string) bool { return ActVerbSet()[w] }, []string{"proposed", "estimates"}, []string{"said", "Proposed"}},
		{"plain speech", func(w string) bool { return PlainSpeechSet()[w] }, []string{"said", "thinks"}, []string{"warned", "Said"}},
		{"issued words", func(w string) bool { return IssuedWordSet()[w] }, []string{"statement", "website", "communiqué", "readout"}, []string{"speech", "Statement", "declaration"}},
		{"document words", func(w string) bool { return DocumentWordSet()[w] }, []string{"statement", "letter", "report", "release", "communique"}, []string{"website", "declaration", "speech"}},
		{"question words", func(w string) bool { return QuestionWordSet()[w] }, []string{"who", "didnt", "latest"}, []string{"talks", "truce", "Who"}},
		{"topic stops", func(w string) bool { return TopicStopSet()[w] }, []string{"the", "of", "s"}, []string{"truce", "who"}},
		{"saying adverbs", func(w string) bool { return SayingAdverbSet()[w] }, []string{"always", "publicly"}, []string{"said", "Always"}},
		{"generic topic", func(w string) bool { return GenericTopicSet()[w] }, []string{"talks", "situation"}, []string{"gaza", "Talks"}},
		{"generic roles", func(w string) bool { return GenericRoleSet()[w] }, []string{"minister", "senior", "us"}, []string{"ames", "Minister"}},
		{"not talks names", func(w string) bool { return NotTalksNameSet()[w] }, []string{"monday", "minister"}, []string{"doha", "Monday"}},
		{"auxiliaries", IsAuxiliary, []string{"is", "had", "must", "been"}, []string{"said", "Is", "may"}},
		{"irregular forms", IsIrregularForm, []string{"took", "met", "begun"}, []string{"walked", "take", "Took"}},
		{"future markers", func(w string) bool { return FutureMarkerSet()[w] }, []string{"next", "this coming"}, []string{"last", "Next"}},
		{"occasion prepositions", func(w string) bool { return OccasionPrepositionSet()[w] }, []string{"on", "during"}, []string{"of", "On"}},
		{"denial phrases", func(w string) bool { return DenialPhraseSet()[w] }, []string{"a claim", "an allegation"}, []string{"claim", "a statement"}},
		{"hedges", IsHedge, []string{"could", "might", "if", "threatened"}, []string{"did", "signed", "Could"}},
		{"base forms", IsBaseForm, []string{"put", "come"}, []string{"took", "sign", "Put"}},
		{"pre-verb adverbs", IsPreVerbAdverb, []string{"still", "ever", "first"}, []string{"signed", "the", "Still"}},
		{"wishes", IsWish, []string{"must", "hopes", "plan", "expected", "readiness", "willing"}, []string{"signed", "will", "Must"}},
		{"conditions", IsCondition, []string{"if", "unless", "whether"}, []string{"when", "signed", "If"}},
		{"failures", IsFailure, []string{"failure", "refused", "yet"}, []string{"signed", "must", "Failed"}},
		{"light verbs", IsLightVerb, []string{"get", "went", "took"}, []string{"arrived", "signed", "Get"}},
		{"both sides", IsBothSides, []string{"they", "both leaders", "the two leaders"}, []string{"the president", "he", "They"}},
		{"subject openers", func(w string) bool { return SubjectOpenerSet()[w] }, []string{"the", "Our", "These", "her"}, []string{"two", "several", "these", "Ames"}},
	}
	for _, tt := range tests {
		for _, w := range tt.in {
			if !tt.f(w) {
				t.Errorf("%s: %q = false; want true", tt.name, w)
			}
		}
		for _, w := range tt.out {
			if tt.f(w) {
				t.Errorf("%s: %q = true; want false", tt.name, w)
			}
		}
	}
}

// Every closing verb, lead verb and participle is also a word of saying, so
// a clause read one way is read the same way everywhere.
func TestTitleRoles(t *testing.T) {
	if got := TitleRoles("Sen."); len(got) == 0 || got[0] != "senator" {
		t.Errorf("TitleRoles(%q) = %v; want senator first", "Sen.", got)
	}
	if got := TitleRoles("Ames"); got != nil {
		t.Errorf("TitleRoles(%q) = %v; want none", "Ames", got)
	}
}

func TestConsistent(t *testing.T) {
	for w := range closingVerbs {
		if !speechVerbs[w] && !closingOnlyVerbs[w] && w != "according" && w != "believe" {
			t.Errorf("closing verb %q is not a speech verb", w)
		}
	}
	for w := range leadVerbs {
		if !speechVerbs[strings.ToLower(w)] && !closingOnlyVerbs[strings.ToLower(w)] {
			t.Errorf("lead verb %q is not a speech verb", w)
		}
	}
	for _, w := range contentParticiples {
		if !participles[w] {
			t.Errorf("content participle %q is not a participle", w)
		}
	}
	for w := range closingOnlyVerbs {
		if speechVerbs[w] {
			t.Errorf("%q is both a speech verb and a closing-only verb", w)
		}
	}
	copy := SpeechVerbSet()
	copy["walked"] = true
	if IsSpeechVerb("walked") {
		t.Error("a copy of the set changed the lexicon")
	}
}

func TestSameNation(t *testing.T) {
	tests := []struct {
		adj, word string
		want      bool
	}{
		{"Kenyan", "Kenya’s", true}, {"Pakistani", "Pakistan", true}, {"Egyptian", "Egypt's", true},
		{"Lebanese", "Lebanon", true}, {"Chinese", "China", true}, {"Turkish", "Turkey", true},
		{"German", "Germany", true}, {"British", "Britain", true}, {"Kosovar", "Kosovo", true},
		{"Austrian", "Australia", false}, {"Indian", "Indonesia", false}, {"Kenyan", "Uganda", false},
		{"Iranian", "Iraq", false}, {"Foreign", "Forest", false},
		{"Indian", "Indiana", false}, {"Indian", "India", true}, {"Nigerian", "Niger", false}, {"Nigerian", "Nigeria", true},
	}
	for _, tt := range tests {
		if got := SameNation(tt.adj, tt.word); got != tt.want {
			t.Errorf("SameNation(%q, %q) = %v; want %v", tt.adj, tt.word, got, tt.want)
		}
	}
}

func TestRoleAct(t *testing.T) {
	for role, want := range map[string]string{"mediators": "mediated", "mediator": "mediated", "broker": "brokered",
		"negotiators": "negotiated", "hosts": "hosted", "observers": "", "spokesman": "",
		"leader": "led", "leaders": "led", "head": "headed", "chair": "chaired"} {
		if got := RoleAct(role); got != want {
			t.Errorf("RoleAct(%q) = %q, want %q", role, got, want)
		}
	}
}

func TestActOfVerb(t *testing.T) {
	for form, want := range map[string]string{"mediating": "mediated", "mediates": "mediated", "brokering": "brokered",
		"chairs": "chaired", "heads": "headed", "leading": "led", "leads": "led", "hosting": "hosted",
		"negotiating": "negotiated", "brokered": "brokered", "working": "", "is": "", "was": "", "says": ""} {
		if got := ActOfVerb(form); got != want {
			t.Errorf("ActOfVerb(%q) = %q, want %q", form, got, want)
		}
	}
}

// A subject opener is one of the determiners, or "our"; a group of
// initials that names a people is of the nation its initials name.
func TestChosenSubsets(t *testing.T) {
	for w := range SubjectOpenerSet() {
		if !IsDeterminer(w) && strings.ToLower(w) != "our" {
			t.Errorf("subject opener %q is not a determiner", w)
		}
	}
	for _, g := range Initials() {
		for _, w := range g[1:] {
			if _, ok := nationIrregular[w]; ok && !SameNation(w, g[0]) {
				t.Errorf("SameNation(%q, %q) = false; want true, as the initials say", w, g[0])
			}
		}
	}
}

func TestSpelled(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"EU", "european union"}, {"un", "united nations"}, {"us", "united states"}, {"pm", "prime minister"},
		{"mr", ""}, {"uae", "united arab emirates"}, {"icrc", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(Spelled(tt.in), "|"); got != tt.want {
			t.Errorf("Spelled(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestNamesAndPronouns(t *testing.T) {
	if !FemaleNameSet()["Maria"] || FemaleNameSet()["John"] || !MaleNameSet()["John"] {
		t.Errorf("first names: Maria female %v, John female %v, John male %v", FemaleNameSet()["Maria"], FemaleNameSet()["John"], MaleNameSet()["John"])
	}
	if got := SpeakerPronouns()["She"]; got != "f" {
		t.Errorf("SpeakerPronouns()[%q] = %q; want %q", "She", got, "f")
	}
	if got := RoleSynonyms()["people"]; len(got) == 0 || got[0] != "people" {
		t.Errorf("RoleSynonyms()[%q] = %v; want people first", "people", got)
	}
}

func TestShortForms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"govt", "government"}, {"amb", "ambassador"}, {"spokeswoman", "spokesperson"}, {"officials", "official"}, {"envoy", ""},
		{"spokesman", "spokesperson"}, {"spokesmen", "spokesperson"}, {"spokespeople", "spokesperson"}, {"spokesperson", ""},
	}
	for _, tt := range tests {
		if got, _ := RoleSpelling(tt.in); got != tt.want {
			t.Errorf("RoleSpelling(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
	for _, w := range []string{"spokeswoman", "min", "dep", "mod"} {
		// A role's spelling, or a short form read only in roles: a
		// question's "10 min delay" is no minister's.
		if long, ok := ShortForm(w); ok {
			t.Errorf("ShortForm(%q) = %q; want none", w, long)
		}
	}
	if got, _ := RoleSpelling("min"); got != "minister" {
		t.Errorf("RoleSpelling(%q) = %q; want %q", "min", got, "minister")
	}
}

func TestOffices(t *testing.T) {
	if got := OfficeAliases()["pentagon"]; got != "department defense" {
		t.Errorf("OfficeAliases()[%q] = %q; want %q", "pentagon", got, "department defense")
	}
	if got := OfficeCountries()["kremlin"]; got != "russia" {
		t.Errorf("OfficeCountries()[%q] = %q; want %q", "kremlin", got, "russia")
	}
	if got := OfficePrincipals()["white house"]; len(got) != 1 || got[0] != "president" {
		t.Errorf("OfficePrincipals()[%q] = %v; want [president]", "white house", got)
	}
	if got := EventKin()["hosted"]; got != "met meet meeting" {
		t.Errorf("EventKin()[%q] = %q; want %q", "hosted", got, "met meet meeting")
	}
}

func TestOrdinalsAndStems(t *testing.T) {
	ord, small := Ordinals(), SmallNumbers()
	if len(ord) != 11 || ord[3] != "third" || small[3] != "three" {
		t.Errorf("Ordinals()[3] = %q, SmallNumbers()[3] = %q; want third, three", ord[3], small[3])
	}
	// Callers get copies: what one changes, the next does not see.
	small[3], ord[3] = "x", "x"
	if SmallNumbers()[3] != "three" || Ordinals()[3] != "third" {
		t.Errorf("a caller's change to SmallNumbers() or Ordinals() reached the lexicon")
	}
	if got := StatusStems(); len(got) == 0 || got[0] != "deal" {
		t.Errorf("StatusStems() = %v; want deal first", got)
	}
	if got := PeopleWords(); len(got) == 0 || got[0] != "people" {
		t.Errorf("PeopleWords() = %v; want people first", got)
	}
}

func TestSynonyms(t *testing.T) {
	var truce, uae bool
	for _, g := range Synonyms() {
		truce = truce || slices.Contains(g, "truce") && slices.Contains(g, "ceasefire")
		uae = uae || g[0] == "uae" && slices.Contains(g, "united arab emirates")
	}
	if !truce || !uae {
		t.Errorf("Synonyms(): truce with ceasefire %v, uae with its name %v; want both", truce, uae)
	}
}

// TestSynonymsOfParaphrase: the words a question asks in and the words
// news tells the same with are in one group, and no word is in a group
// twice.
func TestSynonymsOfParaphrase(t *testing.T) {
	together := [][2]string{
		{"welcomed", "applauded"}, {"hail", "commend"}, {"come into force", "took effect"}, {"put their names to", "signed"},
		{"transitional", "interim"}, {"step down", "resign"}, {"troops", "forces"}, {"frozen", "suspended"},
		{"drop", "decline"}, {"target", "goal"}, {"willing", "ready"}, {"vote", "elections"}, {"number two", "deputy"},
		{"midday", "noon"}, {"dispatch", "send"}, {"call for", "demand"}, {"au", "african union"},
		{"ecowas", "economic community of west african states"},
		{"tabled", "presented"}, {"put forward", "submitted"}, {"leading", "headed"},
	}
	groups := Synonyms()
	for _, p := range together {
		if !slices.ContainsFunc(groups, func(g []string) bool { return slices.Contains(g, p[0]) && slices.Contains(g, p[1]) }) {
			t.Errorf("Synonyms(): no group holds both %q and %q", p[0], p[1])
		}
	}
	for _, g := range groups {
		seen := map[string]bool{}
		for _, w := range g {
			if seen[w] {
				t.Errorf("Synonyms(): %q twice in %v", w, g)
			}
			seen[w] = true
		}
	}
}

// TestIsPeopleEnding: the endings a people's word adds to its country's
// whole name, and not what follows a name that is no people's.
func TestIsPeopleEnding(t *testing.T) {
	for _, c := range []struct {
		country, word string
		want          bool
	}{
		{"yemen", "yemeni", true}, {"yemen", "yemenis", true}, {"rwanda", "rwandan", true},
		{"jordan", "jordanian", true}, {"jordan", "jordanians", true},
		{"israel", "israelites", false}, {"oman", "omanly", false},
	} {
		if got := IsPeopleEnding(strings.TrimPrefix(c.word, c.country)); got != c.want {
			t.Errorf("IsPeopleEnding(%q) for %s/%s = %v; want %v", strings.TrimPrefix(c.word, c.country), c.country, c.word, got, c.want)
		}
	}
}

// "us" typed in lower case is the United States after "the" or before an
// office, and the pronoun after a verb or preposition.
func TestIsUnitedStates(t *testing.T) {
	tests := []struct {
		prev, next string
		want       bool
	}{
		{"the", "say", true},         // what did the us say about the truce
		{"the", "envoy", true},       // who is the us envoy for the talks
		{"did", "officials", true},   // what did us officials promise
		{"", "delegation", true},     // us delegation leaves the talks
		{"a", "special", true},       // a us special envoy
		{"tell", "what", false},      // tell us what the mediator said
		{"for", "", false},           // what does the truce mean for us
		{"let", "know", false},       // let us know when the talks resume
		{"show", "people", false},    // show us people freed in the swap
		{"to", "about", false},       // talk to us about the truce
		{"give", "statement", false}, // give us statement of the envoy
	}
	for _, tt := range tests {
		if got := IsUnitedStates(tt.prev, tt.next); got != tt.want {
			t.Errorf("IsUnitedStates(%q, %q) = %v; want %v", tt.prev, tt.next, got, tt.want)
		}
	}
}

func TestUSDepartmentSite(t *testing.T) {
	for _, tt := range []struct{ dept, want string }{
		{"state", "state.gov/"},
		{"defense", "defense.gov/"},
		{"treasury", ""},
		{"State", ""},
	} {
		if got := USDepartmentSite(tt.dept); got != tt.want {
			t.Errorf("USDepartmentSite(%q) = %q; want %q", tt.dept, got, tt.want)
		}
	}
}

func TestTrimArticle(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"the chief negotiator", "chief negotiator"},
		{" The  envoy ", "envoy"},
		{"a spokesperson for the ministry", "spokesperson for the ministry"},
		{"An official", "official"},
		{"another official", "another official"},
		{"Theresa May", "Theresa May"},
		{"the", "the"},
		{"the ", "the"},
		{"", ""},
	} {
		if got := TrimArticle(c.in); got != c.want {
			t.Errorf("TrimArticle(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}
