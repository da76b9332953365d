package redact

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"testing"
)

// Made-up credentials shaped like real ones.
const (
	interactionToken = "aW50ZXJhY3Rpb246MTI4NDc2NTQzMjE5ODc2NTQzMjpRa2x3WkhWc2JIUnZhMlZ1"
	discordBotToken  = "MTI4NDc2NTQzMjE5ODc2NTQz.GhT3xQ.abcdefghijklmnopqrstuvwxyz0123456789AB"
	slackBotToken    = "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx"
	slackAppToken    = "xapp-1-A0123456789-1234567890123-0123456789abcdef"
	responseURL      = "https://hooks.slack.com/commands/T0123ABCD/1234567890123/AbCdEfGhIjKlMnOpQrStUv"
)

var secrets = []string{interactionToken, discordBotToken, slackBotToken, slackAppToken, "AbCdEfGhIjKlMnOpQrStUv", "T0123ABCD/1234567890123"}

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{`Patch "https://discord.com/api/v10/webhooks/1284765432198765432/` + interactionToken + `/messages/@original": dial tcp: i/o timeout`,
			`Patch "https://discord.com/api/v10/webhooks/1284765432198765432/REDACTED/messages/@original": dial tcp: i/o timeout`},
		{"POST https://discord.com/api/v10/interactions/1284765432198765432/" + interactionToken + "/callback failed",
			"POST https://discord.com/api/v10/interactions/1284765432198765432/REDACTED/callback failed"},
		{`Post "` + responseURL + `": context deadline exceeded`, `Post "https://hooks.slack.com/commands/REDACTED": context deadline exceeded`},
		{"https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXX.", "https://hooks.slack.com/services/REDACTED."},
		{"token " + slackBotToken + " was rejected", "token xoxb-REDACTED was rejected"},
		{"app token " + slackAppToken, "app token xapp-REDACTED"},
		{"Authorization: Bot " + discordBotToken, "Authorization: Bot REDACTED"},
		{"bare " + discordBotToken + " here", "bare REDACTED here"},
		{"the token is " + interactionToken, "the token is REDACTED"},
		{"https://slack.com/api/chat.postMessage?token=" + slackBotToken + "&channel=C1", "https://slack.com/api/chat.postMessage?REDACTED"},
		{"https://user:pass@example.org/feed.xml", "https://example.org/feed.xml"},
		// What names no credential is kept as it is.
		{"https://slack.com/api/chat.postMessage", "https://slack.com/api/chat.postMessage"},
		{"https://www.reuters.com/world/middle-east/talks-resume-2024-11-20/", "https://www.reuters.com/world/middle-east/talks-resume-2024-11-20/"},
		{"who said war is not the solution", "who said war is not the solution"},
		{"slack:T1/U1 asked in C9", "slack:T1/U1 asked in C9"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q)\n = %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestError: the message is clean, what it wraps is still found.
func TestError(t *testing.T) {
	cause := errors.New("i/o timeout")
	err := fmt.Errorf("edit deferred response: %w", &url.Error{Op: "Patch", URL: "https://discord.com/api/v10/webhooks/1/" + interactionToken + "/messages/@original", Err: cause})
	got := Error(err)
	if got.Error() != "edit deferred response: Patch discord.com: i/o timeout" {
		t.Errorf("Error() = %q", got)
	}
	if !errors.Is(got, cause) {
		t.Error("errors.Is lost the cause")
	}
	if _, ok := errors.AsType[*url.Error](got); !ok {
		t.Error("errors.As lost the *url.Error")
	}
	plain := errors.New("nothing secret")
	if Error(plain) != plain || Error(nil) != nil {
		t.Error("an error with nothing to remove was changed")
	}
}

type stringer struct{ s string }

func (s stringer) String() string { return s.s }

// TestHandler: nothing a logger is given reaches the output with a
// credential in it: message, attributes of every kind, groups, attributes
// added with With, both formats.
func TestHandler(t *testing.T) {
	for _, format := range []string{"text", "json"} {
		var buf bytes.Buffer
		var h slog.Handler = slog.NewTextHandler(&buf, nil)
		if format == "json" {
			h = slog.NewJSONHandler(&buf, nil)
		}
		log := slog.New(Handler(h)).With("hook", responseURL)
		uerr := &url.Error{Op: "Patch", URL: "https://discord.com/api/v10/webhooks/1/" + interactionToken + "/messages/@original", Err: errors.New("EOF")}
		log.Error("edit deferred response "+slackBotToken, "err", uerr, "wrapped", fmt.Errorf("x: %w", uerr),
			"str", stringer{"token " + slackAppToken}, "any", struct{ URL string }{responseURL},
			slog.Group("req", "auth", "Bot "+discordBotToken, "n", 3), "interaction", "1284765432198765432")
		log.WithGroup("g").Info("ok", "url", "https://discord.com/api/v10/interactions/9/"+interactionToken+"/callback")
		out := buf.String()
		for _, s := range secrets {
			if strings.Contains(out, s) {
				t.Errorf("%s: %q leaked:\n%s", format, s, out)
			}
		}
		for _, keep := range []string{"edit deferred response", "1284765432198765432", "EOF", "hooks.slack.com", "n"} {
			if !strings.Contains(out, keep) {
				t.Errorf("%s: %q was lost:\n%s", format, keep, out)
			}
		}
	}
}

func ExampleString() {
	fmt.Println(String(`Patch "https://discord.com/api/v10/webhooks/42/aW50ZXJhY3Rpb246NDI6c2VjcmV0/messages/@original": EOF`))
	// Output: Patch "https://discord.com/api/v10/webhooks/42/REDACTED/messages/@original": EOF
}

func BenchmarkString(b *testing.B) {
	s := `msg="question answered" platform=slack intent=who_said found=true items=3 latency=1.2ms`
	for i := 0; i < b.N; i++ {
		String(s)
	}
}
