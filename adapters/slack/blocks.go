package slack

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	slackapi "github.com/slack-go/slack"

	"github.com/talkbot/talkbot/adapters/runner"
	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
)

// Slack's limits for a message built from blocks.
const (
	maxBlocks = 50 // blocks in one message
	// maxBlocksText is the budget of the whole message's blocks: their
	// text together. Slack refuses a message whose blocks hold more than
	// about 12,000 characters (msg_blocks_too_long, a limit it counts
	// over every block and does not document exactly); we keep well under.
	maxBlocksText  = 10000
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
// the message never exceeds 50 blocks nor, all its blocks' text together,
// 10,000 characters (items that do not fit are counted in a closing line).
// The fallback is never empty and never over 3,000 characters, so blocks
// and fallback together stay under what Slack takes in one message, and
// within what a response_url or an HTTP response carries. No attachments
// are sent.
//
// Dates (when words were said, when the article was published, what a
// status answer is as of) are Slack date tokens, <!date^…^{date_short}|…>,
// which each reader sees in their own language ("Sep 25, 2024"); the
// plain-text fallback and clients that cannot read the token keep the
// date as written, 2024-09-25.
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
			blocks = append(blocks, mrkdwnContext("As of "+slackDate(a.AsOf)))
			plain = append(plain, "As of "+a.AsOf)
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
	// The text budget: what is already in, and a place kept for the
	// closing context and the buttons.
	used := textLen(blocks) + closingReserve
	shown := 0
	for _, it := range a.Items {
		text := itemText(it)
		n := utf8.RuneCountInString(text)
		if shown == room || used+n > maxBlocksText {
			break
		}
		blocks = append(blocks, section(text))
		used += n
		shown++
	}
	hidden := len(a.Items) - shown
	for i, it := range a.Items {
		if i == fallbackItems {
			plain = append(plain, fmt.Sprintf("…and %d more.", len(a.Items)-i))
			break
		}
		plain = append(plain, itemPlain(it))
	}

	var closing []string // escaped
	if hidden > 0 {
		closing = append(closing, fmt.Sprintf("…and %d more not shown.", hidden))
	}
	if a.AsOf != "" {
		closing = append(closing, "As of "+slackDate(a.AsOf))
	}
	if note != "" {
		closing = append(closing, escapeTrunc(note, maxContextText))
	}
	if len(closing) > 0 {
		blocks = append(blocks, mrkdwnContext(closing...))
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

// closingReserve is kept in the text budget for the closing context (the
// note, at most maxContextText, the as-of date and "…and N more not
// shown.") and the buttons' labels.
const closingReserve = maxContextText + 200

// textLen counts the characters of text in blocks: section and context
// text, and button labels and values.
func textLen(blocks []slackapi.Block) int {
	n := 0
	for _, b := range blocks {
		switch x := b.(type) {
		case *slackapi.SectionBlock:
			if x.Text != nil {
				n += utf8.RuneCountInString(x.Text.Text)
			}
		case *slackapi.ContextBlock:
			for _, e := range x.ContextElements.Elements {
				if t, ok := e.(*slackapi.TextBlockObject); ok {
					n += utf8.RuneCountInString(t.Text)
				}
			}
		case *slackapi.ActionBlock:
			for _, e := range x.Elements.ElementSet {
				if btn, ok := e.(*slackapi.ButtonBlockElement); ok {
					n += utf8.RuneCountInString(btn.Value)
					if btn.Text != nil {
						n += utf8.RuneCountInString(btn.Text.Text)
					}
				}
			}
		}
	}
	return n
}

// section is a section block with mrkdwn text that is already escaped.
func section(mrkdwn string) *slackapi.SectionBlock {
	return slackapi.NewSectionBlock(slackapi.NewTextBlockObject(slackapi.MarkdownType, mrkdwn, false, false), nil, nil)
}

// mrkdwnContext is a context block with one element per mrkdwn text, each
// already escaped and within maxContextText.
func mrkdwnContext(mrkdwn ...string) *slackapi.ContextBlock {
	elems := make([]slackapi.MixedElement, 0, len(mrkdwn))
	for _, t := range mrkdwn {
		elems = append(elems, slackapi.NewTextBlockObject(slackapi.MarkdownType, t, false, false))
	}
	return slackapi.NewContextBlock("", elems...)
}

// slackDate renders a day (YYYY-MM-DD) as a Slack date token that each
// reader sees in their own language and time zone, with the day as written
// for clients that cannot; anything else that is not a day is escaped and
// shown as it is.
func slackDate(day string) string {
	t, ok := runner.Noon(day)
	if !ok {
		return escapeTrunc(day, maxMetaText)
	}
	return fmt.Sprintf("<!date^%d^{date_short}|%s>", t.Unix(), day[:10])
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
	src := sourceLine(it.Source, true)
	if utf8.RuneCountInString(head+tail+src) > maxSectionText-minWords {
		// A very long web address would leave no room for the words: the
		// source is then named without its link.
		src = sourceLine(it.Source, false)
	}
	if src != "" {
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
		parts = append(parts, slackDate(it.SaidOn))
	}
	if where := strings.TrimSpace(it.Where); where != "" {
		parts = append(parts, escapeTrunc(where, maxMetaText))
	}
	return strings.Join(parts, " · ")
}

// minWords is the room kept for an item's words in its section.
const minWords = 500

// sourceLine names the article: a link when it has a web address (and
// withLink is set), else its title in italics; then the outlet and
// publication date.
func sourceLine(s corpus.Source, withLink bool) string {
	title := strings.TrimSpace(s.Title)
	outlet := strings.TrimSpace(s.Outlet)
	var parts []string
	link := ""
	if withLink {
		link = linkTarget(s.URL)
	}
	switch {
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
		parts = append(parts, slackDate(s.Published))
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
