package main

import (
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/internal/replay"
)

// TestFrontDoors: each platform builds the doors its settings name, and
// only those; each door can be run, or mounted and shut down.
func TestFrontDoors(t *testing.T) {
	key := strings.Repeat("ab", 32)
	tests := []struct {
		name string
		p    PlatformConfig
		want []string
	}{
		{"nothing", PlatformConfig{}, nil},
		{"Slack slash commands", PlatformConfig{SlackSigningSecret: "s"}, []string{"slack"}},
		{"Slack everywhere", PlatformConfig{SlackBotToken: "xoxb-1", SlackAppToken: "xapp-1", SlackSigningSecret: "s"}, []string{"slack socket mode", "slack"}},
		{"Discord everywhere", PlatformConfig{DiscordBotToken: "tok", DiscordPublicKey: key}, []string{"discord gateway", "discord"}},
		{"both over HTTP", PlatformConfig{SlackSigningSecret: "s", DiscordPublicKey: key}, []string{"slack", "discord"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := NewMain(&Config{HTTPAddr: "127.0.0.1:0", Platform: tt.p}, io.Discard)
			m.core = &core{}
			var got []string
			for _, p := range platforms {
				doors, err := p(m, replay.NewMemory())
				if err != nil {
					t.Fatal(err)
				}
				for _, d := range doors {
					if (d.run == nil) == (d.mount == nil) || (d.mount != nil) != (d.shutdown != nil) {
						t.Errorf("door %q: want either run, or mount with shutdown", d.name)
					}
					got = append(got, d.name)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("doors %q; want %q", got, tt.want)
			}
		})
	}
}
