package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
	_ "modernc.org/sqlite"             // the "sqlite" database/sql driver, cgo-free
)

// Options say where the store lives.
type Options struct {
	// URL, when set, is a PostgreSQL connection URL (postgres://… or
	// postgresql://…, TALKBOT_DATABASE_URL); Path is then ignored.
	URL string
	// Path is the SQLite file (TALKBOT_DATABASE); it is created when
	// missing. Default "talkbot.db"; Memory keeps the store in memory, for
	// as long as it is open.

	Path string
	// BusyTimeout is how long a SQLite write waits for a lock another
	// process holds before failing. Default 5 s.
	BusyTimeout time.Duration
}

// Memory as Options.Path keeps the store in memory (the console chat).
const Memory = ":memory:"

// Store is an open store. It is safe for concurrent use.
type Store struct {
	db     *sql.DB
	engine string // "sqlite" or "postgres"
	where  string // the file, or the server and database, for messages
}

// Open opens the store o describes, creating the SQLite file when missing,
// and applies the schema migrations not yet applied. It fails when the
// database cannot be reached, read or written: a file another program
// holds locked, a read-only file or folder, a server that refuses.
func Open(ctx context.Context, o Options) (*Store, error) {
	s, err := open(o)
	if err != nil {
		return nil, err
	}
	if err := s.start(ctx); err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

func open(o Options) (*Store, error) {
	if o.URL != "" {
		u, err := url.Parse(o.URL)
		if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
			return nil, fmt.Errorf("database URL must start with postgres:// or postgresql://")
		}
		db, err := sql.Open("pgx", o.URL)
		if err != nil {
			return nil, fmt.Errorf("postgres %s: %w", redact(u), err)
		}
		db.SetMaxOpenConns(8)
		db.SetConnMaxIdleTime(5 * time.Minute)
		return &Store{db: db, engine: "postgres", where: redact(u)}, nil
	}
	path := o.Path
	if path == "" {
		path = "talkbot.db"
	}
	if path == Memory {
		db, err := sql.Open("sqlite", "file::memory:?_pragma=foreign_keys(1)")
		if err != nil {
			return nil, fmt.Errorf("sqlite in memory: %w", err)
		}
		// One connection, never closed while the store is open: the
		// database lives as long as it does.
		db.SetMaxOpenConns(1)
		db.SetConnMaxIdleTime(0)
		db.SetConnMaxLifetime(0)
		return &Store{db: db, engine: "sqlite", where: Memory}, nil
	}
	if fi, err := os.Stat(filepath.Dir(path)); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("sqlite %s: folder %s does not exist", path, filepath.Dir(path))
	}
	busy := o.BusyTimeout
	if busy <= 0 {
		busy = 5 * time.Second
	}
	// The name is a URI: % ? and # in it are escaped.
	uriPath := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	dsn := fmt.Sprintf("file:%s?_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate",
		uriPath, busy.Milliseconds())
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: %w", path, err)
	}
	// One connection: writes from this process never wait on each other's
	// locks; other processes are waited for up to BusyTimeout.
	db.SetMaxOpenConns(1)
	return &Store{db: db, engine: "sqlite", where: path}, nil
}

// start checks the database answers and can be written, then migrates.
func (s *Store) start(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return s.explain("open", err)
	}
	if err := s.migrate(ctx); err != nil {
		return s.explain("migrate", err)
	}
	// A write transaction proves the file is writable and not locked
	// even when there was nothing to migrate.
	tx, err := s.db.BeginTx(ctx, nil)
	if err == nil {
		_, err = tx.ExecContext(ctx, s.q("DELETE FROM seen WHERE expires_at < ?"), time.Now().UnixMicro())
		if err == nil {
			err = tx.Commit()
		} else {
			tx.Rollback()
		}
	}
	if err != nil {
		return s.explain("write", err)
	}
	return nil
}

// explain words a start-up failure so an operator knows what to fix.
func (s *Store) explain(step string, err error) error {
	msg := err.Error()
	switch {
	case s.engine == "sqlite" && (strings.Contains(msg, "locked") || strings.Contains(msg, "SQLITE_BUSY")):
		return fmt.Errorf("sqlite %s is locked by another program: %w", s.where, err)
	case s.engine == "sqlite" && (strings.Contains(msg, "readonly") || strings.Contains(msg, "read-only") || strings.Contains(msg, "unable to open")):
		return fmt.Errorf("sqlite %s cannot be written (check the file's and its folder's permissions): %w", s.where, err)
	case s.engine == "sqlite" && strings.Contains(msg, "not a database"):
		return fmt.Errorf("sqlite %s is not a SQLite database: %w", s.where, err)
	}
	return fmt.Errorf("%s %s: %s: %w", s.engine, s.where, step, err)
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// String names the store for logs: "sqlite talkbot.db",
// "postgres db.example:5432/talkbot" (never a password).
func (s *Store) String() string { return s.engine + " " + s.where }

// Engine is "sqlite" or "postgres".
func (s *Store) Engine() string { return s.engine }

// q rewrites a query's "?" placeholders for the engine ("$1"… for
// PostgreSQL). Queries hold no literal question marks.
func (s *Store) q(query string) string {
	if s.engine != "postgres" {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// newID returns a random identifier, short enough for a Discord custom_id.
func newID() string {
	var b [12]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func redact(u *url.URL) string {
	return strings.TrimPrefix(u.Host+u.Path, "/")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

var errNoRows = sql.ErrNoRows

func isNoRows(err error) bool { return errors.Is(err, errNoRows) }
