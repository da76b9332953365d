package slack

import (
	"context"
	"encoding/json"

	slackapi "github.com/slack-go/slack"

	"github.com/talkbot/talkbot/adapters/runner"
	"github.com/talkbot/talkbot/bot"
)

// Voter is an optional ability of a Handler: recording a 👍 or 👎 on an
// answer (see runner.Voter). Without it, answers carry no feedback
// buttons' effect: presses are acknowledged and dropped.
type Voter = runner.Voter

// The feedback buttons' action IDs; their value is the answer's TurnID.
const (
	feedbackBlockID = "feedback"
	actionUp        = "feedback_up"
	actionDown      = "feedback_down"
)

// feedbackButtons is the 👍 / 👎 actions block under an answer.
func feedbackButtons(turnID string) *slackapi.ActionBlock {
	up := slackapi.NewButtonBlockElement(actionUp, turnID, slackapi.NewTextBlockObject(slackapi.PlainTextType, "👍 Helpful", true, false))
	down := slackapi.NewButtonBlockElement(actionDown, turnID, slackapi.NewTextBlockObject(slackapi.PlainTextType, "👎 Wrong or unhelpful", true, false))
	return slackapi.NewActionBlock(feedbackBlockID, up, down)
}

// onInteraction records the feedback buttons pressed in cb and thanks the
// presser, privately. Other interactions are ignored.
func (r *responder) onInteraction(cb slackapi.InteractionCallback) {
	if cb.Type != slackapi.InteractionTypeBlockActions {
		return
	}
	for _, act := range cb.ActionCallback.BlockActions {
		if act == nil || (act.ActionID != actionUp && act.ActionID != actionDown) || act.Value == "" {
			continue
		}
		up := act.ActionID == actionUp
		turn := act.Value
		user := "slack:" + teamOf(cb) + "/" + cb.User.ID
		t := target{channel: cb.Channel.ID, user: cb.User.ID, responseURL: cb.ResponseURL}
		if t.channel == "" {
			t.channel = cb.Container.ChannelID
		}
		r.pool.Go(bot.Request{}, func(ctx context.Context) {
			r.deliverOrApologize(ctx, t, r.vote(ctx, turn, user, up))
		}, nil)
	}
}

// vote records one press and says what became of it.
func (r *responder) vote(ctx context.Context, turn, user string, up bool) bot.Answer {
	a, err := runner.Vote(ctx, r.core, turn, user, up)
	if err != nil {
		r.log.Error("recording feedback failed", "err", loggable(err))
	}
	return a
}

func teamOf(cb slackapi.InteractionCallback) string {
	if cb.Team.ID != "" {
		return cb.Team.ID
	}
	return cb.User.TeamID
}

// parseInteraction reads the payload of an interaction request.
func parseInteraction(payload string) (slackapi.InteractionCallback, error) {
	var cb slackapi.InteractionCallback
	err := json.Unmarshal([]byte(payload), &cb)
	return cb, err
}
