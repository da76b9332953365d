package bot

import (
	"context"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
	"github.com/talkbot/talkbot/lexicon"
)

// Searcher is what the bot needs of an index: *index.Index implements it.
// Search returns index.ErrEmptyQuery for a query with nothing to match and
// wraps any other failure; Terms analyses text as the statements were
// analysed; Statements and Speakers must not be modified by the caller.
type Searcher interface {
	Search(ctx context.Context, q index.Query) ([]index.Hit, error)
	Terms(text string) []string
	Statements() []corpus.Statement
	Speakers() []index.Speaker
}

var _ Searcher = (*index.Index)(nil)

// view is what the bot works out once per index, not per question: every
// statement's words normalised, which statements and articles hold each
// word, the articles in date order, and the synonyms analysed. It belongs
// to one index and is dropped with it.
type view struct {
	s    Searcher
	once lazy

	latest    string   // newest date said or published
	dates     []string // every date said or published, sorted, each once
	norm      []string // per statement: " words of its text and sentence "
	vocab     []string // every word, sorted, for prefix look-ups
	post      map[string][]int32
	placed    map[string]bool // the words after "in" in some statement's words ("talks in cairo"), for placeWord
	articles  []article
	artOf     []int32             // per statement: its article
	stems     map[string][]string // analysed term → its synonyms analysed (the terms of one synonym joined by spaces)
	phraseSyn map[string][]string // synonym of several words, as written → its synonyms analysed, as stems
	rawSyn    map[string][]string // analysed term → its synonyms as written
	topics    []string            // the corpus's topics, most followed first
	surnames  map[string]bool     // the last names of the people quoted
	nameWords map[string]bool     // every word of a speaker's name
	// undoubledNames are the words of speakers' names by their doubled
	// letters written once ("bergamo" for "berrgamo"), each list sorted.
	undoubledNames map[string][]string

	freq memo[int]    // docFreq of the keywords asked
	stem memo[string] // a word's stem as the index analyses it, for the forms formOf does not know
	// places are the places each word names (placesOf).
	places memo[[][]string]
	// homeKeys are, for a term of the names that tell what articles are
	// about, the other names of those articles (keysBeside).
	homeKeys memo[map[string]bool]
	// anaphors is, two bits a statement, whether its words point back
	// (anaphorRE): 0 not yet asked, 1 no, 2 yes.
	anaphors []atomic.Uint32
	// reported is, per statement, whom it reports as speaking (reports):
	// nil if not yet asked.
	reported []atomic.Pointer[[]report]

	negOnce lazy
	negs    []negotiation   // the talks the articles are about, newest first
	artKeys [][]string      // the names that tell what each article is about
	names   map[string]bool // the terms of artKeys
}

// lazy does a piece of work once, as sync.Once does, but work given up
// (its context done) is left whole to the next call.
type lazy struct {
	mu   sync.Mutex
	done atomic.Bool
}

// do runs work unless it is done; work reports whether it finished.
// It reports whether the work is done.
func (l *lazy) do(work func() bool) bool {
	if l.done.Load() {
		return true
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.done.Load() && work() {
		l.done.Store(true)
	}
	return l.done.Load()
}

// article is one source and its statements, in article order.
type article struct {
	src   corpus.Source
	head  string // " title and topics, normalised "
	date  string // published, or the newest date said in it
	stmts []int32
}

func newView(s Searcher) *view {
	return &view{s: s, freq: memo[int]{max: 8192}, stem: memo[string]{max: 8192}, places: memo[[][]string]{max: 8192}, homeKeys: memo[map[string]bool]{max: 8192}}
}

// overNameRE is a name after "over" in a statement's words, as the
// writing has it (capitalised): "the fighting over Nagorno-Karabakh".
var overNameRE = regexp.MustCompile(`\b(?:` + strings.Join(lexicon.ContestNouns(), "|") + `) over (?:the )?([A-Z][\w'’-]+)`)

// formOf: word is another form of the stem k, by its ending, or as the
// index analyses it ("succeeding" is of "succe"); "hostage" is not of
// "host".
func (v *view) formOf(word, k string) bool {
	if !strings.HasPrefix(word, k) {
		return false
	}
	if formOf(word, k) {
		return true
	}
	// The stem of the stem too: "succeeding" is "succeed", which is "succe".
	st := func(w string) string {
		return v.stem.get(w, func(w string) string {
			if t := v.s.Terms(w); len(t) == 1 {
				return t[0]
			}
			return ""
		})
	}
	s := st(word)
	return s == k || s != "" && s != word && st(s) == k
}

// get builds the view on first use; later calls wait for it.
func (v *view) get() *view {
	v.ready(context.Background())
	return v
}

// ready builds the view unless it is built, or ctx is done first (false).
func (v *view) ready(ctx context.Context) bool {
	return v.once.do(func() bool { return v.build(ctx) })
}

// build works the view out; it gives up, reporting false, when ctx is done
// (what it set is set again on the next try).
func (v *view) build(ctx context.Context) bool {
	stmts := v.s.Statements()
	v.latest, v.dates, v.articles = "", nil, nil
	v.norm = make([]string, len(stmts))
	v.artOf = make([]int32, len(stmts))
	v.anaphors = make([]atomic.Uint32, (len(stmts)+15)/16)
	v.reported = make([]atomic.Pointer[[]report], len(stmts))
	v.post = map[string][]int32{}
	v.placed = map[string]bool{}
	byArt := map[corpus.Source]int32{}
	for i := range stmts {
		if i%1024 == 0 && ctx.Err() != nil {
			return false
		}
		s := &stmts[i]
		if s.SaidOn > v.latest {
			v.latest = s.SaidOn
		}
		if s.Source.Published > v.latest {
			v.latest = s.Source.Published
		}
		a, ok := byArt[s.Source]
		if !ok {
			a = int32(len(v.articles))
			byArt[s.Source] = a
			v.articles = append(v.articles, article{src: s.Source, date: s.Source.Published,
				head: " " + corpus.NormWords(s.Source.Title+" "+strings.Join(s.Topics, " ")) + " "})
		}
		art := &v.articles[a]
		art.stmts = append(art.stmts, int32(i))
		if art.src.Published == "" && s.SaidOn > art.date {
			art.date = s.SaidOn
		}
		v.artOf[i] = a
		words := s.Text
		if s.Sentence != s.Text {
			words += " " + s.Sentence
		}
		for _, r := range s.Refers {
			words += " " + r
		}
		n := corpus.NormWords(words)
		v.norm[i] = " " + n + " "
		for rest := v.norm[i]; ; {
			k := strings.Index(rest, " in ")
			if k < 0 {
				break
			}
			rest = rest[k+len(" in"):]
			if e := strings.IndexByte(rest[1:], ' '); e > 0 {
				v.placed[rest[1:1+e]] = true
			}
		}
		// "the fighting over Nagorno-Karabakh", "the dispute over
		// Kashmir": a name a struggle is over is a place too.
		if strings.Contains(n, " over ") {
			for _, m := range overNameRE.FindAllStringSubmatch(words, -1) {
				if f := strings.Fields(corpus.NormWords(m[1])); len(f) > 0 {
					v.placed[f[0]] = true
				}
			}
		}
		for _, w := range strings.Fields(n + " " + corpus.NormWords(strings.Join(s.Topics, " ")+" "+s.Source.Title)) {
			p := v.post[w]
			if len(p) == 0 || p[len(p)-1] != int32(i) {
				v.post[w] = append(p, int32(i))
			}
		}
	}
	seenDate := map[string]bool{}
	for i := range stmts {
		for _, d := range []string{stmts[i].SaidOn, stmts[i].Source.Published} {
			if d != "" && !seenDate[d] {
				seenDate[d] = true
				v.dates = append(v.dates, d)
			}
		}
	}
	sort.Strings(v.dates)
	v.vocab = make([]string, 0, len(v.post))
	for w := range v.post {
		v.vocab = append(v.vocab, w)
	}
	sort.Strings(v.vocab)
	v.topics = topicList(stmts)
	v.surnames = map[string]bool{}
	var nameWords []string
	for _, sp := range v.s.Speakers() {
		nameWords = append(nameWords, strings.Fields(corpus.NormWords(sp.Name))...)
		raw := strings.Fields(sp.Name)
		if len(raw) == 0 || len(raw) < 2 && sp.Title == "" || !startsUpper(raw[0]) || !startsUpper(raw[len(raw)-1]) {
			// A group or a place ("Hamas", "Iran"), or a source named
			// by a description ("two people familiar with the talks"),
			// not a person.
			continue
		}
		f := strings.Fields(corpus.NormWords(sp.Name))
		if last := f[len(f)-1]; len(last) >= 4 && !genericRole[last] {
			v.surnames[last] = true
		}
	}
	v.setNameWords(nameWords)
	if ctx.Err() != nil {
		return false
	}
	v.stems = map[string][]string{}
	v.rawSyn = map[string][]string{}
	v.phraseSyn = map[string][]string{}
	for w, syns := range synonymIndex {
		wt := v.s.Terms(w)
		if len(wt) == 1 {
			// One word analyses to one term: its synonyms are the term's.
			v.rawSyn[wt[0]] = append(v.rawSyn[wt[0]], syns...)
		}
		for _, s := range syns {
			// A synonym of several words counts only whole
			// ("united kingdom" is not met by "United States").
			ts := v.s.Terms(s)
			if len(ts) == 0 {
				continue
			}
			if len(wt) > 1 {
				// Nor are a phrase's synonyms its words' own: "sticking
				// point" is an impasse, "point" alone is not.
				v.phraseSyn[w] = append(v.phraseSyn[w], strings.Join(ts, " "))
				continue
			}
			for _, t := range wt {
				v.stems[t] = append(v.stems[t], strings.Join(ts, " "))
			}
		}
	}
	return true
}

// anaphoric: statement i, whose words are text, points back to what an
// earlier sentence named (anaphorRE). The expression is run once a
// statement and index: on PolNeAR's statements it was a third of the
// bot's time outside the index, run again on the same hits question after
// question.
func (v *view) anaphoric(i int, text string) bool {
	if i < 0 || i/16 >= len(v.anaphors) {
		return anaphorRE.MatchString(text)
	}
	w, shift := &v.anaphors[i/16], uint(i%16)*2
	if known := w.Load() >> shift & 3; known != 0 {
		return known == 2
	}
	yes := anaphorRE.MatchString(text)
	mark := uint32(1)
	if yes {
		mark = 2
	}
	for {
		old := w.Load()
		if w.CompareAndSwap(old, old|mark<<shift) {
			return yes
		}
	}
}

// maxPrefixWords bounds how many words one keyword may stand for ("is"
// begins thousands of words; a topic keyword of four letters or more
// rarely more than a few dozen).
const maxPrefixWords = 64

// withPrefix returns the statements holding a word that begins with k
// ("israel" finds "israeli"), for keywords of four letters or more, or
// the word itself for shorter ones.
func (v *view) withPrefix(k string) []int32 {
	if len(k) < 4 {
		return v.post[k]
	}
	i := sort.SearchStrings(v.vocab, k)
	var lists [][]int32
	for ; i < len(v.vocab) && strings.HasPrefix(v.vocab[i], k) && len(lists) < maxPrefixWords; i++ {
		if v.formOf(v.vocab[i], k) {
			lists = append(lists, v.post[v.vocab[i]])
		}
	}
	if len(lists) == 1 {
		return lists[0]
	}
	return union(lists, len(v.norm))
}

// anyWithPrefix: some statement holds a word that begins with k (for
// keywords of four letters or more; the word itself for shorter ones), as
// withPrefix finds them, without merging their lists.
func (v *view) anyWithPrefix(k string) bool {
	if len(k) < 4 {
		return len(v.post[k]) > 0
	}
	for i := sort.SearchStrings(v.vocab, k); i < len(v.vocab) && strings.HasPrefix(v.vocab[i], k); i++ {
		if v.formOf(v.vocab[i], k) {
			return true
		}
	}
	return false
}

// docFreq is how many statements withPrefix finds for k, worked out once
// per view: merging the lists marks every statement of the corpus, so a
// question of ten words cost ten passes over a million statements.
func (v *view) docFreq(k string) int {
	return v.freq.get(k, func(k string) int { return len(v.withPrefix(k)) })
}

// union merges lists of statement numbers below n into one sorted list,
// each once, in O(n + total).
func union(lists [][]int32, n int) []int32 {
	mark := make([]bool, n)
	total := 0
	for _, l := range lists {
		for _, x := range l {
			if !mark[x] {
				mark[x] = true
				total++
			}
		}
	}
	out := make([]int32, 0, total)
	for i, m := range mark {
		if m {
			out = append(out, int32(i))
		}
	}
	return out
}

// has reports whether statement i's words hold k (as a word, or, for
// keywords of four letters or more, as the stem of another form of one).
func (v *view) has(i int, k string) bool {
	return v.hasIn(v.norm[i], k)
}

// hasIn is has for words already normalised, with a space before and
// after.
func (v *view) hasIn(s, k string) bool {
	if v.hasFormIn(s, k) {
		return true
	}
	// The stem of "deploy" is "deploi", of "country" "countri": the word
	// as written keeps its "y" ("deployed", "country").
	return len(k) >= 5 && k[len(k)-1] == 'i' && v.hasFormIn(s, k[:len(k)-1]+"y")
}

// hasFormIn: a word of s (normalised, spaced) is k or a form of it.
func (v *view) hasFormIn(s, k string) bool {
	if len(k) < 4 {
		// A short stem is held whole, or with an ending that makes a
		// form of it ("arm": "arms"; "us", the stem of "use": "use",
		// "used"; "put": "putting"); no longer word that merely starts
		// with it ("army", "user").
		if strings.Contains(s, " "+k+" ") {
			return true
		}
		for _, e := range shortStemEndings {
			if strings.Contains(s, " "+k+e+" ") {
				return true
			}
		}
		return k != "" && strings.Contains(s, " "+k+k[len(k)-1:]+"ing ")
	}
	for {
		j := strings.Index(s, " "+k)
		if j < 0 {
			return false
		}
		s = s[j+1:]
		end := strings.IndexByte(s, ' ')
		if end < 0 {
			end = len(s)
		}
		if v.formOf(s[:end], k) {
			return true
		}
		s = s[end:]
	}
}

// scopeRange turns a question's date scope into bounds. A month or day
// without a year ("on july 3", "in march") is the latest such one the
// corpus has something dated in, not merely the latest on the calendar.
func (v *view) scopeRange(d DateScope) (from, to string) {
	if d.Year != 0 || d.Month == 0 {
		return d.Range(v.latest)
	}
	l, err := time.Parse("2006-01-02", v.latest)
	if err != nil {
		return d.Range(v.latest)
	}
	for y := l.Year(); y > l.Year()-50; y-- {
		within := d
		within.Year, within.Rel = y, ""
		f, t := within.Range(v.latest)
		if d.names && d.Day > 0 {
			// The day of an act ("the truce announced on dec 13") is
			// the year something was said of it in the week after.
			t = weekAfter(t)
		}
		if v.datedIn(f, t) {
			within.Rel = d.Rel
			return within.Range(v.latest)
		}
	}
	return d.Range(v.latest)
}

// setNameWords keeps the words of speakers' names, and those words by
// their doubled letters written once, for spellName.
func (v *view) setNameWords(words []string) {
	v.nameWords = make(map[string]bool, len(words))
	v.undoubledNames = map[string][]string{}
	for _, w := range words {
		if v.nameWords[w] {
			continue
		}
		v.nameWords[w] = true
		u := undoubled(w)
		v.undoubledNames[u] = append(v.undoubledNames[u], w)
	}
	for _, ws := range v.undoubledNames {
		slices.Sort(ws)
	}
}

// spellName mends the words of a speaker asked about that no speaker's name
// holds and that are a name with its doubled letters written once:
// "bergamo" → "berrgamo".
func (v *view) spellName(speaker string) string {
	f := strings.Fields(speaker)
	changed := false
	var twins []string
	for i, w := range f {
		lw := strings.ToLower(w)
		if len(lw) >= 5 && v.nameWords[lw] {
			// "De Bregamo" and "de Bergamo" in one article: a name
			// written with two letters swapped is asked for too. Each
			// swap of the word is looked up, not every name word read.
			b := []byte(lw)
			for k := 0; k+1 < len(b); k++ {
				if b[k] == b[k+1] {
					continue
				}
				b[k], b[k+1] = b[k+1], b[k]
				if c := string(b); v.nameWords[c] {
					twins = append(twins, c)
				}
				b[k], b[k+1] = b[k+1], b[k]
			}
		}
		if len(lw) < 5 || v.nameWords[lw] {
			continue
		}
		// The first name word in order with the same letters, doubled
		// ones written once (and so the same first letter).
		if ws := v.undoubledNames[undoubled(lw)]; len(ws) > 0 {
			f[i], changed = ws[0], true
		}
	}
	if len(twins) > 0 {
		slices.Sort(twins)
		f, changed = append(f, twins...), true
	}
	if !changed {
		return speaker
	}
	return strings.Join(f, " ")
}

// datedIn reports whether anything in the corpus is dated from–to
// (inclusive, YYYY-MM-DD).
func (v *view) datedIn(from, to string) bool {
	i := sort.SearchStrings(v.dates, from)
	return i < len(v.dates) && v.dates[i] <= to
}

// spell mends the words of a question that no statement holds and that
// are a letter (two in a long word) or a swap of two letters from a word
// the corpus has, or a word of asking, with the same first letter:
// "ceasfires" → "ceasefires", "waviers" → "waivers", "sttaus" → "status".
// Of several such words, a word of asking, or else the one most statements
// hold. A word of a speaker's name is not a mend: names have their own
// tolerance, and "Hamad" is not "Hamas".
func (v *view) spell(words string) string {
	f := strings.Fields(words)
	changed := false
	for i, w := range f {
		lw := strings.ToLower(strings.Trim(w, `?!.,;:"'“”‘’()`))
		if slices.Contains(askWords, lw) || knownWord(lw) {
			continue
		}
		if len(lw) < 4 || !isLetters(lw) || questionWords[lw] || stopWords[lw] || len(v.post[lw]) > 0 || len(v.withPrefix(lw)) > 0 {
			continue
		}
		if lw[len(lw)-1] == 's' && len(v.withPrefix(lw[:len(lw)-1])) > 0 {
			continue
		}
		far := 1
		if len(lw) >= 8 {
			far = 2
		}
		near := func(c string) bool {
			d := len(c) - len(lw)
			if len(lw) < 5 {
				// A short word: only a letter left out ("sudn"), and not
				// to a speaker's name, short names being many and alike.
				return d == 1 && !v.nameWords[c] && within(c, lw, 1)
			}
			if v.nameWords[c] {
				// A speaker's name ("Hamad" is not "Hamas"): only a letter
				// left out ("blnken") or two swapped ("emdon").
				return d == 1 && within(c, lw, 1) || swapped(c, lw)
			}
			return d <= far && d >= -far && (within(c, lw, far) || swapped(c, lw))
		}
		best, most := "", 0
		for _, c := range askWords {
			if c[0] == lw[0] && near(c) {
				best, most = c, 1<<30
			}
		}
		lo := sort.SearchStrings(v.vocab, lw[:1])
		for j := lo; j < len(v.vocab) && v.vocab[j][0] == lw[0]; j++ {
			if c := v.vocab[j]; len(v.post[c]) > most && near(c) {
				best, most = c, len(v.post[c])
			}
		}
		if best != "" {
			f[i], changed = best, true
		}
	}
	if !changed {
		return words
	}
	return strings.Join(f, " ")
}

// askWords are words of asking that a corpus may not hold: commands, and
// the adverbs and months a question is read by.
var askWords = func() []string {
	out := strings.Fields(`status timeline quotes sources subscribe unsubscribe latest update`)
	for m := time.January; m <= time.December; m++ {
		if m != time.May { // a word of English anyway
			out = append(out, strings.ToLower(m.String()))
		}
	}
	for w := range adverbs {
		if len(w) >= 5 {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}()

// knownWord: w is an English word WordNet relates to others, or a word
// the bot reads questions by, so not a misspelling though no statement
// holds it ("white" in "the White House").
func knownWord(w string) bool {
	if _, ok := synonymIndex[w]; ok {
		return true
	}
	if _, ok := lexicon.RoleSpelling(w); ok || genericRole[w] {
		return true
	}
	r := relatedWords(w)
	return len(r.Close)+len(r.Loose) > 0
}

// swapped: a and b differ only by two letters side by side swapped
// ("waviers", "waivers").
func swapped(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// isLetters: w is all lower-case letters a to z.
func isLetters(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// weekAfter is the day six days after day (YYYY-MM-DD), or day itself
// when it is not a date.
func weekAfter(day string) string {
	d, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	return d.AddDate(0, 0, 6).Format("2006-01-02")
}

// shortStemEndings are the endings by which a word is written on a stem
// of fewer than four letters ("arm" + "s", "us" + "e"), for hasFormIn.
var shortStemEndings = [...]string{"s", "es", "e", "ed", "d", "ing"}
