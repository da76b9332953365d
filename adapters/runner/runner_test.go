package runner

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/testkit"
)

func testLog() (*slog.Logger, *testkit.Buffer) {
	var b testkit.Buffer
	return slog.New(slog.NewTextHandler(&b, nil)), &b
}

// TestManyJobsNeverExceedTheWorkers: 200 questions at once are all
// answered, never more than Workers at a time, and one that panics is
// logged while the others are answered.
func TestManyJobsNeverExceedTheWorkers(t *testing.T) {
	log, logs := testLog()
	p := New(Config{Workers: 4, MaxPending: 500, Logger: log})
	var running, peak, answered atomic.Int32
	const n = 200
	for i := range n {
		ok := p.Go(bot.Request{Text: fmt.Sprintf("who said %d", i)}, func(ctx context.Context) {
			now := running.Add(1)
			defer running.Add(-1)
			for {
				old := peak.Load()
				if now <= old || peak.CompareAndSwap(old, now) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			if i == 7 {
				panic("one handler fails")
			}
			answered.Add(1)
		}, nil)
		if !ok {
			t.Fatalf("job %d refused with room for %d", i, 500)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := p.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	if got := peak.Load(); got > 4 || got < 2 {
		t.Errorf("%d jobs ran at once; want between 2 and the 4 workers", got)
	}
	if p.Peak() > 4 {
		t.Errorf("Peak() = %d; want ≤ 4", p.Peak())
	}
	if got := answered.Load(); got != n-1 {
		t.Errorf("%d jobs finished; want %d (all but the one that panicked)", got, n-1)
	}
	if !strings.Contains(logs.String(), "one handler fails") {
		t.Errorf("the panic was not logged: %s", logs)
	}
}

// TestFullPoolRefuses: past MaxPending a job is refused at once, and a
// place frees when a job ends.
func TestFullPoolRefuses(t *testing.T) {
	log, _ := testLog()
	p := New(Config{Workers: 1, MaxPending: 2, Logger: log})
	release := make(chan struct{})
	for i := range 2 {
		if !p.Go(bot.Request{Text: "q"}, func(context.Context) { <-release }, nil) {
			t.Fatalf("job %d refused", i)
		}
	}
	if p.Go(bot.Request{Text: "q"}, func(context.Context) { t.Error("a refused job ran") }, nil) {
		t.Fatal("a third job was taken with MaxPending 2")
	}
	close(release)
	if err := p.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	if !p.Go(bot.Request{Text: "q"}, func(context.Context) { close(done) }, nil) {
		t.Fatal("a job was refused after the others finished")
	}
	<-done
}

// TestCostlyJobsLeaveWorkers: costly requests take at most CostlyWorkers
// workers; an ordinary question still runs while they hold them.
func TestCostlyJobsLeaveWorkers(t *testing.T) {
	log, _ := testLog()
	p := New(Config{Workers: 4, CostlyWorkers: 2, Logger: log})
	release := make(chan struct{})
	var costly atomic.Int32
	for range 6 {
		p.Go(bot.Request{Text: "status gaza"}, func(context.Context) { costly.Add(1); <-release; costly.Add(-1) }, nil)
	}
	// The costly jobs start on their own goroutines: wait until the two
	// they may have are taken, before an ordinary question asks for a
	// worker beside them.
	for deadline := time.Now().Add(5 * time.Second); costly.Load() < 2; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d costly jobs started; want 2", costly.Load())
		}
	}
	asked := make(chan struct{})
	p.Go(bot.Request{Text: "who said war is not the solution"}, func(context.Context) { close(asked) }, nil)
	select {
	case <-asked:
	case <-time.After(5 * time.Second):
		t.Fatal("an ordinary question waited behind costly ones")
	}
	if n := costly.Load(); n != 2 {
		t.Errorf("%d costly jobs ran at once; want 2", n)
	}
	close(release)
	p.Wait(context.Background())
}

// TestGaveUpTellsTheAsker: a job that waits past the timeout does not run,
// and gaveUp does.
func TestGaveUpTellsTheAsker(t *testing.T) {
	log, _ := testLog()
	p := New(Config{Workers: 1, Timeout: 50 * time.Millisecond, Logger: log})
	release, started := make(chan struct{}), make(chan struct{})
	p.Go(bot.Request{Text: "q"}, func(context.Context) { close(started); <-release }, nil)
	<-started
	told := make(chan struct{})
	p.Go(bot.Request{Text: "q"}, func(context.Context) { t.Error("a job ran after its time was up") }, func() { close(told) })
	select {
	case <-told:
	case <-time.After(5 * time.Second):
		t.Fatal("gaveUp was not called")
	}
	close(release)
	p.Wait(context.Background())
}

// TestCloseWaitsThenCancels: Close refuses new jobs, waits for running
// ones, and cancels those still running when its context ends.
func TestCloseWaitsThenCancels(t *testing.T) {
	log, _ := testLog()
	p := New(Config{Workers: 2, Timeout: time.Minute, Logger: log})
	cancelled := make(chan struct{})
	p.Go(bot.Request{Text: "q"}, func(ctx context.Context) { <-ctx.Done(); close(cancelled) }, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if err := p.Close(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Close = %v; want the deadline, a job still running", err)
	}
	select {
	case <-cancelled:
	case <-time.After(5 * time.Second):
		t.Fatal("a running job's context was not cancelled by Close")
	}
	if p.Go(bot.Request{Text: "q"}, func(context.Context) {}, nil) || p.Extra(func(context.Context) {}) {
		t.Error("a closed pool took a job")
	}
}

type panicky struct{}

func (panicky) Handle(context.Context, bot.Request) bot.Answer { panic("core exploded") }

func TestAskRecoversAPanic(t *testing.T) {
	log, logs := testLog()
	a, ok := Ask(context.Background(), log, panicky{}, bot.Request{Text: "status"})
	if ok || !a.Error || a.Summary != bot.ApologyText {
		t.Errorf("Ask = %+v, %v; want the apology and false", a, ok)
	}
	if !strings.Contains(logs.String(), "core exploded") {
		t.Errorf("panic not logged: %s", logs)
	}
}

// failing is a shared store that cannot be reached.
type failing struct{}

func (failing) Seen(context.Context, string, time.Duration) (bool, error) {
	return false, errors.New("database is down")
}

// sharedMemory is a store two replicas share.
type sharedMemory struct {
	mu   sync.Mutex
	keys map[string]bool
}

func (s *sharedMemory) Seen(_ context.Context, key string, _ time.Duration) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	again := s.keys[key]
	s.keys[key] = true
	return again, nil
}

func TestDedupe(t *testing.T) {
	ctx := context.Background()
	log, _ := testLog()
	shared := &sharedMemory{keys: map[string]bool{}}
	a, b := NewDedupe(shared, log), NewDedupe(shared, log)
	if !a.First(ctx, "event:1", time.Minute) {
		t.Fatal("a new event was taken as seen")
	}
	if a.First(ctx, "event:1", time.Minute) {
		t.Error("the same event again was taken as new by the same replica")
	}
	if b.First(ctx, "event:1", time.Minute) {
		t.Error("the same event was taken as new by another replica sharing the store")
	}
	if !b.First(ctx, "event:2", time.Minute) {
		t.Error("another event was taken as seen")
	}
	down := NewDedupe(failing{}, log)
	if !down.First(ctx, "event:3", time.Minute) || down.First(ctx, "event:3", time.Minute) {
		t.Error("with the store down, an event is new once and then seen in this process")
	}
	alone := NewDedupe(nil, log)
	if !alone.First(ctx, "x", time.Minute) || alone.First(ctx, "x", time.Minute) {
		t.Error("without a store, an event is new once, then seen")
	}
}

func TestStripMention(t *testing.T) {
	tests := []struct {
		text, bot, want string
		found           bool
	}{
		{"<@UBOT> who said war is not the solution", "UBOT", "who said war is not the solution", true},
		{"<@UBOT|talkbot>: status gaza", "UBOT", "status gaza", true},
		{"hey <@UBOT>, what did <@U2> say?", "UBOT", "hey what did <@U2> say?", true},
		{"<@UOTHER> status", "", "status", true},
		{"  <@UBOT>  ", "UBOT", "", true},
		{"<@123> who said it", "123", "who said it", true},
		{"<@!123> status", "123", "status", true},
		{"status <@123>", "123", "status", true},
		{"<@456> status", "123", "<@456> status", false},
		{"no mention  at all", "123", "no mention at all", false},
		{"status <@U2>", "", "status <@U2>", false},
	}
	for _, tt := range tests {
		got, found := StripMention(tt.text, tt.bot)
		if got != tt.want || found != tt.found {
			t.Errorf("StripMention(%q, %q) = %q, %v; want %q, %v", tt.text, tt.bot, got, found, tt.want, tt.found)
		}
	}
}

func TestNoon(t *testing.T) {
	tests := []struct {
		in   string
		want int64 // Unix seconds; 0: not a day
	}{
		{"2024-09-25", 1727265600},
		{"2024-09-25T08:30:00Z", 1727265600},
		{"2024-02-29", 1709208000},
		{"2024-09", 0},
		{"", 0},
		{"2024-13-01", 0},
		{"2024-09-25x", 0},
		{"yesterday!", 0},
	}
	for _, tt := range tests {
		got, ok := Noon(tt.in)
		if (tt.want == 0) == ok || (ok && got.Unix() != tt.want) {
			t.Errorf("Noon(%q) = %d, %v; want %d", tt.in, got.Unix(), ok, tt.want)
		}
	}
}

func TestChangesSettings(t *testing.T) {
	for text, want := range map[string]bool{
		"config answers private":  true,
		"Config topic gaza":       true,
		"config":                  false,
		"config   ":               false,
		"add https://x":           false,
		"configure me":            false,
		"what did the config say": false,
	} {
		if got := ChangesSettings(text); got != want {
			t.Errorf("ChangesSettings(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestDedupeInTwoStages: FirstHere never asks the store; Shared asks only
// the store; First is both.
func TestDedupeInTwoStages(t *testing.T) {
	ctx := context.Background()
	log, _ := testLog()
	shared := &sharedMemory{keys: map[string]bool{}}
	a, b := NewDedupe(shared, log), NewDedupe(shared, log)
	if !a.FirstHere("m1", time.Minute) || a.FirstHere("m1", time.Minute) {
		t.Fatal("FirstHere: new once, then seen")
	}
	if len(shared.keys) != 0 {
		t.Errorf("FirstHere wrote to the store: %v", shared.keys)
	}
	if !a.Shared(ctx, "m1", time.Minute) || b.Shared(ctx, "m1", time.Minute) {
		t.Error("Shared: new for the first replica, seen for the second")
	}
	if !b.FirstHere("m1", time.Minute) {
		t.Error("FirstHere on another replica looked beyond its own process")
	}
	if !NewDedupe(nil, log).Shared(ctx, "x", time.Minute) {
		t.Error("Shared without a store: always new")
	}
}
