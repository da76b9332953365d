package main

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/internal/testkit"
	_ "modernc.org/sqlite"
)

// TestServeChannelSettings sets a channel's settings with /talks config
// and finds them again after a restart on the same database file.
func TestServeChannelSettings(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	db := filepath.Join(t.TempDir(), "talkbot.db")
	cfg := testConfig(dir)
	cfg.Database = db
	m, _ := startMain(t, cfg)
	for _, c := range []struct{ user, text, want string }{
		{"U1", "config", "topic: none"},
		{"U1", "config topic Gaza", "Only the bot's admins"},
		{"UADMIN", "config topic Gaza ceasefire", "topic: Gaza ceasefire"},
		{"UADMIN", "config answers sideways", "private or public"},
		{"UADMIN", "config colour blue", "no setting called"},
	} {
		if _, res := slashCommand(t, m.Addr(), c.user, c.text); !strings.Contains(res.Text, c.want) {
			t.Errorf("%s: /talks %s = %q; want %q", c.user, c.text, res.Text, c.want)
		}
	}
	m.Close()
	cfg2 := testConfig(dir)
	cfg2.Database = db
	m2, _ := startMain(t, cfg2)
	if _, res := slashCommand(t, m2.Addr(), "U2", "config"); !strings.Contains(res.Text, "topic: Gaza ceasefire") {
		t.Errorf("after a restart /talks config = %q; want the topic kept", res.Text)
	}
}

// TestServeDatabaseErrors: a database that cannot be used stops start-up
// with a message naming the variable.
func TestServeDatabaseErrors(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	locked := filepath.Join(t.TempDir(), "locked.db")
	hold, err := sql.Open("sqlite", "file:"+locked)
	if err != nil {
		t.Fatal(err)
	}
	defer hold.Close()
	conn, err := hold.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), "CREATE TABLE x (y TEXT)"); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(context.Background(), "BEGIN EXCLUSIVE"); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")
	for _, c := range []struct {
		db, want string
	}{
		{filepath.Join(t.TempDir(), "missing", "talkbot.db"), "TALKBOT_DATABASE: sqlite"},
		{locked, "locked by another program"},
	} {
		cfg := testConfig(dir)
		cfg.Database = c.db
		m := NewMain(cfg, &testkit.Buffer{})
		err := m.Run(context.Background())
		m.Close()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("TALKBOT_DATABASE=%s: Run = %v; want %q", c.db, err, c.want)
		}
	}
}

// TestChatIsAConversation: the console chat reads a follow-up against the
// question before it.
func TestChatIsAConversation(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "aid.md", articleAid)
	out, errOut, code := runCmd(t, askAid+"\nwho is he?\nquit\n", "chat", "--corpus", dir)
	if code != 0 || strings.Count(out, "Espen Barth Eide") < 2 || !strings.Contains(out, "Foreign Minister") {
		t.Errorf("chat = %d\n%s%s; want 'who is he?' answered about Eide", code, out, errOut)
	}
}
