package corpus

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/talkbot/talkbot/lexicon"
)

// transcriptFormat is a press briefing, remarks, an interview or a
// background call: paragraphs that open with a speaker's label in capitals
// ("MR MILLER:", "THE PRESIDENT:", "QUESTION:", "Q"), each turn running to
// the next label. A named speaker's turn is their words; a reporter's
// question is kept as the question the next turn answers.
type transcriptFormat struct{}

func (transcriptFormat) Name() string { return "transcript" }

func (transcriptFormat) Detect(f *input) bool {
	if k := fileKind(f.Name); k != "text" && k != "html" {
		return false
	}
	a, err := f.Article()
	if err != nil {
		return false
	}
	if yes, known := declared(a, "transcript"); known {
		return yes
	}
	return isTranscript(a)
}

func (transcriptFormat) Read(f *input) (*Article, []Statement, error) {
	a, err := f.Article()
	if err != nil {
		return nil, nil, err
	}
	return a, ExtractTranscript(a), nil
}

var (
	// labelRE is a speaker label in capitals and a colon: "MR MILLER:",
	// "MS. JEAN-PIERRE:", "SENIOR STATE DEPARTMENT OFFICIAL ONE:", "MR.
	// McCLELLAN:", "DASD (RUE) LAURA K. COOPER:", before the words or alone
	// in its paragraph, the words in the next. A broadcast transcript adds
	// the speaker's role after a comma the first time: "DANA REYES, CNN
	// HOST:". A defence briefing puts an office and a rank before the
	// name: "HARBOUR PRESS SECRETARY AIR FORCE MAJ. GEN. IVO MARSH:".
	labelRE = regexp.MustCompile(`^(` + labelWord + `(?:\s+(?:` + labelWord + `|#?\d{1,2})){0,11}(?:,\s+` + labelWord + `(?:\s+` + labelWord + `){0,7})?)\s*:(?:\s+|$)`)
	// timedLabelRE is a speaker's name, in any case, with the time into the
	// recording, as transcription services write turns: "Dana Reyes
	// (01:49):", "Dana Reyes: (00:28)", "Speaker 1 (02:10):".
	// An archive of recordings writes the stretch of the recording and its
	// length instead: "Dana Reyes 00:00:02-00:00:19 (17 sec)".
	timedLabelRE = regexp.MustCompile(`^([A-Z][\p{L}.'’-]*(?:\s+[\p{L}0-9][\p{L}.'’-]*){0,4})(?:\s*(?:` + timeMark + `\s*:|:\s*` + timeMark + `)|\s+` + timeSpan + `)(?:\s+|$)`)
	// rosterLabelRE is a radio transcript's label: a title in ordinary
	// case, the name in capitals, the role in brackets: "Representative
	// NANCY DALE (Democrat, Ohio):", "Mr. IVO MARSH (Former Envoy):".
	rosterLabelRE = regexp.MustCompile(`^((?:[A-Z][a-z]+\.?\s+){1,3})([A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})\s*(?:\(([^()]{2,60})\))?:\s+`)
	// bareQRE is a reporter's "Q" with no colon: "Q    Mr. President, …".
	bareQRE    = regexp.MustCompile(`^Q\.?\s+(?:[A-Z(“"‘'—–-]|\.\.\.|…)`)
	timeMarkRE = regexp.MustCompile(`\s*(?:` + timeSpan + `|` + timeMark + `)`)
	// parenRE is a part of a label in brackets: "(RUE)", an office.
	parenRE = regexp.MustCompile(`\s*\([^)]*\)`)
	// notLabels open a heading, or a field of a broadcaster's script
	// ("SLUG:", "HEADLINE:", "INTRO:", "TEXT:"), not a turn.
	notLabels = set(`NOTE EDITOR'S EDITOR’S UPDATE UPDATED CORRECTION WATCH READ RELATED PHOTO PHOTOS VIDEO BREAKING
		ANALYSIS OPINION EXCLUSIVE FILE LIVE WARNING ALERT FACT SUMMARY BACKGROUND CONTEXT TIMELINE SOURCE SOURCES
		TOPICS TAGS SEE ALSO MORE PREVIOUSLY CLARIFICATION DISCLAIMER AP REUTERS AFP PRESENTER PRESENTERS
		SLUG HEADLINE INTRO TEXT BYLINE DATELINE`)
	reporterLabels  = set(`Q QUESTION REPORTER REPORTERS PARTICIPANT JOURNALIST PRESS AUDIENCE SPEAKER`)
	moderatorLabels = set(`MODERATOR OPERATOR HOST CHAIR STAFF AIDE ANNOUNCER NARRATOR`)
	// stageRE is a stage direction, not anyone's words.
	stageRE = regexp.MustCompile(`\s*\((?:Laughter|Laughs|In progress|Applause|Crosstalk|Cross-talk|Cross talk|Audio break|Pause|Off-mic|Off mic|Via interpreter|As interpreted|Through an interpreter|Through interpreter|As translated|Via translator|Through a translator|In Arabic|In Hebrew|In French|In Spanish|In Russian|Off-mike|Off mike)\.?\)\s*|\s*\[(?:Laughter|Laughs|Applause|Crosstalk|Inaudible)[^\]]{0,40}\]\s*|\s*` + timeMark + `\s*`)
	// endLineRE is a closing line of a transcript: "END 1:45 P.M. EDT",
	// "###", a start time.
	endLineRE = regexp.MustCompile(`^(?:END\b.*|#+|\*+|\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,4})?|` + timeMark + `)$`)
)

// labelWord is one word of a label in capitals: "MILLER", "U.S.",
// "McCLELLAN", "(RUE)", an office's initials with a slash ("A/S").
const labelWord = `(?:[A-Z][a-z]{1,2}[A-Z]{2}[A-Z.'’-]*|[A-Z]/[A-Z]{1,2}|[A-Z][A-Z.'’-]*|\([A-Z][\p{L}&/.,' -]{0,40}\))`

// timeMark is a time into a recording: "(01:49)", "(1:02:10)", "[11:00:00]".
const timeMark = `[(\[]\d{1,2}(?::\d{2}){1,2}[)\]]`

// timeSpan is a stretch of a recording, with its length: "00:00:02-00:00:19
// (17 sec)", "01:02-01:40 (38 seconds)".
const timeSpan = `\d{1,2}(?::\d{2}){1,2}\s*[-–]\s*\d{1,2}(?::\d{2}){1,2}(?:\s*\(\d+(?:\.\d+)?\s*(?:s|sec|secs|seconds?|min|mins|minutes?)\))?`

// label returns the speaker label a paragraph opens with and the text
// after it, or ok false.
func label(p string) (lab, rest string, ok bool) {
	if m := labelRE.FindStringSubmatchIndex(p); m != nil {
		lab = strings.TrimRight(parenRE.ReplaceAllString(p[m[2]:m[3]], ""), ". ")
		words := strings.Fields(lab)
		if len(words) == 0 {
			return "", p, false
		}
		first := strings.Trim(words[0], ".")
		if notLabels[first] || notLabels[strings.Trim(words[len(words)-1], ".")] || utf8.RuneCountInString(lab) < 2 && lab != "Q" && lab != "A" {
			return "", p, false
		}
		if strings.IndexFunc(p[m[2]:m[3]], unicode.IsLetter) < 0 {
			return "", p, false
		}
		rest := strings.TrimSpace(p[m[1]:])
		if rest == "" && !knownShape(lab) {
			return "", p, false // a heading: "SHORT READS:"
		}
		return lab, rest, true
	}
	if m := rosterLabelRE.FindStringSubmatch(p); m != nil && (m[3] != "" || titleWords[strings.Fields(m[1])[0]] || titleWords[strings.Fields(m[1])[0]+"."]) {
		// "Representative NANCY DALE (Democrat, Ohio):": the name, and
		// the role the label gives, as a broadcast's label gives it.
		// The title before the name ("Representative"), or else the
		// bracket's role ("Former Envoy"; not "Mr.").
		role := strings.TrimSpace(strings.Trim(m[1], ". "))
		if honorificLabels[strings.ToUpper(role)] == "-" || !titleWords[strings.Fields(role)[0]] {
			role = strings.TrimSpace(m[3])
		}
		lab = strings.TrimRight(m[2], ". ")
		if role != "" {
			lab += ", " + strings.ToUpper(role)
		}
		return lab, strings.TrimSpace(p[len(m[0]):]), true
	}
	if m := timedLabelRE.FindStringSubmatch(p); m != nil {
		// The time mark makes any name a turn, alone in its paragraph too.
		return strings.ToUpper(strings.TrimRight(m[1], ". ")), strings.TrimSpace(p[len(m[0]):]), true
	}
	if bareQRE.MatchString(p) {
		return "Q", strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(p, "Q"), ".")), true
	}
	return "", p, false
}

// inlineLabelRE is a label in capitals inside a paragraph, after a
// sentence's end or a header's words, as a page that lost its line breaks
// runs turns together: "… Treaty Room SECRETARY OKORO: Good morning. …
// PRIME MINISTER ILIC: Thank you." The label is group 1, or 2 for a bare
// "Q".
var inlineLabelRE = regexp.MustCompile(`(?:^|\s)((?:` + labelWord + `\s+){0,5}` + labelWord + `):\s+\S|[.?!)]\s+(Q)\s+[A-Z(“"]`)

// gluedLabelRE is a label in capitals run onto the end of a sentence
// with no space: "… January 9.SECRETARY OKORO: Friends, …".
var gluedLabelRE = regexp.MustCompile(`[\p{Ll}\d][.?!]((?:` + labelWord + `\s+){1,5}` + labelWord + `):\s+\S`)

// mayGlue: p holds a sentence's end run onto a capital ("9.S", "y.T"),
// before gluedLabelRE is asked of it: most paragraphs hold none.
func mayGlue(p string) bool {
	for i := 1; i+1 < len(p); i++ {
		if c := p[i]; (c == '.' || c == '?' || c == '!') && p[i+1] >= 'A' && p[i+1] <= 'Z' && (p[i-1] >= 'a' && p[i-1] <= 'z' || p[i-1] >= '0' && p[i-1] <= '9') {
			return true
		}
	}
	return false
}

// splitInlineTurns cuts a paragraph at the turns run together in it: where
// it holds two labels or more of a speaker's shape ("SECRETARY OKORO:",
// "MR. HALE:", "Q").
func splitInlineTurns(paras []string) []string {
	var out []string
	for _, p := range paras {
		var cuts []int
		for _, m := range inlineLabelRE.FindAllStringSubmatchIndex(p, -1) {
			at := m[2]
			if at < 0 {
				at = m[4]
			}
			lab, _, ok := label(p[at:])
			if !ok || lab != "Q" && (!knownShape(lab) || len(labelWords(lab)) < 2) {
				continue
			}
			cuts = append(cuts, at)
		}
		if len(cuts) < 2 {
			cuts = nil
			// One label run onto a sentence's end with no space between
			// ("… Sunday, January 9.SECRETARY OKORO: Friends, …"), as a
			// page that ran a photo's caption into the remarks prints it.
			if !mayGlue(p) {
				out = append(out, p)
				continue
			}
			if m := gluedLabelRE.FindStringSubmatchIndex(p); m != nil {
				if lab, _, ok := label(p[m[2]:]); ok && knownShape(lab) && len(labelWords(lab)) >= 2 {
					cuts = []int{m[2]}
				}
			}
		}
		if len(cuts) == 0 {
			out = append(out, p)
			continue
		}
		prev := 0
		for _, c := range cuts {
			if c > prev {
				out = append(out, strings.TrimSpace(p[prev:c]))
			}
			prev = c
		}
		out = append(out, strings.TrimSpace(p[prev:]))
	}
	return out
}

// headsNext: a paragraph that is a speaker's label alone ("MR MILLER:",
// "Dana Reyes (00:04):"), whose words are the next paragraph.
func headsNext(p string) bool {
	lab, rest, ok := label(p)
	return ok && rest == "" && (knownShape(lab) || timedLabelRE.MatchString(p))
}

// labelRole splits the role a broadcast transcript gives after a comma
// from the name: "DANA REYES, CNN HOST" → "DANA REYES", "CNN HOST".
func labelRole(lab string) (name, role string) {
	name, role, _ = strings.Cut(lab, ",")
	return strings.TrimSpace(name), strings.TrimSpace(role)
}

func labelWords(lab string) []string {
	f := strings.Fields(strings.ReplaceAll(lab, "’", "'"))
	for i := range f {
		f[i] = strings.Trim(f[i], ".")
	}
	return f
}

func isReporter(lab string) bool {
	w := labelWords(lab)
	if len(w) == 0 {
		return false
	}
	switch w[0] {
	case "PRESS": // "PRESS", but not "PRESS SECRETARY …"
		return len(w) == 1
	case "SPEAKER": // "SPEAKER 1" of a transcription, not the Speaker
		return len(w) == 2 && strings.IndexFunc(w[1], unicode.IsLetter) < 0
	}
	return reporterLabels[w[0]] || newsroomLabel(lab)
}

func isModerator(lab string) bool {
	w := labelWords(lab)
	return len(w) == 1 && moderatorLabels[w[0]]
}

// knownShape: a label that can only be a transcript's speaker.
func knownShape(lab string) bool {
	w := labelWords(lab)
	if len(w) == 0 {
		return false
	}
	if isReporter(lab) || isModerator(lab) || w[0] == "THE" || honorificLabels[w[0]] != "" && len(w) > 1 {
		return true
	}
	return roleNouns[strings.ToLower(w[len(w)-1])] || len(w) > 1 && roleNouns[strings.ToLower(w[len(w)-2])] || longRoleEnd(w) > 0
}

// isTranscript reads a text as a transcript when its paragraphs open with
// speaker labels: two different ones, or one that can only be a speaker
// ("THE PRESIDENT:", "MR MILLER:") in a text that says it is remarks, a
// briefing or an interview, or opens three turns. Unless its title names
// such an occasion, the labels must also be a fifth of the paragraphs from
// the first label on, or six or more: a news story that quotes a short
// exchange stays a news story.
func isTranscript(a *Article) bool {
	if casedTranscript(a) || dashInterview(a) {
		return true
	}
	count, first := 0, -1
	distinct := map[string]bool{}
	known := false
	all := allParagraphs(a)
	for i, p := range all {
		lab, _, ok := label(p)
		if !ok {
			continue
		}
		if first < 0 {
			first = i
		}
		count++
		distinct[lab] = true
		known = known || knownShape(lab)
	}
	if count == 0 {
		return false
	}
	occasion := occasionRE.MatchString(a.Title) || headerOccasion(a)
	titled := known && labelNamedIn(a.Title, distinct)
	if !occasion && !titled && count < 6 && 5*count < len(all)-first {
		return false
	}
	// A news story around a quoted exchange goes on in news style: “…,”
	// one of the diplomats said.
	reported := 0
	for _, p := range all[first:] {
		if _, _, ok := label(p); !ok && newsAttributionRE.MatchString(p) {
			reported++
		}
	}
	if reported >= 2 {
		return false
	}
	switch {
	case count >= 2 && len(distinct) >= 2:
		return true
	case known && count >= 3:
		return true
	case known && occasion:
		return true
	case titled:
		// Remarks whose page is titled for the speaker and whose opening
		// holds one turn: "Secretary Okoro at a Closing Session with …",
		// "SECRETARY OKORO: Good afternoon. …".
		return true
	}
	return false
}

// letterWords are the words of s: its runs of letters, apostrophes and
// hyphens ("Ivo Marsh, Special Envoy" → Ivo, Marsh, Special, Envoy).
func letterWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' })
}

// labelNamedIn tells whether the title names the speaker of one of the
// labels by the label's last word, a name and not a role: "SECRETARY
// OKORO:" under "Secretary Ama Okoro at a Signing Ceremony".
func labelNamedIn(title string, labels map[string]bool) bool {
	in := map[string]bool{}
	for _, w := range letterWords(title) {
		in[strings.ToLower(w)] = true
	}
	for lab := range labels {
		w := labelWords(lab)
		if len(w) < 2 || isReporter(lab) || isModerator(lab) {
			continue
		}
		last := strings.ToLower(w[len(w)-1])
		if !roleNouns[last] && in[last] {
			return true
		}
	}
	return false
}

// occasions name the occasion a transcript records, wherever its page
// prints them: "Special Briefing", "Press Availability", "Remarks".
const occasions = `press briefing|background briefing|special briefing|press conference|news conference|press availability|remarks|press gaggle`

// headerOccasionRE names, in a transcript's header, the occasion it
// records: the occasions, and "Via Teleconference". Not the words a
// title names an occasion by besides (occasionRE): a header line's
// "call", "interview", "statement" or "briefing" is as often of its
// subject ("A Call for Calm", "Briefing on the Aid Corridor").
var headerOccasionRE = regexp.MustCompile(`(?i)\b(?:` + occasions + `|via teleconference)\b`)

// clockLineRE is a header line that is only the time of day the words
// began, as a transcript prints it: "8:59 A.M. CDT", "12:23 p.m. EST".
var clockLineRE = regexp.MustCompile(`^\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,5})?$`)

// headerOccasion: the short lines before the body name the occasion, as a
// briefing's page does under a title that names only its subject ("Senior
// Official On the Northern Talks").
func headerOccasion(a *Article) bool {
	for _, h := range a.Header {
		if len(h) < 200 && (headerOccasionRE.MatchString(h) || clockLineRE.MatchString(h)) {
			return true
		}
	}
	return false
}

// dashAnswerRE opens an interview's answer with a dash, its question
// printed before it without a label: "– The talks have shown …".
var dashAnswerRE = regexp.MustCompile(`^[–—]\s+\S`)

// dashInterview: an interview printed as questions without labels, each
// answered by a paragraph that opens with a dash; two answers or more,
// and a quarter of the paragraphs.
func dashInterview(a *Article) bool {
	n := 0
	for i := 1; i < len(a.Paragraphs); i++ {
		if dashAnswerRE.MatchString(a.Paragraphs[i]) && strings.HasSuffix(strings.TrimSpace(a.Paragraphs[i-1]), "?") {
			n++
		}
	}
	return n >= 2 && 4*n >= len(a.Paragraphs)
}

// labelDashInterview writes a dash interview with the labels of a Q&A:
// "Q: " before each question, "A: " for each answer and the paragraphs
// after it.
func labelDashInterview(a *Article) *Article {
	b := *a
	b.Paragraphs = append([]string(nil), a.Paragraphs...)
	for i := 1; i < len(b.Paragraphs); i++ {
		if !dashAnswerRE.MatchString(a.Paragraphs[i]) || !strings.HasSuffix(strings.TrimSpace(a.Paragraphs[i-1]), "?") {
			continue
		}
		b.Paragraphs[i-1] = "Q: " + a.Paragraphs[i-1]
		b.Paragraphs[i] = "A: " + strings.TrimSpace(strings.TrimLeft(a.Paragraphs[i], "–—- "))
	}
	return &b
}

// newsAttributionRE is a quotation attributed in the third person, as news
// writes it and a speaker in a transcript does not.
var newsAttributionRE = regexp.MustCompile(`[,.?!]["”]\s+(?:he|she|they|(?:the|a|an|one of the) [a-z]+(?: [a-z]+)?|[A-Z][a-z]+(?: [A-Z][a-z]+)*) (?:said|says|added|told|wrote)\b|[,.?!]["”],? said (?:[A-Z][a-z]+ [A-Z][a-z]+|the [a-z]+)`)

func allParagraphs(a *Article) []string {
	return append(append([]string{}, a.Header...), a.Paragraphs...)
}

// occasionRE names the occasion of a transcript in its title: the
// occasions, and the words that name one there. (No alternative is the
// start of another's match, so their order does not change what is found.)
var occasionRE = regexp.MustCompile(`(?i)\b(` + occasions + `|briefing|joint press availability|interview|teleconference|conference call|background press call|background call|press call|call|gaggle|town hall|testimony|hearing|statement|transcript|Q&A)\b`)

// occasion is where the words were said: the kind of occasion the title
// names and the place a header line gives ("background briefing, Vienna,
// Austria"; "remarks, Hagerstown, Maryland").
func occasion(a *Article) string {
	kind := ""
	if m := occasionRE.FindString(a.Title); m != "" {
		kind = strings.ToLower(m)
		if kind == "transcript" || kind == "statement" {
			kind = ""
		}
	}
	place := ""
	for _, h := range a.Header {
		if m := placeLineRE.FindStringSubmatch(h); m != nil && !isRolePlace(m[1]) {
			place = m[1]
			break
		}
	}
	// A teleconference is a call: "what did the official say on the call".
	if strings.Contains(strings.ToLower(strings.Join(a.Header, " ")), "via teleconference") && !strings.Contains(kind, "call") {
		if kind == "" || kind == "teleconference" {
			kind = "conference call"
		} else {
			kind += " by conference call"
		}
	}
	switch {
	case kind != "" && place != "":
		return kind + ", " + place
	case kind != "":
		return kind
	}
	return place
}

// placeLineRE is a header's place: "Vienna, Austria", "Hagerstown,
// Maryland", at the end of a header paragraph.
var placeLineRE = regexp.MustCompile(`(?:^|\s)((?:(?:New|San|Santa|Los|Las|Tel|Abu|Sharm|El|Al|Saint|St\.|Kuala|Buenos|Rio|Hong|Addis|Port|Cape|Mexico|Panama|Kuwait|Guatemala|Dar) )?[A-Z][a-z]+, (?:[A-Z][a-z]+\s?){1,3}|[A-Z][a-z]+, [A-Z]{2}\b|[A-Z][a-z]+, [A-Z]\.[A-Z]\.)(?:\s+[A-Z][a-z]+ \d{1,2}, \d{4})?$`)

// isRolePlace: "Whitfield, Spokesperson" is a name and role, not a place.
// A country that may stand before a role ("Israel Defense Minister …") is
// still a place after a city: "Tel Aviv, Israel".
func isRolePlace(p string) bool {
	_, region, _ := strings.Cut(p, ", ")
	for _, w := range strings.Fields(region) {
		if roleNouns[strings.ToLower(w)] || titleWords[w] && !lexicon.IsPlaceTitleWord(w) {
			return true
		}
	}
	return false
}

// headerDateRE is a date line in a transcript's header: "July 3, 2014".
var headerDateRE = regexp.MustCompile(monthRE + `\s+\d{1,2},\s+\d{4}`)

// numericTitleDateRE is a transcription service's date in a title:
// "… Briefing 9/07/22 Transcript", "on 2/20/24".
var numericTitleDateRE = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b`)

// transcriptDate is the day of the transcript: the date its header or
// title gives, when that is the publication day or up to a month before
// it (a page is often put up the day after, a transcript saved later);
// else its publication date.
func transcriptDate(a *Article) time.Time {
	var said time.Time
	for _, p := range append(append([]string{}, a.Header...), a.Title) {
		if m := headerDateRE.FindString(p); m != "" {
			if t, err := ParseDate(strings.Replace(m, ".", "", 1)); err == nil {
				said = t
				break
			}
		}
		if m := numericTitleDateRE.FindStringSubmatch(p); m != nil {
			y := m[3]
			if len(y) == 2 {
				y = "20" + y
			}
			if t, err := time.Parse("2006-1-2", y+"-"+m[1]+"-"+m[2]); err == nil {
				said = t
				break
			}
		}
	}
	switch {
	case a.Published.IsZero():
		return said
	case !said.IsZero() && !said.After(a.Published) && a.Published.Sub(said) <= 31*24*time.Hour:
		return said
	}
	return a.Published
}

// turn is one speaker's words: from a label to the next.
type turn struct {
	label   string // in capitals
	role    string // the role the label gives after a comma, in capitals
	timed   bool   // the label carried a time mark: "Dana Reyes (01:49):"
	written string // as the document writes it
	paras   []string
}

// turnWords is the most words one statement of a long turn holds; a
// longer paragraph is cut at sentence ends. Measured on the real set's
// questions (question words on every paragraph of an answer): one
// statement a sentence 0.583, at most 30 words 0.593, 60 0.611, 90 or
// whole paragraphs 0.620; with the question on an answer's first
// paragraph only, 90 words 0.667, 150 or whole paragraphs 0.676.
const turnWords = 150

// ExtractTranscript reads a transcript: each turn of a speaker becomes
// that speaker's statements (kind quote, one for each paragraph, a long
// paragraph cut at sentence ends), said on the transcript's day at its
// occasion; a reporter's question is not a statement but the Question of
// the turn that answers it. Labels are resolved to names from the document
// itself (title, header lines, the moderator's words, front matter
// speakers); an official the document does not name stays as labelled
// ("a senior administration official"). Text before the first label that
// is not header is read as news.
func ExtractTranscript(a *Article) []Statement {
	if dashInterview(a) {
		a = labelDashInterview(a)
	}
	all := allParagraphs(a)
	label := label
	forms, anyCase := shortForms(all)
	if casedTurns(a, all, anyCase) {
		label, forms = anyLabel, anyCase // "Blinken:", "Moderator:"
	}
	if len(forms) > 0 {
		full := label
		label = func(p string) (string, string, bool) {
			if lab, rest, ok := shortTurn(p, forms); ok {
				return lab, rest, ok
			}
			return full(p)
		}
	}
	first := -1
	for i, p := range all {
		if _, _, ok := label(p); ok {
			first = i
			break
		}
	}
	if first < 0 {
		return Extract(a)
	}
	var out []Statement
	// Prose before the first turn (an interview's introduction) is news.
	// The title printed again and a "Presenter:" line are the page's
	// heading, no one's words, but they name who speaks.
	var pre, heading []string
	for _, p := range all[len(a.Header):max(first, len(a.Header))] {
		switch {
		case presenterRE.MatchString(p) || p == a.Title:
			heading = append(heading, p)
		case !endLineRE.MatchString(p):
			pre = append(pre, p)
		}
	}
	if len(pre) > 0 {
		intro := *a
		intro.Paragraphs = pre
		out = append(out, Extract(&intro)...)
		briefedBy(out, pre, transcriptDate(a))
	}
	var turns []turn
	for _, p := range all[first:] {
		if lab, rest, ok := label(p); ok {
			written := lab
			if i := strings.LastIndex(p, rest); i > 0 && rest != "" {
				written = strings.TrimRight(timeMarkRE.ReplaceAllString(p[:i], ""), ":. \t") // "Okafor" for OKAFOR
				written = shortFormRE.ReplaceAllString(written, "")                          // "Moderator" for "Moderator (M)"
			}
			name, role := labelRole(lab)
			written, _ = labelRole(written)
			turns = append(turns, turn{label: name, role: role, written: written, timed: timedLabelRE.MatchString(p)})
			p = rest
		}
		p = strings.TrimSpace(stageRE.ReplaceAllString(p, " "))
		if p == "" || endLineRE.MatchString(p) {
			continue
		}
		t := &turns[len(turns)-1]
		t.paras = append(t.paras, p)
	}
	firstNameReporters(turns)
	res := newLabelResolver(a, turns, append(heading, pre...))
	date := ""
	if d := transcriptDate(a); !d.IsZero() {
		date = d.Format(dateLayout)
	}
	where := occasion(a)
	src := a.Source()
	institution := institutionAliases(a.Outlet)
	// pending is the question the next answer answers: a reporter's turn,
	// or several in a row; an interjection ("Okay.", "Sir?") keeps the
	// question before it.
	pending, last := "", ""
	prevReporter, clarifying := false, false
	seen := map[string]bool{}
	for _, t := range turns {
		if isReporter(t.label) {
			q := strings.Join(t.paras, " ")
			// A question cut off ("How long —") goes on in the next turn.
			cut := strings.HasSuffix(q, "—") || strings.HasSuffix(q, "–") || strings.HasSuffix(q, "-") || strings.HasSuffix(q, "…")
			switch {
			case wordCount(q) < 4 && !cut:
				pending = last
			case clarifying && last != "":
				// The question put again after a speaker did not take it
				// in: both are what the answer answers.
				pending = last + " " + q
			case prevReporter:
				pending += " " + q // "How close are we —" "(Inaudible) to the deal?"
			default:
				pending = q
			}
			if prevReporter = wordCount(q) >= 4 || cut; prevReporter {
				last = pending
			}
			continue
		}
		prevReporter = false
		sp := res.resolve(t.label)
		asked := pending
		clarifying = counterQuestion(t.paras)
		if clarifying {
			// "You mean here at home, or —": the speaker asks back, and
			// answers the question once the reporter has said which.
			asked = ""
		}
		for pi, p := range t.paras {
			// The question and the answer's opening paragraph are the
			// exchange; later paragraphs often move on.
			exchange := p
			if pi == 0 {
				exchange = strings.TrimSpace(asked + " " + p)
			}
			for _, chunk := range chunkParagraph(p, turnWords) {
				key := sp.name + "\x00" + NormWords(chunk)
				if wordCount(chunk) < 3 || seen[key] {
					continue
				}
				seen[key] = true
				out = append(out, Statement{Kind: Quote, Speaker: sp.name, SpeakerTitle: sp.title, Text: chunk, SaidOn: date,
					Where: where, Source: src, Mention: t.written, File: a.File, Question: asked, Sentence: exchange,
					Topics: a.Topics, Aliases: append(sp.aliases(), institution...)})
			}
		}
		out = append(out, reportedInTurn(a, t.paras, date)...)
		pending = ""
		// An interviewer's question ("TAPPER: Do you think …?") is theirs,
		// and the question the next speaker answers.
		if n := len(t.paras); n > 0 && strings.HasSuffix(strings.TrimRight(t.paras[n-1], "”\" "), "?") {
			pending = t.paras[n-1]
		}
	}
	for i := range out {
		out[i].Seq = i
		out[i].ID = statementID(a.File, i, out[i].Text)
	}
	return out
}

// counterRE ends a turn that asks back: "You mean at home, or —", "Which
// talks?".
var counterRE = regexp.MustCompile(`(?:\?|\bor\s*(?:[—–]|--?))\s*$`)

// unheardRE is a turn that did not take the question in: "I missed the
// first part.", "Sorry, I didn't catch that.", "Say again?"
// What was missed is the question or a part of it, or "that", "you" or
// "it" ending the words ("We missed the deadline", "we did not get the
// guarantees", "we will not repeat that mistake" are answers).
var unheardRE = regexp.MustCompile(`(?i)\b(?:(?:missed|did(?:n['’]t| not) (?:hear|catch|get)) (?:the (?:first |last |second )?(?:part|question)|your question|what you (?:said|asked)|(?:that|you|it)` + turnEnd + `)` +
	`|can(?:['’]t| ?not) hear|(?:say|ask) (?:that|it) again|come again` + turnEnd + `|repeat (?:the question|your question|that` + turnEnd + `))`)

// turnEnd is the end of a phrase at a mark or the end of the turn.
const turnEnd = `(?:\s*[.?!,;—–]|\s*$|\s+(?:please|again)\b)`

// counterQuestion: the turn is a short question back to the reporter, or
// says the question was not heard: not an answer.
func counterQuestion(paras []string) bool {
	return len(paras) == 1 && wordCount(paras[0]) <= 12 && (counterRE.MatchString(paras[0]) || unheardRE.MatchString(paras[0]))
}

// reportedTurnRE finds a turn that reads out what another did or said,
// as a briefer reads out a principal's call: "On Sunday, Secretary Okoro
// spoke with …", "The minister affirmed that …" (a capitalised word, or
// a principal's title in lower case, then a verb of what they did).
var reportedTurnRE = regexp.MustCompile(`\b(?:[A-Z][a-z]+|` + strings.Join(lexicon.PrincipalTitles(), "|") + `)\s+(?:` + strings.Join(lexicon.ReportedActVerbs(), "|") + `)\b`)

// reportedInTurn is what a turn reports of others' acts on an earlier day
// it names, read as news would read it: "On Sunday, Sept. 1, Secretary
// Okoro spoke with …" happened that Sunday. The turn's own statements stay
// the briefer's, on the briefing's day; these are added beside them.
// Nothing when the turn reports nobody. (Words the turn puts in another's
// mouth stay the briefer's: read apart from the turn, "the Secretary" of
// a readout is too often left unnamed.)
func reportedInTurn(a *Article, paras []string, date string) []Statement {
	if !reportedTurnRE.MatchString(strings.Join(paras, " ")) {
		return nil
	}
	in := *a
	in.Paragraphs = paras
	in.Header = nil
	if d := transcriptDate(a); !d.IsZero() {
		in.Published = d
	}
	var out []Statement
	for _, s := range Extract(&in) {
		if s.Speaker == "" && s.SaidOn != "" && date != "" && s.SaidOn < date && !futureRE.MatchString(s.Text) {
			out = append(out, s)
		}
	}
	return out
}

// ownWordsRE is a speaker telling of their own words on a day before: "as
// I said yesterday", "we noted on Monday" (not "as I said, she spoke with
// the minister yesterday").
var ownWordsRE = regexp.MustCompile(`(?i)\b(?:I|we)(?:['’]ve| have)? (?:said|noted|mentioned|told you|spoke|stated|announced|made clear)(?: (?:this|that|it))? (?:yesterday|last night|over the weekend|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`)

// DayTold is the earlier day a sentence said on day (YYYY-MM-DD) tells of
// ("The two envoys held meetings yesterday with …", "during a call on
// Sunday"), or "": none when it names no day, only a day to come, or the
// speaker's own words of before ("as I said yesterday").
func DayTold(sentence, day string) string {
	on, err := time.Parse(dateLayout, day)
	if err != nil || futureRE.MatchString(sentence) || ownWordsRE.MatchString(sentence) {
		return ""
	}
	if d, ok := dateIn(sentence, on); ok && d != "" && d < day {
		return d
	}
	return ""
}

// futureRE finds words of what is to come: "He will travel on Thursday"
// names the coming Thursday, not the last.
var futureRE = regexp.MustCompile(`(?i)\b(?:will|shall|going to|plans? to|is to|are to|next|upcoming|coming)\b|['’]ll\b`)

// briefedByRE is a briefing's note of who gives it: "The following is a
// near-verbatim transcript of today's noon briefing by Lena Varga,
// Spokesperson for the Secretary-General."
var briefedByRE = regexp.MustCompile(`\btranscript of [^.]{0,60}?\b(?:briefing|press conference|remarks) by ([A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){1,3}),\s+([^.]{3,80}?)\.?$`)

// briefedBy gives the briefer a briefing's prose before its first label
// that names nobody else: the briefer's own words, spoken on the day. A
// sentence whose speaker the news reading found ("the Secretary-General
// said that …") keeps that speaker.
func briefedBy(sts []Statement, pre []string, day time.Time) {
	name, title := "", ""
	for _, p := range pre {
		if m := briefedByRE.FindStringSubmatch(p); m != nil {
			name, title = canonName(m[1]), strings.TrimSpace(m[2])
			break
		}
	}
	if name == "" {
		return
	}
	for i := range sts {
		s := &sts[i]
		if s.Speaker != "" || briefedByRE.MatchString(s.Text) || !strings.ContainsAny(s.Text, ".?!") && wordCount(s.Text) < 8 {
			continue // a heading ("Security Council — Gaza") or the note itself
		}
		if reportsOther(s.Text) {
			continue // "He warned that …": another's words, as the briefer reports them
		}
		s.Kind, s.Speaker, s.SpeakerTitle, s.Mention = Quote, name, title, ""
		if s.SaidOn == "" && !day.IsZero() {
			s.SaidOn = day.Format(dateLayout)
		}
	}
}

// reportsOther: a sentence whose subject, a pronoun or a few capitalised
// words, is followed by a verb of saying: "He warned that …", "The envoy
// told reporters …".
func reportsOther(sentence string) bool {
	toks := tokenize(sentence)
	for i, t := range toks {
		if i > 5 || t.text == "," {
			return false
		}
		w := strings.ToLower(t.text)
		if i > 0 && !isCap(t.text) && isWord(t.text) {
			return speechVerbs[w] && (i > 1 || pronounSubject[strings.ToLower(toks[0].text)])
		}
	}
	return false
}

var pronounSubject = set(`he she they`)

// firstNameReporters: a transcription service names the officials in
// full ("Dana Reyes (00:00):") and a reporter by the first name the
// briefer calls them by ("Matt (01:49):"); a one-word timed label that is
// no named speaker's surname is a reporter's.
func firstNameReporters(turns []turn) {
	full := map[string]bool{}
	for _, t := range turns {
		if w := labelWords(t.label); t.timed && len(w) > 1 && !isReporter(t.label) {
			full[w[len(w)-1]] = true
		}
	}
	if len(full) == 0 {
		return
	}
	for i, t := range turns {
		if w := labelWords(t.label); t.timed && len(w) == 1 && !full[w[0]] && honorificLabels[w[0]] == "" && !moderatorLabels[w[0]] && !roleNouns[strings.ToLower(w[0])] {
			turns[i].label = "REPORTER"
		}
	}
}

// chunkParagraph cuts a paragraph at sentence ends into pieces of at most
// limit words (a sentence longer than that stays whole).
func chunkParagraph(p string, limit int) []string {
	if wordCount(p) <= limit {
		return []string{p}
	}
	var out []string
	cur, n := "", 0
	for _, s := range splitSentences(p, func(int, string) bool { return false }) {
		w := wordCount(s)
		if n > 0 && n+w > limit {
			out = append(out, cur)
			cur, n = "", 0
		}
		if cur != "" {
			cur += " "
		}
		cur += s
		n += w
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// shortFormRE is the short form a label gives in brackets at its end, by
// which later turns are labelled: "Moderator (M)", "Senior Official (SO)".
var shortFormRE = regexp.MustCompile(`\s+\(([A-Z]{1,6})\)\s*:?$`)

// shortForms maps the short forms the labels give ("SO" in "Senior
// Official (SO):") to their labels: those of the labels in capitals
// (label), and those of the labels in capitals or ordinary case
// (anyLabel), read in one pass.
func shortForms(all []string) (caps, anyCase map[string]string) {
	caps, anyCase = map[string]string{}, map[string]string{}
	for _, p := range all {
		lab, rest, ok := label(p)
		inCaps := ok
		if !ok {
			lab, rest, ok = casedLabel(p)
		}
		if !ok {
			continue
		}
		head := strings.TrimSpace(strings.TrimSuffix(p, rest))
		if m := shortFormRE.FindStringSubmatch(head); m != nil && m[1] != lab {
			anyCase[m[1]] = lab
			if inCaps {
				caps[m[1]] = lab
			}
		}
	}
	return caps, anyCase
}

// shortTurn reads a turn labelled by a short form the document gave
// earlier: "SO: We meet the parties weekly." after "Senior Official (SO):".
func shortTurn(p string, forms map[string]string) (lab, rest string, ok bool) {
	short, rest, found := strings.Cut(p, ":")
	if !found || forms[short] == "" || rest != "" && rest[0] != ' ' {
		return "", p, false
	}
	return fullLabel(short, forms), strings.TrimSpace(rest), true
}

// fullLabel is the label a short form read as a label stands for
// ("SENIOR OFFICIAL" for "SO", as "Senior Official (SO):" gave it), or
// lab itself.
func fullLabel(lab string, forms map[string]string) string {
	if f := forms[lab]; f != "" {
		return f
	}
	return lab
}
