package corpus

import (
	"regexp"
	"slices"
	"strings"

	"github.com/talkbot/talkbot/lexicon"
)

// speechFormat is a speech or press remarks printed without speaker
// labels under a title that names the speaker ("Press remarks by High
// Representative Name upon arrival", "PM remarks at …", "Foreign
// Secretary's speech to …"): every paragraph is that speaker's words.
type speechFormat struct{}

func (speechFormat) Name() string { return "speech" }

func (speechFormat) Detect(f *input) bool {
	if k := fileKind(f.Name); k != "text" && k != "html" {
		return false
	}
	a, err := f.Article()
	if err != nil {
		return false
	}
	if yes, known := declared(a, "speech"); known {
		return yes
	}
	return speechBy(a) != ""
}

func (speechFormat) Read(f *input) (*Article, []Statement, error) {
	a, err := f.Article()
	if err != nil {
		return nil, nil, err
	}
	return a, ExtractSpeech(a), nil
}

// speechTitleRE names a speech's speaker in its title: "Press remarks by
// Name upon arrival", "Speech by Name at …", "Remarks of Name to …", a
// mission's "Explanation of Vote Delivered by Ambassador Name Following …".
var speechTitleRE = regexp.MustCompile(`(?i)(?:^|:\s+)(?:press |opening |closing |keynote )?(?:remarks|speech|address|intervention|explanation of (?:vote|position))(?: (?:as )?delivered)? (?:by|of|from) (?:the )?(.+?)(?:\s+(?:at|on|to|upon|after|before|following|during|in|ahead of|with)\s.*)?$`)

// ownSpeechTitleRE is a title that puts the speaker first: "PM remarks
// at …", "Foreign Secretary's speech to …".
var ownSpeechTitleRE = regexp.MustCompile(`^((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*?)(?:['’]s)? (?:remarks|speech|address) (?:at|on|to|in|during|following|after)\b`)

// onSubjectTitleRE is a title that is an official's name and what they
// spoke on: "Secretary Kerry on the Violations of the Truce", "Foreign
// Minister Ana Ruiz on the Harbour Talks"; the name must open with a
// title (see titledOn), as "Ruiz on Vell" heads news too.
var onSubjectTitleRE = regexp.MustCompile(`^((?:[A-Z][\w.’'-]*\s+){1,4}[A-Z][\w.’'-]*) on (?:the )?[A-Z]`)

// titledOn is the official an onSubjectTitleRE title names, or "".
func titledOn(t string) string {
	m := onSubjectTitleRE.FindStringSubmatch(t)
	if m == nil || !titleWords[strings.Fields(m[1])[0]] {
		return ""
	}
	return m[1]
}

// remarksTitleRE is the title of remarks that names their occasion, not
// their speaker: "Remarks Following Meeting With …", "Remarks to the
// Press", "Press Availability in …".
var remarksTitleRE = regexp.MustCompile(`(?i)^(?:(?:press|opening|closing|joint) )?(?:remarks|press availability)\b`)

// headerSpeakerRE is a header line naming the speaker and their role:
// "R. Nicholas Burns, Under Secretary for Political Affairs".
var headerSpeakerRE = regexp.MustCompile(`^((?:[A-Z]\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w.’'-]*){1,3}),\s+([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,7})$`)

// headerSpeaker is the speaker a header line under a remarks title names
// ("Remarks Following Meeting With …" / "Ana Ruiz, Under Secretary for
// Political Affairs" / place / day), as the department's pages print
// remarks; "" when none does.
func headerSpeaker(a *Article, title string) string {
	if !remarksTitleRE.MatchString(title) {
		return ""
	}
	for i, h := range a.Header {
		if i > 3 {
			break
		}
		m := headerSpeakerRE.FindStringSubmatch(strings.TrimSpace(h))
		if m == nil {
			continue
		}
		for _, w := range strings.Fields(m[2]) {
			if titleWords[w] {
				return m[2] + " " + m[1] // the role before the name, as a title writes it
			}
		}
	}
	return ""
}

// headerNameRole is the speaker a statement's header names on a line of
// their own, their title first, with their role on the next line, as a
// mission prints what its ambassador said ("Ambassador Ana Ruiz / Deputy
// Representative to the United Nations / New York, New York / May 2,
// 2024"); "" when no header does. The first lines only: a name further
// down is someone the text is about.
func headerNameRole(a *Article) string {
	for i := 0; i+1 < len(a.Header) && i < 3; i++ {
		name, role := strings.TrimSpace(a.Header[i]), strings.TrimSpace(a.Header[i+1])
		f := strings.Fields(name)
		if len(f) < 3 || len(f) > 6 || !titleWords[f[0]] || strings.ContainsAny(name, ",:") {
			continue
		}
		if !slices.ContainsFunc(f, func(w string) bool { return !isCap(w) }) && !strings.ContainsAny(role, ":") && hasRole(strings.Fields(role)) {
			return name
		}
	}
	return ""
}

// firstPersonRE is a speaker's own "I" or "we".
var firstPersonRE = regexp.MustCompile(`\b(?:I|I'm|I’m|we|We|our|Our|my|My)\b`)

// quotedSpanRE is a quotation within a paragraph.
var quotedSpanRE = regexp.MustCompile(`“[^”]*”|"[^"]*"`)

// speechBy is the speaker a speech's title names, when its body reads as
// their own words: no speaker labels, no quotation attributed as news
// attributes it, and "I" or "we" outside quotations in a third of the
// paragraphs or more.
func speechBy(a *Article) string {
	t := readoutTitle(a)
	who := ""
	if m := speechTitleRE.FindStringSubmatch(t); m != nil {
		who = m[1]
	} else if m := ownSpeechTitleRE.FindStringSubmatch(t); m != nil {
		who = m[1]
	} else {
		who = titledOn(t)
	}
	if who == "" {
		who = headerSpeaker(a, t)
	}
	if who == "" {
		who = headerNameRole(a)
	}
	own := who == "" && presidentOwn(a, t)
	if own {
		who = "the President"
	}
	if who == "" || len(a.Paragraphs) == 0 {
		return ""
	}
	first, reported := 0, 0
	for i, p := range a.Paragraphs {
		if _, _, ok := label(p); ok {
			return ""
		}
		if own && i > 0 && presidentLabelRE.MatchString(p) {
			return "" // turns: the President's among others'
		}
		if lab, _, ok := periodLabel(p); own && ok && !presidentLabelRE.MatchString(p) && lab != "" {
			return "" // another speaker's turn: "Prime Minister Ilic."
		}
		// The speaker's own "I" or "we", not one inside a quotation.
		if firstPersonRE.MatchString(quotedSpanRE.ReplaceAllString(p, "")) {
			first++
		}
		if newsAttributionRE.MatchString(p) {
			reported++
		}
	}
	// The President's own document needs only some "I" or "we": its
	// title and its publisher say whose it is.
	if reported >= 1 || 3*first < len(a.Paragraphs) && !(own && first > 0) {
		return ""
	}
	return who
}

// ownDocumentTitleRE is a title that names a document of someone's own
// words by its kind and occasion alone, as the President's papers are
// titled: "Statement on the Cease-Fire Agreement", "Remarks at the
// Signing Ceremony for …", "Address to the Nation on …".
var ownDocumentTitleRE = regexp.MustCompile(`(?i)^(?:(?:opening|closing|videotaped|radio|televised|brief) )?(?:remarks|statement|address|message)(?: to the nation)? (?:on|at|to|in|upon|following|after|before|during|prior to|regarding|concerning|announcing|marking|for)\b`)

// firstSingularRE is a speaker's own "I", "my" or "me".
var firstSingularRE = regexp.MustCompile(`\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|my|My|me)\b`)

// presidentLabelRE is the label an archive of the President's papers
// opens his words with: "The President. Thank you all."
var presidentLabelRE = regexp.MustCompile(`^The President\.\s+`)

// spokenTitleRE is the title of words spoken aloud: "Remarks at …",
// "Address to the Nation on …".
var spokenTitleRE = regexp.MustCompile(`(?i)^(?:\w+ )?(?:remarks|address)\b`)

// presidentOwn: a White House document titled by its kind and occasion
// alone (ownDocumentTitleRE), naming no one: the President's own
// statement or remarks, as the White House and the archives of the
// President's papers print them. A written statement must say "I"
// outside quotations (the press office's say "we" and "the President");
// remarks speak as "we" too ("Today we gather …").
func presidentOwn(a *Article, title string) bool {
	if !lexicon.IsUSPresidentOutlet(a.Outlet) || !ownDocumentTitleRE.MatchString(title) {
		return false
	}
	return spokenTitleRE.MatchString(title) || slices.ContainsFunc(a.Paragraphs, func(p string) bool {
		return firstSingularRE.MatchString(quotedSpanRE.ReplaceAllString(p, ""))
	})
}

// ExtractSpeech reads a speech: each paragraph (a long one cut at
// sentence ends) is the speaker's words, said on the document's day at the
// occasion its title names.
func ExtractSpeech(a *Article) []Statement {
	res := newLabelResolver(a, nil, nil)
	res.body = a.Paragraphs
	who := speechBy(a)
	if who == "" {
		return Extract(a)
	}
	sp := partyOf(who, res)
	date := ""
	if d := transcriptDate(a); !d.IsZero() {
		date = d.Format(dateLayout)
	}
	where := occasion(a)
	src := a.Source()
	aliases := append(sp.speaker().aliases(), institutionAliases(a.Outlet)...)
	var out []Statement
	for _, p := range a.Paragraphs {
		p = strings.TrimSpace(stageRE.ReplaceAllString(p, " "))
		p = presidentLabelRE.ReplaceAllString(p, "") // the one speaker's label
		for _, chunk := range chunkParagraph(p, turnWords) {
			if wordCount(chunk) < 3 {
				continue
			}
			out = append(out, Statement{Kind: Quote, Speaker: sp.name, SpeakerTitle: sp.title, Text: chunk, SaidOn: date,
				Where: where, Source: src, Mention: who, File: a.File, Sentence: chunk, Topics: a.Topics, Aliases: aliases})
		}
	}
	for i := range out {
		out[i].Seq = i
		out[i].ID = statementID(a.File, i, out[i].Text)
	}
	return out
}

func (speechFormat) namesFromCorpus() bool { return true }
