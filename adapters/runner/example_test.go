package runner_test

import (
	"context"
	"fmt"
	"time"

	"github.com/talkbot/talkbot/adapters/runner"
	"github.com/talkbot/talkbot/bot"
)

// An adapter strips the mention, checks the event is new, and hands the
// answering to the pool; a refused job is told the bot is busy.
func Example() {
	pool := runner.New(runner.Config{Workers: 2})
	seen := runner.NewDedupe(nil, nil)
	ctx := context.Background()

	for _, ev := range []struct{ id, text string }{{"Ev1", "<@UBOT> status gaza"}, {"Ev1", "<@UBOT> status gaza"}} {
		if !seen.First(ctx, "event:"+ev.id, time.Hour) {
			fmt.Println("delivered again:", ev.id)
			continue
		}
		text, _ := runner.StripMention(ev.text, "UBOT")
		req := bot.Request{Text: text, Platform: "example"}
		done := make(chan struct{})
		if !pool.Go(req, func(ctx context.Context) { fmt.Println("answering:", req.Text); close(done) }, nil) {
			fmt.Println(runner.BusyText)
			continue
		}
		<-done
	}
	pool.Close(ctx)
	// Output:
	// answering: status gaza
	// delivered again: Ev1
}
