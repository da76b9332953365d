package slack_test

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/talkbot/talkbot/adapters/slack"
	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
)

// core stands in for talkbot's answering core.
type core struct{}

func (core) Handle(ctx context.Context, req bot.Request) bot.Answer {
	return bot.Answer{Question: req.Text, Found: false, Summary: "I found no sourced statement about that."}
}

func ExampleBlocks() {
	blocks, fallback := slack.Blocks(bot.Answer{
		Found:   true,
		Summary: "Antony Blinken said it on 2024-09-25, to NBC News.",
		Items: []bot.Item{{
			Kind: corpus.Quote, Speaker: "Antony Blinken", SpeakerTitle: "US Secretary of State",
			Text: "we don't think that war is the solution", SaidOn: "2024-09-25", Where: "NBC News",
			Source: corpus.Source{Title: "US works on a ceasefire plan", Outlet: "CNN", URL: "https://example.com/a", Published: "2024-09-25"},
		}},
		AsOf: "2024-09-26",
	})
	fmt.Println(len(blocks), "blocks")
	fmt.Println(fallback)
	// Output:
	// 3 blocks
	// Antony Blinken said it on 2024-09-25, to NBC News.
	// “we don't think that war is the solution” — Antony Blinken, US Secretary of State (2024-09-25, NBC News). Source: US works on a ceasefire plan, CNN, https://example.com/a
	// As of 2024-09-26
}

// Socket Mode needs no public address: Run dials out and answers until the
// context ends.
func ExampleNewSocketMode() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	sm, err := slack.NewSocketMode(slack.Config{
		BotToken: os.Getenv("SLACK_BOT_TOKEN"),
		AppToken: os.Getenv("SLACK_APP_TOKEN"),
	}, core{})
	if err != nil {
		log.Fatal(err)
	}
	if err := sm.Run(ctx); err != nil {
		log.Fatal(err)
	}
}

// Over HTTP the adapter adds its three paths to the server's mux; after the
// server has stopped, Shutdown lets late answers reach Slack.
func ExampleNewHTTP() {
	h, err := slack.NewHTTP(slack.Config{
		BotToken:      os.Getenv("SLACK_BOT_TOKEN"),
		SigningSecret: os.Getenv("SLACK_SIGNING_SECRET"),
	}, core{})
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	h.Register(mux) // POST /slack/commands, /slack/events, /slack/interactions
	srv := &http.Server{Addr: os.Getenv("TALKBOT_HTTP_ADDR"), Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	if err := srv.ListenAndServe(); err != http.ErrServerClosed {
		log.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_ = h.Shutdown(ctx)
}
