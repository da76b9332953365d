// Package runner is what every chat front door (Slack, Discord, and the
// next one) needs in the same way, written once: a bounded pool of workers
// that answer, de-duplication of events delivered twice, recovery from a
// panic in a handler, and stripping the bot's mention from a message.
//
// An adapter turns a platform event into a bot.Request, checks it with a
// Dedupe, hands the work to a Pool and renders what the Handler answered;
// nothing here knows a platform SDK. Handlers are asked through Ask, which
// turns a panic into an apology.
package runner

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/internal/panics"
)

// Handler is the bot core as every adapter sees it. Handle may take
// seconds and should stop early when ctx is done; it reports problems in
// the Answer (Error set). A panic is caught by Ask.
type Handler interface {
	Handle(ctx context.Context, req bot.Request) bot.Answer
}

// ThreadFollower is an optional ability of a Handler: whether the bot
// takes part in the conversation req continues, so that a message there
// that does not mention it is a question to it all the same.
type ThreadFollower interface {
	InThread(ctx context.Context, req bot.Request) bool
}

// Pool defaults.
const (
	DefaultWorkers    = 8                // answers worked on at once
	DefaultMaxPending = 256              // answers waiting or in progress before "busy"
	DefaultTimeout    = 30 * time.Second // one job, waiting for a worker included
)

// Config sizes a Pool. Zero values take the defaults.
type Config struct {
	// Workers is how many jobs run at once.
	Workers int
	// CostlyWorkers is how many of those may answer costly requests
	// (bot.Costly: status, timeline, sources) at once; default Workers/2.
	CostlyWorkers int
	// MaxPending is how many jobs may wait or run at once; Go refuses more.
	MaxPending int
	// Timeout ends each job's context, counted from when it was handed
	// over: waiting for a worker uses it up too.
	Timeout time.Duration
	// Logger receives a line for each panic and each job given up.
	Logger *slog.Logger
}

// Pool runs the work of answering on a bounded number of goroutines: at
// most MaxPending jobs exist at once (waiting or running), of which at
// most Workers run, of which at most CostlyWorkers answer costly requests.
// A panic in a job is recovered and logged; the pool goes on.
type Pool struct {
	log        *slog.Logger
	sem        chan struct{}
	costly     chan struct{}
	maxPending int64
	timeout    time.Duration

	pending atomic.Int64
	running atomic.Int64
	peak    atomic.Int64

	mu     sync.Mutex
	closed bool
	wg     sync.WaitGroup
	base   context.Context
	cancel context.CancelFunc
}

// New returns a Pool sized by cfg.
func New(cfg Config) *Pool {
	if cfg.Workers <= 0 {
		cfg.Workers = DefaultWorkers
	}
	if cfg.CostlyWorkers <= 0 {
		cfg.CostlyWorkers = max(1, cfg.Workers/2)
	}
	if cfg.MaxPending <= 0 {
		cfg.MaxPending = DefaultMaxPending
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	p := &Pool{
		log:        cfg.Logger,
		sem:        make(chan struct{}, cfg.Workers),
		costly:     make(chan struct{}, min(cfg.CostlyWorkers, cfg.Workers)),
		maxPending: int64(cfg.MaxPending),
		timeout:    cfg.Timeout,
	}
	p.base, p.cancel = context.WithCancel(context.Background())
	return p
}

// SetMaxPending changes how many jobs may wait or run at once; for tests.
func (p *Pool) SetMaxPending(n int) { p.maxPending = int64(n) }

// Go hands job, which answers req, to a worker. It returns false, and runs
// nothing, when MaxPending jobs already wait or run, or the pool is
// closed: the caller should then say it is busy. A costly request first
// waits for one of the places kept for such requests.
//
// job's context is the pool's, not the caller's (an answer outlives the
// event that asked for it), and ends after the pool's Timeout. When no
// worker is free before that, job does not run and gaveUp (if not nil)
// does, outside the workers, so that the asker can be told.
func (p *Pool) Go(req bot.Request, job func(ctx context.Context), gaveUp func()) bool {
	if p.pending.Add(1) > p.maxPending {
		p.pending.Add(-1)
		return false
	}
	if !p.admit() {
		p.pending.Add(-1)
		return false
	}
	costly := req.Text != "" && bot.Costly(req.Text)
	go func() {
		defer p.wg.Done()
		defer p.pending.Add(-1)
		ctx, cancel := context.WithTimeout(p.base, p.timeout)
		defer cancel()
		if costly {
			if !p.acquire(ctx, p.costly) {
				p.giveUp(gaveUp)
				return
			}
			defer func() { <-p.costly }()
		}
		if !p.acquire(ctx, p.sem) {
			p.giveUp(gaveUp)
			return
		}
		defer func() { <-p.sem }()
		n := p.running.Add(1)
		defer p.running.Add(-1)
		for {
			peak := p.peak.Load()
			if n <= peak || p.peak.CompareAndSwap(peak, n) {
				break
			}
		}
		p.run("job", func() { job(ctx) })
	}()
	return true
}

// Extra runs a short job outside the workers' limit (a busy notice, the
// rest of a reply whose answer a worker is preparing), tracked so that
// Close waits for it. It returns false once the pool is closed.
func (p *Pool) Extra(job func(ctx context.Context)) bool {
	if !p.admit() {
		return false
	}
	go func() {
		defer p.wg.Done()
		ctx, cancel := context.WithTimeout(p.base, p.timeout)
		defer cancel()
		p.run("extra job", func() { job(ctx) })
	}()
	return true
}

// admit counts one more goroutine unless the pool is closed.
func (p *Pool) admit() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return false
	}
	p.wg.Add(1)
	return true
}

// acquire takes a place in sem, or gives up when ctx ends first.
func (p *Pool) acquire(ctx context.Context, sem chan struct{}) bool {
	select {
	case sem <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

func (p *Pool) giveUp(gaveUp func()) {
	p.log.Warn("gave up waiting for a free worker")
	if gaveUp != nil {
		p.run("give-up notice", gaveUp)
	}
}

// run calls f, logging a panic instead of passing it on.
func (p *Pool) run(what string, f func()) {
	defer panics.Recover(p.log, what+" panicked")
	f()
}

// Peak is the largest number of jobs that ran at once so far.
func (p *Pool) Peak() int { return int(p.peak.Load()) }

// Wait waits until every job handed over so far has finished, or ctx is
// done; the pool keeps taking jobs.
func (p *Pool) Wait(ctx context.Context) error {
	done := make(chan struct{})
	go func() {
		p.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Close stops taking jobs and waits for those under way until ctx is done;
// then it cancels their contexts and returns ctx's error.
func (p *Pool) Close(ctx context.Context) error {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	err := p.Wait(ctx)
	p.cancel()
	return err
}

// BusyText is what the asker is told when too many questions wait.
const BusyText = "I am answering a lot of questions right now. Please ask again in a minute."

// Busy is the answer given when the pool refuses a job.
func Busy(question string) bot.Answer {
	return bot.Answer{Question: question, Intent: bot.None, Error: true, Summary: BusyText}
}

// Ask asks h and returns its answer; ok is false when h panicked, and the
// answer is then an Apology. The panic is logged with its stack.
func Ask(ctx context.Context, log *slog.Logger, h Handler, req bot.Request) (a bot.Answer, ok bool) {
	if p := panics.Call(func() { a = h.Handle(ctx, req) }); p != nil {
		p.Log(log, "answering failed", "user", req.User)
		return bot.Apology(req.Text), false
	}
	return a, true
}
