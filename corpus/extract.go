package corpus

import (
	"iter"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/talkbot/talkbot/lexicon"
	"github.com/talkbot/talkbot/lexicon/wordnet"
)

// Extract finds the statements in an article: every direct quote, with the
// words whole, and every reported statement, each with its speaker, the day
// it was said and where; sentences the article reports on its own account
// come out as facts with no speaker. Statements are in article order.
func Extract(a *Article) []Statement {
	x := &extractor{a: a, pub: a.Published, src: a.Source(), reg: newRegistry(), said: map[*entity]*lastSaid{}}
	paras := make([]string, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		// Archived news writes quotation marks as two apostrophes: ''…''.
		paras[i] = strings.ReplaceAll(p, "''", `"`)
	}
	if len(paras) > 0 {
		paras[0] = datelineStripRE.ReplaceAllString(paras[0], "")
	}
	paras = withLists(paras)
	masked := make([]string, len(paras))
	for i, p := range paras {
		masked[i] = x.mask(i, p)
	}
	if q := x.openQuote(); q != nil && q.label == "" {
		// The text ends inside a quotation (an opening of a page, cut at
		// its last whole sentence): the quotation ends with it, and is
		// its speaker's as a closed one would be. (A quoted turn under a
		// label is the label's, or no one's.)
		q.open = false
	}
	x.learnNames(masked)
	for i, m := range masked {
		x.para = i
		x.paragraph(m)
		x.prev = m
		if x.handing != nil && i > x.handingPara && quotedUntil(paras, x.handingPara+1, i) {
			x.handing = nil // the statement printed whole in quotation marks has closed
		}
	}
	x.finishQuotes()
	x.renameLater()
	sort.SliceStable(x.out, func(i, j int) bool { return x.out[i].Seq < x.out[j].Seq })
	for i := range x.out {
		x.out[i].Seq = i
		x.out[i].ID = statementID(a.File, i, x.out[i].Text)
	}
	return x.out
}

// listItemRE opens an item of a list: "• cease hostilities", "- release
// the detainees", "* open the crossings". A dash opens one only before a
// space: "-5 degrees" is a number.
var listItemRE = regexp.MustCompile(`^(?:[•·*]\s*|[–-]\s+)\S`)

// maxListLen bounds a list joined to its sentence: a long one goes on as
// paragraphs of their own.
const maxListLen = 1500

// withLists joins the items of a list to the sentence that introduces it
// with a colon ("Under the terms of the agreement, Norland must:" then
// "• cease hostilities immediately; …"): the items say nothing alone, and
// the sentence nothing without them.
func withLists(paras []string) []string {
	var out []string
	for i := 0; i < len(paras); i++ {
		p := paras[i]
		if strings.HasSuffix(strings.TrimSpace(p), ":") {
			for i+1 < len(paras) && listItemRE.MatchString(strings.TrimSpace(paras[i+1])) && len(p) < maxListLen {
				p = strings.TrimSpace(p) + " " + strings.TrimSpace(paras[i+1])
				i++
			}
		}
		out = append(out, p)
	}
	return out
}

var datelineStripRE = regexp.MustCompile(`^(?:[A-Z][A-Za-z0-9 .,'’-]{0,40}\s)?\([A-Z][A-Za-z .]{1,20}\)\s*[—–-]+\s*|^[A-Z][A-Z .,'’-]{2,40}\s*[—–]+\s*|^[A-Z][A-Z.,'’]{2,30}(?: [A-Z][A-Z.,'’]+){0,3}\s+-+\s+` +
	// "DECATUR, Ill. — ", "LAKE PINE, Calif. - ": a place in capitals and its state.
	`|^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\s+(?:[—–]+|-+)\s+`)

type quote struct {
	parts    []string
	para     int // paragraph where it starts
	seq      int
	open     bool // still waiting for its closing mark
	speaker  *entity
	mention  string
	where    string
	date     string
	dateSet  bool // date came from the words of its attribution
	context  []string
	short    bool   // fewer than three words: a scare quote, not a statement
	byLast   bool   // speaker carried over from the sentences before, not named with it
	label    string // the speaker's label that opens a quoted transcript turn ("PENCE")
	sentEnds bool
}

func (q *quote) text() string { return quoteText(strings.Join(q.parts, " ")) }

type extractor struct {
	a      *Article
	pub    time.Time
	src    Source
	reg    *registry
	quotes []*quote
	out    []Statement
	para   int
	prev   string    // the masked paragraph before this one
	last   *lastSaid // the most recent attributed statement
	said   map[*entity]*lastSaid
	by     []*entity // who each statement of out is by
	// handing is who a statement printed whole after "The following
	// statement was released by …" (in paragraph handingPara) is by.
	handing     *entity
	handingPara int
	// subj is the speaker the sentence just read names as its subject
	// when it quotes nobody ("Ames called him a master at the game."): a
	// quotation alone in the next sentence is theirs.
	subj *lastSaid
}

// renameLater gives the statements of a source named only later ("a
// spokesperson for the ministry said …" then "The spokesperson, Ahmed
// Karimi, added …") the name they were given.
func (x *extractor) renameLater() {
	for i, e := range x.by {
		if e == nil || !e.named {
			continue
		}
		x.out[i].Speaker, x.out[i].SpeakerTitle, x.out[i].Aliases = e.name, e.title, aliases(e)
	}
}

// backRefRE marks an attribution that points back to an earlier occasion.
var backRefRE = regexp.MustCompile(`\b(?:same (?:interview|briefing|speech|statement|news conference|press conference|meeting|appearance|post|session)|said then|at the time|then)\b`)

type lastSaid struct {
	speaker *entity
	mention string
	where   string
	date    string
	dateSet bool
	para    int
	namedIn int // the paragraph, plus one, where mention names the speaker; 0 when not known
}

// mask replaces the quotes of a paragraph by ⟦n⟧ marks, joining a quote
// split by its attribution and continuing one left open in the paragraph
// before.
func (x *extractor) mask(pi int, p string) string {
	segs := splitQuotes(p)
	if len(segs) > 0 && !segs[0].quoted && strings.TrimSpace(segs[0].raw) != "" {
		// A paragraph that opens outside quotation marks ends a quotation
		// left open before it (its closing mark forgotten): a later
		// paragraph's quotation is not more of it.
		if q := x.openQuote(); q != nil && q.para < pi {
			q.open = false
		}
	}
	var b strings.Builder
	var prevQ *quote  // last quote in this paragraph
	var between []int // indexes of plain segments since prevQ
	for si, s := range segs {
		if !s.quoted {
			b.WriteString(s.raw)
			between = append(between, si)
			continue
		}
		if nickname(segs, si) {
			// Marcia “Cia” Price: the name reads on without it.
			b.WriteString(strings.Repeat(" ", len(s.raw)))
			between = append(between, si)
			continue
		}
		if isTitle(s.text) && s.closed && !(si+1 < len(segs) && spokenWord(s.text, segs[si+1])) {
			b.WriteString(s.raw)
			between = append(between, si)
			continue
		}
		label := ""
		if m := quoteLabelRE.FindStringSubmatch(s.text); m != nil {
			// "“PENCE: Well, look, …": a transcript quoted in the article,
			// each turn a quotation of the one its label names.
			label = m[1]
			s.text = s.text[len(m[0]):]
		}
		// A quote left open in the paragraph before goes on here.
		if si == 0 && strings.TrimSpace(b.String()) == "" && label == "" {
			if q := x.openQuote(); q != nil && q.para == pi-1 || (q != nil && q.para < pi && q.open) {
				q.parts = append(q.parts, s.text)
				q.open = !s.closed
				q.sentEnds = isSentenceEnd(s.text) && s.closed
				b.WriteString(mark(x.index(q)))
				prevQ, between = q, nil
				continue
			}
		}
		if prevQ != nil && !prevQ.open && joinable(segs, between) && !(si+1 < len(segs) && !segs[si+1].quoted && namedAttribution(segs[si+1].raw)) {
			prevQ.parts = append(prevQ.parts, s.text)
			prevQ.open = !s.closed
			prevQ.short = wordCount(strings.Join(prevQ.parts, " ")) < 3
			between = nil
			continue
		}
		// Any earlier quote still open in an earlier paragraph ends here.
		if q := x.openQuote(); q != nil {
			q.open = false
		}
		q := &quote{parts: []string{s.text}, para: pi, seq: pi<<16 | b.Len(), open: !s.closed, sentEnds: isSentenceEnd(s.text) && s.closed, label: label}
		q.short = wordCount(s.text) < 3
		x.quotes = append(x.quotes, q)
		b.WriteString(mark(len(x.quotes) - 1))
		prevQ, between = q, nil
	}
	// An open quote at the end of a paragraph continues only into a
	// paragraph that opens with a quotation mark; mask() of that paragraph
	// takes it up.
	return b.String()
}

// quoteLabelRE matches the label in capitals that opens a quoted turn of a
// transcript: "PENCE: ", "CHRIS WALLACE: ".
var quoteLabelRE = regexp.MustCompile(`^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s+`)

// labelled resolves a transcript label quoted in an article to someone the
// article names ("PENCE" → Mike Pence), or nil when it names no one known.
func (x *extractor) labelled(label string) (*entity, string) {
	words := strings.Fields(label)
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(r) + strings.ToLower(w[n:]) // "PENCE" → "Pence"
	}
	name := strings.Join(words, " ")
	last := words[len(words)-1]
	if x.reg.people[canonName(name)] == nil && x.reg.bySurname[last] == nil && x.reg.candidates[last].name == "" {
		// Not named in the article: a surname still ("WALLACE"), not a
		// word of the dictionary ("VIDEO", "NOTE").
		r := wordnet.Related(strings.ToLower(last))
		if notNames[last] || titleWords[last] || len(r.Close)+len(r.Loose) > 0 {
			return nil, ""
		}
	}
	return x.resolve(tokenize(name), "")
}

// nickname: segs[si] is one quoted capitalised word inside a name, between
// a first name and a surname ("Marcia “Cia” Price").
func nickname(segs []segment, si int) bool {
	s := segs[si]
	if !s.closed || si == 0 || si+1 >= len(segs) || segs[si-1].quoted || segs[si+1].quoted || len(strings.Fields(s.text)) != 1 || !isCap(s.text) || !isWord(s.text) {
		return false
	}
	before, after := segs[si-1].raw, segs[si+1].raw
	if !strings.HasSuffix(before, " ") || !strings.HasPrefix(after, " ") {
		return false
	}
	bw, aw := strings.Fields(before), strings.Fields(after)
	if len(bw) == 0 || len(aw) == 0 {
		return false
	}
	first, last := bw[len(bw)-1], aw[0]
	return isCap(first) && isWord(first) && !notNames[first] && isCap(last) && isWord(stripPossessive(strings.TrimRight(last, ",.;:)"))) && !notNames[strings.TrimRight(last, ",.;:")]
}

// namedAttribution: the text after a quotation opens an attribution that
// names its speaker ("…,” added Rep. Ames." or "…,” Ames added."): the
// quotation is that speaker's, not more of the one before it.
func namedAttribution(raw string) bool {
	toks := tokenize(strings.TrimLeft(raw, " ,—–"))
	if len(toks) < 2 {
		return false
	}
	if _, pron := pronouns[toks[1].text]; closingVerbs[toks[0].text] && !pron && isWord(toks[1].text) {
		_, ok := verbAt(toks, 0)
		return ok
	}
	for v := 1; v < len(toks) && v <= 8; v++ {
		if closingVerbs[toks[v].text] {
			_, pron := pronouns[toks[0].text]
			_, _, _, ok := looseNP(toks, 0, v)
			return ok && !pron
		}
		if !isWord(toks[v].text) && toks[v].text != "." {
			return false
		}
	}
	return false
}

// spokenWord: a quoted word that an attribution follows is something said,
// not a title: "“Meh,” wrote one reader", "“Out!” the crowd yelled".
func spokenWord(q string, next segment) bool {
	if next.quoted || len(strings.Fields(q)) != 1 || !strings.ContainsAny(q[len(q)-1:], ",!?.") {
		return false
	}
	toks := tokenize(next.raw)
	if len(toks) > 0 && isWord(toks[0].text) {
		if _, ok := verbAt(toks, 0); ok && !isCap(toks[0].text) {
			return true // "“Meh,” wrote one reader"
		}
	}
	return closingFollows(next.raw)
}

func (x *extractor) openQuote() *quote {
	if n := len(x.quotes); n > 0 && x.quotes[n-1].open {
		return x.quotes[n-1]
	}
	return nil
}

func (x *extractor) index(q *quote) int {
	for i := len(x.quotes) - 1; i >= 0; i-- {
		if x.quotes[i] == q {
			return i
		}
	}
	return -1
}

// joinable: the plain text between two quotes is only an attribution
// ("he said,", "said Blinken."), so the two are one quote.
func joinable(segs []segment, between []int) bool {
	if len(between) == 0 {
		return false
	}
	var text string
	for _, i := range between {
		text += segs[i].raw
	}
	toks := tokenize(text)
	words := 0
	verb := false
	for _, t := range toks {
		if isWord(t.text) {
			words++
			if speechVerbs[strings.ToLower(t.text)] {
				verb = true
			}
		}
	}
	// The attribution is a whole clause: it ends in punctuation before the
	// next quote opens ("he said, “…" or "Thornton told the council. “…"),
	// unlike "He said China had “…"; and it starts the text between the
	// quotes (not ", but added:").
	end := strings.TrimSpace(text)
	closed := strings.HasSuffix(end, ",") || strings.HasSuffix(end, ":") || strings.HasSuffix(end, ".") || strings.HasSuffix(end, "—")
	first := strings.ToLower(strings.TrimLeft(end, ",;—– "))
	if strings.HasPrefix(first, "but ") || strings.HasPrefix(first, "and ") || strings.HasPrefix(first, "while ") {
		return false
	}
	for i, t := range toks {
		if t.text == "." && i > 0 && i+1 < len(toks) && isCap(toks[i+1].text) && !abbreviations[toks[i-1].text] && !isInitial(toks[i-1].text) {
			return false // "…?” a narrator asks. The spot ends with X saying, “…": a sentence between
		}
	}
	early := false
	n := 0
	for i, t := range toks {
		if isWord(t.text) {
			n++
			if n > 14 {
				break
			}
			if _, ok := verbAt(toks, i); ok {
				if i+1 < len(toks) && strings.EqualFold(toks[i+1].text, "that") {
					return false
				}
				// The speaker starts the text ("Mr Habimana told Reuters …"),
				// or follows the verb ("said Maria Lopez"); not "Asked about
				// the timing, she said:".
				first := 0
				for first < len(toks) && !isWord(toks[first].text) {
					first++
				}
				if first < i {
					st, _, _, _, ok := npBefore(toks, i)
					if !ok || st != first {
						return false
					}
				}
				early = true
				break
			}
		}
	}
	return verb && early && closed && words <= 20
}

// learnNames reads every paragraph once for named people and their roles,
// so that a surname used before the full name still resolves.
var acronymRE = regexp.MustCompile(`((?:the |The )?[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|for|and|the))*) \(([A-Z][A-Z0-9]{1,7})\)`)

func (x *extractor) learnNames(masked []string) {
	for _, m := range masked {
		x.learnDescribed(m)
		for _, a := range acronymRE.FindAllStringSubmatch(m, -1) {
			full := a[1]
			if strings.HasPrefix(full, "The ") {
				full = "the " + full[4:]
			}
			x.reg.acronyms[a[2]] = full + " (" + a[2] + ")"
		}
		toks := tokenize(m)
		for i, j := range capRuns(toks) {
			words := texts(toks[i:j])
			if len(words) > 1 {
				// "President Volodymyr Zelenskiy's office": the person.
				words[len(words)-1] = stripPossessive(words[len(words)-1])
			}
			title, name, gender := splitTitleName(words)
			appos := appositiveAfter(toks, j)
			verbAfter := j < len(toks) && speechVerbs[strings.ToLower(toks[j].text)]
			switch {
			case len(name) >= 1 && len(title) > 0 && !allNotNames(title) && canStartName(name):
				x.reg.person(strings.Join(name, " "), strings.Join(title, " "), gender)
			case len(name) >= 2 && (appos != "" || verbAfter) && canStartName(name):
				x.reg.person(strings.Join(name, " "), appos, gender)
			case isName(name):
				// Someone named in full who may be quoted later by surname.
				x.reg.candidate(strings.Join(name, " "), gender)
			}
		}
	}
}

// describedRE is a group introduced by what it is: "rebel group Tanu Front",
// "the Lebanese armed group Hezbollah", "Rebel group Tanu Front".
var describedRE = regexp.MustCompile(`(?:^|[^\pL\pN])((?:[A-Za-z-]+ ){0,2}?(group|movement|militia|faction|organi[sz]ation|alliance|coalition|party|network)) ((?:[A-Z][\pL\pN'’-]*)(?: [A-Z][\pL\pN'’-]*){0,3})`)

// learnDescribed registers each group a paragraph introduces by what it
// is, so that "the militant group" later is that group.
func (x *extractor) learnDescribed(m string) {
	for _, g := range describedRE.FindAllStringSubmatch(m, -1) {
		name := stripPossessive(g[3])
		if notNames[strings.Fields(name)[0]] && !orgName(strings.Fields(name)[0]) {
			continue
		}
		e := x.reg.org(name)
		e.addHeads(g[2])
		if prev, ok := x.reg.described[g[2]]; ok && prev != e {
			x.reg.described[g[2]] = nil // two groups: "the group" is not clear
			continue
		}
		x.reg.described[g[2]] = e
	}
}

// allNotNames: every word is one that makes no name or title ("NBC" in "NBC
// South Florida" is an outlet, not South Florida's title).
func allNotNames(words []string) bool {
	for _, w := range words {
		if !notNames[w] {
			return false
		}
	}
	return true
}

func stripPossessive(w string) string {
	for _, s := range []string{"’s", "'s"} {
		if strings.HasSuffix(w, s) {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// capRun returns the end of a run of capitalized words starting at i,
// allowing "of", "for" and "the" inside it ("Secretary of State").
// capRuns yields each run of capitalised words in toks, [i, j) as capRun
// finds it, from the first on, each after the one before.
func capRuns(toks []token) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(toks); {
			if !isCap(toks[i].text) || !isWord(toks[i].text) {
				i++
				continue
			}
			j := capRun(toks, i)
			if !yield(i, j) {
				return
			}
			i = j
		}
	}
}

func capRun(toks []token, i int) int {
	j := i
	for j < len(toks) {
		t := toks[j].text
		if _, month := months[strings.ToLower(t)]; month && j > i && j+1 < len(toks) && isNumber(toks[j+1].text) {
			break // "President Ana Ruiz / June 10, 1999": a date after the name
		}
		if isCap(t) && isWord(t) {
			j++
			if j < len(toks) && toks[j].text == "." && (abbreviations[t] || isInitial(t)) {
				j++
			}
			continue
		}
		if (t == "of" || t == "for") && j+1 < len(toks) && isCap(toks[j+1].text) && j > i {
			j++
			continue
		}
		// Name particles: "Taher al-Masri", "Hamad bin Nasser".
		if j > i && (strings.HasPrefix(t, "al-") || strings.HasPrefix(t, "el-") || strings.HasPrefix(t, "bin-")) {
			j++
			continue
		}
		if j > i && nameParticles[t] && j+1 < len(toks) && isCap(toks[j+1].text) {
			j++
			continue
		}
		break
	}
	return j
}

func texts(toks []token) []string {
	out := make([]string, 0, len(toks))
	glue := false
	for k, t := range toks {
		if t.text == "." && len(out) > 0 {
			out[len(out)-1] += "."
			continue
		}
		if glue {
			out[len(out)-1] += t.text
			glue = false
			continue
		}
		if len(out) > 0 && numberSlash(toks, k) {
			out[len(out)-1] += "/" // "9/11"
			glue = true
			continue
		}
		out = append(out, t.text)
	}
	return out
}

// relatives open a relative clause, which is not part of a role.
var relatives = set(`who whose whom which that`)

// appositiveAfter reads ", a senior White House adviser," after a name.
func appositiveAfter(toks []token, j int) string {
	if j+2 >= len(toks) || toks[j].text != "," {
		return ""
	}
	d := strings.ToLower(toks[j+1].text)
	if !isArticle(d) && !strings.HasSuffix(norm(toks[j+1].text), "'s") {
		return ""
	}
	k := j + 1
	for k < len(toks) && toks[k].text != "," && toks[k].text != "." && toks[k].text != ";" && placeholder(toks[k].text) < 0 && k-j < 12 {
		if _, verb := verbAt(toks, k); verb || finite[strings.ToLower(toks[k].text)] || relatives[toks[k].text] {
			break // "…, Israel's government spokesperson said …"
		}
		k++
	}
	words := dropArticle(texts(toks[j+1 : k]))
	for len(words) > 0 && (words[len(words)-1] == "who" || words[len(words)-1] == "which" || words[len(words)-1] == "that") {
		words = words[:len(words)-1] // "a former minister who is …"
	}
	if len(words) == 0 || !hasRole(words) {
		return ""
	}
	return strings.Join(words, " ")
}

func hasRole(words []string) bool {
	for _, w := range words {
		lw := strings.ToLower(w)
		if i := strings.LastIndex(lw, "-"); i > 0 && roleNouns[lw[i+1:]] {
			return true // "Under-Secretary-General"
		}
		if roleNouns[lw] || titleWords[w] && !notNames[w] || len(w) > 1 && titleWords[strings.ToUpper(w[:1])+w[1:]] && !notNames[strings.ToUpper(w[:1])+w[1:]] && !isCap(w) {
			return true
		}
	}
	return false
}

// paragraph reads the sentences of one masked paragraph.
func (x *extractor) paragraph(m string) {
	if x.signatureAfter(m) {
		return
	}
	m = x.signatures(m)
	sentences := splitSentences(m, func(n int, rest string) bool {
		if n >= len(x.quotes) || !x.quotes[n].sentEnds || x.quotes[n].open {
			return false
		}
		// "…?” Trump said." and "…!” she shouted.": the attribution
		// follows in the same sentence (news even writes "….” Trump said.").
		if q := x.quotes[n]; strings.HasSuffix(q.parts[len(q.parts)-1], "?") || strings.HasSuffix(q.parts[len(q.parts)-1], "!") {
			if pastClosingFollows(rest) {
				return false
			}
		}
		return !closingFollows(rest)
	})
	off := 0
	for _, s := range sentences {
		if i := strings.Index(m[off:], s); i >= 0 {
			off += i
		}
		x.sentence(s, x.para<<16|off)
	}
}

// unmask puts the quotes back into masked text, marks included.
func (x *extractor) unmask(s string) string {
	if strings.Contains(s, "  ") {
		s = spacesRE.ReplaceAllString(s, " ") // a nickname blanked out
	}
	return markRE.ReplaceAllStringFunc(s, func(m string) string {
		n := placeholder(m)
		if n < 0 || n >= len(x.quotes) {
			return m
		}
		return "“" + strings.Join(x.quotes[n].parts, " ") + "”"
	})
}

// attribution is who a sentence says said something, and what.
type attribution struct {
	speaker *entity
	mention string
	content []string // masked content spans
	region  string   // the words of the attribution, for date and place
	perfect bool     // "has long said": no single day
	// reported: the clause is "<outlet> reported", which passes on what
	// someone else said.
	reported bool
	// record: the source is a record or an account, not someone who
	// spoke ("according to state records").
	record bool
	// next is a second attribution in the same sentence ("X said A, and
	// Y said B").
	next *attribution
	// question: the content is a question put in reported speech ("Ames
	// asked whether …"); asked is whom it was put to ("Ames asked the
	// envoy whether …"), the one who answers next.
	question bool
	asked    *entity
}

func (x *extractor) sentence(s string, seq int) {
	toks := tokenize(s)
	if len(toks) == 0 {
		return
	}
	ctx := x.unmask(s)
	pending := x.subj
	x.subj = nil
	x.touchOwnSubject(tokenize(blankAsides(s)))
	att := x.attribute(s, toks)
	if plain := blankAsides(s); att == nil && plain != s {
		// "Rep. John Mica (R-Fla.) said": read without the aside, then
		// take the content back in the article's words.
		if att = x.attribute(plain, tokenize(plain)); att != nil {
			att.restore(plain, s)
		}
	}
	if att == nil && strings.HasSuffix(strings.TrimSpace(s), ":") {
		// "Senator Amsel told the crowd:" with the words in the paragraph
		// after: the attribution holds for the quotation that follows.
		open := strings.TrimSpace(s) + " " + mark(1<<30)
		if a := x.preAttribution(open, tokenize(open)); a != nil && a.speaker != nil && a.next == nil {
			a.content = nil
			x.attributed(a, nil, ctx, seq)
			x.touchGroups(toks)
			return
		}
	}
	// Quotes in this sentence.
	var qs []*quote
	for _, t := range toks {
		if n := placeholder(t.text); n >= 0 && n < len(x.quotes) {
			q := x.quotes[n]
			q.context = append(q.context, ctx)
			if q.label != "" && q.speaker == nil {
				if e, mention := x.labelled(q.label); e != nil {
					q.speaker, q.mention = e, mention
				}
			}
			if !q.short {
				qs = append(qs, q)
			}
		}
	}
	if att != nil && att.speaker != nil && !selfPronouns[strings.ToLower(att.mention)] {
		x.handing = nil // someone else speaks: the statement printed whole has ended
	}
	if att == nil {
		defer x.touchGroups(toks)
		if endTextRE.MatchString(strings.TrimSpace(s)) {
			x.handing = nil // "(end text)": the article speaks again
			return
		}
		if e := x.handover(s); e != nil {
			x.handing, x.handingPara = e, x.para
		} else if x.handing != nil && x.para > x.handingPara && speaksOfStatement(toks) {
			x.handing = nil // "The joint statement came a day after …": the article speaks again
		} else if x.handing != nil && x.para > x.handingPara {
			// The statement the article prints whole after "The following
			// statement was released by …" is its issuers' words.
			for _, q := range qs {
				if q.speaker == nil {
					q.speaker = x.handing
				}
			}
			x.narration(s, toks, ctx, seq, x.handing)
			return
		}
		if e := x.titleSubject(toks); e != nil {
			// Before the names after it: "The Secretary-General spoke at
			// the Council. He told …".
			x.reg.touch(e)
		}
		if e, mention := x.refuser(s, toks); e != nil {
			// "The ministry declined to comment": the refusal is its answer.
			n := len(x.out)
			x.narration(s, toks, ctx, seq, e)
			if len(x.out) > n {
				x.out[n].Mention = mention
			}
			x.reg.touch(e)
		} else {
			x.narration(s, toks, ctx, seq, nil)
		}
		if len(qs) == 0 {
			x.subj = x.sentenceSubject(toks)
		} else if pending != nil && x.para-pending.para <= 1 && onlyQuotes(toks) {
			for _, q := range qs {
				if q.speaker == nil && !q.open {
					q.speaker, q.mention, q.byLast = pending.speaker, "", true
				}
			}
			x.last = pending
		}
		for _, q := range qs {
			if q.speaker == nil && x.last != nil && x.para-x.last.para <= 1 && !q.open {
				q.speaker, q.mention, q.byLast = x.last.speaker, "", true // named in the paragraph before
				if x.last.namedIn == x.para+1 {
					q.mention = x.last.mention // named so in this paragraph: "“…,” the tycoon said. “…”"
				}
				q.where, q.date, q.dateSet = x.last.where, x.last.date, x.last.dateSet
				x.last.para = x.para // the speaker goes on speaking
			}
		}
		return
	}
	for ; att != nil; att = att.next {
		x.attributed(att, qs, ctx, seq)
	}
	x.touchGroups(toks)
}

// touchGroups notes the movements a sentence names ("Hezbollah fired
// rockets"), for "the group" in the sentences after it.
func (x *extractor) touchGroups(toks []token) {
	for i, j := range capRuns(toks) {
		for _, w := range texts(toks[i:j]) {
			if w = stripPossessive(w); lexicon.IsGroupName(w) {
				x.reg.touch(x.reg.group(w))
			}
		}
	}
	for _, t := range toks {
		if strings.HasPrefix(t.text, "al-") && lexicon.IsGroupName(stripPossessive(t.text)) {
			x.reg.touch(x.reg.group(stripPossessive(t.text)))
		}
	}
}

// attributed records what one attribution of a sentence says: its facts,
// and the speaker, day and place of the quotes it covers.
func (x *extractor) attributed(att *attribution, qs []*quote, ctx string, seq int) {
	date, dateSet := dateIn(att.region, x.pub)
	where := whereIn(att.region)
	// "has called on …": no single day, and none for what the same speaker
	// says next either.
	habitual := !dateSet && att.perfect
	if habitual {
		dateSet = true
	}
	// The same speaker in the same passage, or referred back to ("at the
	// same briefing", "said then"), keeps the day and place.
	if prev := x.said[att.speaker]; prev != nil && att.speaker != nil && (x.para-prev.para <= 2 || backRefRE.MatchString(att.region)) {
		if !dateSet && prev.dateSet {
			date, dateSet = prev.date, true
		}
		if where == "" {
			where = prev.where
		}
	}
	if !dateSet && !x.pub.IsZero() {
		date = x.pub.Format(dateLayout)
	}
	switch {
	case att.question && att.asked == nil:
		// "A reporter asked whether …": the one who answers, in the
		// quotation or with the "he" or "she" that follows, was named
		// before; the asker does not take their place.
	case att.asked != nil && att.asked != att.speaker:
		// "Ames asked the envoy whether …": the envoy answers.
		x.said[att.speaker] = &lastSaid{speaker: att.speaker, mention: att.mention, where: where, date: date, dateSet: dateSet && !habitual, para: x.para}
		x.reg.touch(att.speaker)
		x.last = &lastSaid{speaker: att.asked, where: where, date: date, dateSet: dateSet && !habitual, para: x.para}
		x.reg.touch(att.asked)
	default:
		x.last = &lastSaid{speaker: att.speaker, mention: att.mention, where: where, date: date, dateSet: dateSet && !habitual, para: x.para, namedIn: x.para + 1}
		x.said[att.speaker] = x.last
		x.reg.touch(att.speaker)
	}
	for _, q := range qs {
		if q.speaker == nil && (att.next == nil || !att.next.covers(x, q)) {
			q.speaker, q.mention, q.where, q.date, q.dateSet = att.speaker, att.mention, where, date, dateSet
		}
	}
	for _, c := range att.content {
		c = strings.TrimSpace(c)
		c = strings.TrimLeft(c, ":,;— ")
		c = strings.TrimRight(c, ",;: ")
		c = strings.TrimSuffix(c, ".")
		if !hasOwnWords(c) && !x.shortQuoteSaid(c) {
			continue
		}
		text := x.unmask(c)
		x.emit(Statement{Kind: Fact, Text: text, SaidOn: date, Where: where, Mention: att.mention, Sentence: ctx, Seq: seq}, att.speaker)
	}
}

// restore puts the article's words back into content read from a copy of
// the sentence with its asides blanked (same length, same offsets).
func (a *attribution) restore(plain, orig string) {
	for ; a != nil; a = a.next {
		for i, c := range a.content {
			if k := strings.Index(plain, c); k >= 0 {
				a.content[i] = orig[k : k+len(c)]
			}
		}
	}
}

// covers: the quote is in this attribution's content, or a later one's.
func (a *attribution) covers(x *extractor, q *quote) bool {
	m := mark(x.index(q))
	for ; a != nil; a = a.next {
		for _, c := range a.content {
			if strings.Contains(c, m) {
				return true
			}
		}
	}
	return false
}

// shortQuoteSaid: a content span of a few words around a quotation too
// short to stand as a quote of its own ("called the mayor “unhinged”"):
// the span, quotation and all, is what was said.
func (x *extractor) shortQuoteSaid(c string) bool {
	short := false
	for _, m := range markRE.FindAllString(c, -1) {
		if n := placeholder(m); n >= 0 && n < len(x.quotes) && x.quotes[n].short {
			short = true
		}
	}
	return short && wordCount(x.unmask(c)) >= 3
}

// hasOwnWords: a content span says more than the quotes inside it.
func hasOwnWords(c string) bool {
	plain := markRE.ReplaceAllString(c, " ")
	plain = strings.TrimSpace(plain)
	for _, w := range []string{"that ", "they see ", "it was ", "it is "} {
		plain = strings.TrimPrefix(plain, w)
	}
	return wordCount(plain) >= 3
}

func (x *extractor) emit(st Statement, e *entity) {
	if e != nil {
		st.Speaker, st.SpeakerTitle = e.name, e.title
		if e.person {
			st.Aliases = aliases(e)
		}
	}
	st.Source, st.File, st.Topics = x.src, x.a.File, x.a.Topics
	x.out = append(x.out, st)
	x.by = append(x.by, e)
}

func aliases(e *entity) []string {
	parts := strings.Fields(e.name)
	if len(parts) > 1 {
		return []string{parts[len(parts)-1]}
	}
	return nil
}

// narration records a sentence the article tells on its own account, and
// the people it names as subjects for later pronouns.
func (x *extractor) narration(s string, toks []token, ctx string, seq int, by *entity) {
	rest, spokeOn, spoke := spokeDayBefore(markRE.ReplaceAllString(s, ""), x.pub)
	for i, j := range capRuns(toks) {
		_, name, _ := splitTitleName(texts(toks[i:j]))
		if len(name) > 0 {
			e := x.reg.people[strings.Join(name, " ")]
			if e == nil {
				e = x.reg.bySurname[name[len(name)-1]]
			}
			if c := x.reg.candidates[name[len(name)-1]]; e == nil && len(name) >= 2 && c.name == strings.Join(name, " ") && i > 0 && roleNouns[toks[i-1].text] {
				// Someone named in full after a role in lower case
				// ("named former ambassador Ola Brun as envoy") is
				// mentioned as much as one with a title.
				e = x.reg.person(c.name, "", c.gender)
			}
			if e != nil {
				x.reg.touch(e)
				if spoke && strings.Contains(rest, texts(toks[i:j])[0]) {
					// Their words that follow were said that day.
					x.said[e] = &lastSaid{speaker: e, date: spokeOn, dateSet: true, para: x.para}
				}
			}
		}
	}
	if !hasOwnWords(s) || strings.HasSuffix(strings.TrimSpace(s), "?") {
		return // a heading or a question the article asks is not a fact
	}
	text := strings.TrimSuffix(strings.TrimSpace(x.unmask(s)), ".")
	date, ok := dateIn(markRE.ReplaceAllString(s, ""), x.pub)
	if !ok && !x.pub.IsZero() {
		date = x.pub.Format(dateLayout)
	}
	x.emit(Statement{Kind: Fact, Text: text, SaidOn: date, Sentence: ctx, Seq: seq}, by)
}

// quotedUntil: paragraph first opens with a quotation mark and paragraph
// last closes one, so a statement printed whole from first in quotation
// marks (the paragraphs between often left open) ends with last.
func quotedUntil(paras []string, first, last int) bool {
	if first >= len(paras) || last >= len(paras) {
		return false
	}
	open, end := strings.TrimSpace(paras[first]), strings.TrimSpace(paras[last])
	return (strings.HasPrefix(open, "“") || strings.HasPrefix(open, `"`)) &&
		(strings.HasSuffix(end, "”") || strings.HasSuffix(end, `"`) || strings.HasSuffix(end, "”.") || strings.HasSuffix(end, `".`))
}

// speaksOfStatement: the sentence's subject is the statement itself ("The
// joint statement came …", "Their statement was …"), as the article
// speaks of it, not as its issuers do.
func speaksOfStatement(toks []token) bool {
	for k, t := range toks {
		w := strings.ToLower(t.text)
		switch {
		case k == 0 && (!determiners[t.text] || lexicon.IsDemonstrative(w)):
			return false // "This statement reflects …" is the issuers' own
		case lexicon.IsStatementNoun(w):
			return k > 0
		case k > 2 || !isWord(t.text) || isCap(t.text) && k > 0:
			return false
		}
	}
	return false
}

// selfPronouns are the pronouns a statement printed whole speaks in.
var selfPronouns = set(`we i us our`)

// finishQuotes emits every quote of three words or more.
func (x *extractor) finishQuotes() {
	for _, q := range x.quotes {
		if q.short {
			continue
		}
		st := Statement{Kind: Quote, Text: q.text(), Where: q.where, Mention: q.mention, Sentence: strings.Join(q.context, " "), Seq: q.seq}
		st.SaidOn = q.date
		if !q.dateSet && q.date == "" && !x.pub.IsZero() && q.speaker != nil {
			st.SaidOn = x.pub.Format(dateLayout)
		}
		if q.speaker == nil && !x.pub.IsZero() {
			st.SaidOn = x.pub.Format(dateLayout)
		}
		x.emit(st, q.speaker)
	}
}
