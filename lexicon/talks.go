package lexicon

import (
	"maps"
	"slices"
)

// agreementNouns name what talks agree on: a thing a later sentence may
// point back to ("that deal", "this truce").
var agreementNouns = []string{"deal", "agreement", "truce", "ceasefire", "cease-fire", "accord", "pact"}

// talksNouns are the words for talks and truces, as news names them in
// general rather than which talks they are: "the talks", "the truce",
// "the peace process".
var talksNouns = []string{"talks", "negotiations", "negotiation", "deal", "deals", "ceasefire", "ceasefires", "cease-fire",
	"truce", "truces", "agreement", "accord", "process", "diplomacy"}

// contestNouns name a struggle or a dispute over something: "the
// fighting over Nagorno-Karabakh", "the dispute over Kashmir". The name
// after "over" is a place.
var contestNouns = []string{"fighting", "war", "dispute", "disputes", "conflict", "clashes", "talks", "negotiations",
	"control", "sovereignty", "tensions", "standoff"}

// ContestNouns returns the words that name a struggle or a dispute over
// a place ("fighting", "dispute", "sovereignty"), in a fixed order; for
// building patterns.
func ContestNouns() []string { return append([]string(nil), contestNouns...) }

// TalksNouns returns the words for talks and truces in general ("talks",
// "truce", "negotiations"), in a fixed order; for building patterns.
func TalksNouns() []string { return append([]string(nil), talksNouns...) }

// AgreementNouns returns the nouns of what talks agree on ("deal",
// "truce", "accord"), in a fixed order; for building patterns.
func AgreementNouns() []string { return append([]string(nil), agreementNouns...) }

// bothSides are the words a readout names both sides of a call or meeting
// with ("They agreed …", "Both leaders welcomed …"), in lower case.
var bothSides = map[string]bool{"they": true, "both leaders": true, "the two leaders": true, "the leaders": true, "both sides": true}

// IsBothSides reports whether phrase (lower case) names both sides of a
// call or meeting: "they", "both leaders", "the two leaders".
func IsBothSides(phrase string) bool { return bothSides[phrase] }

// reportedActVerbs tell, in the past or present, what someone a briefer
// reads out did or said: "Secretary Okoro spoke with …", "The minister
// affirmed that …".
var reportedActVerbs = []string{"said", "says", "told", "affirmed", "reaffirmed", "reiterated", "stressed", "emphasized",
	"underscored", "noted", "expressed", "warned", "urged", "welcomed", "spoke", "discussed", "agreed", "called"}

// ReportedActVerbs returns the verbs a briefer reads out another's acts
// with ("affirmed", "spoke", "welcomed"), in a fixed order; for building
// patterns.
func ReportedActVerbs() []string { return append([]string(nil), reportedActVerbs...) }

// principalTitles are the titles, in lower case, a briefer names the one
// whose acts are read out by ("the Secretary spoke with …").
var principalTitles = []string{"secretary", "president", "minister", "spokesperson"}

// PrincipalTitles returns the lower-case titles a briefer names a
// principal by when reading out their acts ("secretary", "minister").
func PrincipalTitles() []string { return append([]string(nil), principalTitles...) }

// statementNouns name a statement issued whole, as an article speaks of
// it: "the joint statement", "their communiqué".
var statementNouns = set(`statement statements communique communiqué communiques communiqués declaration readout`)

// IsStatementNoun reports whether w (lower case) names a statement issued
// whole: "statement", "communiqué", "readout".
func IsStatementNoun(w string) bool { return statementNouns[w] }

// stageNouns name a step of a deal or talks that a number tells apart
// ("phase two", "round three").
var stageNouns = set(`phase stage round part step tranche`)

// StageNounSet returns the nouns of a step of a deal or talks that a
// number tells apart ("phase", "round"), as a set.
func StageNounSet() map[string]bool { return copySet(stageNouns) }

// eventKin are words that tell an event a question names otherwise
// happened: who hosted someone met them; who called someone spoke with
// them (a readout: "spoke today with"); who was freed was released.
var eventKin = map[string]string{
	"host": "met meet meeting", "hosted": "met meet meeting", "hosts": "met meet meeting",
	"call": "spoke speak talked", "called": "spoke speak talked", "calls": "spoke speak talked",
	"free": "release released releases freedom", "freed": "release released releases freedom", "frees": "release released releases freedom",
}

// EventKin returns, for a word of an event, the words that tell it
// happened otherwise ("hosted" → "met meet meeting").
func EventKin() map[string]string { return maps.Clone(eventKin) }

// issuedWords name what a speaker issues, and where: "the Hamas
// statement", "the ministry's website". They are the statementNouns but
// "declaration", which is named for where it was made ("the Doha
// Declaration"), not for who made it; and a release and a website.
var issuedWords = func() map[string]bool {
	m := set(`release website`)
	for w := range statementNouns {
		if w != "declaration" {
			m[w] = true
		}
	}
	return m
}()

// documentWords name what speaks for whoever issued it: "a statement
// from the ministry", "a letter by the envoys". They are the issuedWords
// but where they are found (a website), and the other writings a
// speaker's words are given in: a letter, a post, a report.
var documentWords = func() map[string]bool {
	m := set(`letter post report`)
	for w := range issuedWords {
		if w != "website" {
			m[w] = true
		}
	}
	return m
}()

// DocumentWordSet returns the words of what speaks for whoever issued it
// ("statement", "letter", "report"), as a set.
func DocumentWordSet() map[string]bool { return copySet(documentWords) }

// IssuedWordSet returns the words of what a speaker issues ("statement",
// "release", "website"), as a set.
func IssuedWordSet() map[string]bool { return copySet(issuedWords) }

// genericTopic words name talks in general, or ask how they stand, not
// which talks: "talks", "truce", "latest", "where".
var genericTopic = set(`talks truce ceasefire deal negotiations peace process war conflict situation things the state latest cease
	fire agreement where stand now today current`)

// GenericTopicSet returns the words that name talks in general, not
// which talks ("talks", "ceasefire", "situation"), as a set.
func GenericTopicSet() map[string]bool { return copySet(genericTopic) }

// statusStems begin the words that say where talks stand ("negotiat…",
// "stalled", "resum…").
var statusStems = []string{"deal", "talks", "negotiat", "ceasefire", "cease fire", "truce", "agreement", "deadline", "progress", "possible", "holding", "violat", "adjourn", "accept", "reject", "proposal", "hostage", "release", "pause", "framework", "extension", "extend", "close", "closer", "hands", "support", "resum", "stalled", "collapse", "signed", "agreed",
	// What is stuck: the issues still open and what stands in the way.
	"accord", "difficult", "differences", "obstacle", "overcome", "impasse", "deadlock", "stuck", "unresolved", "outstanding", "sticking point",
	// The next step asked for.
	"urge", "called on", "calls on"}

// StatusStems returns the beginnings of the words that say where talks
// stand ("deal", "negotiat", "resum"), in a fixed order.
func StatusStems() []string { return append([]string(nil), statusStems...) }

// notTalksNames are words, in lower case, that capitalised name no talks:
// words that begin sentences and quotes, days and months, titles and
// roles. They differ from notNames, the words that make no person's name,
// on purpose: places, parties and peoples ("Gaza", "Hamas", "Israeli")
// are what names talks, so they are not here; titles and roles, which
// stand before a person's name, are.
var notTalksNames = set(`the a an in on at of for and but or if as by to from with this that these those there he she it they we i you
	his her its their our my your what who when where why how while after before since during monday tuesday
	wednesday thursday friday saturday sunday january february march april may june july august september october
	november december mr mrs ms dr president secretary minister prime foreign state department house white united
	states nations official officials spokesperson spokesman ambassador general senior administration government
	council security chief head deputy envoy special national international new last first next one two three okay
	so well yes no thank thanks question moderator q a committee chairman chairwoman commander leader king queen
	prince sheikh emir pope gen sen rep gov lt col defense defence royal highness excellency`)

// NotTalksNameSet returns the lower-case words that, capitalised, name no
// talks ("the", "monday", "minister"), as a set.
func NotTalksNameSet() map[string]bool { return copySet(notTalksNames) }

// synonyms are the words of negotiations that news writes in several
// ways, each group one meaning ("ceasefire", "cease-fire", "truce"), with
// the initials of countries and bodies and their names in full.
var synonyms = slices.Concat([][]string{
	{"approve", "approved", "approval", "green light", "endorse", "endorsed", "agree", "agreed", "accept", "accepted"},
	{"ceasefire", "cease-fire", "truce"},
	{"hostage", "hostages", "captive", "captives", "abductee", "abductees"},
	{"prisoner", "prisoners", "detainee", "detainees"},
	// Letting a captive go: a question's "freed" for a text's "released".
	{"release", "released", "releases", "releasing", "freed", "freeing", "set free"},
	{"swap", "swaps", "swapped", "exchange", "exchanges", "exchanged", "trade", "traded"},
	{"talks", "negotiations", "discussions", "diplomacy"},
	{"deal", "agreement", "accord", "plan", "proposal", "framework", "pact"},
	{"country", "countries", "nation", "nations"},
	{"condition", "conditions", "understanding", "demand", "demands", "requirement", "insist"},
	{"optimistic", "optimism", "hopeful", "hope"},
	{"pessimistic", "skeptical", "skepticism", "sceptical", "scepticism", "doubt"},
	{"home", "homes"},
	{"return", "returning", "returned"},
	{"withdraw", "withdrawal", "pullback"},
	{"aid", "assistance"},
	{"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes"},
	{"invasion", "incursion", "ground operation", "offensive"},
	{"killed", "dead", "deaths", "died", "lost their lives", "lost his life", "lost her life"},
	{"mediate", "mediator", "mediators", "mediation", "broker"},
}, initials, [][]string{
	// "U.S." as the United States, without "us", which in a statement
	// is as often the pronoun ("join us").
	{"u.s.", "united states", "american", "americans"},
	{"escalation", "escalating", "escalate", "de-escalation", "deescalate"},
	{"directly", "direct"},
	{"south", "southern"}, {"north", "northern"}, {"east", "eastern"}, {"west", "western"},
	{"meeting", "meet", "met", "session"},
	{"displaced", "evacuated", "refugees"},
	{"go", "travel", "travels", "traveled", "travelled", "traveling", "travelling", "head to", "fly to"},
	{"start", "started", "starts", "begin", "began", "begins", "begun"},
	{"fighting", "hostilities", "clashes", "combat", "violence"},
	{"obstacle", "obstacles", "standing in the way", "stands in the way", "stand in the way", "roadblock", "hurdle", "impediment"},
	{"expire", "expired", "expires", "ran out", "run out", "runs out", "lapse", "lapsed", "lapses"},
	{"ask", "asked", "asks", "call on", "called on", "calls on", "urge", "urged", "urges", "request", "requested", "appeal", "appealed"},
	// The other words a question asks what news tells with: "put their
	// names to" a deal it says was signed, "came into force" for "took
	// effect", "hailed" for "applauded".
	{"sign", "signed", "signs", "signing", "put their names to", "put their name to", "put its name to", "inked"},
	{"take effect", "took effect", "takes effect", "taken effect", "come into force", "came into force", "comes into force"},
	{"welcome", "welcomed", "welcomes", "applaud", "applauded", "applauds", "hail", "hailed", "hails", "praise", "praised",
		"praises", "commend", "commended", "commends"},
	{"interim", "transitional", "caretaker"},
	{"step down", "stepped down", "steps down", "resign", "resigned", "resigns", "quit", "quits", "leave office",
		"relinquish power", "cede power"},
	{"troops", "soldiers", "forces"},
	{"suspend", "suspended", "suspends", "frozen", "froze", "freeze", "on hold"},
	{"decline", "declines", "drop", "drops", "decrease", "decreases"},
	{"goal", "goals", "target", "aim", "objective", "objectives"},
	// What something is for: "what is the mission meant to do" for "the
	// mission aims to support the police".
	{"meant to", "aims to", "aimed to", "intended to", "designed to"},
	{"ready", "willing", "prepared"},
	// What must be had or done: "needing money" for "appropriations will
	// be necessary".
	{"need", "needs", "needed", "needing", "necessary", "require", "requires", "required"},
	{"election", "elections", "vote", "polls", "ballot"},
	{"deputy", "number two", "second-in-command"},
	{"noon", "midday"},
	{"send", "sends", "sent", "dispatch", "dispatched", "deploy", "deployed"},
	{"demand", "demands", "demanded", "demanding", "want", "wants", "call for", "called for", "calls for"},
	{"present", "presented", "presents", "tabled", "put forward", "submit", "submitted", "submits", "unveil", "unveiled", "unveils"},
	{"lead", "leads", "led", "leading", "headed"},
	// Where talks are stuck, and the point they stick on.
	{"impasse", "deadlock", "deadlocked", "stalemate", "standstill", "sticking point", "sticking points",
		"stumbling block", "stumbling blocks"},
	// Leaving talks in protest.
	{"walk out", "walked out", "walks out", "walkout", "stormed out", "storm out", "left the talks", "leave the talks",
		"quit the talks", "pulled out of the talks", "pull out of the talks", "abandoned the talks"},
}, [][]string{disarming()})

// disarming are the words for giving up one's weapons: the verb, and
// the verbs of handing something over with weapons for their object
// ("hand over weapons", "laid down arms"; a question's "their", "its"
// is not read).
func disarming() []string {
	out := []string{"disarm", "disarms", "disarmed", "disarming", "disarmament", "decommission", "decommissioned",
		"decommissioning"}
	for _, v := range []string{"hand over", "handed over", "hand in", "handed in", "give up", "gave up", "given up",
		"lay down", "laid down", "surrender", "surrendered", "turn in", "turned in"} {
		for _, o := range []string{"weapons", "arms", "guns"} {
			out = append(out, v+" "+o)
		}
	}
	return out
}

// Synonyms returns the groups of words of negotiations that news writes
// in several ways, in lower case, in a fixed order.
func Synonyms() [][]string {
	out := make([][]string, len(synonyms))
	for i, g := range synonyms {
		out[i] = append([]string(nil), g...)
	}
	return out
}

// dealActParticiples tell what was done to a deal or truce when a date
// follows them in a question ("the truce announced on May 3", "the deal
// signed in March"): the date is the act's, not the day anyone spoke of it.
var dealActParticiples = set(`announced signed agreed reached declared struck brokered concluded unveiled proposed launched accepted rejected`)

// IsDealActParticiple reports whether w (lower case) is the participle of
// an act done to a deal or truce ("announced", "signed", "brokered").
func IsDealActParticiple(w string) bool { return dealActParticiples[w] }

// closingActs end talks: "sign", "ratify", "seal", "finalise",
// "conclude" (the base forms).
var closingActs = []string{"sign", "ratify", "seal", "finalise", "finalize", "conclude"}

// ClosingActs returns the base forms of the acts that end talks ("sign",
// "ratify", "conclude").
func ClosingActs() []string { return slices.Clone(closingActs) }

// seeingForms are the forms of "see", as one sees someone: a meeting.
var seeingForms = []string{"see", "seeing", "saw", "seen"}

// SeeingForms returns the forms of "see" ("see", "saw", "seen").
func SeeingForms() []string { return slices.Clone(seeingForms) }

// partyPlurals name the several who take part in talks, as a question asks
// who they are: "which countries", "which mediators". Lower case.
var partyPlurals = []string{"countries", "nations", "governments", "parties", "groups", "mediators", "sides"}

// PartyPlurals returns the plural nouns that name the several who take
// part in talks ("countries", "governments", "mediators"), in lower case.
func PartyPlurals() []string { return slices.Clone(partyPlurals) }
