package corpus

import (
	"regexp"
	"strings"

	"github.com/talkbot/talkbot/lexicon"
)

// A sentence whose verb is not one of saying may still quote its own
// subject: "Ames cited the ruling as “a gift to the lobbyists”", "Kerr and
// Lund call them “lone wolves”", "The clip says the senator “has no plan”",
// "Following a late meeting, the council issued a statement calling the
// launch “a breach”". This file reads that subject when subjectQuote,
// which takes only a plain subject at the very start, does not.

// titleCues stand before a capitalised quotation that is words someone
// used, not the title of a work: "referred to him as “Mr. Fix-It”", "the
// slogan “Steady Hands”", "a goal of “Calm Through Talks”".
var titleCues = set(`as phrase term terms slogan slogans word words label labels nickname nicknames headline motto chant chants of
	called calling dubbed dubbing labeled labelled branded nicknamed sings sang singing chanting chanted`)

// quotedAt finds the first quotation in toks[from:]: a quote mark of the
// masking, or a capitalised quotation kept in place as a title after a
// cue that makes it someone's words. It returns -1 when there is none.
func quotedAt(toks []token, from int) int {
	for k := from; k < len(toks); k++ {
		if placeholder(toks[k].text) >= 0 {
			return k
		}
		if t := toks[k].text; (t == "“" || t == "\"") && k > 0 && (titleCues[strings.ToLower(toks[k-1].text)] || namedWords(toks, k)) {
			return k
		}
	}
	return -1
}

// labelVerbs put a name, a label or a verdict on what they govern.
var labelVerbs = lexicon.LabelVerbSet()

// namedWords: the capitalised quotation kept in place as a title at k is
// in what a verb of naming, denouncing or saying over governs, or follows
// "as" and an article, and no work stands beside it: "denounced the new
// “Ports First” alliance", "rated the claim “Misleading”", "referred to
// the treaty as the “Great Betrayal”" are the subject's words; "the
// “Night Watch” series", "the talk show “Harbor Lights”" are titles.
func namedWords(toks []token, k int) bool {
	if workBeside(toks, k) {
		return false
	}
	onlyArticles := true // toks[j+1:k] are articles and possessives alone
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		t := toks[j].text
		lt := strings.ToLower(t)
		switch {
		case labelVerbs[lt] && !isCap(t):
			return !passive(toks, j)
		case titleCues[lt] && lt != "of" && j < k-1 && onlyArticles:
			// "as the “…”", "called the “…”": a cue before an article;
			// not "as the “…” comment" after "as bold as" nor "was
			// called the “…”", where the words are someone else's.
			return !passive(toks, j) && !(lt == "as" && (comparative(toks, j) || quoteModifies(toks, k)))
		case !isWord(t) || relatives[lt] || subordinators[lt] && lt != "of" && lt != "to" || lt == "and" || lt == "or" || lt == "but" ||
			prepositions[lt] && lt != "of" && lt != "to" || strongVerb(t) && !strings.Contains(t, "-") || lexicon.IsOutletWord(stripPossessive(t)):
			return false
		}
		onlyArticles = onlyArticles && (determiners[lt] || lt == "so-called" || strings.HasSuffix(norm(lt), "'s"))
	}
	return false
}

// passive: the verb at v is a participle after a form of "be" ("was
// dubbed", "has been called", "will informally be rated"): the one it
// names did not say the words.
func passive(toks []token, v int) bool {
	for j := v - 1; j >= 0 && v-j <= 3; j-- {
		lt := strings.ToLower(toks[j].text)
		if passiveAuxiliaries[lt] {
			return true
		}
		if !adverbs[lt] && !strings.HasSuffix(lt, "ly") {
			return false
		}
	}
	return false
}

// comparative: the "as" at j closes a comparison ("as bold as the …").
func comparative(toks []token, j int) bool {
	for i := j - 1; i >= 0 && j-i <= 5; i-- {
		if strings.EqualFold(toks[i].text, "as") {
			return true
		}
	}
	return false
}

// quoteModifies: the quotation at k stands before a noun it qualifies
// ("the “1960s” comment"), not at the end of a phrase of its own.
func quoteModifies(toks []token, k int) bool {
	j := quoteCloseNear(toks, k)
	return j >= 0 && j+1 < len(toks) && isWord(toks[j+1].text) && !isCap(toks[j+1].text) && !stopWords[toks[j+1].text] &&
		!prepositions[toks[j+1].text] && !subordinators[toks[j+1].text] && !relatives[toks[j+1].text] && toks[j+1].text != "and"
}

// quoteCloseNear is where the quotation opened at k closes, within eight
// tokens, or -1.
func quoteCloseNear(toks []token, k int) int {
	for j := k + 1; j < len(toks) && j-k <= 8; j++ {
		if t := toks[j].text; t == "”" || t == "\"" {
			return j
		}
	}
	return -1
}

// workBeside: a noun naming a work stands just before the quotation at k
// ("the talk show “…”") or just after it closes ("the “…” series").
func workBeside(toks []token, k int) bool {
	if k > 0 && lexicon.IsWorkNoun(strings.ToLower(toks[k-1].text)) {
		return true
	}
	j := quoteCloseNear(toks, k)
	return j >= 0 && j+1 < len(toks) && lexicon.IsWorkNoun(strings.ToLower(toks[j+1].text))
}

// expletives open a sentence in the place of a subject that speaks: "It’s
// been common for …", "There have been …", "More important, …".
var expletives = set(`It's That's There's Here's What's There Here More Most Much Such This These Those`)

// notSpeaker: a word that opens a sentence alone is no speaker when it is
// an expletive ("It’s", "There") or a pronoun with its verb ("He’s").
func notSpeaker(w string) bool {
	n := norm(w)
	if expletives[n] {
		return true
	}
	if i := strings.Index(n, "'"); i > 0 && (pronouns[n[:i]] != "" || n[:i] == "It" || n[:i] == "I" || n[:i] == "We" || n[:i] == "You") {
		return true
	}
	return false
}

// irregularPast are past forms a verb after a subject may take that do not
// end in "-ed".
var irregularPast = set(`ran made took gave sang put wore began came went brought held kept left led met paid saw sent spent stood
	thought won drew hit set struck threw told said wrote spoke chose shot fought sought taught caught felt found
	got heard knew let lost meant read rode rose sold shut sat slept stuck swore tore understood woke`)

// strongVerb: a word that is a verb wherever it stands ("brought",
// "cited", "has").
func strongVerb(w string) bool {
	lw := strings.ToLower(w)
	return !isCap(w) && (strings.HasSuffix(lw, "ed") || irregularPast[lw] || finite[lw] || speechVerbs[lw])
}

// verbLike: toks[v] can be the verb of a clause whose subject ends just
// before it; plural says the subject is plural, so a bare verb ("call")
// will do.
func verbLike(toks []token, v int, plural bool) bool {
	t := toks[v].text
	if !isWord(t) || isCap(t) || determiners[t] || prepositions[t] || isNumber(t) {
		return false
	}
	lt := strings.ToLower(t)
	switch {
	case finite[lt] && lt != "be" && lt != "been":
		return true
	case lt == "may" || lt == "might" || lt == "must" || lt == "should":
		return true
	case stopWords[lt] || lt == "who" || lt == "which" || lt == "whose":
		return false
	case strings.HasSuffix(lt, "ed") || irregularPast[lt] || speechVerbs[lt] || closingVerbs[lt]:
		return true
	case strings.HasSuffix(lt, "s") && !strings.HasSuffix(lt, "ss") && !strings.HasSuffix(lt, "ous") && !strings.HasSuffix(lt, "'s") && !strings.HasSuffix(lt, "’s"):
		return true
	}
	return plural && !strings.HasSuffix(lt, "ing") && !strings.HasSuffix(lt, "ly")
}

// ordinals open a sentence as a step of a list ("First, …", "Second, …").
var ordinals = set(strings.Join(lexicon.Ordinals(), " "))

// subjectStarts are where the subject of a sentence may begin: its first
// word, and, after a leading clause ("After a short, tense
// session, …", "Speaking to reporters on Monday in Ohio,
// which votes next week, …"), the word after each comma before limit.
func subjectStarts(toks []token, limit int) (starts []int) {
	starts = []int{0}
	if len(toks) == 0 {
		return starts
	}
	defer func() {
		// "The count is not final, but the Reyes campaign is already
		// claiming …": a main clause after ", but" has a subject of its own.
		for k := 2; k+1 < limit && k < 45; k++ {
			if (toks[k].text == "but" || toks[k].text == "yet") && toks[k-1].text == "," || toks[k].text == ";" {
				starts = append(starts, k+1)
			}
		}
	}()
	first := toks[0].text
	lead := leadingNonSpeaker[first] || numberWords[strings.ToLower(strings.SplitN(first, "-", 2)[0])] || strings.HasSuffix(first, "ly") && isCap(first) || strings.HasSuffix(first, "ing") && isCap(first) || isNumber(first) ||
		strings.Contains(first, "-") && isCap(first) && !isName([]string{first, "X"}) ||
		len(toks) > 1 && toks[1].text == "," && ordinals[strings.ToLower(first)] // "First, …"
	if !lead {
		return starts
	}
	for k := 1; k < limit && k < 45; k++ {
		if toks[k].text == "," && k+1 < limit {
			starts = append(starts, k+1)
		}
	}
	return starts
}

// ownSubject reads "[leading clause,] SUBJECT [, appositive,] [adverbs or a
// short phrase] VERB … “QUOTE” …": the quotation is the subject's, and so
// is the sentence, kept whole as what the subject said or did in words.
// The subject must be someone or something that speaks: a person, a role,
// an organisation, a pair of names, or a document or clip.
func (x *extractor) ownSubject(s string, toks []token) *attribution {
	q := quotedAt(toks, 0)
	if q < 2 {
		return nil
	}
	for _, st := range subjectStarts(toks, q) {
		for st < q && (toks[st].text == "And" || toks[st].text == "But" || toks[st].text == "So" || toks[st].text == "Then") {
			st++
		}
		if st >= q || placeholder(toks[st].text) >= 0 {
			continue
		}
		if a := x.ownSubjectAt(s, toks, st, q); a != nil {
			return a
		}
	}
	return x.innerSubject(s, toks, q)
}

// innerOpeners open a clause inside a sentence that may have a subject
// of its own.
var innerOpeners = set(`when as after though although because since where while until once and if`)

// innerSubject: when the sentence's own subject does not take the
// quotation, a clause inside it may, nearest the quotation first: "The
// party's rout was complete when Ames in her first speech called the
// plan “a fraud”", "… as Reyes denounced the tests and pledged to stop
// “reckless drills”". What was said is the clause from its subject on.
func (x *extractor) innerSubject(s string, toks []token, q int) *attribution {
	for k := q - 2; k > 0; k-- {
		if !innerOpeners[toks[k].text] {
			continue
		}
		st := k + 1
		if _, ok := pronouns[toks[st].text]; ok || !isCap(toks[st].text) && !determiners[toks[st].text] {
			continue // "he", "she": the usual readings find them
		}
		e, mention, v := x.subjectVerb(toks, st, q)
		if e == nil || otherSpeakerBetween(toks, v, q) || speakerBetween(toks, v, q) || saidOfSubject(toks, v) {
			continue
		}
		return &attribution{speaker: e, mention: mention, region: s[toks[st].start:toks[v].start], content: []string{s[toks[st].start:]}}
	}
	return nil
}

// ownSubjectAt reads the subject at st and its verb before the quotation
// at q.
func (x *extractor) ownSubjectAt(s string, toks []token, st, q int) *attribution {
	e, mention, v := x.subjectVerb(toks, st, q)
	if e == nil {
		e, mention, v = x.thingSubject(toks, st, q)
	}
	if e == nil || otherSpeakerBetween(toks, v, q) || saidOfSubject(toks, v) {
		return nil
	}
	a := &attribution{speaker: e, mention: mention, region: s[:toks[v].start], content: []string{s}}
	x.secondSpeaker(a, s, toks[v].end)
	return a
}

// secondSpeaker: "Ames refers to him as “…,” while Reyes calls him “…”":
// a second clause after from, with a speaker of its own, takes the
// quotations in it from a, whose content is the whole sentence s.
func (x *extractor) secondSpeaker(a *attribution, s string, from int) {
	if a.next != nil || len(a.content) != 1 || a.content[0] != s {
		return
	}
	e := a.speaker
	for _, m := range clauseJoinRE.FindAllStringIndex(s[from:], -1) {
		cut := from + m[0]
		rest := s[from+m[1]:]
		rt := tokenize(rest)
		if quotedAt(rt, 0) < 0 || !isCap(rest) && !strings.HasPrefix(rest, "the ") {
			continue
		}
		next := x.preAttribution(rest, rt)
		if next == nil || !strings.HasPrefix(rest, next.mention) {
			next = x.ownSubject(rest, rt)
		}
		if next != nil && next.speaker != e && strings.HasPrefix(rest, strings.Fields(next.mention + " x")[0]) {
			a.content = []string{s[:cut]}
			a.next = next
			return
		}
	}
}

// clauseJoinRE joins two clauses of a sentence: ", while", ", but", "; ",
// " - but", " and".
var clauseJoinRE = regexp.MustCompile(`(?:,\s+|\s+[-–—]\s+)(?:and|while|but|yet|whereas)\s+|;\s+|\s+(?:and|while|whereas)\s+`)

// subjectVerb reads the subject that starts at st and finds its verb
// before limit: the speaker it names, how, and where the verb is (nil
// when the words at st are not a speaker and a verb).
func (x *extractor) subjectVerb(toks []token, st, q int) (*entity, string, int) {
	en, plural := st, false
	var e *entity
	mention := ""
	if j := capRun(toks, st); j > st && j+1 < q && toks[j].text == "and" && isCap(toks[j+1].text) && !leadingNonSpeaker[toks[st].text] {
		// "Kerr and Lund call them …": two named speakers at once.
		if j2 := capRun(toks, j+1); j2 > j+1 && j2 < q {
			a, m1 := x.resolve(toks[st:j], "")
			b, m2 := x.resolve(toks[j+1:j2], "")
			if a != nil && b != nil && a.person && b.person {
				e = &entity{name: a.name + " and " + b.name, plural: true}
				e.addHeads(strings.ToLower(lastWord(a.name)), strings.ToLower(lastWord(b.name)))
				mention = m1 + " and " + m2
				en, plural = j2, true
			}
		}
	}
	if e == nil {
		en = subjectPhrase(toks, st)
		if en <= st || en >= q {
			return nil, "", 0
		}
		// "Several senior Democrats": a capitalised noun of public life
		// ends the phrase.
		for en < q && isCap(toks[en].text) && roleLike(strings.ToLower(toks[en].text)) && !isCap(toks[en-1].text) {
			en++
		}
		words := texts(toks[st:en])
		if w := words[0]; len(w) > 1 && strings.ToUpper(w) == w && isCap(w) {
			return nil, "", 0 // a dateline: "JACKSON, Miss. - …"
		}
		if len(words) == 1 && numberWords[strings.ToLower(strings.SplitN(words[0], "-", 2)[0])] {
			return nil, "", 0 // "Twenty-two years ago, …"
		}
		head := strings.ToLower(norm(words[len(words)-1]))
		if strings.HasSuffix(head, "'s") || strings.HasSuffix(head, "s'") {
			return nil, "", 0 // "Trump’s policy …": the subject is what follows
		}
		if len(words) == 1 && isCap(words[0]) && notNames[words[0]] && !orgName(words[0]) || weekdayOrMonth(words[len(words)-1]) {
			return nil, "", 0
		}
		if _, ok := pronouns[words[0]]; ok && len(words) == 1 {
			return nil, "", 0 // a pronoun subject: the usual readings find it
		}
		if !isCap(words[len(words)-1]) && !roleLike(head) && !roleNouns[head] && !institutions[head] {
			return nil, "", 0
		}
		plural = strings.HasSuffix(head, "s") && !isCap(words[len(words)-1])
	}
	v := en
	appos := ""
	if toks[v].text == "(" && v+1 < q && relatives[toks[v+1].text] {
		// "Clearcheck (which is not known as partisan) rated it …": a
		// relative clause in brackets stands apart from the verb (not a
		// party tag, "Ames (D-Vt.)", which the readings of speech take).
		if c := indexOf(toks, ")", v+1, min(q, v+16)); c > v+1 && c+1 < q {
			v = c + 1
		}
	}
	if toks[v].text == "," {
		// "Kerr, who has long called the plan “…”, clearly meant …"
		k := v + 1
		for k < q && toks[k].text != "," && k-v < 25 {
			k++
		}
		if k >= q {
			return nil, "", 0
		}
		words := texts(toks[v+1 : k])
		switch {
		case e == nil && isName(words):
			// "His old deputy, Lena Fisk, called …": the name is the subject.
			if role := texts(toks[st:en]); hasRole(role) {
				if determiners[strings.ToLower(role[0])] {
					role = role[1:]
				}
				appos = strings.Join(role, " ")
			}
			st, en = v+1, k
		case len(words) > 0 && isArticle(words[0]) && hasRole(words[1:]):
			appos = strings.Join(words[1:], " ")
		}
		v = k + 1
	}
	// A short phrase between the subject and its verb: "on Tuesday", "of
	// the National Review", "with long ties to both parties".
	if v < q && (prepositions[toks[v].text] || toks[v].text == "during") {
		found := -1
		for k := v + 1; k < q && k-v <= 8; k++ {
			t := toks[k].text
			if !isWord(t) && t != "." {
				break
			}
			if k > v+1 && verbLike(toks, k, plural) && strongVerb(t) {
				found = k
				break
			}
		}
		if found < 0 {
			return nil, "", 0
		}
		v = found
	}
	for v < q && (adverbs[strings.ToLower(toks[v].text)] && !finite[strings.ToLower(toks[v].text)] || strings.HasSuffix(toks[v].text, "ly") && !isCap(toks[v].text)) && v-en < 6 {
		v++
	}
	if v >= q || !verbLike(toks, v, plural) {
		return nil, "", 0
	}
	// "a fundraising email sent out by Ames warned": the one who sent it.
	if e == nil && !isCap(toks[en-1].text) && roleLike(strings.ToLower(toks[en-1].text)) && !roleNouns[strings.ToLower(toks[en-1].text)] {
		for k := v + 1; k < q && k <= v+2; k++ {
			if toks[k].text == "by" && isCap(toks[k+1].text) {
				if j := capRun(toks, k+1); j > k+1 {
					e, mention = x.resolve(toks[k+1:j], "")
				}
				break
			}
		}
	}
	if e == nil {
		e, mention = x.resolve(toks[st:en], appos)
		if e == nil || plural && e.person {
			return nil, "", 0 // "the foreign ministers" are not the one minister named before
		}
	}
	return e, mention, v
}

// otherSpeakerBetween: between the verb of a sentence at v and its
// quotation at q, someone else may take the words: "… a man who shouted
// “…”", "… were odd - Lakeside Polling: “…”", "…, with the crowd chanting
// “…”", "… an incident Holt brought up as “…”".
func otherSpeakerBetween(toks []token, v, q int) bool {
	if speechVerbs[strings.ToLower(toks[v].text)] {
		return false // what follows is the subject's report
	}
	for k := v + 1; k < q; k++ {
		t := toks[k].text
		if lt := strings.ToLower(t); lt == "that" || participles[lt] || speechVerbs[lt] {
			return false // "… saying that a rival had …": reported by the subject
		}
		switch {
		case t == ";" || t == "with" && toks[k-1].text == ",":
			return true
		case t == "who" && q-k <= 5:
			for _, u := range toks[k+1 : q] {
				if lu := strings.ToLower(u.text); speechVerbs[lu] || closingVerbs[lu] {
					return true
				}
			}
		case dashes[t] || signatureDashes[t]:
			// "- Lakeside Polling: “…”", "- More from the report: “…”"
			if j := capRun(toks, k+1); j > k+1 && j < len(toks) && (toks[j].text == ":" || j == q) || toks[q-1].text == ":" && q-k <= 10 {
				return true
			}
		}
		if pt := strings.ToLower(toks[k-1].text); isCap(t) && isWord(t) && k > v+1 && isWord(pt) && !isCap(toks[k-1].text) && !determiners[pt] && !prepositions[pt] &&
			!stopWords[pt] && !subordinators[pt] && !roleLike(pt) && !strings.HasSuffix(pt, "ed") && !strings.HasSuffix(pt, "ing") && !verbLike(toks, k-1, false) {
			j := capRun(toks, k)
			for j < q && j-k < 6 && adverbs[toks[j].text] && !finite[toks[j].text] {
				j++
			}
			if j < q && strongVerb(toks[j].text) {
				return true
			}
		}
	}
	return false
}

// subordinators open a clause whose subject is not a speaker of its own.
var subordinators = set(`whether that if how why what when where because although though until unless than against about
	over under into through between among toward towards without like after before during`)

// sentenceSubject is the speaker a sentence that quotes nobody names as
// its subject, or nil.
func (x *extractor) sentenceSubject(toks []token) *lastSaid {
	starts := subjectStarts(toks, len(toks))
	for _, st := range starts {
		if e, mention, _ := x.subjectVerb(toks, st, len(toks)); e != nil {
			return &lastSaid{speaker: e, mention: mention, para: x.para}
		}
	}
	for _, st := range starts {
		if e, mention := x.asideSubject(toks, st); e != nil {
			return &lastSaid{speaker: e, mention: mention, para: x.para}
		}
	}
	return nil
}

// asideSubject reads a subject whose aside between commas comes before its
// verb, where subjectVerb does not: a name with a party tag and a relative
// clause ("Sen. Ada Reyes (Vt.), who lost the primary to her, identified
// …"), or a role with a phrase of its own and the name in the aside ("Her
// old partner at the firm, Ola Brun, called him …"). The person named
// speaks.
func (x *extractor) asideSubject(toks []token, st int) (*entity, string) {
	if st >= len(toks) || leadingNonSpeaker[toks[st].text] {
		return nil, "" // "With Ames, it is …": a leading phrase
	}
	c1 := indexOf(toks, ",", st+1, min(len(toks), st+14))
	if c1 < 0 {
		return nil, ""
	}
	c2 := indexOf(toks, ",", c1+2, min(len(toks), c1+26))
	if c2 < 0 {
		return nil, ""
	}
	for k := c1 + 1; k < c2; k++ {
		if placeholder(toks[k].text) >= 0 {
			return nil, ""
		}
	}
	v := c2 + 1
	for v < len(toks) && adverbs[strings.ToLower(toks[v].text)] && !finite[strings.ToLower(toks[v].text)] {
		v++
	}
	if v >= len(toks) || !strongVerb(toks[v].text) || !verbLike(toks, v, false) {
		return nil, ""
	}
	head := c1
	if toks[head-1].text == ")" {
		// "Sen. Ada Reyes (Vt.)": the party tag is no part of the name.
		if o := lastIndexOf(toks, "(", st, head-1); o > st {
			head = o
		}
	}
	if words := texts(toks[st:head]); x.namesPerson(words) {
		if a := texts(toks[c1+1 : c2]); len(a) > 0 && (relatives[a[0]] || isArticle(a[0])) {
			return x.resolve(toks[st:head], "")
		}
	}
	if n := toks[c1+1 : c2]; len(n) >= 2 && isName(texts(n)) && x.namesPerson(texts(n)) && hasRole(texts(toks[st:c1])) {
		return x.resolve(n, "")
	}
	return nil, ""
}

// onlyQuotes: a sentence that is quotations and nothing else.
func onlyQuotes(toks []token) bool {
	for _, t := range toks {
		if placeholder(t.text) < 0 && isWord(t.text) {
			return false
		}
	}
	return true
}

// touchOwnSubject makes the person a sentence opens with, before its
// first quotation, the one its pronouns refer to: in "Senator Ames
// scolded him: “…,” she said", "she" is Ames.
func (x *extractor) touchOwnSubject(toks []token) {
	q := quotedAt(toks, 0)
	if q < 2 {
		return
	}
	pronoun := false
	for _, t := range toks {
		if k := pronouns[t.text]; k == "m" || k == "f" {
			pronoun = true
		}
	}
	if !pronoun {
		return
	}
	for _, st := range subjectStarts(toks, q) {
		if en := subjectPhrase(toks, st); en > st && en < q && toks[en].text == "," {
			continue // "The spokesperson, Ahmed Karimi, added": read where it is attributed
		}
		if e, _, _ := x.subjectVerb(toks, st, q); e != nil {
			if e.person {
				x.reg.touch(e)
			}
			return
		}
	}
}

// recordings show someone speaking: "footage of Holt saying …".
var recordings = lexicon.RecordingSet()

// recordingOf: "The ad uses footage of Mayor Holt saying on Monday, “…”",
// "The spot concludes with footage of Holt saying …": the one shown
// speaking, whoever the sentence's subject is.
func (x *extractor) recordingOf(s string, toks []token) *attribution {
	q := quotedAt(toks, 0)
	if q < 3 {
		return nil
	}
	for k := 1; k+2 < q && q-k <= 16; k++ {
		if toks[k].text != "of" || !recordings[toks[k-1].text] || !isCap(toks[k+1].text) {
			continue
		}
		j := capRun(toks, k+1)
		if j < q && (participles[toks[j].text] || chantParticiples[toks[j].text]) && q-j <= 8 {
			if e, mention := x.resolve(toks[k+1:j], ""); e != nil && e.person {
				return &attribution{speaker: e, mention: mention, region: s[:toks[j].end], content: []string{s[toks[q].start:]}}
			}
		}
	}
	return nil
}

// chantParticiples put a crowd's or a singer's words after the clause
// that names them: "…, when protesters interrupted her, shouting “…”".
var chantParticiples = set(`chanting shouting yelling singing screaming asking cheering`)

// clauseOpeners begin a clause inside a sentence with a subject of its own.
var clauseOpeners = set(`when where while as after before because since until though although and but`)

// chantClause: "<clause subject> <verb> …, chanting “…”": the words are
// the subject of the clause the participle closes, which may be a clause
// inside the sentence ("…, where about fifty protesters had gathered,
// chanting “…”").
func (x *extractor) chantClause(s string, toks []token) *attribution {
	q := quotedAt(toks, 0)
	if q < 3 {
		return nil
	}
	p := q - 1
	for p > 0 && (toks[p].text == "," || toks[p].text == ":") {
		p--
	}
	if !chantParticiples[toks[p].text] || p < 2 {
		return nil
	}
	// "…, with many marchers chanting “…”": those with the participle.
	for k := p - 2; k > 0 && p-k <= 7; k-- {
		if !isWord(toks[k].text) {
			break
		}
		if toks[k].text == "with" {
			if e, mention := x.resolve(toks[k+1:p], ""); e != nil && k+1 < p && !determiners[toks[p-1].text] {
				return &attribution{speaker: e, mention: mention, region: s[:toks[p].end], content: []string{s[toks[q].start:]}}
			}
			break
		}
	}
	starts := []int{}
	for k := p - 1; k > 0; k-- {
		if clauseOpeners[toks[k].text] {
			st := k + 1
			for st < p && (toks[st].text == "about" || toks[st].text == "some" || toks[st].text == "nearly" || toks[st].text == "roughly") {
				st++
			}
			starts = append(starts, st)
			break
		}
	}
	starts = append(starts, subjectStarts(toks, p)...)
	for _, st := range starts {
		if st >= p {
			continue
		}
		if e, mention, v := x.subjectVerb(toks, st, p); e != nil && v < p {
			return &attribution{speaker: e, mention: mention, region: s[:toks[p].end], content: []string{s[toks[q].start:]}}
		}
	}
	return nil
}

// subjectOpeners may open a subject that names no one: "The ad", "Her
// plan", "A footnote in the report".
var subjectOpeners = lexicon.SubjectOpenerSet()

// thingPrepositions join a phrase to the head of a subject: "a footnote
// in the report", "proponents of the bill".
var thingPrepositions = set(`of in for at from on by`)

// thingSubject reads a subject headed by any noun, not only a person or a
// role, and its verb before the quotation at q: "The ad concludes that …
// “…”", "The results also showed …", "A footnote in the report makes
// that clear: “…”", "Proponents of the bill, however, say …". Of the
// places the phrase may end, the longest one a verb follows is taken, so
// "The movie shows Bob …" reads "shows" as the verb and "The new rules
// say …" reads "rules" as the head.
func (x *extractor) thingSubject(toks []token, st, q int) (*entity, string, int) {
	if st >= q || !subjectOpeners[toks[st].text] && !(isCap(toks[st].text) && (plainNoun(toks[st].text) || openingAdjective(toks[st].text))) {
		return nil, "", 0
	}
	best, bestV := -1, -1
	inPhrase := false // inside a phrase of a preposition after the head
	for k := st + 1; k < q && k-st <= 10; k++ {
		t := toks[k].text
		lt := strings.ToLower(t)
		if thingPrepositions[lt] && !inPhrase && (k > st+1 || !subjectOpeners[toks[st].text]) {
			inPhrase = true
			continue
		}
		if inPhrase && (subjectOpeners[t] || determiners[t]) && thingPrepositions[strings.ToLower(toks[k-1].text)] {
			continue
		}
		if !isWord(t) || stopWords[lt] || finite[lt] || relatives[lt] || weekdayOrMonth(t) || determiners[t] && !inPhrase || !isCap(t) && (strings.HasSuffix(lt, "ly") || strongVerb(t)) {
			break
		}
		if strings.HasSuffix(norm(lt), "'s") || strings.HasSuffix(lt, "s'") {
			continue // "the party’s wisdom": the phrase goes on
		}
		// toks[st:k+1] is a phrase; a verb after it ends the subject.
		if v := verbAfterSubject(toks, k+1, q, strings.HasSuffix(lt, "s")); v > 0 && !linking(toks, v) &&
			(strongVerb(toks[v].text) || v+1 < q && isWord(toks[v+1].text) && !strongVerb(toks[v+1].text)) && !speakerBetween(toks, v, q) {
			best, bestV = k+1, v
			if strongVerb(toks[v].text) {
				break
			}
		}
	}
	if best < 0 {
		return nil, "", 0
	}
	h := best - 1
	for k := st + 2; k < best; k++ {
		if thingPrepositions[toks[k].text] {
			h = k - 1 // "the ministers of the two countries": the ministers
			break
		}
	}
	head := strings.ToLower(toks[h].text)
	if expletives[norm(toks[st].text)] && best == st+1 || timeWords[head] || roleNouns[head] || roleLike(head) {
		// Roles are subjectVerb's to read: "the foreign ministers" it
		// leaves alone are no one in particular.
		return nil, "", 0
	}
	e, mention := x.resolve(toks[st:best], "")
	if e == nil {
		return nil, "", 0
	}
	return e, mention, bestV
}

// linking: the verb at v, with the verbs that help it ("would be", "has
// been"), is a copula.
func linking(toks []token, v int) bool {
	for ; v < len(toks); v++ {
		lt := strings.ToLower(toks[v].text)
		if copulas[lt] {
			return true
		}
		if !finite[lt] && lt != "may" && lt != "might" && lt != "must" && lt != "not" {
			return false
		}
	}
	return false
}

// participleForms are the past participles that do not end in "-ed"
// ("seen", "given").
var participleForms = set(strings.Join(lexicon.IrregularForms(), " "))

// copulas link a subject to what someone else called it: in "The lack of
// places was “burdensome”" the quotation is not the lack's.
var copulas = lexicon.CopulaSet()

// passiveAuxiliaries before a participle make it passive: "was dubbed".
var passiveAuxiliaries = lexicon.PassiveAuxiliarySet()

// speakerBetween: a person or a role and a verb of their own stand between
// the verb at v and the quotation at q ("… when Ames called them “…”",
// "… that a spokesman could only quip: “…”"): the quotation is theirs.
func speakerBetween(toks []token, v, q int) bool {
	if speechVerbs[strings.ToLower(toks[v].text)] {
		return false // what follows is the subject's report
	}
	for k := v + 1; k < q; k++ {
		t := toks[k].text
		lt := strings.ToLower(t)
		j := k
		switch {
		case isCap(t) && isWord(t) && !notNames[t] && !determiners[strings.ToLower(toks[k-1].text)] && !prepositions[strings.ToLower(toks[k-1].text)] && !isCap(toks[k-1].text):
			j = capRun(toks, k)
			for j < q && (toks[j].text == "." || toks[j].text == "(" || toks[j].text == ")" || toks[j].text == "-" || isCap(toks[j].text)) && j-k < 12 {
				j++ // "Harry M. Reid (D-Nev.)"
			}
		case (roleNouns[lt] || roleLike(lt)) && !isCap(t):
			j = k + 1
			for j < q && j-k < 5 && (thingPrepositions[toks[j].text] || determiners[toks[j].text] || isCap(toks[j].text) && isWord(toks[j].text)) {
				j++ // "a spokesman for Bernie Sanders"
			}
		case lt == "by" && k > v+1 && (strongVerb(toks[k-1].text) || participleForms[toks[k-1].text]):
			return true // "an option seen by organizers as “…”"
		default:
			continue
		}
		for j < q && j-k < 14 && (adverbs[strings.ToLower(toks[j].text)] && !finite[strings.ToLower(toks[j].text)] || strings.HasSuffix(toks[j].text, "ly")) {
			j++
		}
		if j < q && (strongVerb(toks[j].text) || toks[j].text == "may" || toks[j].text == "might") {
			return true
		}
		k = max(k, j-1)
	}
	return false
}

// timeWords head a phrase of time, not a subject: "The day before, …".
var timeWords = lexicon.TimeWordSet()

// plainNoun: a capitalised word that may open a subject on its own
// ("Proponents of the bill", "Critics"): not a word that opens a sentence
// otherwise, an adverb or a participle.
func plainNoun(w string) bool {
	lw := strings.ToLower(w)
	return !leadingNonSpeaker[w] && !notNames[w] && !expletives[norm(w)] && !strings.HasSuffix(lw, "ly") && !strings.HasSuffix(lw, "ing") &&
		!strings.Contains(w, "'") && !strings.Contains(w, "’") && strings.HasSuffix(lw, "s") && !isCap(w[1:])
}

// verbAfterSubject finds the verb of a subject that ends at k, before q:
// right after it, after adverbs or after an aside in commas (", however,"),
// or -1.
func verbAfterSubject(toks []token, k, q int, plural bool) int {
	if k < q && toks[k].text == "," {
		c := indexOf(toks, ",", k+1, min(q, k+4))
		if c < 0 {
			return -1
		}
		for _, t := range toks[k+1 : c] {
			if !adverbs[strings.ToLower(t.text)] && !linkingAdverb(t.text) {
				return -1
			}
		}
		k = c + 1
	}
	for k < q && (adverbs[strings.ToLower(toks[k].text)] && !finite[strings.ToLower(toks[k].text)] || strings.HasSuffix(toks[k].text, "ly") && !isCap(toks[k].text)) {
		k++
	}
	if k >= q || !verbLike(toks, k, plural) || toks[k].text == "that" {
		return -1
	}
	return k
}

// linkingAdverb: an adverb that links a sentence to the one before it,
// set off in commas inside a clause ("…, however, say").
func linkingAdverb(w string) bool {
	lw := strings.ToLower(w)
	return lexicon.IsFunctionWord(lw) && strings.HasSuffix(lw, "ever") || lw == "though" || lw == "too" || lw == "meanwhile" || lw == "instead" || lw == "moreover"
}

// titleSubject is the one person a sentence opens with by title alone
// ("The Secretary-General, as you know, spoke …"), or nil.
func (x *extractor) titleSubject(toks []token) *entity {
	if len(toks) < 3 || toks[0].text != "The" {
		return nil
	}
	j := capRun(toks, 1)
	if j < 2 || j >= len(toks) || !allTitleWords(texts(toks[1:j])) {
		return nil
	}
	if e, _ := x.resolve(toks[:j], ""); e != nil && e.person {
		return e
	}
	return nil
}
