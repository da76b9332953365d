// Package pgtest gives tests a fresh PostgreSQL database on the server
// named by TALKBOT_TEST_DATABASE_URL (`eval "$(bash .ci/postgres)"` starts
// one). Without a server a test is skipped with a message, except under
// CI=true, where that is a failure.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// Env names the variable holding the test server's URL.
const Env = "TALKBOT_TEST_DATABASE_URL"

// URL creates an empty database on the test server and returns its URL;
// the database is dropped when the test ends.
func URL(tb testing.TB) string {
	tb.Helper()
	admin := os.Getenv(Env)
	if admin == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("%s is not set: CI must start PostgreSQL (bash .ci/postgres)", Env)
		}
		tb.Skipf("no PostgreSQL for this test: set %s (eval \"$(bash .ci/postgres)\" starts one)", Env)
	}
	u, err := url.Parse(admin)
	if err != nil {
		tb.Fatalf("%s: %v", Env, err)
	}
	db, err := sql.Open("pgx", admin)
	if err != nil {
		tb.Fatalf("%s: %v", Env, err)
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var b [6]byte
	rand.Read(b[:])
	name := "talkbot_test_" + hex.EncodeToString(b[:])
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		tb.Fatalf("creating a test database on %s: %v", u.Host, err)
	}
	tb.Cleanup(func() {
		db, err := sql.Open("pgx", admin)
		if err != nil {
			return
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			tb.Logf("dropping test database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}
