package bot

import (
	"context"
	"errors"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
)

// Bot answers questions from an index. It is safe for concurrent use; the
// index can be swapped while questions are being answered.
type Bot struct {
	ix   atomic.Pointer[index.Index]
	opts Options
	lim  *limiter
}

// New returns a bot answering from ix.
func New(ix *index.Index, opts Options) *Bot {
	b := &Bot{opts: opts}
	b.ix.Store(ix)
	if opts.RatePerMinute > 0 {
		b.lim = newLimiter(opts.RatePerMinute, opts.Burst)
	}
	return b
}

// Swap puts a new index in place and returns the old one; questions
// already being answered finish on the old one.
func (b *Bot) Swap(ix *index.Index) *index.Index { return b.ix.Swap(ix) }

// Index returns the index in use.
func (b *Bot) Index() *index.Index { return b.ix.Load() }

// Speakers lists the names of the people and sources the bot can quote.
func (b *Bot) Speakers() []string {
	ix := b.ix.Load()
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

// Ask answers one question.
func (b *Bot) Ask(ctx context.Context, question string) Answer {
	ix := b.ix.Load()
	q := clean(question)
	p := parse(q)
	a := Answer{Question: q, Intent: p.intent}
	if ix == nil || ix.Len() == 0 {
		a.Summary = "I have not read any articles yet."
		return a
	}
	switch p.intent {
	case Help:
		return help(q)
	case Status:
		return b.status(ix, a, p)
	case Timeline:
		return b.timeline(ix, a, p)
	case Sources:
		return b.sources(ix, a)
	case Quotes:
		return b.quotes(ctx, ix, a, p)
	}
	hits, err := b.search(ctx, ix, p)
	if err != nil {
		b.logError(err, p.intent)
		a.Summary = "Sorry, something went wrong looking that up."
		a.Error = true
		return a
	}
	if len(hits) == 0 {
		return b.unknown(ix, a, p)
	}
	for i, h := range hits {
		if i == maxItems {
			break
		}
		a.Items = append(a.Items, item(h.Statement))
	}
	a.Found = true
	a.Summary = summary(p, a.Items[0])
	if p.intent == WhoIs {
		for _, it := range a.Items {
			if it.SpeakerTitle != "" && mentionsName(it.Speaker, p.about) {
				a.Summary = fmt.Sprintf("%s: %s, according to %s.", it.Speaker, it.SpeakerTitle, orArticle(it.Source.Outlet))
				break
			}
		}
	}
	return a
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

// ranked is a hit with the bot's own score.
type ranked struct {
	index.Hit
	score float64
}

// search queries the index for p and ranks what comes back by how well it
// fits the question; statements that do not fit well enough are dropped.
func (b *Bot) search(ctx context.Context, ix *index.Index, p parsed) ([]ranked, error) {
	words := contentWords(p.words)
	if p.phrase != "" && words == "" {
		words = p.phrase
	}
	expanded := expand(words)
	terms := ix.Terms(words)
	q := index.Query{Words: expanded, Speaker: p.speaker, About: p.about, Where: p.where, Size: 50}
	if p.intent == WhoSaid && p.phrase != "" {
		q.Phrase = p.phrase
	}
	from, to := monthRange(p.month, ix)
	q.From, q.To = from, to
	if q.Words == "" && q.Speaker == "" && q.About == "" && q.Where == "" {
		return nil, nil
	}
	hits, err := ix.Search(ctx, q)
	if errors.Is(err, index.ErrEmptyQuery) {
		return nil, nil // nothing searchable: "*", "~"
	}
	if err == nil && len(hits) == 0 && q.Phrase != "" {
		q.Phrase = ""
		hits, err = ix.Search(ctx, q)
	}
	if err == nil && len(hits) == 0 && q.Where != "" {
		// The place may be part of the words ("at the UN").
		q.Words, q.Where = strings.TrimSpace(q.Words+" "+p.where), ""
		terms = ix.Terms(words + " " + p.where)
		hits, err = ix.Search(ctx, q)
	}
	if err != nil || len(hits) == 0 {
		return nil, err
	}
	if p.speaker != "" {
		var fit []index.Hit
		for _, h := range hits {
			if speakerFits(h.Statement, p.speaker) {
				fit = append(fit, h)
			}
		}
		hits = fit
		// Spelling tolerance is for names the corpus does not have as
		// asked: when some statements name the speaker exactly, only they
		// count ("Hamas" is not "Hamad").
		var exact []index.Hit
		for _, h := range hits {
			if exactSpeaker(h.Statement, p.speaker) {
				exact = append(exact, h)
			}
		}
		if len(exact) > 0 {
			hits = exact
		}
	}
	syn := synonymTerms(ix, terms)
	best := 0.0
	for _, h := range hits {
		best = math.Max(best, h.Score)
	}
	need := required(len(terms), p)
	var out []ranked
	for _, h := range hits {
		covered := coverage(ix, h, terms, syn)
		if len(terms) > 0 && covered < need {
			continue
		}
		r := ranked{Hit: h, score: h.Score / best}
		if len(terms) > 0 {
			r.score += 1.5 * float64(covered) / float64(len(terms))
		}
		s := h.Statement
		lit := corpus.NormWords(p.phrase)
		if lit == "" && (p.intent == WhoSaid || p.intent == When) {
			lit = corpus.NormWords(p.words)
		}
		if lit != "" && strings.Contains(corpus.NormWords(s.Text), lit) {
			r.score += 2
		}
		switch p.intent {
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
			if mentionsName(s.Text, p.about) {
				r.score += 1
			}
			if appositive(s.Text, p.about) {
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
		}
		// A speaker named exactly beats one that is only spelt alike
		// ("Hamas" is not "Hamad").
		if p.speaker != "" && exactSpeaker(s, p.speaker) {
			r.score += 0.5
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if d := out[i].score - out[j].score; math.Abs(d) > 0.02 {
			return d > 0
		}
		si, sj := out[i].Statement, out[j].Statement
		if si.SaidOn != sj.SaidOn {
			return si.SaidOn > sj.SaidOn
		}
		if p.intent == WhatSaid && len(terms) == 0 && si.Source == sj.Source {
			// All a person said on one day: the last word first.
			return si.Seq > sj.Seq
		}
		// Otherwise as news orders it: what matters most comes first.
		return si.Seq < sj.Seq
	})
	return out, nil
}

// required is how many of the question's terms a statement must contain.
func required(n int, p parsed) int {
	switch {
	case n == 0:
		return 0
	case p.speaker != "" || p.about != "":
		// The person already narrows it down.
		return int(math.Ceil(float64(n) / 3))
	case n == 1:
		return 1
	}
	return int(math.Ceil(float64(n) / 2))
}

// coverage counts the question's terms found in a statement's words or
// its sentence, a synonym counting for its term.
func coverage(ix *index.Index, h index.Hit, terms []string, syn map[string][]string) int {
	have := map[string]bool{}
	for _, t := range h.Matched {
		have[t] = true
	}
	for _, t := range ix.Terms(h.Statement.Context + " " + h.Statement.Text + " " + h.Statement.Source.Title + " " + strings.Join(h.Statement.Topics, " ")) {
		have[t] = true
	}
	// A stem may also begin a longer word ("israel" in "Israeli").
	raw := " " + corpus.NormWords(h.Statement.Context+" "+h.Statement.Text) + " "
	found := func(t string) bool { return have[t] || len(t) >= 4 && strings.Contains(raw, " "+t) }
	n := 0
	for _, t := range terms {
		if found(t) {
			n++
			continue
		}
		for _, s := range syn[t] {
			if found(s) {
				n++
				break
			}
		}
	}
	return n
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
func speakerFits(s corpus.Statement, speaker string) bool {
	have := strings.Fields(corpus.NormWords(dropPossessive(s.Speaker + " " + s.SpeakerTitle + " " + strings.Join(s.Aliases, " "))))
	n, ok := 0, 0
	for _, w := range strings.Fields(corpus.NormWords(dropPossessive(speaker))) {
		if w == "the" || w == "a" || w == "an" || w == "s" || w == "of" || w == "for" {
			continue
		}
		n++
		matched := false
		for _, h := range have {
			if h == w || len(w) >= 5 && editDistance(h, w) <= 2 || strings.HasPrefix(h, w) && len(w) >= 4 || strings.HasPrefix(w, h) && len(h) >= 4 {
				matched = true
				break
			}
		}
		if matched {
			ok++
		} else if !genericRole[w] {
			// A name or place ("ethiopia", "putin") must match; roles
			// ("prime minister") may differ.
			return false
		}
	}
	return n == 0 || 2*ok >= n
}

var possessiveRE = regexp.MustCompile(`(\w)['’]s\b`)

// dropPossessive turns "Israel's top general" into "Israel top general".
func dropPossessive(s string) string { return possessiveRE.ReplaceAllString(s, "$1") }

// genericRole words describe a role, not who holds it.
var genericRole = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`prime minister foreign defence defense official officials spokesman spokeswoman spokesperson
		envoy special senior top deputy head chief adviser advisor ambassador secretary state president leader
		general commander negotiator negotiators mediator mediators diplomat diplomats source sources ministry office
		government army military department council member members representative director us u s un`) {
		genericRole[w] = true
	}
}

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

// exactSpeaker: every word of the asked-for speaker is in the statement's
// speaker, title or aliases, spelt the same.
func exactSpeaker(s corpus.Statement, speaker string) bool {
	have := " " + corpus.NormWords(s.Speaker+" "+s.SpeakerTitle+" "+strings.Join(s.Aliases, " ")) + " "
	for _, w := range strings.Fields(corpus.NormWords(speaker)) {
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
func (b *Bot) unknown(ix *index.Index, a Answer, p parsed) Answer {
	a.Found = false
	a.Items = nil
	switch {
	case p.speaker != "":
		a.Summary = fmt.Sprintf("I have no sourced statement from %s on that.", p.speaker)
	case p.about != "":
		a.Summary = fmt.Sprintf("I have nothing sourced about %s.", p.about)
	default:
		a.Summary = "I found no sourced statement about that."
	}
	a.Note = knownNote(ix)
	return a
}

func knownNote(ix *index.Index) string {
	var names []string
	for _, s := range ix.Speakers() {
		if len(names) == 6 {
			break
		}
		names = append(names, s.Name)
	}
	note := ""
	if len(names) > 0 {
		note = "I can quote " + strings.Join(names, ", ") + "."
	}
	if t := topics(ix); len(t) > 0 {
		note += " Topics: " + strings.Join(t, ", ") + "."
	}
	return strings.TrimSpace(note + " Try \"status\", \"who said <words>\" or \"help\".")
}

func topics(ix *index.Index) []string {
	count := map[string]int{}
	for _, s := range ix.Statements() {
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

func summary(p parsed, it Item) string {
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
	switch p.intent {
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
		return fmt.Sprintf("What I have on %s:", p.about)
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

// monthRange turns "march 2024" into a date range; without a year, the
// latest such month in the corpus.
func monthRange(month string, ix *index.Index) (string, string) {
	if month == "" {
		return "", ""
	}
	f := strings.Fields(month)
	t, err := time.Parse("January", strings.ToUpper(f[0][:1])+f[0][1:])
	if err != nil {
		return "", ""
	}
	year := 0
	if len(f) > 1 {
		fmt.Sscanf(f[1], "%d", &year)
	}
	if year == 0 {
		latest := ""
		for _, s := range ix.Statements() {
			if s.SaidOn > latest {
				latest = s.SaidOn
			}
		}
		if l, err := time.Parse("2006-01-02", latest); err == nil {
			year = l.Year()
			if t.Month() > l.Month() {
				year--
			}
		}
	}
	if year == 0 {
		return "", ""
	}
	start := time.Date(year, t.Month(), 1, 0, 0, 0, 0, time.UTC)
	end := start.AddDate(0, 1, -1)
	return start.Format("2006-01-02"), end.Format("2006-01-02")
}
