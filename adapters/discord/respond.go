package discord

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talkbot/talkbot/adapters/runner"
	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/panics"
)

// restAPI is the part of discordgo's session used after the first
// interaction response: editing it and sending follow-ups.
type restAPI interface {
	InteractionResponseEdit(i *discordgo.Interaction, edit *discordgo.WebhookEdit, options ...discordgo.RequestOption) (*discordgo.Message, error)
	InteractionResponseDelete(i *discordgo.Interaction, options ...discordgo.RequestOption) error
	FollowupMessageCreate(i *discordgo.Interaction, wait bool, data *discordgo.WebhookParams, options ...discordgo.RequestOption) (*discordgo.Message, error)
}

// replyCommand answers a /talks interaction. It waits up to the reply
// window for the answer: when it comes in time, first is a type 4 response
// with it; otherwise first defers (type 5) and later edits the original
// response once the answer is ready. later, when not nil, must run after
// first was delivered; it sends any further messages.
func (c *core) replyCommand(ctx context.Context, i *discordgo.Interaction, api restAPI) (first *discordgo.InteractionResponse, later func()) {
	text, err := commandText(i.ApplicationCommandData())
	if err != nil {
		c.log.Warn("unknown command", "command", i.ApplicationCommandData().Name)
		a := bot.Answer{Intent: bot.None, Error: true, Summary: "I only know /" + CommandName + "."}
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: responseData(Messages(a)[0], true)}, nil
	}
	req := request(text, userOf(i), i.ChannelID)
	if runner.ChangesSettings(text) {
		req.Manager = managesChannel(i)
	}
	c.log.Debug("command", "interaction", i.ID, "user", req.User)
	answer := c.start(req)
	timer := time.NewTimer(c.set.replyWithin)
	defer timer.Stop()
	select {
	case a := <-answer:
		msgs, private := Messages(a), a.ForAsker()
		first = &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: responseData(msgs[0], private)}
		if len(msgs) > 1 {
			later = func() { c.followups(ctx, api, i, msgs[1:], private) }
		}
		return first, later
	case <-timer.C:
	}
	// Help is known to be private before it is ready; other answers turn
	// out private only when they report an error.
	private := isHelp(text)
	first = &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	if private {
		first.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
	}
	return first, func() {
		a := <-answer
		msgs := Messages(a)
		if a.ForAsker() && !private {
			// The deferred response is public: replace it with a
			// message only the asker sees.
			if err := retryUnknown(ctx, func() error { return api.InteractionResponseDelete(i, discordgo.WithContext(ctx)) }); err != nil {
				c.log.Error("delete deferred response", "interaction", i.ID, "err", err)
			}
			c.followups(ctx, api, i, msgs, true)
			return
		}
		err := retryUnknown(ctx, func() error {
			_, err := api.InteractionResponseEdit(i, webhookEdit(msgs[0]), discordgo.WithContext(ctx))
			return err
		})
		if err != nil {
			c.log.Error("edit deferred response", "interaction", i.ID, "err", err)
			return
		}
		c.followups(ctx, api, i, msgs[1:], private)
	}
}

// managesChannel reports whether the member who sent i may manage the
// channel it was sent in: Discord gives each interaction the member's
// permissions there, overwrites included, and a member with Manage
// Channels (or Administrator) is what Slack calls a channel manager.
func managesChannel(i *discordgo.Interaction) bool {
	if i.GuildID == "" || i.Member == nil {
		return false
	}
	return i.Member.Permissions&(discordgo.PermissionManageChannels|discordgo.PermissionAdministrator) != 0
}

// followups sends msgs as interaction follow-up messages, in order.
func (c *core) followups(ctx context.Context, api restAPI, i *discordgo.Interaction, msgs []*discordgo.MessageSend, private bool) {
	for _, m := range msgs {
		err := retryUnknown(ctx, func() error {
			_, err := api.FollowupMessageCreate(i, true, followup(m, private), discordgo.WithContext(ctx))
			return err
		})
		if err != nil {
			c.log.Error("send follow-up", "interaction", i.ID, "err", err)
			return
		}
	}
}

// retryUnknown runs call, and again after a pause when Discord answers 404:
// a follow-up can reach Discord before it has taken in the first response
// (with HTTP interactions, it is sent as that response is written). Other
// errors are not retried, so nothing is sent twice.
func retryUnknown(ctx context.Context, call func() error) error {
	var err error
	for _, pause := range []time.Duration{250 * time.Millisecond, time.Second, 0} {
		err = call()
		var rest *discordgo.RESTError
		if err == nil || !errors.As(err, &rest) || rest.Response == nil || rest.Response.StatusCode != http.StatusNotFound || pause == 0 {
			return err
		}
		select {
		case <-time.After(pause):
		case <-ctx.Done():
			return err
		}
	}
	return err
}

// autocompleteResponse is the type 8 response. discordgo's
// InteractionResponseData omits an empty choices list, which Discord needs.
type autocompleteResponse struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data struct {
		Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
	} `json:"data"`
}

// maxChoices is Discord's limit of autocomplete choices.
const maxChoices = 25

// autocomplete suggests speakers for /talks quotes person.
func (c *core) autocomplete(i *discordgo.Interaction) *autocompleteResponse {
	resp := &autocompleteResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult}
	resp.Data.Choices = []*discordgo.ApplicationCommandOptionChoice{}
	data := i.ApplicationCommandData()
	lister, ok := c.h.(SpeakerLister)
	if data.Name != CommandName || !ok || len(data.Options) == 0 {
		return resp
	}
	typed, found := "", false
	for _, o := range data.Options[0].Options {
		if o.Focused {
			typed, _ = o.Value.(string)
			found = o.Name == "person"
		}
	}
	if !found {
		return resp
	}
	var speakers []string
	if p := panics.Call(func() { speakers = lister.Speakers() }); p != nil {
		p.Log(c.log, "Speakers panicked")
		speakers = nil
	}
	for _, name := range matchSpeakers(speakers, typed, maxChoices) {
		resp.Data.Choices = append(resp.Data.Choices, &discordgo.ApplicationCommandOptionChoice{Name: name, Value: name})
	}
	return resp
}

// matchSpeakers returns up to max names that match typed, case-insensitively:
// names that start with it, then names with a word that starts with it, then
// names that contain it. Names over Discord's 100-character choice limit are
// left out.
func matchSpeakers(names []string, typed string, max int) []string {
	typed = strings.ToLower(strings.Join(strings.Fields(typed), " "))
	var groups [3][]string
	seen := map[string]bool{}
	for _, n := range names {
		n = strings.Join(strings.Fields(n), " ")
		low := strings.ToLower(n)
		if n == "" || ulen(n) > 100 || seen[low] {
			continue
		}
		rank := -1
		switch {
		case strings.HasPrefix(low, typed):
			rank = 0
		case strings.Contains(" "+low, " "+typed):
			rank = 1
		case strings.Contains(low, typed):
			rank = 2
		}
		if rank >= 0 {
			seen[low] = true
			groups[rank] = append(groups[rank], n)
		}
	}
	out := slices.Concat(groups[0], groups[1], groups[2])
	if len(out) > max {
		out = out[:max]
	}
	return out
}

// isHelp: texts the bot answers with its help, which is private.
func isHelp(text string) bool {
	switch strings.ToLower(strings.TrimSpace(text)) {
	case "", "help", "?", "hi", "hello", "hey", "commands", "usage":
		return true
	}
	return false
}
