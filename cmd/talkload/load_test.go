package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/talkbot/talkbot/adapters/discord"
	"github.com/talkbot/talkbot/adapters/slack"
	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
)

// TestLoad drives the real adapters and bot with signed requests at a
// fixed rate over loopback: every request is answered, none fails.
func TestLoad(t *testing.T) {
	c, err := corpus.Load(corpus.Options{}, "../../corpus/testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.New(c.Statements)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	b := bot.New(ix, bot.Options{RatePerMinute: 20})
	b.Ask(context.Background(), "who said war is not the solution") // a warm server, as after start-up
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	sh, err := slack.NewHTTP(slack.Config{BotToken: "xoxb-test", SigningSecret: "s3cret", Logger: log}, b)
	if err != nil {
		t.Fatal(err)
	}
	dh, err := discord.NewInteractions(discord.Config{PublicKey: hex.EncodeToString(pub), Logger: log}, b)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	sh.Register(mux)
	mux.Handle("POST /discord/interactions", dh)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	rep, err := Run(context.Background(), Config{BaseURL: srv.URL, Rate: 20, Duration: 2 * time.Second, SlackSecret: "s3cret", DiscordKey: priv})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + rep.String())
	sent := 0
	for _, r := range rep.Results {
		sent += r.Sent
		if r.Errors != 0 {
			t.Errorf("%s: %d errors, first: %s", r.Platform, r.Errors, r.FirstError)
		}
		// Under the race detector the bot is tens of times slower; the
		// platforms' deadline is what must hold.
		if r.P99 >= 3*time.Second {
			t.Errorf("%s: p99 %v misses the platforms' 3 s", r.Platform, r.P99)
		}
	}
	if sent != 40 {
		t.Errorf("sent %d requests; want 40", sent)
	}
}

func TestRefusesRemoteTargets(t *testing.T) {
	if err := run(context.Background(), []string{"-addr", "10.0.0.1:80", "-slack-secret", "x"}, io.Discard); err == nil {
		t.Fatal("a non-loopback target should be refused")
	}
}
