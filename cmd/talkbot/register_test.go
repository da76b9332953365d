package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/talkbot/talkbot/adapters/discord"
)

// discordREST is Discord's REST API as far as registering commands goes:
// the token's application, and each place's command set (global, or one
// guild's), which a PUT replaces as a whole.
type discordREST struct {
	srv   *httptest.Server
	token string
	appID string

	mu       sync.Mutex
	commands map[string][]map[string]any // by place: "" or a guild ID
	calls    []string                    // "METHOD path", in order
}

func newDiscordREST(t *testing.T) *discordREST {
	d := &discordREST{token: "tok.en", appID: "42", commands: map[string][]map[string]any{}}
	d.srv = httptest.NewServer(http.HandlerFunc(d.serve))
	t.Cleanup(d.srv.Close)
	return d
}

func (d *discordREST) serve(w http.ResponseWriter, r *http.Request) {
	d.mu.Lock()
	defer d.mu.Unlock()
	path := strings.TrimPrefix(r.URL.Path, "/api/")
	d.calls = append(d.calls, r.Method+" "+path)
	fail := func(code int, msg string, errCode int) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		fmt.Fprintf(w, `{"message":%q,"code":%d}`, msg, errCode)
	}
	if r.Header.Get("Authorization") != "Bot "+d.token {
		fail(http.StatusUnauthorized, "401: Unauthorized", 0)
		return
	}
	if r.Method == "GET" && path == "oauth2/applications/@me" {
		fmt.Fprintf(w, `{"id":%q,"name":"talkbot","bot_public":true}`, d.appID)
		return
	}
	var app, guild string
	switch parts := strings.Split(path, "/"); {
	case len(parts) == 3 && parts[0] == "applications" && parts[2] == "commands":
		app = parts[1]
	case len(parts) == 5 && parts[0] == "applications" && parts[2] == "guilds" && parts[4] == "commands":
		app, guild = parts[1], parts[3]
	default:
		fail(http.StatusNotFound, "404: Not Found", 0)
		return
	}
	if app != d.appID {
		fail(http.StatusNotFound, "Unknown Application", 10002)
		return
	}
	switch r.Method {
	case "GET":
	case "PUT":
		var cmds []map[string]any
		if err := json.NewDecoder(r.Body).Decode(&cmds); err != nil {
			fail(http.StatusBadRequest, err.Error(), 50035)
			return
		}
		// Discord adds its own fields to what it stores.
		for i, c := range cmds {
			c["id"], c["application_id"], c["version"] = fmt.Sprint(1000+i), d.appID, "1"
			c["default_member_permissions"], c["nsfw"], c["contexts"] = nil, false, nil
			if guild != "" {
				c["guild_id"] = guild
			}
		}
		d.commands[guild] = cmds
	default:
		fail(http.StatusMethodNotAllowed, "405: Method Not Allowed", 0)
		return
	}
	cmds := d.commands[guild]
	if cmds == nil {
		cmds = []map[string]any{}
	}
	json.NewEncoder(w).Encode(cmds)
}

func (d *discordREST) count(call string) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	n := 0
	for _, c := range d.calls {
		if c == call {
			n++
		}
	}
	return n
}

func (d *discordREST) names(guild string) []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	var names []string
	for _, c := range d.commands[guild] {
		names = append(names, fmt.Sprint(c["name"]))
	}
	return names
}

// discordEnv points talkbot at d, with the Discord settings given and no
// others.
func discordEnv(t *testing.T, d *discordREST, kv ...string) {
	t.Helper()
	for _, k := range []string{"DISCORD_BOT_TOKEN", "DISCORD_APP_ID", "DISCORD_GUILD_ID", "DISCORD_PUBLIC_KEY"} {
		t.Setenv(k, "")
	}
	t.Setenv("DISCORD_API_URL", d.srv.URL+"/api/")
	for i := 0; i+1 < len(kv); i += 2 {
		t.Setenv(kv[i], kv[i+1])
	}
}

// TestRegister: talkbot register writes /talks when what Discord has
// differs from its definition, replacing the application's other commands
// there, and writes nothing when it is the same.
func TestRegister(t *testing.T) {
	d := newDiscordREST(t)
	d.commands[""] = []map[string]any{{"id": "7", "name": "ask", "description": "an older command", "type": 1}}
	discordEnv(t, d, "DISCORD_BOT_TOKEN", d.token)

	out, errOut, code := runCmd(t, "", "register")
	if code != 0 || !strings.Contains(out, "registered /talks globally for application 42") || !strings.Contains(out, "replaced the application's other commands there: /ask") {
		t.Fatalf("first register: exit %d\n%s%s", code, out, errOut)
	}
	if got := d.names(""); len(got) != 1 || got[0] != discord.CommandName {
		t.Errorf("Discord has %v registered; want [talks]", got)
	}
	if n := d.count("GET oauth2/applications/@me"); n != 1 {
		t.Errorf("the token's application asked for %d times; want once (no DISCORD_APP_ID)", n)
	}

	out, errOut, code = runCmd(t, "", "register")
	if code != 0 || !strings.Contains(out, "/talks is already registered globally for application 42, as defined: nothing written.") {
		t.Errorf("second register: exit %d\n%s%s", code, out, errOut)
	}
	if n := d.count("PUT applications/42/commands"); n != 1 {
		t.Errorf("%d writes for two registers of the same definition; want 1", n)
	}

	// A changed definition (here: one changed by hand) is written again.
	d.mu.Lock()
	d.commands[""][0]["description"] = "edited in the portal"
	d.mu.Unlock()
	if out, _, code = runCmd(t, "", "register"); code != 0 || !strings.HasPrefix(out, "registered /talks") || d.count("PUT applications/42/commands") != 2 {
		t.Errorf("a changed command is not written again: exit %d\n%s", code, out)
	}
	if strings.Contains(out+errOut, d.token) {
		t.Errorf("the token is printed:\n%s%s", out, errOut)
	}
}

// TestRegisterInAGuild: with DISCORD_GUILD_ID and DISCORD_APP_ID, /talks is
// registered in that guild alone, without asking for the application.
func TestRegisterInAGuild(t *testing.T) {
	d := newDiscordREST(t)
	discordEnv(t, d, "DISCORD_BOT_TOKEN", "Bot "+d.token, "DISCORD_APP_ID", "42", "DISCORD_GUILD_ID", "99")
	out, errOut, code := runCmd(t, "", "register")
	if code != 0 || !strings.Contains(out, "registered /talks in guild 99 for application 42.") {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if got := d.names("99"); len(got) != 1 || got[0] != "talks" || len(d.names("")) != 0 {
		t.Errorf("guild 99 has %v, global %v; want [talks] and nothing", got, d.names(""))
	}
	if n := d.count("GET oauth2/applications/@me"); n != 0 {
		t.Errorf("the application asked for although DISCORD_APP_ID is set")
	}
}

// TestRegisterFails: what is wrong is said in words an operator can act
// on, with exit code 1, and without the token.
func TestRegisterFails(t *testing.T) {
	for _, tc := range []struct {
		name  string
		env   []string
		want  string
		calls bool
	}{
		{"no token", nil, "DISCORD_BOT_TOKEN is not set", false},
		{"a wrong token", []string{"DISCORD_BOT_TOKEN", "not.the.token"}, "Discord answered 401 Unauthorized: 401: Unauthorized; check DISCORD_BOT_TOKEN", true},
		{"another application", []string{"DISCORD_BOT_TOKEN", "tok.en", "DISCORD_APP_ID", "43"}, "Discord answered 404 Not Found: Unknown Application; check DISCORD_APP_ID", true},
		{"an application ID that is not one", []string{"DISCORD_BOT_TOKEN", "tok.en", "DISCORD_APP_ID", "talkbot"}, `DISCORD_APP_ID: "talkbot" is not a Discord id`, false},
		{"a guild ID that is not one", []string{"DISCORD_BOT_TOKEN", "tok.en", "DISCORD_GUILD_ID", "#general"}, `DISCORD_GUILD_ID: "#general" is not a Discord id`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDiscordREST(t)
			discordEnv(t, d, tc.env...)
			out, errOut, code := runCmd(t, "", "register")
			if code != 1 || !strings.Contains(errOut, "talkbot register: "+tc.want) && !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d\n%s%s\nwant %q", code, out, errOut, tc.want)
			}
			if strings.Contains(out+errOut, "tok.en") || strings.Contains(out+errOut, "not.the.token") {
				t.Errorf("the token is printed:\n%s%s", out, errOut)
			}
			d.mu.Lock()
			called := len(d.calls) > 0
			d.mu.Unlock()
			if called != tc.calls {
				t.Errorf("Discord called: %v; want %v", called, tc.calls)
			}
			if len(d.names("")) != 0 {
				t.Errorf("a failed register wrote %v", d.names(""))
			}
		})
	}
}
