package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkSQLite measures the store's work per message on a SQLite file:
// remembering a turn, reading a thread back, and a de-duplication check.
func BenchmarkSQLite(b *testing.B) {
	s := mustOpen(b, Options{Path: filepath.Join(b.TempDir(), "talkbot.db")})
	ctx := context.Background()
	b.Run("Remember", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := s.Remember(ctx, turn(fmt.Sprint("thread", i%100), "q", time.Now())); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Recent", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := s.Recent(ctx, fmt.Sprint("thread", i%100), time.Now().Add(-time.Hour), 5); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Seen", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := s.Seen(ctx, fmt.Sprint("event", i), time.Hour); err != nil {
				b.Fatal(err)
			}
		}
	})
}
