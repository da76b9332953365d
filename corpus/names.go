package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/talkbot/talkbot/lexicon"
	"github.com/talkbot/talkbot/lexicon/wordnet"
)

// asideRE finds the short asides that news puts after a name and that stand
// between a speaker and the verb: a party and state ("(R-Fla.)", ", R-Ky.,",
// "(D)", "(Fla.)") and an age (", 58,"). Group 1 is what is blanked.
var asideRE = regexp.MustCompile(`(\s?\((?:[RDI](?:-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?|[A-Z][a-z]{0,4}\.|[A-Z]\.[A-Z]\.)\))` +
	`|[a-z\x{2019}'](,\s[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?,)` +
	`|[a-z](,\s\d{1,3},)\s` +
	// A delegate's country in a UN record: "Mr. Haddad (Estria) said".
	`|[\pL.](\s\((?:the )?[A-Z][\pL]+(?:\s(?:of\s|and\s|the\s)*[A-Z][\pL]+){0,4}\))\s+(?:said|says|stressed|noted|added|urged|called|welcomed|expressed|warned|underlined|emphasized|emphasised|asked|recalled|pointed|told|described|reiterated|condemned)\b`)

// blankAsides replaces those asides by spaces, so that byte offsets into
// the sentence still hold: "Rep. John Mica (R-Fla.) said" reads as "Rep.
// John Mica said".
func blankAsides(s string) string {
	ms := asideRE.FindAllStringSubmatchIndex(s, -1)
	if ms == nil {
		return s
	}
	b := []byte(s)
	for _, m := range ms {
		for g := 1; 2*g+1 < len(m); g++ {
			if m[2*g] >= 0 {
				for i := m[2*g]; i < m[2*g+1]; i++ {
					b[i] = ' '
				}
			}
		}
	}
	return string(b)
}

// isInitial: "O", the letter of a middle initial before its period.
func isInitial(w string) bool {
	return utf8.RuneCountInString(w) == 1 && isCap(w)
}

// canonName drops middle initials and suffixes: "Lloyd J. Austin III" is
// Lloyd Austin, "Paul D. Ryan" is Paul Ryan. The first word stays ("J.K.
// Rowling").
func canonName(name string) string {
	parts := strings.Fields(name)
	if len(parts) < 3 {
		return name
	}
	for len(parts) > 2 && lexicon.IsNameSuffix(strings.TrimSuffix(parts[len(parts)-1], ",")) {
		parts = parts[:len(parts)-1]
	}
	out := parts[:1:1]
	for i, p := range parts[1:] {
		if i+2 < len(parts) && initialRE.MatchString(p) {
			continue
		}
		out = append(out, p)
	}
	return strings.Join(out, " ")
}

var initialRE = regexp.MustCompile(`^(?:[A-Z]\.)+$`)

// afterQuote: the clause at c0 follows a quotation directly ("⟦0⟧, …" or
// "⟦0⟧ …").
func afterQuote(toks []token, c0 int) bool {
	if c0 >= 1 && placeholder(toks[c0-1].text) >= 0 {
		return true
	}
	return c0 >= 2 && (toks[c0-1].text == "," || toks[c0-1].text == "—") && placeholder(toks[c0-2].text) >= 0
}

// looseNP reads toks[c0:v] as the noun phrase before a speech verb, with
// any head noun: "the New York businessman", "his hawkish colleague", "one
// Democratic source on the panel", "63 percent". Only used right after a
// quotation, where nothing else can stand there.
func looseNP(toks []token, c0, v int) (start, end int, perfect, ok bool) {
	e := v
	for e > c0 && adverbs[strings.ToLower(toks[e-1].text)] {
		if perfectMarkers[strings.ToLower(toks[e-1].text)] {
			perfect = true
		}
		e--
	}
	if e-c0 < 1 || e-c0 > 10 {
		return 0, 0, false, false
	}
	first := toks[c0].text
	if !(determiners[first] || first == "my" || first == "our" || isCap(first) || isNumber(first) || strings.HasSuffix(norm(first), "'s") ||
		(roleNouns[first] || roleLike(first)) && e-c0 > 1 && isCap(toks[e-1].text)) || leadingNonSpeaker[first] {
		// "columnist Ai Jun": a role in lower case before the name.
		return 0, 0, false, false
	}
	for i := c0; i < e; i++ {
		t := toks[i].text
		lt := strings.ToLower(t)
		switch {
		case t == "." && i > c0 && (abbreviations[toks[i-1].text] || isInitial(toks[i-1].text)):
		case t == "-" || t == "’" || t == "'":
		case !isWord(t):
			return 0, 0, false, false
		case isCap(t) || determiners[t] || prepositions[lt] || lt == "and" || i == c0 && (lt == "my" || lt == "our"):
		case stopWords[lt] || finite[lt]:
			return 0, 0, false, false
		}
	}
	last := strings.ToLower(toks[e-1].text)
	if prepositions[last] || determiners[last] || last == "and" {
		return 0, 0, false, false
	}
	return c0, e, perfect, true
}

// trailingModifier: what follows an inverted speaker is when, where or how
// it was said ("said Robby Mook in a statement", "said Smith on Friday").
func trailingModifier(toks []token, en int) bool {
	if en >= len(toks) {
		return true
	}
	t := toks[en].text
	if weekdayOrMonth(t) {
		return true
	}
	return trailingWords[t]
}

var trailingWords = set(`in on at during after before while when as to from via outside inside following last this earlier
	later yesterday today tonight recently shortly late early`)

// orgNameOf reads a capitalised phrase as an organisation's name when it
// is one: an organisation's word in what would otherwise be the name ("the
// International Maritime Safety Agency"), or a name joined to one by "for",
// "of" or "on" ("the Baltic Observatory for Civil Liberties", whose last words
// alone look like a person's). It returns the name as a sentence writes it
// mid-sentence, with letters after it in parentheses ("the International
// Maritime Safety Agency (IMSA)"), and the organisation's word.
func orgNameOf(words []string) (name, head string, ok bool) {
	title, person, _ := splitTitleName(words)
	joined := len(title) > 0 && orgJoiners[title[len(title)-1]]
	for _, w := range person {
		if lexicon.IsOrgHead(w) {
			head = w
		}
	}
	if head == "" && joined {
		for _, w := range title {
			if lexicon.IsOrgHead(w) {
				head = w
			}
		}
	}
	if head == "" || len(person) == 0 && !joined {
		return "", "", false
	}
	out := append([]string(nil), words...)
	if len(out) > 0 && out[0] == "The" {
		out[0] = "the"
	}
	// "the conservative-leaning Tax Foundation": the name, not what the
	// writer calls it.
	if len(out) > 2 && out[0] == "the" {
		k := 1
		for k < len(out)-1 && !isCap(out[k]) {
			k++
		}
		out = append(out[:1], out[k:]...)
	}
	if n := len(out); n > 2 && acronymOf(out[:n-1], out[n-1]) {
		out = append(out[:n-1:n-1], "("+out[n-1]+")")
	}
	return strings.Join(out, " "), head, true
}

// orgJoiners join the words of an organisation's name.
var orgJoiners = set(`of for on and the`)

// acronymOf: acr is written in capitals and its letters are the initials of
// the capitalised words before it ("International Maritime Safety Agency
// IMSA").
func acronymOf(words []string, acr string) bool {
	if len(acr) < 2 || strings.ToUpper(acr) != acr || !isCap(acr) {
		return false
	}
	var initials strings.Builder
	for _, w := range words {
		if isCap(w) {
			initials.WriteString(w[:1])
		}
	}
	return strings.Contains(initials.String(), acr)
}

// uncapital writes a name printed in capitals ("KARIN LUND", as UN
// records print a speaker) in ordinary case; a single word in capitals
// ("IAEA") is left alone.
func uncapital(name []string) []string {
	if len(name) < 2 {
		return name
	}
	for _, w := range name {
		if strings.ToUpper(w) != w || utf8.RuneCountInString(w) < 2 {
			return name
		}
	}
	out := make([]string, len(name))
	for i, w := range name {
		r, n := utf8.DecodeRuneInString(w)
		out[i] = string(r) + strings.ToLower(w[n:])
	}
	return out
}

// inflectedWord: w, capitalised, reads as a participle or adverb of the
// dictionary rather than a name: "Citing", "Flying", "Hastily", "Based".
// The dictionary knows its stem ("cite", "fly", "hasty", "base"); "Kelly"
// and "Sterling" have none.
func inflectedWord(w string) bool {
	lw := strings.ToLower(w)
	if !isCap(w) || utf8.RuneCountInString(lw) < 5 {
		return false
	}
	known := func(s string) bool { r := wordnet.Related(s); return len(r.Close)+len(r.Loose) > 0 }
	switch {
	case strings.HasSuffix(lw, "ly"):
		stem := strings.TrimSuffix(lw, "ly")
		return known(stem) || strings.HasSuffix(stem, "i") && known(strings.TrimSuffix(stem, "i")+"y")
	case strings.HasSuffix(lw, "ing"), strings.HasSuffix(lw, "ed"):
		for _, b := range wordnet.Bases(lw) {
			if known(b) {
				return true
			}
		}
	}
	return false
}

// commonWord: w, capitalised, is a word of a closed class that names no
// one alone ("Nothing", "Beyond", "Any"). "Someone" and "Everyone" may
// stand for people who spoke and are not among them.
func commonWord(w string) bool {
	return isCap(w) && lexicon.IsFunctionWord(strings.ToLower(w))
}

// dictionaryWord: w, capitalised, is a word of the dictionary and no
// name the lists know.
func dictionaryWord(w string) bool {
	if !isCap(w) || !isWord(w) || maleNames[w] || femaleNames[w] || orgName(w) || titleWords[w] {
		return false
	}
	r := wordnet.Related(strings.ToLower(w))
	return len(r.Close)+len(r.Loose) > 0
}

// nounAfter: w may go on a phrase a capitalised word of the dictionary
// opens ("Multiple outlets", "Local news affiliates"): a word in lower case
// that is no verb, adverb or function word.
func nounAfter(w string) bool {
	lw := strings.ToLower(w)
	if !isWord(w) || isCap(w) || stopWords[lw] || finite[lw] || speechVerbs[lw] || closingVerbs[lw] || determiners[lw] || prepositions[lw] ||
		lexicon.IsFunctionWord(lw) || adverbs[lw] || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ly") || irregularPast[lw] {
		return false
	}
	// "Legal observers note …": the plain form of a speech verb is the verb.
	return strings.HasSuffix(lw, "s") || !speechVerbs[lw+"s"] && !speechVerbs[lw+"es"]
}

// adjectiveEndings end the adjectives a sentence may open with in capitals
// ("Multiple", "Local", "Generous").
var adjectiveEndings = []string{"al", "ic", "ous", "ive", "ble", "ple", "ent", "ant", "ful", "less", "ish", "ary"}

// openingAdjective: w alone, capitalised, is an adjective of the
// dictionary that opened its sentence, not anyone's name.
func openingAdjective(w string) bool {
	if !dictionaryWord(w) {
		return false
	}
	lw := strings.ToLower(w)
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(lw, e) {
			return true
		}
	}
	return false
}
