package discord

import (
	"context"
	"errors"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/talkbot/talkbot/bot"
)

// Voter is an optional ability of a Handler: recording a 👍 or 👎 from user
// on the answer remembered as turnID (bot.Answer.TurnID). It reports
// whether the vote was recorded (false: that user had voted on it) and
// bot.ErrNotFound for an answer no longer remembered.
type Voter interface {
	Vote(ctx context.Context, turnID, user string, up bool) (bool, error)
}

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
	a := bot.Answer{Intent: "feedback", Private: true}
	var turn string
	var up bool
	switch {
	case strings.HasPrefix(id, feedbackUp):
		turn, up = strings.TrimPrefix(id, feedbackUp), true
	case strings.HasPrefix(id, feedbackDown):
		turn = strings.TrimPrefix(id, feedbackDown)
	}
	v, ok := c.h.(Voter)
	switch {
	case turn == "":
		a.Summary = "I do not know that button."
	case !ok:
		a.Summary = "Thanks; feedback is not being recorded here."
	default:
		recorded, err := v.Vote(ctx, turn, Platform+":"+userOf(i), up)
		switch {
		case errors.Is(err, bot.ErrNotFound):
			a.Summary = "That answer is too old to rate now; ask again and rate the new answer."
		case err != nil:
			c.log.Error("recording feedback failed", "interaction", i.ID, "err", err)
			a.Summary = "Sorry, I could not record that; please try again."
		case !recorded:
			a.Summary = "You have rated this answer already; thanks."
		case up:
			a.Summary = "Thanks! Glad it helped."
		default:
			a.Summary = "Thanks for saying so. The answer is kept, with its sources, for whoever looks after me."
		}
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: responseData(Messages(a)[0], true)}
}
