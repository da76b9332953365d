package main

import (
	"context"
	"io"
	"testing"

	"github.com/talkbot/talkbot/bot"
)

// BenchmarkFirstAnswer is the time from nothing to the first answer on the
// embedded default corpus, as `talkbot ask` spends it after starting: read
// the articles, index them in memory, answer one question.
func BenchmarkFirstAnswer(b *testing.B) {
	b.Setenv("TALKBOT_INDEX_PATH", "")
	for i := 0; i < b.N; i++ {
		ix, err := buildIndex("", io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		a := bot.New(ix, bot.Options{}).Ask(context.Background(), "who said there is no reason to be optimistic")
		if !a.Found {
			b.Fatalf("no answer: %s", a.Summary)
		}
		ix.Close()
	}
}
