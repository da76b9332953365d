package replay

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// TestMemory: a key is seen again only within its ttl, however many other
// keys came between; expired keys are dropped.
func TestMemory(t *testing.T) {
	m := NewMemory()
	now := time.Unix(1_700_000_000, 0)
	m.now = func() time.Time { return now }
	ctx := context.Background()
	seen := func(key string, ttl time.Duration) bool {
		t.Helper()
		ok, err := m.Seen(ctx, key, ttl)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	steps := []struct {
		advance time.Duration
		key     string
		want    bool
	}{
		{0, "a", false},
		{time.Second, "a", true},
		{4 * time.Minute, "a", true},
		{0, "b", false},
		{58 * time.Second, "a", true}, // 4 min 59 s after a
		{time.Second, "a", false},     // five minutes are up: new again
		{time.Second, "a", true},
		{5 * time.Minute, "b", false},
	}
	for i, s := range steps {
		now = now.Add(s.advance)
		if got := seen(s.key, 5*time.Minute); got != s.want {
			t.Errorf("step %d: Seen(%q) = %v; want %v", i, s.key, got, s.want)
		}
	}

	// Ten thousand other keys do not push a key out.
	seen("kept", 5*time.Minute)
	for i := range 10_000 {
		seen(fmt.Sprint("other-", i), 5*time.Minute)
	}
	if !seen("kept", 5*time.Minute) {
		t.Error("a key was forgotten within its ttl because of other keys")
	}
	now = now.Add(6 * time.Minute)
	seen("later", 5*time.Minute)
	if n := m.Len(); n != 1 {
		t.Errorf("%d keys remembered after all others expired; want 1", n)
	}
}

func ExampleMemory() {
	m := NewMemory()
	ctx := context.Background()
	first, _ := m.Seen(ctx, "slack:v0=4b7c…", 10*time.Minute)
	again, _ := m.Seen(ctx, "slack:v0=4b7c…", 10*time.Minute)
	fmt.Println(first, again)
	// Output: false true
}

func BenchmarkMemorySeen(b *testing.B) {
	m := NewMemory()
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		m.Seen(ctx, fmt.Sprint(i), 5*time.Minute)
	}
}
