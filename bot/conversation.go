package bot

import (
	"context"
	"fmt"
	"time"
)

// How much of a conversation is remembered: a follow-up is read against
// the thread's turns of the last memoryAge, at most memoryTurns of them.
const (
	memoryAge   = 24 * time.Hour
	memoryTurns = 5
)

// converse answers a question that may belong to a conversation: with
// Conversations set, a question in a thread is read against the thread's
// earlier turns, and the answer is remembered.
func (b *Bot) converse(ctx context.Context, req Request) Answer {
	conv := b.opts.Conversations
	thread := req.conversation()
	var prev []Turn
	if conv != nil && thread != "" {
		var err error
		prev, err = conv.Recent(ctx, thread, time.Now().Add(-memoryAge), memoryTurns)
		if err != nil {
			b.logStoreError("reading a conversation", err)
			prev = nil
		}
	}
	a, shown := b.followUp(ctx, req, prev)
	if conv == nil || a.Error || a.Intent == Help || (thread == "" && !a.Found) {
		return a
	}
	id, err := conv.Remember(ctx, Turn{Thread: thread, Platform: req.Platform, Channel: req.Channel,
		Question: a.Question, Answer: a, At: time.Now().UTC(), Shown: shown})
	if err != nil {
		b.logStoreError("remembering an answer", err)
		return a
	}
	a.TurnID = id
	return a
}

// Vote records a 👍 (up) or 👎 from user on the answer remembered as
// turnID. It reports whether the vote was recorded: false when the user
// had voted on that answer already. An unknown turn is ErrNotFound.
func (b *Bot) Vote(ctx context.Context, turnID, user string, up bool) (bool, error) {
	if b.opts.Conversations == nil || b.opts.Feedback == nil {
		return false, fmt.Errorf("vote: no store for feedback")
	}
	t, err := b.opts.Conversations.Turn(ctx, turnID)
	if err != nil {
		return false, fmt.Errorf("vote on %s: %w", turnID, err)
	}
	ok, err := b.opts.Feedback.RecordVote(ctx, Vote{TurnID: t.ID, UserHash: HashUser(user), Up: up,
		Platform: t.Platform, Channel: t.Channel, Question: t.Question, Items: t.Answer.Items, At: time.Now().UTC()})
	if err != nil {
		return false, fmt.Errorf("vote on %s: %w", turnID, err)
	}
	return ok, nil
}

// logStoreError records a store failure; the user still gets an answer.
func (b *Bot) logStoreError(what string, err error) {
	if b.opts.Logger != nil {
		b.opts.Logger.Error("store failed", "while", what, "err", err.Error())
	}
}
