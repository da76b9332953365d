package bot

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkbot/talkbot/lexicon"
	"github.com/talkbot/talkbot/lexicon/wordnet"
)

// MaxQuestion is the longest question read; the rest is ignored.
const MaxQuestion = 500

// Question is a question understood by its parts: what kind of answer it
// wants, who is asked about, which talks, when, and the words left over.
// It is a plain value: a conversation can keep it and ask again with some
// parts changed (a follow-up "and in March?" keeps the speaker and changes
// the Scope). Parse makes one; Bot.AskQuestion answers one.
type Question struct {
	// Text is the question as cleaned (mentions, extra spaces gone).
	Text   string
	Intent Intent
	// Want is the kind of answer asked for.
	Want Want
	// Speaker is who said it, as the user wrote it: a name ("blinkin"), a
	// role or office ("the spokesperson", "the state department").
	Speaker string
	// About is a person or thing the statement must mention.
	About string
	// Phrase is the words quoted in the question; Verbatim means they
	// were in quotation marks and must be in the statement nearly as
	// written.
	Phrase   string
	Verbatim bool
	// Words are the remaining words asked about.
	Words string
	// Where is an outlet, show or meeting ("NBC News").
	Where string
	// Topic names the talks for status and timeline ("gaza", "iran
	// nuclear talks").
	Topic string
	// Scope is the date scope ("in March 2024", "as of June 3, 2024").
	Scope DateScope
	// AskedAbout is what a reporter asked about, for "what did X say when
	// asked about Y": the answer is the turn that follows the question.
	AskedAbout string
	// First asks for the earliest ("when did X first say …").
	First bool
	// Head is the thing a "what is the X of Y" question asks for ("target
	// deadline" in "what's the target deadline for the deal"): the answer
	// names it.
	Head string `json:",omitempty"`
	// Act is the verb whose doer a "who <verb>ed …" question asks for
	// ("brokered" in "who brokered the truce", and in "who is brokering
	// the truce"): the answer names who did it; or whose day "when was X
	// <done>" or "when did X <act>" asks for ("signed" in "when was the
	// deal signed", "pass" in "when did the assembly pass the charter"):
	// the answer says it was done.
	Act string `json:",omitempty"`
	// Limit is how many statements an answer may list; 0 means the
	// usual number. A conversation's "more" asks again with a higher one.
	Limit int `json:",omitempty"`
	// Occasion is when the words were said, told by an event ("after the
	// Istanbul talks", "before the army went back"): a statement that
	// names it fits better, one that does not still fits.
	Occasion string `json:",omitempty"`
}

// Want is the kind of answer a question asks for.
type Want string

// Kinds of answer.
const (
	WantStatement Want = "statement"
	WantPerson    Want = "person"
	WantDate      Want = "date"
	WantNumber    Want = "number"
	WantDuration  Want = "duration"
	WantPlace     Want = "place"
	WantReason    Want = "reason"
	WantRole      Want = "role"
	WantStatus    Want = "status"
)

var (
	quotedRE  = regexp.MustCompile(`["“”]([^"“”]{2,})["“”]|(?:^|\s)['‘]((?:[^'‘’]|['’]\w)+?)['’](?:[\s?.!,]|$)`)
	spaceRE   = regexp.MustCompile(`\s+`)
	mentionRE = regexp.MustCompile(`<[@#!&][^>]*>`)

	speechVerbRE = speechVerbs()

	helpRE   = regexp.MustCompile(`(?i)^(help|\?|commands|usage|how (do|can) i (use|ask)\b.*|what can (you|i) (do|ask)\b.*|hi|hello|hey)\W*$`)
	statusRE = regexp.MustCompile(`(?i)^(?:status|latest|update|news|what(?:'s|’s|s| is| are) the (?:latest|status|state|situation)(?: news| update)?(?: (?:of|on|in|about|with))?|where do (?:the )?(?:talks|negotiations|things) stand|where (?:are|is) (?:we|things|it)|how are (?:the )?(?:talks|negotiations|things) going|what(?:'s|’s|s| is) (?:new|happening|going on)|any (?:news|updates?))\b(.*)$`)
	// goingRE asks how named talks are going: "hows the yemen truce going".
	goingRE    = regexp.MustCompile(`(?i)^how(?:'s|’s|s| is| are) (?:the )?(.+?) (?:going|doing|progressing|coming along)$`)
	timelineRE = regexp.MustCompile(`(?i)^(?:timeline|chronology|history)\b(.*)$`)
	sourcesRE  = regexp.MustCompile(`(?i)^(?:sources|articles|what (?:articles|sources) (?:have you|do you)\b.*|which (?:articles|sources)\b.*)$`)
	// latestQuotesRE asks for someone's newest words: "latest quote from
	// grundberg", "most recent remarks by the envoy".
	latestQuotesRE = regexp.MustCompile(`(?i)^(?:the |any )?(?:latest|last|newest|most recent|recent) (?:quotes?|comments?|remarks?|statements?|words) (?:from|by|of) (.+)$`)
	quotesRE       = regexp.MustCompile(`(?i)^(?:quotes?(?: (?:from|by|of))?|what has (.+?) been quoted as saying)\s+(.+)$`)
	askWordRE      = regexp.MustCompile(`(?i)^(?:who|whom|whose|which|when|where|why|how)\b`)
	whoCmdRE       = regexp.MustCompile(`(?i)^who\s+(.+)$`)
	whoSaidRE      = regexp.MustCompile(`(?i)^(?:who|which (?:official|person|leader|diplomat|minister|side|country|group)s?) (?:(?:has|have|had|was|were) )?(?:first )?` + speechVerbRE + `(?: that| about| it)?\b\s*(.*)$`)
	callWithRE     = regexp.MustCompile(`(?i)^(?:with|to)\s+\S`)
	purposeRE      = regexp.MustCompile(`(?i)^what (?:is|are|was|were) .+ (?:meant|supposed|intended|designed) to\b`)
	whoCalledRE    = regexp.MustCompile(`(?i)^(?:who|which (?:official|person|leader|diplomat|minister|side|country|group)s?) (?:(?:has|have|had) )?(called|described|termed|labell?ed|branded|dubbed) (.+)$`)
	whoIsRE        = regexp.MustCompile(`(?i)^(?:who(?:'s| is| was| are)|tell me about|what do you know about) (.+)$`)
	whatSaidRE     = regexp.MustCompile(`(?i)^(?:what|what else|what exactly|how) (?:did|has|have|does|do|had|is|was) (.+?) (?:been )?(saying|` + speechVerbRE + `)\b\s*(.*)$`)
	onAboutRE      = regexp.MustCompile(`(?i)^(?:anything |something )?(?:on|about|regarding|concerning|of)\s+(.*)$`)
	didSayRE       = regexp.MustCompile(`(?i)^(?:did|has|have|had) (.+?) (?:ever |yet |already |publicly )?(?:` + speechVerbRE + `)\b\s*(.*)$`)
	saidNounRE     = regexp.MustCompile(`(?i)^(?:what (?:were|are|was|is) )?(.+?)(?:'s|’s) (?:comments|remarks|words|statements?|quotes?|position|view|views)\b\s*(.*)$`)
	whenSaidRE     = regexp.MustCompile(`(?i)^when (?:did|has|have|was|were) (.+?) (?:first )?` + speechVerbRE + `\b\s*(?:that\s+)?(.*)$`)
	whenRE         = regexp.MustCompile(`(?i)^(?:when|what day|on what date|what date|(?:at )?what time)\b\s*(.*)$`)
	whatDidRE      = regexp.MustCompile(`^(?i:what|which)(?: \w+)? (?i:did|has|have|does|do|had|is|was|will) ([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|(?i:the) [\w'’ -]+?|(?i:an?) [\w'’ -]+?|[a-z][\w'’.-]+) ([a-z]\w*)\b\s*(.*)$`)
	leadRE         = regexp.MustCompile(`(?i)^(?:(?:and|so|ok|okay|please|hey|talkbot|bot)[,:]?\s+)+|^(?:can|could) you (?:tell me|say)\s+|^(?:do you know|tell me)\s+`)
	whereRE        = regexp.MustCompile(`(?i)^(?:to|on|at|in an interview with|in an interview on|during|in) ((?:the |an? )?[\w'’. -]+?)(?:\s+(?:about|on|regarding|concerning)\s+(.*))?$`)
	aboutRE        = regexp.MustCompile(`(?i)^(?:about|on|regarding|concerning|of)\s+(.*)$`)
)

// speechVerbs is a pattern of the verbs of saying (speechVerbWords).
func speechVerbs() string {
	return wordTree(speechVerbWords())
}

// speechVerbWords are the verbs of saying: the project's lexicon of them,
// the plain ones questions use ("say", "tell", "mention") and the phrasal
// ones ("call for").
func speechVerbWords() []string {
	seen := map[string]bool{}
	var vs []string
	add := func(w string) {
		if w != "" && !seen[w] {
			seen[w] = true
			vs = append(vs, w)
		}
	}
	for _, w := range lexicon.SpeechVerbs() {
		// "what did France propose": a question about what was
		// proposed, whoever reported it, not about France's words.
		if !actVerbs[w] {
			add(w)
		}
	}
	for _, w := range lexicon.AskedSpeechVerbs() {
		add(w)
	}
	for v, parts := range lexicon.PhrasalVerbs() {
		if v == "according" {
			continue
		}
		for _, p := range strings.Fields(parts) {
			add(v + " " + p)
		}
	}
	return vs
}

// wordTree is a pattern matching any of words, as one tree of their
// letters ("ca(?:ll(?: for| on)?|ution(?:ed|s))"), the longer tried first
// where one word begins another, so "call for" is tried before "call": it
// matches what the words one after another, longest first, match, with
// the same preference, but in a fraction of the time: a regular
// expression that tries two hundred words in turn at every place of a
// question took one and a half to four times as long to match "who said
// …", "what did X say …" and "when did X say …".
func wordTree(words []string) string {
	type node struct {
		end  bool
		next map[rune]*node
	}
	root := &node{next: map[rune]*node{}}
	for _, w := range words {
		n := root
		for _, r := range w {
			if n.next[r] == nil {
				n.next[r] = &node{next: map[rune]*node{}}
			}
			n = n.next[r]
		}
		n.end = true
	}
	var branch func(n *node) string
	branch = func(n *node) string {
		if len(n.next) == 0 {
			return ""
		}
		var alts []string
		for _, r := range slices.Sorted(maps.Keys(n.next)) {
			alts = append(alts, regexp.QuoteMeta(string(r))+branch(n.next[r]))
		}
		if len(alts) == 1 && !n.end {
			return alts[0]
		}
		s := `(?:` + strings.Join(alts, "|") + `)`
		if n.end {
			// Greedy: the longer word first, then the word ending here.
			s += `?`
		}
		return s
	}
	return `(?:` + branch(root) + `)`
}

// actVerbs report an act as much as words: a question with one asks about
// the act.
var actVerbs = lexicon.ActVerbSet()

// clean trims a question to its words: mentions, extra spaces and a
// trailing question mark go; it is cut to MaxQuestion runes.
func clean(q string) string {
	q = mentionRE.ReplaceAllString(q, " ")
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, q)
	q = strings.TrimSpace(spaceRE.ReplaceAllString(q, " "))
	if utf8.RuneCountInString(q) > MaxQuestion {
		q = string([]rune(q)[:MaxQuestion])
	}
	return q
}

func trimQ(s string) string {
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "?!. "))
}

// rule is one way of asking: when re matches the question (its date
// scope, "when asked about …" clause and lead words already taken out),
// fill sets the parts it names. A new kind of question is one more rule.
type rule struct {
	intent Intent
	re     *regexp.Regexp
	// ok, when set, must also hold for the match.
	ok   func(q string, m []string) bool
	fill func(p *Question, q string, m []string)
}

// rules are tried in order; the first that matches gives the intent. A
// question no rule matches is a fact question about its words.
var rules = []rule{
	{intent: Help, re: helpRE},
	{intent: Quotes, re: latestQuotesRE, fill: func(p *Question, _ string, m []string) { p.Speaker = trimQ(m[1]) }},
	{intent: Status, re: statusRE, fill: func(p *Question, _ string, m []string) { p.Topic = topicWords(m[1]) }},
	{intent: Status, re: statusTailRE, ok: func(q string, _ []string) bool { return !whStartRE.MatchString(q) }, fill: func(p *Question, _ string, m []string) { p.Topic = topicWords(m[1] + " " + m[2]) }},
	{intent: Status, re: statusWhereRE, ok: func(_ string, m []string) bool {
		return m[2] != "" || talksWordRE.MatchString(m[1]) && !doneTailRE.MatchString(m[1]) && !venueTailRE.MatchString(m[1])
	},
		fill: func(p *Question, _ string, m []string) { p.Topic = topicWords(m[1]) }},
	{intent: Status, re: goingRE, fill: func(p *Question, _ string, m []string) { p.Topic = topicWords(m[1]) }},
	{intent: Timeline, re: timelineRE, fill: func(p *Question, _ string, m []string) { p.Topic = topicWords(m[1]) }},
	{intent: Sources, re: sourcesRE},
	{intent: Quotes, re: quotesRE, fill: func(p *Question, _ string, m []string) {
		p.Speaker = trimQ(m[1] + " " + m[2])
		if m[1] != "" {
			p.Speaker = trimQ(m[1])
		}
	}},
	// "who called the attack inconsistent with the truce", "who described
	// the deal as a watershed": who said it was so, not who made a call.
	{intent: WhoSaid, re: whoCalledRE, ok: func(_ string, m []string) bool {
		return !strings.EqualFold(m[1], "called") || complemented(m[2])
	}, fill: func(p *Question, _ string, m []string) { p.Words = m[2] }},
	{intent: WhoSaid, re: whoSaidRE, fill: func(p *Question, _ string, m []string) { p.Words = m[1] }},
	// "who are the mediators for the truce": who did the act the role
	// names, as "who mediated the truce" asks.
	{intent: Fact, re: whoRoleRE, ok: func(_ string, m []string) bool { return lexicon.RoleAct(m[1]) != "" }, fill: func(p *Question, q string, m []string) {
		p.Act, p.Head, p.Words = lexicon.RoleAct(m[1]), m[1], q
	}},
	{intent: WhoIs, re: whoIsRE, ok: func(_ string, m []string) bool { return looksLikeName(m[1]) }, fill: func(p *Question, _ string, m []string) {
		p.About = lexicon.TrimArticle(m[1])
	}},
	{intent: When, re: whenSaidRE, ok: func(q string, m []string) bool { return !passiveSaid(q, m[1]) }, fill: func(p *Question, q string, m []string) {
		p.Speaker, p.Words = lexicon.TrimArticle(m[1]), m[2]
		if v := verbAfter(q, m[1]); v != "" && (!plainSpeech[v] || callWithRE.MatchString(p.Words)) {
			// "when did Trump announce the ceasefire": the words that
			// announce it, not others of his on it.
			p.Words = strings.TrimSpace(v + " " + p.Words)
		}
	}},
	{intent: When, re: whenRE, fill: func(p *Question, _ string, m []string) { p.Words = m[1] }},
	// "what is the mission meant to do" asks what it is for, not what it
	// meant: no one's words.
	{intent: WhatSaid, re: whatSaidRE, ok: func(q string, _ []string) bool { return !purposeRE.MatchString(q) }, fill: func(p *Question, _ string, m []string) {
		p.Speaker = dropAdverbs(m[1])
		p.Where, p.Words = splitWhere(onlyAdverbs(m[3]))
		verb := strings.ToLower(m[2])
		if verb == "tell" || verb == "told" {
			// "what did Blinken tell NBC News": the listener is where.
			if p.Where == "" && p.Words != "" {
				p.Where, p.Words = splitToldWhere(p.Words)
			}
		} else if v := strings.Fields(verb)[0]; !plainSpeech[v] {
			// "call for", "warn", "urge": the verb itself says what was said.
			p.Words = strings.TrimSpace(v + " " + p.Words)
		}
	}},
	{intent: WhatSaid, re: didSayRE, fill: func(p *Question, _ string, m []string) {
		// "did Putin comment on the talks": what he said on them, if
		// anything.
		p.Speaker = dropAdverbs(m[1])
		p.Words = m[2]
		if a := onAboutRE.FindStringSubmatch(m[2]); a != nil {
			p.Words = a[1]
		}
	}},
	{intent: WhatSaid, re: saidNounRE, ok: func(_ string, m []string) bool {
		// "who called Russia's remarks a rant": who said it, not what
		// "who called Russia" said.
		return !askWordRE.MatchString(m[1])
	}, fill: func(p *Question, _ string, m []string) {
		p.Speaker = m[1]
		p.Where, p.Words = splitWhere(m[2])
	}},
	{intent: WhatSaid, re: dashSpeakerRE, fill: func(p *Question, _ string, m []string) {
		// "amsel - what did she want the mediators to do"
		p.Speaker, p.Words = m[1], m[2]
	}},
	{intent: WhoSaid, re: whoCmdRE, ok: func(q string, m []string) bool {
		return !strings.HasPrefix(strings.ToLower(q), "who is") && !isQuestionWordNext(m[1])
	}, fill: func(p *Question, _ string, m []string) { p.Words = m[1] }}, // "/talks who <words>"
	{intent: Fact, re: whatDidRE, ok: func(q string, m []string) bool {
		// "what else is on the agenda": a place in the words, no one who
		// did something.
		if lexicon.IsPreposition(strings.ToLower(m[1])) {
			return false
		}
		// "what is the sticking point between …": after "is", a word
		// that is no verb's participle is the rest of what is asked
		// for, not what its first words did.
		_, verb, _ := subjectVerb(m[1], m[2], m[3])
		return !copulaRE.MatchString(q) || participle(verb) || lexicon.IsPreposition(strings.ToLower(verb))
	}, fill: func(p *Question, q string, m []string) {
		m[1], m[2], m[3] = subjectVerb(m[1], m[2], m[3])
		if passiveAsk(q, m[1], m[2]) {
			// "what was discussed on the call", "what was swapped in the
			// exchange": what was done, asked in the passive; the
			// participle is a word to find, not a thing the answer names.
			p.Words = strings.TrimSpace(m[1] + " " + m[2] + " " + m[3])
			return
		}
		p.About = lexicon.TrimArticle(strings.TrimSpace(m[1]))
		if isOffice(p.About) {
			// "which governments did the Pentagon credit …": an office
			// acts through what it publishes; it is who, not what.
			p.Speaker, p.About = m[1], ""
		}
		p.Words = strings.TrimSpace(m[2] + " " + m[3])
		if lexicon.NamesUnitedStates(p.About) {
			// "what will the us do about …": statements write the
			// country "the United States", "U.S." or "Washington", and
			// its officials "we"; it is a word to find, not a name every
			// statement must hold.
			p.Words, p.About = strings.TrimSpace(m[1]+" "+p.Words), ""
		}
		if o := possessedRE.FindStringSubmatch(p.About); o != nil && p.Speaker == "" {
			// "what is LURD's condition for talks": LURD is asked
			// about; its condition is what is asked.
			p.About, p.Words = o[1], strings.TrimSpace(o[2]+" "+p.Words)
		}
		if n := nounBefore(q); n != "" {
			p.Words = n + " " + p.Words
			if p.Speaker == "" && speechVerbOnlyRE.MatchString(m[2]) {
				// "what progress did the signatories report": what
				// they said of progress.
				p.Intent, p.Want = WhatSaid, WantStatement
				p.Speaker, p.About = m[1], ""
				p.Words = strings.TrimSpace(n + " " + m[3])
			}
		}
	}},
}

// wants read the kind of answer from how a question opens.
var wants = []struct {
	re   *regexp.Regexp
	want Want
}{
	{howLongRE, WantDuration},
	{regexp.MustCompile(`(?i)^(?:how many|how much|what number|what percentage|how late)\b`), WantNumber},
	{regexp.MustCompile(`(?i)^(?:when|what day|on what date|what date|what time)\b`), WantDate},
	{regexp.MustCompile(`(?i)^where (?:is|was|are|were|did|do|does|will)\b`), WantPlace},
	// "which area was the fighting in", "what city will host the talks".
	{regexp.MustCompile(`(?i)^(?:which|what|in which|in what) (?:` + strings.Join(lexicon.PlaceNouns(), "|") + `)\b`), WantPlace},
	{regexp.MustCompile(`(?i)^(?:why|for what reason|what (?:was|is) the reason)\b`), WantReason},
	{regexp.MustCompile(`(?i)^(?:who|which (?:official|person|leader|diplomat|minister|side|country|countries|parties|nations|group|government|mediator)s?)\b`), WantPerson},
}

// lastVerbRE is a verb that asks how long something went on.
var lastVerbRE = regexp.MustCompile(`(?i)\s+(?:last|lasted|lasting|take|took)\b`)

// howLongRE opens a question that asks for a length of time.
var howLongRE = regexp.MustCompile(`(?i)^(?:for )?how long\b`)

var (
	askedRE       = regexp.MustCompile(`(?i)\s+when (?:he |she |they |it )?(?:was |were )?asked (?:about|if|whether|for|how|what|why|when|on)\s+(.+)$`)
	firstRE       = regexp.MustCompile(`(?i)(\w+\s+)?\bfirst\b(\s+of\b)?`)
	dashSpeakerRE = regexp.MustCompile(`(?i)^([\w'’. -]+?)\s+[-–—:]\s+(?:what|how) (?:did|has|have|does|do) (?:he|she|they|it) (.*)$`)
	statusTailRE  = regexp.MustCompile(`(?i)^([^?]*?)\b(?:status|state of play)\b(.*)$`)
	statusWhereRE = regexp.MustCompile(`(?i)^where(?:'s|’s|s|\s+(?:is|was|are|were|do|did|does))\s+(?:things\s+)?(.*?)(?:\s+(stand|standing|at|now|stood))?$`)
	whStartRE     = regexp.MustCompile(`(?i)^(?:who|whom|what|when|where|why|how|which|did|does|do|is|are|was|were|has|have)\b`)
	// doneTailRE ends "where was the truce signed", "where was the deal
	// put together": a question about the place something was done, not
	// about how the talks stand.
	doneTailRE = regexp.MustCompile(`(?i)\b(?:[a-z]{3,}ed|put|held|made|built|struck|set|hit|fought|begun|done|written|sent|met|won|together|up|out)$`)
	// venueTailRE ends "where are the talks taking place", "where are the
	// talks going to resume": a question about where they are or will be
	// held, not about how they stand.
	venueTailRE = regexp.MustCompile(`(?i)\b(?:(?:take|takes|taking|took) place|going to \w+(?: \w+)?|resum(?:e|es|ing)|(?:re)?conven(?:e|es|ing))$`)
	talksWordRE = regexp.MustCompile(`(?i)\b(?:` + strings.Join(lexicon.TalksNouns(), "|") + `)\b`)
)

// Parse reads a question into its parts.
func Parse(question string) Question {
	q := trimQ(clean(question))
	q = strings.TrimSpace(leadRE.ReplaceAllString(q, ""))
	p := Question{Text: q, Want: WantStatement}
	if m := quotedRE.FindStringSubmatch(q); m != nil {
		p.Phrase = strings.TrimSpace(m[1] + m[2])
		p.Verbatim = m[1] != "" || len(strings.Fields(p.Phrase)) >= 3
	}
	full := q
	p.Scope, q = findDateScope(q, p.Phrase)
	if p.Scope.bare && !tailScope(full, p.Scope.Text) && (whoSaidRE.MatchString(full) || whoCmdRE.MatchString(full) && !whoIsRE.MatchString(full) && !isQuestionWordNext(whoCmdRE.FindStringSubmatch(full)[1])) {
		// "who said we will not go back to the reality of October 6": the
		// date is part of the words. "who brokered the gaza ceasefire
		// may 2023" asks who did something then: the date stays a scope.
		p.Scope, q = DateScope{}, full
	}
	q = trimQ(strings.Trim(q, " ,;()"))
	if m := askedRE.FindStringSubmatchIndex(q); m != nil {
		p.AskedAbout = trimQ(q[m[2]:m[3]])
		q = strings.TrimSpace(q[:m[0]])
	}
	per := ""
	if m := perRE.FindStringSubmatchIndex(q); m != nil {
		// "… per the spokesperson", "… according to Miller": who said it.
		per = q[m[2]:m[3]]
		q = strings.TrimSpace(q[:m[0]])
	}
	p.First = asksFirst(q)
	for _, w := range wants {
		if w.re.MatchString(q) {
			p.Want = w.want
			break
		}
	}
	p.Intent = Fact
	p.Words = q
	if q == "" {
		p.Intent, p.Words = Help, ""
	}
	for _, r := range rules {
		if q == "" {
			break
		}
		m := r.re.FindStringSubmatch(q)
		if m == nil || r.ok != nil && !r.ok(q, m) {
			continue
		}
		p.Intent, p.Words = r.intent, ""
		if r.fill != nil {
			r.fill(&p, q, m)
		}
		break
	}
	if w, ok := intentWants[p.Intent]; ok {
		p.Want = w
	}
	if p.Scope.names && p.Want == WantNumber {
		// "how many were freed under the november 2023 deal": a count
		// of the thing named by its date is given where the date is.
		p = dateInWords(p)
	}
	if p.Want == WantDuration {
		// "how long have the talks been going": "long" is how it is
		// asked, not what it is about.
		p.Words = howLongRE.ReplaceAllString(p.Words, "how")
		// "how long did the truce last": "last" asks how long too; it is
		// not "last month".
		p.Words = lastVerbRE.ReplaceAllString(p.Words, "")
	}
	if p.Intent == WhoSaid || p.Intent == When {
		p.Words = strings.TrimPrefix(strings.TrimSpace(p.Words), "that ")
	}
	if per != "" && p.Speaker == "" {
		p.Speaker = per
		if p.Intent == Fact {
			p.Intent, p.Want = WhatSaid, WantStatement
			// "what will any deal have to be based on per the
			// official": the one who says is named; the subject is
			// what was said about.
			p.Words, p.About = strings.TrimSpace(p.About+" "+p.Words), ""
		}
	}
	for _, pt := range parts {
		if pt.intent != "" && pt.intent != p.Intent {
			continue
		}
		text := q
		if pt.field != nil {
			text = pt.field(&p)
		}
		if m := pt.re.FindStringSubmatch(text); m != nil {
			pt.fill(&p, m)
		}
	}
	if p.Intent == WhatSaid || p.Intent == Fact {
		p.Words, p.Occasion = splitOccasion(p.Words, p.Intent == WhatSaid && p.Speaker != "")
	}
	p.Speaker = strings.TrimSpace(p.Speaker)
	if f := strings.Fields(p.Speaker); len(f) > 1 && issuedWords[strings.ToLower(f[len(f)-1])] {
		// "the Hamas statement": Hamas.
		p.Speaker = strings.Join(f[:len(f)-1], " ")
	}
	if a, b, ok := strings.Cut(p.Speaker, " and "); ok && a != "" && b != "" && (p.Intent == WhatSaid || p.Intent == When) && p.About == "" {
		// "when did Obama and Rouhani comment on the talks": two people,
		// so a statement that names both, not the words of one.
		p.About, p.Speaker = lexicon.TrimArticle(p.Speaker), ""
	}
	return p
}

// occasionRE finds an event that tells when the words were said, at the
// end of a question's words: "after the Istanbul talks", "before the army
// went back", "at the start of the meeting".
var occasionRE = regexp.MustCompile(`(?i)^(.*?)\s*\b(?:after|before|following|ahead of|during|at the (?:start|end|opening|close|beginning) of)\s+(.+)$`)

// splitOccasion takes the event that tells when from a question's words.
// The words left must still say what the question is about: two content
// words at least, or none when a speaker asked about narrows it down
// ("what did Medinsky say after the Istanbul talks").
func splitOccasion(words string, speaker bool) (rest, occasion string) {
	m := occasionRE.FindStringSubmatch(words)
	if m == nil {
		return words, ""
	}
	n := len(strings.Fields(contentWords(m[1])))
	if n >= 2 || n == 0 && speaker {
		return strings.TrimSpace(m[1]), lexicon.TrimArticle(m[2])
	}
	return words, ""
}

// intentWants: the kind of answer some kinds of question always want,
// whatever their opening words.
var intentWants = map[Intent]Want{WhoSaid: WantPerson, WhoIs: WantRole, When: WantDate, Status: WantStatus, Timeline: WantStatus,
	WhatSaid: WantStatement, Quotes: WantStatement}

// part is one part of a question read once its kind is known: where re
// matches the question (or the field named), fill sets the part. A new
// part is one more entry.
type part struct {
	// intent, when set, is the one kind of question it applies to.
	intent Intent
	// field, when set, names the part of the question matched instead
	// of its text.
	field func(p *Question) string
	re    *regexp.Regexp
	fill  func(p *Question, m []string)
}

var parts = []part{
	// "the senior official on the call", "the us official in vienna": the
	// speaker, and words about where.
	{field: func(p *Question) string { return p.Speaker }, re: speakerTailRE, fill: func(p *Question, m []string) {
		p.Speaker, p.Words = m[1], strings.TrimSpace(m[2]+" "+p.Words)
	}},
	// "on monday": a day, not a place.
	{field: func(p *Question) string { return p.Where }, re: weekdayRE, fill: func(p *Question, _ []string) { p.Where = "" }},
	// "what's the target deadline for the deal": what the answer names.
	{intent: Fact, re: headRE, fill: func(p *Question, m []string) {
		if !questionWords[strings.ToLower(m[1])] {
			p.Head = m[1]
		}
	}},
	// "when was the accord signed": the act whose day is asked for.
	{intent: When, re: whenActRE, fill: func(p *Question, m []string) { p.Act = strings.ToLower(m[1]) }},
	// "when did they sign the accord": the same, asked actively.
	{intent: When, re: whenDidActRE, fill: func(p *Question, m []string) { p.Act = strings.ToLower(m[1]) }},
	// "when did the assembly pass the charter", "when will the envoy
	// return": any other act, read after its doer.
	{intent: When, re: whenDoRE, fill: func(p *Question, m []string) {
		if p.Act == "" && !saidVerbRE.MatchString(m[1]) {
			p.Act = verbAfterSubject(m[1])
		}
	}},
	// "who brokered the truce": the act whose doer is asked for.
	{intent: Fact, re: actRE, fill: func(p *Question, m []string) {
		if !questionWords[strings.ToLower(m[1])] {
			p.Act = strings.ToLower(m[1])
		}
	}},
	// "who did the envoy see in Abuja": whom the envoy met.
	{intent: Fact, re: whoSeeRE, fill: func(p *Question, m []string) {
		p.Words = seeRE.ReplaceAllString(p.Words, "meet")
	}},
	// "who is brokering the talks", "who chairs the commission": the
	// same act, done now.
	{intent: Fact, re: actNowRE, fill: func(p *Question, m []string) {
		if p.Act == "" {
			p.Act = lexicon.ActOfVerb(m[1])
		}
	}},
}

// passiveSaid: "when was the truce extension announced" asks when a thing
// was announced, not for the words of someone called "the truce
// extension"; "when was the envoy saying …" still names a speaker.
func passiveSaid(q, subject string) bool {
	f := strings.Fields(strings.ToLower(q))
	if len(f) < 2 || f[1] != "was" && f[1] != "were" {
		return false
	}
	v := verbAfter(q, subject)
	return v != "" && !strings.HasSuffix(strings.ToLower(v), "ing")
}

// whenActRE finds the act of a "when was X <done>" question.
var whenActRE = regexp.MustCompile(`(?i)^when (?:was|were|is|are|will|has|have|had) .+ (?:been )?([a-z]+ed)$`)

// closingActs end talks: a day is only given by a statement that says
// the act was done, in its own words or a synonym.
var closingActs = strings.Join(lexicon.ClosingActs(), "|")

// whenDidActRE finds an act that ends talks in a "when did X <act> …"
// question.
var whenDidActRE = regexp.MustCompile(`(?i)^when (?:did|do|does|will) .+? (` + closingActs + `)\b`)

// toldActRE is an act whose day only a statement that tells it, in its
// own words or a synonym, gives: one that ends talks ("sign"), or one
// asked of a thing done ("when was the truce announced"). Other acts may
// be told otherwise ("when did the talks restart": "resumed").
var toldActRE = regexp.MustCompile(`^(?:` + closingActs + `|[a-z]+ed)$`)

// whenDoRE is a "when did X <do> …" question, in any tense: what follows
// the auxiliary.
var whenDoRE = regexp.MustCompile(`(?i)^when (?:did|do|does|will|would|can|could|should) (.+)$`)

// verbAfterSubject reads the verb of "<subject> <verb> …", the words
// after "did", "does" or "will" in a question ("the assembly pass the
// charter", "the harbor envoys meet in Lisbon", "the truce expire"): of
// the words past the subject's first that WordNet knows, written as a
// verb's base form is (not "-ed", "-ing", a plural or a noun's ending,
// not a function word), the first with nothing after it or what opens
// its object or an adverbial (a determiner, a preposition other than
// "of"); else the first followed by a word WordNet does not know, a name
// ("meet Ostrova before …"). "" when no word is, or the verb tells no act
// of its own ("go", "have"). A noun may still be read for a verb: the act
// is looked for in the texts, not required of them.
func verbAfterSubject(words string) string {
	f := strings.Fields(strings.ToLower(strings.Trim(words, `?!.,;:"'()`)))
	for len(f) > 0 && lexicon.IsDeterminer(f[0]) {
		f = f[1:]
	}
	for i := range f {
		f[i] = strings.Trim(f[i], `?!.,;:"'()`)
	}
	known := func(w string) bool { r := wordnet.Related(w); return r.Close != nil || r.Loose != nil }
	opens := func(w string) bool {
		return w != "of" && !lexicon.IsPreVerbAdverb(w) && (lexicon.IsDeterminer(w) || lexicon.IsPreposition(w) || lexicon.IsFunctionWord(w) || numberWordRE.MatchString(w))
	}
	beforeName := ""
	for i := 1; i < len(f); i++ {
		w := f[i]
		if lexicon.IsLightVerb(w) || lexicon.IsAuxiliary(w) {
			return "" // "go to Lisbon", "have lunch": no act of its own
		}
		if len(w) < 3 || opens(w) || questionWords[w] || w == "and" || w == "or" || lexicon.IsPreVerbAdverb(w) || strings.HasSuffix(w, "ly") ||
			strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || lexicon.IsIrregularForm(w) && !lexicon.IsBaseForm(w) ||
			pluralRE.MatchString(w) || nounEndRE.MatchString(w) || !known(w) {
			continue
		}
		if i == len(f)-1 || opens(f[i+1]) {
			return w
		}
		if beforeName == "" && !strings.Contains(f[i+1], "-") && !pluralRE.MatchString(f[i+1]) && !known(f[i+1]) {
			beforeName = w
		}
	}
	return beforeName
}

// copulaRE opens a "what is …" question: "what is", "which was".
var copulaRE = regexp.MustCompile(`(?i)^(?:what|which)(?: \w+)? (?:is|was|are|were) `)

// passiveAsk: "what was discussed on …", "what were swapped in …": after
// a copula, a lone past participle and a preposition ask in the passive
// what was done, with no one named as the doer.
func passiveAsk(q, subject, next string) bool {
	s := strings.ToLower(strings.TrimSpace(subject))
	return copulaRE.MatchString(q) && !strings.Contains(s, " ") && !strings.HasSuffix(s, "ing") && participle(s) &&
		lexicon.IsPreposition(strings.ToLower(next))
}

// participle: w may be a verb's participle ("doing", "expected",
// "given", "held"), as a verb after "is" is.
func participle(w string) bool {
	w = strings.ToLower(w)
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || lexicon.IsIrregularForm(w)
}

// possessedRE reads a subject of one's thing: "LURD's condition", "the
// rebels' demand".
var possessedRE = regexp.MustCompile(`^(\S+(?: \S+)?)(?:['’]s|s['’]) ([a-z]+)$`)

// actRE finds the verb of a "who <verb>ed …" question.
var actRE = regexp.MustCompile(`(?i)^who (?:first |had |has |have )?([a-z]+ed)\b`)

// whoSeeRE is a question of whom someone saw: "who did the envoy see
// first", "whom will she see in Geneva".
var whoSeeRE = regexp.MustCompile(`(?i)^whom? (?:did|does|do|will|would|is|was|has|had) .*` + seeWord)

// seeRE finds the verb of seeing someone.
var seeRE = regexp.MustCompile(`(?i)` + seeWord)

// seeWord is a form of "see" as a word: "saw", "seen".
var seeWord = `\b(?:` + strings.Join(lexicon.SeeingForms(), "|") + `)\b`

// actNowRE finds the verb of a "who is <verb>ing …" or "who <verb>s …"
// question.
var actNowRE = regexp.MustCompile(`(?i)^who (?:is |are |has been )?([a-z]+(?:ing|s))\b`)

// whoRoleRE finds the role of a "who are the mediators for …" question.
var whoRoleRE = regexp.MustCompile(`(?i)^who(?:'s|’s| is| are| was| were) (?:the |its |their )?(?:main |chief |lead )?([a-z]+) (?:for|of|in|at|behind|between|on)\b`)

// headRE finds what a "what is the X of Y" question asks for, and whom a
// "who are the X at Y" one asks for ("who are the observers at the
// talks", "who are the mediators for the truce").
var headRE = regexp.MustCompile(`(?i)^(?:what|which|who)(?:'s|’s|s| is| are| was| were| will be) (?:the |a |an )?((?:[a-z][\w-]*)(?: [a-z][\w-]*)?) (?:for|of|on|in|to|about|with|that|between|after|before|at)\b`)

var (
	perRE         = regexp.MustCompile(`(?i)\s+(?:per|according to)\s+((?:the |an? )?[\w'’. -]+)$`)
	speakerTailRE = regexp.MustCompile(`(?i)^(.+?)\s+(?:on|in|at|from|during|with|traveling with|travelling with)\s+(?:the\s+)?(.+)$`)
	weekdayRE     = regexp.MustCompile(`(?i)^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$`)
)

// isQuestionWordNext: "who called the meeting" is a question about a fact,
// not the who command; a verb after "who" says so.
func isQuestionWordNext(rest string) bool {
	f := strings.Fields(strings.ToLower(rest))
	if len(f) == 0 {
		return true
	}
	w := f[0]
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && len(w) > 3 || lexicon.IsAuxiliary(w) || lexicon.IsIrregularForm(w)
}

// nounEndRE ends a word that is a noun, not a verb ("agreement",
// "administration", "official").
var nounEndRE = regexp.MustCompile(`(?i)(?:ment|tion|sion|ness|ity|ship|ance|ence|ial|ials)$`)

// pluralRE ends a plural noun: after "do" or "did" a verb has no "s"
// ("what do the world powers want"), though "discuss" and "focus" end in
// one.
var pluralRE = regexp.MustCompile(`(?i)[^su']s$`)

// subjectVerb mends a subject cut short before its last noun: in "what
// will the hostage agreement also bring", the verb is "bring", not
// "agreement"; in "what did the senior admin official plan", "plan".
func subjectVerb(subject, verb, rest string) (string, string, string) {
	for range 4 {
		lv := strings.ToLower(verb)
		long, _ := lexicon.ShortForm(lv)
		if !isOffice(subject) && isOffice(subject+" "+verb) {
			// "what did the White House want": the office whole.
			lv = "office"
		} else if !nounEndRE.MatchString(lv) && !nounEndRE.MatchString(long) && !adverbs[lv] && !pluralRE.MatchString(lv) {
			break
		}
		f := strings.Fields(rest)
		if len(f) == 0 {
			break
		}
		if !adverbs[lv] || lv == "office" {
			subject += " " + verb
		}
		verb, rest = f[0], strings.Join(f[1:], " ")
	}
	return subject, verb, rest
}

// isOffice: the words name an office that speaks for a government ("the
// Pentagon", "the White House", "the foreign ministry").
func isOffice(s string) bool {
	l := strings.ToLower(lexicon.TrimArticle(strings.TrimSpace(s)))
	_, alias := officeAlias[l]
	_, country := officeCountry[l]
	return alias || country || officeRE.MatchString(l) && len(strings.Fields(l)) <= 3
}

// nounBefore returns the noun in "what condition did …", "which
// governments did …".
func nounBefore(q string) string {
	f := strings.Fields(q)
	if len(f) > 2 && (strings.EqualFold(f[0], "what") || strings.EqualFold(f[0], "which")) {
		switch strings.ToLower(f[1]) {
		case "did", "has", "have", "does", "do", "had", "is", "was", "will":
			return ""
		}
		return f[1]
	}
	return ""
}

// splitWhere reads "to NBC News", "on the View", "at the Security Council
// about Gaza" after a speech verb.
func splitWhere(rest string) (where, words string) {
	rest = strings.TrimSpace(rest)
	if m := aboutRE.FindStringSubmatch(rest); m != nil && !strings.HasPrefix(strings.ToLower(rest), "on ") {
		return "", m[1]
	}
	if m := whereRE.FindStringSubmatch(rest); m != nil {
		return strings.TrimSpace(m[1]), m[2]
	}
	return "", rest
}

// speechVerbOnlyRE is a speech verb and nothing else.
var speechVerbOnlyRE = regexp.MustCompile(`(?i)^` + speechVerbRE + `$`)

// verbAfter is the word after who in q, past "first": the verb of "when
// did Trump announce the ceasefire".
func verbAfter(q, who string) string {
	i := strings.Index(q, who)
	if i < 0 {
		return ""
	}
	f := strings.Fields(strings.ToLower(q[i+len(who):]))
	if len(f) > 0 && f[0] == "first" {
		f = f[1:]
	}
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// plainSpeech verbs say nothing about what was said.
var plainSpeech = lexicon.PlainSpeechSet()

var toldWhereRE = regexp.MustCompile(`^((?:the |The )?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z0-9][\w'’.&-]*|of))*)\s*(?:(?:about|on|regarding)\s+)?(.*)$`)

// complementRE is a word that says what something was called: an
// adjective ("inconsistent", "unacceptable", "constructive") at the end
// or before its preposition.
var complementRE = regexp.MustCompile(`^[a-z]+(?:ent|ant|ous|ble|ive|ful|less)$`)

// complemented: the words after "called" name a thing and what it was
// called ("the deal a watershed", "the attack inconsistent with the
// truce"), not only whom someone called ("the prime minister on Sunday").
func complemented(words string) bool {
	f := strings.Fields(strings.ToLower(words))
	prep := false // a preposition before: "the meeting of the council"
	for i := 2; i < len(f); i++ {
		w := strings.Trim(f[i], `?!.,;:"'()`)
		if w == "a" || w == "an" || w == "as" || w == "the" && !prep {
			// "the deal a watershed", "the deal the final chapter of
			// the war"
			return true
		}
		prep = prep || lexicon.IsPreposition(w)
		end := i+1 == len(f) || lexicon.IsPreposition(strings.Trim(f[i+1], `?!.,;:"'()`))
		if end && complementRE.MatchString(w) && !lexicon.IsRoleNoun(w) && !lexicon.IsTitleWord(w) && !lexicon.IsTitleWord(strings.ToUpper(w[:1])+w[1:]) {
			return true
		}
	}
	return false
}

// splitToldWhere reads "NBC News he would focus on" after "tell": the
// listener (capitalised) and what was asked about.
func splitToldWhere(s string) (where, words string) {
	if m := toldWhereRE.FindStringSubmatch(s); m != nil {
		return m[1], m[2]
	}
	if m := regexp.MustCompile(`(?i)^(.+?)\s+(?:about|on|regarding)\s+(.*)$`).FindStringSubmatch(s); m != nil {
		return m[1], m[2]
	}
	if f := strings.Fields(s); len(f) > 3 {
		// "al-manar he would …": a lower-case listener of one word.
		return f[0], strings.Join(f[1:], " ")
	}
	return s, ""
}

// issuedWords name what a speaker issues: "the Hamas statement" said
// what Hamas said.
var issuedWords = lexicon.IssuedWordSet()

// adverbs say how or how often something was said, not who said it.
var adverbs = lexicon.SayingAdverbSet()

// onlyAdverbs is s, or "" when it is only adverbs of time or manner
// ("what has Miller said recently").
func onlyAdverbs(s string) string {
	for _, w := range strings.Fields(s) {
		if !adverbs[strings.ToLower(strings.Trim(w, "?!.,"))] {
			return s
		}
	}
	return ""
}

// dropAdverbs drops the adverbs at the end of a speaker's words ("iran
// always" → "iran").
func dropAdverbs(s string) string {
	f := strings.Fields(s)
	for len(f) > 1 && adverbs[strings.ToLower(f[len(f)-1])] {
		f = f[:len(f)-1]
	}
	return strings.Join(f, " ")
}

// looksLikeName: "who is Amos Hochstein" asks about a person; "who is
// talking to Hezbollah" asks about a fact.
func looksLikeName(s string) bool {
	f := strings.Fields(lexicon.TrimArticle(s))
	if len(f) > 5 && rolePhrase(s) != "" {
		// "the US envoy for the Sudan talks in Jeddah": a role, then
		// what it is for. A role of six words or more with no
		// preposition is no name either.
		if i := slices.IndexFunc(f, func(w string) bool { return lexicon.IsRolePreposition(strings.ToLower(w)) }); i >= 0 {
			f = f[:i]
		}
	}
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	for i := 1; i+1 < len(f); i++ {
		// "who is Kerry meeting with": a verb and its preposition.
		if w := strings.ToLower(f[i]); strings.HasSuffix(w, "ing") && len(w) > 5 && lexicon.IsPreposition(strings.ToLower(f[i+1])) {
			return false
		}
	}
	if first := strings.ToLower(f[0]); strings.HasSuffix(first, "ing") || strings.HasSuffix(first, "ed") && len(first) > 4 || lexicon.IsStancePreposition(first) || first == "responsible" {
		return false
	}
	return true
}

// topicWords keeps a status or timeline argument's words ("of the talks in
// Gaza" → "Gaza").
func topicWords(s string) string {
	s = trimQ(s)
	var keep []string
	for _, w := range strings.Fields(s) {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		switch lw {
		case "of", "on", "in", "about", "the", "talks", "negotiations", "with", "for", "a", "an", "and", "news", "update", "updates", "status", "latest", "at", "over", "regarding":
			continue
		}
		keep = append(keep, strings.Trim(w, ",.;:"))
	}
	return strings.Join(keep, " ")
}

// asksFirst: the question asks for the earliest time something was said
// ("when did Obama first push for …"), not about a first thing ("the
// first meeting of its kind", "the first round").
func asksFirst(q string) bool {
	for _, m := range firstRE.FindAllStringSubmatch(q, -1) {
		before := strings.ToLower(strings.TrimSpace(m[1]))
		if m[2] != "" || before == "the" || before == "a" || before == "its" || before == "their" || before == "his" || before == "her" {
			continue
		}
		return true
	}
	return false
}

// tailScope: the date ends the question after a comma, set apart from the
// words quoted or asked about ("who said the talks would resume, march
// 2024"): a scope, not words someone said.
func tailScope(q, scope string) bool {
	i := lastIndexFold(q, scope)
	if i < 0 || scope == "" {
		return false
	}
	after := strings.Trim(q[i+len(scope):], " ?.!)")
	before := strings.TrimRight(q[:i], " (")
	return after == "" && (strings.HasSuffix(before, ",") || strings.HasSuffix(q[:i], "("))
}

// lastIndexFold is where sub last stands in s, in any case, as a byte
// offset of s (lower-casing s first would move offsets: "Ⱥ" is longer in
// lower case), or -1.
func lastIndexFold(s, sub string) int {
	for i := len(s) - len(sub); i >= 0; i-- {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}
