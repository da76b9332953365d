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
	if from := req.continues(); conv != nil && from != "" {
		var err error
		prev, err = conv.Recent(ctx, from, time.Now().Add(-memoryAge), memoryTurns)
		if err != nil {
			b.logStoreError("reading a conversation", err)
			prev = nil
		}
	}
	cs := b.channelSettings(ctx, req)
	a, asked, ok := b.followUp(ctx, req, prev)
	if !ok {
		asked = Parse(req.Text)
		if asked.Topic == "" && (asked.Intent == Status || asked.Intent == Timeline) {
			asked.Topic = cs.Topic
		}
		a = b.AskQuestion(ctx, asked)
	}
	a.Private = cs.Private
	if conv == nil || a.Error || a.Intent == Help || (thread == "" && !a.Found) {
		return a
	}
	id, err := conv.Remember(ctx, Turn{Thread: thread, Platform: req.Platform, Channel: req.Channel,
		Question: a.Question, Asked: asked, Answer: a, At: time.Now().UTC()})
	if err != nil {
		b.logStoreError("remembering an answer", err)
		return a
	}
	a.TurnID = id
	return a
}

// InThread reports whether the bot takes part in the conversation
// req.Thread names: whether it has answered there (and still remembers
// it). Adapters ask it before answering a thread message that does not
// mention the bot.
func (b *Bot) InThread(ctx context.Context, req Request) bool {
	conv := b.opts.Conversations
	thread := req.continues()
	if conv == nil || thread == "" {
		return false
	}
	turns, err := conv.Recent(ctx, thread, time.Time{}, 1)
	if err != nil {
		b.logStoreError("looking up a thread", err)
		return false
	}
	return len(turns) > 0
}

// channelSettings are the settings of the request's channel; none when
// there is no store or no channel.
func (b *Bot) channelSettings(ctx context.Context, req Request) ChannelSettings {
	if b.opts.Settings == nil || req.Channel == "" {
		return ChannelSettings{}
	}
	cs, err := b.opts.Settings.ChannelSettings(ctx, req.Platform+":"+req.Channel)
	if err != nil {
		b.logStoreError("reading channel settings", err)
		return ChannelSettings{}
	}
	return cs
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
