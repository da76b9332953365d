package chanlimit

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestWaitPerChannel(t *testing.T) {
	l := New(time.Hour, 2, 10)
	ctx := context.Background()
	for range 2 {
		if err := l.Wait(ctx, "C1"); err != nil {
			t.Fatalf("within the burst: %v", err)
		}
	}
	// A third message in C1 must wait an hour; C2 is not held up.
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if err := l.Wait(short, "C1"); err == nil {
		t.Error("a third message in C1 went out at once")
	}
	if err := l.Wait(ctx, "C2"); err != nil {
		t.Errorf("C2 held up by C1: %v", err)
	}
}

func TestForgetsIdleChannels(t *testing.T) {
	l := New(time.Hour, 1, 2)
	ctx := context.Background()
	for _, ch := range []string{"A", "B", "C"} {
		if err := l.Wait(ctx, ch); err != nil {
			t.Fatal(err)
		}
	}
	if len(l.byCh) != 2 {
		t.Errorf("%d channels remembered; want at most 2", len(l.byCh))
	}
	if _, ok := l.byCh["A"]; ok {
		t.Error("the idlest channel was kept")
	}
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	if err := l.Wait(canceled, "B"); !errors.Is(err, context.Canceled) {
		t.Errorf("Wait on a canceled context: %v", err)
	}
}
