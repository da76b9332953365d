package bot_test

import (
	"context"
	"fmt"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
)

func Example() {
	src := corpus.Source{Title: "US works on a ceasefire plan", Outlet: "CNN", Published: "2024-09-25"}
	ix, _ := index.New([]corpus.Statement{
		{Kind: corpus.Quote, Speaker: "Antony Blinken", SpeakerTitle: "US Secretary of State", Aliases: []string{"Blinken"},
			Text: "we don't think that war is the solution", SaidOn: "2024-09-25", Where: "NBC News", Source: src},
		{Kind: corpus.Quote, Speaker: "a European diplomat", Text: "no reason to be optimistic right now", SaidOn: "2024-09-25", Source: src},
	})
	defer ix.Close()
	b := bot.New(ix, bot.Options{})
	for _, q := range []string{"who said war is not the solution?", "what did blinkin tell NBC News?", "what did Putin say?"} {
		a := b.Ask(context.Background(), q)
		fmt.Println(a.Intent, a.Found, a.Summary)
	}
	// Output:
	// who_said true Antony Blinken (US Secretary of State) said it on 2024-09-25, NBC News.
	// what_said true Antony Blinken (US Secretary of State) on 2024-09-25, NBC News:
	// what_said false I have no sourced statement from Putin on that.
}
