package lexicon

// agreementNouns name what talks agree on: a thing a later sentence may
// point back to ("that deal", "this truce").
var agreementNouns = []string{"deal", "agreement", "truce", "ceasefire", "cease-fire", "accord", "pact"}

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
