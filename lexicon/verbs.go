package lexicon

// hedges put what they go with in doubt or in the future: modal verbs
// ("could", "will"), "if", and the words of a threat or a possibility
// ("an invasion could begin", "the threat of a strike").
var hedges = set(`may might could would will can should possibility possible if threat threatens threatened`)

// IsHedge reports whether w (lower case) puts what it goes with in doubt
// or in the future: "could", "might", "if", "threatened".
func IsHedge(w string) bool { return hedges[w] }

// wishes, a few words before "to <act>" or a bare act, tell it was
// wanted, owed, planned or offered, not done: "must pass the law", "hopes
// to sign next month", "plans to meet", "is expected to sign", "said it
// was ready to accept".
var wishes = set(`must ought hope hopes hoped hoping plan plans planned planning expect expects expected intend intends
	intended aim aims aimed want wants wanted ready readiness willing willingness`)

// failures, a few words before "to <act>", tell it was not done and did
// not go as planned: "his failure to sign", "refused to sign", "has yet to
// sign".
var failures = set(`fail fails failed failing failure refuse refuses refused refusing refusal yet`)

// IsWish reports whether w (lower case), a few words before an act, tells
// it was wanted, owed, planned or offered, not done: "must", "hopes",
// "plan", "expected", "readiness".
func IsWish(w string) bool { return wishes[w] }

// conditions, just before an act, tell it only as what may be: "valid if
// accepted", "unless both sides sign", "whether the council will vote".
var conditions = set(`if unless whether`)

// IsCondition reports whether w (lower case), just before an act, tells
// it only as a condition, not as done: "if", "unless", "whether".
func IsCondition(w string) bool { return conditions[w] }

// IsFailure reports whether w (lower case), a few words before "to <act>",
// tells the act was not done and did not go as planned: "failure",
// "refused", "yet".
func IsFailure(w string) bool { return failures[w] }

// lightVerbs say little of what happened by themselves ("get", "took",
// "did"): "when did the envoy get to Beirut" asks when they arrived.
var lightVerbs = set(`get got go went come came make made take took do did`)

// IsLightVerb reports whether w (lower case) is a verb that says little
// of what happened by itself: "get", "went", "made".
func IsLightVerb(w string) bool { return lightVerbs[w] }

// actVerbs report an act as much as words: "what did Ames propose" asks
// about the act.
var actVerbs = set(`propose proposed proposes estimate estimated estimates`)

// ActVerbSet returns the verbs that report an act as much as words
// ("proposed", "estimates"), as a set.
func ActVerbSet() map[string]bool { return copySet(actVerbs) }

// auxiliaries are the finite forms of "be", "have" and "do" and the
// modal verbs: a clause's verb, not an adverbial's.
var auxiliaries = set(`is are was were had has have would will could can should must did does do be been`)

// IsAuxiliary reports whether w (lower case) is an auxiliary or modal
// verb: "is", "had", "would", "did".
func IsAuxiliary(w string) bool { return auxiliaries[w] }

// AuxiliarySet returns the auxiliary and modal verbs, as a set.
func AuxiliarySet() map[string]bool { return copySet(auxiliaries) }

// copulas link a subject to what is said of it: forms of "be", "remain"
// and "seem" ("The lack of places was “burdensome”").
var copulas = set(`is are was were be been being remains remained seems seemed`)

// CopulaSet returns the copulas ("was", "remains", "seemed"), as a set.
func CopulaSet() map[string]bool { return copySet(copulas) }

// passiveAuxiliaries make the participle after them passive: the copulas,
// and "become" and "get" ("was dubbed", "became known", "got called").
var passiveAuxiliaries = func() map[string]bool {
	m := copySet(copulas)
	for w := range set(`become became get got`) {
		m[w] = true
	}
	return m
}()

// PassiveAuxiliarySet returns the verbs that make a participle after them
// passive ("was", "being", "became", "got"), as a set.
func PassiveAuxiliarySet() map[string]bool { return copySet(passiveAuxiliaries) }

// IsIrregularForm reports whether w (lower case) is an irregular past
// form or participle of a verb: "made", "met", "begun".
func IsIrregularForm(w string) bool { return irregularForms[w] }

// headlineVerbs are the verbs a title in title case writes with a capital
// after an office and a name: "Prime Minister Receives Phone Call …",
// "President Okoro Commends the Corridor Accord".
var headlineVerbs = set(`receives received holds held meets met speaks spoke calls called hosts hosted welcomes welcomed visits
	visited travels announces announced delivers delivered signs signed says said has had talks commends commended
	praises praised hails hailed applauds applauded urges urged condemns condemned congratulates congratulated
	thanks thanked marks marked discusses discussed reaffirms reaffirmed`)

// IsHeadlineVerb reports whether w (lower case) is a verb a title in title
// case writes with a capital after a name: "commends", "meets", "urges".
func IsHeadlineVerb(w string) bool { return headlineVerbs[w] || speechVerbs[w] }

// baseForms are the irregular forms that are a verb's base form as well:
// "did they put", "when will the talks run".
var baseForms = set(`put set hit let shut read come run`)

// IsBaseForm reports whether w (lower case), an irregular form, is a
// verb's base form as well: "put", "set", "come".
func IsBaseForm(w string) bool { return baseForms[w] }

// preVerbAdverbs stand between a doer and its verb in a question: "does
// the group still hold", "did they ever sign".
var preVerbAdverbs = set(`still already ever also yet just now never not first finally`)

// IsPreVerbAdverb reports whether w (lower case) is an adverb that stands
// between a doer and its verb: "still", "ever", "first".
func IsPreVerbAdverb(w string) bool { return preVerbAdverbs[w] }

// holdingVerbs are the verbs an event is held by, which tell no act of
// their own beside it: "how many meetings did they hold" asks the
// meetings, had or held.
var holdingVerbs = set(`hold holds held have has had host hosts hosted conduct conducts conducted`)

// IsHoldingVerb: w is a verb an event is held by ("hold", "had").
func IsHoldingVerb(w string) bool { return holdingVerbs[w] }

// heldEvents are the events one holds: meetings, rounds, sessions, calls.
var heldEvents = set(`meeting meetings round rounds session sessions call calls conversation conversations talks
	consultations negotiations bilateral bilaterals briefing briefings summit summits`)

// IsHeldEvent: w is an event one holds ("meetings", "rounds").
func IsHeldEvent(w string) bool { return heldEvents[w] }
