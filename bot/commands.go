package bot

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
)

// HelpText lists what the bot understands.
const HelpText = `Ask me about the talks in plain words, for example:
• who said there is no reason to be optimistic?
• what did Blinken tell NBC News?
• what did Starmer call for at the Security Council?
• when did a US official say the administration was close to a plan?
• who is Amos Hochstein?
Commands: status [topic] · who <words> · quotes <person> · timeline [topic] · sources · help
Every answer quotes its source; when I do not know, I say so.`

func help(q string) Answer {
	return Answer{Question: q, Intent: Help, Found: true, Summary: "I answer questions about the ceasefire and hostage talks from the articles I have read.", Note: HelpText}
}

// newest sorts statements newest first: by date said, then publication,
// then article order.
func newest(stmts []corpus.Statement) {
	sort.SliceStable(stmts, func(i, j int) bool {
		a, b := stmts[i], stmts[j]
		if a.Source.Published != b.Source.Published {
			return a.Source.Published > b.Source.Published
		}
		if a.Source != b.Source && a.SaidOn != b.SaidOn {
			return a.SaidOn > b.SaidOn
		}
		// Within an article, its order: the lead says what matters most.
		return a.Seq < b.Seq
	})
}

// genericTopic words name talks in general, not which talks.
var genericTopic = map[string]bool{"talks": true, "truce": true, "ceasefire": true, "deal": true, "negotiations": true, "peace": true,
	"process": true, "war": true, "conflict": true, "situation": true, "things": true, "the": true, "state": true, "latest": true}

// topicKeywords are the words of a topic that tell one set of talks from
// another ("Ukraine-Russia energy truce talks" → ukraine, russia, energy).
func topicKeywords(topic string) []string {
	var out, all []string
	for _, w := range strings.Fields(corpus.NormWords(topic)) {
		all = append(all, w)
		if !genericTopic[w] {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return all
	}
	return out
}

// bestArticle picks the article a topic is about; newer wins a tie.
func bestArticle(stmts []corpus.Statement, kw []string) (corpus.Source, bool) {
	type tally struct {
		title int
		words map[string]bool
	}
	by := map[corpus.Source]*tally{}
	for _, s := range stmts {
		t := by[s.Source]
		if t == nil {
			head := " " + corpus.NormWords(s.Source.Title+" "+strings.Join(s.Topics, " ")) + " "
			t = &tally{words: map[string]bool{}}
			for _, k := range kw {
				if strings.Contains(head, " "+k) {
					t.title++
				}
			}
			by[s.Source] = t
		}
		text := " " + corpus.NormWords(s.Text+" "+s.Sentence) + " "
		for _, k := range kw {
			if strings.Contains(text, " "+k) {
				t.words[k] = true
			}
		}
	}
	var best corpus.Source
	bestScore := 0
	for src, t := range by {
		score := 3*t.title + len(t.words)
		if score > bestScore || score == bestScore && score > 0 && src.Published > best.Published {
			best, bestScore = src, score
		}
	}
	return best, bestScore > 0
}

// topicScore counts the keywords a statement's topics, source title or
// words carry.
func topicScore(s corpus.Statement, keywords []string) int {
	if len(keywords) == 0 {
		return 1
	}
	have := " " + corpus.NormWords(strings.Join(s.Topics, " ")+" "+s.Source.Title+" "+s.Text+" "+s.Sentence) + " "
	n := 0
	for _, k := range keywords {
		if strings.Contains(have, " "+k) {
			n++
		}
	}
	return n
}

// status gives the newest sourced statements about the talks: the lead of
// the newest articles, then the newest on each topic.
func (b *Bot) status(ix *index.Index, a Answer, p parsed) Answer {
	// With a topic, the article about it: its title and topics count
	// most, then how many of the topic's words its statements use.
	kw := topicKeywords(p.topic)
	var pool []corpus.Statement
	if p.topic != "" {
		src, ok := bestArticle(ix.Statements(), kw)
		if !ok {
			return b.unknown(ix, a, parsed{about: p.topic})
		}
		for _, s := range ix.Statements() {
			if s.Source == src && s.Speaker != "" {
				pool = append(pool, s)
			}
		}
	} else {
		for _, s := range ix.Statements() {
			if s.Speaker != "" {
				pool = append(pool, s)
			}
		}
	}
	if len(pool) == 0 {
		for _, s := range ix.Statements() {
			if p.topic == "" || topicScore(s, kw) > 0 {
				pool = append(pool, s)
			}
		}
	}
	if len(pool) == 0 {
		return b.unknown(ix, a, parsed{about: p.topic})
	}
	newest(pool)
	seen := map[string]bool{}
	add := func(s corpus.Statement, topic string) {
		if seen[s.ID] || len(a.Items) >= 8 {
			return
		}
		seen[s.ID] = true
		it := item(s)
		it.Topic = topic
		a.Items = append(a.Items, it)
	}
	// The lead statements of the newest article: five when a topic was
	// asked for, three beside the other topics otherwise.
	lead := 3
	if p.topic != "" {
		lead = 5
	}
	for _, s := range pool {
		if s.Source == pool[0].Source && len(a.Items) < lead {
			add(s, p.topic)
		}
	}
	// Then the newest on each topic the corpus follows.
	if p.topic == "" {
		for _, t := range topics(ix) {
			nt := corpus.NormWords(t)
			for _, s := range pool {
				if !seen[s.ID] && strings.Contains(corpus.NormWords(s.Text), nt) {
					add(s, t)
					break
				}
			}
		}
	}
	a.Found = true
	a.AsOf = pool[0].Source.Published
	if a.AsOf == "" {
		a.AsOf = pool[0].SaidOn
	}
	what := "the talks"
	if p.topic != "" {
		what = p.topic
	}
	a.Summary = fmt.Sprintf("Latest on %s, as of %s:", what, orUnknown(a.AsOf))
	return a
}

func orUnknown(d string) string {
	if d == "" {
		return "an unknown date"
	}
	return d
}

// timeline lists dated statements in the order they were said.
func (b *Bot) timeline(ix *index.Index, a Answer, p parsed) Answer {
	var pool []corpus.Statement
	kw := topicKeywords(p.topic)
	for _, s := range ix.Statements() {
		if s.SaidOn != "" && s.Speaker != "" && topicScore(s, kw) > 0 {
			pool = append(pool, s)
		}
	}
	if len(pool) == 0 {
		return b.unknown(ix, a, parsed{about: p.topic})
	}
	sort.SliceStable(pool, func(i, j int) bool {
		if pool[i].SaidOn != pool[j].SaidOn {
			return pool[i].SaidOn < pool[j].SaidOn
		}
		return pool[i].Seq < pool[j].Seq
	})
	pool = spreadDates(pool, 20)
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
func (b *Bot) sources(ix *index.Index, a Answer) Answer {
	count := map[corpus.Source]int{}
	var order []corpus.Source
	for _, s := range ix.Statements() {
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
func (b *Bot) quotes(ctx context.Context, ix *index.Index, a Answer, p parsed) Answer {
	hits, err := ix.Search(ctx, index.Query{Speaker: p.speaker, Size: 200})
	if err != nil && !errors.Is(err, index.ErrEmptyQuery) {
		b.logError(err, p.intent)
		a.Summary, a.Error = "Sorry, something went wrong looking that up.", true
		return a
	}
	if len(hits) == 0 {
		return b.unknown(ix, a, p)
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
		if i == 10 {
			break
		}
		a.Items = append(a.Items, item(s))
	}
	a.Found = true
	a.Summary = fmt.Sprintf("What %s said, newest first:", top)
	return a
}
