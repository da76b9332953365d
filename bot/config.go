package bot

import (
	"context"
	"fmt"
	"strings"
)

// ConfigCommand is the "config" command, to be registered in
// Options.Commands, over a channel's settings:
//
//	config                          show them
//	config topic <talks>            the talks a question means when it names none
//	config topic none               no default topic
//	config answers private|public   answers shown only to the asker, or to all
//
// Anyone may look; only admins and channel managers may change them.
func ConfigCommand(s Settings) Command {
	return Command{Run: func(ctx context.Context, c Call) Answer {
		a := Answer{Intent: "config", Error: true}
		if c.Channel == "" {
			a.Summary = "Settings belong to a channel; use this command in one."
			return a
		}
		key := c.Platform + ":" + c.Channel
		cs, err := s.ChannelSettings(ctx, key)
		if err != nil {
			a.Summary = "Sorry, I could not read this channel's settings."
			return a
		}
		what, value, _ := strings.Cut(c.Args, " ")
		what, value = strings.ToLower(what), strings.TrimSpace(value)
		switch what {
		case "", "show":
			return configShown(a, cs, "This channel's settings:")
		case "topic", "answers":
		default:
			a.Summary = fmt.Sprintf("I have no setting called %q.", what)
			a.Note = configHelp
			return a
		}
		if !c.Admin {
			a.Summary = "Only the bot's admins and the channel's managers can change its settings."
			return a
		}
		switch {
		case what == "topic" && value == "":
			a.Summary = "Which talks? For example: config topic Gaza ceasefire (or config topic none)."
			return a
		case what == "topic" && strings.EqualFold(value, "none"):
			cs.Topic = ""
		case what == "topic":
			cs.Topic = clean(value)
		case strings.EqualFold(value, "private"):
			cs.Private = true
		case strings.EqualFold(value, "public"):
			cs.Private = false
		default:
			a.Summary = "Answers are private or public: config answers private, or config answers public."
			return a
		}
		if err := s.SetChannelSettings(ctx, key, cs); err != nil {
			a.Summary = "Sorry, I could not save this channel's settings."
			return a
		}
		return configShown(a, cs, "Saved. This channel's settings:")
	}}
}

const configHelp = "config topic <talks> · config topic none · config answers private|public"

func configShown(a Answer, cs ChannelSettings, head string) Answer {
	topic := "none (questions name their talks)"
	if cs.Topic != "" {
		topic = cs.Topic + " (when a question names no talks)"
	}
	answers := "public (everyone in the channel sees them)"
	if cs.Private {
		answers = "private (only the asker sees them)"
	}
	a.Error, a.Found = false, true
	a.Summary = fmt.Sprintf("%s topic: %s · answers: %s", head, topic, answers)
	a.Note = configHelp
	return a
}
