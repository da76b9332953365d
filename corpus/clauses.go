package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/talkbot/talkbot/lexicon"
)

// closingFollows: the text after a quotation that ends in "?", "!" or "."
// is its attribution, not a new sentence: "…?” Trump said, looking out".
func closingFollows(s string) bool {
	if len(s) > 240 {
		s = s[:240]
	}
	toks := tokenize(s)
	if c := indexOf(toks, ",", 1, 6); c > 0 && (isCap(toks[0].text) || determiners[toks[0].text]) {
		// "…?” Miller, a retired worker from Ohio, said into the phone."
		for v := 3; v < len(toks) && v <= 40; v++ {
			if toks[v].text == "." && !(abbreviations[toks[v-1].text] || isInitial(toks[v-1].text)) {
				break
			}
			if closingVerbs[toks[v].text] && (toks[v-1].text == "," || dashes[toks[v-1].text]) {
				st, _, _, ok := longAppositive(toks, v-1)
				return ok && st == 0 && clauseCloses(toks, v+1)
			}
		}
	}
	for v := 1; v < len(toks) && v <= 10; v++ {
		t := toks[v].text
		if t == "." && (abbreviations[toks[v-1].text] || isInitial(toks[v-1].text)) {
			continue
		}
		if !isWord(t) && t != "-" && t != "’" {
			return false
		}
		if !closingVerbs[t] {
			continue
		}
		if _, _, _, ok := looseNP(toks, 0, v); !ok {
			return false
		}
		k := afterClosingVerb(toks, v)
		if !(k >= len(toks) || toks[k].text == "," || toks[k].text == "." || trailingModifier(toks, k) || askedWho(toks, k)) {
			return false
		}
		return clauseCloses(toks, k)
	}
	return false
}

// afterClosingVerb skips what may stand between a closing attribution's
// verb at toks[v] and the modifiers that end its clause: who the words were
// told or put to ("…?” Holt asked council members", "told Britain’s
// ITV station in an interview"), what they were about ("said of the
// ferry"), and how ("asked rhetorically"). It returns the first token after
// them, v+1 when there are none.
func afterClosingVerb(toks []token, v int) int {
	k := v + 1
	switch lv := strings.ToLower(toks[v].text); {
	case k >= len(toks):
		return k
	case (lexicon.IsListenerVerb(lv) || lexicon.IsAskingVerb(lv)) && !askedWho(toks, k):
		k = objectEnd(toks, k)
	case lexicon.IsTopicPreposition(toks[k].text):
		if j := objectEnd(toks, k+1); j > k+1 {
			k = j
		}
	}
	if k < len(toks) && mannerAdverb(toks[k].text) {
		k++
	}
	return k
}

// objectEnd reads a short noun phrase from toks[i] ("council members",
// "the old ferry", "Britain’s ITV station") up to a modifier or the end of
// the clause, and returns where it ends; i when none is there or a clause
// follows ("that", "to", a finite or speech verb).
func objectEnd(toks []token, i int) int {
	j := i
	for j < len(toks) && j-i < 6 && (isWord(toks[j].text) || toks[j].text == "’s" || toks[j].text == "'s") && !trailingModifier(toks, j) && !mannerAdverb(toks[j].text) {
		lt := strings.ToLower(toks[j].text)
		if lt == "that" || lt == "to" || finite[lt] || stopWords[lt] && !determiners[lt] || speechVerbs[lt] {
			return i
		}
		j++
	}
	return j
}

// mannerAdverb: a lower-case word in -ly that tells how something was
// said ("rhetorically", "forcefully"), not a noun like "rally".
func mannerAdverb(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ly") && !isCap(w) && !lexicon.IsRoleNoun(w)
}

// clauseCloses: the attribution's verb ends the sentence's business from
// toks[k] on: "… Trump said Tuesday." ends there; "The forum said this week
// that it would …" is a new sentence.
func clauseCloses(toks []token, k int) bool {
	for _, t := range toks[k:] {
		lt := strings.ToLower(t.text)
		if t.text == "," || t.text == "." {
			return true
		}
		if lt == "that" || finite[lt] || placeholder(t.text) >= 0 || t.text == ":" {
			return false
		}
	}
	return true
}

// signatureDashes sign a quotation with its speaker's name: "“…” ― Name".
var signatureDashes = set(`― — –`)

// signatureAfter reads a paragraph that only signs the quotation of the
// paragraph before: "- Bernie Sanders." or "—President Obama, tweeting
// after the speech." It reports whether it did.
func (x *extractor) signatureAfter(m string) bool {
	if r, size := utf8.DecodeRuneInString(m); strings.ContainsRune("-—―–", r) {
		m = m[:size] + " " + m[size:] // "-President Obama": the dash apart
	}
	toks := tokenize(m)
	start := 1
	if len(toks) > 0 && !(signatureDashes[toks[0].text] || toks[0].text == "-") {
		// The dash of a list item cleaned away: a name alone, or a name and
		// what they were doing, right after a paragraph that is only a
		// quotation.
		start = 0
		if !x.prevOnlyQuote() {
			return false
		}
	}
	if len(toks) < start+1 || !isCap(toks[start].text) {
		return false
	}
	// The last quotation of the paragraph before (every paragraph is masked
	// before any is read, so it is not simply the last one).
	var q *quote
	for i := len(x.quotes) - 1; i >= 0; i-- {
		if x.quotes[i].para < x.para {
			q = x.quotes[i]
			break
		}
	}
	if q == nil || q.speaker != nil && !q.byLast || q.para != x.para-1 {
		return false
	}
	j := capRun(toks, start)
	day, dated := signedDay(toks[j:])
	if dated {
		// "President Ana Ruiz June 10, 1999": the day after the name.
		toks = toks[:j]
	}
	if j < len(toks) && toks[j].text != "," && toks[j].text != "." {
		return false
	}
	if start == 0 && j < len(toks) && !(toks[j].text == "." && j+1 == len(toks) || toks[j].text == "," && j+1 < len(toks) && participles[toks[j+1].text]) {
		return false
	}
	title, name, _ := splitTitleName(texts(toks[start:j]))
	if len(name) == 0 || notNames[name[0]] || start == 0 && !isName(name) && len(title) == 0 && x.reg.bySurname[name[0]] == nil {
		return false
	}
	if start == 0 && strings.ToUpper(toks[0].text) == toks[0].text {
		return false // a heading in capitals, not a name
	}
	e, mention := x.resolve(toks[start:j], "")
	if e == nil {
		return false
	}
	q.speaker, q.mention = e, mention
	if dated {
		q.date, q.dateSet = day, true
	}
	x.last = &lastSaid{speaker: e, mention: mention, para: x.para}
	return true
}

// signedDay reads the day that may follow a signature's name: "June 10,
// 1999" and nothing after it.
func signedDay(toks []token) (string, bool) {
	if len(toks) < 4 || len(toks) > 5 || toks[2].text != "," || !isNumber(toks[1].text) || !isNumber(toks[3].text) || len(toks) == 5 && toks[4].text != "." {
		return "", false
	}
	t, err := ParseDate(toks[0].text + " " + toks[1].text + ", " + toks[3].text)
	if err != nil {
		return "", false
	}
	return t.Format(dateLayout), true
}

// prevOnlyQuote: the paragraph before is one quotation and nothing else.
func (x *extractor) prevOnlyQuote() bool {
	n := placeholder(strings.TrimSpace(x.prev))
	return n >= 0 && strings.TrimSpace(x.prev) == mark(n)
}

// signatures reads quotations signed with a dash and a name ("⟦3⟧ ― Carlos
// Raúl", "⟦4⟧— Jane Doe, a teacher"), gives each quote its speaker, and
// drops the signature from the paragraph.
func (x *extractor) signatures(m string) string {
	if !strings.ContainsAny(m, "―—–") {
		return m
	}
	toks := tokenize(m)
	var b strings.Builder
	prev := 0
	for i := 0; i+2 < len(toks); i++ {
		n := placeholder(toks[i].text)
		if n < 0 || n >= len(x.quotes) || !signatureDashes[toks[i+1].text] || !isCap(toks[i+2].text) {
			continue
		}
		j := capRun(toks, i+2)
		end := j
		appos := ""
		if j < len(toks) && toks[j].text == "," {
			k := j + 1
			for k < len(toks) && placeholder(toks[k].text) < 0 && toks[k].text != "." && k-j < 14 {
				k++
			}
			words := texts(toks[j+1 : k])
			appos = strings.Join(dropArticle(words), " ")
			end = k
			if end < len(toks) && toks[end].text == "." {
				end++
			}
		} else if j < len(toks) && toks[j].text == "." {
			end = j + 1
		}
		if end < len(toks) && placeholder(toks[end].text) < 0 {
			continue // the dash goes on with a sentence, not a signature
		}
		name := texts(toks[i+2 : j])
		if !isName(name) && !(len(name) == 1 && !notNames[name[0]]) {
			continue
		}
		e, mention := x.resolve(toks[i+2:j], appos)
		if e == nil {
			continue
		}
		q := x.quotes[n]
		if q.speaker == nil {
			q.speaker, q.mention = e, mention
			x.last = &lastSaid{speaker: e, mention: mention, para: x.para}
		}
		b.WriteString(m[prev:toks[i].end])
		prev = toks[end-1].end
		i = end - 1
	}
	b.WriteString(m[prev:])
	return b.String()
}

// colonLead: a speaker before a colon and a quotation: "Said Ellis: “…”",
// "Pew Research: “…”", "Jane Doe, Outlet: “…”", "Smith sighed: “…”".
func (x *extractor) colonLead(s string, toks []token) *attribution {
	c := -1
	for i := 1; i < len(toks) && i <= 14; i++ {
		if toks[i].text == ":" {
			c = i
			break
		}
	}
	if c < 0 {
		return nil
	}
	// "Cruz continued:" at the end of a paragraph: the quotation follows in
	// the next one.
	ending := c == len(toks)-1
	if !ending && (c+1 >= len(toks) || placeholder(toks[c+1].text) < 0) {
		return nil
	}
	var st, en int
	appos := ""
	switch {
	case leadVerbs[toks[0].text]:
		s0, e0, ap, ok := npAfter(toks[:c], 1)
		if !ok {
			return nil
		}
		st, en, appos = s0, e0, ap
	case !isCap(toks[c-1].text) && isWord(toks[c-1].text) && (speechVerbs[strings.ToLower(toks[c-1].text)] || strings.HasSuffix(toks[c-1].text, "ed")):
		first := 0
		for first < c-1 && leadingNonSpeaker[toks[first].text] {
			first++ // "Then Kowalski continued:"
		}
		s0, e0, _, ok := looseNP(toks, first, c-1)
		if !ok {
			// "While having a heated debate, a friend commented:": the
			// subject after a leading clause.
			if k := lastIndexOf(toks, ",", first, c-1); k >= 0 {
				s0, e0, _, ok = looseNP(toks, k+1, c-1)
			}
		}
		if !ok {
			return nil
		}
		st, en = s0, e0
	case isCap(toks[0].text) && !leadingNonSpeaker[toks[0].text] && (capRun(toks, 0) == c || toks[capRun(toks, 0)].text == ","):
		st, en = 0, capRun(toks, 0)
	case ending:
		// "Trump issued the following statement:", "Breitbart News
		// responded:": the subject speaks in the next paragraph.
		st = leadEnd(toks, c)
		en = subjectPhrase(toks, st)
		if en <= st || en >= c || !isWord(toks[en].text) || isCap(toks[en].text) || stopWords[strings.ToLower(toks[en].text)] && !finite[strings.ToLower(toks[en].text)] {
			return nil
		}
	default:
		return nil
	}
	e, mention := x.resolve(toks[st:en], appos)
	if e == nil {
		return nil
	}
	if ending {
		return &attribution{speaker: e, mention: mention, region: s[:toks[c].start]}
	}
	return &attribution{speaker: e, mention: mention, region: s[:toks[c].start], content: []string{s[toks[c+1].start:]}}
}

// leadVerbComma: an inverted attribution that opens the sentence and ends
// in a comma before the quotation: "Said Dora Poynter, who grew up on the
// same street, “…”".
func (x *extractor) leadVerbComma(s string, toks []token) *attribution {
	if len(toks) < 4 || !leadVerbs[toks[0].text] {
		return nil
	}
	q := quotedAt(toks, 1)
	if q < 3 || toks[q-1].text != "," || placeholder(toks[q].text) < 0 {
		return nil
	}
	st, en, appos, ok := npAfter(toks[:q-1], 1)
	if !ok || st != 1 {
		return nil
	}
	e, mention := x.resolve(toks[st:en], appos)
	if e == nil {
		return nil
	}
	return &attribution{speaker: e, mention: mention, region: s[:toks[q].start], content: []string{s[toks[q].start:]}}
}

// dashColon: a roundup line that sums up and then names its source after a
// dash and before a colon: "Turnout was the surprise - Lakeside Polling:
// “…”", "The count was close - More from Ada Reyes: “…”"; or that opens
// with it: "From the board’s report: “…”".
func (x *extractor) dashColon(s string, toks []token) *attribution {
	q := quotedAt(toks, 0)
	if q < 4 || toks[q-1].text != ":" {
		return nil
	}
	d := -1
	for k := q - 2; k > 0 && q-k <= 10; k-- {
		if dashes[toks[k].text] || signatureDashes[toks[k].text] {
			d = k
			break
		}
	}
	if d < 0 && !(strings.EqualFold(toks[0].text, "from") || toks[0].text == "More" && toks[1].text == "from") {
		return nil
	}
	// With no dash, the source opens the sentence: "From the report: “…”",
	// "More from Ada Reyes’s letter: “…”".
	st := d + 1
	for st < q-1 && (toks[st].text == "More" || toks[st].text == "more" || strings.EqualFold(toks[st].text, "from")) {
		st++
	}
	if st >= q-1 || !(isCap(toks[st].text) || determiners[toks[st].text]) {
		return nil
	}
	if e, mention := x.ownersDocument(toks[st : q-1]); e != nil {
		return &attribution{speaker: e, mention: mention, region: s[:toks[q-1].start], content: []string{s[toks[q].start:]}}
	}
	if _, _, ok := npCore(toks, q-1); !ok {
		return nil
	}
	e, mention := x.resolve(toks[st:q-1], "")
	if e == nil {
		return nil
	}
	return &attribution{speaker: e, mention: mention, region: s[:toks[q-1].start], content: []string{s[toks[q].start:]}}
}

// ownersDocument reads a writing named by its owner's possessive ("Ada
// Reyes’s letter", "Dorn’s Facebook post"): the owner speaks, and the
// phrase whole is how the article names the source.
func (x *extractor) ownersDocument(np []token) (*entity, string) {
	if len(np) < 2 || len(np) > 8 || !documents[strings.ToLower(np[len(np)-1].text)] {
		return nil, ""
	}
	for p := len(np) - 2; p >= 0; p-- {
		if !possessive(np[p].text) {
			continue
		}
		owner, _, ok := possessor(np[:p+1])
		if !ok {
			return nil, ""
		}
		if e, _ := x.resolve(owner, ""); e != nil {
			return e, strings.Join(texts(np), " ")
		}
		return nil, ""
	}
	return nil, ""
}

// lastIndexOf finds the last token text in toks[from:to], or -1.
func lastIndexOf(toks []token, text string, from, to int) int {
	for i := min(to, len(toks)) - 1; i >= from; i-- {
		if toks[i].text == text {
			return i
		}
	}
	return -1
}

// subjectQuote: a sentence whose verb is not one of saying but which
// quotes words, quotes its subject: "Bolton called the advice “…”",
// "The governor backed her, praising her “steady hand”". The
// statement is the sentence whole, attributed to the subject.
func (x *extractor) subjectQuote(s string, toks []token) *attribution {
	start := leadEnd(toks, len(toks))
	if start < len(toks) && toks[start].text == "⟦" {
		return nil
	}
	end := subjectPhrase(toks, start)
	if end <= start || end >= len(toks) {
		return nil
	}
	subj := toks[start:end]
	if len(subj) == 1 && (numberWords[strings.ToLower(strings.SplitN(subj[0].text, "-", 2)[0])] || expletives[norm(subj[0].text)]) {
		return nil // "Twenty-two years ago, …", "It’s been common for …"
	}
	v := end
	appos := ""
	if toks[v].text == "," {
		// "Silverman, herself a Sanders supporter, incurred …"; "Rwanda’s
		// foreign minister, Eric Mugenzi, welcomed …"
		k := v + 1
		for k < len(toks) && toks[k].text != "," && placeholder(toks[k].text) < 0 && k-v < 20 {
			k++
		}
		if k >= len(toks) || toks[k].text != "," {
			return nil
		}
		words := texts(toks[v+1 : k])
		if isName(words) {
			appos = strings.Join(texts(subj), " ")
			subj = toks[v+1 : k]
		} else {
			if words := dropArticle(words); hasRole(words) {
				appos = strings.Join(words, " ")
			}
		}
		v = k + 1
	}
	for v < len(toks) && (adverbs[strings.ToLower(toks[v].text)] || toks[v].text == "not") && v-end < 4 {
		v++
	}
	if v >= len(toks) {
		return nil
	}
	vt := toks[v].text
	if !isWord(vt) || isCap(vt) || determiners[vt] || prepositions[vt] || stopWords[vt] && !finite[vt] {
		return nil
	}
	if saidOfSubject(toks, v) {
		return nil
	}
	q := quotedAt(toks, v+1)
	if q < 0 || otherSpeakerBetween(toks, v, q) {
		return nil
	}
	if _, _, ok := npCore(toks, end); !ok && len(subj) != 1 && !roleLike(strings.ToLower(toks[end-1].text)) {
		return nil
	}
	if len(subj) == 1 && isCap(subj[0].text) && (notNames[subj[0].text] && !orgName(subj[0].text)) {
		return nil
	}
	e, mention := x.resolve(subj, appos)
	if e == nil {
		return nil
	}
	return &attribution{speaker: e, mention: mention, region: s[:toks[v].start], content: []string{s}}
}

// saidOfSubject: the verb at v is a passive that tells what others say
// of the subject ("is said to be “good”", "was described as “a hard
// bargainer”", "is seen as"): the words quoted are theirs, not the
// subject's. "Is reported to have called them “free riders”" still
// reports the subject's words.
func saidOfSubject(toks []token, v int) bool {
	for k := v; k+1 < len(toks) && k-v < 4; k++ {
		lt := strings.ToLower(toks[k].text)
		if lexicon.IsDescribingParticiple(lt) {
			next := strings.ToLower(toks[k+1].text)
			return passive(toks, k) && (next == "as" || next == "to" && k+2 < len(toks) && strings.EqualFold(toks[k+2].text, "be"))
		}
		if !passiveAuxiliaries[lt] && !adverbs[lt] && !strings.HasSuffix(lt, "ly") && lt != "not" {
			return false
		}
	}
	return false
}

// subjectPhrase finds the end of the subject that opens a sentence at
// start: a pronoun, a name, or a phrase ending in a role ("Rwanda’s foreign
// minister", "Congolese civil society groups", "the Latin American pope").
func subjectPhrase(toks []token, start int) int {
	end := subjectEnd(toks, start, len(toks))
	if end <= start && start < len(toks) && determiners[toks[start].text] {
		for k := start + 1; k < len(toks) && k-start < 7; k++ {
			t := toks[k].text
			if !isWord(t) || stopWords[strings.ToLower(t)] || finite[strings.ToLower(t)] || k > start+1 && strongVerb(t) {
				break // "The town released a statement": a verb ends the phrase
			}
			if !isCap(t) && roleLike(strings.ToLower(t)) {
				end = k + 1
			}
		}
		return end
	}
	if end <= start {
		return end
	}
	if _, ok := pronouns[toks[start].text]; ok {
		return end
	}
	// "Presidential candidate Karim Haddad’s doctor": a name after the
	// role, and perhaps a role after the name.
	last := end
	for k := end; k < len(toks) && k-end < 8; k++ {
		t := toks[k].text
		lt := strings.ToLower(t)
		if isCap(t) && isWord(t) {
			if _, month := months[lt]; k != last || leadingNonSpeaker[t] || month {
				break
			}
			last = k + 1
			continue
		}
		if !isWord(t) || stopWords[lt] || finite[lt] || speechVerbs[lt] || determiners[t] ||
			strings.HasSuffix(lt, "ed") || strings.HasSuffix(lt, "ing") {
			break // a verb or a new phrase: the subject has ended
		}
		if roleLike(lt) {
			last = k + 1
		}
	}
	end = last
	return end
}

// quotedVerbs pass on what someone else said: "State media quoted the
// minister saying …", "Reuters cited an official as saying …".
var quotedVerbs = set(`quoted quotes cited cites`)

// quotedSaying: "<medium> quoted <speaker> [as] saying [when] [that]
// CONTENT": the words are the speaker's, not the medium's.
func (x *extractor) quotedSaying(s string, toks []token) *attribution {
	for v := 1; v+2 < len(toks); v++ {
		if !quotedVerbs[toks[v].text] {
			continue
		}
		p := v + 1
		for p < len(toks) && p-v <= 12 && !participles[strings.ToLower(toks[p].text)] {
			p++
		}
		if p >= len(toks) || p-v > 12 || strings.ToLower(toks[p].text) != "saying" {
			continue
		}
		end := p
		if strings.EqualFold(toks[end-1].text, "as") {
			end--
		}
		if toks[end-1].text == "," {
			end--
		}
		np := toks[v+1 : end]
		if st, _, ok := npCore(np, len(np)); !ok || st != 0 {
			continue
		}
		e, mention := x.resolve(np, "")
		if e == nil {
			continue
		}
		rest := skipModifiers(s[toks[p].end:], false)
		cstart := len(s) - len(rest)
		content := strings.TrimSpace(rest)
		if !hasContent(content) {
			continue
		}
		return &attribution{speaker: e, mention: mention, region: s[toks[p].start:cstart], content: splitAndParticiple(content)}
	}
	return nil
}

// andParticipleRE is a second thing said, joined by "and" and a
// participle: "… within reach and warning against …".
var andParticipleRE = regexp.MustCompile(`\s+and\s+([a-z]+ing)\s`)

// splitAndParticiple cuts "A and warning B" into A and "warning B", and
// "A, adding that B" into A and B.
func splitAndParticiple(c string) []string {
	if m := andParticipleRE.FindStringSubmatchIndex(c); m != nil {
		return append([]string{c[:m[0]]}, splitParticiple(c[m[2]:])...)
	}
	return splitParticiple(c)
}

// asPutIt: "As the columnist Ruth Kale put it, “…”", "…, as one delegate
// puts it, “…”" and "But as the Herald noted on Monday, the mayor “…”": the
// words after are the one who put it so.
func (x *extractor) asPutIt(s string, toks []token) *attribution {
	for i := 0; i+3 < len(toks); i++ {
		if !strings.EqualFold(toks[i].text, "as") || i > 0 && toks[i-1].text != "," && toks[i-1].text != "—" && isWord(toks[i-1].text) && !asOpeners[toks[i-1].text] {
			continue
		}
		// "as … put it" or "as … noted": the verb and where its object ends.
		j, after := i+2, 0
		for ; j < len(toks) && j-i <= 12 && isWord(toks[j].text); j++ {
			if (toks[j].text == "put" || toks[j].text == "puts") && j+1 < len(toks) && toks[j+1].text == "it" {
				after = j + 2
				break
			}
			if lw := toks[j].text; speechVerbs[lw] && !finite[toks[j-1].text] && (i == 0 || !isWord(toks[i-1].text) || asOpeners[toks[i-1].text]) {
				after = j + 1
				break
			}
		}
		if after == 0 {
			continue
		}
		if _, _, ok := npCore(toks, j); !ok && subjectEnd(toks, i+1, j) != j {
			continue
		}
		// "put it in a lengthy interview,": the aside runs to its comma.
		c := after
		for c < len(toks) && toks[c].text != "," && toks[c].text != ":" && placeholder(toks[c].text) < 0 && c-j < 10 {
			c++
		}
		if c >= len(toks) {
			continue
		}
		rest := c
		if toks[c].text == "," || toks[c].text == ":" {
			rest = c + 1
		}
		if !holdsQuote(toks[rest:]) || rest >= len(toks) {
			continue
		}
		e, mention := x.resolve(toks[i+1:j], "")
		if e == nil {
			continue
		}
		content := s[toks[rest].start:]
		if i > 0 {
			content = s[:toks[i-1].start] + " " + content
		}
		return &attribution{speaker: e, mention: mention, region: s[toks[i].start:toks[c].end], content: []string{content}}
	}
	return nil
}

// asOpeners may stand before an "as" that opens the sentence: "But as the
// mayor put it, …".
var asOpeners = set(`But And So Yet Still`)

// withParticiple: "…, with Senator Paul Ames calling the text “…”": the
// one named after "with" speaks, not the sentence's subject.
func (x *extractor) withParticiple(s string, toks []token) *attribution {
	for i := 0; i+2 < len(toks); i++ {
		if !strings.EqualFold(toks[i].text, "with") || i > 0 && toks[i-1].text != "," {
			continue
		}
		end := subjectPhrase(toks, i+1)
		p := end
		for p < len(toks) && p-end < 2 && strings.HasSuffix(toks[p].text, "ly") && !isCap(toks[p].text) {
			p++ // "with the mayor reportedly yelling"
		}
		if end <= i+1 || p >= len(toks) || end-i > 12 || !participles[toks[p].text] && !closingVerbs[strings.TrimSuffix(toks[p].text, "ing")+"ed"] {
			continue
		}
		if !holdsQuote(toks[p+1:]) {
			continue
		}
		e, mention := x.resolve(toks[i+1:end], "")
		if e == nil {
			continue
		}
		cs := p + 1
		if cs < len(toks) && toks[cs].text == ":" {
			cs++
		}
		if cs < len(toks) && toks[cs].text == "that" {
			cs++
		}
		if cs >= len(toks) {
			continue
		}
		return &attribution{speaker: e, mention: mention, region: s[toks[i].start:toks[p].end], content: []string{s[toks[cs].start:]}}
	}
	return nil
}

// holdsQuote: one of toks is a quotation's mark of the masking.
func holdsQuote(toks []token) bool {
	return slices.ContainsFunc(toks, func(t token) bool { return placeholder(t.text) >= 0 })
}

// namingVerbs name what someone named: "what he called …".
var namingVerbs = set(`called calls described describes termed terms dubbed dubs labeled labelled`)

// whatTheyCalled: "Ban condemned what he called a “brazen breach”": "he"
// is the sentence's own subject, not the last speaker.
func (x *extractor) whatTheyCalled(s string, toks []token) *attribution {
	for i := 2; i+3 < len(toks); i++ {
		if !strings.EqualFold(toks[i].text, "what") || !namingVerbs[toks[i+2].text] {
			continue
		}
		switch toks[i+1].text {
		case "he", "she", "they":
		default:
			continue
		}
		if !holdsQuote(toks[i+3:]) {
			return nil
		}
		st := leadEnd(toks, i)
		en := subjectPhrase(toks, st)
		if en <= st || en >= i || !isWord(toks[en].text) || isCap(toks[en].text) {
			return nil
		}
		if _, ok := pronouns[toks[st].text]; ok {
			return nil // a pronoun subject: the usual reading finds it
		}
		for _, t := range toks[en:i] {
			if t.text == "," || placeholder(t.text) >= 0 {
				return nil
			}
		}
		e, mention := x.resolve(toks[st:en], "")
		if e == nil {
			return nil
		}
		return &attribution{speaker: e, mention: mention, region: s[:toks[i].start], content: []string{s}}
	}
	return nil
}

// verbParticles follow a verb of a closing attribution: "shot back", "cut
// in", "piped up".
var verbParticles = set(`back in up out`)

// pastVerbAt: toks[v] is a verb in the past ("barked", "shot") and where
// it ends, with its particle ("shot back").
func pastVerbAt(toks []token, v int) (end int, ok bool) {
	w := toks[v].text
	lw := strings.ToLower(w)
	if !isWord(w) || isCap(w) || !(strings.HasSuffix(lw, "ed") && len(lw) > 4 || irregularPast[lw]) || finite[lw] {
		return 0, false
	}
	if v+1 < len(toks) && verbParticles[toks[v+1].text] {
		return v + 2, true
	}
	return v + 1, true
}

// openQuoteBefore: the quotation that opens the sentence just before
// toks[c0] ends in a comma, a question or an exclamation, so the sentence
// goes on with who said it.
func (x *extractor) openQuoteBefore(toks []token, c0 int) bool {
	k := c0 - 1
	if k == 1 && toks[k].text == "," {
		return placeholder(toks[0].text) >= 0
	}
	if k != 0 {
		return false // a quotation inside the sentence may end in a comma of its own
	}
	n := placeholder(toks[k].text)
	if n < 0 || n >= len(x.quotes) {
		return false
	}
	q := x.quotes[n]
	last := strings.TrimRight(q.parts[len(q.parts)-1], "”’\" ")
	return strings.HasSuffix(last, ",") || strings.HasSuffix(last, "?") || strings.HasSuffix(last, "!") || strings.HasSuffix(last, "—")
}

// verbAfterOpenQuote: "“…,” Bennett shot back with a laugh", "“…!” the
// man beamed": right after a quotation left open by its comma, question or
// exclamation, the verb after the speaker is how it was said, whatever the
// verb.
func (x *extractor) verbAfterOpenQuote(toks []token, c0, v int) (end int, ok bool) {
	if c0 < 1 || !afterQuote(toks, c0) || !x.openQuoteBefore(toks, c0) {
		return 0, false
	}
	if v > c0 {
		if st, _, _, ok := looseNP(toks, c0, v); !ok || st != c0 {
			return 0, false // the speaker stands right before the verb
		}
	}
	return pastVerbAt(toks, v)
}

// pastClosingFollows: after a quotation that asks or exclaims, a name or
// "he" and a verb in the past close it, whatever the verb: "…?” Bennett
// shot back with a laugh."
func pastClosingFollows(s string) bool {
	toks := tokenize(s)
	for v := 1; v < len(toks) && v <= 3; v++ {
		if end, ok := pastVerbAt(toks, v); ok && namedSpeaker(toks[:v]) {
			return end >= len(toks) || toks[end].text == "," || toks[end].text == "." || trailingModifier(toks, end) || toks[end].text == "with"
		}
	}
	return false
}

// namedSpeaker: words that can only be who spoke when they follow a
// quotation: "he", "she", or a name of up to three capitalised words.
func namedSpeaker(words []token) bool {
	if len(words) == 1 && (words[0].text == "he" || words[0].text == "she" || words[0].text == "they") {
		return true
	}
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !isCap(w.text) || !isWord(w.text) || notNames[w.text] {
			return false
		}
	}
	return true
}
