package discord

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// CommandName is the slash command talkbot registers.
const CommandName = "talks"

// Command returns the definition of /talks: one subcommand per kind of
// question, each with its string options.
func Command() *discordgo.ApplicationCommand {
	str := func(name, desc string, required, autocomplete bool) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString,
			Name: name, Description: desc, Required: required, Autocomplete: autocomplete, MaxLength: 300}
	}
	sub := func(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand,
			Name: name, Description: desc, Options: opts}
	}
	return &discordgo.ApplicationCommand{
		Type:        discordgo.ChatApplicationCommand,
		Name:        CommandName,
		Description: "Ask about the ceasefire and hostage talks, from news articles",
		Options: []*discordgo.ApplicationCommandOption{
			sub("ask", "Ask a question about the talks",
				str("question", "Your question, e.g. who said war is not the solution", true, false)),
			sub("status", "The latest sourced state of the talks",
				str("topic", "A topic, e.g. Gaza or Lebanon", false, false)),
			sub("who", "Who said these words",
				str("words", "Words someone said", true, false)),
			sub("quotes", "What a person said, newest first",
				str("person", "A person's name", true, true)),
			sub("timeline", "The talks over time",
				str("topic", "A topic, e.g. Gaza or Lebanon", false, false)),
			sub("sources", "The articles the answers come from"),
			sub("help", "How to ask"),
			sub("add", "Read a news page and add its article (admins)",
				str("url", "The page's address, https://…", true, false)),
			sub("subscribe", "Post the new sourced statements on a topic in this channel",
				str("topic", "A topic, e.g. Gaza; leave out for all the talks", false, false),
				str("daily", "Instead, a daily digest at this time, HH:MM, e.g. 08:30", false, false)),
			sub("unsubscribe", "Stop the posts on a topic in this channel",
				str("topic", "The topic subscribed to; leave out for all the talks", false, false)),
			sub("subscriptions", "What this channel follows"),
			sub("config", "This channel's settings: show them, or (admins) change them",
				str("setting", "topic <talks> · topic none · answers private · answers public", false, false)),
		},
	}
}

// sameCommands reports whether the registered commands are exactly want,
// comparing only what talkbot sets (Discord adds IDs, versions and defaults).
func sameCommands(have, want []*discordgo.ApplicationCommand) bool {
	key := func(cs []*discordgo.ApplicationCommand) []string {
		out := make([]string, 0, len(cs))
		for _, c := range cs {
			if c == nil {
				continue
			}
			t := c.Type
			if t == 0 {
				t = discordgo.ChatApplicationCommand
			}
			out = append(out, fmt.Sprintf("%d/%s/%s{%s}", t, c.Name, c.Description, optionsKey(c.Options)))
		}
		slices.Sort(out)
		return out
	}
	return slices.Equal(key(have), key(want))
}

func optionsKey(opts []*discordgo.ApplicationCommandOption) string {
	var b strings.Builder
	for _, o := range opts {
		if o == nil {
			continue
		}
		fmt.Fprintf(&b, "(%d|%q|%q|%t|%t|%d|%d|", o.Type, o.Name, o.Description, o.Required, o.Autocomplete, o.MaxLength, len(o.Choices))
		for _, c := range o.Choices {
			fmt.Fprintf(&b, "%q=%v;", c.Name, c.Value)
		}
		b.WriteString(optionsKey(o.Options))
		b.WriteString(")")
	}
	return b.String()
}

// commandAPI is the part of discordgo's session that registration uses.
type commandAPI interface {
	ApplicationCommands(appID, guildID string, options ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error)
	ApplicationCommandBulkOverwrite(appID, guildID string, cmds []*discordgo.ApplicationCommand, options ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error)
}

// register makes /talks the application's command set in the guild (or
// globally when guildID is empty), writing only when it differs from what is
// registered: global command writes are rate limited and take time to
// spread. It reports whether it wrote.
func register(ctx context.Context, api commandAPI, appID, guildID string) (bool, error) {
	if appID == "" {
		return false, fmt.Errorf("discord: register /%s: no application ID", CommandName)
	}
	want := []*discordgo.ApplicationCommand{Command()}
	have, err := api.ApplicationCommands(appID, guildID, discordgo.WithContext(ctx))
	if err != nil {
		return false, fmt.Errorf("discord: list commands: %w", err)
	}
	if sameCommands(have, want) {
		return false, nil
	}
	if _, err := api.ApplicationCommandBulkOverwrite(appID, guildID, want, discordgo.WithContext(ctx)); err != nil {
		return false, fmt.Errorf("discord: register /%s: %w", CommandName, err)
	}
	return true, nil
}
