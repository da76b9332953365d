package bot

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/talkbot/talkbot/corpus"
)

// A follow-up is a question in a thread read in the light of the thread's
// last turn:
//
//	more · next · go on · anything else        the same question, the next statements
//	when was that? · when did he say it?       the date of the last answer's statement
//	what else did he say [about X]?            the same speaker, statements not shown yet
//	and about Lebanon? · and in March?         the same question, another subject or date
//	and Netanyahu?                             the same question, another speaker
//	who is she? · what did he tell CNN?        he, she, they: the last answer's speaker
//
// Anything else is a new question.
var (
	moreRE     = regexp.MustCompile(`(?i)^(?:(?:and|ok|okay|so|please)[,\s]+)?(?:more|next|go on|continue|keep going|anything else|any more|anymore|others|more please|(?:show|tell|give) me more|more (?:of )?(?:those|that|them|quotes|statements))[\s?!.]*$`)
	whenThatRE = regexp.MustCompile(`(?i)^(?:(?:and|so|ok)[,\s]+)?(?:when|when was (?:that|this|it)(?: said)?|when did (?:he|she|they|it|that|this) (?:say|said|happen)(?: (?:that|this|it))?|what (?:day|date) was (?:that|this|it)|on what (?:day|date)(?: was (?:that|this|it))?)[\s?!.]*$`)
	whatElseRE = regexp.MustCompile(`(?i)^(?:(?:and|so|ok)[,\s]+)?(?:what else (?:did|has|have|does|do|had|is|was) (?:he|she|they|it)(?: been)? (?:say|said|saying|tell|told|says)|anything else (?:from|by) (?:him|her|them))\b\s*(.*?)[\s?!.]*$`)
	andRE      = regexp.MustCompile(`(?i)^(?:and|what|how|ok and|so)[,\s]+(?:(?:what |how )?(?:about|on|regarding|re|concerning)\s+)?(.+?)[\s?!.]*$`)
	pronounRE  = regexp.MustCompile(`(?i)\b(he|she|they|him|her|them|his|hers|their)\b`)
)

// followUp reads req against the conversation's turns so far (oldest
// first). ok is false when req is a new question; otherwise it returns the
// answer and the question it was read as.
func (b *Bot) followUp(ctx context.Context, req Request, prev []Turn) (a Answer, asked Question, ok bool) {
	if len(prev) == 0 {
		return Answer{}, Question{}, false
	}
	last := prev[len(prev)-1]
	text := trimQ(clean(req.Text))
	who := referent(prev)
	switch {
	case moreRE.MatchString(text):
		return b.more(ctx, text, prev)
	case whenThatRE.MatchString(text):
		for i := len(prev) - 1; i >= 0; i-- {
			if t := prev[i]; t.Answer.Found && len(t.Answer.Items) > 0 && t.Asked.Intent != Status && t.Asked.Intent != Timeline {
				it := t.Answer.Items[0]
				q := Question{Text: text, Intent: When, Want: WantDate}
				return Answer{Question: text, Intent: When, Found: true, Items: []Item{it}, Summary: summary(q, it)}, t.Asked, true
			}
		}
	}
	if m := whatElseRE.FindStringSubmatch(text); m != nil && who != "" {
		p := Parse(strings.TrimSpace("what did " + who + " say " + m[1]))
		p.Limit = 4 * maxItems
		a := b.AskQuestion(ctx, p)
		// Only their own words: not what others said about them.
		var theirs []Item
		for _, it := range a.Items {
			if mentionsName(it.Speaker, who) {
				theirs = append(theirs, it)
			}
		}
		a.Items = unseen(theirs, prev, maxItems)
		if len(a.Items) > 0 {
			a.Found = true
			a.Summary = summary(p, a.Items[0])
		}
		if len(a.Items) == 0 {
			a = Answer{Question: p.Text, Intent: p.Intent, Summary: fmt.Sprintf("That is all I have from %s%s.", who, aboutTail(m[1]))}
		}
		p.Limit = 0
		return a, p, true
	}
	if m := andRE.FindStringSubmatch(text); m != nil && last.Asked.Intent != "" && !startsQuestion(m[1]) {
		if p, ok := b.another(last, strings.TrimSpace(m[1])); ok {
			return b.AskQuestion(ctx, p), p, true
		}
	}
	if who != "" && pronounRE.MatchString(text) {
		q := pronounRE.ReplaceAllStringFunc(text, func(w string) string {
			switch strings.ToLower(w) {
			case "his", "hers", "their":
				return who + "'s"
			}
			return who
		})
		p := Parse(q)
		return b.AskQuestion(ctx, p), p, true
	}
	return Answer{}, Question{}, false
}

// more asks the last question again for statements the thread has not
// shown yet.
func (b *Bot) more(ctx context.Context, text string, prev []Turn) (Answer, Question, bool) {
	p := prev[len(prev)-1].Asked
	if p.Intent == "" || p.Intent == Help {
		return Answer{Question: text, Intent: None, Summary: "I had nothing on that to show more of."}, p, true
	}
	p.Limit = 4 * maxItems
	a := b.AskQuestion(ctx, p)
	p.Limit = 0
	a.Items = unseen(a.Items, prev, maxItems)
	if len(a.Items) == 0 {
		return Answer{Question: p.Text, Intent: p.Intent, Summary: "That is all I have on that.",
			Note: "Ask about someone or something else, or try quotes <person> or timeline."}, p, true
	}
	a.Found = true
	a.Summary = fmt.Sprintf("More on “%s”:", p.Text)
	return a, p, true
}

// another is the last question about something else: a date, talks, a
// speaker the bot knows, or a subject.
func (b *Bot) another(last Turn, x string) (Question, bool) {
	p := last.Asked
	if x == "" {
		return p, false
	}
	if scope, rest := findDateScope(x, ""); scope.Text != "" && strings.TrimSpace(rest) == "" {
		p.Scope = scope
		p.Text = strings.TrimSpace(last.Asked.Text + " " + x)
		return p, true
	}
	switch p.Intent {
	case Status, Timeline:
		p.Topic = x
		p.Text = string(p.Intent) + " " + x
		return p, true
	case Help, Sources:
		return p, false
	}
	if p.Speaker != "" && b.knowsSpeaker(x) {
		return Parse(strings.Replace(p.Text, p.Speaker, x, 1)), true
	}
	if who := referent([]Turn{last}); who != "" && p.Intent != Fact {
		return Parse("what did " + who + " say about " + x), true
	}
	base := p.Text
	if i := strings.LastIndex(strings.ToLower(base), " about "); i > 0 {
		base = base[:i]
	}
	return Parse(base + " about " + x), true
}

// referent is who "he", "she" or "they" means after the turns: of the
// newest turn that names someone, the speaker of its answer's first
// statement, else the person it asked about.
func referent(turns []Turn) string {
	for i := len(turns) - 1; i >= 0; i-- {
		t := turns[i]
		if t.Answer.Found && len(t.Answer.Items) > 0 && t.Answer.Items[0].Speaker != "" &&
			t.Asked.Intent != Status && t.Asked.Intent != Timeline && t.Asked.Intent != Sources {
			return t.Answer.Items[0].Speaker
		}
		if t.Asked.Speaker != "" {
			return t.Asked.Speaker
		}
		if t.Asked.Intent == WhoIs && t.Asked.About != "" {
			return t.Asked.About
		}
	}
	return ""
}

// knowsSpeaker reports whether x names someone the bot can quote.
func (b *Bot) knowsSpeaker(x string) bool {
	nx := corpus.NormWords(x)
	if nx == "" {
		return false
	}
	for _, name := range b.Speakers() {
		n := corpus.NormWords(name)
		if n == nx || strings.HasSuffix(n, " "+nx) {
			return true
		}
	}
	return false
}

// startsQuestion: "and who said …" is a question of its own, not "and X".
func startsQuestion(x string) bool {
	w, _, _ := strings.Cut(strings.ToLower(x), " ")
	switch w {
	case "who", "what", "when", "where", "why", "how", "which", "is", "are", "did", "does", "do", "has", "have", "was", "were", "will", "can", "status", "timeline", "quotes", "sources", "help":
		return true
	}
	return false
}

// unseen keeps up to n items no earlier turn showed.
func unseen(items []Item, prev []Turn, n int) []Item {
	shown := map[string]bool{}
	for _, t := range prev {
		for _, it := range t.Answer.Items {
			shown[it.StatementID+"|"+it.Text] = true
		}
	}
	var out []Item
	for _, it := range items {
		if !shown[it.StatementID+"|"+it.Text] && len(out) < n {
			out = append(out, it)
		}
	}
	return out
}

func aboutTail(s string) string {
	if s = strings.TrimSpace(s); s == "" {
		return ""
	}
	return " " + s
}
