package discord

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
)

// A digest goes out through the real SDK as a channel message, with the
// bot token, and waits out a rate limit.
func TestPosterPostsChannelMessages(t *testing.T) {
	fd := newFakeDiscord(t)
	log, _ := newLogger()
	p, err := newPoster(Config{Token: "bot-token", Logger: log}, withHTTPClient(fd.client()))
	if err != nil {
		t.Fatal(err)
	}
	fd.rateLimit("/api/v9/channels/", 1)
	a := bot.Answer{Intent: bot.Status, Found: true, Summary: "New on Northland: 1 sourced statement.",
		Items: []bot.Item{{Kind: corpus.Quote, Speaker: "Ilse Brandt", Text: "Today families are whole again", SaidOn: "2026-03-06",
			Source: corpus.Source{Title: "Detainees exchanged", Outlet: "Harbour Herald", Published: "2026-03-06"}}}}
	if err := p.Post(context.Background(), testChan, a); err != nil {
		t.Fatal(err)
	}
	calls := fd.find("POST", "/api/v9/channels/"+testChan+"/messages")
	if len(calls) != 2 {
		t.Fatalf("%d POSTs to the channel; want 2 (one rate limited, one retried)", len(calls))
	}
	var msg struct {
		Content string `json:"content"`
		Embeds  []struct {
			Description string `json:"description"`
		} `json:"embeds"`
	}
	if err := json.Unmarshal(calls[1].Body, &msg); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msg.Content, "New on Northland") || len(msg.Embeds) != 1 || !strings.Contains(msg.Embeds[0].Description, "Today families are whole again") {
		t.Errorf("message %s", calls[1].Body)
	}
}

func TestPosterNeedsTheBotToken(t *testing.T) {
	if _, err := NewPoster(Config{PublicKey: strings.Repeat("ab", 32)}); err == nil || !strings.Contains(err.Error(), "DISCORD_BOT_TOKEN") {
		t.Errorf("NewPoster without a token: %v", err)
	}
}
