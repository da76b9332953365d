package runner

import (
	"context"
	"errors"
	"testing"

	"github.com/talkbot/talkbot/bot"
)

type voter struct {
	recorded bool
	err      error
}

func (voter) Handle(context.Context, bot.Request) bot.Answer { return bot.Answer{} }
func (v voter) Vote(context.Context, string, string, bool) (bool, error) {
	return v.recorded, v.err
}

type deaf struct{}

func (deaf) Handle(context.Context, bot.Request) bot.Answer { return bot.Answer{} }

// TestVote: what a press of a feedback button becomes, told privately;
// only a failure to record it is an error to log.
func TestVote(t *testing.T) {
	failed := errors.New("disk full")
	tests := []struct {
		h       Handler
		up      bool
		summary string
		err     error
	}{
		{voter{recorded: true}, true, "Thanks! Glad it helped.", nil},
		{voter{recorded: true}, false, "Thanks for saying so. The answer is kept, with its sources, for whoever looks after me.", nil},
		{voter{}, true, "You have rated this answer already; thanks.", nil},
		{voter{err: bot.ErrNotFound}, true, "That answer is too old to rate now; ask again and rate the new answer.", nil},
		{voter{err: failed}, true, "Sorry, I could not record that; please try again.", failed},
		{deaf{}, true, "Thanks; feedback is not being recorded here.", nil},
	}
	for _, tt := range tests {
		a, err := Vote(context.Background(), tt.h, "t1", "u1", tt.up)
		if a.Summary != tt.summary || !errors.Is(err, tt.err) || err == nil != (tt.err == nil) || !a.Private || a.Intent != "feedback" {
			t.Errorf("Vote(%T %+v, up %v) = %+v, %v; want %q, %v", tt.h, tt.h, tt.up, a, err, tt.summary, tt.err)
		}
	}
}
