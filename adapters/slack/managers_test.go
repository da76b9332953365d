package slack

import (
	"context"
	"net/http"
	"net/url"
	"testing"
	"time"
)

// TestChannelManagersMayChangeSettings: with SLACK_ADMIN_TOKEN, a
// /talks config change from the channel's manager reaches the core with
// Request.Manager set, one from anyone else without; questions cost no
// look-up; without the token nobody is taken for a manager.
func TestChannelManagersMayChangeSettings(t *testing.T) {
	tests := []struct {
		name, adminToken, user, text string
		wantManager                  bool
		wantLookups                  int
	}{
		{"the manager changes a setting", "xoxp-admin", "UMGR", "config answers private", true, 1},
		{"another member changes a setting", "xoxp-admin", "U1", "config topic gaza", false, 1},
		{"the manager only looks", "xoxp-admin", "UMGR", "config", false, 0},
		{"a question", "xoxp-admin", "UMGR", "who said war is not the solution", false, 0},
		{"no admin token", "", "UMGR", "config answers private", false, 0},
		{"a bot token where the admin token goes", "xoxb-test", "UMGR", "config answers private", false, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			core := &fakeCore{}
			fs := newFakeSlack(t)
			fs.managers = map[string][]string{"C1": {"UMGR"}}
			h, err := NewHTTP(Config{BotToken: "xoxb-test", SigningSecret: testSecret, AdminToken: tt.adminToken, APIURL: fs.apiURL(), Logger: testLogger(t)}, core)
			if err != nil {
				t.Fatal(err)
			}
			body := commandBody("", tt.text)
			body = replaceForm(body, "user_id", tt.user)
			if rec := serve(h, signedRequest(CommandsPath, formType, body)); rec.Code != http.StatusOK {
				t.Fatalf("status %d", rec.Code)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := h.Shutdown(ctx); err != nil {
				t.Fatal(err)
			}
			reqs := core.requests()
			if len(reqs) != 1 {
				t.Fatalf("core asked %d times", len(reqs))
			}
			if reqs[0].Manager != tt.wantManager {
				t.Errorf("Request.Manager = %v; want %v", reqs[0].Manager, tt.wantManager)
			}
			if n := fs.attemptsOf("admin.roles.listAssignments"); n != tt.wantLookups {
				t.Errorf("%d admin.roles.listAssignments calls; want %d", n, tt.wantLookups)
			}
		})
	}
}

// TestManagerAnswerIsKept: the same user changing settings twice costs one
// look-up.
func TestManagerAnswerIsKept(t *testing.T) {
	core := &fakeCore{}
	fs := newFakeSlack(t)
	fs.managers = map[string][]string{"C1": {"U1"}}
	h, err := NewHTTP(Config{BotToken: "xoxb-test", SigningSecret: testSecret, AdminToken: "xoxp-admin", APIURL: fs.apiURL(), Logger: testLogger(t)}, core)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"config topic gaza", "config answers public"} {
		serve(h, signedRequest(CommandsPath, formType, commandBody("", text)))
	}
	h.Shutdown(context.Background())
	for _, r := range core.requests() {
		if !r.Manager {
			t.Errorf("%q: Manager not set", r.Text)
		}
	}
	if n := fs.attemptsOf("admin.roles.listAssignments"); n != 1 {
		t.Errorf("%d look-ups; want 1", n)
	}
}

// replaceForm sets one field of a URL-encoded form.
func replaceForm(body, key, value string) string {
	v, _ := url.ParseQuery(body)
	v.Set(key, value)
	return v.Encode()
}
