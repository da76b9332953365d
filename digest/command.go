package digest

import (
	"context"
	"fmt"
	"strings"

	"github.com/talkbot/talkbot/bot"
)

// Intents of the answers to subscription commands.
const (
	Subscribe     bot.Intent = "subscribe"
	Unsubscribe   bot.Intent = "unsubscribe"
	Subscriptions bot.Intent = "subscriptions"
)

// Where says which channel a command came from.
type Where struct {
	Platform string // "slack", "discord"
	Channel  string
	User     string
}

func firstWord(text string) string {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return ""
	}
	return strings.TrimPrefix(f[0], "/")
}

// parseSubscribe reads "[topic] [daily HH:MM]" after "subscribe".
func parseSubscribe(rest string) (topic, daily string, err error) {
	words := strings.Fields(rest)
	for i, w := range words {
		if strings.EqualFold(w, "daily") {
			if i+1 >= len(words) {
				return "", "", fmt.Errorf("say when: daily 08:30")
			}
			if daily, err = ParseClock(words[i+1]); err != nil {
				return "", "", err
			}
			words = append(words[:i:i], words[i+2:]...)
			break
		}
	}
	return strings.Join(words, " "), daily, nil
}

// Command answers a subscription command (subscribe, unsubscribe or
// subscriptions, the first word of text) from a channel.
func (n *Notifier) Command(ctx context.Context, w Where, text string) bot.Answer {
	word := firstWord(text)
	rest := strings.TrimSpace(strings.Join(strings.Fields(text)[min(1, len(strings.Fields(text))):], " "))
	a := bot.Answer{Question: text, Intent: bot.Intent(word), Found: true}
	fail := func(msg string) bot.Answer {
		a.Found, a.Error, a.Summary = false, true, msg
		return a
	}
	if w.Channel == "" || w.Platform == "" {
		return fail("Subscriptions are per channel: ask in the Slack or Discord channel that should get the posts.")
	}
	zone := n.opts.Location.String()
	switch word {
	case "subscribe":
		if n.opts.Posters[w.Platform] == nil {
			return fail(fmt.Sprintf("I cannot post in %s channels on my own: the bot token is not configured. Ask whoever runs me.", platformName(w.Platform)))
		}
		topic, daily, err := parseSubscribe(rest)
		if err != nil {
			return fail("I did not get that: " + err.Error() + ". For example: subscribe gaza, or subscribe gaza daily 08:30.")
		}
		sub := Subscription{Platform: w.Platform, Channel: w.Channel, Topic: topic, Daily: daily, User: w.User, Created: n.opts.Now().UTC()}
		got, created, err := n.opts.Store.Subscribe(ctx, sub)
		if err != nil {
			n.log.Error("storing a subscription", "err", err.Error())
			return fail("Sorry, I could not save that subscription just now. Please try again in a minute.")
		}
		name := topicName(topic)
		switch {
		case daily == "" && created:
			a.Summary = fmt.Sprintf("Subscribed: I will post here the new sourced statements on %s as soon as I read an article with them.", name)
		case daily == "":
			a.Summary = fmt.Sprintf("This channel already gets the new statements on %s.", name)
		case created:
			a.Summary = fmt.Sprintf("Subscribed: a daily digest on %s here at %s (%s), with what changed since the one before.", name, daily, zone)
		default:
			a.Summary = fmt.Sprintf("The daily digest on %s now comes here at %s (%s).", name, got.Daily, zone)
		}
		a.Note = "I post here on my own account, so I must be a member of this channel. Stop with: unsubscribe " + topic
		return a
	case "unsubscribe":
		removed, err := n.opts.Store.Unsubscribe(ctx, w.Platform, w.Channel, rest)
		if err != nil {
			n.log.Error("removing a subscription", "err", err.Error())
			return fail("Sorry, I could not change the subscriptions just now. Please try again in a minute.")
		}
		if removed == 0 {
			a.Found = false
			a.Summary = fmt.Sprintf("This channel does not follow %s.", topicName(rest))
			a.Note = n.list(ctx, w)
			return a
		}
		a.Summary = fmt.Sprintf("Unsubscribed: no more posts on %s here.", topicName(rest))
		return a
	default:
		a.Summary = n.list(ctx, w)
		return a
	}
}

// list says what a channel follows.
func (n *Notifier) list(ctx context.Context, w Where) string {
	subs, err := n.opts.Store.Subscriptions(ctx, w.Platform, w.Channel)
	if err != nil {
		n.log.Error("reading subscriptions", "err", err.Error())
		return "Sorry, I could not read the subscriptions just now."
	}
	if len(subs) == 0 {
		return "This channel follows nothing yet. Try: subscribe gaza, or subscribe gaza daily 08:30."
	}
	lines := []string{"This channel follows:"}
	for _, s := range subs {
		how := "new statements as they are read"
		if s.Daily != "" {
			how = fmt.Sprintf("a daily digest at %s (%s)", s.Daily, n.opts.Location)
		}
		lines = append(lines, fmt.Sprintf("• %s: %s", topicName(s.Topic), how))
	}
	return strings.Join(lines, "\n")
}

func topicName(topic string) string {
	if t := strings.TrimSpace(topic); t != "" {
		return t
	}
	return "all the talks"
}

func platformName(p string) string {
	switch p {
	case "slack":
		return "Slack"
	case "discord":
		return "Discord"
	}
	return p
}
