package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkbot/talkbot/lexicon"
)

// attribute finds who a masked sentence says said something, and what: a
// closing attribution ("…, the official said."), one in the middle
// ("…, officials say, is …"), one in front ("Blinken said Wednesday that
// …"), or a participle ("…, saying …").
func (x *extractor) attribute(s string, toks []token) *attribution {
	if a := x.accordingFirst(s, toks); a != nil {
		return a
	}
	if a := x.quotedSaying(s, toks); a != nil {
		return a
	}
	if a := x.asPutIt(s, toks); a != nil {
		return a
	}
	if a := x.whatTheyCalled(s, toks); a != nil {
		return a
	}
	if a := x.recordingOf(s, toks); a != nil {
		return a
	}
	post := x.postAttribution(s, toks)
	if post != nil && post.reported && len(post.content) == 1 {
		// "Hamas said it would …, Reuters reported": the group spoke;
		// the agency reported it.
		c := strings.TrimRight(post.content[0], ", ")
		if inner := x.preAttribution(c, tokenize(c)); inner != nil {
			return inner
		}
	}
	if post != nil && !(post.record && quotesIn(toks)) {
		return post
	}
	if a := x.attributeAfter(s, toks); a != nil {
		return a
	}
	// "“…,” according to a transcript of the call": the record speaks
	// only for quoted words no one else in the sentence says.
	return post
}

// attributeAfter reads the attributions attribute tries after a closing
// one.
func (x *extractor) attributeAfter(s string, toks []token) *attribution {
	if a := x.preAttribution(s, toks); a != nil {
		return a
	}
	if a := x.withParticiple(s, toks); a != nil {
		return a
	}
	if a := x.chantClause(s, toks); a != nil {
		return a
	}
	if a := x.participle(s, toks); a != nil {
		return a
	}
	if a := x.colonLead(s, toks); a != nil {
		return a
	}
	if a := x.leadVerbComma(s, toks); a != nil {
		return a
	}
	if a := x.dashColon(s, toks); a != nil {
		return a
	}
	if a := x.subjectQuote(s, toks); a != nil {
		if i := strings.Index(s, a.mention); i >= 0 && a.mention != "" {
			x.secondSpeaker(a, s, i+len(a.mention))
		}
		return a
	}
	return x.ownSubject(s, toks)
}

// accordingFirst: "According to a statement from the Prime Minister’s
// Office, the security cabinet will convene Monday."
func (x *extractor) accordingFirst(s string, toks []token) *attribution {
	i := 0
	if i < len(toks) && leadingNonSpeaker[toks[i].text] && !strings.EqualFold(toks[i].text, "according") {
		return nil
	}
	if len(toks) < 4 || !strings.EqualFold(toks[0].text, "according") || toks[1].text != "to" {
		return nil
	}
	end := 2
	for end < len(toks) && toks[end].text != "," && end < 20 {
		end++
	}
	if end >= len(toks)-1 || end == 2 {
		return nil
	}
	e, mention := x.resolve(toks[2:end], "")
	if e == nil {
		return nil
	}
	return &attribution{speaker: e, mention: mention, region: s[:toks[end].start], content: []string{s[toks[end].end:]}}
}

// quotesIn reports whether toks hold a quotation.
func quotesIn(toks []token) bool {
	return slices.ContainsFunc(toks, func(t token) bool { return placeholder(t.text) >= 0 })
}

// accountAfter reads the source of a closing "according to" from toks[i]
// to the comma or the end of the clause at last, when it is a record or an
// account rather than someone the speaker phrases name ("according to
// state corporate records", "according to a review of the transcripts").
// "according to plan" means "in keeping with" and names no source.
func accountAfter(toks []token, i, last int) (start, end int, ok bool) {
	const longest = 14
	j := i
	for j < last && toks[j].text != "," {
		t := toks[j].text
		abbrev := t == "." && j > i && (abbreviations[toks[j-1].text] || isInitial(toks[j-1].text))
		if j-i >= longest || !isWord(t) && !abbrev && !numberSlash(toks, j) {
			return 0, 0, false
		}
		j++
	}
	if j == i {
		return 0, 0, false
	}
	first := toks[i].text
	if lf := strings.ToLower(first); stopWords[lf] && !determiners[lf] {
		return 0, 0, false // "according to whether …", "according to how …"
	}
	head := j - 1
	for k := i + 1; k < j; k++ {
		if t := toks[k].text; !isCap(t) && (prepositions[t] || stopWords[t] && !determiners[t] || participleLike(t)) {
			head = k - 1 // "a count by …", "data released Friday"
			break
		}
	}
	if lexicon.IsAccordanceWord(strings.ToLower(toks[head].text)) {
		return 0, 0, false
	}
	for k := head + 1; k+1 < j; k++ {
		if toks[k+1].text == "by" && participleLike(toks[k].text) && !lexicon.IsIssuingParticiple(toks[k].text) {
			return i, k, true // "the text of the deal reviewed by the agency": the text
		}
	}
	return i, j, true
}

// participleLike: w may be a past participle ("reviewed", "seen").
func participleLike(w string) bool {
	return !isCap(w) && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en"))
}

// issuerAt finds who issued the record in toks[st:en] that a closing
// "according to" names: the phrase after "from" ("figures from the health
// ministry") or after "by" right after the record or a participle of
// issuing ("a count by the agency", "data released Friday by
// regulators"). It returns where the issuer starts, or -1.
func issuerAt(toks []token, st, en int) int {
	for k := st + 1; k+1 < en; k++ {
		switch toks[k].text {
		case "from":
			return k + 1
		case "by":
			if prev := toks[k-1].text; !participleLike(prev) || lexicon.IsIssuingParticiple(prev) {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// verbAt reports whether a speech verb starts at token i, and where it ends.
func verbAt(toks []token, i int) (end int, ok bool) {
	w := toks[i].text
	if !isWord(w) || isCap(w) {
		return 0, false
	}
	lw := strings.ToLower(w)
	if second, ok := phrasalVerbs[lw]; ok {
		if i+1 < len(toks) && strings.Contains(" "+second+" ", " "+toks[i+1].text+" ") {
			return i + 2, true
		}
		if speechVerbs[lw] {
			goto single
		}
		if lw == "called" || lw == "calls" {
			// "called the deal “historic”": a verb of speech when a quote follows.
			for k := i + 1; k < len(toks) && k < i+7; k++ {
				if placeholder(toks[k].text) >= 0 {
					return i + 1, true
				}
				if toks[k].text == "." || toks[k].text == "," {
					break
				}
			}
		}
		return 0, false
	}
single:
	if end, ok := agreedAt(toks, i); ok {
		return end, true
	}
	if w := askedWhether(toks, i); w > 0 {
		// "Ames asked the envoy whether …": what was asked starts at
		// "whether"; who was asked is no part of it.
		switch strings.ToLower(toks[i-1].text) {
		case "is", "are", "was", "were", "be", "been", "being", "to", "not", "when", "who", "which", "and":
			// "was asked whether", "when asked if"; "held up photographs
			// and asked …": the sentence tells more than the question.
			return 0, false
		}
		return w, true
	}
	if lexicon.IsClosingOnlyVerb(lw) && i > 0 {
		// "…?” she asked.", "…?” asked Sen. Ames" and "the sign read:": only
		// at the close.
		inverted := placeholder(toks[i-1].text) >= 0 || i > 1 && toks[i-1].text == "," && placeholder(toks[i-2].text) >= 0
		if next := i + 1; !inverted && next < len(toks) && toks[next].text != "," && toks[next].text != "." && toks[next].text != ":" &&
			placeholder(toks[next].text) < 0 && (!trailingModifier(toks, next) || toThing(toks, next)) && !askedWho(toks, next) {
			// "agreed to work", "offered to help": not speech.
			return 0, false
		}
	} else if !speechVerbs[lw] && !(i > 0 && lexicon.IsFinding(strings.ToLower(toks[i-1].text), lw)) && !findingAfterModifier(toks, i) && !rulingAt(toks, i) && !beliefAt(toks, i) {
		// "A new poll shows …", "The report found …": what a record
		// found, said after it.
		return 0, false
	}
	if i > 0 {
		// "is expected", "were told", "to say": not someone saying.
		switch strings.ToLower(toks[i-1].text) {
		case "is", "are", "was", "were", "be", "been", "being", "to", "not", "the", "a", "an", "who", "which":
			return 0, false
		}
	}
	return i + 1, true
}

// rulingAt reports whether the verb at i tells what a court or a judge
// decided, "that" following it after at most a few words of time ("the
// court ruled that …", "a judge ruled Monday that …", "the appeals court
// held that …"); not "ruled out that option".
func rulingAt(toks []token, i int) bool {
	if i == 0 || !lexicon.IsRuling(strings.ToLower(toks[i-1].text), strings.ToLower(toks[i].text)) {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		switch t := toks[k].text; {
		case t == "that":
			return k+1 < len(toks) && opensClause(toks[k+1].text)
		case t == "out" || !isWord(t):
			return false
		}
	}
	return false
}

// agreedAt reads a view shared at i ("agreed that …", "agree there are
// …", "agreed with the President that …") and returns where the verb and
// whom it agrees with end, what was agreed starting there; not "agreed to
// meet", "agreed with the analysis".
func agreedAt(toks []token, i int) (end int, ok bool) {
	if !lexicon.IsAgreeingVerb(strings.ToLower(toks[i].text)) || i == 0 || i+2 >= len(toks) {
		return 0, false
	}
	switch strings.ToLower(toks[i-1].text) {
	case "is", "are", "was", "were", "be", "been", "being", "to", "not", "the", "a", "an", "who", "which", "that":
		return 0, false
	}
	if saidBefore(toks, i) {
		return 0, false // "wrote that she agreed with him that …": a view inside what was said
	}
	next := toks[i+1].text
	if next == "with" {
		for k := i + 2; k < len(toks) && k <= i+8; k++ {
			if t := toks[k].text; t == "that" {
				return k, k+1 < len(toks) && opensClause(toks[k+1].text)
			} else if !isWord(t) && t != "." {
				return 0, false
			}
		}
		return 0, false
	}
	return i + 1, next == "that" || opensClause(next) && next != "to" && !prepositions[next] && next != "with"
}

// saidBefore: a verb of saying or a participle of one comes before i in
// the sentence, so a view told at i is inside what was said.
func saidBefore(toks []token, i int) bool {
	for _, t := range toks[:i] {
		if lt := strings.ToLower(t.text); speechVerbs[lt] || participles[lt] {
			return true
		}
	}
	return false
}

// beliefAt reports whether the verb at i tells what its subject thinks,
// fears or hopes, a clause following it ("fear the frost will return",
// "thinks that …"); not "hope to win", "worries about …".
func beliefAt(toks []token, i int) bool {
	if !lexicon.IsBeliefVerb(strings.ToLower(toks[i].text)) || i+2 >= len(toks) || i > 0 && auxiliaries[strings.ToLower(toks[i-1].text)] {
		return false // "he does believe McConnell is right": whose view, the clause around tells
	}
	if saidBefore(toks, i) {
		return false // "who said that … and that the chamber thinks …": a view inside what was said
	}
	next := toks[i+1].text
	return next == "that" || opensClause(next) && next != "to" && !prepositions[next]
}

// auxiliaries stand before a verb they make emphatic or negative: "does
// believe", "did not think".
var auxiliaries = set(`do does did not never`)

// opensClause: w can open the clause after "that" ("the", "Ohio's",
// "it", "voters", "17-year-olds"), not a lone noun "that" points to, as in
// "found that action unconstitutional".
func opensClause(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isCap(w) || unicode.IsDigit(r) || strings.HasSuffix(w, "s") || determiners[w] || pronouns[w] != "" || clauseSubjects[w]
}

// clauseSubjects open a clause as its subject without being a determiner
// or a pronoun of a speaker: "it", "there", "we".
var clauseSubjects = set(`it there we i you no none nothing each every all both neither`)

// findingAfterModifier reports whether the finding verb at v ("found",
// "showed") follows a record that opens the sentence and a modifier of it
// ("A poll released Monday found", "A 2015 study by the institute
// showed"); findingSubject reads that subject.
func findingAfterModifier(toks []token, v int) bool {
	_, _, ok := findingSubject(toks, v)
	return ok
}

// findingSubject reads the subject of the finding verb at v when the
// sentence opens with a record and a participle or a preposition
// qualifies it before the verb: "A new poll released Monday found",
// "Exit polls taken in the state showed", "A report by the agency found".
// The subject is the whole phrase, for whoever issued the record names it.
func findingSubject(toks []token, v int) (start, end int, ok bool) {
	const longest = 16
	if v < 3 || !lexicon.IsFindingVerb(strings.ToLower(toks[v].text)) || isCap(toks[v].text) {
		return 0, 0, false
	}
	st := 0
	for st < v && lexicon.IsOpeningConjunction(toks[st].text) {
		st++
	}
	if f := strings.ToLower(toks[st].text); stopWords[f] && !determiners[f] {
		// "While a poll released Monday showed …, the race …": a clause
		// put in front, which the sentence is not all about.
		return 0, 0, false
	}
	end = v
	for end > st && adverbs[strings.ToLower(toks[end-1].text)] {
		end-- // "also showed"
	}
	if end-st > longest {
		return 0, 0, false
	}
	rec := -1
	for k := st; k < end && k-st < 6; k++ {
		if lexicon.IsFindingRecord(strings.ToLower(toks[k].text)) && k+1 < end {
			rec = k
			break
		}
	}
	if rec < 0 {
		return 0, 0, false
	}
	if m := toks[rec+1].text; !(prepositions[m] && m != "to" && m != "with" || m == "by" || participleLike(m) || irregularPast[m]) {
		return 0, 0, false
	}
	for k := st; k < end; k++ {
		t := toks[k].text
		lt := strings.ToLower(t)
		abbrev := t == "." && k > st && (abbreviations[toks[k-1].text] || isInitial(toks[k-1].text))
		if !isWord(t) && !abbrev && !numberSlash(toks, k) || pronouns[lt] != "" || finite[lt] || speechVerbs[lt] || lexicon.IsFindingVerb(lt) {
			return 0, 0, false
		}
	}
	return st, end, true
}

// findingSubjectWords: the document words[i] is a record a participle
// qualifies ("the report published Tuesday"), the subject findingSubject
// reads: a record of its own, not one the last speaker issued.
func findingSubjectWords(words []string, i int) bool {
	return lexicon.IsFindingRecord(strings.ToLower(words[i])) && i+1 < len(words) && participleLike(words[i+1])
}

// questionWords open a question asked in reported speech: "asked whether
// …", "asked the envoy how …".
var questionWords = set(`whether if how what why when which who where`)

// askedWhether reads a question put in reported speech after the verb of
// asking at i, with whom it was put to and when between them: "asked
// whether …", "asked the envoy on Friday if …", "asked Ames how …". It
// returns where the question starts, at its question word, or 0.
func askedWhether(toks []token, i int) int {
	if i == 0 || !lexicon.IsAskingVerb(toks[i].text) {
		return 0
	}
	for k := i + 1; k < len(toks) && k-i <= 7; k++ {
		t := toks[k].text
		lt := strings.ToLower(t)
		switch {
		case questionWords[t]:
			if k+1 < len(toks) && isWord(toks[k+1].text) && toks[k+1].text != "to" {
				return k // "asked how to …" is a way, not a question put
			}
			return 0
		case t == "." && k > i+1 && (abbreviations[toks[k-1].text] || isInitial(toks[k-1].text)):
		case !isWord(t) || k == i+1 && !isCap(t) && !determiners[lt] && objectPronouns[lt] == "" && !adverbs[lt]:
			return 0
		case questionWords[lt] || stopWords[lt] && !determiners[lt] && objectPronouns[lt] == "" && !weekdayOrMonth(t) && lt != "on":
			return 0
		}
	}
	return 0
}

// askedOf resolves whom a question was put to, the words between the
// verb of asking and the question ("the envoy on Friday", "Ames", "him"),
// the words that tell when left off.
func (x *extractor) askedOf(toks []token) *entity {
	if kind := objectPronouns[strings.ToLower(toks[0].text)]; kind != "" {
		if kind == "m" || kind == "f" {
			return x.reg.pronoun(kind)
		}
		return nil
	}
	end := 0
	for end < len(toks) {
		t := toks[end].text
		if lt := strings.ToLower(t); end > 0 && (weekdayOrMonth(t) || adverbs[lt] || lt == "on" || lt == "in" || lt == "at") {
			break
		}
		end++
	}
	if end == 0 {
		return nil
	}
	e, _ := x.resolve(toks[:end], "")
	return e
}

// objectPronouns may stand for whom a question was put to: "asked him
// whether".
var objectPronouns = map[string]string{"him": "m", "her": "f", "them": "p", "me": "s", "us": "p", "reporters": "p"}

// askedWho: "…,” Boyle asked Trump." — the one asked, then the end of the
// clause.
func askedWho(toks []token, i int) bool {
	j := i
	switch toks[j].text {
	case "him", "her", "them", "me", "us":
		j++
	case "the", "his", "their":
		// "…?” Todd asked the real estate mogul."
		j++
		for j < len(toks) && isWord(toks[j].text) && !isCap(toks[j].text) && !stopWords[toks[j].text] && j-i < 5 {
			j++
		}
		if j == i+1 {
			return false
		}
	default:
		for j < len(toks) && isCap(toks[j].text) && isWord(toks[j].text) && j-i < 4 {
			j++
		}
	}
	return j > i && (j == len(toks) || toks[j].text == "." || toks[j].text == "," || toks[j].text == "?")
}

// toThing: "to" and a verb or a thing ("agreed to work", "agreed to the
// truce"), not "to" and who was spoken to ("sings to Clinton").
func toThing(toks []token, i int) bool {
	if toks[i].text != "to" || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1].text
	return !isCap(n) && n != "him" && n != "her" && n != "them" && n != "reporters"
}

var dashes = set(`— – -`)

// longAppositive reads the subject that opens a sentence and an appositive
// that runs up to toks[i], the comma or dash before the verb: "Bill Ames,
// a North Carolina businessman who had been on the board, said", "Jo Sims —
// a teacher from Mount Pleasant — says". It returns the subject and, when
// the appositive gives a role, that role.
func longAppositive(toks []token, i int) (start, end int, title string, ok bool) {
	st := leadEnd(toks, i)
	if st < i && placeholder(toks[st].text) >= 0 {
		// "“…,” Harry Bond, 30, of Raleigh, who was polled, said": the
		// subject after the quotation.
		st++
		for st < i && (toks[st].text == "," || dashes[toks[st].text]) {
			st++
		}
	}
	en := subjectPhrase(toks, st)
	if en <= st || en >= i || i-en > 45 {
		return 0, 0, "", false
	}
	if t := toks[en].text; t != "," && !dashes[t] {
		return 0, 0, "", false
	}
	if _, ok := pronouns[toks[st].text]; ok {
		return 0, 0, "", false
	}
	a := en + 1
	for a < i && dashes[toks[a].text] {
		a++ // "--"
	}
	if a >= i {
		return 0, 0, "", false
	}
	first := toks[a].text
	lf := strings.ToLower(first)
	switch {
	case isArticle(lf) || lf == "one" || lf == "who" || lf == "whose" || lf == "both":
	case parentheticalStarts[lf] || lf == "meanwhile" || lf == "however" || lf == "too":
		// "Clinton, during a town hall in Columbus, Ohio, said": an aside.
	case !isCap(first) && hasRole(texts(toks[a:min(a+3, i)])):
		// "Anne Ruiz, assistant secretary of state for …, said"
	case strings.HasSuffix(norm(first), "'s") || isNumber(first) || hasRole([]string{first}) || !isCap(first) && roleLike(lf):
	case isCap(first) && !leadingNonSpeaker[first]:
	case func() bool { _, ok := roleAndName(toks, a, i); return ok }():
		// "Scott’s niece, state Del. Marcia Price (D-Newport News), shouted"
		// "Sen. Jack Reed (D-R.I.), …" or a second name: "Trump's rival -- John McCain, who …"
	default:
		return 0, 0, "", false
	}
	for k := a; k < i; k++ {
		lt := strings.ToLower(toks[k].text)
		period := toks[k].text == "." && !(k > a && (abbreviations[toks[k-1].text] || isInitial(toks[k-1].text) || strings.Contains(toks[k-1].text, ".")))
		if toks[k].text == ";" || period || k > a && speechVerbs[lt] && toks[k-1].text != "who" && !determiners[toks[k-1].text] {
			return 0, 0, "", false
		}
	}
	if isArticle(lf) || !isCap(first) && roleLike(lf) {
		t0 := a + 1
		if !determiners[lf] {
			t0 = a // "founder of the Media Research Center"
		}
		k := t0
		for k < i && toks[k].text != "," && !dashes[toks[k].text] && toks[k].text != "who" && toks[k].text != "whose" && k-a < 10 {
			k++
		}
		if words := texts(toks[t0:k]); hasRole(words) || t0 == a {
			title = strings.Join(words, " ")
		}
	}
	return st, en, title, true
}

// npBefore finds the speaker phrase that ends just before the verb at v,
// skipping adverbs ("has long", "also") and an appositive (", a
// spokeswoman for the ministry,"). It returns the phrase's tokens and its
// appositive title.
func npBefore(toks []token, v int) (start, end int, appos string, perfect, ok bool) {
	i := v - 1
	for i >= 0 && adverbs[strings.ToLower(toks[i].text)] {
		if perfectMarkers[strings.ToLower(toks[i].text)] {
			perfect = true
		}
		i--
	}
	// A date between subject and verb: "Netanyahu on Monday said".
	if i >= 1 && weekdays[strings.ToLower(toks[i].text)] != 0 || i >= 1 && strings.EqualFold(toks[i].text, "sunday") {
		i--
		if i >= 0 && (toks[i].text == "on" || toks[i].text == "late" || toks[i].text == "early") {
			i--
		}
		for i >= 0 && adverbs[strings.ToLower(toks[i].text)] {
			i-- // "Ames later Thursday told"
		}
	}
	if i < 0 {
		return 0, 0, "", false, false
	}
	// `speaking on ABC's "This Week," said`: the comma inside the marks.
	if i > 0 && (toks[i].text == "”" || toks[i].text == `"` || toks[i].text == "’") && toks[i-1].text == "," {
		i--
	}
	if toks[i].text == "," {
		// NAME, APPOSITIVE, VERB
		j := i - 1
		for j >= 0 && toks[j].text != "," && placeholder(toks[j].text) < 0 && i-j < 32 {
			j--
		}
		if i-j > 16 && (j < 0 || j+1 >= len(toks) || toks[j+1].text != "who") {
			// Only a relative clause runs that long: "An official, who spoke
			// on condition of anonymity because …, said"; or an appositive
			// with one inside, after the name that opens the sentence ("Bill
			// Ames, a businessman who had sat on the board until …, said").
			if s, e, title, ok := longAppositive(toks, i); ok {
				return s, e, title, perfect, true
			}
			return 0, 0, "", false, false
		}
		if j > 0 && toks[j].text == "," {
			app := texts(toks[j+1 : i])
			// TITLE, NAME, said: "China’s envoy, Zhang Wei, said".
			for len(app) > 2 && honorifics[strings.TrimSuffix(app[0], ".")] != "" {
				app = app[1:]
			}
			if isName(app) {
				if s, e, ok := npCore(toks, j); ok && hasRole(texts(toks[s:e])) {
					return j + 1, i, strings.Join(texts(toks[s:e]), " "), perfect, true
				}
				return j + 1, i, "", perfect, true
			}
			// SHARE, COUNT, said: "Just over a quarter, 26 percent, say".
			if countAside(app) {
				if s, e, ok := npCore(toks, j); ok {
					return s, e, "", perfect, true
				}
			}
			// ROLE, role NAME, said: "Scott’s niece, state Del. Marcia
			// Price, said".
			if end, ok := roleAndName(toks, j+1, i); ok {
				if s, e, ok := npCore(toks, j); ok && (hasRole(texts(toks[s:e])) || roleLike(strings.ToLower(toks[e-1].text))) {
					return j + 1, end, strings.Join(texts(toks[s:e]), " "), perfect, true
				}
			}
			// NAME, in a statement on Wednesday, said
			if len(app) > 0 && parentheticalStarts[strings.ToLower(app[0])] {
				if s, e, ok := npCore(toks, j); ok {
					return s, e, "", perfect, true
				}
			}
			if len(app) > 0 && app[0] == "who" {
				// "One attendee, who spoke on condition of anonymity, said":
				// whoever the relative clause is about is a person.
				if s, e, ok := npCore(toks, j); ok {
					return s, e, "", perfect, true
				}
				st := j - 1
				for st > 0 && toks[st-1].text != "," && placeholder(toks[st-1].text) < 0 && j-st < 8 {
					st--
				}
				if s, e, _, ok := looseNP(toks, st, j); ok && (s == 0 || toks[s-1].text == "," || placeholder(toks[s-1].text) >= 0) {
					return s, e, "", perfect, true
				}
			}
			if len(app) > 0 && (isArticle(app[0]) || app[0] == "who" || app[0] == "which" || app[0] == "both" || strings.HasSuffix(norm(app[0]), "'s") || hasRole(app)) {
				// "Petro Yatsenko, 41, a marine …, said": skip the age.
				if j >= 3 && toks[j-2].text == "," && isNumber(toks[j-1].text) {
					j -= 2
				}
				if s, e, ok := npCore(toks, j); ok {
					title := ""
					if app[0] != "who" && app[0] != "which" && app[0] != "both" && app[0] != "like" && app[0] != "unlike" {
						title = strings.Join(dropArticle(app), " ")
					}
					return s, e, title, perfect, true
				}
			}
		}
		if s, e, title, ok := longAppositive(toks, i); ok {
			return s, e, title, perfect, true
		}
		if j < 0 && i > 0 {
			// "Sen. Jack Reeve (D-R.I.), called": the comma of an aside
			// read without it.
			if s, e, ok := npCore(toks, i); ok && s == 0 {
				if _, name, _ := splitTitleName(texts(toks[s:e])); len(name) >= 2 && isName(name) {
					return s, e, "", perfect, true
				}
			}
		}
		return 0, 0, "", false, false
	}
	if dashes[toks[i].text] {
		if s, e, title, ok := longAppositive(toks, i); ok {
			return s, e, title, perfect, true
		}
	}
	s, e, ok := npCore(toks, i+1)
	if ok && s >= 3 && toks[s-1].text == "," && hasRole(texts(toks[s:e])) && !isCap(toks[e-1].text) {
		// "Tomas Brevik, Norway's government spokesperson said": a name
		// and its role, the second comma left out.
		n := s - 1
		for n > 0 && (isCap(toks[n-1].text) && isWord(toks[n-1].text) || toks[n-1].text == "." && n > 1 && isInitial(toks[n-2].text)) {
			n--
		}
		if (n == 0 || toks[n-1].text == ",") && isName(texts(toks[n:s-1])) {
			return n, s - 1, strings.Join(texts(toks[s:e]), " "), perfect, true
		}
	}
	return s, e, "", perfect, ok
}

// outletRE recognises a news outlet's name.
var outletRE = regexp.MustCompile(`(?i)\b(channel|tv|television|radio|news|times|post|journal|daily|broadcaster|gazette|herald|press|agency|kan|al-\w+ tv)\b|\b[A-Z][a-z]+ \d{1,3}\b`)

// documents speak for whoever issued them.
var documents = lexicon.DocumentWordSet()

// tokenIndex maps an index into texts(np) back to np, whose "." tokens
// texts() folds into the word before.
func tokenIndex(np []token, word int) int {
	w := -1
	for i, t := range np {
		if t.text == "." && i > 0 {
			continue
		}
		w++
		if w == word {
			return i
		}
	}
	return len(np)
}

// answeredWords follow those who answered a poll: "those surveyed".
var answeredWords = set(`surveyed polled questioned interviewed`)

var quantifiers = set(`one two three some many none several each either neither both all most`)

var indefinite = set(`a an one two three four five six several some many other another`)

var prepositions = set(`in at from of on to with for`)

// governing are prepositions that only govern a phrase and never open a
// clause with a subject ("Amid the talks", unlike "After Ames spoke").
var governing = set(`by amid among despite during under over without within across through between against toward towards`)

var parentheticalStarts = set(`in on at during speaking writing citing after before while when addressing asked including then`)

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// isName: words that are a person's name and nothing else ("Zhang Wei").
func isName(words []string) bool {
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for i, w := range words {
		if !isCap(w) && !(i > 0 && (w == "bin" || w == "al" || w == "de" || w == "van" || w == "von" || strings.HasPrefix(w, "al-"))) {
			return false
		}
		if i == 0 && notNames[w] || titleWords[norm(w)] {
			return false
		}
	}
	return true
}

var postmodifiers = set(`familiar close briefed with who knowledgeable involved speaking from for in at of on`)

// npCore reads a noun phrase backwards from end (exclusive).
func npCore(toks []token, end int) (start, stop int, ok bool) {
	k := end - 1
	if k < 0 {
		return 0, 0, false
	}
	if _, ok := pronouns[toks[k].text]; ok {
		if k >= 2 && partOf(toks, k-2, end) {
			return k - 2, end, true // "Most of them"
		}
		if k == 0 || !isWord(toks[k-1].text) || stopWords[strings.ToLower(toks[k-1].text)] {
			return k, end, true
		}
		return 0, 0, false
	}
	if end < len(toks) && singularVerb(toks[end].text) && (isNumber(toks[k].text) || numberWords[strings.ToLower(toks[k].text)]) && !(k > 0 && isCap(toks[k-1].text)) {
		return 0, 0, false // "voters in all five states voting Tuesday": a count's noun, not a verb ("Channel 12 reports" is)
	}
	if shareAlone(toks, k) && k == end-1 && (end == len(toks) || !singularVerb(toks[end].text)) {
		return k, end, true // "Some said", "but most say"; not "Some states remained"
	}
	for k >= 0 && (end-k <= 9 || end-k <= 24 && inTitleRun(toks, k)) {
		t := toks[k].text
		lt := strings.ToLower(t)
		if numberSlash(toks, k) || t == "%" && k > 0 && isNumber(toks[k-1].text) {
			k-- // "9/11", "47%"
			continue
		}
		if !isWord(t) && t != "." {
			break
		}
		if t == "." {
			// "Mr." / "U.S." keep their period.
			if k > 0 && (abbreviations[toks[k-1].text] || isInitial(toks[k-1].text)) {
				k--
				continue
			}
			break
		}
		if lt == "of" && k > 0 && (quantifiers[strings.ToLower(toks[k-1].text)]) {
			k-- // "one of the sources"
			continue
		}
		if prepositions[lt] && k > 0 {
			// "a Western diplomat in Beirut", "two diplomats involved in
			// the process", "people familiar with the talks".
			found := -1
			for b := k - 1; b >= 0 && b >= k-3; b-- {
				lb := strings.ToLower(toks[b].text)
				if (roleNouns[lb] || roleLike(lb)) && (!isCap(toks[b].text) || b == 0) || isCap(toks[b].text) && institutions[lb] {
					// "Voters in each town": capitalised only as the
					// sentence's first word; "the U.S. Embassy in Vell":
					// an institution's name.
					found = b
					break
				}
				if !isWord(toks[b].text) {
					break
				}
			}
			if found >= 0 {
				k = found
				continue
			}
		}
		if lt == "them" && k >= 2 && toks[k-1].text == "of" && strings.EqualFold(toks[k-2].text, "one") {
			k -= 3
			break
		}
		if lt == "in" && k > 0 && k+1 < end && (isNumber(toks[k+1].text) || numberWords[toks[k+1].text]) && (isNumber(toks[k-1].text) || numberWords[strings.ToLower(toks[k-1].text)]) {
			k-- // "four in 10"
			continue
		}
		if !isCap(t) && stopWords[lt] && !determiners[t] {
			break
		}
		if (lt == "that" || lt == "this") && !isCap(t) && k > 0 && isWord(toks[k-1].text) {
			break
		}
		k--
	}
	start = k + 1
	// Drop leading words that cannot begin a speaker phrase.
	for start < end && leadingNonSpeaker[toks[start].text] {
		start++
	}
	for start < end && (toks[start].text == "of" || toks[start].text == "for" || toks[start].text == "with") {
		start++
	}
	if start >= end {
		return 0, 0, false
	}
	if end-start == 3 && strings.EqualFold(toks[start].text, "one") && toks[start+1].text == "of" {
		return start, end, true // "one of them"
	}
	// The head: the last word, or the word before a postmodifier
	// ("sources familiar with the matter").
	head := end - 1
	from := start + 1
	if partOf(toks, start, end) {
		from = start + 3 // "Most of the candidates": the head is after "of"
	}
	for h := from; h < end; h++ {
		if postmodifiers[toks[h].text] && !isCap(toks[h].text) && !(toks[h].text == "in" && (isNumber(toks[h+1].text) || numberWords[toks[h+1].text])) {
			head = h - 1
			break
		}
	}
	if toks[head].text == "." && head > start && lexicon.IsNameSuffix(toks[head-1].text+".") {
		head-- // "Joseph R. Biden Jr."
	}
	ht := toks[head].text
	switch {
	case (roleNouns[strings.ToLower(norm(ht))] || roleLike(strings.ToLower(ht))) && !isCap(ht):
	case lexicon.IsShareNoun(strings.ToLower(ht)) || lexicon.IsShareNoun(strings.ToLower(ht[strings.LastIndex(ht, "-")+1:])) || ht == "%" && head > start && isNumber(toks[head-1].text) || isNumber(strings.TrimSuffix(ht, "%")) && strings.HasSuffix(ht, "%"):
		// "Thirty percent", "Nearly half", "a majority of voters"
	case (isNumber(ht) || numberWords[strings.ToLower(ht)]) && head > start+1 && toks[head-1].text == "in":
		// "About four in 10"
	case answeredWords[ht] && head > start && (determiners[toks[head-1].text] || roleLike(strings.ToLower(toks[head-1].text))):
		// "those surveyed", "voters polled"
	case isNumber(ht) && head > start && isCap(toks[head-1].text): // "Channel 12", "Kan 11"
	case isCap(ht) && !weekdayOrMonth(ht) && (!notNames[ht] || orgName(ht)):
	case isCap(ht) && !weekdayOrMonth(ht) && head > start && surnameAfter(toks[head-1].text):
		// "Marty West", "Steve Israel": a surname that is also a place's
		// or a paper's word, after a first name.
	case strings.EqualFold(ht, "military") || strings.EqualFold(ht, "House") || strings.EqualFold(ht, "Kremlin"):
	case ht == "them" && partOf(toks, start, end): // "Most of them"
	case head == end-1 && end < len(toks) && lexicon.IsFinding(strings.ToLower(ht), strings.ToLower(toks[end].text)):
		// "Court records show", "the data suggest": a record, read
		// before what it found.
	default:
		return 0, 0, false
	}
	return start, end, true
}

// partOf: toks[start:end] names part of a group, a quantifier and "of"
// before it ("Most of the candidates", "Some of them"), other than "one
// of", which names one of those named before.
func partOf(toks []token, start, end int) bool {
	q := strings.ToLower(toks[start].text)
	return end-start >= 3 && quantifiers[q] && q != "one" && toks[start+1].text == "of"
}

// shareAlone: toks[k] alone stands for a share of a group ("Some", "most",
// "Others") where a subject can open: at the sentence's start or after a
// comma or a word that ends a phrase ("but", "while"), not after "how",
// "as" or "so", which make it a count ("how many said").
func shareAlone(toks []token, k int) bool {
	if !lexicon.IsShareWord(strings.ToLower(toks[k].text)) {
		return false
	}
	if k == 0 {
		return true
	}
	prev := strings.ToLower(toks[k-1].text)
	return !isWord(prev) || stopWords[prev] && !countOpeners[prev]
}

// singularVerb: w has the ending of a verb whose subject is one ("says",
// "states", "calls"), which a share of a group does not take: "Some states
// remained", "few calls for" are no speaker's words.
func singularVerb(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// countOpeners make a share word after them a count: "how many", "as
// many", "so few", "too many".
var countOpeners = set(`how as so too than`)

// countAside: words set between commas after a share give its count: "26
// percent", "about 49%", "67 per cent".
func countAside(words []string) bool {
	num := false
	for _, w := range words {
		switch lw := strings.ToLower(w); {
		case isNumber(strings.TrimSuffix(lw, "%")) && lw != "":
			num = true
		case lw == "percent" || lw == "per" || lw == "cent" || lw == "%" || lw == "about" || lw == "nearly" || lw == "roughly":
		default:
			return false
		}
	}
	return num && len(words) <= 4
}

// roleAndName: toks[a:i] is a role and a name, perhaps with a party tag
// ("state Del. Marcia Price (D-Newport News)"); end is where the name ends.
func roleAndName(toks []token, a, i int) (end int, ok bool) {
	end = i
	for k := a; k < i; k++ {
		if toks[k].text == "(" {
			end = k
			break
		}
	}
	t, n, _ := splitTitleName(texts(toks[a:end]))
	return end, len(n) >= 2 && len(t) > 0 && hasRole(t) && isName(n)
}

// numberSlash: toks[k] is the slash of "9/11" or "24/7", a modifier inside a
// speaker phrase.
func numberSlash(toks []token, k int) bool {
	return toks[k].text == "/" && k > 0 && k+1 < len(toks) && isNumber(toks[k-1].text) && isNumber(toks[k+1].text)
}

// surnameAfter: w may be the first name before a surname ("Marty" in
// "Marty West"): a capitalised word that is not a title, a place or a word
// that opens a sentence.
func surnameAfter(w string) bool {
	return isCap(w) && isWord(w) && !notNames[w] && !titleWords[norm(w)] && !orgName(w) && !honorificWord(w)
}

func honorificWord(w string) bool {
	_, ok := honorifics[strings.TrimSuffix(w, ".")]
	_, ok2 := honorifics[w]
	return ok || ok2
}

// inTitleRun: toks[k] goes on a long capitalised title read backwards
// ("U.K. Deputy Secretary of State for Eastern European Affairs Clara
// Moyes"): a capitalised word, or "of", "for" or a period inside it.
func inTitleRun(toks []token, k int) bool {
	t := toks[k].text
	switch {
	case isCap(t) && isWord(t):
		return true
	case t == "of" || t == "for":
		return k > 0 && isCap(toks[k-1].text) && k+1 < len(toks) && isCap(toks[k+1].text)
	case t == ".":
		return k > 0 && (abbreviations[toks[k-1].text] || isInitial(toks[k-1].text))
	}
	return false
}

// groupHeads are the words news refers back to a movement by.
var groupHeads = set(`group movement militia faction organization organisation`)

// sameSpokesperson is the unnamed spokesperson quoted before whom a title
// ("Foreign ministry spokesperson") describes: the same role word, and
// every other word of the title in how they were first described.
func (x *extractor) sameSpokesperson(title []string) *entity {
	if len(title) < 2 || !lexicon.IsSpokesWord(strings.ToLower(title[len(title)-1])) {
		return nil
	}
	head := strings.ToLower(title[len(title)-1])
	for i := len(x.reg.recent) - 1; i >= 0; i-- {
		e := x.reg.recent[i]
		if e.person || e.org || e.plural || !e.heads[head] {
			continue
		}
		have := " " + NormWords(e.name) + " "
		for _, w := range title[:len(title)-1] {
			if !strings.Contains(have, " "+NormWords(stripPossessive(w))+" ") {
				return nil
			}
		}
		return e
	}
	return nil
}

// namedBack is the anonymous source a definite role ("the spokesperson",
// "The ministry spokesman") refers back to, or nil.
func (x *extractor) namedBack(role string) *entity {
	words := strings.Fields(role)
	if len(words) < 2 || !strings.EqualFold(words[0], "the") {
		return nil
	}
	head := strings.ToLower(words[len(words)-1])
	if !roleNouns[head] || institutions[head] {
		return nil
	}
	e := x.reg.definite(head)
	if e == nil || e.person || e.org || e.plural || !sameModifiers(words[1:], e) {
		return nil
	}
	return e
}

// sameModifiers: the capitalised words of a definite phrase ("the United
// Arab Emirates' foreign ministry") are in the entity it would refer to, so
// it does not refer to "Russia's defence ministry".
func sameModifiers(words []string, e *entity) bool {
	have := " " + NormWords(e.name+" "+e.title) + " "
	for _, w := range words {
		if isCap(w) && !strings.Contains(have, " "+NormWords(stripPossessive(strings.TrimRight(w, "’'")))+" ") && !ofNation(w, e) {
			return false
		}
	}
	return true
}

// ofNation: the nationality adjective w ("Kenyan") is of a country the
// entity's name or title names ("Kenya’s President").
func ofNation(w string, e *entity) bool {
	for _, h := range strings.Fields(e.name + " " + e.title) {
		if isCap(h) && lexicon.SameNation(w, h) {
			return true
		}
	}
	return false
}

// describedPerson is the person named before whom a description refers
// back to: "the Valdorian leader" after Valdoria’s President Aval Tesk, "the
// veteran diplomat", "the 72-year-old envoy". The most recent person with
// the role whose every capitalised modifier fits them.
func (x *extractor) describedPerson(mods []string, head string) *entity {
	for i := len(x.reg.recent) - 1; i >= 0; i-- {
		e := x.reg.recent[i]
		if e.person && !e.plural && (e.heads[head] || head == "") && sameModifiers(mods, e) && describes(mods, e) {
			return e
		}
	}
	return nil
}

// allTitleWords: every word is capitalised and the last is a title's
// ("Secretary-General", "Foreign Minister").
func allTitleWords(words []string) bool {
	for _, w := range words {
		if !isCap(w) {
			return false
		}
	}
	return titleWords[words[len(words)-1]]
}

// titled is the most recent person whose title ends with the words of a
// capitalised role, the words before it (a nationality) fitting them too:
// "the Foreign Minister", "the Valdorian Foreign Minister" after
// "Valdoria’s Foreign Minister Ema Roth".
func (x *extractor) titled(words []string) *entity {
	for i := len(x.reg.recent) - 1; i >= 0; i-- {
		e := x.reg.recent[i]
		if !e.person || e.title == "" {
			continue
		}
		have := " " + normTitle(e.title)
		for k := 0; k < len(words); k++ {
			if strings.HasSuffix(have, " "+normTitle(strings.Join(words[k:], " "))) && sameModifiers(words[:k], e) {
				return e
			}
		}
	}
	return nil
}

// describes: every lower-case word before the head of a description
// describes the person (an age, "veteran") or is of their title ("the
// foreign minister"), so "the band leader" is not a president.
func describes(mods []string, e *entity) bool {
	for _, w := range mods[:max(0, len(mods)-1)] {
		lw := strings.ToLower(strings.Trim(w, ",’'"))
		if isCap(w) || lw == "" || ageRE.MatchString(lw) || lexicon.IsDescribingWord(lw) || e.heads[lw] ||
			strings.ContainsAny(lw, "-’'") || describingEnd(lw) {
			continue // "the two-term president", "the congressman’s spokesman"
		}
		return false
	}
	return true
}

// adjectiveRE are the endings of words that describe rather than name a
// kind: "the experienced negotiator", "the controversial mayor".
var adjectiveRE = regexp.MustCompile(`(?:ed|al|ive|ic|ous|ful|ent|ant|ible|able)$`)

// describingEnd: w ends as a word that describes, and is no noun of a
// person, a body or a thing done ("government", "president",
// "settlement" end so too, and make another role: "the government
// spokesman").
func describingEnd(w string) bool {
	return adjectiveRE.MatchString(w) && !lexicon.IsPersonNoun(w) && !strings.HasSuffix(w, "ment")
}

// ageRE is a person's age used as a description: "the 72-year-old".
var ageRE = regexp.MustCompile(`^\d{1,3}-year-old$`)

// leadingNonSpeaker are capitalized words that open a sentence but never a
// speaker phrase.
var leadingNonSpeaker = set(`In On At But And As For To Of By With From After Before While When Where Why How What Who Which If
	Since Until Asked Still Yet Also Meanwhile However Earlier Later Recently Speaking According Given Despite During
	Under Over Against Among Between Without Within Across Through Last Next Now Then Today Yesterday Tomorrow Such
	Instead Indeed Separately Thus Even Just So Only No Not Each Every It Its Monday Tuesday Wednesday Thursday Friday
	Saturday Sunday Following Amid Ahead Although Though Because Throughout Unlike Responding Appearing Addressing`)

// orgName: w names a group, a state, an institution or an outlet, not a
// person.
func orgName(w string) bool { return lexicon.IsOrgWord(w) || lexicon.IsOutletWord(w) }

func weekdayOrMonth(w string) bool {
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	if _, ok := weekdays[lw]; ok {
		return true
	}
	_, ok := months[lw]
	return ok
}

// npAfter reads an inverted speaker after its verb ("said Maria Lopez, a
// spokeswoman for the ministry").
func npAfter(toks []token, i int) (start, end int, appos string, ok bool) {
	if i < len(toks) && prepositions[toks[i].text] {
		// "said of Cruz", "said to reporters": who is spoken of or to.
		return 0, 0, "", false
	}
	j := i
	if i+2 < len(toks) && strings.EqualFold(toks[i].text, "one") && toks[i+1].text == "of" {
		j = i + 2 // "said one of those advisers"
	}
	for j < len(toks) && j-i < 9 {
		t := toks[j].text
		if j > i && determiners[t] && !isCap(t) && isCap(toks[j-1].text) {
			break // "told NBC News that he …"
		}
		if j > i && documents[strings.ToLower(toks[j-1].text)] {
			if t == "from" || t == "by" || t == "of" {
				j++ // "a statement from Turkey's foreign ministry"
				continue
			}
			break // "the Tanu Front statement published on its website"
		}
		if j > i && trailingWords[t] {
			break // "said Ann Roe during the debate"
		}
		if numberSlash(toks, j) {
			j++ // "said 9/11 widow Terry Strada"
			continue
		}
		if !isWord(t) || (!isCap(t) && stopWords[strings.ToLower(t)] && !determiners[t]) {
			if t == "." && j > i && (abbreviations[toks[j-1].text] || isInitial(toks[j-1].text)) {
				j++
				continue
			}
			break
		}
		j++
	}
	if j == i {
		return 0, 0, "", false
	}
	if st, en, app, ok := affiliated(toks, i, j); ok {
		return st, en, app, true
	}
	head := i
	if j-i > 2 && strings.EqualFold(toks[i].text, "one") && toks[i+1].text == "of" {
		head = i + 2 // "said one of those advisers": the advisers are the head
	}
	if _, _, ok := npCore(toks[head:j], j-head); !ok {
		return 0, 0, "", false
	}
	if j+1 < len(toks) && toks[j].text == "," {
		k := j + 1
		for k < len(toks) && toks[k].text != "," && toks[k].text != "." && placeholder(toks[k].text) < 0 {
			k++
		}
		app := texts(toks[j+1 : k])
		if len(app) > 0 && (isArticle(app[0]) || strings.HasSuffix(norm(app[0]), "'s") || titleWords[app[0]] && !notNames[app[0]]) && hasRole(app) {
			appos = strings.Join(dropArticle(app), " ")
		}
	}
	return i, j, appos, true
}

// affiliated reads "analyst Tomas Adler of the Institute for Regional
// Studies" after a speech verb, from i (its phrase read up to j): the person
// and, as their title, their role and the organisation they are of. The
// organisation is "the …" or has an organisation's word ("of Human Rights
// Watch"); "Sen. Ruth Amsel of Vermont" is a name and a state.
func affiliated(toks []token, i, j int) (start, end int, title string, ok bool) {
	o := -1
	for k := i + 1; k < j; k++ {
		if toks[k].text == "of" && isCap(toks[k-1].text) {
			o = k
			break
		}
	}
	if o < 0 {
		return 0, 0, "", false
	}
	words := texts(toks[i:o])
	pre, name, _ := splitTitleName(words)
	if len(name) < 2 || notNames[name[0]] {
		return 0, 0, "", false
	}
	// The organisation: "the" and capitalised words, with "of", "for",
	// "on" and "and" inside, to the end of the clause.
	k := o + 1
	the := k < len(toks) && toks[k].text == "the"
	if the {
		k++
	}
	org := -1
	hasHead := false
	for ; k < len(toks); k++ {
		t := toks[k].text
		if isCap(t) && isWord(t) {
			org = k
			hasHead = hasHead || lexicon.IsOrgHead(t)
			continue
		}
		if orgJoiners[t] && k+1 < len(toks) && isCap(toks[k+1].text) {
			continue
		}
		break
	}
	if org < 0 || !the && !hasHead {
		return 0, 0, "", false
	}
	if org+1 < len(toks) && toks[org+1].text != "," && toks[org+1].text != "." && toks[org+1].text != ";" && !trailingModifier(toks, org+1) {
		return 0, 0, "", false
	}
	start = i + tokenIndex(toks[i:o], len(pre))
	title = strings.TrimSpace(strings.Join(pre, " ") + " " + strings.Join(texts(toks[o:org+1]), " "))
	return start, o, title, true
}

// clauseEnds: nothing but punctuation, or a comma, follows toks[i] up to last.
func clauseEnds(toks []token, i, last int) bool {
	return i >= last || toks[i].text == "," || toks[i].text == ";"
}

// postAttribution: "CONTENT, SPEAKER said." and "CONTENT, SPEAKER says, CONTENT".
func (x *extractor) postAttribution(s string, toks []token) *attribution {
	last := len(toks)
	for last > 0 && !isWord(toks[last-1].text) && placeholder(toks[last-1].text) < 0 {
		last--
	}
	var record *attribution
	for b := last - 1; b >= 0; b-- {
		bt := toks[b].text
		isMark := placeholder(bt) >= 0
		if (bt != "," && bt != "—" || b == 0) && !isMark {
			continue
		}
		c0 := b + 1
		if c0 >= last {
			continue
		}
		if bt == "," {
			// "The US secretary of state, Helen Marsh, said …": what comes
			// before the comma is the speaker's role, not what was said.
			if st, _, ok := npCore(toks, b); ok && st == 0 && hasRole(texts(toks[:b])) {
				continue
			}
		}
		a, cEnd := x.clause(s, toks, c0, last)
		if a == nil {
			continue
		}
		closedContent(a, s, toks, b, cEnd, last)
		if a.record && record == nil && quotesIn(toks[:b]) {
			// "“…,” the president will say, according to excerpts of
			// the speech": whoever says the quoted words comes first.
			record = a
			continue
		}
		return a
	}
	return record
}

// closedContent gives a closing attribution a, read from the comma or
// quotation mark at toks[b] to cEnd, what it attributes: the words before
// it, and those after it up to last.
func closedContent(a *attribution, s string, toks []token, b, cEnd, last int) {
	contentEnd := toks[b].start
	if placeholder(toks[b].text) >= 0 {
		contentEnd = toks[b].end
	}
	a.content = []string{s[:contentEnd]}
	// What follows the clause: a participle adds a statement; anything
	// else continues the content around a parenthetical attribution.
	if cEnd < last && toks[cEnd].text == "," && cEnd+1 < last {
		rest := cEnd + 1
		if participles[strings.ToLower(toks[rest].text)] {
			rest++
			if rest < last && toks[rest].text == "that" {
				rest++
			}
			if rest < last {
				a.content = append(a.content, s[toks[rest].start:])
			}
		} else {
			a.content[0] += " " + s[toks[rest].start:]
		}
	}
}

// subjectWords is the most words before "according to SOURCE," read as
// the subject of a sentence that goes on after the source.
const subjectWords = 5

// continuesAfterSource tells whether the words from toks[rest] go on the
// sentence whose subject, toks[:c0] before "according to SOURCE,", they
// follow: a short subject with no quotation in it, and what follows neither
// tells of the source ("which said …") nor adds a participle ("becoming …").
func continuesAfterSource(toks []token, c0, rest int) bool {
	if wordsIn(toks[:c0]) > subjectWords || slices.ContainsFunc(toks[:c0], func(t token) bool { return placeholder(t.text) >= 0 }) {
		return false
	}
	r := toks[rest].text
	return !lexicon.IsRelative(strings.ToLower(r)) && !(strings.HasSuffix(r, "ing") && !isCap(r))
}

// wordsIn counts the words of toks.
func wordsIn(toks []token) int {
	n := 0
	for _, t := range toks {
		if isWord(t.text) {
			n++
		}
	}
	return n
}

// clause reads an attribution clause in toks[c0:last]: "SPEAKER VERB
// [mods]", "VERB SPEAKER[, title]" or "according to SPEAKER". It returns
// the attribution and the token where the clause ends.
func (x *extractor) clause(s string, toks []token, c0, last int) (*attribution, int) {
	// according to SPEAKER
	if strings.EqualFold(toks[c0].text, "according") && c0+1 < last && toks[c0+1].text == "to" {
		st, en, appos, ok := npAfter(toks[:last], c0+2)
		var e *entity
		var mention string
		record := false
		if ok {
			e, mention = x.resolve(toks[st:en], appos)
		}
		if e == nil {
			// "according to FEC filings", "according to a count by the
			// news agency": a record or an account, not a person, says so.
			record = true
			if st, en, ok = accountAfter(toks, c0+2, last); !ok {
				return nil, 0
			}
			if by := issuerAt(toks, st, en); by >= 0 {
				// "figures from the health ministry": who issued them.
				e, mention = x.resolve(toks[by:en], "")
			}
			if e == nil {
				if e, mention = x.resolve(toks[st:en], ""); e == nil {
					return nil, 0
				}
			}
		}
		end := en
		if !record && appos != "" && end < last && toks[end].text == "," {
			end++ // "according to Ann Roe, the envoy, …": the role is the source's
		}
		for end < last && toks[end].text != "," {
			end++
		}
		a := &attribution{speaker: e, mention: mention, region: s[toks[c0].start:toks[end-1].end], record: record}
		if end+1 < last && toks[end].text == "," && continuesAfterSource(toks, c0, end+1) {
			// "The convoy, according to a senior official, crossed the
			// strait in May": the source stands between a subject and its
			// verb, and the sentence goes on after it. After a whole clause
			// ("… killed 60 people, according to the governor, Ann Roe,
			// who …") what follows tells of the source or adds to it.
			return a, end
		}
		return a, last
	}
	// VERB SPEAKER: "said Maria Lopez, a spokeswoman"; not "told The Hill",
	// where who follows the verb was spoken to. After a quotation left open,
	// any verb will do before a name: "“…!” beamed Don Hart of Selma".
	v, ok := verbAt(toks, c0)
	if !ok && c0+1 < last && isCap(toks[c0+1].text) && !notNames[toks[c0+1].text] {
		v, ok = x.verbAfterOpenQuote(toks, c0, c0)
	}
	if ok && v < last && !lexicon.IsListenerVerb(strings.ToLower(toks[c0].text)) {
		if st, en, appos, ok := npAfter(toks[:last], v); ok && (appos != "" || clauseEnds(toks, en, last) || afterQuote(toks, c0) && (trailingModifier(toks, en) || postmodifierAt(toks, en) || documents[strings.ToLower(toks[en-1].text)])) {
			e, mention := x.resolve(toks[st:en], appos)
			if e != nil {
				end := en
				for end < last && toks[end].text != "," {
					end++
				}
				if appos != "" {
					end = last
				}
				return &attribution{speaker: e, mention: mention, region: s[toks[c0].start:toks[last-1].end]}, end
			}
		}
		if afterQuote(toks, c0) {
			// "…,” said one Trump confidant.": right after a quotation, the
			// noun phrase after the verb is who spoke, whatever its head.
			e := v
			for e < last && isWord(toks[e].text) && !relatives[toks[e].text] && !trailingModifier(toks, e) && e-v < 9 {
				if toks[e].text == "of" || toks[e].text == "for" {
					break
				}
				e++
			}
			if st, en, _, ok := looseNP(toks, v, e); ok && (clauseEnds(toks, en, last) || trailingModifier(toks, en) || postmodifierAt(toks, en)) {
				if sp, mention := x.resolve(toks[st:en], ""); sp != nil {
					end := en
					for end < last && toks[end].text != "," {
						end++
					}
					return &attribution{speaker: sp, mention: mention, region: s[toks[c0].start:toks[last-1].end]}, end
				}
			}
			if a := x.titlesThenName(s, toks, c0, v, last); a != nil {
				return a, last
			}
		}
	}
	if a := x.quotedAsSayingAfter(s, toks, c0, last); a != nil {
		return a, last
	}
	if a, end := x.speakerVerb(s, toks, c0, last); a != nil {
		return a, end
	}
	if afterQuote(toks, c0) {
		return x.namedAppositive(s, toks, c0, last)
	}
	return nil, 0
}

// quotedAsSayingAfter reads a closing "MEDIUM quoted SPEAKER as saying"
// after a quotation: "“…,” the agency quoted spokeswoman Ana Ruiz as
// saying on Friday." The words are the speaker's, not the medium's, as
// quotedSaying reads them when they follow.
func (x *extractor) quotedAsSayingAfter(s string, toks []token, c0, last int) *attribution {
	if !afterQuote(toks, c0) {
		return nil
	}
	for v := c0 + 1; v < last && v-c0 <= 6; v++ {
		if !quotedVerbs[toks[v].text] {
			continue
		}
		p := v + 1
		for p < last && p-v <= 12 && !strings.EqualFold(toks[p].text, "saying") {
			p++
		}
		if p >= last || p-v > 12 {
			return nil
		}
		end := p
		if strings.EqualFold(toks[end-1].text, "as") {
			end--
		}
		if end <= v+1 {
			return nil
		}
		// Only the day or the place may follow: "as saying on Friday".
		for k := p + 1; k < last; k++ {
			if t := strings.ToLower(toks[k].text); finite[t] || speechVerbs[t] || t == "that" {
				return nil
			}
		}
		e, mention := x.resolve(toks[v+1:end], "")
		if e == nil {
			return nil
		}
		return &attribution{speaker: e, mention: mention, region: s[toks[c0].start:toks[last-1].end]}
	}
	return nil
}

// speakerVerb reads a closing attribution "SPEAKER VERB [mods]" in
// toks[c0:last] and returns it and where its clause ends.
// documentBy: toks[c0:st] is a document and "by" before its author, with
// at most its article, its day and a word of its kind before it: "a
// statement by", "a December 5 statement by", "a joint statement by".
func documentBy(toks []token, c0, st int) bool {
	if st-c0 < 2 || st-c0 > 5 || toks[st-1].text != "by" || !documents[strings.ToLower(toks[st-2].text)] {
		return false
	}
	for k := c0; k < st-2; k++ {
		t := toks[k].text
		_, month := months[strings.ToLower(t)]
		if !(isArticle(strings.ToLower(t)) || month || isNumber(t) || weekdays[strings.ToLower(t)] != 0 || !isCap(t) && isWord(t) && !stopWords[strings.ToLower(t)]) {
			return false
		}
	}
	return true
}

func (x *extractor) speakerVerb(s string, toks []token, c0, last int) (*attribution, int) {
	for v := c0 + 1; v < last && v-c0 < 24; v++ {
		vEnd, ok := verbAt(toks, v)
		anyVerb := false
		if !ok && v-c0 <= 10 {
			vEnd, ok = x.verbAfterOpenQuote(toks, c0, v)
			anyVerb = ok
		}
		if !ok {
			continue
		}
		if !anyVerb && !closingVerbs[strings.ToLower(toks[v].text)] && !lexicon.IsFinding(strings.ToLower(toks[v-1].text), strings.ToLower(toks[v].text)) {
			// "…, Israeli authorities had denied 82": a clause, not a
			// closing attribution.
			return nil, 0
		}
		st, en, appos, perfect, ok := npBefore(toks, v)
		if ok && st > c0 && afterQuote(toks, c0) && documentBy(toks, c0, st) {
			// "…,” a December 5 statement by the deputy spokesman Ana
			// Ruiz said": the statement's author.
			c0 = st
		}
		if ok && st > c0 && appos == "" {
			// "“…,” Ema Roth and Pel Dunar, both members, said".
			st = x.coordinated(toks, st, en)
		}
		if (!ok || st != c0) && afterQuote(toks, c0) {
			// Right after a quotation, whatever noun phrase stands before
			// the verb is who spoke: "…,” the New York businessman said.
			st, en, perfect, ok = looseNP(toks, c0, v)
			appos = ""
		}
		if v > c0+1 && (toks[v-1].text == "," || dashes[toks[v-1].text]) {
			if s0, e0, title, ok0 := longAppositive(toks, v-1); ok0 && s0 == c0 && (!ok || st != c0) {
				st, en, appos, ok = s0, e0, title, true
			} else if ok0 && s0 < c0 && c0 > 0 && toks[c0-1].text == "," && !isName(texts(toks[c0:v-1])) {
				// "Ruth Kell, 61, of Dayton, Ohio, who …, said": the
				// subject starts before this comma.
				return nil, 0
			}
		}
		if !ok || st != c0 {
			return nil, 0
		}
		end := vEnd
		inPhrase := false
		for end < last && toks[end].text != "," {
			t := toks[end].text
			if afterQuote(toks, c0) && end > vEnd && asideOpeners[t] {
				// "“…,” the magnate told a radio station when asked if he
				// had met her": a clause of its own ends the attribution.
				break
			}
			if strings.EqualFold(t, "that") || placeholder(t) >= 0 || t == ":" || (t == "“" || t == "\"") && titleCues[strings.ToLower(toks[end-1].text)] || finite[strings.ToLower(t)] {
				// "he said Washington was working …" is not a closing
				// attribution: a clause follows the verb.
				return nil, 0
			}
			if _, isVerb := verbAt(toks, end); isVerb && !strings.EqualFold(toks[end-1].text, "told") && !(inPhrase && pastParticiple(t)) {
				return nil, 0
			}
			// "told a station in a clip posted Monday": after a preposition,
			// a past participle qualifies the noun before it.
			inPhrase = inPhrase || end > vEnd && (prepositions[t] || trailingWords[t])
			end++
		}
		if end-vEnd > 10 && !(end-vEnd <= 18 && vEnd < last && trailingWords[toks[vEnd].text]) {
			// "said in an interview with a network's host this morning" is
			// still the attribution's own modifier.
			return nil, 0
		}
		if denial[strings.ToLower(toks[st].text)+" "+strings.ToLower(toks[min(st+1, en-1)].text)] {
			// "…, an accusation the group denies": a denial, not the source.
			return nil, 0
		}
		e, mention := x.resolve(toks[st:en], appos)
		if e == nil {
			return nil, 0
		}
		if afterQuote(toks, c0) {
			e = x.goingOn(e, mention, toks[v].text) // "“…,” he added."
		}
		regionEnd := toks[c0].start
		if end > c0 {
			regionEnd = toks[end-1].end
		}
		lv := strings.ToLower(toks[v].text)
		return &attribution{speaker: e, mention: mention, perfect: perfect, region: s[toks[c0].start:regionEnd],
			reported: lv == "reported" || lv == "reports"}, end
	}
	return nil, 0
}

// namedAppositive reads a closing attribution right after a quotation
// whose speaker's name is followed by an appositive too long or too full
// of commas for the usual readings: "“…,” Ada Reyes, deputy minister for
// roads, rail, and ports, said on Monday", "“…,” Mr. Dorn, now 80 and
// retired in Dover, Del., said by phone", or one with a relative clause and
// no closing comma ("“…,” Ola Brun, the pollster who founded the survey
// wrote on Friday"). It returns the attribution and where its clause ends.
func (x *extractor) namedAppositive(s string, toks []token, c0, last int) (*attribution, int) {
	n := c0
	for n < last && (isCap(toks[n].text) && isWord(toks[n].text) || toks[n].text == "." && n > c0 && (abbreviations[toks[n-1].text] || isInitial(toks[n-1].text))) {
		n++
	}
	if n >= last || toks[n].text != "," || !x.namesPerson(texts(toks[c0:n])) {
		return nil, 0
	}
	v, relative := -1, false
	for k := n + 1; k < last && k-n <= 32; k++ {
		t := toks[k].text
		if placeholder(t) >= 0 || t == ";" || t == ":" {
			return nil, 0
		}
		relative = relative || t == "who" || t == "whose"
		if !closingVerbs[strings.ToLower(t)] || k == n+1 {
			continue
		}
		if toks[k-1].text == "," || relative && !relatives[toks[k-1].text] && lastIndexOf(toks, ",", n+1, k) < 0 {
			v = k
			break
		}
	}
	if v < 0 {
		return nil, 0
	}
	vEnd, ok := verbAt(toks, v)
	if !ok {
		return nil, 0
	}
	end := vEnd
	for end < last && toks[end].text != "," {
		if t := toks[end].text; strings.EqualFold(t, "that") || placeholder(t) >= 0 || finite[strings.ToLower(t)] {
			return nil, 0 // a clause follows the verb: no closing attribution
		}
		end++
	}
	if end-vEnd > 10 {
		return nil, 0
	}
	appEnd := v
	if toks[v-1].text == "," {
		appEnd = v - 1
	}
	title := ""
	if words := texts(toks[n+1 : appEnd]); len(words) <= 12 {
		// The bound of twelve counts the article too.
		if words := dropArticle(words); hasRole(words) && !relativeIn(words) {
			from := n + 1
			if isArticle(toks[from].text) {
				from++
			}
			title = s[toks[from].start:toks[appEnd-1].end]
		}
	}
	e, mention := x.resolve(toks[c0:n], title)
	if e == nil {
		return nil, 0
	}
	return &attribution{speaker: e, mention: mention, region: s[toks[c0].start:toks[last-1].end]}, end
}

// titlesThenName: after a quotation, a verb, then titles joined by "and"
// and the name that ends the sentence: "“…,” said former Gov. and party
// Chairman Ed Rendell." The name speaks.
func (x *extractor) titlesThenName(s string, toks []token, c0, v, last int) *attribution {
	and := false
	for k := v; k < last; k++ {
		t := toks[k].text
		switch {
		case t == "and":
			and = true
		case t == "." && k > v && abbreviations[toks[k-1].text]:
		case !isWord(t) || stopWords[strings.ToLower(t)] && t != "and":
			return nil
		}
	}
	n := last
	for n > v && isCap(toks[n-1].text) && isWord(toks[n-1].text) {
		n--
	}
	if !and || n == v {
		return nil
	}
	title, name, _ := splitTitleName(texts(toks[n:last]))
	if len(title) == 0 || len(name) < 2 || !isName(name) || strings.Contains(strings.Join(name, " "), ".") {
		return nil
	}
	e, mention := x.resolve(toks[last-len(name):last], "")
	if e == nil {
		return nil
	}
	return &attribution{speaker: e, mention: mention, region: s[toks[c0].start:toks[last-1].end]}
}

// relativeIn reports whether words hold a relative pronoun.
func relativeIn(words []string) bool {
	for _, w := range words {
		if relatives[w] {
			return true
		}
	}
	return false
}

// postmodifierAt: a relative clause or a phrase that places the speaker
// follows a noun phrase ("said one source who asked not to be named", "said
// Jane Roe of the Campaign Legal Center").
func postmodifierAt(toks []token, en int) bool {
	if en >= len(toks) {
		return false
	}
	switch toks[en].text {
	case "who", "whose", "of", "with", "for":
		return true
	}
	return false
}

// pastParticiple: a lower-case word in a verb's past form ("posted",
// "written").
func pastParticiple(w string) bool {
	lw := strings.ToLower(w)
	return !isCap(w) && (strings.HasSuffix(lw, "ed") || irregularPast[lw] || strings.HasSuffix(lw, "en"))
}

// asideOpeners open a clause of circumstance after a closing attribution.
var asideOpeners = set(`when while after before because although though until`)

// reportsFromRE is a correspondent's line naming where they report from:
// "… reports from the State Department.", "… reports from Nairobi".
var reportsFromRE = regexp.MustCompile(`^from\s+(?:the\s+|our\s+)?\p{L}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,4}\.?$`)

// reportsFrom: "reports from PLACE" says where a correspondent is, not
// what anyone said.
func reportsFrom(verb, content string) bool {
	v := strings.ToLower(verb)
	return (v == "reports" || v == "reported" || v == "reporting") && reportsFromRE.MatchString(content)
}

// preAttribution: "SPEAKER VERB [told X] [mods] [that] CONTENT".
func (x *extractor) preAttribution(s string, toks []token) *attribution {
	for v := 1; v < len(toks); v++ {
		vEnd, ok := verbAt(toks, v)
		if !ok {
			continue
		}
		st, en, appos, perfect, ok := 0, 0, "", false, false
		if s0, e0, finding := findingSubject(toks, v); finding {
			st, en, ok = s0, e0, true // "A poll released Monday found …"
		} else {
			st, en, appos, perfect, ok = npBefore(toks, v)
		}
		if !ok {
			st, en, ok = openingSubject(toks, v)
		}
		if !ok && toks[v-1].text == "and" {
			// "Hamas welcomed the draft and urged …": the sentence's subject.
			st = leadEnd(toks, v)
			en = subjectEnd(toks, st, v)
			ok = en > st
		}
		if !ok {
			continue
		}
		if st > 0 {
			prev := strings.ToLower(toks[st-1].text)
			if isWord(prev) && !stopWords[prev] && prev != "but" && !(st == 1 && lexicon.IsOpeningConjunction(toks[0].text)) {
				continue
			}
			if st == 1 && prepositions[prev] {
				// "In a video posted Friday, Ames said …": the object of the
				// preposition that opens the sentence is not its subject.
				continue
			}
		}
		rest := s[toks[vEnd-1].end:]
		lead := len(rest)
		rest = skipModifiers(rest, strings.EqualFold(toks[vEnd-1].text, "told"))
		cstart := len(s) - len(rest)
		content := strings.TrimSpace(rest)
		if !hasContent(content) || reportsFrom(toks[v].text, content) {
			continue
		}
		_ = lead
		if appos == "" {
			st = x.coordinated(toks, st, en)
		}
		e, mention := x.resolve(toks[st:en], appos)
		if e == nil {
			continue
		}
		if strings.HasPrefix(content, "that ") || markRE.MatchString(content) {
			e = x.goingOn(e, mention, toks[v].text) // not "he added trucks"
		}
		a := &attribution{speaker: e, mention: mention, perfect: perfect, region: s[:cstart]}
		if askedWhether(toks, v) == vEnd {
			a.question = true
			if vEnd > v+1 {
				a.asked = x.askedOf(toks[v+1 : vEnd]) // "asked the envoy whether": who answers next
			}
		}
		// "…, and the Israeli military said it had carried out strikes":
		// a second speaker in the same sentence.
		if cut, rest := splitCompound(content); rest != "" {
			if next := x.preAttribution(rest, tokenize(rest)); next != nil {
				content = cut
				a.next = next
			}
		} else if cut, rest := splitSubordinate(content); rest != "" && markRE.MatchString(rest) {
			// "Clinton weighed in on Tuesday, hours after Sanders said he
			// was “encouraged”": the quotation is the clause's speaker's.
			if next := x.preAttribution(rest, tokenize(rest)); next != nil {
				content = cut
				a.next = next
			}
		} else if st > 0 && frontClauses[strings.ToLower(toks[st-1].text)] || frontClauses[strings.ToLower(toks[0].text)] && indexOf(toks, ",", vEnd, len(toks)) > 0 {
			// "Before city officials had weighed in, the nominee said at a
			// rally that …": the first verb is in a clause put in front;
			// the main clause after its comma has its own speaker.
			if cut, rest := splitMainClause(content); rest != "" {
				if next := x.preAttribution(rest, tokenize(rest)); next != nil {
					content = cut
					a.next = next
				}
			}
		}
		a.content = splitParticiple(content)
		return a
	}
	return nil
}

// refuser: the subject of a sentence telling that it would not comment or
// answer ("A spokeswoman for the ministry declined to comment", "Ames did
// not respond to a request for comment"), read as a speaker before a verb
// of saying is, and how the sentence names it.
func (x *extractor) refuser(s string, toks []token) (*entity, string) {
	at := lexicon.RefusalAt(s)
	if at < 0 {
		return nil, ""
	}
	v := slices.IndexFunc(toks, func(t token) bool { return t.start == at })
	if v < 1 {
		return nil, ""
	}
	st, en, appos, _, ok := npBefore(toks, v)
	if !ok {
		st, en, ok = openingSubject(toks, v)
	}
	if !ok || governing[strings.ToLower(toks[st].text)] || prepositions[strings.ToLower(toks[st].text)] {
		return nil, "" // "who through his office declined": no subject
	}
	if st > 0 {
		if prev := strings.ToLower(toks[st-1].text); isWord(prev) && !stopWords[prev] && prev != "but" && !(st == 1 && lexicon.IsOpeningConjunction(toks[0].text)) || st == 1 && prepositions[prev] {
			return nil, ""
		}
	}
	return x.resolve(toks[st:en], appos)
}

// openingSubject: the sentence opens with its subject, and what stands
// between the subject and the speech verb at v modifies it: a relative
// clause ("Voters who had waited since dawn said"), a participle
// ("Delegates interviewed outside the hall said"), a phrase of a
// preposition ("Many pastors at the service said"), or an aside between
// commas or dashes ("The ministers, however, said"; "Dock workers, wearing
// their union caps, said"). The subject is the phrase without its modifier.
func openingSubject(toks []token, v int) (start, end int, ok bool) {
	if strings.EqualFold(toks[v].text, "according") {
		return 0, 0, false
	}
	st := 0
	for st < v && lexicon.IsOpeningConjunction(toks[st].text) {
		st++
	}
	e := v
	for e > st && adverbs[strings.ToLower(toks[e-1].text)] {
		e--
	}
	if e-st > 40 || e > 0 && toks[e-1].text == "to" {
		return 0, 0, false // "… agreed to a call, but only to tell …": no verb of the subject's
	}
	// After a modifier with no comma to close it, only a verb that cannot
	// be a noun: "… before contests in Southern states more friendly", "…
	// agreed to a phone call" are no attributions.
	vt := strings.ToLower(toks[v].text)
	plainVerb := strings.HasSuffix(vt, "ed") || plainSpeech[vt] && !strings.HasSuffix(vt, "ing")
	for b := st + 1; b < e-1 && b-st <= 8; b++ {
		t := toks[b].text
		lt := strings.ToLower(t)
		switch {
		case t == "who" || t == "whose":
			if e-b < 3 || !plainVerb {
				return 0, 0, false // "Voters who say …": the clause's own verb
			}
		case t == "," || dashes[t]:
			closing := toks[e-1].text == t || t == "," && placeholder(toks[e-1].text) >= 0 // the comma inside the marks
			if !closing || e-b < 3 {
				continue
			}
		case plainVerb && !isCap(t) && lt != "of" && (prepositions[lt] || strings.HasSuffix(lt, "ing") || pastParticiple(t) && !irregularPast[lt]) && !finite[lt]:
		default:
			continue
		}
		if !openingNP(toks, st, b) {
			continue
		}
		if c := lastIndexOf(toks, ",", b, e-1); toks[e-1].text == "," && c >= b && c+2 < e {
			// "One pastor backing the bill, Ada Reyes of Dover, said": the
			// name the aside gives.
			b := c
			n := b + 1
			for n < e && isCap(toks[n].text) && isWord(toks[n].text) {
				n++
			}
			if n > b+2 && n < e && isName(texts(toks[b+1:n])) {
				return b + 1, n, true
			}
		}
		for k := b + 1; k < e; k++ {
			if tk := toks[k].text; tk == ";" || tk == ":" || k > b+1 && strings.HasPrefix(tk, "⟦") && !dashes[t] && t != "," && t != "who" {
				return 0, 0, false
			}
			if _, ok := verbAt(toks, k); ok {
				return 0, 0, false // another verb of saying: whose it is is not clear
			}
			if lk := toks[k].text; (lk == "and" || lk == "but" || lk == "while" || lk == "yet") && k+1 < e &&
				(toks[k-1].text == "," || determiners[toks[k+1].text] || isCap(toks[k+1].text)) {
				return 0, 0, false // "…, and the league said": a clause with a subject of its own
			}
		}
		return st, b, true
	}
	return 0, 0, false
}

// openingNP reports whether toks[st:en] is a noun phrase that can name a
// speaker: words of a phrase ("numerous military veterans", "Friends of
// the mayor's"), ending in a noun of a person or a body, or in a name that
// is not a capitalised word alone or after "a" or "another" ("Another
// Lutheran").
func openingNP(toks []token, st, en int) bool {
	if en-st > 10 {
		return false
	}
	if _, ok := pronouns[toks[st].text]; ok {
		return false
	}
	for k := st; k < en; k++ {
		t := toks[k].text
		lt := strings.ToLower(t)
		switch {
		case t == "." && k > st && (abbreviations[toks[k-1].text] || isInitial(toks[k-1].text)):
		case !isWord(t):
			return false
		case k == st && leadingNonSpeaker[t]:
			return false
		case k > st && (prepositions[lt] || lt == "and"):
		case determiners[t] || determiners[lt] || quantifiers[lt]:
		case stopWords[lt] || finite[lt]:
			return false
		case k > st && k < en-1 && !isCap(t) && isCap(toks[k-1].text) && (strings.HasSuffix(lt, "s") || pastParticiple(t)) && !roleLike(lt):
			return false // "Ames leads Dorn in …", "Ames registered the firm in …": a verb, not a noun
		}
	}
	h := toks[en-1].text
	lh := strings.ToLower(h)
	if prepositions[lh] || determiners[lh] || lh == "and" {
		return false
	}
	if roleNouns[lh] || roleLike(lh) {
		return true
	}
	if !isCap(h) || weekdayOrMonth(h) || notNames[h] || numberWords[lh] || en-st == 1 {
		return false
	}
	return !(en-st == 2 && indefinite[strings.ToLower(toks[st].text)])
}

var compoundRE = regexp.MustCompile(`,\s+(?:and|while|but)\s+|\s+(?:and|but)\s+`)

// splitCompound cuts content at ", and" when what follows could be a new
// attribution; the caller checks that it is.
func splitCompound(c string) (string, string) {
	for _, m := range compoundRE.FindAllStringIndex(c, -1) {
		rest := c[m[1]:]
		if c[m[0]] != ',' && !isCap(rest) {
			continue // "and" without a comma joins clauses only before a name: "… and Senator Reyes says …"
		}
		toks := tokenize(rest)
		for v := 1; v < len(toks) && v < 28; v++ {
			if _, ok := verbAt(toks, v); ok {
				if st, _, _, _, ok := npBefore(toks, v); ok && st == 0 {
					return c[:m[0]], rest
				}
				if c[m[0]] == ',' && toks[v-1].text == "and" && toks[v-2].text != "," && subjectEnd(toks, leadEnd(toks, v), v) > leadEnd(toks, v) {
					// "…, and the league denounced his words and said …":
					// the clause's subject, read as preAttribution reads it.
					return c[:m[0]], rest
				}
				break
			}
		}
	}
	return c, ""
}

// frontClauses open a clause put in front of the main one.
var frontClauses = set(`before after when while as because although though if since until once whenever`)

// splitMainClause cuts content at the first comma after which a speaker and
// a speech verb start a main clause; the caller checks that they do.
func splitMainClause(c string) (string, string) {
	for i := 0; i < len(c); i++ {
		if c[i] != ',' {
			continue
		}
		rest := strings.TrimLeft(c[i+1:], " ")
		toks := tokenize(rest)
		for v := 1; v < len(toks) && v < 16; v++ {
			if _, ok := verbAt(toks, v); ok {
				if st, _, _, _, ok := npBefore(toks, v); ok && st == 0 {
					return c[:i], rest
				}
				break
			}
		}
	}
	return c, ""
}

var subordinateRE = regexp.MustCompile(`\b(?:after|before|when|while|because|since|until|though|although|whereas|to which|at which)\s+`)

// splitSubordinate cuts content where a clause opened by "after", "when" and
// the like starts with a speaker and a speech verb; the caller checks that
// it does.
func splitSubordinate(c string) (string, string) {
	for _, m := range subordinateRE.FindAllStringIndex(c, -1) {
		rest := c[m[1]:]
		toks := tokenize(rest)
		for v := 1; v < len(toks) && v < 12; v++ {
			if _, ok := verbAt(toks, v); ok {
				if st, _, _, _, ok := npBefore(toks, v); ok && st == 0 {
					return c[:m[0]], rest
				}
				break
			}
		}
	}
	return c, ""
}

func hasContent(c string) bool {
	c = strings.Trim(c, " .,;:—")
	return c != "" && (wordCount(markRE.ReplaceAllString(c, "")) >= 2 || markRE.MatchString(c))
}

var participleRE = regexp.MustCompile(`,\s+(?:and\s+)?(` + strings.Join(lexicon.ContentParticiples(), "|") + `)(?:\s+that)?\s+`)

// splitParticiple cuts "A, adding that B" into A and B.
func splitParticiple(c string) []string {
	if m := participleRE.FindStringIndex(c); m != nil {
		return []string{c[:m[0]], c[m[1]:]}
	}
	return []string{c}
}

var modifierRE = regexp.MustCompile(`^(?:\s*,)?\s*(?:` +
	`(?:` + strings.Join(lexicon.ClauseAdverbs(), "|") + `)` +
	`|(?:on |late |early |earlier |later |last |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: night| morning| afternoon| evening)?` +
	`|(?:on |last )?` + monthRE + `\s+\d{1,2}(?:,\s*\d{4})?` +
	`|(?:on )?\d{1,2}\s+` + monthRE + `(?:\s+\d{4})?` +
	`|(?:yesterday|today|tonight|this week|last week|last month|this month|this morning|last night)` +
	`|(?:the day before|a day earlier|the previous day|the day prior)(?:,| that\b|$)` +
	`|in (?:a |an |the |his |her |their )?(?:joint |written |brief |televised |separate |lengthy |exclusive |recent )?(?:statements|statement|interviews|interview|speech|posts|post|letter|address|briefing|news conference|press conference|video|message|tweet|social media post|phone call|call|remarks|comments|report|op-ed|sermon|broadcast)\b(?: (?:with|to|on|at|from) (?:the |The )?(?:[A-Z][\w’'.&-]*(?: [A-Z][\w’'.&-]*)*|reporters|journalists|lawmakers))?` +
	`|(?:to|with) (?:reporters|journalists|lawmakers|parliament|supporters|the press)` +
	// "reiterated to both sides that …": those the words were said to.
	`|to (?:both|all|the|each) (?:sides|side|parties|party|delegations|negotiators|leaders)` +
	`|to (?:the two|both) (?:sides|parties|delegations|leaders)` +
	`|to (?:his|her|their) (?:counterparts?|hosts|guests|visitors)` +
	`|on condition of anonymity` +
	`|(?:at|during) (?:a|an|the) [^,“”]*?(?:meeting|conference|summit|briefing|rally|forum|session|hearing|event|ceremony|debate|gathering|assembly|dinner|funeral|vigil|visit)(?: (?:in|at|of) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)?` +
	`|on (?:[A-Z][\w.&-]*[’']s )?(?:[a-z]+ ){0,3}[“‘"][^”’"]+[”’"]` +
	`|on (?:X|Twitter|Facebook|Telegram|Instagram|TikTok|Truth Social|television|TV|radio|state television|state TV)` +
	`|on [A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}(?:’s|'s)? (?:[a-z]+ )?(?:program|programme|show|broadcast)` +
	`|on (?:CNN|NBC|ABC|CBS|MSNBC|Fox News|Fox|BBC|Sky News|Al Jazeera|PBS|NPR|CNBC)` +
	`|in (?:Doha|Cairo|Jerusalem|Tel Aviv|Beirut|Washington|New York|Geneva|Paris|London|Moscow|Kyiv|Tehran|Riyadh|Amman|Brussels|Ankara|Istanbul|Berlin|Rome|Vienna|Abu Dhabi|Dubai|Gaza|Ramallah)` +
	`)\s*,?`)

// denial phrases open a clause that disputes what came before.
var denial = lexicon.DenialPhraseSet()

// finite verbs mark a clause, not an adverbial.
var finite = lexicon.AuxiliarySet()

var interposedRE = regexp.MustCompile(`^,?\s*(?:after|before|while|during|when|following|despite|amid|as|in response to)\b[^,“”"⟦]{3,200}?,\s+that\s+`)

var toldObjectRE = regexp.MustCompile(`^\s*(?:(?:the|The) )?(?:[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|and))*|reporters|journalists|lawmakers|parliament|supporters|him|her|them|me|us|aides|colleagues|officials|the [a-z]+(?: [a-z]+)?)`)

// skipModifiers drops what stands between a speech verb and what was said:
// the person told, when, where, how, and a "that" or colon.
func skipModifiers(rest string, told bool) string {
	if told {
		// "told a rally of soldiers in the eastern city of Gedaref that …"
		f := strings.Fields(rest)
		for i := 0; i < len(f) && i < 14; i++ {
			if strings.ContainsAny(f[i], ",“\"⟦") {
				break
			}
			if f[i] == "that" {
				return rest[strings.Index(rest, " that ")+6:]
			}
		}
		if m := toldObjectRE.FindStringIndex(rest); m != nil {
			rest = rest[m[1]:]
		}
	}
	for i := 0; i < 6; i++ {
		m := modifierRE.FindStringIndex(rest)
		if m == nil || m[1] == 0 || strings.HasPrefix(rest[m[1]:], "’s") || strings.HasPrefix(rest[m[1]:], "'s") {
			break // "this week's talks" is what was said about
		}
		rest = rest[m[1]:]
	}
	rest = strings.TrimLeft(rest, " ")
	// ", after Ukraine accepted the proposal, that …": a clause between the
	// verb and what was said.
	if m := interposedRE.FindStringIndex(rest); m != nil {
		rest = rest[m[1]:]
	}
	switch {
	case strings.HasPrefix(rest, "that "):
		rest = rest[5:]
	case strings.HasPrefix(rest, ", that "):
		rest = rest[7:] // "says, however, that …"
	case strings.HasPrefix(rest, ":"):
		rest = rest[1:]
	case strings.HasPrefix(rest, ","):
		rest = rest[1:]
	}
	return rest
}

// participle: "A European diplomat expressed skepticism …, saying they see
// “…”": the words belong to the subject of the sentence.
func (x *extractor) participle(s string, toks []token) *attribution {
	for p := 2; p < len(toks); p++ {
		if toks[p-1].text != "," || !participles[strings.ToLower(toks[p].text)] {
			continue
		}
		// "Dean, a former party chairman, poked at …, tweeting": a name at
		// the start with its appositive between commas is the subject.
		if c1 := indexOf(toks, ",", 1, p-1); c1 > 0 && !leadingNonSpeaker[toks[0].text] && subjectEnd(toks, 0, c1) == c1 && isCap(toks[c1-1].text) {
			if c2 := indexOf(toks, ",", c1+1, p-1); c2 > c1+1 {
				app := texts(toks[c1+1 : c2])
				if (determiners[app[0]] && !isCap(app[0]) || hasRole(app)) && !isName(app) {
					if determiners[app[0]] {
						app = app[1:]
					}
					if e, mention := x.resolve(toks[:c1], strings.Join(app, " ")); e != nil {
						cs := p + 1
						if cs < len(toks) && toks[cs].text == "that" {
							cs++
						}
						if cs < len(toks) {
							return &attribution{speaker: e, mention: mention, region: s[:toks[p].end], content: []string{s[toks[cs].start:]}}
						}
					}
				}
			}
		}
		// The subject: a speaker phrase at the start of the sentence (after a
		// leading adverbial clause).
		start := 0
		for k := 0; k < p-1; k++ {
			if k > 0 && !isCap(toks[k].text) && (strings.HasSuffix(toks[k].text, "ed") || irregularPast[toks[k].text]) {
				break // "Ames spoke out about the mill in Dover, Ohio, arguing": the subject is before the verb
			}
			if toks[k].text == "," {
				start = k + 1
				if leadingNonSpeaker[toks[0].text] {
					start = pastPlace(toks, start, p-1)
				}
				break
			}
			if _, v := verbAt(toks, k); v {
				break
			}
		}
		// "And then Ames went on the attack, saying …": the words that join
		// the sentence to the one before are no part of the subject.
		for start < p-1 && (lexicon.IsSentenceJoiner(toks[start].text) || start > 0 && toks[start].text == "then" && lexicon.IsSentenceJoiner(toks[start-1].text)) {
			start++
		}
		end := subjectEnd(toks, start, p-1)
		if end <= start {
			return nil
		}
		var e *entity
		var mention string
		// "The UN special envoy for Yemen, Lars Eriksen, welcomed …": the
		// name between commas after the role.
		if c1 := indexOf(toks, ",", end, p-1); c1 >= 0 {
			if c2 := indexOf(toks, ",", c1+1, p-1); c2 > c1+1 {
				if name := texts(toks[c1+1 : c2]); isName(name) {
					e, mention = x.resolve(toks[c1+1:c2], strings.Join(texts(toks[start:c1]), " "))
				}
			}
		}
		if e == nil {
			appos := ""
			if start > 1 && end < p-1 && toks[end].text == "," {
				// "The Under-Secretary-General for Political Affairs, Rosa
				// Delcourt, briefed the Council, saying …"
				if role := texts(toks[:start-1]); hasRole(role) && !leadingNonSpeaker[role[0]] {
					if determiners[role[0]] {
						role = role[1:]
					}
					appos = strings.Join(role, " ")
				}
			}
			e, mention = x.resolve(toks[start:end], appos)
		}
		if e == nil {
			return nil
		}
		cs := p + 1
		if cs < len(toks) && toks[cs].text == "that" {
			cs++
		}
		if cs >= len(toks) {
			return nil
		}
		return &attribution{speaker: e, mention: mention, region: s[:toks[p].end], content: []string{s[toks[cs].start:]}}
	}
	return nil
}

// leadEnd skips a leading adverbial clause ("On Monday night, ") and
// returns where the subject starts.
func leadEnd(toks []token, limit int) int {
	for k := 0; k < limit && k < 12; k++ {
		if _, v := verbAt(toks, k); v {
			return 0
		}
		if toks[k].text == "," {
			if k > 0 && leadingNonSpeaker[toks[0].text] {
				return pastPlace(toks, k+1, limit)
			}
			return 0
		}
	}
	return 0
}

// pastPlace: "Speaking in Salem, New Hampshire, Trump went after …": the
// rest of a place that ends a leading clause is not the subject; the
// subject is the phrase after it, followed by its verb.
func pastPlace(toks []token, start, limit int) int {
	e := subjectEnd(toks, start, limit)
	if e <= start || e >= limit || toks[e].text != "," || e-start > 3 {
		return start
	}
	if !isCap(toks[e+1].text) || determiners[toks[e+1].text] {
		return start // "Minyon Moore, a senior adviser, called": an appositive
	}
	if e2 := subjectEnd(toks, e+1, limit); e2 > e+1 && e2 < limit && isWord(toks[e2].text) && !isCap(toks[e2].text) && !prepositions[toks[e2].text] {
		return e + 1
	}
	return start
}

// indexOf finds the token text in toks[from:to], or -1.
func indexOf(toks []token, text string, from, to int) int {
	for i := from; i < to && i < len(toks); i++ {
		if toks[i].text == text {
			return i
		}
	}
	return -1
}

// subjectEnd finds the end of a speaker phrase read forwards from start: a
// pronoun, a name, or a phrase ending in a role noun.
func subjectEnd(toks []token, start, limit int) int {
	if start >= limit {
		return start
	}
	if _, ok := pronouns[toks[start].text]; ok {
		return start + 1
	}
	if lt := strings.ToLower(toks[start].text); isCap(toks[start].text) && (prepositions[lt] || governing[lt]) {
		return start // "With council leaders worried, …": a leading phrase, not a subject
	}
	if isCap(toks[start].text) && !determiners[toks[start].text] {
		j := capRun(toks, start)
		if j == start+1 && openingAdjective(toks[start].text) {
			// "Multiple outlets reported", "Local news affiliates": a
			// word of the dictionary, capitalised to open the sentence,
			// and the nouns after it.
			k := j
			for k < limit && k-start < 5 && nounAfter(toks[k].text) {
				k++
			}
			if k > j {
				return k
			}
		}
		if j > start && j <= limit {
			if _, _, ok := npCore(toks, j); ok {
				return j
			}
		}
	}
	for k := start; k < limit && k-start < 8; k++ {
		t := toks[k].text
		if k > start && determiners[t] && !determiners[toks[k-1].text] {
			break // "the council issued a statement": a new phrase
		}
		if roleNouns[strings.ToLower(t)] && !isCap(t) {
			return k + 1
		}
		if !isWord(t) {
			break
		}
	}
	// "the Security Council": a determiner and a name.
	if determiners[toks[start].text] && start+1 < limit && isCap(toks[start+1].text) && isWord(toks[start+1].text) {
		if j := capRun(toks, start+1); j <= limit && j < len(toks) && isWord(toks[j].text) && !isCap(toks[j].text) {
			return j
		}
	}
	return start
}

// resolve turns a speaker phrase into an entity: a pronoun or "the
// official" to whom it refers, a name to the person's full name and role,
// anything else to a source named as the article names it.
func (x *extractor) resolve(np []token, appos string) (*entity, string) {
	words := texts(np)
	if len(words) == 0 {
		return nil, ""
	}
	if owner, said, ok := possessor(np); ok {
		// "Amsel’s" of "Amsel’s catch phrase was …": the owner speaks,
		// named as the article names them.
		if e, _ := x.resolve(owner, appos); e != nil {
			return e, said
		}
	} else if possessive(words[len(words)-1]) {
		// "decried Dorn’s", "a share of the party’s": a phrase cut before
		// its head is no one.
		return nil, ""
	}
	mention := strings.Join(words, " ")
	if len(words) == 1 && notSpeaker(words[0]) {
		return nil, ""
	}
	if len(words) == 1 {
		if kind, ok := pronouns[words[0]]; ok {
			return x.reg.pronoun(kind), mention
		}
	}
	first := strings.ToLower(words[0])
	// "a statement from Turkey's foreign ministry": the ministry; "the
	// statement" said before: whoever issued it.
	for i, w := range words {
		if documents[strings.ToLower(w)] && !(i > 0 && isCap(w) && isCap(words[i-1])) { // "The Washington Post" is a name
			for j := i + 1; j < len(words); j++ {
				if words[j] == "from" || words[j] == "by" || words[j] == "of" {
					return x.resolve(np[tokenIndex(np, j+1):], "")
				}
			}
			if i > 1 && isCap(words[i-1]) && determiners[words[0]] {
				// "the Tanu Front statement", "a White House statement": its issuer.
				k := i - 1
				for k > 1 && isCap(words[k-1]) {
					k--
				}
				return x.resolve(np[tokenIndex(np, k):tokenIndex(np, i)], "")
			}
			if first == "the" && x.last != nil && x.last.speaker != nil && (i == len(words)-1 || !findingSubjectWords(words, i)) {
				return x.last.speaker, mention
			}
			break
		}
	}
	if e, ok := x.compound(np); ok {
		return e, strings.ReplaceAll(mention, " ,", ",")
	}
	if len(words) >= 3 && first == "one" && words[1] == "of" {
		// "one of them", "one of the officials": one of a group named before.
		if words[2] == "them" {
			if e := x.reg.pronoun("p"); e != nil {
				return e, mention
			}
		} else if e := x.reg.definite(strings.ToLower(words[len(words)-1])); e != nil {
			return e, mention
		}
	}
	if len(np) == 1 && shareAlone(np, 0) {
		// "Some", "Others": a share of a group spoken of.
		e := &entity{name: strings.ToLower(words[0]), plural: true}
		e.addHeads(e.name)
		return e, mention
	}
	if partOf(np, 0, len(np)) {
		// "Most of them", "Some of the women": a share of a group.
		name := strings.ToLower(words[0]) + mention[len(words[0]):]
		e := &entity{name: name, plural: true}
		e.addHeads(strings.ToLower(words[len(words)-1]))
		return e, mention
	}
	head, hi := "", 0
	for i, w := range words {
		if postmodifiers[w] {
			break
		}
		head, hi = w, i
	}
	lhead := strings.ToLower(norm(head))
	pre := words[min(1, hi) : hi+1] // the words before the head, and it: "foreign minister" of "the foreign minister of Valdoria"
	// "the official", "that diplomat", "the people": someone named before.
	if (first == "the" || first == "that" || first == "this" || first == "those" || first == "these") && roleNouns[lhead] && !isCap(head) {
		if e := x.reg.definite(lhead); e != nil && (sameModifiers(words[1:], e) || groupHeads[lhead] && e.heads["movement"]) && (!e.person || describes(pre, e)) {
			return e, mention // "the Lebanese group" after Hezbollah
		}
		if e := x.reg.described[lhead]; e != nil && sameModifiers(words[1:], e) {
			return e, mention // "the rebel group" after "rebel group Tanu Front"
		}
		if len(words) == 2 || len(words) == 3 && isCap(words[1]) && !roleNouns[strings.ToLower(words[1])] && !institutions[lhead] {
			// "the prime minister": a person given that role before; "the
			// Oregon senator": one with that role from that place.
			for i := len(x.reg.recent) - 1; i >= 0; i-- {
				if x.reg.recent[i].person && x.reg.recent[i].heads[lhead] {
					return x.reg.recent[i], mention
				}
			}
		}
		if !institutions[lhead] && !strings.HasSuffix(lhead, "s") {
			// "the Pakistani foreign minister", "the veteran diplomat".
			if e := x.describedPerson(pre, lhead); e != nil {
				return e, mention
			}
		}
	}
	if (first == "the" || ageRE.MatchString(first)) && len(words) <= 3 && ageRE.MatchString(strings.ToLower(words[len(words)-1])) {
		// "the 72-year-old": the person named last.
		if e := x.describedPerson(nil, ""); e != nil {
			return e, mention
		}
	}
	if ageRE.MatchString(first) && roleNouns[lhead] && !isCap(head) && !institutions[lhead] {
		// "71-year-old diplomat", its article left before an aside.
		if e := x.describedPerson(words[1:], lhead); e != nil {
			return e, mention
		}
	}
	if first == "the" && len(words) >= 2 && isCap(head) && allTitleWords(words[1:]) {
		// "the Secretary-General", "the Foreign Minister": the person
		// named before with that title.
		if e := x.titled(words[1:]); e != nil {
			return e, mention
		}
	}
	// "the RSF" after "the Rapid Support Forces (RSF)".
	if full, ok := x.reg.acronyms[strings.TrimSuffix(head, "’s")]; ok && len(words) <= 2 {
		for _, e := range x.reg.recent {
			if e.name == full {
				return e, mention
			}
		}
		e := &entity{name: full, org: true, plural: true}
		e.addHeads(strings.ToLower(full))
		return e, mention
	}
	// An organisation named in full: "the Baltic Observatory for Civil
	// Liberties", "the International Maritime Safety Agency IMSA".
	if name, oh, ok := orgNameOf(words); ok && isCap(head) {
		for _, e := range x.reg.recent {
			if e.name == name {
				return e, mention
			}
		}
		e := &entity{name: name, org: true, title: appos}
		e.addHeads(strings.ToLower(oh))
		outletHeads(e)
		if n := len(words); n > 2 && acronymOf(words[:n-1], words[n-1]) {
			x.reg.acronyms[words[n-1]] = name
		}
		return e, mention
	}
	// "Citing the storm, …", "Flying home, …", "Nothing changed, …",
	// "Generous pensions …": a participle, adverb, function word or
	// adjective that opens the sentence is no one
	// the article names.
	if len(words) == 1 && (inflectedWord(words[0]) || commonWord(words[0]) || openingAdjective(words[0])) && !x.reg.known(words[0]) {
		return nil, ""
	}
	// A name, with or without a role in front; not a record that opens
	// the sentence ("Polls show …", "Records indicate …").
	if isCap(head) && !orgName(head) && !(hi == 0 && lexicon.IsFindingRecord(lhead)) {
		title, name, gender := splitTitleName(words)
		name = uncapital(name)
		if len(name) > 0 && canStartName(name) {
			t := strings.Join(title, " ")
			if anon := x.namedBack(appos); t == "" && anon != nil && len(name) >= 2 {
				// "The spokesperson, Ahmed Karimi, added": the spokesperson
				// quoted before has a name.
				return x.reg.nameLater(anon, strings.Join(name, " "), gender), mention
			}
			if anon := x.sameSpokesperson(title); anon != nil && len(name) >= 2 && x.reg.people[canonName(strings.Join(name, " "))] == nil {
				// "Foreign ministry spokesperson Ahmed Karimi" after "a
				// spokesperson for the Norlandic foreign ministry".
				return x.reg.nameLater(anon, strings.Join(name, " "), gender), mention
			}
			if t == "" {
				t = appos
			}
			return x.reg.person(strings.Join(name, " "), t, gender), mention
		}
	}
	// "Lebanon’s caretaker prime minister": a person the article names
	// with that role elsewhere.
	if !indefinite[first] {
		if e := x.reg.byTitle(words); e != nil {
			return e, mention
		}
	}
	// A source as the article names it.
	name := mention
	if determiners[words[0]] && isCap(words[0]) {
		name = strings.ToLower(words[0]) + name[len(words[0]):]
	}
	for _, e := range x.reg.recent {
		if e.name == name {
			return e, mention
		}
	}
	if e := x.reg.orgs[name]; e != nil {
		return e, mention
	}
	if lexicon.IsGroupName(name) {
		return x.reg.group(name), mention
	}
	e := &entity{name: name, plural: strings.HasSuffix(lhead, "s") || lhead == "people",
		org: institutions[lhead] || orgName(head) || isCap(head) || isNumber(head) || lexicon.IsFindingRecord(lhead)} // a record is no "he" or "she"
	if first == "the" && len(words) >= 2 && allTitleWords(words[1:]) && roleNouns[lhead] && !institutions[lhead] && !strings.HasSuffix(lhead, "s") {
		// "the Secretary-General", "the Prime Minister": one person, whom
		// "he" or "she" may refer back to.
		e.org, e.person = false, true
	}
	if appos != "" {
		e.title = appos
	}
	e.addHeads(lhead)
	if lhead == "sources" || lhead == "people" {
		e.addHeads("source", "sources", "people")
	}
	outletHeads(e)
	return e, mention
}

// outletHeads lets an outlet be referred back to by what it is: "Channel
// 12 reported … The network said".
func outletHeads(e *entity) {
	if outletRE.MatchString(e.name) {
		e.addHeads("network", "broadcaster", "channel", "outlet", "newspaper", "station", "paper", "agency")
	}
}

var (
	whereShowRE    = regexp.MustCompile(`\bon ([A-Z][\w.&-]*(?:’s|'s))\s+(?:[a-z][a-z -]*\s)?[“‘"]([^”’"]+?)[,.]?[”’"]`)
	whereShow2RE   = regexp.MustCompile(`\bon (?:the )?[“‘"]([^”’"]+?)[,.]?[”’"]`)
	whereToldRE    = regexp.MustCompile(`\btold (?:[Tt]he )?(?:(?:state|news|state-run|private|public|national|local|daily|weekly|broadcaster|newspaper|channel|agency|outlet|television|radio|news agency)\s+)*([A-Z][\w’'.&-]*(?:\s+(?:[A-Z0-9][\w’'.&-]*|of|and))*)`)
	whereWithRE    = regexp.MustCompile(`\b[Ii]n (?:an?|the|his|her|their) (?:[a-z]+ )?(?:interview|interviews|appearance|call|conversation) (?:with|on|to) ((?:[Tt]he )?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*)`)
	whereAtRE      = regexp.MustCompile(`\b(?:[Aa]t|[Dd]uring|[Ii]n|[Tt]o|[Tt]old) (?:a|an|the) (?:separate |recent |later |earlier |joint |rare |brief |special |closed-door |closed )?((?:[\w.’'-]+ ){0,5}?(?:news conference|press conference|meeting|summit|conference|briefing|rally|forum|session|hearing|ceremony|debate|gathering|speech|assembly|dinner|funeral|vigil|interview)(?: (?:in|at|of|on|with) (?:the )?[A-Z][\w’'-]*(?: [A-Z0-9][\w’'-]*)*)?)`)
	wherePostRE    = regexp.MustCompile(`\b(?:in a (?:post|statement|message|video) )?on (X|Twitter|Facebook|Telegram|Instagram|TikTok|Truth Social)\b`)
	whereOnRE      = regexp.MustCompile(`\bon ((?:CNN|NBC|ABC|CBS|MSNBC|Fox News|Fox|BBC|Sky News|Al Jazeera|PBS|NPR|CNBC)(?:’s|'s)?(?: [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)?)`)
	trailingDateRE = regexp.MustCompile(` on (?:` + monthRE + `|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$`)
	wherePronouns  = set(`He She They It We I You Him Her Them`)
)

// whereIn finds where words were said from the words of their attribution:
// the outlet or show, the meeting, the platform or the city.
func whereIn(region string) string {
	region = markRE.ReplaceAllString(region, "")
	if m := whereShowRE.FindStringSubmatch(region); m != nil {
		return m[1] + " " + strings.TrimRight(m[2], ",.")
	}
	if m := whereShow2RE.FindStringSubmatch(region); m != nil && isTitle(m[1]) {
		return strings.TrimRight(m[1], ",.")
	}
	if m := whereToldRE.FindStringSubmatch(region); m != nil {
		w := strings.TrimSuffix(strings.TrimSpace(m[1]), " and")
		first := strings.Fields(w)[0]
		if !wherePronouns[first] && !weekdayOrMonth(first) {
			return w
		}
	}
	if m := whereWithRE.FindStringSubmatch(region); m != nil {
		return strings.TrimPrefix(strings.TrimPrefix(m[1], "the "), "The ")
	}
	if m := whereOnRE.FindStringSubmatch(region); m != nil {
		return m[1]
	}
	if m := wherePostRE.FindStringSubmatch(region); m != nil {
		return m[1]
	}
	if m := whereAtRE.FindStringSubmatchIndex(region); m != nil {
		w := region[m[2]:m[3]]
		art := strings.ToLower(strings.Fields(region[m[0]:m[2]])[1])
		if strings.HasPrefix(w, "same ") || art == "the" && !strings.ContainsAny(w, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			// "the same interview", "told the news conference": the place
			// named before.
			return ""
		}
		return trailingDateRE.ReplaceAllString(w, "")
	}
	return ""
}

// coordinated extends a speaker phrase that starts at s back over the
// people joined to it by "and" (and commas before it): "Foreign Minister
// Ema Roth and her counterpart Pel Dunar said", "Roth, Dunar and Dorn
// said"; or over the places joined after a role: "the foreign ministers
// of Valdoria and Ostria said".
func (x *extractor) coordinated(toks []token, s, en int) int {
	if s < 2 || toks[s-1].text != "and" {
		return s
	}
	last := texts(toks[s:en])
	if st, e, ok := npCore(toks, s-1); ok && e == s-1 && len(last) == 1 && isCap(last[0]) && !notNames[last[0]] {
		if w := texts(toks[st:e]); len(w) >= 4 && strings.EqualFold(w[0], "the") && w[len(w)-2] == "of" && isCap(w[len(w)-1]) &&
			roleNouns[strings.ToLower(w[len(w)-3])] && !isCap(w[len(w)-3]) {
			return st
		}
	}
	if !x.namesPerson(last) {
		return s
	}
	for s >= 2 && (toks[s-1].text == "and" || toks[s-1].text == ",") {
		st, e, ok := npCore(toks, s-1)
		if !ok || e != s-1 || !x.namesPerson(texts(toks[st:e])) || st > 0 && isWord(toks[st-1].text) && !joiners[toks[st-1].text] {
			break
		}
		s = st
	}
	return s
}

// joiners may stand before the first of people joined as speakers: "and
// …", "a statement by …", "a letter from …".
var joiners = set(`and by from`)

// namesPerson: the words name a person, with or without a role: a full
// name, or a surname the article has named.
func (x *extractor) namesPerson(words []string) bool {
	if len(words) == 0 || !isCap(words[len(words)-1]) {
		return false
	}
	_, name, _ := splitTitleName(words)
	switch {
	case len(name) >= 2:
		return isName(name) && canStartName(name)
	case len(name) == 1:
		return x.reg.bySurname[name[0]] != nil
	}
	return false
}

// compound is the speakers of a phrase that joins people named each
// ("Ema Roth, Pel Dunar and Ilka Dorn", "Roth and her counterpart
// Dunar"): one speaker for them all, named by their names.
func (x *extractor) compound(np []token) (*entity, bool) {
	var parts [][]token
	k := 0
	for i, t := range np {
		if t.text == "and" || t.text == "," || t.text == "&" {
			if i > k {
				parts = append(parts, np[k:i])
			}
			k = i + 1
		}
	}
	if k == 0 || k >= len(np) {
		return nil, false
	}
	parts = append(parts, np[k:])
	if len(parts) < 2 {
		return nil, false
	}
	for _, p := range parts {
		if !x.namesPerson(texts(p)) {
			return nil, false
		}
	}
	// Each part is resolved, and so registered, only once all name
	// people; one that still turns out no person undoes them all ("Ema
	// Roth and the Harbour Board" registers no Ema Roth of its own, nor
	// gives a Roth named before her first name).
	var names []string
	if !x.reg.try(func() bool {
		for _, p := range parts {
			e, _ := x.resolve(p, "")
			if e == nil || !e.person {
				return false
			}
			names = append(names, e.name)
		}
		return true
	}) {
		return nil, false
	}
	return x.together(names), true
}

// goingOn: "he added", "she continued" go on with the words of whoever
// spoke last, in this paragraph or the one before, when they fit the
// pronoun, rather than with someone only named since.
func (x *extractor) goingOn(e *entity, mention, verb string) *entity {
	kind := pronouns[mention]
	if kind != "m" && kind != "f" || !lexicon.IsContinuingVerb(strings.ToLower(verb)) {
		return e
	}
	l := x.last
	if l == nil || l.speaker == nil || l.speaker == e || !l.speaker.person || l.speaker.plural || x.para-l.para > 1 ||
		l.speaker.gender != "" && l.speaker.gender != kind {
		return e
	}
	return l.speaker
}

// possessive: a word that owns what follows it ("Dorn’s", "the Reyeses’").
func possessive(w string) bool {
	w = norm(w)
	return len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s'"))
}

// possessor reads a phrase that is only a name and its possessive, a
// conjunction or an article perhaps before it ("Amsel’s", "But Sen. Ruth
// Amsel’s", "the IMF’s"): the name alone, its possessive taken off, and
// the words that name its owner as the article writes them.
func possessor(np []token) (owner []token, mention string, ok bool) {
	last := np[len(np)-1].text
	if !possessive(last) {
		return nil, "", false
	}
	st := 0
	for st < len(np)-1 && lexicon.IsSentenceJoiner(np[st].text) {
		st++
	}
	for i, t := range np[st:] {
		if !isCap(t.text) && (i > 0 || !determiners[t.text]) || pronounOwner(t.text) {
			return nil, "", false
		}
	}
	owner = append([]token(nil), np[st:]...)
	t := &owner[len(owner)-1]
	cut := len(stripPossessive(last))
	if cut == len(last) {
		cut = len(last) - len("’")
		if strings.HasSuffix(last, "'") {
			cut = len(last) - 1
		}
	}
	t.text, t.end = last[:cut], t.start+cut
	return owner, strings.Join(texts(np[st:]), " "), true
}

// pronounOwner: "It's", "That's" are not a name's possessive.
func pronounOwner(w string) bool { return notSpeaker(w) }
