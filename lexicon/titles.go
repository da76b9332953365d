package lexicon

// titleWords are words of a role that may stand before a name ("Secretary
// of State Ana Ruiz", "Ministry Press Secretary Brig. Gen. Ines Varga").
var titleWords = set(`President Vice Prime Minister Secretary State Foreign Defense Defence Interior Finance Affairs Chancellor King
	Queen Crown Prince Princess Emir Sheikh Ambassador Envoy Special Senior Chief Staff General Gen. Lt. Col. Maj.
	Adm. Admiral Commander Director Spokesman Spokeswoman Spokesperson Speaker Sen. Senator Rep. Representative
	Gov. Governor Mayor Leader Chairman Chairwoman Chair Secretary-General Deputy National Security Adviser
	Advisor Coordinator Negotiator Mediator Pope Cardinal Rabbi Imam Dr. Mr. Mrs. Ms. Justice Judge Attorney High
	Commissioner Head Pres. Premier Sultan Ayatollah Supreme Opposition Minority Majority Senate House White Army
	Military Intelligence Israeli Palestinian Egyptian Qatari Lebanese Iranian Russian Ukrainian Chinese Turkish
	Saudi Jordanian Syrian Emirati British French German American US U.S. UN U.N. EU European NATO Hamas Hezbollah
	Israel Department Council General's Lieutenant Colonel Major Captain Sgt. Capt. Sir Dame Lord Lady Former
	Acting Interim Top Political Bureau Politburo Cabinet Office Assembly Parliament Knesset Health Economy Energy
	Trade Treasury Homeland Israel's Spy Mossad Shin Bet CIA Central Command Ministry Minister-President
	Foreign-Minister Egypt's Qatar's US's America's Britain's Iran's Russia's Ukraine's Lebanon's Gaza's Hamas's
	Hezbollah's Sudan's China's France's Germany's CEO Executive Congressman Congresswoman Assemblyman Assemblywoman
	Councilman Councilwoman Del. Delegate Sheriff Superintendent Professor Prof. Rev. Reverend Counselor Counsellor`)

// honorifics stand before a name and give its gender.
var honorifics = map[string]string{"Mr.": "m", "Mr": "m", "Mrs.": "f", "Mrs": "f", "Ms.": "f", "Ms": "f", "Sir": "m", "Dame": "f", "Lord": "m", "Lady": "f", "King": "m", "Queen": "f", "Prince": "m", "Princess": "f", "Sheikh": "m", "Emir": "m", "Sultan": "m"}

// nameSuffixes end a name without being part of how news refers to the
// person afterwards ("Lloyd J. Austin III" is then "Austin").
var nameSuffixes = set(`Jr. Jr Sr. Sr II III IV`)

// titleRoles are the role nouns a short title before a name stands for, so
// that "the Oregon senator" can refer back to "Sen. Dana Whitlock".
var titleRoles = map[string][]string{
	"Sen.": {"senator"}, "Rep.": {"representative", "congressman", "congresswoman", "lawmaker"},
	"Gov.": {"governor"}, "Gen.": {"general"}, "Adm.": {"admiral"}, "Amb.": {"ambassador"},
	"Pres.": {"president"}, "Del.": {"delegate"}, "Prof.": {"professor"}, "Rev.": {"reverend", "pastor"},
	"Dr.": {"doctor"}, "Sec.": {"secretary"}, "Lt.": {"lieutenant"}, "Col.": {"colonel"}, "Capt.": {"captain"},
	"Senator": {"senator", "lawmaker"}, "Congressman": {"congressman", "representative", "lawmaker"},
	"Congresswoman": {"congresswoman", "representative", "lawmaker"}, "Representative": {"representative", "lawmaker"},
	// Who leads a state or a government is its leader; who speaks for its
	// foreign relations, a diplomat; so "the Valdorian leader", "the veteran
	// diplomat".
	"President": {"president", "leader"}, "Prime": {"premier", "leader"}, "Premier": {"premier", "leader"},
	"Chancellor": {"chancellor", "leader"}, "King": {"king", "monarch", "leader"}, "Emir": {"emir", "monarch", "leader"},
	"Sultan": {"sultan", "monarch", "leader"}, "Foreign": {"diplomat"}, "Ambassador": {"ambassador", "envoy", "diplomat"},
	"Envoy": {"envoy", "diplomat"}, "Secretary-General": {"secretary-general", "chief", "diplomat"},
}

// TitleRoles returns the role nouns a title word stands for ("Sen." →
// senator); nil for any other word.
func TitleRoles(w string) []string { return append([]string(nil), titleRoles[w]...) }

// roleInitials are the roles news and questions write by two initials
// ("the PM", "the VP"), each with its words in full, in lower case.
var roleInitials = map[string]string{"pm": "prime minister", "vp": "vice president", "sg": "secretary general"}

// rankTitles are the roles of a transcript's label that are a rank or a
// form of address more than a post ("AMBASSADOR LYMAN", "SENATOR
// MITCHELL"): the post the document gives ("Special Envoy for Sudan") is
// the speaker's title.
var rankTitles = set(`Ambassador Senator General Admiral Colonel Captain Major Lieutenant Judge`)

// IsRankTitle reports whether role, capitalised, is a rank or a form of
// address rather than a post.
func IsRankTitle(role string) bool { return rankTitles[role] }

// placeTitleWords are the title words that name a country or its people
// ("Israel Defense Minister …", "Egyptian Foreign Minister …"): after a
// city and a comma they are the city's country, not a role.
var placeTitleWords = set(`Israel Israeli Palestinian Egyptian Qatari Lebanese Iranian Russian Ukrainian Chinese Turkish Saudi
	Jordanian Syrian Emirati British French German American US U.S. European`)

// IsPlaceTitleWord reports whether w is a title word that names a country
// or its people: "Israel", "Egyptian", "U.S.".
func IsPlaceTitleWord(w string) bool { return placeTitleWords[w] }
