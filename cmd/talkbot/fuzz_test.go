package main

import (
	"strings"
	"testing"
	"time"
)

// FuzzConfigValidate: whatever the environment holds, validation does not
// panic, and a rejection is one line that names a variable.
func FuzzConfigValidate(f *testing.F) {
	f.Add("127.0.0.1:8080", "xoxb-1", "xapp-1", "secret", "token", "123", testPublicKey, "slack:T1/U1", "text", "info")
	f.Add("", "", "xapp-1", "", "", "", "", "", "json", "debug")
	f.Add(":0", "xoxb-", "", "s", "", "abc", "zz", "bob,discord:", "xml", "loud")
	f.Fuzz(func(t *testing.T, addr, bot, app, secret, dtoken, guild, pubkey, admins, format, level string) {
		c := &Config{HTTPAddr: addr, LogFormat: format, LogLevel: level, RatePerMinute: 20, Watch: true,
			ShutdownTimeout: time.Second, Admins: strings.Split(admins, ","),
			Platform: PlatformConfig{SlackBotToken: bot, SlackAppToken: app, SlackSigningSecret: secret,
				DiscordBotToken: dtoken, DiscordGuildID: guild, DiscordPublicKey: pubkey}}
		c.trim()
		err := c.validate()
		if err == nil {
			var b strings.Builder
			c.describe(&b)
			for _, s := range []string{bot, app, secret, dtoken} {
				if len(s) > 8 && strings.Contains(b.String(), s) {
					t.Fatalf("describe shows a secret %q:\n%s", s, b.String())
				}
			}
			return
		}
		msg := err.Error()
		if strings.Contains(msg, "\n") {
			t.Fatalf("error of more than one line: %q", msg)
		}
		if !strings.Contains(msg, "TALKBOT_") && !strings.Contains(msg, "SLACK_") && !strings.Contains(msg, "DISCORD_") {
			t.Fatalf("error names no variable: %q", msg)
		}
	})
}
