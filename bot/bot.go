package bot

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
	"github.com/talkbot/talkbot/internal/panics"
	"github.com/talkbot/talkbot/lexicon"
	"github.com/talkbot/talkbot/lexicon/wordnet"
)

// Bot answers questions from an index. It is safe for concurrent use; the
// index can be swapped while questions are being answered.
type Bot struct {
	cur  atomic.Pointer[state]
	opts Options
	lim  *limiter
}

// state is an index and what the bot has worked out from it.
type state struct {
	ix *index.Index
	v  *view
	// stop gives up the work started in the background when the index is
	// swapped out; questions still being answered on it do what they
	// need of it themselves. done is closed when that work has ended,
	// finished or given up.
	stop context.CancelFunc
	done chan struct{}
}

func newState(ix *index.Index) *state {
	if ix == nil {
		return nil
	}
	return startState(ix, ix)
}

// startState works the view of s out now, not on the first question; and
// which talks the articles are about, for status.
func startState(ix *index.Index, s Searcher) *state {
	ctx, stop := context.WithCancel(context.Background())
	st := &state{ix: ix, v: newView(s), stop: stop, done: make(chan struct{})}
	go func() {
		defer close(st.done)
		if st.v.ready(ctx) {
			st.v.talks(ctx)
		}
	}()
	return st
}

// Ready waits until the bot has worked out, for the index in use, what it
// works out once per index and otherwise in the background as the index
// is put in place (each statement's words, which talks the articles are
// about): from then on no question waits for it, nor shares the machine
// with it.
func (b *Bot) Ready() {
	if st := b.cur.Load(); st != nil {
		st.v.get().negotiations()
	}
}

// New returns a bot answering from ix.
func New(ix *index.Index, opts Options) *Bot {
	b := &Bot{opts: opts}
	b.cur.Store(newState(ix))
	if opts.RatePerMinute > 0 {
		b.lim = newLimiter(opts.RatePerMinute, opts.Burst)
	}
	return b
}

// Swap puts a new index in place and returns the old one; questions
// already being answered finish on the old one. What the bot was still
// working out from the old one in the background is given up, without
// waiting: done is closed once that work has ended, and the old index
// must not be closed before. (With no old index, done is closed.)
func (b *Bot) Swap(ix *index.Index) (old *index.Index, done <-chan struct{}) {
	st := b.cur.Swap(newState(ix))
	if st == nil {
		return nil, closedChan
	}
	st.stop()
	return st.ix, st.done
}

// closedChan is a channel already closed: there is nothing to wait for.
var closedChan = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

// Stop gives up what the bot is working out in the background from the
// index in use and waits until that work has ended, so the index can be
// closed. Questions still answered afterwards do what they need of it
// themselves.
func (b *Bot) Stop() {
	if st := b.cur.Load(); st != nil {
		st.stop()
		<-st.done
	}
}

// Index returns the index in use.
func (b *Bot) Index() *index.Index {
	if st := b.cur.Load(); st != nil {
		return st.ix
	}
	return nil
}

// Speakers lists the names of the people and sources the bot can quote.
func (b *Bot) Speakers() []string {
	ix := b.Index()
	if ix == nil {
		return nil
	}
	var out []string
	for _, s := range ix.Speakers() {
		out = append(out, s.Name)
	}
	return out
}

const maxItems = 5

// limit is how many items p may list: its Limit, or n.
func limit(p Question, n int) int {
	if p.Limit > 0 {
		return p.Limit
	}
	return n
}

// Ask answers one question. A question the bot fails on inside itself
// (an index out of range on words no one foresaw) is answered with an
// apology and logged; it does not stop the program, nor every question
// asked after it.
func (b *Bot) Ask(ctx context.Context, question string) Answer {
	return b.guarded(question, func() Answer { return b.ask(ctx, question) })
}

// ApologyText is what the asker is told when answering failed unexpectedly.
const ApologyText = "Sorry, I could not answer that just now. Please try again in a minute."

// Apology is the answer to question when answering it failed unexpectedly:
// inside the bot, or in whatever carries its answers.
func Apology(question string) Answer {
	return Answer{Question: question, Intent: None, Error: true, Summary: ApologyText}
}

// guarded is answer's answer to question; a failure inside the bot while
// answering is an apology instead, logged with its stack (to the default
// logger when the bot was given none: a failure is never silent).
func (b *Bot) guarded(question string, answer func() Answer) (a Answer) {
	if p := panics.Call(func() { a = answer() }); p != nil {
		p.Log(b.opts.Logger, "answering failed", "question", question)
		return Apology(question)
	}
	return a
}

func (b *Bot) ask(ctx context.Context, question string) Answer {
	if st := b.cur.Load(); st != nil && len(st.ix.Statements()) > 0 && !quotedRE.MatchString(question) {
		// Misspelt words read as the corpus or the parser has them
		// ("sttaus", "alawys"); quoted words are left as written.
		if mended := st.v.get().spell(question); mended != question {
			p := Parse(mended)
			p.Text = Parse(question).Text // the question as asked
			return b.AskQuestion(ctx, p)
		}
	}
	return b.AskQuestion(ctx, Parse(question))
}

// AskQuestion answers a question already parsed (or carried forward from
// an earlier one and changed); a failure inside the bot is an apology, as
// for Ask.
func (b *Bot) AskQuestion(ctx context.Context, p Question) Answer {
	return b.guarded(p.Text, func() Answer { return b.askQuestion(ctx, p) })
}

func (b *Bot) askQuestion(ctx context.Context, p Question) Answer {
	st := b.cur.Load()
	a := Answer{Question: p.Text, Intent: p.Intent}
	if st == nil || len(st.ix.Statements()) == 0 {
		a.Summary = "I have not read any articles yet."
		return a
	}
	v := st.v.get()
	if ctx.Err() != nil {
		a.Summary, a.Error = "That took too long; please ask again.", true
		return a
	}
	// Each distinct query of the question runs once, whichever way of
	// answering asks it.
	ctx = withSearchOnce(ctx, v.s)
	switch p.Intent {
	case Help:
		return help(p.Text)
	case Status:
		return b.status(ctx, v, a, p)
	case Timeline:
		return b.timeline(ctx, v, a, p)
	case Sources:
		return b.sources(v, a)
	case Quotes:
		return b.quotes(ctx, v, a, p)
	}
	if p.Intent == WhoIs && rolePhrase(p.About) != "" {
		return b.whoHolds(ctx, v, a, p)
	}
	hits, err := b.searchYears(ctx, v, p)
	if err == nil && len(hits) == 0 && p.Intent == Fact && p.Speaker != "" && p.About == "" && p.Want == WantStatement {
		// "what did the Security Council do about the proposal": a body
		// that said nothing itself may be what others tell of.
		q := p
		q.Speaker, q.About = "", p.Speaker
		hits, err = b.searchYears(ctx, v, q)
	}
	if err == nil && len(hits) == 0 && p.Intent == WhatSaid && p.Speaker != "" {
		// "what did the Harbour Gazette editor say": no speaker is
		// titled so, but the news may name who is ("The editor of the
		// weekly Harbour Gazette, Ola Brun, says …").
		if name := b.describedSpeaker(ctx, v, p.Speaker); name != "" {
			q := p
			q.Speaker = name
			hits, err = b.searchYears(ctx, v, q)
		}
	}
	reported := false
	if err == nil && len(hits) == 0 && (p.Intent == WhatSaid || p.Intent == When) && p.Speaker != "" {
		// "what did the President say about the accord": none of his own
		// words were read, but a briefer may tell them.
		hits, err = b.reportedWords(ctx, v, p)
		reported = len(hits) > 0
	}
	if err == nil && len(hits) == 0 && p.Intent == Fact && p.About != "" && p.Speaker == "" && p.Want == WantStatement {
		// "what does Okoro want the parties to do": nothing names Okoro,
		// but a statement may tell what he said ("The President calls on
		// all the parties to …").
		q := p
		q.Speaker, q.About = p.About, ""
		hits, err = b.reportedWords(ctx, v, q)
		reported = len(hits) > 0
		p.Speaker = q.Speaker // for the note
	}
	if err != nil {
		b.logError(err, p.Intent)
		a.Summary = "Sorry, something went wrong looking that up."
		a.Error = true
		return a
	}
	if len(hits) == 0 {
		a = b.unknown(v, a, p)
		if p.Intent == WhatSaid && p.Speaker != "" {
			// "what did the spokesman say about the Colombia accord",
			// asked of someone quoted on other talks only: say which.
			if who, talks := b.spokeOn(ctx, v, p.Speaker); len(talks) > 0 {
				a.Summary += " I have " + who + "'s words on " + strings.Join(talks, ", ") + "."
			}
		}
		return a
	}
	if p.Verbatim && p.Phrase != "" && !saidNearly(p.Phrase, hits[0].Statement.Text) {
		// The words are not in anything read: say so, and offer the
		// nearest statement as only that.
		a = b.unknown(v, a, p)
		a.Summary = "Nobody I have read said those words."
		a.Note = "The nearest: “" + clip(hits[0].Statement.Text, 200) + "” — " + sourceLine(item(hits[0].Statement)) + "."
		return a
	}
	for i, h := range hits {
		if i == limit(p, maxItems) {
			break
		}
		it := item(h.Statement)
		if p.Intent == Fact && i == 0 {
			it.Text = wholeSentence(h.Statement, v.s.Terms(contentWords(p.Words)))
			if p.Want == WantReason && !reasonRE.MatchString(it.Text) {
				// "why did the army boycott the talks": news gives the
				// event, then its cause.
				it.Text = v.withNext(h.Pos, it.Text)
			}
			if p.Want == WantPerson && p.Act != "" && h.Statement.Sentence != "" && actRole(h.Statement.SpeakerTitle, p.Act) {
				// "who led the delegation": the passage that names them
				// in that role, not their words.
				it.Kind, it.Text = corpus.Fact, strings.TrimSpace(h.Statement.Sentence)
			}
		}
		if p.Intent == When && p.Speaker == "" && i == 0 && h.Statement.Kind == corpus.Quote {
			// "when did the envoys meet both sides": the day the
			// speaker's words give it, not the day they spoke. One
			// sentence of the words, dated by what it tells, is no
			// quotation said that day: it is told as a fact, its
			// speaker the source.
			if sent, day := toldDay(h.Statement, v.s.Terms(contentWords(p.Words))); day != "" {
				it.Kind, it.Text, it.SaidOn = corpus.Fact, sent, day
			}
		}
		a.Items = append(a.Items, it)
	}
	a.Found = true
	a.Summary = summary(p, a.Items[0])
	if reported {
		who := a.Items[0].Speaker
		if who == "" {
			who = "the source"
		}
		a.Note = "I have not read " + p.Speaker + "'s own words on that; this is how " + who + " reported them."
	}
	if p.Intent == WhoIs {
		return whoIs(v, a, p, hits)
	}
	return a
}

// describedSpeaker is the one person the corpus quotes whom a sentence
// names close beside the words of a role asked for, all of them or all
// but one and at least two ("The editor of the weekly Harbour Gazette in
// Vell, Ola Brun, says" for "the gazette editor"; "Ada Reyes is the
// director of the Coastal Peace Forum" for "the peace forum
// head"), or "" when none or more than one is.
func (b *Bot) describedSpeaker(ctx context.Context, v *view, role string) string {
	words := strings.Fields(corpus.NormWords(contentWords(lexicon.TrimArticle(dropPossessive(role)))))
	if len(words) < 2 {
		return ""
	}
	hits, err := b.search(ctx, v, Question{Intent: Fact, Want: WantStatement, Words: role})
	if err != nil {
		return ""
	}
	for i, h := range hits {
		if i == maxDescribing {
			break
		}
		s := h.Statement
		told := s.Sentence
		if told == "" {
			told = s.Text
		}
		found := ""
		for _, sp := range v.s.Speakers() {
			if !personName(sp.Name) || !strings.Contains(told, sp.Name) || !namedBeside(told, sp.Name, words) {
				continue
			}
			if found != "" && found != sp.Name {
				return ""
			}
			found = sp.Name
		}
		if found != "" {
			return found
		}
	}
	return ""
}

// personName: a name of two words or more, each capitalised, none a word
// of an office, a body or a role ("Ola Brun", not "the U.S. State
// Department").
func personName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		l := strings.ToLower(strings.Trim(w, ".,"))
		if !startsUpper(w) || isInstitution(l) || lexicon.IsRoleNoun(l) || lexicon.IsOrgHead(w) || slices.Contains(lexicon.OfficeWords(), l) {
			return false
		}
	}
	return true
}

// namedBeside: the role's words, all or all but one and at least two, stand
// within a few words of the name in the sentence, outside the name itself.
func namedBeside(sentence, name string, role []string) bool {
	ws := strings.Fields(corpus.NormWords(sentence))
	nw := strings.Fields(corpus.NormWords(name))
	at := -1
	for i := 0; i+len(nw) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(nw)], nw) {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	n := 0
	for _, r := range role {
		if slices.Contains(nw, r) {
			return false
		}
		for j := max(0, at-describeReach); j < min(len(ws), at+len(nw)+describeReach); j++ {
			if (j < at || j >= at+len(nw)) && (ws[j] == r || len(r) >= 4 && formOf(ws[j], r)) {
				n++
				break
			}
		}
	}
	return n >= 2 && n >= len(role)-1
}

// describeReach is how many words from a name the words of its role may
// stand.
const describeReach = 10

// maxDescribing is how many of the statements that best hold a role's
// words are read for the name of who holds it.
const maxDescribing = 10

// rolePhrase is the role noun that ends a "who is the X" phrase of two
// words or more ("israeli government spokesman" → "spokesman"), or "" when
// the phrase names someone.
func rolePhrase(about string) string {
	f := strings.Fields(corpus.NormWords(about))
	if i := slices.IndexFunc(f, lexicon.IsRolePreposition); i > 0 && (len(f) > 5 || f[i] == "for" && i > 1) {
		// "us envoy for the sudan talks in jeddah", "un special envoy for
		// yemen": the role before what it is for ("secretary of state" is
		// a role whole).
		f = f[:i]
	}
	if len(f) < 2 || !lexicon.IsRoleNoun(f[len(f)-1]) || lexicon.InstitutionSet()[f[len(f)-1]] {
		return ""
	}
	return f[len(f)-1]
}

// titleHolds: a speaker's title names the role ("Israel's government
// spokesperson" holds "spokesman").
func titleHolds(title, role string) bool {
	have := strings.Fields(corpus.NormWords(title))
	if slices.Contains(have, role) || slices.Contains(have, strings.TrimSuffix(role, "s")) {
		return true
	}
	return lexicon.IsSpokesWord(role) && slices.ContainsFunc(have, lexicon.IsSpokesWord)
}

// whoHolds answers "who is the Israeli government spokesman": the speaker
// whose title fits the words and names the role, with the passage that
// names them so; nobody when no title does (no text names the envoy asked
// about).
func (b *Bot) whoHolds(ctx context.Context, v *view, a Answer, p Question) Answer {
	q := p
	q.Intent, q.Speaker, q.About, q.Words = WhatSaid, p.About, "", ""
	hits, err := b.search(ctx, v, q)
	if err != nil {
		b.logError(err, p.Intent)
		a.Summary, a.Error = "Sorry, something went wrong looking that up.", true
		return a
	}
	role := rolePhrase(p.About)
	for _, h := range hits {
		s := h.Statement
		if !titleHolds(s.SpeakerTitle, role) {
			continue
		}
		it := item(s)
		it.Kind = corpus.Fact
		if sentence := strings.TrimSpace(s.Sentence); sentence != "" {
			it.Text = sentence
		}
		a.Items, a.Found = []Item{it}, true
		a.Summary = fmt.Sprintf("%s: %s, according to %s.", s.Speaker, s.SpeakerTitle, orArticle(s.Source.Outlet))
		return a
	}
	// No one who speaks holds it: a sentence may name the holder beside
	// the role ("the UN Special Envoy, Ana Ruiz, said …", "named Ana Ruiz
	// as the special envoy for …").
	q = p
	q.Intent, q.About, q.Words = Fact, "", p.About
	if hits, err = b.search(ctx, v, q); err == nil {
		holder := holderOf(p.About)
		for _, h := range hits {
			s := h.Statement
			sentence := strings.TrimSpace(s.Sentence)
			if sentence == "" {
				sentence = s.Text
			}
			name := holder.in(sentence)
			if name == "" || !roleFor(p.About, sentence+" "+s.Source.Title) {
				continue
			}
			it := item(s)
			it.Kind, it.Text = corpus.Fact, sentence
			a.Items, a.Found = []Item{it}, true
			a.Summary = fmt.Sprintf("%s, according to %s.", name, orArticle(s.Source.Outlet))
			return a
		}
	}
	return b.unknown(v, a, p)
}

// roleHolder finds the person a sentence names beside the role a question
// asks about: the role's words then the name ("UN Special Envoy, Ana
// Ruiz,"), or the name, "as", then the role ("named Ana Ruiz as the
// special envoy"). It is made once a question, for every hit.
type roleHolder struct {
	quals         []string // the words before the role that say which one ("special" envoy)
	after, before *regexp.Regexp
}

// holderOf is the finder of the holder of the role about names, or nil
// when it names none.
func holderOf(about string) *roleHolder {
	role := rolePhrase(about)
	if role == "" {
		return nil
	}
	f := strings.Fields(corpus.NormWords(about))
	r := &roleHolder{}
	for _, w := range f[:slices.Index(f, role)] {
		if !lexicon.IsDeterminer(w) && len(w) > 2 {
			r.quals = append(r.quals, w)
		}
	}
	name := `((?:[A-Z][\p{L}'’.-]*\s+){1,4}[A-Z][\p{L}'’-]+)`
	r.after = regexp.MustCompile(`(?i:\b` + regexp.QuoteMeta(role) + `)\b,?\s+` + name)
	r.before = regexp.MustCompile(name + `\s+as\s+(?i:(?:the|a|an)\s+)?(?:[\w.-]+\s+){0,4}?(?i:` + regexp.QuoteMeta(role) + `)\b`)
	return r
}

// in is the holder the sentence names, or "": each word that says which
// role must be in the sentence too, as must the role.
func (r *roleHolder) in(sentence string) string {
	if r == nil {
		return ""
	}
	have := " " + corpus.NormWords(sentence) + " "
	for _, w := range r.quals {
		if !strings.Contains(have, " "+w+" ") {
			return ""
		}
	}
	for _, re := range []*regexp.Regexp{r.after, r.before} {
		for _, m := range re.FindAllStringSubmatch(sentence, -1) {
			words := strings.Fields(m[1])
			if len(words) >= 2 && !slices.ContainsFunc(words, func(w string) bool { return lexicon.IsTitleWord(w) || lexicon.IsRoleNoun(strings.ToLower(w)) }) {
				return strings.Join(words, " ")
			}
		}
	}
	return ""
}

// roleFor: what a role is for ("for yemen", "for israeli palestinian
// negotiations") is named in the words given, its every word of content.
func roleFor(about, words string) bool {
	f := strings.Fields(corpus.NormWords(about))
	i := slices.Index(f, "for")
	if i < 0 {
		return true
	}
	have := " " + corpus.NormWords(words) + " "
	for _, w := range f[i+1:] {
		if !lexicon.IsDeterminer(w) && len(w) > 2 && !genericTopic[w] && !strings.Contains(have, " "+w+" ") {
			return false
		}
	}
	return true
}

// whoIs answers "who is X" with X's role and where it comes from: the
// speaker's title as an article gives it, or the sentence that names X
// with a role ("Ministry Press Secretary Col. Ines Varga", "Tomas
// Hale, Delta's government spokesperson"), first.
func whoIs(v *view, a Answer, p Question, hits []ranked) Answer {
	// The name, as the view's normalised words of a statement would hold
	// it: a hit whose words and sentence do not is not looked at again.
	name := " " + corpus.NormWords(p.About) + " "
	for _, it := range a.Items {
		if it.SpeakerTitle != "" && mentionsName(it.Speaker, p.About) {
			a.Summary = fmt.Sprintf("%s: %s, according to %s.", it.Speaker, it.SpeakerTitle, orArticle(it.Source.Outlet))
			break
		}
	}
	for _, h := range hits {
		s := h.Statement
		sentence := s.Sentence
		if sentence == "" {
			sentence = s.Text
		}
		if v.mayHold(h.Pos, name) && roleIn(sentence, p.About) {
			it := Item{Kind: corpus.Fact, Text: strings.TrimSpace(sentence), Source: s.Source}
			a.Items = append([]Item{it}, a.Items...)
			if len(a.Items) > maxItems {
				a.Items = a.Items[:maxItems]
			}
			if !strings.Contains(a.Summary, "according to") {
				a.Summary = fmt.Sprintf("Who %s is, according to %s:", p.About, orArticle(s.Source.Outlet))
			}
			return a
		}
	}
	return a
}

// roleIn reports whether a sentence names a person with a role beside
// them: every word of the name, and a role word ("secretary", "envoy",
// "spokesperson") within a few words of it.
func roleIn(sentence, name string) bool {
	words := strings.Fields(corpus.NormWords(name))
	have := strings.Fields(corpus.NormWords(sentence))
	if len(words) == 0 {
		return false
	}
	for i := range have {
		if i+len(words) > len(have) || !slices.Equal(have[i:i+len(words)], words) {
			continue
		}
		for j := max(0, i-6); j < min(len(have), i+len(words)+6); j++ {
			if (j < i || j >= i+len(words)) && (genericRole[have[j]] || lexicon.IsRoleNoun(have[j])) {
				return true
			}
		}
	}
	return false
}

// numberWord finds a number in normalised words, as a word or an ordinal
// ("20", "20th").
func numberWord(n string) *regexp.Regexp {
	alt := regexp.QuoteMeta(corpus.NormWords(n))
	if k, err := strconv.Atoi(n); err == nil && k > 0 && k < len(smallNumbers) {
		// "3 weeks" is "three weeks".
		alt += "|" + smallNumbers[k]
	}
	// "1000" is "1,000" (its words "1 000"), and "1,000" is "1000".
	if plain := strings.ReplaceAll(n, ",", ""); thousandsRE.MatchString(n) || plainNumberRE.MatchString(n) && len(plain) > 3 {
		alt += "|" + regexp.QuoteMeta(plain) + "|" + grouped(plain)
	}
	return regexp.MustCompile(` (?:` + alt + `)(?:st|nd|rd|th)? `)
}

var (
	// thousandsRE is a number written with commas between thousands.
	thousandsRE = regexp.MustCompile(`^\d{1,3}(?:,\d{3})+$`)
	// plainNumberRE is a whole number written without them.
	plainNumberRE = regexp.MustCompile(`^\d+$`)
)

// grouped is a whole number's digits in threes as normalised words hold
// them ("1000" → "1 000").
func grouped(digits string) string {
	var parts []string
	for len(digits) > 3 {
		parts = append([]string{digits[len(digits)-3:]}, parts...)
		digits = digits[:len(digits)-3]
	}
	return strings.Join(append([]string{digits}, parts...), " ")
}

var digitsRE = regexp.MustCompile(`^\d+(?:[.,]\d+)*$`)

// numbersIn finds the numbers written in digits in a question's words
// ("20", "2.5"; not "M23").
func numbersIn(words string) []*regexp.Regexp {
	var out []*regexp.Regexp
	prev := ""
	for _, w := range strings.Fields(words) {
		w = strings.Trim(w, `?!,;:"'()“”‘’`)
		if i := strings.IndexAny(w, "-–"); i > 0 {
			w = w[:i] // "30-day"
		}
		if digitsRE.MatchString(w) {
			out = append(out, numberWord(w))
		} else if k := slices.Index(smallNumbers, strings.ToLower(w)); k > 0 && k < len(ordinals) && stageNouns[strings.ToLower(prev)] {
			// "phase two": which phase is asked, written as "phase two",
			// "phase 2" or "the second phase".
			n := regexp.QuoteMeta(strings.ToLower(prev))
			out = append(out, regexp.MustCompile(fmt.Sprintf(` (?:%s (?:%d|%s)|%s %s) `, n, k, smallNumbers[k], ordinals[k], n)))
		}
		prev = w
	}
	return out
}

// smallNumbers and ordinals are the numbers written in words and their
// ordinals, each at its own index, as far as stages go.
var smallNumbers, ordinals = lexicon.SmallNumbers(), lexicon.Ordinals()

// stageNouns name a step of a deal or talks that a number tells apart.
var stageNouns = lexicon.StageNounSet()

// monthWord is a month's name, written out or short ("Feb.", "Sept"), in
// the regular expressions that find a day or a time in a statement's words.
const monthWord = `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*`

// dayNamedRE names a day in a statement's words: a weekday, "yesterday",
// "today", or a month and day.
var dayNamedRE = regexp.MustCompile(`(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|` + monthWord + `\.?\s+\d{1,2}(?:st|nd|rd|th)?)\b`)

// timeNamedRE names a time of the day the words were said: a part of it
// ("this afternoon", "last night", "earlier today") or the clock ("at
// 3:10 p.m.", "11 a.m.").
var timeNamedRE = regexp.MustCompile(`(?i)\b(?:this (?:morning|afternoon|evening)|tonight|last night|earlier today|\d{1,2}(?::\d{2})?\s?[ap]\.?m\b\.?)`)

// namesTime is timeNamedRE.MatchString(text), asked only of a text that
// holds a word or mark such a time needs: a clock's time needs a digit,
// and the parts of a day need "this ", "night" or "today" (in lower case;
// "ſ", which the expression folds to "s", in "this" too). Most texts hold
// "am" or "m." in some word ("Hamas", "program") and no digit: the
// expression, which can match anywhere, was tried at every place of
// them, asked of every hit of a "when" question (5% of the benchmark
// questions' answers).
func namesTime(text string) bool {
	l := strings.ToLower(text)
	if !strings.Contains(l, "this ") && !strings.Contains(l, "night") && !strings.Contains(l, "today") && !strings.Contains(l, "m.") && !strings.Contains(l, "am") && !strings.Contains(l, "pm") {
		return false
	}
	if !strings.ContainsAny(text, "0123456789") && !strings.Contains(l, "this ") && !strings.Contains(l, "thi\u017f ") && !strings.Contains(l, "night") && !strings.Contains(l, "today") {
		return false
	}
	return timeNamedRE.MatchString(text)
}

// dayNamedAtRE is dayNamedRE at the start of the text it is given.
var dayNamedAtRE = regexp.MustCompile(`^` + dayNamedRE.String())

// dayWordStarts are the first three letters of every word that may begin
// a day named (dayNamedRE), in lower case.
var dayWordStarts = func() map[[3]byte]bool {
	m := map[[3]byte]bool{}
	for _, w := range strings.Fields("mon tue wed thu fri sat sun yes tod jan feb mar apr may jun jul aug sep oct nov dec") {
		m[[3]byte{w[0], w[1], w[2]}] = true
	}
	return m
}()

// namesDay is dayNamedRE.MatchString(text), asked only where a word
// begins with what a day named begins with: a regular expression that
// can match anywhere is tried at every place of a statement's words, and
// asked of every hit of a "when" question it was half the question's
// work. (Only "ſ" and the Kelvin sign fold to ASCII letters in a
// case-insensitive expression; a text with either is asked whole.)
func namesDay(text string) bool {
	if strings.ContainsRune(text, 'ſ') || strings.ContainsRune(text, '\u212a') {
		return dayNamedRE.MatchString(text)
	}
	lower := func(b byte) byte {
		if 'A' <= b && b <= 'Z' {
			return b + 'a' - 'A'
		}
		return b
	}
	for i := 0; i+3 <= len(text); i++ {
		if i > 0 && wordByte(text[i-1]) || !dayWordStarts[[3]byte{lower(text[i]), lower(text[i+1]), lower(text[i+2])}] {
			continue
		}
		if dayNamedAtRE.MatchString(text[i:]) {
			return true
		}
	}
	return false
}

// wordByte: b is a word character as \b reads them, ASCII.
func wordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

// hasNumbers: statement i holds every one of nums (as numberWord finds
// them).
func (v *view) hasNumbers(i int, nums []*regexp.Regexp) bool {
	if i < 0 || i >= len(v.norm) {
		return len(nums) == 0
	}
	for _, n := range nums {
		if !n.MatchString(v.norm[i]) {
			return false
		}
	}
	return true
}

// aboutQuery is the person or thing asked about as the index is asked:
// its words, and their other forms and places ("Tehran" → "Iran").
func aboutQuery(about string) string {
	out := []string{about}
	for _, w := range strings.Fields(about) {
		if long, ok := lexicon.ShortForm(strings.ToLower(w)); ok {
			out = append(out, long) // "govt": "government"
			w = long
		}
		out = append(out, relatedWords(w).Close...)
	}
	return strings.Join(out, " ")
}

// aboutAsk is the name asked about as aboutFits compares it, worked out
// once a question, not once a hit: its words of three letters or more,
// and the other forms and places of each ("Tehran" → "Iran").
type aboutAsk struct {
	words   []string
	related [][]string
}

func askAbout(about string) aboutAsk {
	var a aboutAsk
	for _, w := range strings.Fields(corpus.NormWords(about)) {
		if len(w) < 3 || stopWords[w] {
			continue
		}
		if long, ok := lexicon.ShortForm(w); ok {
			w = long // "the colombian govt": the government
		}
		a.words = append(a.words, w)
		a.related = append(a.related, relatedWords(w).Close)
	}
	return a
}

// aboutFits: every word of the name asked about (of three letters or
// more) is in statement i, its sentence or its speaker, spelt alike, or
// another form of it or its place is ("Tehran" → "Iran"). The statement's
// words are the view's, normalised once per index.
func (v *view) aboutFits(i int, s corpus.Statement, about aboutAsk) bool {
	who := corpus.NormWords(s.Speaker + " " + s.SpeakerTitle + " " + strings.Join(s.Aliases, " "))
	var words string
	if i >= 0 && i < len(v.norm) {
		words = v.norm[i]
	} else {
		words = corpus.NormWords(s.Text + " " + s.Sentence)
	}
	alike := func(text, w string) bool {
		for h := range strings.FieldsSeq(text) {
			// "Oman’s" is normalised "omans": the name, its possessive.
			if h == w || h == w+"s" || len(w) >= 5 && within(h, w, 1) || len(w) >= 8 && within(h, w, 2) || len(w) >= 5 && strings.HasPrefix(h, w) {
				return true
			}
		}
		return false
	}
	holds := func(text, w string) bool {
		for h := range strings.FieldsSeq(text) {
			if h == w {
				return true
			}
		}
		return false
	}
	for k, w := range about.words {
		// Or by another form or its place: "Tehran" is met by "Iran".
		ok := alike(who, w) || alike(words, w) || slices.ContainsFunc(about.related[k], func(r string) bool { return holds(who, r) || holds(words, r) })
		if !ok {
			return false
		}
	}
	return true
}

// within: a and b are at most k edits apart (no two words whose lengths
// differ by more than k are).
func within(a, b string, k int) bool {
	d := utf8.RuneCountInString(a) - utf8.RuneCountInString(b)
	if d > k || -d > k {
		return false
	}
	if len(b) < len(within1{}) && ascii(a) && ascii(b) {
		return withinASCII(a, b, k)
	}
	return editDistance(a, b) <= k
}

// within1 is a row of withinASCII's table.
type within1 [64]int

// ascii: s is all ASCII.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// withinASCII is within for ASCII words, b shorter than 64 letters: the
// same table as editDistance's, without making it (within is asked of
// every word of a hit's statement for a name asked about, and making the
// table was most of its work), and given up once a row's least is over k.
func withinASCII(a, b string, k int) bool {
	var prev, cur within1
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		least := cur[0]
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			least = min(least, cur[j])
		}
		if least > k {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(b)] <= k
}

// numberWords are the words that give a number, as alternatives of an
// expression: the numbers written in words, and a half ("half the
// hostages").
var numberWords = strings.Join(append(slices.Sorted(maps.Keys(lexicon.NumberWordSet())), "half"), "|")

var numberRE = regexp.MustCompile(`(?i)\d|\b(?:` + numberWords + `)\b`)

// durationRE finds a length of time: "18 days", "more than two months",
// "a year", "several weeks", "a seven-month-old war".
var durationRE = regexp.MustCompile(`(?i)\b(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|some|the past|the last)[\s-]+(?:\w+[\s-]+)?(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)(?:-old)?\b`)

// spanRE finds a length of time that runs: "for a year", "more than two
// months", "over a week", and one a truce or talks are extended by:
// "extending their truce by three months", "for another six months".
// sinceRE gives how long by when it began: "suspended since 2003",
// "fighting since March".
var sinceRE = regexp.MustCompile(`(?i)\bsince (?:(?:early|late|mid-?|the end of|the start of)\s*)?(?:` + monthWord + `\b\.?\s*(?:\d{1,2}\b,?\s*)?)?(?:(?:19|20)\d\d\b)?`)

var spanRE = regexp.MustCompile(`(?i)\b(?:for|over|more than|less than|nearly|almost|about|past|last|in|by)\s+(?:(?:another|an additional|a further|an extra)\s+)?` + durationRE.String()[len(`(?i)\b`):])

// hasNumber: the words give a number, in digits or in words.
func hasNumber(text string) bool { return numberRE.MatchString(text) }

// dayOrTimeRE finds the numbers that date or time something, not count
// it: "Feb. 24", "24 February", "July 13, 2022", "in 2019", "at 3:35 pm".
var dayOrTimeRE = regexp.MustCompile(`(?i)\b` + monthWord + `\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthWord + `\b(?:,?\s+\d{4}\b)?|\b(?:19|20)\d\d\b|\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?|hours\b|gmt\b)|\b\d{1,2}:\d\d\b`)

// hasCount: the words give a number that counts something, not only a
// day, a year or a time ("grain stuck since the invasion on Feb. 24" does
// not say how much grain).
func hasCount(text string) bool { return hasNumber(dayOrTimeRE.ReplaceAllString(text, " ")) }

// clip shortens text to about n runes, at a word.
func clip(text string, n int) string {
	r := []rune(text)
	if len(r) <= n {
		return text
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + " …"
}

// sourceLine names who said a statement, when, and where it was read.
func sourceLine(it Item) string {
	who := it.Speaker
	if who == "" {
		who = "unattributed"
	}
	out := who
	if it.SaidOn != "" {
		out += ", " + it.SaidOn
	}
	if it.Source.Title != "" {
		out += " (" + it.Source.Title
		if it.Source.Outlet != "" {
			out += ", " + it.Source.Outlet
		}
		out += ")"
	}
	return out
}

// saidNearly: nearly all the asked words are in the statement, in order
// (one word in eight may differ).
func saidNearly(asked, text string) bool {
	q := strings.Fields(corpus.NormWords(asked))
	if len(q) == 0 {
		return true
	}
	return lcsWords(q, strings.Fields(corpus.NormWords(text))) >= len(q)-len(q)/8
}

// lcsWords is the length of the longest run of a's words found in b in
// the same order, gaps allowed.
func lcsWords(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func orArticle(outlet string) string {
	if outlet == "" {
		return "the article"
	}
	return outlet
}

// logError records a lookup that failed; the user gets a short apology.
func (b *Bot) logError(err error, intent Intent) {
	if b.opts.Logger != nil {
		b.opts.Logger.Error("lookup failed", "intent", string(intent), "err", err)
	}
}

func item(s corpus.Statement) Item {
	return Item{Kind: s.Kind, Speaker: s.Speaker, SpeakerTitle: s.SpeakerTitle, Text: s.Text, SaidOn: s.SaidOn, Where: s.Where, Source: s.Source, StatementID: s.ID}
}

// wholeSentence is the text of a reported statement, or its whole
// sentence when that holds more of the terms asked about: "why has
// acrimony between Turkey and Israel grown" is answered by the sentence
// that says so, of which only ", with Erdogan calling …" was attributed.
func wholeSentence(s corpus.Statement, terms []string) string {
	if s.Kind != corpus.Fact || s.Sentence == "" || s.Sentence == s.Text || len(terms) == 0 {
		return s.Text
	}
	if termCount(s.Sentence, terms) > termCount(s.Text, terms) {
		return s.Sentence
	}
	return s.Text
}

// minQuotedRun is the fewest words a quoted run holds.
const minQuotedRun = 4

// termCount is how many of the terms asked about a text holds.
func termCount(text string, terms []string) int {
	n, t := 0, " "+corpus.NormWords(text)
	for _, k := range terms {
		if len(k) >= 4 && strings.Contains(t, " "+k) || strings.Contains(t+" ", " "+k+" ") {
			n++
		}
	}
	return n
}

// toldDay answers "when did … happen" from a speaker's words that tell of
// it: the sentence of them that holds most of the terms asked about (two
// at least), and the earlier day it names ("The two envoys held meetings
// yesterday with both sides", said at a briefing the day after); "" when
// it names none.
func toldDay(s corpus.Statement, terms []string) (sentence, day string) {
	best, most := "", 1
	for _, sent := range corpus.Sentences(s.Text) {
		if n := termCount(sent, terms); n > most {
			best, most = sent, n
		}
	}
	if best == "" {
		return "", ""
	}
	// "He saw the president today, after his meeting with the prime
	// minister yesterday": the part of the sentence that holds the terms
	// asked about and names an earlier day.
	for _, part := range clauseRE.Split(best, -1) {
		if termCount(part, terms) < 2 {
			continue
		}
		if d := corpus.DayTold(part, s.SaidOn); d != "" {
			return best, d
		}
	}
	if d := corpus.DayTold(best, s.SaidOn); d != "" {
		return best, d
	}
	return "", ""
}

// clauseRE cuts a sentence into its parts at commas and semicolons.
var clauseRE = regexp.MustCompile(`[,;]\s+`)

// quotedRun is the length of the longest run of the asked words (already
// normalised) that the text's words (normalised, with a space before and
// after) hold word for word: minQuotedRun words or more, at least two of
// them not function words; else 0.
func quotedRun(words []string, t string) int {
	if len(words) < minQuotedRun {
		return 0
	}
	// A run the text holds holds only words the text holds: each word
	// is looked for once, and the runs tried from a word end before the
	// first word after it that the text does not hold (the runs were
	// joined and looked for, up to thirty of them, in every hit of "who
	// said <a sentence's first words>").
	held := make([]bool, len(words))
	for k, w := range words {
		held[k] = strings.Contains(t, " "+w+" ")
	}
	best := 0
	for i := range words {
		end := i
		for end < len(words) && held[end] {
			end++
		}
		for j := end; j-i >= minQuotedRun && j-i > best; j-- {
			content := 0
			for _, w := range words[i:j] {
				if !stopWords[w] && !questionWords[w] {
					content++
				}
			}
			if content >= 2 && strings.Contains(t, " "+strings.Join(words[i:j], " ")+" ") {
				best = j - i
				break
			}
		}
	}
	return best
}

// spreadWeight is what a term of the question costs a statement that holds
// it only in another sentence than the one that holds most of them.
const spreadWeight = 1.0

// spread is how many of the terms a statement's text holds beyond the most
// that one of its sentences holds. A briefer's long turn that names the
// words asked here and there ("… in the time since …", "… peace in Gaza
// …") speaks to them less than a sentence that holds them together ("time
// is of the essence because … in Gaza").
func (v *view) spread(text string, terms []string) int {
	if len(terms) < 2 || !strings.ContainsAny(text, ".?!") {
		return 0
	}
	sents := corpus.Sentences(text)
	if len(sents) < 2 {
		return 0
	}
	// The terms the text holds are those its sentences hold: each
	// sentence's words are normalised once, not the whole text again.
	held := make([]bool, len(terms))
	all, best := 0, 0
	for _, s := range sents {
		n, t := 0, " "+corpus.NormWords(s)+" "
		for j, k := range terms {
			if v.hasIn(t, k) {
				n++
				if !held[j] {
					held[j] = true
					all++
				}
			}
		}
		best = max(best, n)
	}
	return all - best
}

// ranked is a hit with the bot's own score.
type ranked struct {
	index.Hit
	score   float64
	covered float64 // the question's terms it holds (see coverage)
	// own is how many of the question's terms its own words or sentence
	// hold, themselves or by a synonym: not its article's title, its
	// speaker, nor the statement before it.
	own int
	// kind is what its score holds for being the kind of answer asked:
	// a statement that names the month, the doer, a place asked for.
	kind float64
}

// maxYearsBack bounds how many earlier years a month or day asked without
// a year is looked for in.
const maxYearsBack = 5

// searchYears is search, and for a month or day asked without a year ("on
// nov 20", "in march") that finds nothing in the latest such one the corpus
// has anything dated in, the one before that, and so on: the latest such
// day on which something that fits was said (what the spokesperson said on
// Nov 20 of last year, when this year's Nov 20 only has others).
func (b *Bot) searchYears(ctx context.Context, v *view, p Question) ([]ranked, error) {
	ctx = inSearchOnce(ctx, v.s)
	hits, err := b.search(ctx, v, p)
	if err != nil || len(hits) > 0 || p.Scope.Text == "" || p.Verbatim {
		return hits, err
	}
	if p.Intent == WhoSaid {
		// "who said the deal would be signed in mid june": nothing fits
		// what was said then, so the date is part of the words.
		return b.search(ctx, v, dateInWords(p))
	}
	if p.Scope.Year == 0 && p.Scope.Month > 0 {
		if hits, err = b.earlierYears(ctx, v, p); err != nil || len(hits) > 0 {
			return hits, err
		}
	}
	if p.Intent == WhatSaid && p.Scope.Day > 0 && p.Scope.Rel == "" {
		// "what did Blinken say about the Hamas proposal on may 6":
		// nothing said that day fits, so the day tells which proposal.
		return b.search(ctx, v, dateInWords(p))
	}
	if p.Intent == Fact && p.Scope.Year == 0 && p.Scope.Day > 0 {
		// "where will Bolton be from january 19th", "how many days has
		// the Secretary spent there since march 1": nothing said on or
		// since that day, in any year, fits; the day is that of what is
		// asked, told by what was said before it.
		return b.search(ctx, v, dateInWords(p))
	}
	return nil, nil
}

// dateInWords is p with its date scope read as part of its words.
func dateInWords(p Question) Question {
	p.Scope, p.Words = DateScope{}, strings.TrimSpace(p.Words+" "+p.Scope.Text)
	return p
}

// earlierYears searches for p in the years before the one its month or day
// without a year was first taken in, up to maxYearsBack years that have
// anything dated then.
func (b *Bot) earlierYears(ctx context.Context, v *view, p Question) ([]ranked, error) {
	from, to := v.scopeRange(p.Scope)
	bound := from
	if bound == "" {
		bound = to
	}
	y, err := strconv.Atoi(bound[:min(4, len(bound))])
	if err != nil {
		return nil, nil
	}
	for tries := 0; tries < maxYearsBack && y >= 1900; y-- {
		within := p.Scope
		within.Year, within.Rel = y-1, ""
		if f, t := within.Range(v.latest); !v.datedIn(f, t) {
			continue
		}
		tries++
		q := p
		q.Scope.Year = y - 1
		if hits, err := b.search(ctx, v, q); err != nil || len(hits) > 0 {
			return hits, err
		}
	}
	return nil, nil
}

// search queries the index for p and ranks what comes back by how well it
// fits the question; statements that do not fit well enough are dropped.
func (b *Bot) search(ctx context.Context, v *view, p Question) ([]ranked, error) {
	hits, err := b.searchUS(ctx, v, p, true)
	if err == nil && len(hits) == 0 && contentWordsUS(p.Words, true) != contentWordsUS(p.Words, false) {
		// The United States speaks of itself as "we": what fits
		// without "U.S." ("where was the us team": "we are in Vienna").
		return b.searchUS(ctx, v, p, false)
	}
	return hits, err
}

// searchUS is search, with "us" in the question's words read as the
// United States where it cannot be the pronoun if country is set.
func (b *Bot) searchUS(ctx context.Context, v *view, p Question, country bool) ([]ranked, error) {
	ix := searcherFor(ctx, v.s)
	words := v.spell(contentWordsUS(p.Words, country))
	if p.Phrase != "" && words == "" {
		words = p.Phrase
	}
	expanded := v.expand(words)
	terms := ix.Terms(words)
	core, coreExpanded := len(terms), expanded
	if occ := v.spell(contentWords(p.Occasion)); occ != "" {
		// The event that tells when finds and ranks, but is not asked of
		// every statement: only the other words count for how many a
		// statement must hold.
		expanded = strings.TrimSpace(expanded + " " + v.expand(occ))
		words = strings.TrimSpace(words + " " + occ)
		terms = ix.Terms(words)
	}
	p.Speaker = v.spellName(p.Speaker)
	q := index.Query{Words: expanded, Speaker: speakerQuery(p.Speaker), About: aboutQuery(p.About), Where: p.Where, Size: 50}
	if p.Intent == WhoSaid && p.Phrase != "" {
		q.Phrase = p.Phrase
	}
	q.From, q.To = v.scopeRange(p.Scope)
	if asked := contentWords(p.AskedAbout); asked != "" {
		// "what did X say when asked about Y": the turn that answers a
		// question about Y.
		q.Asked = v.expand(asked)
	}
	if q.Words == "" && q.Speaker == "" && q.About == "" && q.Where == "" && q.Asked == "" {
		return nil, nil
	}
	hits, err := ix.Search(ctx, q)
	if errors.Is(err, index.ErrEmptyQuery) {
		return nil, nil // nothing searchable: "*", "~"
	}
	if err == nil && len(hits) > 0 && p.Scope.bare && p.Scope.names && p.Scope.Month == 0 && (q.From != "" || q.To != "") {
		// "its commitments under the 2015 deal": the year tells which
		// deal, and a later text that names it by its year speaks of it
		// as well as one of that year does; both are ranked.
		all := q
		all.From, all.To = "", ""
		var later []index.Hit
		if later, err = ix.Search(ctx, all); err == nil {
			hits = withHits(hits, v.naming(later, p.Scope, ""))
		}
	}
	if err == nil && len(hits) == 0 && p.Occasion != "" && (coreExpanded != "" || q.Speaker != "" || q.About != "") {
		// Nothing names the event: what fits without it.
		q.Words = coreExpanded
		hits, err = ix.Search(ctx, q)
	}
	if err == nil && len(hits) == 0 && q.Asked != "" {
		// No question about Y: what X said about Y, then.
		words = strings.TrimSpace(words + " " + contentWords(p.AskedAbout))
		q.Asked, q.Words, terms = "", v.expand(words), ix.Terms(words)
		hits, err = ix.Search(ctx, q)
	}
	if err == nil && len(hits) == 0 && q.Phrase != "" {
		q.Phrase = ""
		hits, err = ix.Search(ctx, q)
	}
	if err == nil && len(hits) == 0 && q.Where != "" {
		// The place may be part of the words ("at the UN").
		q.Words, q.Where = strings.TrimSpace(q.Words+" "+p.Where), ""
		terms = ix.Terms(words + " " + p.Where)
		hits, err = ix.Search(ctx, q)
	}
	if err == nil && len(hits) == 0 && p.Intent == WhoSaid && p.Scope.Text != "" && (q.From != "" || q.To != "") {
		// "who $200 or less. in 2012, 43 percent …": the date was part
		// of the words.
		q.From, q.To = "", ""
		words = strings.TrimSpace(words + " " + p.Scope.Text)
		q.Words, terms = v.expand(words), ix.Terms(words)
		hits, err = ix.Search(ctx, q)
	}
	if err == nil && len(hits) == 0 && q.Speaker != "" && q.Words != "" {
		// No speaker of that name: what the words find, from a speaker
		// named otherwise ("the Syrian opposition" for "opponents of
		// Assad" in an article on Syria), kept below if the speaker fits.
		q.Speaker = ""
		hits, err = ix.Search(ctx, q)
	}
	dateInWords := (p.Scope.Month > 0 || p.Scope.bare && p.Scope.Year > 0) && (q.From != "" || q.To != "") && (p.Want == WantDate || p.Scope.Day > 0 && p.Scope.Rel != "" || p.Scope.bare)
	day := ""
	if p.Scope.Day > 0 && q.From == q.To {
		day = q.From
	}
	if err == nil && len(hits) == 0 && dateInWords {
		// "when is the ceasefire supposed to start (aug 2014)": the date
		// may be when the thing happens, said earlier; "staying in
		// Vienna after June 30": what was said about a day; "the November
		// 2012 ceasefire agreement": a thing named by its date. Then the
		// words must name that month (and day, and year).
		q.From, q.To, dateInWords = "", "", false
		hits, err = ix.Search(ctx, q)
		hits = v.naming(hits, p.Scope, day)
	}
	if err != nil || len(hits) == 0 {
		return nil, err
	}
	sa := askSpeaker(p.Speaker)
	hits = fitSpeaker(hits, sa)
	if len(hits) == 0 && dateInWords {
		// The same, when only others spoke in the scope read as a date.
		q.From, q.To = "", ""
		if hits, err = ix.Search(ctx, q); err != nil {
			return nil, err
		}
		hits = fitSpeaker(v.naming(hits, p.Scope, day), sa)
	}
	syn := v.synonymTerms(words, terms)
	best := 0.0
	for _, h := range hits {
		best = math.Max(best, h.Score)
	}
	need := required(core, p)
	weights := v.rarity(terms)
	if v.unknownGroup(words) {
		// "what did the spokesman say about Hamas at Camp David": a
		// movement no article names is nothing the corpus can speak to.
		return nil, nil
	}
	if p.Intent == WhoSaid && !p.Verbatim && v.unsaid(words) {
		// "who said the deal is a historic mistake": words nobody in
		// the corpus used are not a paraphrase of what someone said.
		return nil, nil
	}
	var counted []string
	if p.Want == WantNumber {
		counted = v.countedTerms(p.Text)
	}
	nums := numbersIn(words)
	// "how many people died": news counts them as "one million
	// Angolans", "a 15-member team".
	countsPeople := slices.Contains(counted, "people")
	var peoples []string // the question's words a people counted must be of
	if countsPeople {
		peoples = strings.Fields(corpus.NormWords(dropPossessive(p.Text)))
	}
	var head []string
	if p.Head != "" {
		head = ix.Terms(p.Head)
	}
	var actTerms [][]string
	var actForms map[string]bool // the act in the forms a text may tell it by
	if p.Intent == When && toldActRE.MatchString(p.Act) {
		// The act, its other forms and its synonyms, not the more
		// general acts above it ("write" for "sign": "as we write a new
		// chapter" signed nothing); a synonym of several words is held
		// whole ("put their names to", not any "put").
		r := relatedWords(p.Act)
		for _, t := range ix.Terms(p.Act + " " + strings.Join(r.Close, " ") + " " + strings.Join(r.Synonyms, " ")) {
			actTerms = append(actTerms, []string{t})
		}
		for _, o := range synonymIndex[p.Act] {
			if ts := ix.Terms(o); len(ts) > 0 {
				actTerms = append(actTerms, ts)
			}
		}
	}
	if p.Intent == When && p.Act != "" {
		actForms = v.actForms(p.Act)
	}
	asked := map[string]bool{}
	if p.Want == WantPlace || p.Want == WantPerson {
		for _, w := range strings.Fields(corpus.NormWords(p.Text)) {
			asked[w] = true
		}
	}
	var askedTerms []string
	if q.Asked != "" {
		askedTerms = ix.Terms(contentWords(p.AskedAbout))
	}
	membersAsked := p.Want == WantPerson && p.Intent == Fact && membersAskRE.MatchString(p.Text)
	askedNorm := ""
	if membersAsked {
		askedNorm = " " + corpus.NormWords(p.Text) + " "
	}
	var monthNamed *regexp.Regexp
	if p.Scope.Month > 0 && (p.Intent == Fact || p.Intent == When) {
		name := strings.ToLower(time.Month(p.Scope.Month).String())
		monthNamed = regexp.MustCompile(` (?:` + name + `|` + name[:3] + `) `)
	}
	var named aboutAsk
	if p.About == "" && p.Speaker == "" && (p.Intent == Fact || p.Intent == When) {
		// "when will Biden give his State of the Union": a person the
		// corpus quotes, named in the words, is better met than not.
		if n := v.personIn(words); n != "" {
			named = askAbout(n)
			// The person narrows it down, as one asked about does.
			need = required(core, Question{About: n})
		}
	}
	about := askAbout(p.About)
	aboutNorm := corpus.NormWords(p.About)
	var aboutWords []string // the words mentionsName looks for
	for _, w := range strings.Fields(aboutNorm) {
		if len(w) > 2 {
			aboutWords = append(aboutWords, w)
		}
	}
	// The words asked as written, found whole in a statement's words.
	lit := corpus.NormWords(p.Phrase)
	if lit == "" && (p.Intent == WhoSaid || p.Intent == When) {
		lit = corpus.NormWords(p.Words)
	}
	var litWords []string
	if p.Intent == WhoSaid {
		litWords = strings.Fields(lit)
	}
	var claim []string
	if p.Intent == WhoSaid && !p.Verbatim {
		claim = v.claimTerms(terms)
	}
	occPlace := ""
	if m := occasionPlaceRE.FindStringSubmatch(p.Occasion); m != nil {
		if ts := ix.Terms(m[1]); len(ts) == 1 && v.titlePlace(ts[0]) {
			occPlace = ts[0]
		}
	}
	var parties []string           // the places named, each with its other forms
	articleMet := map[int32]bool{} // partiesMet by an article, as worked out for one of its hits
	spokenOf := map[int32]bool{}   // partiesSpokenOf by an article's statements
	if p.Intent == Fact || p.Intent == When || p.Intent == WhatSaid {
		parties = slices.Concat(v.namedParties(words)...)
		parties = append(parties, v.namedTalks(words, parties)...)
	}
	var saidPlain []string // what a statement on the talks named must say, when its article never names them
	if p.Intent == WhatSaid && len(parties) > 0 {
		saidPlain = v.plainTerms(terms, parties)
	}
	var maybeOnly map[string]bool
	eventTerms, eventWords := terms, words
	if verb := countedVerb(p.Words); counted != nil && verb != "" && !saidVerbRE.MatchString(p.Text) {
		// "how many hostages did Hamas release": the hostages it
		// released, not six it killed.
		eventTerms, eventWords = ix.Terms(verb), verb
	}
	if p.Intent == When && p.Speaker == "" && happenedRE.MatchString(p.Text) && !saidVerbRE.MatchString(p.Text) ||
		eventWords != words && len(eventTerms) > 0 {
		// What the question asks happened, and its other forms.
		maybeOnly = map[string]bool{}
		for _, t := range eventTerms {
			maybeOnly[t] = true
			for _, x := range append(slices.Clone(syn.syn[t]), syn.loose[t]...) {
				for _, y := range ix.Terms(x) {
					maybeOnly[y] = true
				}
			}
		}
		for _, w := range strings.Fields(eventWords) {
			for _, y := range ix.Terms(strings.Join(relatedWords(w).Close, " ")) {
				maybeOnly[y] = true // "invade" → "invasion"
			}
			for _, y := range ix.Terms(eventKin[strings.ToLower(w)]) {
				maybeOnly[y] = true // "host" → "met"
			}
		}
	}
	var personAct map[string]bool // the act whose doer "who <act>ed …" asks, in its forms
	if p.Intent == Fact && p.Want == WantPerson && p.Act != "" && p.Phrase == "" && !saidVerbRE.MatchString(p.Act) &&
		!slices.ContainsFunc(phrasesIn(p.Text), func(ph synonymPhrase) bool { return strings.Contains(" "+ph.content+" ", " "+p.Act+" ") }) {
		// Not a verb of saying, nor words quoted: "who called the
		// proposal 'far reaching'" asks who said them. Nor an act of a
		// phrase the corpus may tell in other words ("walked out" …
		// "left the talks"), which the coverage of the words weighs.
		personAct = v.actForms(p.Act)
	}
	var plain []string // the terms a fact's statement must meet one of in its own words
	if p.Intent == Fact && p.Want != WantDuration && p.Want != WantNumber {
		// "how long", "how many": the length or number is what the
		// question asks beyond its names, and is held to below.
		plain = v.plainTerms(terms, parties)
	}
	var out []ranked
	for _, h := range hits {
		s0 := h.Statement
		if occPlace != "" && !v.placeMet(h, occPlace) {
			// "what did X say after meeting Y in Lisbon": not what X
			// said anywhere else.
			continue
		}
		if p.Intent == WhatSaid {
			if !v.partiesSpokenOf(h, parties, articleMet, spokenOf) && !v.allOwnUntitled(h, saidPlain, syn) {
				// "what did the spokesman say about the Colombia accord":
				// not his words in an article that never names Colombia.
				continue
			}
		} else if !v.partiesMet(h, parties, articleMet) {
			// "where will the Yemen talks be held": not where talks
			// between other parties will be, in an article on them.
			continue
		}
		covered, exact, rare := v.coverageExact(h, terms, syn, weights)
		if len(terms) > 0 && covered < float64(need) {
			continue
		}
		if len(terms) > 0 && p.AskedAbout == "" && h.Statement.Question != "" && covered < float64(len(terms)) &&
			v.ownCovered(h.Statement.Text+" "+v.headOf(h.Pos), terms, syn) < need {
			// An answer met only in part, and that part only by the
			// reporter's question ("before we get to the ceasefire, on
			// the closure of the station …"), does not speak to it. The
			// briefing's title is no reporter's: "the goal" in a turn
			// of "the Camp David talks" briefing is the goal there.
			continue
		}
		if plain != nil && !v.beyondNames(ix, h, plain, syn) && !(p.Want == WantPlace && namesPlace(s0.Text, asked)) &&
			!(p.Act != "" && (roleNamed(s0.Text, p.Act) || actRole(s0.SpeakerTitle, p.Act))) {
			// Names alone do not answer a fact asked of them; the kind
			// of answer asked, a place named or someone in the act's role
			// ("JMEC Chairperson, Ola Brun" for "who chairs JMEC"), may.
			continue
		}
		if personAct != nil && !v.holdsForm(h.Pos, personAct) && !roleNamed(s0.Text, p.Act) && !actRole(s0.SpeakerTitle, p.Act) {
			// "who mediated the talks": not a statement on the talks
			// that tells of no one mediating them.
			continue
		}
		if claim != nil {
			// "who said the Lebanon truce took effect": words on the
			// same truce that do not say it took effect were not said.
			if c, _, _ := v.coverageExact(h, claim, syn, nil); c == 0 {
				continue
			}
		}
		// The distinctive parts must be met: the numbers asked about and
		// the person or thing asked about.
		if !v.hasNumbers(h.Pos, nums) && !(v.pointsBack(h) && v.hasNumbers(h.Pos-1, nums)) {
			continue
		}
		if p.About != "" && !v.aboutFits(h.Pos, h.Statement, about) {
			continue
		}
		r := ranked{Hit: h, score: h.Score / best, covered: covered}
		if len(askedTerms) > 0 && h.Statement.Question != "" {
			// "what did X say when asked if the talks were at a dead
			// end": the turn whose question holds more of what was asked
			// before a later one whose question shares a word of it.
			r.score += askedWeight * heldShare(ix.Terms(h.Statement.Question), askedTerms)
		}
		if len(terms) > 0 {
			// The question's own words a little before other words for
			// them; its rare words before its common ones.
			r.score += (2.2*covered+0.2*float64(exact))/float64(len(terms)) + rareWeight*rare
		}
		r.own = v.ownTerms(h, terms, syn)
		s := h.Statement
		if n := v.spread(s.Text, terms); n > 0 {
			r.score -= spreadWeight * float64(n) / float64(len(terms))
		}
		if p.Intent != WhoSaid && housekeepingRE.MatchString(s.Text) {
			// "Good afternoon, everyone", "With that, I'll turn it over
			// to …": a briefing's opening courtesies hold the question's
			// words only by the way.
			r.score -= housekeepingWeight
		}
		fit := r.score // what follows is for the kind of answer asked
		// The view's words of the statement hold its own words: most hits
		// are ruled out there without normalising their words again. The
		// text's words, once normalised, serve the quoted run too.
		text := ""
		if lit != "" && v.mayHold(h.Pos, lit) {
			text = " " + corpus.NormWords(s.Text) + " "
		}
		if text != "" && strings.Contains(text, lit) {
			r.score += 2
		} else if p.Intent == WhoSaid && len(litWords) >= minQuotedRun {
			// "who said time is of the essence for the gaza deal": the
			// words quoted, run on into the asker's own, are found whole
			// in what was said.
			if text == "" {
				text = " " + corpus.NormWords(s.Text) + " "
			}
			if n := quotedRun(litWords, text); n > 0 {
				r.score += 2 * float64(n) / float64(len(litWords))
			}
		}
		switch p.Intent {
		case WhoSaid:
			if s.Speaker == "" {
				r.score -= 2
			}
			if s.Kind == corpus.Quote {
				r.score += 0.3
			}
		case WhatSaid:
			// With nothing but a person to go on, their own words come
			// first, whole sentences before fragments.
			if s.Kind == corpus.Quote && len(terms) == 0 {
				r.score += 0.3
				if fragment(s.Text) {
					r.score -= 0.2
				}
			}
		case WhoIs:
			// The sentence that names and describes them beats their words.
			// The view's words of the statement hold its own: most hits
			// are ruled out there.
			if v.mayHoldWord(h.Pos, aboutWords) && mentionsName(s.Text, p.About) {
				r.score += 1
			}
			if v.mayHold(h.Pos, aboutNorm) && appositive(s.Text, p.About) {
				r.score += 1
			}
		case Fact:
			if s.Speaker != "" {
				r.score += 0.1
			}
		case When:
			if s.SaidOn != "" {
				r.score += 0.5
			}

			if namesDay(s.Text) || namesTime(s.Text) {
				// "signed Tuesday …, took effect a few hours later"
				// tells the day; "has taken effect" only that it did. A
				// briefing tells the hour of its own day: "kicked off
				// early this afternoon", "began at 3:10 p.m.".
				r.score += 0.3
			}
		}
		// "what's the target deadline for the deal", "who are the
		// observers at the talks": the statement that names the target
		// deadline, the observers, before one that holds more of the
		// other words.
		if head != nil && v.holdsAll(h.Pos, head) {
			r.score += 2
		}
		// "who brokered the truce": the statement that says who did it
		// ("brokered by the United States", "Morsi … negotiated"). "When
		// was the agreement signed" asks the day, not who signed: a
		// sentence naming who signed another accord is no nearer. So
		// does one that names someone in the act's role ("the chief
		// mediator is …").
		if p.Act != "" && p.Intent != When && (doerOf(s.Text, p.Act) || actRole(s.SpeakerTitle, p.Act) || roleNamed(s.Text, p.Act)) {
			r.score += 2
		}
		// "who is going to Cairo": a statement that names someone
		// ("Ana Ruiz will be going tomorrow") before one that holds the
		// words but names no one ("people need time to get to Cairo").
		// Who did an act the question names is told above, a body too
		// ("brokered by the regional council").
		if p.Want == WantPerson && p.Intent == Fact && p.Act == "" && !membersAsked && namesPerson(s.Text, asked) {
			r.score += personBonus
		}
		// "where was the team": the statement that names a place, one the
		// question does not name ("where did Iran and the powers meet":
		// not "in Iran"), before one that holds one more of its other
		// words but names none.
		if p.Want == WantPlace && namesPlace(s.Text, asked) {
			r.score += 1.5
		}
		// "which countries helped", "who is in the troika": the statement
		// that lists them ("Kuwait, Oman and Jordan") before one that
		// holds as many of the question's words but names no one it does
		// not.
		if membersAsked && listsNames(s.Text, askedNorm, v.headOf(h.Pos)) {
			r.score += listBonus
		}
		// "why were the talks adjourned": the statement that gives a
		// reason ("due to", "because", "in protest").
		if p.Want == WantReason && reasonRE.MatchString(s.Text) {
			r.score += 1
		}
		if monthNamed != nil && h.Pos >= 0 && h.Pos < len(v.norm) && monthNamed.MatchString(v.norm[h.Pos]) {
			// "the deadline for the deal in November 2014": the one
			// that names November.
			r.score += monthBonus
		}
		if named.words != nil && v.aboutFits(h.Pos, s, named) {
			r.score += 0.5
		}
		// A speaker named exactly beats one that is only spelt alike
		// ("Hamas" is not "Hamad").
		if p.Speaker != "" && sa.exact(s) {
			r.score += 0.5
		}
		if p.Intent == When && actTerms != nil && !slices.ContainsFunc(actTerms, func(g []string) bool { return v.holdsAll(h.Pos, g) }) {
			// "when was the deal signed": a statement that says nothing
			// was signed does not tell when.
			continue
		}
		happened := func(text string) bool {
			// "when did the assembly pass the charter": "the assembly
			// must also pass a charter" tells of a charter, and of no
			// passing.
			return happenedIn(ix, text, eventTerms, maybeOnly) && !undoneIn(ix, text, actForms, lexicon.IsWish, lexicon.IsFailure, lexicon.IsCondition)
		}
		if maybeOnly != nil && !happened(s.Text) && (s.Sentence == "" || s.Sentence == s.Text || !happened(s.Sentence)) {
			// "when did the army invade": "an invasion could begin at
			// any time" says it had not. The event may be told by the
			// sentence around the words ("in a letter read out on the
			// radio on Monday, they said they would …").
			continue
		}
		if maybeOnly == nil && undoneIn(ix, s.Text, actForms, lexicon.IsFailure) {
			// "when will the envoy sign the accord": "the envoy's
			// failure to sign the accord" tells no day it will be.
			continue
		}
		if counted != nil && (!countsPeople && !v.holdsAny(h.Pos, counted) || !countNear(s.Text, counted, peoples)) {
			// "how many centrifuges": a number of something else is
			// not the answer.
			continue
		}
		if p.Want == WantNumber && !hasCount(s.Text) {
			// "how many …" is answered by a number, or not at all.
			continue
		}
		if p.Want == WantDuration {
			// "how long …": a length of time ("18 days", "a year"), best
			// one that runs ("for a year", "more than two months").
			if !durationRE.MatchString(s.Text) && !sinceRE.MatchString(s.Text) {
				continue
			}
			if spanRE.MatchString(s.Text) {
				r.score += 0.5
			}
		}
		if out == nil {
			out = make([]ranked, 0, len(hits)) // grown once, not by doubling
		}
		r.kind = r.score - fit
		out = append(out, r)
	}
	if clockAskedRE.MatchString(p.Text) {
		// "what time does the truce start": the statements that tell an
		// hour ("at 9 p.m.", "at one minute past midnight"), when some
		// that hold as many of the question's words as any do; a day
		// alone is a lesser answer.
		most := 0.0
		for _, r := range out {
			most = math.Max(most, r.covered)
		}
		var timed []ranked
		for _, r := range out {
			if r.covered >= most && clockRE.MatchString(r.Statement.Text) {
				timed = append(timed, r)
			}
		}
		if len(timed) > 0 {
			out = timed
		}
	}
	// The order is sorted, not the hits: a ranked hit holds a whole
	// statement, and swapping them through reflection was a tenth of the
	// bot's own work. (The same stable sort, on the same comparisons.)
	order := make([]int, len(out))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		oi, oj := &out[order[i]], &out[order[j]]
		if d := oi.score - oj.score; math.Abs(d) > 0.02 {
			return d > 0
		}
		si, sj := &oi.Statement, &oj.Statement
		if si.SaidOn != sj.SaidOn {
			return si.SaidOn > sj.SaidOn
		}
		if p.Intent == WhatSaid && len(terms) == 0 && si.Source == sj.Source {
			// All a person said on one day: the last word first.
			return si.Seq > sj.Seq
		}
		// Otherwise as news orders it: what matters most comes first.
		return si.Seq < sj.Seq
	})
	sorted := make([]ranked, len(out))
	for k, i := range order {
		sorted[k] = out[i]
	}
	out = sorted
	ownFirst(v, out)
	if p.First && len(out) > 1 {
		// "when did X first say …": of the statements that fit about as
		// well as the best and hold as many of the words, the earliest
		// dated.
		k := 1
		for k < len(out) && out[0].score-out[k].score < 0.5 && out[k].covered >= out[0].covered {
			k++
		}
		sort.SliceStable(out[:k], func(i, j int) bool {
			a, b := out[i].Statement.SaidOn, out[j].Statement.SaidOn
			return a != "" && (b == "" || a < b)
		})
	}
	if len(out) > 0 {
		out = v.resumed(out)
	}
	if q.Asked != "" && len(out) > 1 && out[0].Statement.Question != "" {
		// The answer to the question asked about is the whole turn that
		// follows it, from its start.
		top := out[0].Statement
		var turn, rest []ranked
		for _, r := range out {
			if r.Statement.Source == top.Source && r.Statement.Question == top.Question {
				turn = append(turn, r)
			} else {
				rest = append(rest, r)
			}
		}
		sort.SliceStable(turn, func(i, j int) bool { return turn[i].Statement.Seq < turn[j].Statement.Seq })
		out = append(turn, rest...)
	}
	return out, nil
}

// neighbourMargin is how far below the first a statement of the same
// article may rank and still come first for holding more of the question
// in its own words.
const neighbourMargin = 0.3

// ownFirst puts first, of the statements of the first one's article that
// rank within neighbourMargin of it and are as much the kind of answer
// asked, the one whose own words and sentence hold the most of the
// question's terms, when that is more than the first holds: every
// statement of an article shares its title, so among neighbours what
// each says itself tells them apart (a fragment met only by the title,
// "a profound change in the region", is no answer before the words that
// name the talks). One that names the month asked, or who did the act,
// keeps its place.
func ownFirst(v *view, out []ranked) {
	if len(out) < 2 || out[0].Pos < 0 || out[0].Pos >= len(v.artOf) {
		return
	}
	a, k := v.artOf[out[0].Pos], 0
	for j := 1; j < len(out) && out[0].score-out[j].score <= neighbourMargin; j++ {
		if i := out[j].Pos; i >= 0 && i < len(v.artOf) && v.artOf[i] == a && out[j].own > out[k].own && out[j].kind >= out[0].kind-0.01 {
			k = j
		}
	}
	if k > 0 {
		top := out[k]
		copy(out[1:k+1], out[:k])
		out[0] = top
	}
}

// ownTerms counts the terms a hit's own words or sentence hold, or a
// synonym of one (as coverageExact finds them, without the article's
// title, the speaker or the statement before).
func (v *view) ownTerms(h index.Hit, terms []string, syn synonymSet) int {
	in := func(t string) bool {
		return slices.Contains(h.Matched, t) || slices.Contains(h.Terms, t) || h.Pos >= 0 && h.Pos < len(v.norm) && v.has(h.Pos, t)
	}
	n := 0
	for _, t := range terms {
		if in(t) || slices.ContainsFunc(syn.syn[t], func(x string) bool { return allFound(x, in) }) {
			n++
		}
	}
	return n
}

// claimTerms are the terms of the words someone is asked to have said that
// say more than which talks they are on: not the names of places, parties
// and people the articles are about, nor words for talks and truces. nil
// when there are none, or the talks are still being worked out.
func (v *view) claimTerms(terms []string) []string {
	negs, ok := v.talksNow()
	if !ok || len(negs) == 0 {
		return nil
	}
	talks := v.s.Terms(strings.Join(lexicon.TalksNouns(), " "))
	var out []string
	for _, t := range terms {
		if slices.Contains(talks, t) || v.nameTerm(t) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// namedTalks are the question's terms that name what some article is
// about, once the talks are worked out ("israel", "jordan" of "the
// Israel Jordan treaty", though the corpus names no Jordanian), and are
// no place already found (have), nor a word of a quoted person's name,
// nor of talks.
func (v *view) namedTalks(words string, have []string) []string {
	if _, ok := v.talksNow(); !ok {
		return nil
	}
	talks := v.s.Terms(strings.Join(lexicon.TalksNouns(), " "))
	var out []string
	for _, w := range strings.Fields(corpus.NormWords(words)) {
		if len(w) < 4 || stopWords[w] || questionWords[w] || v.nameWords[w] {
			continue
		}
		for _, t := range v.s.Terms(w) {
			if len(t) >= 4 && v.nameTerm(t) && !v.surnames[t] && !slices.Contains(talks, t) && !slices.Contains(have, t) && !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// nameTerm: t is one of the names that tell what an article is about.
// Asked only once the talks are worked out (talksNow), which works out
// the names' terms too.
func (v *view) nameTerm(t string) bool { return v.names[t] }

// nameTerms are the terms of the names that tell what the articles are
// about (keys), each name analysed once, though thousands of articles
// share it.
func (v *view) nameTerms(keys [][]string) map[string]bool {
	out := map[string]bool{}
	seen := map[string]bool{}
	for _, ks := range keys {
		for _, k := range ks {
			if seen[k] {
				continue
			}
			seen[k] = true
			for _, x := range v.s.Terms(k) {
				out[x] = true
			}
		}
	}
	return out
}

// monthBonus is what naming the month of a question's date scope adds.
const monthBonus = 0.8

// personIn is the first word of words that is the last name of someone
// the corpus quotes, or "".
func (v *view) personIn(words string) string {
	for _, w := range strings.Fields(corpus.NormWords(words)) {
		if v.surnames[w] {
			return w
		}
	}
	return ""
}

// fitSpeaker keeps the hits whose speaker fits the one asked for (all
// when none is asked for). Spelling tolerance is for names the corpus
// does not have as asked: when some statements name the speaker exactly,
// only they count ("Hamas" is not "Hamad").
func fitSpeaker(hits []index.Hit, a *speakerAsk) []index.Hit {
	if a.speaker == "" {
		return hits
	}
	// Each list is made once, as long as it can grow: a hit is a whole
	// statement, and growing the lists was a third of what a question
	// allocated.
	var fit, exact []index.Hit
	for _, h := range hits {
		if a.fits(h.Statement) {
			if fit == nil {
				fit = make([]index.Hit, 0, len(hits))
			}
			fit = append(fit, h)
			if a.exact(h.Statement) {
				if exact == nil {
					exact = make([]index.Hit, 0, len(hits))
				}
				exact = append(exact, h)
			}
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return fit
}

// withNext is text followed by the statement after statement i in its
// article, when there is one.
func (v *view) withNext(i int, text string) string {
	stmts := v.s.Statements()
	if i < 0 || i+1 >= len(stmts) || i+1 >= len(v.artOf) || v.artOf[i+1] != v.artOf[i] {
		return text
	}
	next := strings.TrimSpace(stmts[i+1].Sentence)
	if next == "" {
		next = strings.TrimSpace(stmts[i+1].Text)
	}
	if next == "" || strings.Contains(text, next) {
		return text
	}
	return strings.TrimRight(text, " .") + ". " + next
}

// housekeepingRE opens a briefing's courtesies: a greeting, thanks for
// joining, handing over to the next speaker, or saying what the turn will
// give ("I can just give you a few quick facts").
var housekeepingRE = regexp.MustCompile(`(?i)^(?:(?:` + wordAlternation(lexicon.CourtesyLeadIns()) + `)[.,!]?\s+)*(?:` + wordAlternation(lexicon.Greetings()) + `|thanks? (?:you )?(?:all |everyone |everybody )?for (?:joining|being here|coming)|with that,? (?:i(?:'ll|’ll| will) |let me )?(?:turn|hand) it over|` + wordAlternation(lexicon.FramingLeadIns()) + `)\b`)

// wordAlternation joins words as a regular expression's alternatives,
// each matched literally.
func wordAlternation(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(quoted, "|")
}

// housekeepingWeight is what a statement opening with a briefing's
// courtesies loses.
const housekeepingWeight = 0.3

// reasonRE finds the words that give a reason.
var reasonRE = regexp.MustCompile(`(?i)\b(?:because|due to|owing to|in protest|as a result of|on the grounds that|for fear|so that|in order to|in response to|citing|the reason)\b`)

// membersAskRE asks who several are: "which countries helped", "which
// governments backed the plan", "who is in the troika", "who are the
// guarantors".
var membersAskRE = regexp.MustCompile(`(?i)^(?:which|what) (?:other )?(?:` + wordAlternation(lexicon.PartyPlurals()) + `)\b|^who (?:are|were|is in|was in|are in|were in|makes? up|belongs? to)\b`)

// listBonus is what a statement that lists those asked about gains.
const listBonus = 0.5

// nameListRE finds names listed together: "Kuwait, Oman and Jordan", "the
// United States, the United Kingdom, and Norway", "Egypt and Qatar".
var nameListRE = func() *regexp.Regexp {
	name := `(?:[Tt]he )?\p{Lu}[\p{L}'’.-]*(?: (?:of )?\p{Lu}[\p{L}'’.-]*)*`
	return regexp.MustCompile(`(?:^|[^\p{L}])(` + name + `(?:, ` + name + `)*,? and ` + name + `|` + name + `(?:, ` + name + `){2,})`)
}()

// nameSepRE parts the names of a list.
var nameSepRE = regexp.MustCompile(`,? and |, `)

// listsNames: the text lists two names or more, one of them neither among
// the question's words (asked, normalised, with a space at each end) nor
// in the title of its article (head): "the Troika" listing its members
// names them; "President Abbas and Prime Minister Netanyahu met" answers
// "who met Abbas"; "Egypt and Qatar" answers nothing new to "which
// countries did Egypt and Qatar call", nor "Israel and Hezbollah" to
// "which countries is the US working with" in an article on a truce
// between them.
func listsNames(text, asked, head string) bool {
	for _, m := range nameListRE.FindAllStringSubmatch(text, -1) {
		for _, n := range nameSepRE.Split(m[1], -1) {
			w := corpus.NormWords(strings.TrimPrefix(strings.TrimPrefix(n, "the "), "The "))
			if w != "" && !strings.Contains(asked, " "+w+" ") && !strings.Contains(" "+head+" ", " "+w+" ") {
				return true
			}
		}
	}
	return false
}

// placeRE finds a place named after a preposition ("in Vienna", "at the
// Hague", "to Doha"); not "from": "independence from Portugal" names where
// something came from, not where anything happened.
var placeRE = regexp.MustCompile(`\b(?:in|at|to|near) (?:the )?(?:[^T\P{Lu}]|T[^h])\p{Ll}+`)

// namesPlace: text names a place after a preposition (placeRE) whose
// first word is not one of the words asked, nor a month ("seized in
// March" names no place).
func namesPlace(text string, asked map[string]bool) bool {
	for _, m := range placeRE.FindAllString(text, -1) {
		f := strings.Fields(corpus.NormWords(m))
		if len(f) > 0 && !asked[f[len(f)-1]] && !monthName[f[len(f)-1]] {
			return true
		}
	}
	return false
}

// monthName holds the names of the months, in lower case.
var monthName = func() map[string]bool {
	out := map[string]bool{}
	for m := time.January; m <= time.December; m++ {
		out[strings.ToLower(m.String())] = true
	}
	return out
}()

// personBonus is what naming someone adds for a "who" question.
const personBonus = 0.5

// personNames are the capitalised words that make no person's name.
var personNames = lexicon.NotNameSet()

// namesPerson: the text names a person the question does not (asked
// holds its normalised words): a run of capitalised words that, without
// the titles and the places, bodies and peoples before its end, is a
// title then a name ("Secretary Kerry", "President Ana Ruiz") or two
// names ("Ana Ruiz"); not "South Sudan", "United Nations", "Prime
// Minister" alone, nor "Secretary of State Ana Ruiz" when Ruiz is asked
// about.
func namesPerson(text string, asked map[string]bool) bool {
	var run []string
	check := func() bool {
		titled := false
		for len(run) > 0 && (lexicon.IsTitleWord(run[0]) || personNames[run[0]]) {
			titled = titled || lexicon.IsTitleWord(run[0])
			run = run[1:]
		}
		ok := len(run) >= 2 || titled && len(run) == 1
		if ok {
			last := stripPossessiveWord(run[len(run)-1])
			ok = !personNames[last] && !lexicon.IsTitleWord(last) && !asked[corpus.NormWords(last)]
		}
		run = run[:0]
		return ok
	}
	for _, f := range strings.Fields(text) {
		w := strings.Trim(f, `,.;:"“”‘’'()`)
		if !startsUpper(w) || len(w) < 2 {
			if check() {
				return true
			}
			continue
		}
		run = append(run, w)
		if w != f && !strings.HasSuffix(f, ".") || strings.HasSuffix(f, ".") && len(w) > 3 {
			// A comma or a sentence's end closes the run ("Mr." does not).
			if check() {
				return true
			}
		}
	}
	return check()
}

// stripPossessiveWord is w without "'s".
func stripPossessiveWord(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// doerOf: the text says who did act: "<act> by <Name>", or a name a few
// words before the act ("Morsi and his Muslim Brotherhood negotiated").
func doerOf(text, act string) bool {
	f := strings.Fields(text)
	for i, w := range f {
		if !strings.EqualFold(strings.Trim(w, `,.;:"“”'’`), act) {
			continue
		}
		for j := i + 1; j < len(f) && j <= i+3; j++ {
			if strings.EqualFold(f[i+1], "by") && j > i+1 && startsUpper(f[j]) {
				return true
			}
		}
		for j := max(0, i-4); j < i; j++ {
			if j > 0 && startsUpper(f[j]) {
				return true
			}
		}
	}
	return false
}

// roleNamed: the text names someone in the role of who does act, one
// of them: the role's noun, singular, with a name a few words after it
// ("The chief mediator is former President Ana Ruiz", "Commission
// Chairperson, Judge Ola Brun") or before it ("Ola Brun is head of the
// team"), not at the text's start. A plural ("West African mediators")
// names no one.
func roleNamed(text, act string) bool {
	roles := lexicon.ActRoles(act)
	if roles == nil {
		return false
	}
	f := strings.Fields(text)
	for i, w := range f {
		if !slices.Contains(roles, strings.ToLower(strings.Trim(w, `,.;:"“”'’()`))) {
			continue
		}
		for j := max(1, i-3); j <= i+3 && j < len(f); j++ {
			if j != i && startsUpper(f[j]) {
				return true
			}
		}
	}
	return false
}

// actRole: a speaker's title names the role of who does act ("leader of
// the delegation" for who "led" it).
func actRole(title, act string) bool {
	if title == "" {
		return false
	}
	have := strings.Fields(strings.ToLower(title))
	return slices.ContainsFunc(lexicon.ActRoles(act), func(r string) bool { return slices.Contains(have, r) })
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// mayHold: statement i's normalised words and sentence hold text (or i is
// not a statement of the view). What its normalised words alone hold,
// they hold.
func (v *view) mayHold(i int, text string) bool {
	return i < 0 || i >= len(v.norm) || strings.Contains(v.norm[i], text)
}

// mayHoldWord: statement i's normalised words and sentence hold one of
// words as a word (or i is not a statement of the view).
func (v *view) mayHoldWord(i int, words []string) bool {
	return i < 0 || i >= len(v.norm) || slices.ContainsFunc(words, func(w string) bool { return strings.Contains(v.norm[i], " "+w+" ") })
}

// holdsAll: statement i's own words or sentence hold every term.
func (v *view) holdsAll(i int, terms []string) bool {
	if i < 0 || i >= len(v.norm) || len(terms) == 0 {
		return false
	}
	for _, t := range terms {
		if !v.has(i, t) {
			return false
		}
	}
	return true
}

// holdsAny: statement i's own words or sentence hold one of the terms.
func (v *view) holdsAny(i int, terms []string) bool {
	return slices.ContainsFunc(terms, func(t string) bool { return v.holdsAll(i, []string{t}) })
}

// naming keeps the hits whose words name the month of d, in full or
// short, and its day when it has one ("June 30th"), and its year when it
// has one ("November 2012").
//
// day, when the scope is one day (YYYY-MM-DD), also lets through what was
// said in the days after it of that day: "yesterday" the day after, the
// day's weekday within the week after ("what was announced on Tuesday").
func (v *view) naming(hits []index.Hit, d DateScope, day string) []index.Hit {
	// "the 2012 truce": a year alone is named by the year.
	re := regexp.MustCompile(` `)
	if name := strings.ToLower(time.Month(d.Month).String()); d.Month > 0 && d.Day > 0 {
		re = regexp.MustCompile(fmt.Sprintf(` (?:%s|%s) %d(?:st|nd|rd|th)? `, name, name[:3], d.Day))
	} else if d.Month > 0 {
		re = regexp.MustCompile(` (?:` + name + `|` + name[:3] + `) `)
	}
	year := ""
	if d.Year > 0 {
		year = fmt.Sprintf(" %d ", d.Year)
	}
	names := func(i int) bool {
		return i >= 0 && i < len(v.norm) && re.MatchString(v.norm[i]) && strings.Contains(v.norm[i], year)
	}
	var out []index.Hit
	for _, h := range hits {
		// "that deal", after the sentence that names the 2012 truce,
		// names it too; "the accord" may be another one.
		if names(h.Pos) || v.pointsBack(h) && thatThingRE.MatchString(h.Statement.Text) && names(h.Pos-1) || spokeOfDay(h.Statement, day) {
			out = append(out, h)
		}
	}
	return out
}

// spokeOfDay: s, said in the week after day (YYYY-MM-DD), speaks of that
// day by "yesterday" (the day after) or by its weekday ("on Tuesday").
func spokeOfDay(s corpus.Statement, day string) bool {
	d, err := time.Parse("2006-01-02", day)
	if err != nil {
		return false
	}
	said, err := time.Parse("2006-01-02", s.SaidOn)
	if err != nil {
		return false
	}
	after := int(said.Sub(d).Hours() / 24)
	text := strings.ToLower(s.Text)
	switch {
	case after == 1:
		return yesterdayRE.MatchString(text)
	case after > 1 && after < 7:
		return weekdayNamedRE[d.Weekday()].MatchString(text)
	}
	return false
}

// yesterdayRE finds "yesterday" in lower-case words.
var yesterdayRE = regexp.MustCompile(`\byesterday\b`)

// weekdayNamedRE finds a day named by its weekday in lower-case words: "on
// tuesday", "since tuesday".
var weekdayNamedRE = func() map[time.Weekday]*regexp.Regexp {
	m := map[time.Weekday]*regexp.Regexp{}
	for d := time.Sunday; d <= time.Saturday; d++ {
		m[d] = regexp.MustCompile(`\b(?:on|since) ` + strings.ToLower(d.String()) + `\b`)
	}
	return m
}()

// thatThingRE finds a thing pointed back to by "that" or "this": "that
// deal", "this truce".
var thatThingRE = regexp.MustCompile(`(?i)\b(?:that|this) (?:\w+ )?(?:` + strings.Join(lexicon.AgreementNouns(), "|") + `)\b`)

// required is how many of the question's terms a statement must contain.
func required(n int, p Question) int {
	switch {
	case n == 0:
		return 0
	case p.Speaker != "" || p.About != "":
		// The person already narrows it down.
		return int(math.Ceil(float64(n) / 3))
	case n == 1:
		return 1
	}
	return int(math.Ceil(float64(n) / 2))
}

// coverageExact counts the question's terms found in a statement's words
// or its sentence (as the index matched them), its article's title or
// topics, a synonym counting for its term, a loose synonym or a word of the
// statement before it for half; and
// how many of the terms are in the statement's own words as asked (not in
// its sentence, nor through a synonym).
func (v *view) coverageExact(h index.Hit, terms []string, syn synonymSet, weights []float64) (covered float64, exact int, rare float64) {
	// The terms the index found in it (a few: looked through, not put in
	// a map for every hit).
	have := func(t string) bool { return slices.Contains(h.Matched, t) || slices.Contains(h.Terms, t) }
	i := h.Pos
	// A stem may also begin a longer word ("israel" in "Israeli"), or be
	// in the article's title.
	// Or name who said it ("how long had the senior official been in
	// Vienna"): their role words, worked out when a term is found no
	// other way.
	var who string
	whoHas := func(t string) bool {
		if who == "" {
			who = " " + roleWords(h.Statement.Speaker+" "+h.Statement.SpeakerTitle) + " "
		}
		return strings.Contains(who, " "+t)
	}
	// Most of the terms and synonyms looked for are in none of the texts
	// a hit is looked at in: a word no word of the text begins as does
	// (its first two bytes) is not looked for in it (the look-ups, in
	// texts of a few hundred bytes, were a quarter of answering "who
	// said <a sentence's first words>").
	var words, head, prev wordStarts
	found := func(t string) bool {
		return have(t) || i >= 0 && i < len(v.norm) && (len(t) >= 4 && words.of(v.norm[i]).may(t) && v.has(i, t) ||
			head.of(v.articles[v.artOf[i]].head).may(t) && strings.Contains(v.articles[v.artOf[i]].head, " "+t) ||
			len(t) > 3 && plainNumberRE.MatchString(t) && strings.Contains(v.norm[i], " "+grouped(t)+" ")) ||
			len(t) >= 3 && whoHas(t)
	}
	// A loose synonym counts in the statement's own words only.
	own := func(t string) bool {
		return have(t) || i >= 0 && i < len(v.norm) && words.of(v.norm[i]).may(t) && (len(t) >= 4 && v.has(i, t) || strings.Contains(v.norm[i], " "+t+" "))
	}
	// The statement before it in its article, for what this one names
	// only by "that deal", "the framework", "he": whether it points back
	// is only asked (a regular expression) of a term found no other way.
	before := func(t string) bool {
		return prev.of(v.norm[i-1]).may(t) && (len(t) >= 4 && v.has(i-1, t) || strings.Contains(v.norm[i-1], " "+t+" "))
	}
	back := 0 // not yet asked; 1 it points back, -1 it does not
	pointsBack := func() bool {
		if back == 0 {
			back = -1
			if v.pointsBack(h) {
				back = 1
			}
		}
		return back == 1
	}
	n, all := 0.0, 0.0
	for k, t := range terms {
		m := 0.0
		switch {
		case found(t):
			m = 1
			exact++
			if slices.Contains(h.Matched, t) {
				exact++
			}
		case slices.ContainsFunc(syn.syn[t], func(x string) bool { return allFound(x, found) }):
			m = 1
		case slices.ContainsFunc(syn.loose[t], own):
			m = 0.5
		case pointsBack() && (before(t) || slices.ContainsFunc(syn.syn[t], func(x string) bool { return allFound(x, before) })):
			// "Morsi negotiated that deal": the deal is the one the
			// statement before it names.
			m = 0.5
		}
		n += m
		if k < len(weights) {
			rare += m * weights[k]
			all += weights[k]
		}
	}
	if all > 0 {
		rare /= all
	}
	return n, exact, rare
}

// wordStarts is the set of the pairs of bytes that begin a word of a text
// (every two bytes after a space), each pair one of 1,024 bits, worked out
// on first use (of): where " "+k is in the text, k's first two bytes
// begin a word of it, so a k whose pair is not in the set (may) is not
// there, and the text need not be searched for it.
type wordStarts struct {
	done bool
	bits [16]uint64
}

// of works out the set for text the first time; later calls return it
// as it is.
func (w *wordStarts) of(text string) *wordStarts {
	if !w.done {
		w.done = true
		for j := strings.IndexByte(text, ' '); j >= 0 && j+2 < len(text); {
			b := startBit(text[j+1], text[j+2])
			w.bits[b>>6] |= 1 << (b & 63)
			k := strings.IndexByte(text[j+1:], ' ')
			if k < 0 {
				break
			}
			j += 1 + k
		}
	}
	return w
}

// may: k, of fewer than two bytes or beginning as some word of the text
// does, may be in it after a space.
func (w *wordStarts) may(k string) bool {
	if len(k) < 2 {
		return true
	}
	b := startBit(k[0], k[1])
	return w.bits[b>>6]&(1<<(b&63)) != 0
}

// startBit is the bit of a word's first two bytes.
func startBit(a, b byte) uint {
	return (uint(a)<<5 ^ uint(b)) & 1023
}

// countDoneRE is a question of how many were done something to: "how
// many hostages did Hamas release", "how many waivers were issued for …",
// "how many fighters have reached the camps", "how many hostages does
// the group still hold".
var countDoneRE = regexp.MustCompile(`(?i)^how many [\w-]+(?: [\w-]+)? (did|does|do|will|were|was|are|is|have been|has been|had been|have|has|had) (.+)$`)

// heldCounted: what a "how many" question counts is an event one holds
// ("how many bilateral meetings", "how many rounds").
func heldCounted(q string) bool {
	f := strings.Fields(strings.ToLower(q))
	for i := 2; i < len(f) && i < 5; i++ {
		if lexicon.IsHeldEvent(strings.Trim(f[i], `?!.,;:"'()`)) {
			return true
		}
	}
	return false
}

// countedVerb is what a "how many X did Y <verb>" question asks was done:
// after "did", "does" or "will", the verb after its doer ("release",
// "hold"); after "were" or "have", the participle that follows
// ("issued", "reached"); else the last word before the first preposition
// after the auxiliary (not after "are" or "is"); or "".
func countedVerb(words string) string {
	v := countedVerbOf(words)
	if lexicon.IsHoldingVerb(strings.ToLower(v)) && heldCounted(words) {
		// "how many meetings did they hold": the meetings, whether
		// held or had.
		return ""
	}
	return v
}

// countedVerbOf is countedVerb, an event's holding verb kept.
func countedVerbOf(words string) string {
	m := countDoneRE.FindStringSubmatch(strings.TrimSpace(words))
	if m == nil {
		return ""
	}
	switch aux := strings.ToLower(m[1]); aux {
	case "did", "does", "do", "will":
		if v := verbAfterSubject(m[2]); v != "" {
			return v
		}
	default:
		for _, w := range strings.Fields(strings.ToLower(m[2])) {
			w = strings.Trim(w, `?!.,;:"'()`)
			if w == "been" || lexicon.IsPreVerbAdverb(w) {
				continue
			}
			if strings.HasSuffix(w, "ed") || lexicon.IsIrregularForm(w) {
				return w
			}
			break
		}
		if aux == "are" || aux == "is" {
			return "" // "how many troops are fighting …": no act done to them
		}
	}
	var keep []string
	for _, w := range strings.Fields(m[2]) {
		if lexicon.IsPreposition(strings.ToLower(w)) {
			break
		}
		keep = append(keep, w)
	}
	if len(keep) == 0 {
		return ""
	}
	return strings.Trim(keep[len(keep)-1], `?!.,;:"'()`)
}

// clockAskedRE asks for an hour of the day: "what time does the truce
// start", "at what time did it take effect".
var clockAskedRE = regexp.MustCompile(`(?i)^(?:at )?what time\b`)

// clockRE is an hour of the day: "9 p.m.", "06:00", "0300 GMT", "9
// o'clock", "midnight", "noon".
var clockRE = regexp.MustCompile(`(?i)\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b|p\.?m\b|o['’]clock\b)|\b\d{1,2}:\d\d\b|\b\d{4}\s*(?:gmt|utc|hours|hrs)\b|\b(?:midnight|noon|midday)\b`)

// happenedRE is a question of when something happened: "when did …",
// "when was … signed".
var happenedRE = regexp.MustCompile(`(?i)^when (?:did|was|were|had)\b`)

// saidVerbRE finds a verb of saying in a question: "when did X say …"
// asks when the words were said, whatever they foresaw.
var saidVerbRE = regexp.MustCompile(`(?i)\b(?:` + speechVerbRE + `)\b`)

// eventKin are words that tell an event a question names otherwise
// happened.
var eventKin = lexicon.EventKin()

// happenedIn: the text tells that what a "when did …" question asks
// about happened (or, for "how many X did Y <do>", that it was done to
// them). The question's words the text writes in capitals are
// names (who and where); of the others, the event, one at least must be
// in the text (in any of its forms, maybeOnly), and not only within four
// words before or six after a modal: "an invasion … could begin at any
// time" says it had not happened. A text that names every word asked
// in capitals is not judged.
func happenedIn(ix Searcher, text string, terms []string, forms map[string]bool) bool {
	toks := strings.Fields(text)
	clean := func(w string) string { return strings.Trim(w, `.,;:!?"“”'’()—–-`) }
	caps := map[string]bool{}
	for _, tok := range toks {
		if w := clean(tok); w != "" && startsUpper(w) {
			for _, t := range ix.Terms(w) {
				caps[t] = true
			}
		}
	}
	event := false
	for _, t := range terms {
		// "when did the envoy get to Beirut": a light verb says nothing
		// of what happened ("arrived").
		event = event || !caps[t] && !lexicon.IsLightVerb(t) && !slices.ContainsFunc(toks, func(tok string) bool {
			w := clean(tok)
			return startsUpper(w) && strings.HasPrefix(strings.ToLower(w), t)
		})
	}
	if !event {
		return true
	}
	for j, tok := range toks {
		w := clean(tok)
		if w == "" || startsUpper(w) {
			continue
		}
		hit := false
		for _, t := range ix.Terms(w) {
			hit = hit || forms[t] && !caps[t]
		}
		if !hit {
			continue
		}
		modal := false
		for k := max(0, j-4); k < min(len(toks), j+7); k++ {
			modal = modal || lexicon.IsHedge(strings.ToLower(clean(toks[k])))
		}
		if !modal {
			return true
		}
	}
	return false
}

// unfulfilled: the word toks[j] is an act that one of the marks, within
// five words before it, tells was not done: "must pass", "hopes to
// sign", "his failure last week to sign". A mark that is no modal verb
// goes with the act only through "to": "the long-planned signing" was
// done. A condition goes with an act up to three words after it: "valid
// if accepted", "if both sides sign".
func unfulfilled(toks []string, j int, marks ...func(string) bool) bool {
	to := false
	for k := j - 1; k >= max(0, j-5); k-- {
		w := strings.ToLower(strings.Trim(toks[k], `.,;:!?"“”'’()—–-`))
		if w == "to" {
			to = true
			continue
		}
		if (to || lexicon.IsAuxiliary(w) || k >= j-3 && lexicon.IsCondition(w)) && slices.ContainsFunc(marks, func(m func(string) bool) bool { return m(w) }) {
			return true
		}
	}
	return false
}

// undoneIn: the text tells of the act, in one of its forms (not
// capitalised: "Hope" may be a name), and only as not done, by one of
// the marks (unfulfilled): "the assembly must also pass a charter", "the
// envoy's failure to sign", "has yet to sign". No forms, no act: false.
func undoneIn(ix Searcher, text string, forms map[string]bool, marks ...func(string) bool) bool {
	if forms == nil {
		return false
	}
	toks := strings.Fields(text)
	told := false
	for j, tok := range toks {
		w := strings.Trim(tok, `.,;:!?"“”'’()—–-`)
		if w == "" || startsUpper(w) || !slices.ContainsFunc(ix.Terms(w), func(t string) bool { return forms[t] }) {
			continue
		}
		if !unfulfilled(toks, j, marks...) {
			return false
		}
		told = true
	}
	return told
}

// actForms are the terms of a question's act and the forms a text may
// tell it by: its other forms, its synonyms of one word, and the words
// that tell such an event otherwise ("call" → "spoke"). None for a
// light verb, which tells no act of its own.
func (v *view) actForms(act string) map[string]bool {
	if lexicon.IsLightVerb(act) {
		return nil
	}
	words := act + " " + strings.Join(relatedWords(act).Close, " ") + " " + eventKin[act]
	for _, o := range synonymIndex[act] {
		if !strings.Contains(o, " ") {
			words += " " + o
		}
	}
	forms := map[string]bool{}
	for _, t := range v.s.Terms(words) {
		forms[t] = true
		for _, o := range relatedWords(t).Close {
			for _, y := range v.s.Terms(o) {
				forms[y] = true
			}
		}
	}
	if len(forms) == 0 {
		return nil
	}
	return forms
}

// occasionPlaceRE finds the place that ends an occasion: "meeting Roth in
// Lisbon".
var occasionPlaceRE = regexp.MustCompile(`(?i)\b(?:in|at)\s+([\p{L}-]+)$`)

// titlePlace: some article's title names t after "in" or "at", as a place
// ("Background Briefing in Lisbon, Portugal").
func (v *view) titlePlace(t string) bool {
	for _, a := range v.articles {
		if strings.Contains(a.head, " in "+t+" ") || strings.Contains(a.head, " at "+t+" ") {
			return true
		}
	}
	return false
}

// placeMet: a statement's words, its article's title or the place it was
// said name the place t.
func (v *view) placeMet(h index.Hit, t string) bool {
	i := h.Pos
	if i < 0 || i >= len(v.norm) {
		return false
	}
	return v.has(i, t) || strings.Contains(v.articles[v.artOf[i]].head, " "+t) ||
		strings.Contains(" "+corpus.NormWords(h.Statement.Where)+" ", " "+t)
}

// namedParties are the question's terms that name a country or region
// the corpus knows: its people are named ("Yemeni"), or something is said
// to be in it ("the truce in Yemen"). A person quoted, or a common word
// ("given" is no people of "give"), is none.
func (v *view) namedParties(words string) [][]string {
	var out [][]string
	for _, w := range strings.Fields(corpus.NormWords(words)) {
		// The lists are the memo's: shared, never changed.
		for _, g := range v.places.get(w, v.placesOf) {
			if !slices.ContainsFunc(out, func(o []string) bool { return o[0] == g[0] }) {
				out = append(out, g)
			}
		}
	}
	return out
}

// placesOf are the places a normalised word names, as namedParties gives
// them, each once: worked out once a view for each word (memo places),
// not for every article whose title and talks' names are asked whether
// they name a place. Its look-ups (WordNet, the index's analysis, the
// vocabulary) had been a quarter of answering "when did X say <words>".
func (v *view) placesOf(w string) [][]string {
	if len(w) < 4 || stopWords[w] || questionWords[w] || len(relatedWords(w).Loose) > 0 {
		return nil
	}
	var out [][]string
	for _, t := range v.s.Terms(w) {
		if len(t) >= 4 && !v.surnames[t] && v.placeWord(t) && !slices.ContainsFunc(out, func(g []string) bool { return g[0] == t }) {
			// The country of a capital meets it too: "Accra" is in Ghana.
			g := append([]string{t}, v.s.Terms(strings.Join(relatedWords(w).Close, " "))...)
			out = append(out, append(g, v.peopleTerms(w)...))
		}
	}
	return out
}

// peopleTerms are the analysed forms of the corpus's words for the people
// of the place w that are not written on its whole name ("Lebanese" of
// Lebanon, "Kosovar" of Kosovo, "Chinese" of China), as the lexicon tells a
// nationality from its country: a text that speaks only of "the Lebanese"
// is about Lebanon. Words written on the whole name ("Sudanese") are
// another form of it already.
func (v *view) peopleTerms(w string) []string {
	if len(w) < 4 {
		return nil
	}
	var out []string
	for i := sort.SearchStrings(v.vocab, w[:4]); i < len(v.vocab) && strings.HasPrefix(v.vocab[i], w[:4]); i++ {
		p := v.vocab[i]
		if !strings.HasPrefix(p, w) && lexicon.SameNation(p, w) {
			out = append(out, v.s.Terms(p)...)
		}
	}
	return out
}

// placeWord: some statement names the people of the place t, or says a
// thing is in it.
func (v *view) placeWord(t string) bool {
	for i := sort.SearchStrings(v.vocab, t); i < len(v.vocab) && strings.HasPrefix(v.vocab[i], t); i++ {
		w := v.vocab[i]
		if lexicon.IsPeopleEnding(w[len(t):]) {
			return true
		}
		if v.placed[w] && (w == t || v.formOf(w, t)) {
			return true
		}
	}
	return false
}

// partiesMet: one of the places named is met by the statement's words,
// its article's title, topics or the names that tell what it and the
// talks it is of are about, its speaker or the place it was said, in any
// of its forms
// ("Israeli" meets "israel"). Talks between two named places may be
// written of as about one of them. What depends on the article alone is
// kept in byArticle, for the other hits of the same article and names.
func (v *view) partiesMet(h index.Hit, all []string, byArticle map[int32]bool) bool {
	i := h.Pos
	if len(all) == 0 || i < 0 || i >= len(v.norm) {
		return true
	}
	ai := v.artOf[i]
	if slices.ContainsFunc(all, func(t string) bool { return v.has(i, t) || v.hasIn(v.articles[ai].head, t) }) {
		return true
	}
	// Where it was said, and who said it ("people familiar with the
	// Washington talks"), normalised only for hits the words and title
	// did not settle.
	st := h.Statement
	where := " " + corpus.NormWords(st.Where+" "+st.Speaker+" "+st.SpeakerTitle) + " "
	if slices.ContainsFunc(all, func(t string) bool { return v.hasIn(where, t) }) {
		return true
	}
	if met, ok := byArticle[ai]; ok {
		return met
	}
	met := v.articleMeets(ai, all)
	byArticle[ai] = met
	return met
}

// partiesSpokenOf: one of the places or talks named is met as
// partiesMet meets it, or anywhere in the statement's article: what
// someone said on talks is said in an article that names them somewhere,
// if not in the words themselves ("the format is not succeeding" in an
// article on the talks in Jeddah). An article none of whose statements
// names them is about something else. What depends on the article alone
// is kept in byArticle.
func (v *view) partiesSpokenOf(h index.Hit, all []string, met, byArticle map[int32]bool) bool {
	if v.partiesMet(h, all, met) {
		return true
	}
	ai := v.artOf[h.Pos]
	if ok, seen := byArticle[ai]; seen {
		return ok
	}
	ok := v.articleNames(ai, all)
	byArticle[ai] = ok
	return ok
}

// otherTalks: t is a name that tells what other articles are about, and
// the article ai shares no such name with any of them: it is about other
// talks. An article sharing one ("the Lake League", "Norland") may be
// about the same talks without naming t.
func (v *view) otherTalks(ai int32, t string) bool {
	if !v.nameTerm(t) || !slices.ContainsFunc(v.artKeys[ai], properName) {
		// An article with no names of its own ("brief" of a "Daily
		// Briefing") may be on any talks.
		return false
	}
	home := v.homeKeys.get(t, v.keysBeside)
	return !slices.ContainsFunc(v.artKeys[ai], func(k string) bool { return home[k] })
}

// properName: the word is no common word WordNet gives synonyms for
// ("Khalilzad", "Bangsamoro", not "brief" or "call").
func properName(w string) bool {
	r := relatedWords(w)
	return len(r.Synonyms) == 0 && len(r.Loose) == 0
}

// keysBeside are the names of the articles whose names hold the term t,
// but for those holding it: what else the talks it names are told by.
// Worked out once a view for each term (memo homeKeys).
func (v *view) keysBeside(t string) map[string]bool {
	out := map[string]bool{}
	for _, keys := range v.artKeys {
		if !slices.ContainsFunc(keys, func(k string) bool { return v.hasIn(" "+k+" ", t) }) {
			continue
		}
		for _, k := range keys {
			if !v.hasIn(" "+k+" ", t) {
				out[k] = true
			}
		}
	}
	return out
}

// holdsForm: the words of the statement at i (or its sentence) hold one
// of forms.
func (v *view) holdsForm(i int, forms map[string]bool) bool {
	if i < 0 || i >= len(v.norm) {
		return true
	}
	for t := range forms {
		if v.has(i, t) {
			return true
		}
	}
	return false
}

// articleNames: a statement of the article ai names one of all.
func (v *view) articleNames(ai int32, all []string) bool {
	return slices.ContainsFunc(v.articles[ai].stmts, func(j int32) bool {
		return slices.ContainsFunc(all, func(t string) bool { return v.has(int(j), t) })
	})
}

// allOwnUntitled: the statement is a turn that answers a reporter's
// question, its own words meet every one of plain, the question's terms
// that are no name, and its article's title names no place of its own: a
// daily briefing ("Department Press Briefing – November 14, 2023") takes
// many subjects and may speak of the hostages of talks without naming
// where they are held. A title that names some other place ("… in
// Ethiopia") is about that, as is a turn whose words or question name
// one, and news that names no place it knows is still about its own
// talks.
func (v *view) allOwnUntitled(h index.Hit, plain []string, syn synonymSet) bool {
	if len(plain) == 0 || h.Pos < 0 || h.Pos >= len(v.norm) || h.Statement.Question == "" {
		return false
	}
	if len(v.namedParties(v.articles[v.artOf[h.Pos]].head)) > 0 || len(v.namedParties(h.Statement.Text+" "+h.Statement.Question)) > 0 {
		// A turn that names a place, or answers a question that names
		// one, is about that place ("clashes in Zalingei", "are we any
		// closer to sanctions in Sudan": the Sudan truce, not another
		// asked).
		return false
	}
	return v.ownCovered(h.Statement.Text, plain, syn) == len(plain)
}

// articleMeets: one of the names all is met by what tells what the
// article ai and the talks it is of are about, or those name no place.
func (v *view) articleMeets(ai int32, all []string) bool {
	negs, ok := v.talksNow()
	if !ok {
		return true // the talks are not known yet: nothing to hold it to
	}
	keys := v.artKeys[ai]
	for _, g := range negs {
		if slices.Contains(g.arts, ai) {
			keys = slices.Concat(keys, slices.Collect(maps.Keys(g.keys)))
			break
		}
	}
	// The keys as one text: a word, which holds no space, is in it where
	// it is in one of them.
	joined := " " + strings.Join(keys, " ") + " "
	if slices.ContainsFunc(all, func(t string) bool {
		if !strings.Contains(t, " ") {
			return v.hasIn(joined, t)
		}
		return slices.ContainsFunc(keys, func(k string) bool { return v.hasIn(" "+k+" ", t) })
	}) {
		return true
	}
	// Unmet, it is about another place only if its title or talks name
	// one: an invitation to "the talks" that names no place may be to
	// those. Nor is it about a name that tells what other articles are
	// about, and that none of its statements names ("the FARC" of the
	// Colombia talks, asked of an article on the Philippine accord whose
	// names are "MILF" and "Bangsamoro").
	if len(keys) > 0 && slices.ContainsFunc(all, func(t string) bool { return v.otherTalks(ai, t) }) && !v.articleNames(ai, all) {
		return false
	}
	return len(v.namedParties(v.articles[ai].head+" "+strings.Join(keys, " "))) == 0
}

// plainTerms are the question's terms that are no name and say
// something by themselves: not the people, places and things the
// articles are about (artKeys, the people quoted, the places and talks
// named, parties), not a light verb ("get") nor a word of time order
// ("before").
func (v *view) plainTerms(terms, parties []string) []string {
	var out []string
	for _, t := range terms {
		if !slices.Contains(parties, t) && !v.names[t] && !v.surnames[t] && !lexicon.IsLightVerb(t) && !occasionWords[t] {
			out = append(out, t)
		}
	}
	return out
}

// beyondNames: the statement's own words (or its sentence) meet one of
// the plain terms (plainTerms) of the question, in any form or by a
// synonym, or there are none: "what did Vell get in exchange for the
// reporter Ada Roe" is not answered by "thank you for joining this call
// on the release of Ada Roe from Vell", which names both and tells of no
// exchange, nor by its article's title.
func (v *view) beyondNames(ix Searcher, h index.Hit, plain []string, syn synonymSet) bool {
	if len(plain) == 0 {
		return true
	}
	i := h.Pos
	if i < 0 || i >= len(v.norm) {
		return true
	}
	var own map[string]bool
	found := func(t string) bool {
		if v.has(i, t) {
			return true
		}
		if own == nil {
			own = map[string]bool{}
			for _, x := range ix.Terms(h.Statement.Text + " " + h.Statement.Sentence) {
				own[x] = true
			}
		}
		return own[t]
	}
	return slices.ContainsFunc(plain, func(t string) bool {
		return found(t) || slices.ContainsFunc(syn.syn[t], func(x string) bool { return allFound(x, found) }) ||
			slices.ContainsFunc(syn.loose[t], found)
	})
}

// ownCovered counts the question's terms, or a synonym of one, that a
// speaker's own words hold: not the question the speaker answered.
func (v *view) ownCovered(text string, terms []string, syn synonymSet) int {
	own := " " + corpus.NormWords(text) + " "
	found := func(t string) bool { return v.hasIn(own, t) }
	n := 0
	for _, t := range terms {
		if found(t) || slices.ContainsFunc(syn.syn[t], func(x string) bool { return allFound(x, found) }) {
			n++
		}
	}
	return n
}

// headOf is the title and topics of the article of the statement at i,
// normalised; "" when i is no statement of the view.
func (v *view) headOf(i int) string {
	if i < 0 || i >= len(v.norm) {
		return ""
	}
	return v.articles[v.artOf[i]].head
}

// rareWeight is how much more a statement that holds the question's rare
// words counts than one that holds as many of its common ones.
const rareWeight = 0.5

// rarity weighs each term by how few statements hold it (inverse document
// frequency, a word's longer forms counting: "centrifug" is held by
// "centrifuges"); a term no statement holds weighs as one held once.
func (v *view) rarity(terms []string) []float64 {
	n := float64(len(v.norm))
	w := make([]float64, len(terms))
	for i, t := range terms {
		df := float64(v.docFreq(t))
		w[i] = math.Log(1 + n/(1+df))
	}
	return w
}

// anaphorRE finds words that point back to what an earlier sentence named:
// "that deal", "the framework agreement", a sentence opening with "He".
// What is pointed back to is a thing talks agree on, or one of the
// other things and steps of talks a briefing goes on about.
var anaphorRE = regexp.MustCompile(`(?i)\b(?:that|this|these|those|the) (?:\w+ )?(?:` + strings.Join(lexicon.AgreementNouns(), "|") +
	`|framework|plan|proposal|talks|negotiations|halt|pause|process|round|offer|meeting|call)s?\b|^(?:He|She|They) `)

// countedRE finds what a "how many" question counts.
var countedRE = regexp.MustCompile(`(?i)^how (?:many|much) ([\w-]+)(?: ([\w-]+))?`)

// countedTerms are the terms of the thing a "how many X" question counts,
// with their synonyms and other forms ("sudanese" → "sudan"); nil when it
// names none.
func (v *view) countedTerms(q string) []string {
	m := countedRE.FindStringSubmatch(q)
	if m == nil || questionWords[strings.ToLower(m[1])] || stopWords[strings.ToLower(m[1])] {
		return nil
	}
	m[1] = v.spell(m[1])
	out := []string{corpus.NormWords(m[1])}
	for _, t := range v.s.Terms(m[1]) {
		out = append(out, t)
		for _, x := range v.stems[t] {
			out = append(out, strings.Fields(x)...)
		}
	}
	if demonymPlace(m[1]) != "" || personNouns[strings.ToLower(m[1])] {
		// "how many Sudanese fled": people, counted as news counts them.
		out = append(out, v.s.Terms(peopleWords)...)
	}
	if forceMembers[strings.ToLower(m[1])] {
		// "how many fighters does the group have": a force is counted by
		// its members ("the 1,500-member strong group"); hostages are not
		// ("a 15-member team" holds none).
		out = append(out, "member", "members")
	}
	// "how much aid": assistance is counted as aid.
	out = append(out, v.s.Terms(strings.Join(synonymIndex[strings.ToLower(m[1])], " "))...)
	rel := relatedWords(m[1])
	out = append(out, v.s.Terms(strings.Join(rel.Close, " "))...)
	// "how many demonstrators": the protesters a text counts.
	out = append(out, v.s.Terms(strings.Join(rel.Loose, " "))...)
	if n := strings.ToLower(m[2]); n != "" && !questionWords[n] && !stopWords[n] {
		// "how many Palestinian prisoners", "how much new aid": the
		// noun after the first word is counted too.
		n = v.spell(n)
		out = append(out, v.s.Terms(n)...)
		out = append(out, v.s.Terms(strings.Join(synonymIndex[n], " "))...)
	}
	return out
}

// countNear: a number in the text stands within a few words of a term
// of what is counted ("20 waivers", "four Israeli soldiers", "the
// prisoners, 150 of them"), not only somewhere in it ("families from a
// dozen countries" counts no prisoners).
//
// When people are counted, a people counts for them if the question names
// it or its place (asked: "how many people died in Angola" is counted in
// "Angolans", not in "Liberians").
func countNear(text string, counted, asked []string) bool {
	words := strings.Fields(corpus.NormWords(dayOrTimeRE.ReplaceAllString(text, " ")))
	people := slices.Contains(counted, "people")
	ofAsked := func(w string) bool {
		return slices.ContainsFunc(asked, func(a string) bool { return len(a) >= 4 && strings.HasPrefix(w, a[:min(len(a), 5)]) })
	}
	isCounted := func(w string) bool {
		for _, t := range counted {
			if t != "" && (w == t || len(t) >= 4 && strings.HasPrefix(w, t)) {
				return true
			}
		}
		// People are counted as a people ("one million Angolans") or
		// as members ("a 15-member team").
		return people && (w == "member" || w == "members" || strings.HasSuffix(w, "s") && ofAsked(w) && demonymPlace(w) != "")
	}
	for i, w := range words {
		if !numberWordRE.MatchString(w) {
			continue
		}
		for j := max(0, i-countReach); j <= min(len(words)-1, i+countReach); j++ {
			if j != i && isCounted(words[j]) {
				return true
			}
		}
	}
	return false
}

// countReach is how many words apart a number and what it counts may be.
const countReach = 4

// numberWordRE is one word that gives a number.
var numberWordRE = regexp.MustCompile(`^(?:\d[\d.,]*|` + numberWords + `)$`)

// peopleWords count people in news of war and talks.
var peopleWords = strings.Join(lexicon.PeopleWords(), " ")

// personNouns are the people a "how many" question counts whom news may
// count as people.
var personNouns = lexicon.CountedPeopleSet()

// forceMembers are the people of an armed force, counted by its members.
var forceMembers = lexicon.ForceMemberSet()

// unsaid: a third or more of the content words, and at least two, are
// in no statement, as written, analysed, or by a synonym or another form.
// One such word alone is often a paraphrase ("shut" for "close").
func (v *view) unsaid(words string) bool {
	known := v.known
	norm := " " + corpus.NormWords(contentWords(words)) + " "
	for _, p := range phrasesIn(words) {
		// "standing in the way" is said when "obstacle" is.
		if slices.ContainsFunc(synonymIndex[p.phrase], func(o string) bool {
			return allFound(corpus.NormWords(o), known)
		}) {
			norm = strings.ReplaceAll(norm, " "+p.content+" ", " ")
		}
	}
	n, absent := 0, 0
	for _, w := range strings.Fields(norm) {
		if len(w) < 3 || stopWords[w] || questionWords[w] {
			continue
		}
		n++
		if !known(w) {
			absent++
		}
	}
	return absent >= 2 && 3*absent >= n
}

// known: some statement holds the word (normalised), as written,
// analysed, or by a synonym or another form.
func (v *view) known(w string) bool {
	if v.anyWithPrefix(w) || len(w) > 4 && v.anyWithPrefix(strings.TrimSuffix(w, "s")) {
		return true
	}
	if plainNumberRE.MatchString(w) && len(w) > 3 {
		// "2000" as "2,000" is written: its words "2 000".
		return allFound(grouped(w), v.anyWithPrefix)
	}
	if slices.ContainsFunc(v.s.Terms(w), v.anyWithPrefix) {
		return true
	}
	r := relatedWords(w)
	// A synonym too ("fooled" is said when "deceived" is), not a verb
	// above it ("a blunder" is not said when "a break" is).
	others := slices.Concat(synonymIndex[w], r.Close, r.Synonyms)
	return slices.ContainsFunc(others, func(o string) bool {
		f := strings.Fields(corpus.NormWords(o))
		return len(f) > 0 && v.anyWithPrefix(f[0])
	})
}

// unknownGroup: the words name an armed or political movement ("Hamas",
// "the Houthis") that no statement names.
func (v *view) unknownGroup(words string) bool {
	// Names are met whole: "Hamas" is not a form of the "Hamad" of a
	// king's name, as "hama" begins both.
	for _, w := range strings.Fields(corpus.NormWords(words)) {
		if !lexicon.IsGroupWord(w) {
			continue
		}
		forms := append([]string{w, strings.TrimSuffix(w, "s"), w + "s"}, synonymIndex[w]...)
		if !slices.ContainsFunc(forms, func(f string) bool { return allFound(corpus.NormWords(f), v.hasWord) }) {
			return true
		}
	}
	return false
}

// hasWord: some statement's words hold w (normalised) as a word.
func (v *view) hasWord(w string) bool {
	i := sort.SearchStrings(v.vocab, w)
	return i < len(v.vocab) && v.vocab[i] == w
}

// pointsBack: the hit names what it is about only by pointing back
// (anaphorRE), and a statement of its article comes before it.
func (v *view) pointsBack(h index.Hit) bool {
	i := h.Pos
	return i > 0 && i < len(v.norm) && v.artOf[i-1] == v.artOf[i] && v.anaphoric(i, h.Statement.Text)
}

// allFound: every term of x (terms joined by spaces) is found.
func allFound(x string, found func(string) bool) bool {
	for _, t := range strings.Fields(x) {
		if !found(t) {
			return false
		}
	}
	return x != ""
}

// fragment: a few words quoted inside a reported sentence, not a whole
// quoted sentence.
func fragment(text string) bool {
	r := []rune(strings.TrimSpace(text))
	return len(r) == 0 || !unicode.IsUpper(r[0]) || len(strings.Fields(text)) < 8
}

// speakerFits: at least half the words of the asked-for speaker are in
// the statement's speaker, title or aliases, allowing a typo in long words
// ("kim jong un" does not fit "the UN").
// roleWords normalises words and writes role words one way
// ("state dept spokesman" → "state department spokesperson", "U.S." and
// "the United States" → "us"). Matching the speaker asked for against
// every hit's speaker, title and publisher calls it several times a hit,
// on the few names a corpus has: each is worked out once (see roleMemo).
func roleWords(s string) string {
	return roleMemo.get(s, roleWordsOf)
}

// roleMemo keeps roleWords of the names and titles met, up to 8,192 of
// them, then starts again: a CPU profile of answering put 6% of the bot's
// time in working the same few names out again for every hit.
var roleMemo = memo[string]{max: 8192}

// memo keeps the results of a pure function of a string, up to max of
// them, for use from several goroutines.
type memo[V any] struct {
	max int
	mu  sync.RWMutex
	m   map[string]V
}

func (m *memo[V]) get(s string, f func(string) V) V {
	m.mu.RLock()
	out, ok := m.m[s]
	m.mu.RUnlock()
	if ok {
		return out
	}
	out = f(s)
	m.mu.Lock()
	if m.m == nil || len(m.m) >= m.max {
		m.m = map[string]V{}
	}
	m.m[s] = out
	m.mu.Unlock()
	return out
}

func roleWordsOf(s string) string {
	n := " " + corpus.NormWords(s) + " "
	for _, us := range []string{" u s ", " united states ", " america ", " american "} {
		n = strings.ReplaceAll(n, us, " us ")
	}
	f := strings.Fields(n)
	for i, w := range f {
		if r, ok := lexicon.RoleSpelling(w); ok {
			f[i] = r
		}
	}
	return strings.Join(f, " ")
}

func speakerFits(s corpus.Statement, speaker string) bool {
	return askSpeaker(speaker).fits(s)
}

// speakerAsk is a speaker asked for, to be fitted to the statements a
// search found: what depends only on the name asked is worked out once,
// what depends on a statement's speaker, title and aliases once for each
// such speaker, and what depends on its publisher once for each publisher
// (a CPU profile of answering put a quarter of the bot's own work in
// fitting the same few speakers to each hit again).
type speakerAsk struct {
	speaker  string
	asked    []string // the words of the name asked, as role words
	initials string   // the name asked as a body's initials would be
	inst     bool     // a word asked heads the name of a body
	persons  map[personKey]personVerdict
	offices  map[string]bool // officeFits, by publisher
	names    map[string]nameParts
	kin      map[[2]string]bool // kinIn of a word asked and one of a speaker's
	places   map[[2]string]bool // placeOf of a word asked and an article's title and topics
}

// nameParts is what person reads of a speaker's name alone.
type nameParts struct {
	initials   string          // initialsOf
	qualifiers map[string]bool // bodyQualifiers
}

// personKey is what person and exact read of a statement's
// speaker.
type personKey struct{ speaker, title, aliases string }

// personVerdict is person of a speaker: decided, or fitting if the
// article is about the places of the words asked in place (placeOf) and
// then ok of n words asked are met; and whether exact holds by
// the speaker's own words.
type personVerdict struct {
	decided, fits bool
	n, ok         int
	place         []string
	exact         bool
}

// askSpeaker prepares the fitting of speaker.
func askSpeaker(speaker string) *speakerAsk {
	asked := strings.Fields(spokesRole(roleWords(dropPossessive(speaker))))
	return &speakerAsk{
		speaker:  speaker,
		asked:    asked,
		initials: strings.ToLower(lexicon.TrimArticle(speaker)),
		inst:     slices.ContainsFunc(asked, isInstitution),
	}
}

// fits is speakerFits.
func (a *speakerAsk) fits(s corpus.Statement) bool {
	return a.person(s) || a.office(s) || readoutFits(s, a.speaker) || counterpartFits(s, a)
}

// exact: every word of the asked-for speaker is in the
// statement's speaker, title or aliases, spelt the same; or the speaker
// asked for is the office that published it ("the US" for the State
// Department's spokesperson).
func (a *speakerAsk) exact(s corpus.Statement) bool {
	return a.office(s) || a.verdict(s).exact
}

// office is officeFits.
func (a *speakerAsk) office(s corpus.Statement) bool {
	fits, ok := a.offices[s.Source.Outlet]
	if !ok {
		fits = officeFits(s, a.speaker)
		if a.offices == nil {
			a.offices = map[string]bool{}
		}
		a.offices[s.Source.Outlet] = fits
	}
	return fits
}

// person: the speaker fits by the statement speaker's own names and
// titles, as judge and placeOf find.
func (a *speakerAsk) person(s corpus.Statement) bool {
	v := a.verdict(s)
	if v.decided {
		return v.fits
	}
	for _, w := range v.place {
		if !a.placeOf(w, s) {
			return false
		}
	}
	return v.n == 0 || 2*(v.ok+len(v.place)) >= v.n
}

// placeOf is placeOf, once for each article's title and topics and each
// place words were said.
func (a *speakerAsk) placeOf(w string, s corpus.Statement) bool {
	k := [2]string{w, s.Source.Title + "\x00" + strings.Join(s.Topics, "\x00") + "\x00" + s.Where}
	fits, ok := a.places[k]
	if !ok {
		fits = placeOf(w, s)
		if a.places == nil {
			a.places = map[[2]string]bool{}
		}
		a.places[k] = fits
	}
	return fits
}

// kinIn is kinIn, once for each word of a speaker's.
func (a *speakerAsk) kinIn(w string, have []string) bool {
	for _, h := range have {
		k := [2]string{w, h}
		kin, ok := a.kin[k]
		if !ok {
			kin = kinIn(w, []string{h})
			if a.kin == nil {
				a.kin = map[[2]string]bool{}
			}
			a.kin[k] = kin
		}
		if kin {
			return true
		}
	}
	return false
}

// name is the nameParts of a speaker's name, worked out once.
func (a *speakerAsk) name(speaker string) nameParts {
	n, ok := a.names[speaker]
	if !ok {
		n = nameParts{initialsOf(speaker), bodyQualifiers(speaker)}
		if a.names == nil {
			a.names = map[string]nameParts{}
		}
		a.names[speaker] = n
	}
	return n
}

// verdict is the personVerdict of s's speaker, worked out once.
func (a *speakerAsk) verdict(s corpus.Statement) personVerdict {
	k := personKey{s.Speaker, s.SpeakerTitle, strings.Join(s.Aliases, " ")}
	v, ok := a.persons[k]
	if !ok {
		v = verdicts.get(a, k)
		if a.persons == nil {
			a.persons = map[personKey]personVerdict{}
		}
		a.persons[k] = v
	}
	return v
}

// verdicts keeps judge's verdicts, a pure function of the speaker asked
// for and a statement's speaker, title and aliases, across questions, up
// to 8,192 of them, then starts again: a corpus has few speakers, and the
// names asked for come back. A question naming a speaker none of its hits
// has ("what did Putin say about the truce", answered from what others
// said) judged every hit's speaker again: callgrind put a quarter of such
// an answer there.
var verdicts = verdictMemo{max: 8192}

type verdictKey struct {
	asked string
	personKey
}

type verdictMemo struct {
	max int
	mu  sync.RWMutex
	m   map[verdictKey]personVerdict
}

// get is a.judge(k), as worked out before for the same speaker asked. The
// verdict's places are shared: they are only read.
func (m *verdictMemo) get(a *speakerAsk, k personKey) personVerdict {
	key := verdictKey{a.speaker, k}
	m.mu.RLock()
	v, ok := m.m[key]
	m.mu.RUnlock()
	if ok {
		return v
	}
	v = a.judge(k)
	m.mu.Lock()
	if m.m == nil || len(m.m) >= m.max {
		m.m = map[verdictKey]personVerdict{}
	}
	m.m[key] = v
	m.mu.Unlock()
	return v
}

// counterpartFits: the speaker asked for is the one a readout's principal
// met or called, and the sentence is theirs, not the principal's: it
// names them, both sides ("They agreed …"), or nobody ("The signatories'
// envoys shared the progress achieved" in a readout of a meeting with
// the signatories).
func counterpartFits(s corpus.Statement, a *speakerAsk) bool {
	other, ok := strings.CutPrefix(s.Where, "meeting with ")
	if !ok {
		if other, ok = strings.CutPrefix(s.Where, "call with "); !ok {
			return false
		}
	}
	if m := strings.ToLower(strings.TrimSpace(s.Mention)); m != "" && !lexicon.IsBothSides(m) {
		named := false
		for _, w := range strings.Fields(roleWords(m)) {
			if len(w) > 3 && strings.Contains(" "+roleWords(other)+" ", " "+w+" ") {
				named = true
			}
		}
		if !named {
			return false
		}
	}
	// The polity the sentence gives them counts too ("the Ethiopia
	// signatories": "Government of Ethiopia …", "… Tigrayan …"); others
	// it names ("the onus is on the rebels") do not.
	// Only the sentence's subject gives it: "… shared the progress,
	// including the withdrawal of Eritrean forces" gives them no
	// Eritrea.
	var names []string
	f := strings.Fields(s.Text)
	for i, w := range f {
		w = strings.Trim(w, `,.;:"“”'’()`)
		if i > 0 && !startsUpper(w) && !lexicon.IsNameRunJoiner(w) {
			break
		}
		if startsUpper(w) && (i > 0 && f[i-1] == "of" || demonymEndRE.MatchString(strings.ToLower(w)) && len(w) > 4) {
			names = append(names, w)
		}
	}
	c := s
	c.Speaker, c.SpeakerTitle, c.Aliases = other, strings.Join(names, " "), nil
	return a.person(c)
}

// officePrincipal names whose calls and meetings an office's readouts
// give, as role words.
var officePrincipal = lexicon.OfficePrincipals()

// readoutFits: the speaker asked for is the office whose readout a news
// story quotes for its principal's call ("Biden and the emir agreed …,"
// the readout said: what the White House said).
func readoutFits(s corpus.Statement, speaker string) bool {
	if !strings.Contains(strings.ToLower(s.Mention), "readout") {
		return false
	}
	want := " " + roleWords(dropPossessive(speaker)) + " "
	for k, v := range officeAlias {
		want = strings.ReplaceAll(want, " "+k+" ", " "+v+" ")
	}
	title := " " + roleWords(s.SpeakerTitle) + " "
	for office, principals := range officePrincipal {
		if !strings.Contains(want, " "+office+" ") {
			continue
		}
		for _, p := range principals {
			if strings.Contains(title, " "+p+" ") {
				return true
			}
		}
	}
	return false
}

// officeIn: w is another name of an office the speaker's words hold
// ("pentagon" for an official of the Department of Defense).
func officeIn(w string, have []string) bool {
	alias, ok := officeAlias[w]
	if !ok {
		return false
	}
	for _, a := range strings.Fields(alias) {
		if !slices.Contains(have, a) {
			return false
		}
	}
	return true
}

// acronymIn: w is the initials of words side by side in the speaker's
// words ("nsc" for "National Security Council"). Two letters are the
// initials of too many names and pairs of words ("mr" of "Mitt Romney",
// "eu" of "Eriksen, UN envoy"): those count only as the lexicon spells
// them out ("eu" → "European Union", "pm" → "Prime Minister").
func acronymIn(w string, have []string) bool {
	joined := " " + strings.Join(have, " ") + " "
	if len(w) >= 2 && len(w) <= 5 && strings.Contains(joined, " "+strings.Join(strings.Split(w, ""), " ")+" ") {
		// "U.N." as the speaker's words have it, letter by letter.
		return true
	}
	if len(w) == 2 {
		return slices.ContainsFunc(lexicon.Spelled(w), func(full string) bool { return strings.Contains(joined, " "+full+" ") })
	}
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i+len(w) <= len(have); i++ {
		ok := true
		for k := range len(w) {
			if have[i+k] == "" || have[i+k][0] != w[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// officeRE finds an office in the name of who published a statement.
var officeRE = regexp.MustCompile(`(?i)` + strings.Join(lexicon.OfficeWords(), "|"))

// officeAlias are other names of offices; officeCountry names the
// country an office speaks for.
var (
	officeAlias   = lexicon.OfficeAliases()
	officeCountry = lexicon.OfficeCountries()
)

// speakerQuery is the speaker asked for as the index is asked: the words
// as written, their role words, and for a country its offices ("the US"
// → "white house pentagon united states").
func speakerQuery(speaker string) string {
	if speaker == "" {
		return ""
	}
	out := []string{speaker, roleWords(speaker)}
	for office, alias := range officeAlias {
		// "the Pentagon" publishes as the Department of Defense.
		if strings.Contains(" "+roleWords(speaker)+" ", " "+office+" ") {
			out = append(out, alias)
		}
	}
	for _, w := range strings.Fields(spokesRole(roleWords(speaker))) {
		if lexicon.IsSpokesWord(w) {
			// A spokesman is also a press secretary or a coordinator
			// for communications; which office's is asked of each.
			out = append(out, "spokesperson spokesman spokeswoman press secretary communications")
		}
		for office, country := range officeCountry {
			if w == country {
				out = append(out, office)
			}
		}
		if w == "us" {
			out = append(out, "united states", "u.s.", "american")
		}
	}
	return strings.Join(out, " ")
}

// officeFits: the speaker asked for is the office that published the
// statement, and an official of it speaks ("what did the White House
// say" → the press secretary's statement on whitehouse.gov), or nobody
// named does (an embassy's statement: "We welcome the ceasefire").
func officeFits(s corpus.Statement, speaker string) bool {
	if !officeRE.MatchString(s.Source.Outlet) {
		return false
	}
	want := roleWords(dropPossessive(speaker))
	for k, v := range officeAlias {
		want = strings.ReplaceAll(want, k, v)
	}
	have := " " + roleWords(s.Source.Outlet) + " "
	for office, country := range officeCountry {
		if strings.Contains(have, " "+office+" ") {
			have += country + " "
		}
	}
	n := 0
	for _, w := range strings.Fields(want) {
		if w == "the" || w == "a" || w == "an" || w == "of" {
			continue
		}
		if !strings.Contains(have, " "+w+" ") {
			return false
		}
		n++
	}
	return n > 0
}

// judge is person of a speaker, by the speaker's own names and
// titles: all but the places of the article the statement is in.
func (a *speakerAsk) judge(k personKey) personVerdict {
	v := personVerdict{exact: exactIn(roleWords(k.speaker+" "+k.title+" "+k.aliases), a.speaker)}
	name := a.name(k.speaker)
	if name.initials == a.initials {
		// "the WHO", "the IOM": the body named in full.
		v.decided, v.fits = true, true
		return v
	}
	have := strings.Fields(spokesRole(roleWords(dropPossessive(k.speaker + " " + k.title + " " + k.aliases))))
	if q := name.qualifiers; len(q) > 0 && !a.inst {
		// "Senior Okoro administration officials" are not Okoro, asked for
		// by name; they are "the okoro administration".
		have = slices.DeleteFunc(have, func(h string) bool { return q[h] })
	}
	for _, w := range a.asked {
		if w == "the" || w == "a" || w == "an" || w == "s" || w == "of" || w == "for" {
			continue
		}
		v.n++
		matched := false
		for _, h := range have {
			if h == w || strings.HasPrefix(h, w) && len(w) >= 4 || strings.HasPrefix(w, h) && len(h) >= 4 ||
				speltAlike(h, w) && demonymPlace(w) == "" || lexicon.NicknameOf(w, h) {
				// A people's word is not a name misspelt: "Thai" is not
				// "Thani".
				matched = true
				break
			}
		}
		// Another form or a synonym of a role or group word ("the
		// opposition" for "opponents of Assad"); a place the article is
		// about ("the Syrian opposition" in an article on Syria), which
		// person asks of the statement.
		if !matched && !genericRole[w] {
			if otherPeople(w, have) {
				// "the Russian foreign ministry" is not a Ukrainian
				// minister, in an article on Russia though it is.
				v.decided = true
				return v
			}
			if matched = a.kinIn(w, have) || officeIn(w, have) || acronymIn(w, have); !matched {
				// A name or place ("ethiopia", "putin") must match;
				// roles ("prime minister") may differ.
				v.place = append(v.place, w)
				continue
			}
		} else if !matched {
			// A body's initials count when the title has them: "the un
			// chief" is the "U.N. Secretary-General".
			matched = acronymIn(w, have)
		}
		if matched {
			v.ok++
		}
	}
	return v
}

// spokesRole writes a press secretary as the spokesperson the post is, in
// role words: "the press secretary" asked for is the White House
// spokesperson, and a "Pentagon Press Secretary" is not the secretary.
func spokesRole(words string) string {
	if !strings.Contains(words, "press secretary") {
		return words
	}
	return strings.TrimSpace(strings.ReplaceAll(" "+words+" ", " press secretary ", " spokesperson "))
}

// isInstitution: w (lower case) heads the name of a body, not a person:
// "administration", "government", "team".
func isInstitution(w string) bool { return institutionWords[w] }

var institutionWords = lexicon.InstitutionSet()

// bodyQualifiers are the names in a speaker that only qualify a body:
// "Okoro" in "Senior Okoro administration officials", lower case.
func bodyQualifiers(speaker string) map[string]bool {
	f := strings.Fields(speaker)
	var q map[string]bool
	for i := 0; i+1 < len(f); i++ {
		if w := f[i]; unicode.IsUpper([]rune(w)[0]) && isInstitution(strings.ToLower(f[i+1])) && !lexicon.IsRoleNoun(strings.ToLower(w)) {
			if q == nil {
				q = map[string]bool{}
			}
			q[strings.ToLower(w)] = true
		}
	}
	return q
}

// speltAlike: w, as a user typed it, is h misspelt: one letter off in a
// word of four to seven letters with the same first letter ("kery",
// "miler", "blinkin"), two in a longer one ("netanyahoo"), or two letters
// side by side swapped ("nepehw"). "kirby" is not "kerry".
func speltAlike(h, w string) bool {
	switch {
	case len(w) < 4 || h == "" || h[0] != w[0]:
		return false
	case swapped(h, w):
		return true // "nepehw"
	case len(w) >= 5 && undoubled(h) == undoubled(w):
		return true // "bergamo" for "berrgamo": the doubled letters written once
	case len(w) < 8:
		return within(h, w, 1)
	}
	return within(h, w, 2)
}

// undoubled is w with each letter written twice in a row written once:
// "berrgamo" → "bergamo".
func undoubled(w string) string {
	var b strings.Builder
	for i, r := range w {
		if i > 0 && w[i-1] == w[i] {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// kinIn: WordNet relates w to one of the words have, or one of them to w.
func kinIn(w string, have []string) bool {
	r := wordnet.Related(w)
	for _, h := range have {
		if len(h) < 4 {
			continue
		}
		if slices.Contains(r.Close, h) || slices.Contains(r.Loose, h) {
			return true
		}
		if hr := wordnet.Related(h); slices.Contains(hr.Close, w) || slices.Contains(hr.Loose, w) {
			return true
		}
	}
	return false
}

// initialsOf is the initials of a body's name of three or more words
// ("the World Health Organization" → "who"), or "".
func initialsOf(name string) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(lexicon.TrimArticle(name)) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case strings.EqualFold(w, "of") || strings.EqualFold(w, "for") || strings.EqualFold(w, "and") || strings.EqualFold(w, "the") || w == "&":
			continue
		case !unicode.IsUpper(r):
			return ""
		}
		b.WriteRune(unicode.ToLower(r))
		n++
	}
	if n < 3 {
		return ""
	}
	return b.String()
}

// otherPeople: w names a people ("russian") and the speaker's own words
// name another ("ukrainian").
func otherPeople(w string, have []string) bool {
	p := demonymPlace(w)
	if p == "" {
		return false
	}
	for _, h := range have {
		if q := demonymPlace(h); q != "" && q != p {
			return true
		}
	}
	return false
}

// placeOf: the place WordNet gives for w ("syrian" → "syria") is a word
// of the title or topics of the statement's article, or of where the
// words were said ("remarks, Cairo, Egypt": the Egyptian foreign minister
// at his own press conference). (A person named in the title is not the
// speaker for that.)
func placeOf(w string, s corpus.Statement) bool {
	head := " " + corpus.NormWords(s.Source.Title+" "+strings.Join(s.Topics, " ")+" "+s.Where) + " "
	for _, p := range wordnet.Related(w).Close {
		if strings.Contains(head, " "+p) {
			return true
		}
	}
	return false
}

var possessiveRE = regexp.MustCompile(`(\w)['’]s\b`)

// dropPossessive turns "Israel's top general" into "Israel top general".
// It is called for the speaker of every hit, and most names hold no
// apostrophe: those are not run through the regular expression.
func dropPossessive(s string) string {
	if !strings.Contains(s, "'") && !strings.Contains(s, "’") {
		// (ContainsAny with a character of several bytes looks each
		// character of s up in turn: ten times as long.)
		return s
	}
	return possessiveRE.ReplaceAllString(s, "$1")
}

// genericRole words describe a role, not who holds it.
var genericRole = lexicon.GenericRoleSet()

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// exactIn: every word of the asked-for speaker is in have, a speaker's
// role words, spelt the same.
func exactIn(have, speaker string) bool {
	have = " " + spokesRole(have) + " "
	for _, w := range strings.Fields(spokesRole(roleWords(speaker))) {
		if w == "the" || w == "a" || w == "an" {
			continue
		}
		if !strings.Contains(have, " "+w+" ") {
			return false
		}
	}
	return true
}

func mentionsName(text, name string) bool {
	t := " " + corpus.NormWords(text) + " "
	for _, w := range strings.Fields(corpus.NormWords(name)) {
		if len(w) > 2 && strings.Contains(t, " "+w+" ") {
			return true
		}
	}
	return false
}

func appositive(text, name string) bool {
	t := corpus.NormWords(text)
	n := corpus.NormWords(name)
	i := strings.Index(t, n)
	if i < 0 {
		return false
	}
	rest := strings.TrimSpace(t[i+len(n):])
	return strings.HasPrefix(rest, "a ") || strings.HasPrefix(rest, "an ") || strings.HasPrefix(rest, "the ")
}

// unknown answers a question the corpus has nothing on.
// spokeOn is the name of the speaker asked for, as the corpus writes it,
// and the talks (by the names status gives them) of the newest of that
// speaker's own words, up to three, newest first; none when nothing of
// theirs was read or the talks are not known yet.
func (b *Bot) spokeOn(ctx context.Context, v *view, speaker string) (string, []string) {
	negs, ok := v.talksNow()
	if !ok {
		return "", nil
	}
	hits, err := searcherFor(ctx, v.s).Search(ctx, index.Query{Speaker: speakerQuery(speaker), Size: 50})
	if err != nil {
		return "", nil
	}
	sa := askSpeaker(speaker)
	who := ""
	var talks []string
	seen := map[int32]bool{}
	slices.SortStableFunc(hits, func(x, y index.Hit) int { return strings.Compare(y.Statement.SaidOn, x.Statement.SaidOn) })
	for _, h := range hits {
		if !sa.person(h.Statement) || h.Pos < 0 || h.Pos >= len(v.artOf) || seen[v.artOf[h.Pos]] {
			continue
		}
		ai := v.artOf[h.Pos]
		seen[ai] = true
		if who == "" {
			who = h.Statement.Speaker
		}
		for _, g := range negs {
			if g.name != "" && slices.Contains(g.arts, ai) && !slices.Contains(talks, g.name) && len(talks) < 3 {
				talks = append(talks, g.name)
			}
		}
	}
	return who, talks
}

func (b *Bot) unknown(v *view, a Answer, p Question) Answer {
	a.Found = false
	a.Items = nil
	switch {
	case p.Speaker != "":
		a.Summary = fmt.Sprintf("I have no sourced statement from %s on that.", p.Speaker)
	case p.About != "":
		a.Summary = fmt.Sprintf("I have nothing sourced about %s.", p.About)
	default:
		a.Summary = "I found no sourced statement about that."
	}
	a.Note = knownNote(v)
	return a
}

func knownNote(v *view) string {
	var names []string
	for _, s := range v.s.Speakers() {
		if len(names) == 6 {
			break
		}
		names = append(names, s.Name)
	}
	note := ""
	if len(names) > 0 {
		note = "I can quote " + strings.Join(names, ", ") + "."
	}
	if t := v.topics; len(t) > 0 {
		note += " Topics: " + strings.Join(t, ", ") + "."
	}
	return strings.TrimSpace(note + " Try \"status\", \"who said <words>\" or \"help\".")
}

// topicList lists the topics of the statements, most followed first.
func topicList(stmts []corpus.Statement) []string {
	count := map[string]int{}
	for _, s := range stmts {
		for _, t := range s.Topics {
			count[t]++
		}
	}
	var out []string
	for t := range count {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool {
		if count[out[i]] != count[out[j]] {
			return count[out[i]] > count[out[j]]
		}
		return out[i] < out[j]
	})
	if len(out) > 8 {
		out = out[:8]
	}
	return out
}

func summary(p Question, it Item) string {
	who := it.Speaker
	if who == "" {
		who = "The article"
		if it.Source.Outlet != "" {
			who = it.Source.Outlet
		}
	} else if it.SpeakerTitle != "" {
		who += " (" + it.SpeakerTitle + ")"
	}
	when := ""
	if it.SaidOn != "" {
		when = " on " + it.SaidOn
	}
	where := ""
	if it.Where != "" {
		where = ", " + it.Where
	}
	switch p.Intent {
	case WhoSaid:
		return fmt.Sprintf("%s said it%s%s.", upperFirst(who), when, where)
	case When:
		if it.SaidOn == "" {
			return fmt.Sprintf("%s reported it; the day is not given.", upperFirst(who))
		}
		return fmt.Sprintf("%s%s%s.", upperFirst(who), when, where)
	case WhatSaid:
		return fmt.Sprintf("%s%s%s:", upperFirst(who), when, where)
	case WhoIs:
		return fmt.Sprintf("What I have on %s:", p.About)
	}
	return fmt.Sprintf("According to %s%s:", who, when)
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// withHits is hits with those of more it does not hold, best first.
func withHits(hits, more []index.Hit) []index.Hit {
	seen := make(map[int]bool, len(hits))
	for _, h := range hits {
		seen[h.Pos] = true
	}
	added := false
	for _, h := range more {
		if !seen[h.Pos] {
			seen[h.Pos] = true
			hits = append(hits, h)
			added = true
		}
	}
	if added {
		sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	}
	return hits
}

// askedWeight is what a turn's question holding all of what a "when asked
// about" question asks adds to its score, against none of it.
const askedWeight = 1.0

// heldShare is the share of want that have holds.
func heldShare(have, want []string) float64 {
	return float64(held(want, have)) / float64(len(want))
}

// cutOffRE ends a turn a reporter broke into: "It is certainly the case
// that the Iranian —", "I don't want to --".
var cutOffRE = regexp.MustCompile(`(?:—|–|--|-)\s*$`)

// resumed: when the first of out is a turn broken off short ("It is
// certainly the case that the Iranian —") and the same speaker's next
// statement in the transcript takes it up again (after "In a coma or
// what?"), that statement comes first in its place: the broken words
// answer nothing.
func (v *view) resumed(out []ranked) []ranked {
	i := out[0].Pos
	stmts := v.s.Statements()
	s := out[0].Statement
	if i < 0 || i >= len(stmts) || s.Question == "" || !cutOffRE.MatchString(s.Text) || len(strings.Fields(s.Text)) > 12 {
		return out
	}
	for j := i + 1; j <= i+2 && j < len(stmts) && j < len(v.artOf) && v.artOf[j] == v.artOf[i]; j++ {
		if stmts[j].Speaker != s.Speaker {
			continue
		}
		next := out[0]
		next.Hit = index.Hit{Statement: stmts[j], Score: out[0].Score, Pos: j}
		rest := make([]ranked, 0, len(out))
		rest = append(rest, next)
		for _, r := range out[1:] {
			if r.Pos != j {
				rest = append(rest, r)
			}
		}
		return rest
	}
	return out
}
