package discord

import (
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/talkbot/talkbot/adapters/runner"
	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
)

// Discord's message limits, counted in characters (UTF-16 code units, as
// Discord counts them).
const (
	maxContent     = 2000
	maxEmbeds      = 10 // per message
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxAuthorName  = 256
	maxEmbedsTotal = 6000 // all embeds of one message together
	maxMessages    = 10   // per answer; more is noise in a channel
)

// Colours of the embeds' side bar.
const (
	colourQuote = 0x3b82f6
	colourFact  = 0x9ca3af
)

// noMentions stops article text ("@everyone") from pinging anyone.
var noMentions = &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}

// Embeds renders an answer as message content and one embed per item. The
// content is the Summary (and the Note, and the date a status answer rests
// on); each embed carries the words as a quote, the speaker and their title
// as its title, the date and place, and the source, linked when it has a URL.
// Words longer than one embed's description continue in the next embed.
//
// Every embed is within Discord's per-embed limits; the content may be
// longer than one message allows and the embeds may be too many for one
// message: Messages splits them.
func Embeds(a bot.Answer) (content string, embeds []*discordgo.MessageEmbed) {
	for _, it := range a.Items {
		embeds = append(embeds, itemEmbeds(it)...)
	}
	return answerContent(a, len(embeds) > 0), embeds
}

// Messages renders an answer as one or more messages that each fit
// Discord's limits: at most 2,000 characters of content, 10 embeds and
// 6,000 characters of embeds per message. The first message carries the
// summary. An answer never takes more than 10 messages; what does not fit is
// counted in a last line.
func Messages(a bot.Answer) []*discordgo.MessageSend {
	content, embeds := Embeds(a)
	var msgs []*discordgo.MessageSend
	for _, c := range splitText(content, maxContent) {
		msgs = append(msgs, &discordgo.MessageSend{Content: c})
	}
	if len(msgs) == 0 {
		msgs = append(msgs, &discordgo.MessageSend{})
	}
	cur, total := msgs[len(msgs)-1], 0
	for _, e := range embeds {
		n := embedSize(e)
		if len(cur.Embeds) == maxEmbeds || (len(cur.Embeds) > 0 && total+n > maxEmbedsTotal) {
			cur, total = &discordgo.MessageSend{}, 0
			msgs = append(msgs, cur)
		}
		cur.Embeds = append(cur.Embeds, e)
		total += n
	}
	if len(msgs) > maxMessages {
		left := 0
		for _, m := range msgs[maxMessages-1:] {
			left += len(m.Embeds)
		}
		last := &discordgo.MessageSend{Content: "…and " + strconv.Itoa(left) + " more not shown. Ask a narrower question to see them."}
		msgs = append(msgs[:maxMessages-1], last)
	}
	for _, m := range msgs {
		m.AllowedMentions = noMentions
	}
	if a.TurnID != "" && a.Found && !a.Error {
		last := msgs[len(msgs)-1]
		last.Components = feedbackButtons(a.TurnID)
	}
	return msgs
}

func answerContent(a bot.Answer, hasEmbeds bool) string {
	var lines []string
	if s := strings.TrimSpace(a.Summary); s != "" {
		lines = append(lines, s)
	}
	if a.AsOf != "" && a.Found && !strings.Contains(a.Summary, a.AsOf) {
		lines = append(lines, "*As of "+discordDate(a.AsOf)+".*")
	}
	if n := strings.TrimSpace(a.Note); n != "" {
		lines = append(lines, n)
	}
	if len(lines) == 0 && !hasEmbeds {
		if a.Found {
			return "I have nothing to show for that."
		}
		return "I found no sourced statement about that."
	}
	return strings.Join(lines, "\n\n")
}

// itemEmbeds renders one item: usually one embed, more when the words are
// longer than one description holds.
func itemEmbeds(it bot.Item) []*discordgo.MessageEmbed {
	title := strings.TrimSpace(it.Speaker)
	if t := strings.TrimSpace(it.SpeakerTitle); t != "" && title != "" {
		title += ", " + t
	}
	if title == "" {
		title = "Reported"
		if it.Source.Outlet != "" {
			title = "Reported by " + it.Source.Outlet
		}
	}
	title = truncate(oneLine(title), maxTitle)
	link := webURL(it.Source.URL)
	colour, footer := colourFact, "Reported statement"
	if it.Kind == corpus.Quote {
		colour, footer = colourQuote, "Quote"
	}
	var author *discordgo.MessageEmbedAuthor
	if topic := strings.TrimSpace(it.Topic); topic != "" {
		author = &discordgo.MessageEmbedAuthor{Name: truncate(oneLine(topic), 100)}
	}

	words := strings.TrimSpace(it.Text)
	if words == "" {
		words = "(no words recorded)"
	}
	// Quotes are shown in a block quote between quotation marks; the marks
	// and prefix are kept out of the budget so each chunk fits.
	const quotePrefix, open, close, more = ">>> ", "“", "”", "…"
	budget := maxDescription
	if it.Kind == corpus.Quote {
		budget -= ulen(quotePrefix + open + close + more + more)
	} else {
		budget -= ulen(more + more)
	}
	chunks := splitText(words, budget)
	embeds := make([]*discordgo.MessageEmbed, len(chunks))
	for i, c := range chunks {
		if i > 0 {
			c = more + c
		}
		if i < len(chunks)-1 {
			c += more
		}
		if it.Kind == corpus.Quote {
			if i == 0 {
				c = open + c
			}
			if i == len(chunks)-1 {
				c += close
			}
			c = quotePrefix + c
		}
		e := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Title: title, URL: link, Description: c, Color: colour, Author: author}
		if i > 0 {
			e.Title = truncate(title+" (continued)", maxTitle)
		}
		embeds[i] = e
	}
	last := embeds[len(embeds)-1]
	if it.SaidOn != "" {
		last.Fields = append(last.Fields, &discordgo.MessageEmbedField{Name: "Said", Value: discordDate(it.SaidOn), Inline: true})
	}
	if w := strings.TrimSpace(it.Where); w != "" {
		last.Fields = append(last.Fields, &discordgo.MessageEmbedField{Name: "Where", Value: truncate(oneLine(w), 200), Inline: true})
	}
	if src := sourceField(it.Source, link); src != "" {
		last.Fields = append(last.Fields, &discordgo.MessageEmbedField{Name: "Source", Value: src})
	}
	last.Footer = &discordgo.MessageEmbedFooter{Text: footer}
	return embeds
}

// sourceField renders the source as "[Title](url) — Outlet, 2024-09-25".
func sourceField(s corpus.Source, link string) string {
	text := oneLine(s.Title)
	var rest []string
	if o := oneLine(s.Outlet); o != "" {
		if text == "" {
			text = o
		} else {
			rest = append(rest, o)
		}
	}
	if p := strings.TrimSpace(s.Published); p != "" {
		rest = append(rest, discordDate(p))
	}
	if text == "" && link != "" {
		text = "article"
	}
	tail := strings.Join(rest, ", ")
	if text == "" {
		return truncate(tail, maxFieldValue)
	}
	if tail != "" {
		tail = " — " + truncate(tail, 200)
	}
	if link != "" && ulen(link)+len("[]()")+ulen(tail)+16 <= maxFieldValue {
		room := maxFieldValue - ulen(link) - len("[]()") - ulen(tail)
		return "[" + truncate(escapeLinkText(text), room) + "](" + link + ")" + tail
	}
	return truncate(text+tail, maxFieldValue)
}

// discordDate renders a day (YYYY-MM-DD) as a Discord timestamp,
// <t:UNIX:D>, which each reader sees as a date in their own language
// ("September 25, 2024"); anything that is not a day is shown as it is,
// cut to 32 characters. Timestamps work in content, descriptions and field
// values, not in titles, authors or footers.
func discordDate(day string) string {
	t, ok := runner.Noon(day)
	if !ok {
		return truncate(oneLine(day), 32)
	}
	return "<t:" + strconv.FormatInt(t.Unix(), 10) + ":D>"
}

// webURL returns u when Discord accepts it as a link (absolute http or
// https), "" otherwise: an invalid embed URL makes Discord refuse the whole
// message.
func webURL(u string) string {
	u = strings.TrimSpace(u)
	if u == "" || ulen(u) > 2000 {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return u
}

func escapeLinkText(s string) string {
	return strings.NewReplacer("[", "\\[", "]", "\\]").Replace(s)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// embedSize is what counts towards the 6,000 characters of a message's
// embeds: title, description, field names and values, footer and author.
func embedSize(e *discordgo.MessageEmbed) int {
	n := ulen(e.Title) + ulen(e.Description)
	for _, f := range e.Fields {
		n += ulen(f.Name) + ulen(f.Value)
	}
	if e.Footer != nil {
		n += ulen(e.Footer.Text)
	}
	if e.Author != nil {
		n += ulen(e.Author.Name)
	}
	return n
}

// ulen is the length of s as Discord counts it: UTF-16 code units.
func ulen(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// truncate shortens s to at most max characters, ending with "…" when cut.
func truncate(s string, max int) string {
	if ulen(s) <= max {
		return s
	}
	return strings.TrimRight(cut(s, max-1), " ") + "…"
}

// cut returns the longest prefix of s of at most max characters.
func cut(s string, max int) string {
	n := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > max {
			return s[:i]
		}
		n += w
	}
	return s
}

// splitText splits s into pieces of at most max characters, at a paragraph
// break, line break, sentence end or space when there is one in the second
// half of a piece, else mid-word.
func splitText(s string, max int) []string {
	s = strings.TrimSpace(s)
	var out []string
	for s != "" {
		if ulen(s) <= max {
			out = append(out, s)
			break
		}
		head := cut(s, max)
		at := -1
		for _, sep := range []string{"\n\n", "\n", ". ", " "} {
			if i := strings.LastIndex(head, sep); i > 0 && ulen(head[:i]) >= max/2 {
				at = i + len(sep)
				break
			}
		}
		if at < 0 {
			at = len(head)
			if at == 0 { // max smaller than one character
				_, at = utf8.DecodeRuneInString(s)
			}
		}
		if piece := strings.TrimSpace(s[:at]); piece != "" {
			out = append(out, piece)
		}
		s = strings.TrimSpace(s[at:])
	}
	return out
}

// responseData converts a rendered message to an interaction response.
func responseData(m *discordgo.MessageSend, private bool) *discordgo.InteractionResponseData {
	d := &discordgo.InteractionResponseData{Content: m.Content, Embeds: m.Embeds, Components: m.Components, AllowedMentions: noMentions}
	if private {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return d
}

// webhookEdit converts a rendered message to an edit of the original
// interaction response.
func webhookEdit(m *discordgo.MessageSend) *discordgo.WebhookEdit {
	content, embeds := m.Content, m.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	e := &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, AllowedMentions: noMentions}
	if m.Components != nil {
		e.Components = &m.Components
	}
	return e
}

// followup converts a rendered message to an interaction follow-up.
func followup(m *discordgo.MessageSend, private bool) *discordgo.WebhookParams {
	p := &discordgo.WebhookParams{Content: m.Content, Embeds: m.Embeds, Components: m.Components, AllowedMentions: noMentions}
	if private {
		p.Flags = discordgo.MessageFlagsEphemeral
	}
	return p
}
