package lexicon

import "regexp"

// refusalRE finds where a sentence tells that its subject would not
// comment or answer: "declined to comment", "declined comment", "declined
// an interview request", "refused to say", "did not immediately respond to
// a request", "didn't reply", "has not returned several calls".
var refusalRE = regexp.MustCompile(`(?i)\b(?:declin(?:ed|es)|refus(?:ed|es))\s+(?:to\s+([a-z]+)|comment\b|(?:[a-z-]+\s+){0,2}(?:requests?|interviews?|questions?|invitations?)\b)` +
	`|\b(?:did|does|do|has|have|had)(?:\s+not|n[’']t)\s+(?:(?:immediately|yet)\s+)?(?:respond(?:ed)?|repl(?:y|ied)|answer(?:ed)?\s+(?:(?:[a-z-]+\s+){0,2}(?:requests?|questions?|calls?|messages?|emails?)\b)` +
	`|return(?:ed)?\s+(?:[a-z-]+\s+){0,2}(?:calls?|messages?|emails?|requests?)\b)`)

// RefusalAt returns where in s a refusal to comment or answer begins ("declined
// to comment", "did not respond to a request for comment"), at the word
// after its subject, or -1.
// "Declined to its lowest level" is a figure that fell, not a refusal.
func RefusalAt(s string) int {
	for _, m := range refusalRE.FindAllStringSubmatchIndex(s, -1) {
		if m[2] >= 0 && (determiners[s[m[2]:m[3]]] || possessives[s[m[2]:m[3]]] || articles[s[m[2]:m[3]]]) {
			continue
		}
		return m[0]
	}
	return -1
}
