package discord

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/talkbot/talkbot/adapters/runner"
	"github.com/talkbot/talkbot/bot"
)

// Voter is an optional ability of a Handler: recording a 👍 or 👎 on an
// answer (see runner.Voter).
type Voter = runner.Voter

// Feedback buttons' custom IDs: "fb:up:<turn>" and "fb:down:<turn>".
const (
	feedbackUp   = "fb:up:"
	feedbackDown = "fb:down:"
)

// feedbackButtons is the row of 👍 / 👎 buttons under an answer.
func feedbackButtons(turnID string) []discordgo.MessageComponent {
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Helpful", Emoji: &discordgo.ComponentEmoji{Name: "👍"}, Style: discordgo.SecondaryButton, CustomID: feedbackUp + turnID},
		discordgo.Button{Label: "Wrong or unhelpful", Emoji: &discordgo.ComponentEmoji{Name: "👎"}, Style: discordgo.SecondaryButton, CustomID: feedbackDown + turnID},
	}}}
}

// component answers a press of a message component: the feedback buttons
// are recorded and the presser thanked privately (type 4, ephemeral).
func (c *core) component(ctx context.Context, i *discordgo.Interaction) *discordgo.InteractionResponse {
	id := i.MessageComponentData().CustomID
	var turn string
	var up bool
	switch {
	case strings.HasPrefix(id, feedbackUp):
		turn, up = strings.TrimPrefix(id, feedbackUp), true
	case strings.HasPrefix(id, feedbackDown):
		turn = strings.TrimPrefix(id, feedbackDown)
	}
	a := bot.Answer{Intent: "feedback", Private: true, Summary: "I do not know that button."}
	if turn != "" {
		var err error
		if a, err = runner.Vote(ctx, c.h, turn, Platform+":"+userOf(i), up); err != nil {
			c.log.Error("recording feedback failed", "interaction", i.ID, "err", err)
		}
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: responseData(Messages(a)[0], true)}
}
