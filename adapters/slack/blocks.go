package slack

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	slackapi "github.com/slack-go/slack"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
)

// Slack's limits for a message built from blocks.
const (
	maxBlocks      = 50   // blocks in one message
	maxSectionText = 3000 // characters in a section's text
	maxContextText = 2000 // characters in one context element (kept well under Slack's limit)
	maxFallback    = 3000 // characters of the plain-text fallback we send
	maxMetaText    = 300  // characters of one speaker, title, place or source name
	fallbackItems  = 10   // items spelled out in the fallback text
)

// notFoundSummary is said when an answer that found nothing has no summary.
const notFoundSummary = "I found no sourced statement about that."

// Blocks renders an answer as Block Kit blocks and a plain-text fallback for
// notifications and clients that cannot show blocks.
//
// The summary comes first, then each item as a quote of its words with who
// said them, when, where and the source; the note and the as-of date close
// the message. Article and user text is escaped for Slack (&, <, >), a
// section never exceeds 3,000 characters (longer text is cut with …), and
// the message never exceeds 50 blocks (items that do not fit are counted in
// a closing line). The fallback is never empty.
func Blocks(a bot.Answer) (blocks []slackapi.Block, fallback string) {
	summary := strings.TrimSpace(a.Summary)
	note := strings.TrimSpace(a.Note)
	if summary == "" && (!a.Found || len(a.Items) == 0) && note == "" {
		summary = notFoundSummary
	}

	var plain []string // lines of the fallback, unescaped
	if summary != "" {
		blocks = append(blocks, section(escapeTrunc(summary, maxSectionText)))
		plain = append(plain, summary)
	}

	// Without items the note is the substance (what the bot knows about, how
	// to ask): give it a section of its own rather than small print.
	if !a.Found || len(a.Items) == 0 {
		if note != "" {
			blocks = append(blocks, section(escapeTrunc(note, maxSectionText)))
			plain = append(plain, note)
		}
		if a.AsOf != "" {
			asOf := "As of " + a.AsOf
			blocks = append(blocks, contextBlock(asOf))
			plain = append(plain, asOf)
		}
		return blocks, fallbackText(plain)
	}

	// One block stays free for the closing context (note, as-of, "and N
	// more"), and one for the feedback buttons when there are some.
	buttons := a.TurnID != "" && a.Found && !a.Error
	room := maxBlocks - len(blocks) - 1
	if buttons {
		room--
	}
	items := a.Items
	hidden := 0
	if len(items) > room {
		hidden = len(items) - room
		items = items[:room]
	}
	for _, it := range items {
		blocks = append(blocks, section(itemText(it)))
	}
	for i, it := range a.Items {
		if i == fallbackItems {
			plain = append(plain, fmt.Sprintf("…and %d more.", len(a.Items)-i))
			break
		}
		plain = append(plain, itemPlain(it))
	}

	var closing []string
	if hidden > 0 {
		closing = append(closing, fmt.Sprintf("…and %d more not shown.", hidden))
	}
	if a.AsOf != "" {
		closing = append(closing, "As of "+a.AsOf)
	}
	if note != "" {
		closing = append(closing, note)
	}
	if len(closing) > 0 {
		blocks = append(blocks, contextBlock(closing...))
	}
	if buttons {
		blocks = append(blocks, feedbackButtons(a.TurnID))
	}
	if a.AsOf != "" {
		plain = append(plain, "As of "+a.AsOf)
	}
	if note != "" {
		plain = append(plain, note)
	}
	return blocks, fallbackText(plain)
}

// section is a section block with mrkdwn text that is already escaped.
func section(mrkdwn string) *slackapi.SectionBlock {
	return slackapi.NewSectionBlock(slackapi.NewTextBlockObject(slackapi.MarkdownType, mrkdwn, false, false), nil, nil)
}

// contextBlock is a context block with one mrkdwn element per (unescaped)
// text.
func contextBlock(texts ...string) *slackapi.ContextBlock {
	elems := make([]slackapi.MixedElement, 0, len(texts))
	for _, t := range texts {
		elems = append(elems, slackapi.NewTextBlockObject(slackapi.MarkdownType, escapeTrunc(t, maxContextText), false, false))
	}
	return slackapi.NewContextBlock("", elems...)
}

// itemText renders one statement as mrkdwn within maxSectionText:
//
//	*Gaza*
//	> “the words”
//	— *Antony Blinken*, US Secretary of State · 2024-09-25 · NBC News
//	<https://…|Article title> · CNN
func itemText(it bot.Item) string {
	var head string
	if t := strings.TrimSpace(it.Topic); t != "" {
		head = "*" + escapeTrunc(t, maxMetaText) + "*\n"
	}
	tail := "\n" + attribution(it)
	if src := sourceLine(it.Source); src != "" {
		tail += "\n" + src
	}

	open, closeQ := "", ""
	if it.Kind == corpus.Quote {
		open, closeQ = "“", "”"
	}
	fixed := utf8.RuneCountInString(head) + utf8.RuneCountInString(tail) +
		utf8.RuneCountInString("> "+open+closeQ)
	words := escapeTrunc(oneLine(it.Text), maxSectionText-fixed)
	return head + "> " + open + words + closeQ + tail
}

// attribution is the "— speaker, title · date · where" line.
func attribution(it bot.Item) string {
	var who string
	switch speaker := strings.TrimSpace(it.Speaker); {
	case speaker != "":
		who = "*" + escapeTrunc(speaker, maxMetaText) + "*"
		if title := strings.TrimSpace(it.SpeakerTitle); title != "" {
			who += ", " + escapeTrunc(title, maxMetaText)
		}
	case strings.TrimSpace(it.Source.Outlet) != "":
		who = "reported by " + escapeTrunc(strings.TrimSpace(it.Source.Outlet), maxMetaText)
	default:
		who = "reported"
	}
	parts := []string{"— " + who}
	if it.SaidOn != "" {
		parts = append(parts, escapeTrunc(it.SaidOn, maxMetaText))
	}
	if where := strings.TrimSpace(it.Where); where != "" {
		parts = append(parts, escapeTrunc(where, maxMetaText))
	}
	return strings.Join(parts, " · ")
}

// sourceLine names the article: a link when it has a web address, else its
// title in italics; then the outlet and publication date.
func sourceLine(s corpus.Source) string {
	title := strings.TrimSpace(s.Title)
	outlet := strings.TrimSpace(s.Outlet)
	var parts []string
	switch link := linkTarget(s.URL); {
	case link != "":
		label := title
		if label == "" {
			label = outlet
		}
		if label == "" {
			label = s.URL
		}
		parts = append(parts, "<"+link+"|"+escapeTrunc(label, maxMetaText)+">")
	case title != "":
		parts = append(parts, "_"+escapeTrunc(title, maxMetaText)+"_")
	}
	if outlet != "" {
		parts = append(parts, escapeTrunc(outlet, maxMetaText))
	}
	if s.Published != "" {
		parts = append(parts, escapeTrunc(s.Published, maxMetaText))
	}
	if len(parts) == 0 {
		return ""
	}
	return "Source: " + strings.Join(parts, " · ")
}

// linkTarget returns raw as it may stand inside <…|…>: an http or https
// address with &, <, > escaped and | percent-encoded; "" for anything else.
func linkTarget(raw string) string {
	raw = strings.TrimSpace(raw)
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(raw) > 2000 {
		return ""
	}
	return escape(strings.ReplaceAll(raw, "|", "%7C"))
}

// itemPlain is one statement as a line of the fallback text.
func itemPlain(it bot.Item) string {
	var b strings.Builder
	text := oneLine(it.Text)
	if it.Kind == corpus.Quote {
		text = "“" + text + "”"
	}
	b.WriteString(text)
	if it.Speaker != "" {
		b.WriteString(" — " + it.Speaker)
		if it.SpeakerTitle != "" {
			b.WriteString(", " + it.SpeakerTitle)
		}
	}
	var when []string
	for _, s := range []string{it.SaidOn, it.Where} {
		if s != "" {
			when = append(when, s)
		}
	}
	if len(when) > 0 {
		b.WriteString(" (" + strings.Join(when, ", ") + ")")
	}
	var src []string
	for _, s := range []string{it.Source.Title, it.Source.Outlet, it.Source.URL} {
		if s = strings.TrimSpace(s); s != "" {
			src = append(src, s)
		}
	}
	if len(src) > 0 {
		b.WriteString(". Source: " + strings.Join(src, ", "))
	}
	return b.String()
}

// fallbackText joins lines, escapes them for Slack's text field and keeps
// them within maxFallback characters.
func fallbackText(lines []string) string {
	s := escapeTrunc(strings.Join(lines, "\n"), maxFallback)
	if strings.TrimSpace(s) == "" {
		return notFoundSummary
	}
	return s
}

// oneLine folds runs of white space, newlines included, into single spaces
// so a quote stays inside one mrkdwn quote line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// escape escapes the three characters Slack's text formatting reserves.
func escape(s string) string {
	return escaper.Replace(s)
}

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escapeTrunc escapes s and, if the result is longer than limit characters,
// cuts it at a character (never inside an escape) and ends it with "…", so
// the result has at most limit characters.
func escapeTrunc(s string, limit int) string {
	if limit <= 0 {
		return ""
	}
	e := escape(s)
	if utf8.RuneCountInString(e) <= limit {
		return e
	}
	var b strings.Builder
	n := 0
	for _, r := range s {
		piece := string(r)
		switch r {
		case '&':
			piece = "&amp;"
		case '<':
			piece = "&lt;"
		case '>':
			piece = "&gt;"
		}
		w := utf8.RuneCountInString(piece)
		if n+w > limit-1 {
			break
		}
		b.WriteString(piece)
		n += w
	}
	return strings.TrimRight(b.String(), " ") + "…"
}
