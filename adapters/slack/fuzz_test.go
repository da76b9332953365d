package slack

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// FuzzRequestVerify: whatever the body, path and headers, a request not
// signed with the signing secret within five minutes gets 401 (413 when
// too large) and never reaches the core; a signed one never gets a 5xx.
func FuzzRequestVerify(f *testing.F) {
	f.Add(CommandsPath, commandBody("https://hooks.slack.com/commands/1", "help"), "1700000000", "v0=00", false, int64(-3))
	f.Add(EventsPath, `{"type":"url_verification","challenge":"c"}`, "", "", true, int64(-3))
	f.Add(EventsPath, `{"type":"event_callback","event":{"type":"app_mention","text":"<@UBOT> hi"`, "x", "v1=zz", true, int64(-301))
	f.Add(InteractionsPath, "payload=%7B%7D", "1", "", true, int64(0))
	f.Fuzz(func(t *testing.T, path, body, stamp, sig string, signed bool, age int64) {
		switch path {
		case CommandsPath, EventsPath, InteractionsPath:
		default:
			path = CommandsPath
		}
		core := &fakeCore{}
		h, _ := newTestHTTP(t, core)
		if signed {
			stamp, sig = sign(testSecret, time.Now().Add(time.Duration(age)*time.Second), body)
		}
		req := httptest.NewRequest("POST", path, strings.NewReader(body))
		req.Header.Set("Content-Type", formType)
		req.Header.Set("X-Slack-Request-Timestamp", stamp)
		req.Header.Set("X-Slack-Signature", sig)
		rec := serve(h, req)
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		h.Shutdown(ctx)
		if signed && (age > -305 && age < -295 || age > 295 && age < 305) {
			return // at the edge of the five-minute window either answer is right
		}
		if !signed || age <= -300 || age >= 300 {
			if rec.Code != 401 && rec.Code != 413 {
				t.Fatalf("unsigned or stale request got %d", rec.Code)
			}
			if len(core.requests()) != 0 {
				t.Fatal("an unverified request reached the core")
			}
			return
		}
		if rec.Code >= 500 {
			t.Fatalf("signed request got %d: %s", rec.Code, rec.Body)
		}
	})
}
