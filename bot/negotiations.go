package bot

import (
	"context"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/lexicon"
	"github.com/talkbot/talkbot/lexicon/wordnet"
)

// negotiation is a set of talks as the corpus tells it: the articles about
// them, newest first, and the name most of them use for them.
type negotiation struct {
	name string
	arts []int32
	keys map[string]bool
}

// keysPerArticle is how many of its names tell what an article is about.
const keysPerArticle = 5

// maxOpenTalks bounds how many sets of talks an article is compared with.
const maxOpenTalks = 200

// sameTalksWithin is how far apart two articles on the same names may be
// and still be about the same talks ("Gaza" in 2014 and in 2024 are two).
const sameTalksWithin = 365 * 24 * time.Hour

// negotiations works out, once per index, which talks each article is
// about, from the text itself: the names it uses most (places, parties,
// people; in the title, topics and statements), less those most articles
// use. Articles sharing one of their names, within a year of each other,
// are about the same talks. Newest talks first.
func (v *view) negotiations() []negotiation {
	v.talks(context.Background())
	return v.negs
}

// talks works the talks out (negotiations) unless they are, or ctx is
// done first (false).
func (v *view) talks(ctx context.Context) bool {
	return v.negOnce.do(func() bool {
		negs, ok := v.findNegotiations(ctx)
		if !ok {
			return false
		}
		v.negs = negs
		v.names = v.nameTerms(v.artKeys)
		return true
	})
}

// inlineTalks is the most statements for which a question may wait for
// the talks to be worked out; beyond it, a status asked before they are
// (just after a reload) lists the newest article's statements alone.
const inlineTalks = 20_000

// talksNow returns the talks if they are worked out or quick to work out;
// ok is false otherwise.
func (v *view) talksNow() (negs []negotiation, ok bool) {
	if v.negOnce.done.Load() || len(v.norm) <= inlineTalks {
		return v.negotiations(), true
	}
	return nil, false
}

// findNegotiations gives up, reporting false, when ctx is done.
func (v *view) findNegotiations(ctx context.Context) ([]negotiation, bool) {
	stmts := v.s.Statements()
	counts := make([]map[string]int, len(v.articles))
	written := map[string]string{} // a name as first written
	df := map[string]int{}
	keyOf := map[string]string{} // each name counted once looked up
	for ai := range v.articles {
		if ai%256 == 0 && ctx.Err() != nil {
			return nil, false
		}
		a := &v.articles[ai]
		c := map[string]int{}
		add := func(text string, weight int) {
			for _, n := range names(text) {
				k, ok := keyOf[n]
				if !ok {
					k = nameKey(n)
					keyOf[n] = k
				}
				if k == "" {
					continue
				}
				if _, ok := written[k]; !ok {
					written[k] = n
				}
				c[k] += weight
			}
		}
		for _, i := range a.stmts {
			add(stmts[i].Text, 1)
		}
		// A headline capitalises every word: its words count three times
		// when the text uses them as names too (or has none).
		body := len(c) > 0
		for _, n := range names(a.src.Title) {
			if k := nameKey(n); k != "" && (!body || c[k] > 0) {
				c[k] += 3
				if _, ok := written[k]; !ok {
					written[k] = n
				}
			}
		}
		if len(a.stmts) > 0 {
			for _, t := range stmts[a.stmts[0]].Topics {
				k := corpus.NormWords(t)
				c[k] += 3
				if _, ok := written[k]; !ok {
					written[k] = t
				}
			}
		}
		counts[ai] = c
		for k := range c {
			df[k]++
		}
	}
	// Names nearly every article uses tell none apart.
	common := max(2, len(v.articles)*3/5)
	keys := make([][]string, len(v.articles))
	for ai, c := range counts {
		var ks []string
		for k := range c {
			if df[k] <= common || len(v.articles) < 3 {
				ks = append(ks, k)
			}
		}
		sort.Slice(ks, func(i, j int) bool {
			if c[ks[i]] != c[ks[j]] {
				return c[ks[i]] > c[ks[j]]
			}
			return ks[i] < ks[j]
		})
		if len(ks) > keysPerArticle {
			ks = ks[:keysPerArticle]
		}
		keys[ai] = ks
	}
	v.artKeys = keys
	arts := make([]int32, len(v.articles))
	for i := range arts {
		arts[i] = int32(i)
	}
	v.byDate(arts)
	var out []negotiation
	for _, ai := range arts {
		if len(keys[ai]) == 0 {
			continue
		}
		gi := -1
		// The talks started last are the likeliest; a bound keeps a
		// corpus of many thousand articles quick.
		for n := len(out) - 1; n >= 0 && n >= len(out)-maxOpenTalks; n-- {
			g := &out[n]
			if !near(v.articles[g.arts[len(g.arts)-1]].date, v.articles[ai].date) {
				continue
			}
			// Two names in common (or the only one it has): a party
			// ("Israel") or a mediator ("Qatar") takes part in several
			// talks at once.
			shared := 0
			for _, k := range keys[ai] {
				if g.keys[k] {
					shared++
				}
			}
			if shared >= 2 || shared == 1 && len(keys[ai]) == 1 {
				gi = n
				break
			}
		}
		if gi < 0 {
			out = append(out, negotiation{keys: map[string]bool{}})
			gi = len(out) - 1
		}
		out[gi].arts = append(out[gi].arts, ai)
		for _, k := range keys[ai] {
			out[gi].keys[k] = true
		}
	}
	// Each is named by the name its articles use most.
	for n := range out {
		g := &out[n]
		total := map[string]int{}
		for _, ai := range g.arts {
			for _, k := range keys[ai] {
				total[k] += counts[ai][k]
			}
		}
		// A name in the articles' titles counts more ("Syrian Cease-fire …").
		titled := func(k string) bool {
			for _, ai := range g.arts {
				if strings.Contains(v.articles[ai].head, " "+k) {
					return true
				}
			}
			return false
		}
		score := func(k string) int {
			if titled(k) {
				return total[k] + 3
			}
			return total[k]
		}
		best := ""
		for k := range total {
			if best == "" || score(k) > score(best) || score(k) == score(best) && k < best {
				best = k
			}
		}
		g.name = written[best]
		if corpus.NormWords(g.name) != best {
			// Counted as its place: "Syrian" → "Syria".
			g.name = upperFirst(best)
		}
	}
	return out, true
}

// nameKey is how a name is counted: normalised, and a people or its
// adjective counted as its place ("Syrian" as "syria").
func nameKey(n string) string {
	k := corpus.NormWords(n)
	if strings.Contains(k, " ") {
		return ""
	}
	best := k
	for _, p := range wordnet.Related(k).Close {
		if len(p) >= 4 && len(p) < len(best) && strings.HasPrefix(k, p) {
			best = p
		}
	}
	return best
}

// near: two dates (YYYY-MM-DD, either may be unknown) are within a year.
func near(a, b string) bool {
	x, err1 := time.Parse("2006-01-02", a)
	y, err2 := time.Parse("2006-01-02", b)
	if err1 != nil || err2 != nil {
		return a == b
	}
	d := x.Sub(y)
	return d < sameTalksWithin && -d < sameTalksWithin
}

// notNames are capitalised words that name no talks: words that begin
// sentences and quotes, days and months, titles and roles.
var notNames = lexicon.NotTalksNameSet()

// names returns the capitalised words of text that may name a place, a
// party or a person, none at the start of a sentence.
func names(text string) []string {
	var out []string
	start := true
	for _, f := range strings.Fields(text) {
		w := strings.Trim(f, `"“”‘’'()[],;:.!?—–-`)
		next := strings.HasSuffix(strings.TrimRight(f, `"”’')]`), ".") || strings.HasSuffix(f, "?") || strings.HasSuffix(f, "!") || strings.HasSuffix(f, ":")
		r, _ := utf8.DecodeRuneInString(w)
		if i := strings.IndexAny(w, "'’"); i > 0 {
			w = w[:i] // "Israel's"
		}
		lw := strings.ToLower(w)
		if !start && len(w) >= 3 && unicode.IsUpper(r) && !strings.Contains(w, ".") && !notNames[lw] && !genericTopic[lw] && !lexicon.IsRoleNoun(lw) && !lexicon.IsNameSuffix(w) {
			out = append(out, w)
		}
		start = next
	}
	return out
}
