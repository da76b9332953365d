package runner

import (
	"context"
	"errors"

	"github.com/talkbot/talkbot/bot"
)

// Voter is an optional ability of a Handler: recording a 👍 or 👎 from user
// on the answer remembered as turnID (bot.Answer.TurnID). It reports
// whether the vote was recorded (false: that user had voted on it) and
// bot.ErrNotFound for an answer no longer remembered.
type Voter interface {
	Vote(ctx context.Context, turnID, user string, up bool) (bool, error)
}

// Vote records one press of an answer's feedback buttons with h, when h is
// a Voter, and returns the private answer that says what became of it to
// the presser. The error is one in recording the vote, for the adapter to
// log; the answer already apologises for it.
func Vote(ctx context.Context, h Handler, turnID, user string, up bool) (bot.Answer, error) {
	a := bot.Answer{Intent: "feedback", Private: true}
	v, ok := h.(Voter)
	if !ok {
		a.Summary = "Thanks; feedback is not being recorded here."
		return a, nil
	}
	recorded, err := v.Vote(ctx, turnID, user, up)
	switch {
	case errors.Is(err, bot.ErrNotFound):
		a.Summary = "That answer is too old to rate now; ask again and rate the new answer."
		return a, nil
	case err != nil:
		a.Summary = "Sorry, I could not record that; please try again."
		return a, err
	case !recorded:
		a.Summary = "You have rated this answer already; thanks."
	case up:
		a.Summary = "Thanks! Glad it helped."
	default:
		a.Summary = "Thanks for saying so. The answer is kept, with its sources, for whoever looks after me."
	}
	return a, nil
}
