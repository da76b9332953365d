package bot

import (
	"context"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
	"github.com/talkbot/talkbot/lexicon"
)

// HelpText lists what the bot understands.
const HelpText = `Ask me about the talks in plain words, for example:
• who said there is no reason to be optimistic?
• what did Blinken tell NBC News?
• what did Starmer call for at the Security Council?
• when did a US official say the administration was close to a plan?
• who is Amos Hochstein?
Commands: status [topic] · who <words> · quotes <person> · timeline [topic] · sources · help
In a channel: subscribe [topic] [daily HH:MM] · unsubscribe [topic] · subscriptions
Every answer quotes its source; when I do not know, I say so.`

func help(q string) Answer {
	return Answer{Question: q, Intent: Help, Found: true, Summary: "I answer questions about the ceasefire and hostage talks from the articles I have read.", Note: HelpText}
}

// genericTopic words name talks in general, not which talks.
var genericTopic = lexicon.GenericTopicSet()

// maxTopicWords bounds the keywords of one topic: a topic is a few words,
// and a longer one costs no more than this.
const maxTopicWords = 12

// topicKeywords are the words of a topic that tell one set of talks from
// another ("Ukraine-Russia energy truce talks" → ukraine, russia, energy),
// each once, at most maxTopicWords.
func topicKeywords(topic string) []string {
	kw, all := topicKeywordSets(topic)
	if len(kw) == 0 {
		return all
	}
	return kw
}

// topicKeywordsAll are a topic's keywords, its general words too
// ("gaza ceasefire" → gaza, ceasefire), as many as topicKeywords keeps.
func topicKeywordsAll(topic string) []string {
	_, all := topicKeywordSets(topic)
	return all
}

// topicKeywordSets are a topic's words that are no stop words, each once and at
// most maxTopicWords: those that tell one set of talks from another (kw),
// and all of them, the general ones too (all).
func topicKeywordSets(topic string) (kw, all []string) {
	seen := map[string]bool{}
	words := strings.Fields(corpus.NormWords(topic))
	for i := 0; i < len(words); i++ {
		w := words[i]
		if i+1 < len(words) && lexicon.CompoundPlace(w, words[i+1]) {
			// "south sudan": one keyword, written together, that talks
			// on Sudan do not hold (see spellings).
			w += words[i+1]
			i++
		}
		if seen[w] || stopWords[w] {
			continue
		}
		seen[w] = true
		if len(all) < maxTopicWords {
			all = append(all, w)
		}
		if !genericTopic[w] && len(kw) < maxTopicWords {
			kw = append(kw, w)
		}
	}
	return kw, all
}

// stopWords carry nothing of what a topic or question is about.
var stopWords = lexicon.TopicStopSet()

// inScope reports whether a date (YYYY-MM-DD) is within from–to; an
// unknown date is in scope only when there is none.
func inScope(date, from, to string) bool {
	if from == "" && to == "" {
		return true
	}
	return date != "" && (from == "" || date >= from) && (to == "" || date <= to)
}

// topicArticles scores every article for how much it is about the
// topic's keywords: a keyword in its title or topics, or in a quarter of
// its statements, counts 1; in fewer, less, by the share of them (at least
// a quarter). The cost is the statements
// holding the keywords, at most maxTopicWords of them; ctx stops it.
// work counts the statements and articles looked at.
func (v *view) topicArticles(ctx context.Context, kw []string) (score []float64, work int, err error) {
	score = make([]float64, len(v.articles))
	hits := make([]int32, len(v.articles))
	var touched []int32
	for _, k := range kw {
		if err := ctx.Err(); err != nil {
			return nil, work, err
		}
		// Every statement of an article holds its title's words, so the
		// articles to look at are those of the statements holding k.
		sp := spellings(k)
		post := v.withTopicWord(k, sp)
		work += len(post)
		touched = touched[:0]
		for _, i := range post {
			ai := v.artOf[i]
			if hits[ai] == 0 {
				touched = append(touched, ai)
			}
			hits[ai]++
		}
		for _, ai := range touched {
			a := &v.articles[ai]
			if n := int(hits[ai]); headHas(a.head, sp) || 4*n >= len(a.stmts) {
				score[ai]++
			} else {
				score[ai] += math.Max(0.25, float64(4*n)/float64(len(a.stmts)))
			}
			hits[ai] = 0
		}
	}
	return score, work, nil
}

// spellings are the ways of writing topic keyword k that news uses, as
// normalised words: k itself and its synonyms that are k split in words
// ("ceasefire" → "cease fire", as "cease-fire" reads once normalised).
// Other synonyms ("truce") mean the same but name other talks as often.
func spellings(k string) []string {
	out := []string{k}
	if a, b, ok := lexicon.CompoundPlaceWords(k); ok {
		// "South Sudan", or "S. Sudan" as headlines write it.
		return append(out, a+" "+b, a[:1]+" "+b)
	}
	for _, o := range synonymIndex[k] {
		if n := corpus.NormWords(o); strings.Contains(n, " ") && strings.ReplaceAll(n, " ", "") == k {
			out = append(out, n)
		}
	}
	return out
}

// withTopicWord are the statements holding topic keyword k in any of its
// spellings sp: a word beginning with k (withPrefix), or its words written
// apart.
func (v *view) withTopicWord(k string, sp []string) []int32 {
	if len(sp) == 1 {
		return v.withPrefix(k)
	}
	lists := [][]int32{v.withPrefix(k)}
	for _, n := range sp[1:] {
		var l []int32
		for _, i := range v.withPrefix(strings.Fields(n)[0]) {
			// In the statement, or in its article's title, which every
			// statement holds as withPrefix reads it.
			if strings.Contains(v.norm[i], " "+n+" ") || strings.Contains(v.articles[v.artOf[i]].head, " "+n+" ") {
				l = append(l, i)
			}
		}
		lists = append(lists, l)
	}
	return union(lists, len(v.norm))
}

// hasWords is has for a word or for words written apart ("cease fire"),
// the last of them any form beginning so.
func (v *view) hasWords(i int, w string) bool {
	if !strings.Contains(w, " ") {
		return v.has(i, w)
	}
	return strings.Contains(v.norm[i], " "+w)
}

// headHas: an article's normalised title and topics hold a topic keyword
// in one of its spellings sp.
func headHas(head string, sp []string) bool {
	for _, n := range sp {
		if strings.Contains(head, " "+n) {
			return true
		}
	}
	return false
}

// spreadOverTalks gives an article the score of a better article on the
// same talks (negotiations) that it shares two names with: a briefing on
// the hostage deal that never says "Gaza" is about the Gaza talks when the
// readout on the same deal, naming Hamas and Qatar as it does, is; an
// article on a Hamas counterproposal that never says "hostage" is about
// the Gaza hostage talks. Two names in common with that article itself,
// not only with others of the talks: talks linked through a party they
// share ("Israel") stay apart. Nothing changes while the talks are still
// being worked out.
func (v *view) spreadOverTalks(score []float64) {
	negs, ok := v.talksNow()
	if !ok {
		return
	}
	was := slices.Clone(score)
	var lead []int32
	for _, g := range negs {
		// The best few of the talks lend their score: a bound keeps talks
		// of many thousand articles quick.
		lead = lead[:0]
		for _, ai := range g.arts {
			if was[ai] > 0 {
				lead = append(lead, ai)
			}
		}
		sort.SliceStable(lead, func(i, j int) bool { return was[lead[i]] > was[lead[j]] })
		lead = lead[:min(len(lead), maxLenders)]
		for _, ai := range g.arts {
			for _, bi := range lead {
				if was[bi] > score[ai] && held(v.artKeys[ai], v.artKeys[bi]) >= 2 {
					score[ai] = was[bi]
				}
			}
		}
	}
}

// maxLenders bounds the articles of one set of talks whose score others
// on the same talks may take.
const maxLenders = 8

// pickArticle is the newest article in from–to about the topic: among
// those in scope, the ones scoring more than half the best, or half with
// a keyword in their title, are about the same talks (a briefing on other
// talks that names "Iran" in passing is not about the Iran nuclear talks;
// a briefing titled on Iran is, though it never says "nuclear"), and the
// newest of them says where they stand.
func (v *view) pickArticle(score []float64, kw []string, from, to string) int32 {
	best := 0.0
	var in []int32
	for ai := range v.articles {
		if !inScope(v.articles[ai].date, from, to) {
			continue
		}
		if score != nil {
			if score[int32(ai)] == 0 {
				continue
			}
			best = math.Max(best, score[int32(ai)])
		}
		in = append(in, int32(ai))
	}
	pick := int32(-1)
	for _, ai := range in {
		if !v.aboutTalks(ai, score, best, kw) {
			continue
		}
		if pick < 0 || v.newer(ai, pick) {
			pick = ai
		}
	}
	return pick
}

// dropOtherTalks zeroes the score of each article about other talks
// than those the keywords kw name (otherTalks) and that never names
// them: "where did the Tigray talks stand as of 2021", asked when the
// corpus has nothing on them before 2022, is not answered by the
// Afghanistan talks of 2020 for holding "peace talks".
func (v *view) dropOtherTalks(score []float64, kw []string) {
	terms := v.s.Terms(strings.Join(kw, " "))
	for ai := range score {
		a := int32(ai)
		if score[ai] > 0 && slices.ContainsFunc(terms, func(t string) bool { return v.otherTalks(a, t) }) && !v.articleNames(a, terms) {
			score[ai] = 0
		}
	}
}

// aboutTalks: article ai is about the talks asked about, as pickArticle
// judges it (its score more than half the best, or half with a keyword
// in its title).
func (v *view) aboutTalks(ai int32, score []float64, best float64, kw []string) bool {
	return score == nil || !(score[ai] == 0 || score[ai] < best/2 || score[ai] == best/2 && !v.titled(ai, kw))
}

// sameDay are the articles of pick's day about the same talks (at least
// half as much about them as pick, or half with a keyword in the title):
// a statement and a briefing of one day both say where the talks stand.
func (v *view) sameDay(pick int32, score []float64, kw []string) []int32 {
	out := []int32{pick}
	if score == nil {
		return out // no talks named: the newest article alone, the others' newest after it
	}
	best := score[pick] // at least half as much about them as pick
	for ai := range v.articles {
		if a := int32(ai); a != pick && v.articles[ai].date == v.articles[pick].date && v.articles[ai].date != "" && v.aboutTalks(a, score, best, kw) {
			out = append(out, a)
		}
	}
	return out
}

// titled: one of the keywords is in article a's title or topics.
func (v *view) titled(a int32, kw []string) bool {
	for _, k := range kw {
		if headHas(v.articles[a].head, spellings(k)) {
			return true
		}
	}
	return false
}

// newer: article a is newer than b (by date, then title).
func (v *view) newer(a, b int32) bool {
	x, y := v.articles[a], v.articles[b]
	if x.date != y.date {
		return x.date > y.date
	}
	return x.src.Title < y.src.Title
}

// byDate sorts articles newest first.
func (v *view) byDate(arts []int32) {
	sort.Slice(arts, func(i, j int) bool { return v.newer(arts[i], arts[j]) })
}

// statusWords say where talks stand.
var statusWords = lexicon.StatusStems()

// statusScore says how much a statement tells of where the talks stand;
// spelled are the ways of writing each of the topic's keywords
// (spellings), worked out once a status, not for each statement.
func (v *view) statusScore(i int32, spelled [][]string) float64 {
	s := v.s.Statements()[i]
	n := 0.0
	for _, w := range statusWords {
		if v.hasWords(int(i), w) {
			n++
		}
	}
	n = math.Min(n, 3)
	for _, sp := range spelled {
		if slices.ContainsFunc(sp, func(w string) bool { return v.hasWords(int(i), w) }) {
			n += 0.5
		}
	}
	if s.Speaker != "" && s.Speaker != "the moderator" {
		// Sourced statements first: the article's own narrative says
		// what happened, a source where things stand. (A moderator runs
		// the call: "this call will be on background".)
		n += 3
	}
	if len(strings.Fields(s.Text)) < 6 {
		n -= 1
	}
	// News says first where things stand.
	return n + 2/float64(1+s.Seq)
}

// isLede: the statement is a news story's opening, in its writer's own
// words.
func isLede(s corpus.Statement) bool {
	return s.Seq == 0 && s.Speaker == "" && s.Kind == corpus.Fact && s.Question == ""
}

// sentenceBreakRE finds where one sentence ends and another begins (a
// passage of several, or an exchange, is no one statement's sentence).
var sentenceBreakRE = regexp.MustCompile(`[.?!][”"’]?\s+[“"‘]?[A-Z]`)

// status gives the newest sourced statements about the talks asked about,
// as they stood at the end of the question's date scope: the article
// about them that is newest in scope, its statements that say most about
// where things stand.
func (b *Bot) status(ctx context.Context, v *view, a Answer, p Question) Answer {
	from, to := v.scopeRange(p.Scope)
	if p.Scope.Rel == "" && !p.Scope.IsZero() {
		// "in March 2024", "late nov 2023": the newest article then, or
		// else the newest before its end.
		from = ""
	}
	kw := topicKeywords(p.Topic)
	var score []float64
	if p.Topic != "" {
		var err error
		if score, _, err = v.topicArticles(ctx, kw); err != nil {
			a.Summary, a.Error = "That took too long; please ask again.", true
			return a
		}
		v.spreadOverTalks(score)
	}
	pick := int32(-1)
	if f, _ := v.scopeRange(p.Scope); p.Scope.Rel == "" && f != "" {
		pick = v.pickArticle(score, kw, f, to)
	}
	if pick < 0 {
		pick = v.pickArticle(score, kw, from, to)
	}
	if pick < 0 && !p.Scope.IsZero() && slices.ContainsFunc(score, func(f float64) bool { return f > 0 }) {
		// The talks are known, but not in the dates asked: a briefing of
		// then may speak of "the cease-fire" without the place's name.
		// Its general words then say which ("gaza ceasefire" → ceasefire).
		if all := topicKeywordsAll(p.Topic); len(all) > len(kw) {
			s, _, err := v.topicArticles(ctx, all)
			if err != nil {
				a.Summary, a.Error = "That took too long; please ask again.", true
				return a
			}
			v.spreadOverTalks(s)
			v.dropOtherTalks(s, kw)
			if f, _ := v.scopeRange(p.Scope); p.Scope.Rel == "" && f != "" {
				pick = v.pickArticle(s, all, f, to)
			}
			if pick < 0 {
				pick = v.pickArticle(s, all, from, to)
			}
			score, kw = s, all
		}
	}
	if pick < 0 {
		return b.unknown(v, a, Question{About: p.Topic, Scope: p.Scope})
	}
	art := v.articles[pick]
	stmts := v.s.Statements()
	var pool []int32
	for _, ai := range v.sameDay(pick, score, kw) {
		for _, i := range v.articles[ai].stmts {
			if inScope(stmts[i].SaidOn, "", to) || stmts[i].SaidOn == "" {
				pool = append(pool, i)
			}
		}
	}
	spelled := make([][]string, len(kw))
	for j, k := range kw {
		spelled[j] = spellings(k)
	}
	says := map[int32]float64{}
	for _, i := range pool {
		says[i] = v.statusScore(i, spelled)
	}
	sort.SliceStable(pool, func(i, j int) bool {
		if says[pool[i]] != says[pool[j]] {
			return says[pool[i]] > says[pool[j]]
		}
		return stmts[pool[i]].Seq < stmts[pool[j]].Seq
	})
	lead := 3
	if p.Topic != "" {
		lead = 5
	}
	// A news story's opening sentence says where things stand in the
	// writer's own voice: it follows the best sourced line, not the
	// sourced lines that say less.
	if k := slices.IndexFunc(pool, func(i int32) bool { return v.artOf[i] == pick && isLede(stmts[i]) }); k > 1 {
		lede := pool[k]
		copy(pool[2:k+1], pool[1:k])
		pool[1] = lede
	}
	seen := map[int32]bool{}
	add := func(i int32, topic string) {
		if seen[i] || len(a.Items) >= 8 {
			return
		}
		// A quote already given inside a statement listed (or holding
		// one) says nothing new.
		n := corpus.NormWords(stmts[i].Text)
		for _, it := range a.Items {
			if m := corpus.NormWords(it.Text); n != "" && m != "" && (strings.Contains(m, n) || strings.Contains(n, m)) {
				return
			}
		}
		seen[i] = true
		it := item(stmts[i])
		// The verb a reported statement was said with ("urged the
		// parties to …", "rejected …") tells where the talks stand.
		if one := stmts[i].Sentence; !sentenceBreakRE.MatchString(one) &&
			strings.Contains(corpus.NormWords(one), corpus.NormWords(stmts[i].Text)) {
			it.Text = wholeSentence(stmts[i], statusWords)
		}
		it.Topic = topic
		a.Items = append(a.Items, it)
	}
	for _, i := range pool {
		if len(a.Items) >= lead {
			break
		}
		add(i, p.Topic)
	}
	// With no topic, then the newest on each other set of talks, newest
	// talks first, each named as its articles name it.
	if p.Topic == "" {
		type latest struct {
			name string
			art  int32
		}
		var others []latest
		negs, _ := v.talksNow()
		for _, g := range negs {
			for _, ai := range g.arts {
				if !inScope(v.articles[ai].date, from, to) {
					continue
				}
				if slices.Contains(g.arts, pick) {
					for k := range a.Items {
						a.Items[k].Topic = g.name
					}
				} else {
					others = append(others, latest{g.name, ai})
				}
				break
			}
		}
		sort.SliceStable(others, func(i, j int) bool { return v.newer(others[i].art, others[j].art) })
		for _, o := range others {
			best, bs := int32(-1), -1e9
			for _, i := range v.articles[o.art].stmts {
				if !inScope(stmts[i].SaidOn, "", to) && stmts[i].SaidOn != "" {
					continue
				}
				if sc := v.statusScore(i, nil); sc > bs {
					best, bs = i, sc
				}
			}
			if best >= 0 {
				add(best, o.name)
			}
		}
	}
	a.Found = len(a.Items) > 0
	a.AsOf = art.date
	what := "the talks"
	if p.Topic != "" {
		what = p.Topic
	}
	a.Summary = fmt.Sprintf("Latest on %s, as of %s:", what, orUnknown(a.AsOf))
	if !p.Scope.IsZero() {
		a.Summary = fmt.Sprintf("On %s, as of %s (%s):", what, orUnknown(a.AsOf), p.Scope.Text)
	}
	return a
}

func orUnknown(d string) string {
	if d == "" {
		return "an unknown date"
	}
	return d
}

// timelineItems is how many statements a timeline shows.
const timelineItems = 20

// timeline lists dated statements in the order they were said, within
// the question's date scope. Its cost is the statements holding the
// topic's keywords (at most maxTopicWords of them); ctx stops it.
func (b *Bot) timeline(ctx context.Context, v *view, a Answer, p Question) Answer {
	from, to := v.scopeRange(p.Scope)
	stmts := v.s.Statements()
	var cand []int32
	if kw := topicKeywords(p.Topic); p.Topic != "" {
		var lists [][]int32
		for _, k := range kw {
			if ctx.Err() != nil {
				a.Summary, a.Error = "That took too long; please ask again.", true
				return a
			}
			lists = append(lists, v.withTopicWord(k, spellings(k)))
		}
		cand = union(lists, len(stmts))
	} else {
		cand = make([]int32, len(stmts))
		for i := range cand {
			cand[i] = int32(i)
		}
	}
	var keep []int32
	for n, i := range cand {
		if n%4096 == 0 && ctx.Err() != nil {
			a.Summary, a.Error = "That took too long; please ask again.", true
			return a
		}
		s := &stmts[i]
		if s.SaidOn != "" && s.Speaker != "" && inScope(s.SaidOn, from, to) {
			keep = append(keep, i)
		}
	}
	if len(keep) == 0 {
		return b.unknown(v, a, Question{About: p.Topic, Scope: p.Scope})
	}
	// Only the newest timelineItems dates can be shown: keep those.
	dates := map[string]bool{}
	for _, i := range keep {
		dates[stmts[i].SaidOn] = true
	}
	if len(dates) > timelineItems {
		ds := make([]string, 0, len(dates))
		for d := range dates {
			ds = append(ds, d)
		}
		sort.Sort(sort.Reverse(sort.StringSlice(ds)))
		cut, k := ds[timelineItems-1], 0
		for _, i := range keep {
			if stmts[i].SaidOn >= cut {
				keep[k] = i
				k++
			}
		}
		keep = keep[:k]
	}
	sort.SliceStable(keep, func(i, j int) bool {
		x, y := &stmts[keep[i]], &stmts[keep[j]]
		if x.SaidOn != y.SaidOn {
			return x.SaidOn < y.SaidOn
		}
		return x.Seq < y.Seq
	})
	pool := make([]corpus.Statement, 0, min(len(keep), 4096))
	if len(keep) > 4096 {
		// spreadDates needs only the newest dates' first statements.
		keep = keep[len(keep)-4096:]
	}
	for _, i := range keep {
		pool = append(pool, stmts[i])
	}
	pool = spreadDates(pool, timelineItems)
	for _, s := range pool {
		a.Items = append(a.Items, item(s))
	}
	a.Found = true
	a.AsOf = pool[len(pool)-1].SaidOn
	a.Summary = fmt.Sprintf("Timeline, %s to %s:", pool[0].SaidOn, a.AsOf)
	return a
}

// spreadDates keeps at most n statements, in order, with every date
// represented before any date gets a second one (newest dates first when
// there are more dates than room).
func spreadDates(pool []corpus.Statement, n int) []corpus.Statement {
	if len(pool) <= n {
		return pool
	}
	var dates []string
	byDate := map[string][]int{}
	for i, s := range pool {
		if byDate[s.SaidOn] == nil {
			dates = append(dates, s.SaidOn)
		}
		byDate[s.SaidOn] = append(byDate[s.SaidOn], i)
	}
	keep := map[int]bool{}
	for round := 0; len(keep) < n; round++ {
		added := false
		for d := len(dates) - 1; d >= 0 && len(keep) < n; d-- {
			if idx := byDate[dates[d]]; round < len(idx) {
				keep[idx[round]] = true
				added = true
			}
		}
		if !added {
			break
		}
	}
	out := make([]corpus.Statement, 0, n)
	for i, s := range pool {
		if keep[i] {
			out = append(out, s)
		}
	}
	return out
}

// sources lists the articles read.
func (b *Bot) sources(v *view, a Answer) Answer {
	count := map[corpus.Source]int{}
	var order []corpus.Source
	for _, s := range v.s.Statements() {
		if count[s.Source] == 0 {
			order = append(order, s.Source)
		}
		count[s.Source]++
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i].Published > order[j].Published })
	for _, src := range order {
		a.Items = append(a.Items, Item{Kind: "source", Text: fmt.Sprintf("%s (%d statements)", src.Title, count[src]), SaidOn: src.Published, Source: src})
	}
	a.Found = len(a.Items) > 0
	a.Summary = fmt.Sprintf("I have read %d articles.", len(order))
	return a
}

// quotes lists what one person said, newest first.
func (b *Bot) quotes(ctx context.Context, v *view, a Answer, p Question) Answer {
	hits, err := v.s.Search(ctx, index.Query{Speaker: p.Speaker, Size: 200})
	if err != nil && !errors.Is(err, index.ErrEmptyQuery) {
		b.logError(err, p.Intent)
		a.Summary, a.Error = "Sorry, something went wrong looking that up.", true
		return a
	}
	if len(hits) == 0 {
		return b.unknown(v, a, p)
	}
	// Keep the best-matching speaker only ("Blinken" should not bring in
	// every official).
	top := hits[0].Statement.Speaker
	var stmts []corpus.Statement
	for _, h := range hits {
		if h.Statement.Speaker == top {
			stmts = append(stmts, h.Statement)
		}
	}
	sort.SliceStable(stmts, func(i, j int) bool {
		if (stmts[i].Kind == corpus.Quote) != (stmts[j].Kind == corpus.Quote) {
			return stmts[i].Kind == corpus.Quote
		}
		if stmts[i].SaidOn != stmts[j].SaidOn {
			return stmts[i].SaidOn > stmts[j].SaidOn
		}
		return stmts[i].Seq > stmts[j].Seq
	})
	for i, s := range stmts {
		if i == limit(p, 10) {
			break
		}
		a.Items = append(a.Items, item(s))
	}
	a.Found = true
	a.Summary = fmt.Sprintf("What %s said, newest first:", top)
	return a
}
