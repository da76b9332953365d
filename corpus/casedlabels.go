package corpus

import (
	"regexp"
	"strings"

	"github.com/talkbot/talkbot/lexicon"
)

// casedLabelRE is a speaker label written in ordinary case, as interviews
// and some ministries print them: "Blinken:", "Moderator:", "Secretary
// Blinken:", "Mr. Miller:", "Question:", "President of Norland Ana
// Ilic:", a newsroom asking ("Harbour TV:").
//
// A reposted transcript may add the short form later turns use, in
// brackets: "Moderator (M):", "Senior Official (SO):"; group 2 holds it.
var casedLabelRE = regexp.MustCompile(`^((?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gen|Amb|Adm|Gov)\.?\s+)?[A-Z][\p{L}’'-]*(?:\s+(?:(?:of|for|the|and|on|at|[–—-])\s+)*[A-Z][\p{L}’'.-]*){0,14}(?:\s+(?:reporter|correspondent|journalist))?)(?:\s+\(([A-Z]{1,6})\))?\s*:\s+\S`)

// casedLabel returns the label a paragraph opens with in ordinary case,
// in capitals as transcripts print labels ("Blinken:" → "BLINKEN"), and
// the text after it. Only a document whose turns are mostly so labelled
// is read this way (casedTranscript): in news, "Name: …" is rare and
// mostly not a turn.
func casedLabel(p string) (lab, rest string, ok bool) {
	m := casedLabelRE.FindStringSubmatchIndex(p)
	if m == nil {
		return periodLabel(p)
	}
	lab = strings.TrimRight(p[m[2]:m[3]], ". ")
	words := strings.Fields(lab)
	first := strings.Trim(words[0], ".")
	up := strings.ToUpper(lab)
	upFirst := strings.Trim(strings.Fields(up)[0], ".")
	if (notLabels[upFirst] || notLabels[strings.Trim(strings.Fields(up)[len(words)-1], ".")]) && (!newsroomLabel(lab) || up == lab) {
		return "", p, false
	}
	if (notNames[first] || weekdayOrMonth(first)) && !reporterLabels[upFirst] && !moderatorLabels[upFirst] && !newsroomLabel(lab) {
		return "", p, false
	}
	end := m[3]
	if m[5] > 0 {
		end = m[5]
	}
	colon := strings.Index(p[end:], ":") + end
	rest = strings.TrimSpace(p[colon+1:])
	if r := rest[0]; r >= '0' && r <= '9' || r == '$' {
		return "", p, false // a tally: "Clinton: 1,769."
	}
	return up, rest, true
}

// periodLabelRE is a label as an archive of presidential documents prints
// it, with a period: "President Okoro.", "Prime Minister Ilic.", "Q.".
var periodLabelRE = regexp.MustCompile(`^(Q|(?:[A-Z][\p{L}.'’-]*\s+){1,3}[A-Z][\p{L}'’-]+)\.\s+(\S.*)$`)

// periodLabel reads "Title Name." or "Q." before a speaker's words; the
// words before the name must all be title words ("President", "Prime
// Minister", "Secretary"), so a sentence that opens a paragraph is not a
// label.
func periodLabel(p string) (lab, rest string, ok bool) {
	m := periodLabelRE.FindStringSubmatch(p)
	if m == nil {
		return "", p, false
	}
	if m[1] != "Q" {
		w := strings.Fields(m[1])
		for _, x := range w[:len(w)-1] {
			if !titleWords[x] && !titleWords[x+"."] || notNames[w[len(w)-1]] {
				return "", p, false
			}
		}
	}
	return strings.ToUpper(m[1]), m[2], true
}

// anyLabel reads a label in capitals or, in a transcript labelled in
// ordinary case, one in ordinary case.
func anyLabel(p string) (string, string, bool) {
	if lab, rest, ok := label(p); ok {
		return lab, rest, ok
	}
	return casedLabel(p)
}

// casedTranscript: a document whose turns are labelled in ordinary case,
// an interview or a ministry's transcript: from its first label on, at
// least four labelled paragraphs, two of them or more in ordinary case,
// two speakers or more who each speak twice, a third of the paragraphs
// labelled, and no quotation attributed as news attributes it.
func casedTranscript(a *Article) bool {
	all := allParagraphs(a)
	_, forms := shortForms(all)
	return casedTurns(a, all, forms)
}

// casedTurns is casedTranscript of the article's paragraphs all, whose
// labels give the short forms forms (shortForms, in any case).
func casedTurns(a *Article, all []string, forms map[string]string) bool {
	first, count, cased := -1, 0, 0
	turns := map[string]int{}
	for i, p := range all {
		lab, rest, ok := label(p)
		if !ok {
			if lab, rest, ok = casedLabel(p); ok {
				cased++
			}
		}
		lab = fullLabel(lab, forms)
		if !ok || wordCount(rest) < 3 {
			continue
		}
		if first < 0 {
			first = i
		}
		count++
		// The reporters are one side of the exchange; a speaker is one
		// whatever the label adds ("President of Norland Ana Ilic", then
		// "Ana Ilic").
		key := "Q"
		if !isReporter(lab) {
			w := labelWords(lab)
			key = w[len(w)-1]
		}
		turns[key]++
	}
	if cased < 2 || count < 4 || 3*count < len(all)-first {
		return briefingOpening(a, all, forms) || presenterBriefing(a, all)
	}
	twice := 0
	for _, n := range turns {
		if n >= 2 {
			twice++
		}
	}
	// Two speakers who each speak twice, or one who does among three.
	if twice < 2 && (twice < 1 || len(turns) < 3) {
		return false
	}
	reported := 0
	for _, p := range all[first:] {
		if _, _, ok := anyLabel(p); !ok && newsAttributionRE.MatchString(p) {
			reported++
		}
	}
	return reported < 2
}

// newsroomLabel: a label that names a newsroom or a reporter ("Reuters",
// "Harbour TV", "CCTV reporter"), in any case.
func newsroomLabel(lab string) bool {
	for _, w := range strings.Fields(lab) {
		w = strings.Trim(w, ".,")
		if newsroomUpper[strings.ToUpper(w)] {
			return true
		}
	}
	return false
}

// newsroomUpper are the lexicon's newsroom words in capitals, as labels
// are compared.
var newsroomUpper = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexicon.NewsroomWords() {
		m[strings.ToUpper(w)] = true
	}
	return m
}()

// briefingOpening: the opening of a briefing or call labelled in ordinary
// case, cut before its turns add up to the counts casedTranscript asks
// for: a title that names the occasion ("Telephonic Press Briefing with
// …", "Special Briefing: …"), and from the first label on only turns, two
// speakers or more whose labels can only be a speaker's ("Moderator:",
// "Mr. Okafor:", "Senior Official (SO):"), each of whose turns opens its
// speaker's words, and no quotation attributed as news attributes it.
func briefingOpening(a *Article, all []string, forms map[string]string) bool {
	if !occasionRE.MatchString(a.Title) {
		return false
	}
	if namedOpeningTurn(all) || titledOpeningTurn(all) {
		return true
	}
	speakers := map[string]bool{}
	for _, p := range all {
		lab, rest, ok := casedLabel(p)
		if !ok {
			if _, _, caps := label(p); caps {
				return false // a transcript in capitals: isTranscript reads it
			}
			if len(speakers) > 0 && newsAttributionRE.MatchString(p) {
				return false
			}
			continue
		}
		lab = fullLabel(lab, forms)
		if !knownShape(lab) || wordCount(rest) < 3 && !isModerator(lab) {
			return false
		}
		speakers[lab] = true
	}
	return len(speakers) >= 2
}

// namedOpeningTurn: remarks whose opening is one turn under the speaker's
// full name in ordinary case ("Ana Ilic: Well, good evening, everybody.
// Let me start by …"), speaking in the first person, no other paragraph
// labelled.
func namedOpeningTurn(all []string) bool {
	if len(all) == 0 {
		return false
	}
	lab, rest, ok := casedLabel(all[0])
	if !ok {
		return false
	}
	colon := strings.Index(all[0], ":")
	if colon < 0 {
		return false // a label with a period ("Q. …"), not a name and a colon
	}
	words := strings.Fields(strings.TrimSpace(all[0][:colon]))
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if !isCap(w) || !isWord(w) || notNames[w] || titleWords[w] || strings.ToUpper(w) == w {
			return false
		}
	}
	if !firstPersonRE.MatchString(rest) && !strings.Contains(strings.ToLower(rest), "let me") || knownShape(lab) {
		return false
	}
	for _, p := range all[1:] {
		if _, _, ok := casedLabel(p); ok {
			return false
		}
		if _, _, ok := label(p); ok {
			return false
		}
	}
	return true
}

// titledOpeningTurn: remarks whose opening is one turn under the
// speaker's title and surname in ordinary case ("Assistant Secretary
// Vale: Good evening. …"), the surname named in the short header lines
// above it ("Nora Vale, Assistant Secretary for …"), no other paragraph
// labelled.
func titledOpeningTurn(all []string) bool {
	at := -1
	for i, p := range all {
		if _, _, ok := label(p); ok {
			return false
		}
		if _, _, ok := casedLabel(p); ok {
			if at >= 0 {
				return false
			}
			at = i
			continue
		}
		if at < 0 && len(p) > 200 {
			return false // the body began before any label
		}
	}
	if at < 0 {
		return false
	}
	colon := strings.Index(all[at], ":")
	if colon < 0 {
		return false
	}
	words := strings.Fields(strings.TrimSpace(all[at][:colon]))
	if len(words) < 2 || len(words) > 5 || honorificLabels[strings.ToUpper(strings.Trim(words[0], "."))] == "" {
		return false
	}
	surname := words[len(words)-1]
	if !isCap(surname) || titleWords[surname] || roleNouns[strings.ToLower(surname)] || strings.ToUpper(surname) == surname {
		return false
	}
	for _, h := range all[:at] {
		if containsFold(letterWords(h), surname) {
			return true
		}
	}
	return false
}

// presenterRE is the line a defence department's transcript gives its
// briefer by: "Presenter: Secretary of Defense Ivo Marsh", "Presenters:
// Mr. Ivo Marsh, ASD PA".
var presenterRE = regexp.MustCompile(`^Presenters?:\s+(\S.*)$`)

// presenterBriefing: a briefing that names its presenter in a line of its
// own before any turn, whose presenter opens in ordinary case ("Secretary
// Marsh: Good evening.", "Mr. Marsh: Good afternoon.") and goes on in
// unlabelled paragraphs, the reporters' turns and the presenter's answers
// then labelled "Q:" and "A:". Every label in ordinary case must be one
// that can only be a speaker's, and the first of them must name the
// presenter, so a briefing's opening is read this way and nothing else.
func presenterBriefing(a *Article, all []string) bool {
	if !occasionRE.MatchString(a.Title) {
		return false
	}
	presenter, opened := "", false
	for _, p := range all {
		if m := presenterRE.FindStringSubmatch(p); m != nil && !opened {
			presenter = m[1]
			continue
		}
		lab, _, ok := casedLabel(p)
		if !ok {
			if _, _, caps := label(p); caps {
				opened = true
			}
			continue
		}
		w := labelWords(lab)
		if presenter == "" || !knownShape(lab) && !isAnswerer(lab) {
			return false
		}
		if !opened && (len(w) < 2 || !containsFold(letterWords(presenter), w[len(w)-1])) {
			return false
		}
		opened = true
	}
	return opened && presenter != ""
}

// containsFold: one of words is w, in any case.
func containsFold(words []string, w string) bool {
	for _, x := range words {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}
