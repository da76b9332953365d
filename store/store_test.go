package store

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/pgtest"
)

// engines runs f once on a fresh SQLite file and once on a fresh
// PostgreSQL database; open returns another Store on the same database,
// as a second replica or a restart would.
func engines(t *testing.T, f func(t *testing.T, open func() *Store)) {
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "talkbot.db")
		f(t, func() *Store { return mustOpen(t, Options{Path: path}) })
	})
	t.Run("postgres", func(t *testing.T) {
		u := pgtest.URL(t)
		f(t, func() *Store { return mustOpen(t, Options{URL: u}) })
	})
}

func mustOpen(tb testing.TB, o Options) *Store {
	tb.Helper()
	s, err := Open(context.Background(), o)
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestMigrations(t *testing.T) {
	engines(t, func(t *testing.T, open func() *Store) {
		ms, err := migrations(open().engine)
		if err != nil || len(ms) == 0 {
			t.Fatalf("migrations: %v, %d files", err, len(ms))
		}
		// Replicas starting together apply each migration once.
		var wg sync.WaitGroup
		stores := make([]*Store, 4)
		for i := range stores {
			wg.Add(1)
			go func() { defer wg.Done(); stores[i] = open() }()
		}
		wg.Wait()
		s := stores[0]
		ctx := context.Background()
		v, err := s.Version(ctx)
		if err != nil || v != ms[len(ms)-1].version {
			t.Errorf("Version = %d, %v; want %d", v, err, ms[len(ms)-1].version)
		}
		var n int
		if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM schema_migrations").Scan(&n); err != nil || n != len(ms) {
			t.Errorf("schema_migrations has %d rows (%v); want %d", n, err, len(ms))
		}
	})
}

func TestStatements(t *testing.T) {
	got := statements("-- a comment\nCREATE TABLE a (x TEXT);\n\nCREATE INDEX b\n  ON a (x);\nSELECT 1")
	want := []string{"CREATE TABLE a (x TEXT)", "CREATE INDEX b\n  ON a (x)", "SELECT 1"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("statements = %q; want %q", got, want)
	}
}

func TestPlaceholders(t *testing.T) {
	s := &Store{engine: "postgres"}
	if got := s.q("SELECT a FROM t WHERE b = ? AND c < ?"); got != "SELECT a FROM t WHERE b = $1 AND c < $2" {
		t.Errorf("q = %q", got)
	}
	s.engine = "sqlite"
	if got := s.q("b = ?"); got != "b = ?" {
		t.Errorf("q = %q", got)
	}
}

func turn(thread, q string, at time.Time) bot.Turn {
	return bot.Turn{Thread: thread, Platform: "slack", Channel: "T1/C1", Question: q, At: at,
		Answer: bot.Answer{Question: q, Found: true, Intent: bot.WhatSaid, Items: []bot.Item{{Speaker: "Antony Blinken", Text: "words " + q, StatementID: "s-" + q}}}}
}

func TestConversations(t *testing.T) {
	engines(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		base := time.Now().Add(-time.Hour)
		var ids []string
		for i, q := range []string{"one", "two", "three"} {
			id, err := s.Remember(ctx, turn("slack:T1/C1:100.1", q, base.Add(time.Duration(i)*time.Minute)))
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
		}
		if _, err := s.Remember(ctx, turn("slack:T1/C1:200.2", "other", base)); err != nil {
			t.Fatal(err)
		}
		// A restart, or another replica, sees the same thread.
		s2 := open()
		got, err := s2.Recent(ctx, "slack:T1/C1:100.1", base.Add(-time.Minute), 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0].Question != "two" || got[1].Question != "three" || got[1].ID != ids[2] {
			t.Fatalf("Recent = %+v; want turns two, three", got)
		}
		if it := got[1].Answer.Items; len(it) != 1 || it[0].StatementID != "s-three" || it[0].Speaker != "Antony Blinken" {
			t.Errorf("answer items = %+v", it)
		}
		got, _ = s2.Recent(ctx, "slack:T1/C1:100.1", base.Add(90*time.Second), 10)
		if len(got) != 1 || got[0].Question != "three" {
			t.Errorf("Recent since = %+v; want only turn three", got)
		}
		tn, err := s2.Turn(ctx, ids[0])
		if err != nil || tn.Question != "one" || tn.Thread != "slack:T1/C1:100.1" {
			t.Errorf("Turn = %+v, %v", tn, err)
		}
		if _, err := s2.Turn(ctx, "nope"); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("Turn(unknown) error = %v; want ErrNotFound", err)
		}
		// A thread keeps its newest turns only.
		for i := range threadTurns + 5 {
			if _, err := s.Remember(ctx, turn("discord:9:long", fmt.Sprint(i), base.Add(time.Duration(i)*time.Second))); err != nil {
				t.Fatal(err)
			}
		}
		got, _ = s.Recent(ctx, "discord:9:long", base.Add(-time.Hour), 100)
		if len(got) != threadTurns || got[len(got)-1].Question != fmt.Sprint(threadTurns+4) {
			t.Errorf("a long thread keeps %d turns ending %q; want %d ending %d", len(got), got[len(got)-1].Question, threadTurns, threadTurns+4)
		}
		// Old turns are forgotten.
		if _, err := s.Remember(ctx, turn("slack:T1/C1:old", "old", time.Now().Add(-turnsKeep-time.Hour))); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Remember(ctx, turn("slack:T1/C1:new", "new", time.Now())); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Recent(ctx, "slack:T1/C1:old", time.Time{}, 10); len(got) != 0 {
			t.Errorf("a turn older than %v is still kept: %+v", turnsKeep, got)
		}
	})
}

func TestFeedback(t *testing.T) {
	engines(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		v := bot.Vote{TurnID: "t1", UserHash: bot.HashUser("slack:T1/U1"), Up: true, Platform: "slack", Channel: "T1/C1",
			Question: "who said x", Items: []bot.Item{{Text: "x", StatementID: "s1"}}, At: time.Now().Add(-time.Minute)}
		for i, c := range []struct {
			v    bot.Vote
			want bool
		}{
			{v, true},
			{v, false}, // the same user on the same answer: once
			{func() bot.Vote { w := v; w.Up = false; return w }(), false},
			{func() bot.Vote {
				w := v
				w.UserHash = bot.HashUser("slack:T1/U2")
				w.Up = false
				w.At = time.Now()
				return w
			}(), true},
			{func() bot.Vote { w := v; w.TurnID = "t2"; w.At = time.Now().Add(-time.Hour); return w }(), true},
		} {
			got, err := s.RecordVote(ctx, c.v)
			if err != nil || got != c.want {
				t.Errorf("vote %d: RecordVote = %v, %v; want %v", i, got, err, c.want)
			}
		}
		votes, err := open().Votes(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(votes) != 3 || votes[0].Up || !votes[1].Up || votes[2].TurnID != "t2" {
			t.Fatalf("Votes = %+v; want 3, newest (a 👎) first", votes)
		}
		if votes[1].Question != "who said x" || len(votes[1].Items) != 1 || votes[1].Items[0].StatementID != "s1" || votes[1].Platform != "slack" {
			t.Errorf("vote read back = %+v", votes[1])
		}
		if strings.Contains(votes[1].UserHash, "U1") {
			t.Errorf("user hash %q holds the user id", votes[1].UserHash)
		}
		if got, _ := s.Votes(ctx, 1); len(got) != 1 {
			t.Errorf("Votes(1) gave %d", len(got))
		}
	})
}

func TestSettings(t *testing.T) {
	engines(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		if cs, err := s.ChannelSettings(ctx, "slack:T1/C1"); err != nil || cs != (bot.ChannelSettings{}) {
			t.Errorf("unset = %+v, %v", cs, err)
		}
		for _, cs := range []bot.ChannelSettings{{Topic: "Gaza"}, {Topic: "Lebanon", Private: true}, {}} {
			if err := s.SetChannelSettings(ctx, "slack:T1/C1", cs); err != nil {
				t.Fatal(err)
			}
			if got, err := open().ChannelSettings(ctx, "slack:T1/C1"); err != nil || got != cs {
				t.Errorf("after setting %+v: %+v, %v", cs, got, err)
			}
		}
		if got, _ := s.ChannelSettings(ctx, "discord:42"); got != (bot.ChannelSettings{}) {
			t.Errorf("another channel = %+v", got)
		}
	})
}

func TestSeen(t *testing.T) {
	engines(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		a, b := open(), open()
		for i, c := range []struct {
			s    *Store
			key  string
			ttl  time.Duration
			want bool
		}{
			{a, "slack:Ev1", time.Minute, false},
			{b, "slack:Ev1", time.Minute, true}, // another replica sees the retry
			{a, "slack:Ev2", time.Minute, false},
			{a, "short", time.Millisecond, false},
		} {
			got, err := c.s.Seen(ctx, c.key, c.ttl)
			if err != nil || got != c.want {
				t.Errorf("%d: Seen(%q) = %v, %v; want %v", i, c.key, got, err, c.want)
			}
		}
		time.Sleep(5 * time.Millisecond)
		if got, err := b.Seen(ctx, "short", time.Minute); err != nil || got {
			t.Errorf("Seen after the key expired = %v, %v; want false", got, err)
		}
		// Of many concurrent deliveries exactly one goes through.
		var mu sync.Mutex
		first := 0
		var wg sync.WaitGroup
		for i := range 16 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s := a
				if i%2 == 1 {
					s = b
				}
				seen, err := s.Seen(ctx, "race", time.Minute)
				if err != nil {
					t.Error(err)
				}
				if !seen {
					mu.Lock()
					first++
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if first != 1 {
			t.Errorf("%d of 16 concurrent deliveries went through; want 1", first)
		}
	})
}

// TestOddFileNames: a file name is not read as a URI.
func TestOddFileNames(t *testing.T) {
	for _, name := range []string{"a%27b.db", "what?.db", "no#1.db", "with space.db"} {
		path := filepath.Join(t.TempDir(), name)
		s := mustOpen(t, Options{Path: path})
		if err := s.SetChannelSettings(context.Background(), "c", bot.ChannelSettings{Topic: "x"}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if _, err := os.Stat(path); err != nil {
			t.Errorf("%s: the file is not where it was asked for: %v", name, err)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, []byte(strings.Repeat("not a database\n", 100)), 0o644)
	file := filepath.Join(dir, "file")
	os.WriteFile(file, nil, 0o644)
	for _, c := range []struct {
		name string
		o    Options
		want string
	}{
		{"missing folder", Options{Path: filepath.Join(dir, "nope", "talkbot.db")}, "does not exist"},
		{"folder is a file", Options{Path: filepath.Join(file, "talkbot.db")}, "does not exist"},
		{"not a database", Options{Path: junk}, "not a SQLite database"},
		{"a folder", Options{Path: dir}, "cannot be written"},
		{"bad URL", Options{URL: "mysql://x"}, "postgres://"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, err := Open(context.Background(), c.o)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%+v) succeeded; want an error", c.o)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("Open(%+v) = %v; want it to say %q", c.o, err, c.want)
			}
		})
	}
}

func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "talkbot.db")
	mustOpen(t, Options{Path: path}).Close()
	// Another program holds the file's write lock.
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), "BEGIN EXCLUSIVE"); err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), Options{Path: path, BusyTimeout: 50 * time.Millisecond})
	if err == nil {
		s.Close()
		t.Fatal("Open succeeded on a locked file")
	}
	if !strings.Contains(err.Error(), "locked") {
		t.Errorf("Open on a locked file = %v; want it to say locked", err)
	}
	conn.ExecContext(context.Background(), "ROLLBACK")
}

// TestSurvivesKill remembers a turn in a child process, kills it with
// SIGKILL, and finds the turn after reopening the file.
func TestSurvivesKill(t *testing.T) {
	if path := os.Getenv("STORE_TEST_CHILD"); path != "" {
		s, err := Open(context.Background(), Options{Path: path})
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		for i := 0; ; i++ {
			id, err := s.Remember(context.Background(), turn(fmt.Sprint("t", i), fmt.Sprint(i), time.Now()))
			if err != nil {
				fmt.Println("error", err)
				os.Exit(1)
			}
			fmt.Println(id)
		}
	}
	path := filepath.Join(t.TempDir(), "talkbot.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestSurvivesKill$")
	cmd.Env = append(os.Environ(), "STORE_TEST_CHILD="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	var ids []string
	for sc.Scan() && len(ids) < 50 {
		if strings.HasPrefix(sc.Text(), "error") {
			t.Fatal(sc.Text())
		}
		ids = append(ids, sc.Text())
	}
	cmd.Process.Kill() // SIGKILL, mid-write
	cmd.Wait()
	s := mustOpen(t, Options{Path: path})
	for _, id := range ids {
		if _, err := s.Turn(context.Background(), id); err != nil {
			t.Fatalf("turn %s acknowledged before the kill is lost: %v", id, err)
		}
	}
	if _, err := s.Remember(context.Background(), turn("t", "after", time.Now())); err != nil {
		t.Errorf("writing after the kill: %v", err)
	}
}
