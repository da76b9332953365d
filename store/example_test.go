package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/store"
)

func ExampleOpen() {
	dir, _ := os.MkdirTemp("", "talkbot")
	defer os.RemoveAll(dir)
	ctx := context.Background()
	s, err := store.Open(ctx, store.Options{Path: filepath.Join(dir, "talkbot.db")})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	s.SetChannelSettings(ctx, "slack:T1/C1", bot.ChannelSettings{Topic: "Gaza", Private: true})
	cs, _ := s.ChannelSettings(ctx, "slack:T1/C1")
	fmt.Println(s.Engine(), cs.Topic, cs.Private)
	dup, _ := s.Seen(ctx, "slack:Ev123", 0)
	fmt.Println("first delivery seen before:", dup)
	// Output:
	// sqlite Gaza true
	// first delivery seen before: false
}
