package corpus

import (
	"regexp"
	"slices"
	"strings"
	"time"
)

// readoutFormat is a readout of a call or meeting ("Readout of the
// President's Call with …", "Secretary of Defense …'s Call With …") or an
// official statement ("Statement by the Press Secretary on …"). What it
// reports is the account of whoever it says acted or issued it: each
// sentence is a fact of that person (or of the counterpart it names as
// its subject), said on the document's day.
type readoutFormat struct{}

func (readoutFormat) Name() string { return "readout" }

func (readoutFormat) Detect(f *input) bool {
	if k := fileKind(f.Name); k != "text" && k != "html" {
		return false
	}
	a, err := f.Article()
	if err != nil {
		return false
	}
	if yes, known := declared(a, "readout", "statement"); known {
		return yes
	}
	return readoutKind(a) != ""
}

func (readoutFormat) Read(f *input) (*Article, []Statement, error) {
	a, err := f.Article()
	if err != nil {
		return nil, nil, err
	}
	return a, ExtractReadout(a), nil
}

var (
	// readoutTitleRE: "Readout of …", "… 's Call With …".
	readoutTitleRE = regexp.MustCompile(`(?i)^(?:readout\b|.{3,120}['’]s? (?:phone )?(?:call|meeting|conversation|videoconference|video call) with\b)`)
	// statementTitleRE: "Statement by …", "Joint Statement …".
	statementTitleRE = regexp.MustCompile(`(?i)^(?:joint |press )?statement (?:by|from|of|attributable to)\b`)
	// issuerRE takes the actor from a readout's or statement's title.
	issuerRE = regexp.MustCompile(`(?i)^(?:readout:? (?:of )?|(?:joint |press )?statement (?:by|from|of) |statement attributable to (?:the )?(?:spokes(?:man|woman|person) for )?)?(?:the )?(.+?)(?:(?:['’]s?)? (?:telephone |phone )?(?:call|meeting|conversation|videoconference|video call|trip|travel|visit)\b|\s+(?:on|regarding|concerning|about|following|after|ahead of|at|in)\s|$)`)
	// occasionWithRE is the call or meeting a readout's title names.
	occasionWithRE = regexp.MustCompile(`(?i)\b((?:phone )?(?:call|meeting|conversation|videoconference|video call) with (.+))$`)
	// followingRE is the line that hands over to the readout itself.
	followingRE = regexp.MustCompile(`(?i)\b(?:provided|issued|released) the following\b|\bthe (?:following|below) is attributable to\b`)
	// callDateRE is when the call or meeting was: "spoke today", "met on
	// Monday".
	callDateRE = regexp.MustCompile(`(?i)\b(?:spoke|speaks|met|meets|called|calls|talked|held|hosted|convened|welcomed)\b[^.;]{0,120}?\b(today|yesterday|this (?:morning|afternoon|evening)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on ` + monthRE + ` \d{1,2})\b`)
)

// plainCallTitleRE is a government's title for a call or meeting that is
// the occasion and nothing else: "PM call with President Okoro",
// "Foreign Secretary meeting with the Estrian Foreign Minister" (a news
// headline goes on past the name: "… call with Okoro sparks anger").
var plainCallTitleRE = regexp.MustCompile(`^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*| of| for){0,6} (?:telephone |phone |video )?(?:call|meeting|bilateral|conversation|talks) with (?:the )?[A-Z][\w.'’-]*(?: (?:of|the|and|bin|al|[A-Z][\w.'’-]*)){0,8}$`)

// conversationTitleRE is a presidency's title that names only the
// counterpart: "Telephone conversation with President of Estria Ana
// Ilic"; the first sentence names who held it.
var conversationTitleRE = regexp.MustCompile(`^(?:Telephone|Phone|Video) (?:conversation|call|talks) with [A-Z]`)

// titleDateRE is a date after a title: ": 11 May 2018", " – July 3, 2014".
var titleDateRE = regexp.MustCompile(`\s*(?:[:|–—-]\s*)(?:\d{1,2} ` + monthRE + ` \d{4}|` + monthRE + ` \d{1,2},? \d{4})\s*$`)

// readoutTitle is a readout's title as the occasion: without "Press
// release:" before it or its date after it, "PM" written out.
func readoutTitle(a *Article) string {
	t := strings.TrimSpace(a.Title)
	t = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(t, "Press release:"), "News story:"))
	t = titleDateRE.ReplaceAllString(t, "")
	if strings.HasPrefix(t, "PM ") {
		t = "Prime Minister " + t[3:]
	}
	// "Okoro Meets with …", "Okoro Speaks with …": the occasion as a noun.
	return meetsWithRE.ReplaceAllStringFunc(t, func(m string) string {
		if l := strings.ToLower(m); strings.HasPrefix(l, "meet") || strings.HasPrefix(l, "met") || strings.Contains(l, "meeting") {
			return "meeting with "
		}
		return "call with "
	})
}

// meetsWithRE is a title's verb of meeting or calling: "Meets with",
// "Spoke With".
var meetsWithRE = regexp.MustCompile(`\b(?:Meets|Met|Speaks|Spoke|Talks|Calls|(?:Holds|Held|Has|Had) (?:(?:a )?(?:Phone|Telephone|Video) )?(?:Talks|Call|Conversation|Meeting)|Receives (?:a )?(?:Phone |Telephone )?Call from) (?:[Ww]ith )?`)

// officeStatementRE is a title naming an office's statement:
// "Foreign Secretary's statement on …", "PM statement following …".
var officeStatementRE = regexp.MustCompile(`^((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*?)(?:['’]s)? statement (?:on|following|after|about|regarding|at|to)\b`)

// statedAsRE is a statement's line naming whose words follow: "Foreign
// Secretary Dana Reyes said:", "The following statement was issued today
// by the Spokesperson for UN Secretary-General Name:", "The following
// statement by Name was issued today:".
var statedAsRE = regexp.MustCompile(`^(?:(?:[A-Z][\w.’'-]*\s+){0,6}[A-Z][\w.’'-]*) said:$|^The following statement (?:was issued (?:today )?by (?:the )?(?:[Ss]pokes(?:man|woman|person) for )?(.+?)|by (.+?) was issued(?: today)?):$`)

// statedAs is whose words a statement says follow, from its opening lines
// ("" when none says).
func statedAs(a *Article) string {
	p := statedAsLine(a)
	m := statedAsRE.FindStringSubmatch(p)
	if m == nil {
		return ""
	}
	who := strings.TrimSuffix(p, " said:")
	if m[1] != "" {
		who = m[1]
	} else if m[2] != "" {
		who = m[2]
	}
	// "UN Secretary-General Name": the organisation is not the title.
	return strings.TrimPrefix(strings.TrimPrefix(who, "UN "), "U.N. ")
}

// titledSpeaker: "Foreign Secretary Name said:", a role before the name,
// as a ministry introduces its minister's words (news writes "Name said:"
// before a quotation too).
func titledSpeaker(line string) bool {
	f := strings.Fields(line)
	if len(f) > 0 && (f[0] == "The" || f[0] == "A" || f[0] == "An") {
		f = f[1:]
	}
	return len(f) > 2 && (titleWords[f[0]] || titleWords[f[0]+"."])
}

// statedAsLine is the opening line that names whose words a statement
// holds, or "".
func statedAsLine(a *Article) string {
	for i, p := range append(append([]string{}, a.Header...), a.Paragraphs...) {
		if i > len(a.Header)+2 {
			break
		}
		if p = strings.TrimSpace(p); statedAsRE.MatchString(p) && (!strings.HasSuffix(p, " said:") || titledSpeaker(p)) {
			return p
		}
	}
	return ""
}

// handsOver: one of the first paragraphs hands over to an official's
// account ("As stated by Spokesperson …:", "… provided the following
// readout:").
func handsOver(a *Article) bool {
	for i, p := range append(append([]string{}, a.Header...), a.Paragraphs...) {
		if i > len(a.Header)+1 {
			break
		}
		if statedByRE.MatchString(p) || followingRE.MatchString(p) {
			return true
		}
	}
	return false
}

// deliveredByRE is the line that names who read a statement out: "As
// delivered by Deputy Counselor Ana Ruiz to the Permanent Council,
// Vienna", "As prepared for delivery by Ambassador Hale".
var deliveredByRE = regexp.MustCompile(`^As (?:delivered|prepared for delivery|read) by ((?:(?:\p{Lu}[\p{L}.'’-]*|d['’]\p{Lu}[\p{L}'’-]*)\s+){1,8}?\p{Lu}[\p{L}'’-]+)(?s:\s+(?:to|at|before|in)\b.*|,.*)?$`)

// deliveredBy are who the lines that name who read a statement out
// (deliveredByRE) name, in the header or the first two paragraphs.
func deliveredBy(a *Article) []string {
	var out []string
	for i, p := range append(append([]string{}, a.Header...), a.Paragraphs...) {
		if i > len(a.Header)+1 {
			break
		}
		if m := deliveredByRE.FindStringSubmatch(strings.TrimSpace(p)); m != nil {
			out = append(out, m[1])
		}
	}
	return out
}

// statedByRE opens a readout with its attribution in the same paragraph:
// "As stated by Spokesperson Dana Whitfield: Secretary …".
var statedByRE = regexp.MustCompile(`^As (?:stated|said) by ([^:]{3,80}):\s*`)

// statementHeaderRE is the header of an official statement whose title
// is its subject: "Press Statement / Adaeze N. Okafor, Secretary of State
// / July 20, 2025".
var statementHeaderRE = regexp.MustCompile(`(?i)^(?:press statement|statement|media note)\s+([A-Z][\w.'’ -]+?),\s+([A-Z][\w'’ -]+?)(?:\s+` + monthRE + `\s+\d{1,2},\s+\d{4})?$`)

// statementKindRE is a header line that is only the kind of statement.
var statementKindRE = regexp.MustCompile(`(?i)^(?:press statement|statement|media note)$`)

// headerIssuer is the "Name, Role" of a statement's header.
func headerIssuer(a *Article) (string, bool) {
	// "Press Statement" with the issuer's name and role on lines of their
	// own: "Press Statement / Ana Ruiz / Deputy Spokesperson / Washington,
	// DC / May 2, 2019".
	for i := 0; i+2 < len(a.Header); i++ {
		name, role := strings.TrimSpace(a.Header[i+1]), strings.TrimSpace(a.Header[i+2])
		// "Spokesperson, Bureau of Public Affairs": the role, not its bureau.
		role, _, _ = strings.Cut(role, ",")
		kind := strings.TrimSpace(a.Header[i])
		// An institution's page may give its title where the kind would
		// be: "Call for an End to the Fighting / Ana Ruiz / Acting
		// Department Spokesman, Office of the Spokesman".
		titled := kind == strings.TrimSpace(a.Title) && institutionRE.MatchString(a.Outlet) && isName(strings.Fields(name))
		if (statementKindRE.MatchString(kind) || titled) && !strings.Contains(name, ",") && !hasRole(strings.Fields(name)) && hasRole(strings.Fields(role)) {
			return role + " " + name, true
		}
	}
	// The header's lines, one by one, or read as one when the page put a
	// blank line between "Press Statement" and the issuer; last, "Press
	// Statement" on a line of its own read with the next, the issuer,
	// before the place and day: "Press Statement / Ana Ruiz, Deputy
	// Spokesman / Washington, DC / November 21, 2006".
	lines := append(append([]string{}, a.Header...), strings.Join(a.Header, " "))
	for i := 0; i+1 < len(a.Header); i++ {
		if kind := strings.TrimSpace(a.Header[i]); statementKindRE.MatchString(kind) {
			lines = append(lines, kind+" "+strings.TrimSpace(a.Header[i+1]))
		}
	}
	for _, h := range lines {
		// The role after the comma is a role, not the place of a dateline
		// ("Washington, DC").
		if m := statementHeaderRE.FindStringSubmatch(strings.TrimSpace(h)); m != nil && hasRole(strings.Fields(m[2])) {
			return m[2] + " " + m[1], true
		}
	}
	// A header line that is the statement's own heading, under a page
	// title that is its subject or gathers several statements: "STATEMENT
	// BY SECRETARY ADA OKAFOR", "Statement from President Ana Ilic on the
	// Corridor Deal".
	for _, h := range a.Header {
		h = strings.TrimSpace(h)
		if !statementTitleRE.MatchString(h) {
			continue
		}
		if strings.ToUpper(h) == h {
			h = roleCase(h)
		}
		if m := issuerRE.FindStringSubmatch(h); m != nil && m[1] != "" {
			return m[1], true
		}
	}
	return "", false
}

// signedTitleRE is the title of a document its author signs at the end:
// "Statement on the Corridor Cease-Fire", "Message to the Harbor Talks".
var signedTitleRE = regexp.MustCompile(`(?i)^(?:joint |press )?(?:statement|message|letter)\b`)

// signer is the person who signs a statement under a title that does not
// name them: its last paragraph is their name and nothing else ("Ana
// M. Ilic", as an archive of a president's papers closes each one), or
// their name and role ("Ana Ilic, Spokesperson"). "" when none signs.
func signer(a *Article) string {
	if !signedTitleRE.MatchString(strings.TrimSpace(a.Title)) || len(a.Paragraphs) < 2 {
		return ""
	}
	last := strings.TrimSpace(a.Paragraphs[len(a.Paragraphs)-1])
	name, role, hasComma := strings.Cut(last, ",")
	if hasComma && !hasRole(strings.Fields(role)) {
		return ""
	}
	w := strings.Fields(name)
	if !isName(w) || len(w) > 4 {
		return ""
	}
	// A known first name or a middle initial: a name, not a closing
	// ("Thank You").
	if maleNames[w[0]] || femaleNames[w[0]] || len(w) > 2 && len(w[1]) == 2 && strings.HasSuffix(w[1], ".") {
		return last
	}
	return ""
}

// readoutKind says whether an article is a readout or an official
// statement, by its title or by a line handing over to the readout.
func readoutKind(a *Article) string { return readoutKindRead(a, deliveredBy(a)) }

// readoutKindRead is readoutKind of an article whose opening lines name
// readers (deliveredBy) as the ones reading its statement out.
func readoutKindRead(a *Article, readers []string) string {
	if _, ok := headerIssuer(a); ok {
		return "statement"
	}
	if len(readers) > 0 {
		return "statement" // read out by the one it names
	}
	if signer(a) != "" {
		return "statement" // signed at its end by its author
	}
	switch {
	case statementTitleRE.MatchString(a.Title), pressOfficeStatement(a):
		return "statement"
	case strings.HasPrefix(statedAsLine(a), "The following statement "):
		// "The following statement was issued today by …:"
		return "statement"
	case officeStatementRE.MatchString(readoutTitle(a)) && (institutionRE.MatchString(a.Outlet) || statedAs(a) != ""):
		// "Foreign Secretary's statement on …" from the ministry, or
		// opening with "Foreign Secretary Name said:".
		return "statement"
	case readoutTitleRE.MatchString(a.Title), conversationTitleRE.MatchString(readoutTitle(a)):
		return "readout"
	case plainCallTitleRE.MatchString(readoutTitle(a)):
		// "Okoro Meets with Ilic" is also a news headline: a readout only
		// from the institution itself, or with its attribution line.
		if !meetsWithRE.MatchString(a.Title) || institutionRE.MatchString(a.Outlet) || handsOver(a) {
			return "readout"
		}
	}
	for i, p := range a.Paragraphs {
		if i > 1 {
			break
		}
		if followingRE.MatchString(p) && strings.Contains(strings.ToLower(p), "readout") {
			return "readout"
		}
	}
	return ""
}

// pressOfficeLineRE is a header line naming the office that releases an
// institution's statements: "Office of the Press Secretary", "Office of
// the Spokesperson".
var pressOfficeLineRE = regexp.MustCompile(`(?i)^office of the (?:press secretary|spokes(?:person|man|woman))\b`)

// subjectStatementTitleRE is a statement's title that names only its
// subject: "Statement on the Fighting in the North".
var subjectStatementTitleRE = regexp.MustCompile(`(?i)^statement (?:on|regarding|concerning|following|after)\b`)

// pressOfficeStatement: a statement titled by its subject alone, released
// under the press office's line, in the institution's "we" and not a
// principal's own "I" (speechBy): the institution's statement.
func pressOfficeStatement(a *Article) bool {
	if !subjectStatementTitleRE.MatchString(strings.TrimSpace(a.Title)) || !institutionRE.MatchString(a.Outlet) {
		return false
	}
	if !slices.ContainsFunc(append(append([]string{}, a.Header...), a.Paragraphs[:min(2, len(a.Paragraphs))]...), func(h string) bool {
		return pressOfficeLineRE.MatchString(strings.TrimSpace(h))
	}) {
		return false
	}
	return speechBy(a) == ""
}

// readoutParty is someone a readout tells of.
type readoutParty struct {
	name, title string
	person      bool
	heads       []string // words that refer to them: surname, role words
}

func (p readoutParty) speaker() labelSpeaker {
	return labelSpeaker{name: p.name, title: p.title, person: p.person}
}

// ExtractReadout reads a readout or an official statement: each sentence
// of its body becomes a fact of whoever issued it or acted in it (the
// counterpart when a sentence is about them), dated from the document.
func ExtractReadout(a *Article) []Statement {
	kind := readoutKind(a)
	if kind == "" {
		kind = a.Format
	}
	if len(a.Paragraphs) > 0 {
		if m := statedByRE.FindStringSubmatchIndex(a.Paragraphs[0]); m != nil && m[1] < len(a.Paragraphs[0]) {
			// The attribution as a line of its own, handing over to the rest.
			b := *a
			b.Paragraphs = append([]string{"The following is attributable to " + a.Paragraphs[0][m[2]:m[3]] + ":", a.Paragraphs[0][m[1]:]}, a.Paragraphs[1:]...)
			a = &b
		}
	}
	res := newLabelResolver(a, nil, nil)
	res.body = a.Paragraphs
	actor, actorMention := readoutActor(a, res)
	var counterpart *readoutParty
	title := readoutTitle(a)
	if m := occasionWithRE.FindStringSubmatch(title); m != nil && kind == "readout" {
		if c := partyOf(m[2], res); c.name != "" {
			counterpart = &c
		}
	}
	where := ""
	if m := occasionWithRE.FindStringSubmatch(title); m != nil {
		where = lowerFirst(strings.Replace(m[1], " With ", " with ", 1))
	}
	date := ""
	if day := transcriptDate(a); !day.IsZero() {
		date = day.Format(dateLayout)
		for _, p := range a.Paragraphs[:min(2, len(a.Paragraphs))] {
			if m := callDateRE.FindStringSubmatch(p); m != nil {
				if d, ok := dateIn(m[1], day); ok && d != "" {
					date = d
				}
				break
			}
		}
	}
	src := a.Source()
	var out []Statement
	for _, h := range a.Header {
		if followingRE.MatchString(h) {
			out = append(out, handover(h, date, src, a, res))
		}
	}
	prev := &actor
	signed := signer(a)
	for i, p := range a.Paragraphs {
		if signed != "" && i == len(a.Paragraphs)-1 {
			break // the signature is no statement
		}
		for _, s := range splitSentences(p, func(int, string) bool { return false }) {
			text := strings.TrimSuffix(strings.TrimSpace(s), ".")
			if wordCount(text) < 3 {
				continue
			}
			st := Statement{Kind: Fact, Text: text, SaidOn: date, Where: where, Source: src, File: a.File, Sentence: s, Topics: a.Topics}
			if kind == "statement" && date != "" {
				// A statement answers an event of the day before ("welcomes
				// the return yesterday of …"): the sentence tells of that day.
				// A readout's sentences all tell of its call or meeting.
				if m := relDayRE.FindStringSubmatch(s); m != nil && (strings.EqualFold(m[1], "yesterday") || strings.EqualFold(m[1], "last night")) {
					if d, err := time.Parse(dateLayout, date); err == nil {
						st.SaidOn = d.AddDate(0, 0, -1).Format(dateLayout)
					}
				}
			}
			if followingRE.MatchString(s) {
				out = append(out, handover(s, date, src, a, res))
				continue
			}
			who := prev
			if kind == "readout" {
				who = subjectParty(s, &actor, counterpart, prev)
			} else {
				who = &actor
				if other, day, ok := repeated(s, res, date); ok {
					// "As Secretary Okafor stated on April 19, …": the words
					// are the one the statement repeats, on their day.
					sp := other.speaker()
					st.Text = strings.TrimSuffix(strings.TrimSpace(asStatedRE.ReplaceAllString(strings.TrimSpace(s), "")), ".")
					st.Speaker, st.SpeakerTitle, st.Aliases, st.Mention = sp.name, sp.title, sp.aliases(), other.name
					if day != "" {
						st.SaidOn = day
					}
					out = append(out, st)
					continue
				}
			}
			prev = who
			sp := who.speaker()
			st.Speaker, st.SpeakerTitle, st.Aliases = sp.name, sp.title, sp.aliases()
			if who == &actor {
				st.Aliases = append(st.Aliases, institutionAliases(a.Outlet)...)
			}
			st.Mention = subjectMention(s)
			if kind != "readout" {
				st.Mention = actorMention
			}
			out = append(out, st)
		}
	}
	for i := range out {
		out[i].Seq = i
		out[i].ID = statementID(a.File, i, out[i].Text)
	}
	return out
}

// asStatedRE opens a statement's sentence with the words of another it
// repeats: "As Secretary Okafor stated on April 19, …", "As the
// President said yesterday, …".
var asStatedRE = regexp.MustCompile(`^As ((?:the )?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}'’-]+) (?:has |had )?(?:stated|said|noted|made clear)(?:\s+(today|yesterday|last week|on ` + monthRE + ` \d{1,2}|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?,\s`)

// repeated is the person a statement's sentence says it repeats
// (asStatedRE), and the day they said it when the sentence gives it.
func repeated(s string, res *labelResolver, date string) (readoutParty, string, bool) {
	m := asStatedRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return readoutParty{}, "", false
	}
	p := partyOf(m[1], res)
	if p.name == "" || !p.person {
		return readoutParty{}, "", false
	}
	day := ""
	if pub, err := time.Parse(dateLayout, date); err == nil && m[2] != "" {
		if d, ok := dateIn(m[2], pub); ok {
			day = d
		}
	}
	return p, day, true
}

// handover is the line that hands over to the readout ("Navy Press
// Secretary Rear Adm. Ines Vale provided the following readout:", "The
// below is attributable to Spokesperson Dana Whitfield:"): a statement of
// the person it names, on the document's day.
func handover(line, date string, src Source, a *Article, res *labelResolver) Statement {
	text := strings.TrimRight(strings.TrimSpace(line), ":. ")
	st := Statement{Kind: Fact, Text: text, SaidOn: date, Source: src, File: a.File, Sentence: strings.TrimSpace(line), Topics: a.Topics}
	m := followingRE.FindStringIndex(text)
	if m == nil {
		return st
	}
	who := strings.TrimSpace(text[:m[0]])
	if strings.HasSuffix(strings.ToLower(text[m[0]:m[1]]), "attributable to") {
		who = strings.TrimSpace(text[m[1]:])
	}
	if p := partyOf(who, res); p.name != "" && p.person {
		sp := p.speaker()
		st.Speaker, st.SpeakerTitle, st.Aliases, st.Mention = sp.name, sp.title, sp.aliases(), who
	}
	return st
}

// readoutActor is who the title says acted or issued the document, named
// as fully as the document names them.
func readoutActor(a *Article, res *labelResolver) (readoutParty, string) {
	// "As delivered by Deputy Counselor Ana Ruiz to the Council, Vienna":
	// a statement read out by the one its opening line names.
	readers := deliveredBy(a)
	for _, who := range readers {
		if party := partyOf(who, res); party.name != "" && party.person {
			return party, who
		}
	}
	if who := signer(a); who != "" {
		// "…\n\nAna M. Ilic": the statement is its signer's.
		name, role, _ := strings.Cut(who, ",")
		if p := partyOf(strings.TrimSpace(role+" "+name), res); p.name != "" && p.person {
			return p, name
		}
	}
	statement := readoutKindRead(a, readers) == "statement"
	if who := statedAs(a); who != "" && statement {
		if p := partyOf(who, res); p.name != "" {
			return p, who
		}
	}
	if m := officeStatementRE.FindStringSubmatch(readoutTitle(a)); m != nil && statement {
		if p := partyOf(m[1], res); p.name != "" {
			return p, m[1]
		}
	}
	if iss, ok := headerIssuer(a); ok {
		if p := partyOf(iss, res); p.name != "" {
			return p, iss
		}
	}
	if m := issuerRE.FindStringSubmatch(readoutTitle(a)); m != nil && m[1] != "" && !conversationTitleRE.MatchString(readoutTitle(a)) && !subjectStatementTitleRE.MatchString(readoutTitle(a)) {
		if p := partyOf(m[1], res); p.name != "" {
			return p, m[1]
		}
	}
	if pressOfficeStatement(a) {
		// The institution's own statement, whatever its first sentence's
		// subject ("The United States is deeply concerned …").
		return readoutParty{name: orgSpeaker(a.Outlet)}, a.Outlet
	}
	// The first sentence's subject: "Secretary Blinken spoke today with …".
	if len(a.Paragraphs) > 0 {
		for _, p := range a.Paragraphs[:min(2, len(a.Paragraphs))] {
			if followingRE.MatchString(p) {
				continue
			}
			if subj := subjectMention(p); subj != "" {
				if party := partyOf(subj, res); party.name != "" {
					return party, subj
				}
			}
			break
		}
	}
	return readoutParty{name: orgSpeaker(a.Outlet)}, a.Outlet
}

// orgSpeaker names the institution that issued a document.
func orgSpeaker(outlet string) string {
	if outlet == "" {
		return ""
	}
	if strings.HasPrefix(outlet, "The ") {
		return "the " + outlet[4:]
	}
	return outlet
}

// partyOf reads a role and name ("Secretary of Defense Lloyd J. Austin
// III", "the President", "Prime Minister Netanyahu of Israel") as a party,
// naming a bare role from the document ("the President" → "Obama").
func partyOf(phrase string, res *labelResolver) readoutParty {
	phrase = strings.TrimSpace(issuerSuffixRE.ReplaceAllString(strings.TrimSpace(phrase), ""))
	if i := strings.LastIndex(phrase, " of "); i > 0 {
		// "Prime Minister Netanyahu of Israel": the country is not the name
		// (but "Secretary of Defense" is a role).
		before := strings.Fields(phrase[:i])
		if last := before[len(before)-1]; isCap(last) && !titleWords[last] {
			phrase = phrase[:i]
		}
	}
	if strings.Contains(phrase, ",") || strings.Contains(phrase, " and ") {
		// Several issuers: "Norland, Estria and the Harbor Council".
		return readoutParty{name: phrase}
	}
	toks := tokenize(phrase)
	words := texts(toks)
	for len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) == 0 {
		return readoutParty{}
	}
	title, name, _ := splitTitleName(words)
	if len(name) == 0 || titleWords[name[0]] && len(name) == 1 || !isCap(name[0]) {
		title, name = words, nil // a role alone: "Press Secretary"
	}
	t := strings.Join(title, " ")
	heads := []string{}
	for _, w := range title {
		if isCap(w) && !notNames[w] {
			heads = append(heads, strings.ToLower(w))
		}
	}
	if len(name) == 0 {
		if n := res.named(title); n != "" {
			name = strings.Fields(n)
		} else {
			if t == "" {
				return readoutParty{}
			}
			return readoutParty{name: "the " + t, title: t, heads: heads}
		}
	}
	full, ftitle := res.fullName(name)
	if t == "" || len(ftitle) > len(t) && strings.HasPrefix(ftitle, t) {
		t = ftitle // "Secretary of State" for "Secretary"
	}
	full = canonName(full)
	f := strings.Fields(full)
	heads = append(heads, strings.ToLower(f[len(f)-1]))
	return readoutParty{name: full, title: t, person: true, heads: heads}
}

// issuerSuffixRE is a generational suffix after a name: ", Jr.", " III".
var issuerSuffixRE = regexp.MustCompile(`,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$`)

// subjectLeadRE is an opening phrase before a sentence's subject:
// "Turning to the north,", "Building on Secretary Kerry’s efforts,".
var subjectLeadRE = regexp.MustCompile(`^(?:[A-Z][a-z]+ly|In [^,]{1,60}|During [^,]{1,60}|On [^,]{1,60}|At [^,]{1,60}|[A-Z][a-z]+ing\b[^,]{0,60}|Also|Additionally|Separately|Finally|Earlier|Later|Today|Yesterday)\s*,\s*`)

// subjectMention is the subject of a sentence as written: the words
// before its first lower-case verb ("The President", "Secretary Austin",
// "He").
func subjectMention(s string) string {
	s = strings.TrimSpace(s)
	s = subjectLeadRE.ReplaceAllString(s, "")
	toks := tokenize(s)
	var words []string
	for _, t := range toks {
		w := t.text
		if len(words) > 0 && !isCap(w) && w != "of" && w != "and" && w != "." && !(len(words) == 1 && determiners[words[0]]) {
			break
		}
		if w == "," {
			break
		}
		words = append(words, w)
		if len(words) > 10 {
			return ""
		}
	}
	return strings.Join(texts(tokensOf(words)), " ")
}

func tokensOf(words []string) []token {
	out := make([]token, len(words))
	for i, w := range words {
		out[i] = token{text: w}
	}
	return out
}

// subjectParty is who a sentence of a readout is about: the counterpart
// when its subject names them, the last party for "he" or "she", and the
// actor otherwise.
func subjectParty(s string, actor, counterpart, prev *readoutParty) *readoutParty {
	subj := strings.ToLower(subjectMention(s))
	if subj == "" {
		return actor
	}
	switch subj {
	case "he", "she":
		return prev
	case "they", "the two", "both", "the leaders", "the two leaders", "the ministers", "the two ministers":
		return actor
	}
	refers := func(p *readoutParty) bool {
		if p == nil {
			return false
		}
		for _, w := range strings.Fields(strings.ReplaceAll(subj, "’s", "")) {
			for _, h := range p.heads {
				if w == h && !weakHeads[w] {
					return true
				}
			}
		}
		return false
	}
	// "The Secretary", "The President": a readout's actor by role; "The
	// Secretary and Foreign Minister Kallas": the actor with someone.
	if refers(actor) || strings.Contains(subj, " and ") {
		return actor
	}
	for _, h := range actor.heads {
		if strings.HasPrefix(subj, "the "+h) {
			return actor
		}
	}
	if refers(counterpart) {
		return counterpart
	}
	return actor
}

// weakHeads are role words too common to tell two parties apart.
var weakHeads = set(`minister secretary of the state foreign defense president prime vice deputy general ambassador
	chancellor king crown prince emir sheikh national security adviser advisor`)

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
