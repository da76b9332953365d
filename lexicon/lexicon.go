// Package lexicon is the one home of the words that attribute speech in
// news and official texts: speech verbs ("said", "tweeted", "according
// to"), the participles and closing verbs of attribution clauses, role
// nouns ("spokesperson", "official", "pollster"), title words that stand
// before a name ("Secretary", "Brig. Gen."), honorifics and name suffixes;
// the words of names (first names, particles, capitalised words that are
// no name), nations and initials ("UAE", "Emirati"); the closed classes
// (determiners, prepositions, numbers, hedges); and the words of talks
// ("truce", "both sides", "communiqué").
//
// Extraction (package corpus) reads articles with it and the bot may read
// questions with it, so that both agree on what counts as saying something
// and as a role. The sets are fixed; callers get look-ups or copies.
package lexicon

import (
	"sort"
	"strings"
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

func copySet(m map[string]bool) map[string]bool {
	out := make(map[string]bool, len(m))
	for w := range m {
		out[w] = true
	}
	return out
}

func sorted(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// IsSpeechVerb reports whether w (as written, lower case) is a verb of
// saying: "said", "insists", "tweeted".
func IsSpeechVerb(w string) bool { return speechVerbs[w] }

// SpeechVerbs lists every speech verb form, sorted; for building patterns.
func SpeechVerbs() []string { return sorted(speechVerbs) }

// SpeechVerbSet returns a copy of the speech verbs as a set.
func SpeechVerbSet() map[string]bool { return copySet(speechVerbs) }

// RemarkVerbSet returns a copy of the verbs that tell someone spoke without
// giving the words ("commented", "spoke").
func RemarkVerbSet() map[string]bool { return copySet(remarkVerbs) }

// PhrasalVerbs returns a copy of the two-word speech verbs: the first word
// and the words that may follow it, space-separated ("according" → "to").
func PhrasalVerbs() map[string]string {
	out := make(map[string]string, len(phrasalVerbs))
	for k, v := range phrasalVerbs {
		out[k] = v
	}
	return out
}

// ClosingVerbSet returns a copy of the verbs that close a sentence as its
// attribution ("…, officials said").
func ClosingVerbSet() map[string]bool { return copySet(closingVerbs) }

// IsClosingOnlyVerb reports whether w is a speech verb only where it
// closes an attribution: "asked", "continued", "read".
func IsClosingOnlyVerb(w string) bool { return closingOnlyVerbs[w] }

// LeadVerbSet returns a copy of the capitalised verbs that open an inverted
// attribution ("Said Ellis: …").
func LeadVerbSet() map[string]bool { return copySet(leadVerbs) }

// ParticipleSet returns a copy of the participles that attach words to the
// subject of a sentence ("…, saying …").
func ParticipleSet() map[string]bool { return copySet(participles) }

// ContentParticiples lists the participles followed directly by what was
// said (", adding that …").
func ContentParticiples() []string { return append([]string(nil), contentParticiples...) }

// IsRoleNoun reports whether w (lower case) heads a speaker phrase that
// names a role or group: "official", "spokeswoman", "sources", "ministry".
func IsRoleNoun(w string) bool { return roleNouns[w] }

// RoleNounSet returns a copy of the role nouns.
func RoleNounSet() map[string]bool { return copySet(roleNouns) }

// InstitutionSet returns a copy of the role nouns that are institutions,
// not one person.
func InstitutionSet() map[string]bool { return copySet(institutions) }

// IsPersonNoun reports whether w (lower case) names someone who may speak:
// a role noun, a noun of public life ("nominee", "pollster", "editorial"),
// or a word shaped like a person's role ("businessman", "strategist",
// "narrator").
func IsPersonNoun(w string) bool {
	if roleNouns[w] || personNouns[w] {
		return true
	}
	if strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-year-olds") {
		return true // "the 46-year-old"
	}
	if len(w) < 6 || speechVerbs[w] || notRoles[w] {
		return false
	}
	for _, suf := range []string{"man", "men", "woman", "women", "ist", "ists", "ian", "ians", "er", "ers", "or", "ors"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// IsTitleWord reports whether w (as written) is a word of a title that may
// stand before a name: "Secretary", "Gen.", "Foreign", "Rep.".
func IsTitleWord(w string) bool { return titleWords[w] }

// TitleWordSet returns a copy of the title words.
func TitleWordSet() map[string]bool { return copySet(titleWords) }

// Honorific returns the gender ("m" or "f") an honorific gives a name:
// "Mr." → "m"; ok is false for any other word.
func Honorific(w string) (gender string, ok bool) {
	g, ok := honorifics[w]
	return g, ok
}

// Honorifics returns a copy of the honorifics and the gender each gives.
func Honorifics() map[string]string {
	out := make(map[string]string, len(honorifics))
	for k, v := range honorifics {
		out[k] = v
	}
	return out
}

// IsNameSuffix reports whether w ends a name as a suffix: "Jr.", "III".
func IsNameSuffix(w string) bool { return nameSuffixes[w] }

// irregularForms are the past forms and participles of verbs that do not
// end in "-ed" ("began", "begun", "took", "taken"), as news of talks uses
// them.
var irregularForms = set(`ran run made took taken gave given put began begun came come went gone brought held kept left led met
	paid saw seen sent spent stood thought won drew drawn hit set struck threw thrown told said wrote written spoke spoken
	chose chosen shot fought sought taught caught felt found got gotten heard knew known let lost meant read rose risen
	sold shut sat broke broken froze frozen fell fallen forgave forgiven withdrew withdrawn undertook undertaken overtook
	became become began bore borne bound built dealt drove driven ate eaten flew flown forbade forbidden forgot forgotten
	grew grown hung hid hidden laid lain lent lit mistook mistaken overcame overran rebuilt rode ridden rang rung shook
	shaken shone showed shown sank sunk slid spread sprang stole stolen strove striven swore sworn swept took tore torn
	upheld withheld withstood wound woke woken`)

// IrregularForms returns the past forms and participles of verbs that do
// not end in "-ed".
func IrregularForms() []string { return sorted(irregularForms) }
