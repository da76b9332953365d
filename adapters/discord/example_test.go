package discord_test

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"

	"github.com/talkbot/talkbot/adapters/discord"
	"github.com/talkbot/talkbot/bot"
)

// echo stands in for the bot core.
type echo struct{}

func (echo) Handle(_ context.Context, req bot.Request) bot.Answer {
	return bot.Answer{Question: req.Text, Found: true, Summary: "You asked: " + req.Text}
}

// The gateway needs only the bot token; it runs until the context ends.
func ExampleNewGateway() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	g, err := discord.NewGateway(discord.Config{
		Token:   os.Getenv("DISCORD_BOT_TOKEN"),
		GuildID: os.Getenv("DISCORD_GUILD_ID"),
	}, echo{})
	if err != nil {
		log.Fatal(err)
	}
	if err := g.Run(ctx); err != nil {
		log.Fatal(err)
	}
}

// The HTTP endpoint is an http.Handler to mount on talkbot serve's mux.
func ExampleNewInteractions() {
	it, err := discord.NewInteractions(discord.Config{PublicKey: os.Getenv("DISCORD_PUBLIC_KEY")}, echo{})
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("POST /discord/interactions", it)
	srv := &http.Server{Addr: os.Getenv("TALKBOT_HTTP_ADDR"), Handler: mux}
	go srv.ListenAndServe()
	// At shutdown: stop the server, then let deferred answers be sent.
	srv.Shutdown(context.Background())
	it.Shutdown(context.Background())
}
