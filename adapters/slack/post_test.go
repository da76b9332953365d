package slack

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
)

// A digest goes out through the real SDK to chat.postMessage, and waits
// out a rate limit.
func TestPosterPostsThroughTheWebAPI(t *testing.T) {
	fake := newFakeSlack(t)
	p, err := NewPoster(Config{BotToken: "xoxb-test", APIURL: fake.apiURL(), Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	fake.mu.Lock()
	fake.rateLimit = 1
	fake.mu.Unlock()
	a := bot.Answer{Intent: bot.Status, Found: true, Summary: "New on Northland: 1 sourced statement from “Detainees exchanged” (Harbour Herald, 2026-03-06).",
		Items: []bot.Item{{Kind: corpus.Quote, Speaker: "Ilse Brandt", Text: "Today families are whole again", SaidOn: "2026-03-06",
			Source: corpus.Source{Title: "Detainees exchanged", Outlet: "Harbour Herald", Published: "2026-03-06"}}}}
	if err := p.Post(context.Background(), "T1/C0DIGEST", a); err != nil {
		t.Fatal(err)
	}
	posts := fake.allPosts()
	if len(posts) != 1 || posts[0].Method != "chat.postMessage" || posts[0].Channel != "C0DIGEST" || posts[0].ThreadTS != "" {
		t.Fatalf("posts %+v; want one chat.postMessage to C0DIGEST", posts)
	}
	if got := allTexts(posts[0].Blocks.BlockSet); !strings.Contains(got, "Today families are whole again") || !strings.Contains(got, "New on Northland") {
		t.Errorf("blocks say %q", got)
	}
	if n := fake.attemptsOf("chat.postMessage"); n != 2 {
		t.Errorf("%d attempts; want 2 (one rate limited, one retried)", n)
	}
}

func TestPosterNeedsTheBotToken(t *testing.T) {
	if _, err := NewPoster(Config{SigningSecret: "s"}); err == nil || !strings.Contains(err.Error(), "SLACK_BOT_TOKEN") {
		t.Errorf("NewPoster without a bot token: %v", err)
	}
}
