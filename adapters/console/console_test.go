package console

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
)

func TestChat(t *testing.T) {
	src := corpus.Source{Title: "US works on a ceasefire plan", Outlet: "CNN", Published: "2024-09-25", URL: "https://example.com/a"}
	ix, err := index.New([]corpus.Statement{
		{Kind: corpus.Quote, Speaker: "Antony Blinken", SpeakerTitle: "US Secretary of State", Text: "we don't think that war is the solution", SaidOn: "2024-09-25", Where: "NBC News", Source: src},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	in := strings.NewReader("who said war is not the solution\n\nwhat did Putin say?\nquit\nnever read\n")
	var out bytes.Buffer
	if err := New(bot.New(ix, bot.Options{}), in, &out).Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"Antony Blinken (US Secretary of State) said it on 2024-09-25, NBC News.",
		"1. “we don't think that war is the solution”",
		"— Antony Blinken, US Secretary of State · 2024-09-25 · NBC News",
		"source: US works on a ceasefire plan (CNN, 2024-09-25) https://example.com/a",
		"I have no sourced statement from Putin on that.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("chat output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "never read") || strings.Count(got, "> ") != 4 {
		t.Errorf("chat should stop at quit after 4 prompts:\n%s", got)
	}
}

// TestChatStopsOnCancel: an interrupt ends the chat while it waits for input.
func TestChatStopsOnCancel(t *testing.T) {
	ix, err := index.New([]corpus.Statement{{Kind: corpus.Fact, Speaker: "a", Text: "talks resumed on Monday"}})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	pr, pw := io.Pipe() // never written: the user is thinking
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var out bytes.Buffer
	go func() { done <- New(bot.New(ix, bot.Options{}), pr, &out).Run(ctx) }()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("chat did not stop when cancelled")
	}
}
