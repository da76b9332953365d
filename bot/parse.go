package bot

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxQuestion is the longest question read; the rest is ignored.
const MaxQuestion = 500

// parsed is what a question asks, and under what constraints.
type parsed struct {
	intent  Intent
	speaker string // who said it (a name or a source phrase)
	about   string // a person or thing the statement must mention
	phrase  string // exact words quoted in the question
	words   string // content words
	where   string // outlet, show, meeting
	topic   string
	month   string // "march 2024" or "march", or ""
}

var (
	quotedRE  = regexp.MustCompile(`["“”]([^"“”]{2,})["“”]|(?:^|\s)['‘]((?:[^'‘’]|['’]\w)+?)['’](?:[\s?.!,]|$)`)
	spaceRE   = regexp.MustCompile(`\s+`)
	mentionRE = regexp.MustCompile(`<[@#!&][^>]*>`)

	speechVerbRE = `(?:say|said|says|tell|told|tells|think|thinks|thought|call(?:ed)? for|calls for|stress(?:ed)?|warn(?:ed)?|claim(?:ed)?|argue[ds]?|announce[ds]?|mean|urge[ds]?|suggest(?:ed)?|insist(?:ed)?|add(?:ed)?|write|wrote|post(?:ed)?|tweet(?:ed)?|reveal(?:ed)?|describe[ds]?|predict(?:ed)?|promise[ds]?|vow(?:ed)?|demand(?:ed)?|note[ds]?|allude[ds]? to|express(?:ed)?|report(?:ed)?|confirm(?:ed)?|den(?:y|ied)|acknowledge[ds]?|admit(?:ted)?|comment(?:ed)?|speak|spoke)`

	helpRE     = regexp.MustCompile(`(?i)^(help|\?|commands|usage|how (do|can) i (use|ask)\b.*|what can (you|i) (do|ask)\b.*|hi|hello|hey)\W*$`)
	statusRE   = regexp.MustCompile(`(?i)^(?:status|latest|update|news|what(?:'s| is| are) the (?:latest|status|state|situation)(?: news| update)?(?: (?:of|on|in|about|with))?|where do (?:the )?(?:talks|negotiations|things) stand|where (?:are|is) (?:we|things|it)|how are (?:the )?(?:talks|negotiations|things) going|what(?:'s| is) (?:new|happening)|any (?:news|updates?))\b(.*)$`)
	timelineRE = regexp.MustCompile(`(?i)^(?:timeline|chronology|history)\b(.*)$`)
	sourcesRE  = regexp.MustCompile(`(?i)^(?:sources|articles|what (?:articles|sources) (?:have you|do you)\b.*|which (?:articles|sources)\b.*)$`)
	quotesRE   = regexp.MustCompile(`(?i)^(?:quotes?(?: (?:from|by|of))?|what has (.+?) been quoted as saying)\s+(.+)$`)
	whoCmdRE   = regexp.MustCompile(`(?i)^who\s+(.+)$`)
	whoSaidRE  = regexp.MustCompile(`(?i)^(?:who|which (?:official|person|leader|diplomat|minister|side|country|group)s?) (?:(?:has|have|had|was|were) )?(?:first )?` + speechVerbRE + `(?: that| about| it)?\b\s*(.*)$`)
	whoIsRE    = regexp.MustCompile(`(?i)^(?:who(?:'s| is| was| are)|tell me about|what do you know about) (.+)$`)
	whatSaidRE = regexp.MustCompile(`(?i)^(?:what|what else|what exactly|how) (?:did|has|have|does|do|had|is|was) (.+?) (?:been )?(saying|` + speechVerbRE + `)\b\s*(.*)$`)
	saidNounRE = regexp.MustCompile(`(?i)^(?:what (?:were|are|was|is) )?(.+?)(?:'s|’s) (?:comments|remarks|words|statements?|quotes?|position|view|views)\b\s*(.*)$`)
	whenSaidRE = regexp.MustCompile(`(?i)^when (?:did|has|have|was|were) (.+?) (?:first )?` + speechVerbRE + `\b\s*(?:that\s+)?(.*)$`)
	whenRE     = regexp.MustCompile(`(?i)^(?:when|what day|on what date|what date)\b\s*(.*)$`)
	whatDidRE  = regexp.MustCompile(`^(?i:what)(?: \w+)? (?i:did|has|have|does|do|had|is|was|will) ([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|(?i:the) [\w'’ -]+?|(?i:an?) [\w'’ -]+?|[a-z][\w'’.-]+) ([a-z]\w*)\b\s*(.*)$`)
	leadRE     = regexp.MustCompile(`(?i)^(?:(?:and|so|ok|okay|please|hey|talkbot|bot)[,:]?\s+)+|^(?:can|could) you (?:tell me|say)\s+|^(?:do you know|tell me)\s+`)
	whereRE    = regexp.MustCompile(`(?i)^(?:to|on|at|in an interview with|in an interview on|during|in) ((?:the |an? )?[\w'’. -]+?)(?:\s+(?:about|on|regarding|concerning)\s+(.*))?$`)
	aboutRE    = regexp.MustCompile(`(?i)^(?:about|on|regarding|concerning|of)\s+(.*)$`)
	monthRE    = regexp.MustCompile(`(?i)\b(?:in|during|since)\s+(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(\d{4}))?\b`)
)

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

// parse works out the intent of a question and its constraints.
func parse(question string) parsed {
	q := trimQ(clean(question))
	q = strings.TrimSpace(leadRE.ReplaceAllString(q, ""))
	var p parsed
	if m := quotedRE.FindStringSubmatch(q); m != nil {
		p.phrase = strings.TrimSpace(m[1] + m[2])
	}
	if m := monthRE.FindStringSubmatch(q); m != nil {
		p.month = strings.ToLower(m[1]) + " " + m[2]
	}
	switch {
	case q == "" || helpRE.MatchString(q):
		p.intent = Help
	case statusRE.MatchString(q):
		p.intent = Status
		p.topic = topicWords(statusRE.FindStringSubmatch(q)[1])
	case timelineRE.MatchString(q):
		p.intent = Timeline
		p.topic = topicWords(timelineRE.FindStringSubmatch(q)[1])
	case sourcesRE.MatchString(q):
		p.intent = Sources
	case quotesRE.MatchString(q):
		m := quotesRE.FindStringSubmatch(q)
		p.intent, p.speaker = Quotes, trimQ(m[1]+" "+m[2])
		if m[1] != "" {
			p.speaker = trimQ(m[1])
		}
	case whoSaidRE.MatchString(q):
		m := whoSaidRE.FindStringSubmatch(q)
		p.intent, p.words = WhoSaid, m[1]
	case whoIsRE.MatchString(q) && looksLikeName(whoIsRE.FindStringSubmatch(q)[1]):
		p.intent, p.about = WhoIs, stripArticle(whoIsRE.FindStringSubmatch(q)[1])
	case whenSaidRE.MatchString(q):
		m := whenSaidRE.FindStringSubmatch(q)
		p.intent, p.speaker, p.words = When, stripArticle(m[1]), m[2]
	case whenRE.MatchString(q):
		p.intent, p.words = When, whenRE.FindStringSubmatch(q)[1]
	case whatSaidRE.MatchString(q):
		m := whatSaidRE.FindStringSubmatch(q)
		p.intent, p.speaker = WhatSaid, m[1]
		p.where, p.words = splitWhere(m[3])
		verb := strings.ToLower(m[2])
		if verb == "tell" || verb == "told" {
			// "what did Blinken tell NBC News": the listener is where.
			if p.where == "" && p.words != "" {
				p.where, p.words = splitToldWhere(p.words)
			}
		} else if v := strings.Fields(verb)[0]; !plainSpeech[v] {
			// "call for", "warn", "urge": the verb itself says what was said.
			p.words = strings.TrimSpace(v + " " + p.words)
		}
	case saidNounRE.MatchString(q):
		m := saidNounRE.FindStringSubmatch(q)
		p.intent, p.speaker = WhatSaid, m[1]
		p.where, p.words = splitWhere(m[2])
	case whoCmdRE.MatchString(q) && !strings.HasPrefix(strings.ToLower(q), "who is") && !isQuestionWordNext(whoCmdRE.FindStringSubmatch(q)[1]):
		// "/talks who <words>": who said these words.
		p.intent, p.words = WhoSaid, whoCmdRE.FindStringSubmatch(q)[1]
	case whatDidRE.MatchString(q):
		m := whatDidRE.FindStringSubmatch(q)
		p.intent, p.about = Fact, stripArticle(strings.TrimSpace(m[1]))
		p.words = strings.TrimSpace(m[2] + " " + m[3])
		if n := nounBefore(q); n != "" {
			p.words = n + " " + p.words
		}
	default:
		p.intent, p.words = Fact, q
	}
	if p.intent == WhoSaid || p.intent == When {
		p.words = strings.TrimPrefix(strings.TrimSpace(p.words), "that ")
	}
	p.speaker = strings.TrimSpace(p.speaker)
	return p
}

// isQuestionWordNext: "who called the meeting" is a question about a fact,
// not the who command; a verb after "who" says so.
func isQuestionWordNext(rest string) bool {
	f := strings.Fields(strings.ToLower(rest))
	if len(f) == 0 {
		return true
	}
	w := f[0]
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && len(w) > 3 || map[string]bool{"is": true, "was": true, "are": true, "were": true, "will": true, "can": true, "did": true, "does": true, "do": true, "has": true, "have": true, "had": true, "would": true, "should": true, "could": true, "made": true, "met": true, "sent": true, "led": true, "won": true, "got": true}[w]
}

// nounBefore returns the noun in "what condition did …".
func nounBefore(q string) string {
	f := strings.Fields(q)
	if len(f) > 2 && strings.EqualFold(f[0], "what") {
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

// plainSpeech verbs say nothing about what was said.
var plainSpeech = map[string]bool{"say": true, "said": true, "says": true, "saying": true, "tell": true, "told": true, "think": true,
	"thinks": true, "thought": true, "mean": true, "speak": true, "spoke": true, "comment": true, "commented": true}

var toldWhereRE = regexp.MustCompile(`^((?:the |The )?[A-Z][\w'’.&-]*(?:\s+(?:[A-Z0-9][\w'’.&-]*|of))*)\s*(?:(?:about|on|regarding)\s+)?(.*)$`)

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

func stripArticle(s string) string {
	s = strings.TrimSpace(s)
	for _, a := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if strings.HasPrefix(s, a) && len(s) > len(a) {
			return s[len(a):]
		}
	}
	return s
}

// looksLikeName: "who is Amos Hochstein" asks about a person; "who is
// talking to Hezbollah" asks about a fact.
func looksLikeName(s string) bool {
	f := strings.Fields(stripArticle(s))
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	if first := strings.ToLower(f[0]); strings.HasSuffix(first, "ing") || strings.HasSuffix(first, "ed") && len(first) > 4 || map[string]bool{"in": true, "on": true, "behind": true, "leading": true, "mediating": true, "responsible": true}[strings.ToLower(f[0])] {
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
