package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/talkbot/talkbot/adapters/runner"
	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
	"github.com/talkbot/talkbot/internal/replay"
	"github.com/talkbot/talkbot/store"
)

// runServe runs the front doors configured in the environment until ctx
// ends (SIGINT, SIGTERM) or an adapter fails for good.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	dir := fs.String("corpus", "", "folder of articles (default: TALKBOT_CORPUS, else the built-in corpus)")
	check := fs.Bool("check", false, "check the configuration, print what would run, and exit")
	if err := parseSetup(fs, args, stderr, "talkbot serve [--corpus DIR] [--check]"); err != nil {
		return err
	}
	cfg, err := readConfig()
	if err != nil {
		return err
	}
	if *dir != "" {
		cfg.Corpus = *dir
	}
	if err := cfg.validate(); err != nil {
		return err
	}
	if *check {
		fmt.Fprintln(stdout, "configuration is valid; talkbot serve would run:")
		cfg.describe(stdout)
		return nil
	}

	m := NewMain(cfg, stderr)
	if err := m.Run(ctx); err != nil {
		m.Close()
		return err
	}
	return m.Wait(ctx)
}

// Main is talkbot serve: one bot behind every configured front door, its
// index kept in step with the corpus folder. Create it with NewMain, call
// Run, and Close when done.
type Main struct {
	Config *Config
	// Stderr receives logs and progress bars.
	Stderr io.Writer

	log    *slog.Logger
	bot    *bot.Bot
	store  *store.Store // nil when the Config names no database
	core   *core
	state  atomic.Pointer[indexState]
	rl     *reloader
	failed chan error

	ln    net.Listener
	srv   *http.Server
	doors []frontDoor // every configured way in (frontdoors.go)
	feedParts
	digestParts

	runCtx    context.Context
	stopRun   context.CancelFunc
	running   sync.WaitGroup // Socket Mode and gateway loops
	triggers  sync.WaitGroup // watcher, SIGHUP, reload loop
	hup       chan os.Signal
	closeOnce sync.Once
	closeErr  error

	// Counters, for tests and the health check.
	builds  atomic.Int64 // indexes built (memory or disk)
	reuses  atomic.Int64 // on-disk indexes reused at start
	reloads atomic.Int64 // reloads that swapped in a new index

	// Knobs tests turn.
	slackAPIURL  string
	beforeHandle func(ctx context.Context, req bot.Request)
	grace        time.Duration // before an index swapped out is closed
	debounce     time.Duration // quiet time after a corpus change
	settle       time.Duration // how long a written file must stay unmodified; 0: the watcher's default

	watch       atomic.Pointer[watcher] // nil when the folder is not watched
	watchBroken atomic.Bool             // the watch could not be set up at all
}

// indexState describes the index in use, for /healthz and logs.
type indexState struct {
	Statements int       `json:"statements"`
	Articles   int       `json:"articles"`
	Skipped    int       `json:"skipped_files"`
	AsOf       string    `json:"as_of,omitempty"`
	Built      time.Time `json:"built"`
	Store      string    `json:"index"` // "memory" or "disk"
	content    string    // hash of the statements, to skip no-op reloads
}

// NewMain returns a Main for cfg that logs to stderr.
func NewMain(cfg *Config, stderr io.Writer) *Main {
	if stderr == nil {
		stderr = os.Stderr
	}
	m := &Main{Config: cfg, Stderr: stderr, failed: make(chan error, 4), grace: 30 * time.Second, debounce: 500 * time.Millisecond}
	m.log = cfg.newLogger(stderr)
	m.rl = newReloader(m)
	return m
}

// Wait serves until ctx ends or a front door fails for good, then closes
// m gracefully.
func (m *Main) Wait(ctx context.Context) error {
	var err error
	select {
	case <-ctx.Done():
		m.log.Info("shutting down", "timeout", m.Config.ShutdownTimeout.String())
	case err = <-m.Failed():
		m.log.Info("shutting down after the failure above", "timeout", m.Config.ShutdownTimeout.String())
	}
	if cerr := m.Close(); err == nil {
		err = cerr
	}
	return err
}

// slackAPI is where the Slack Web API is: SLACK_API_URL, or a test's.
func (m *Main) slackAPI() string {
	if m.slackAPIURL != "" {
		return m.slackAPIURL
	}
	return m.Config.Platform.SlackAPIURL
}

// Failed reports an adapter that stopped for good (a rejected token).
func (m *Main) Failed() <-chan error { return m.failed }

// Addr is the address the HTTP listener is bound to, "" when none.
func (m *Main) Addr() string {
	if m.ln == nil {
		return ""
	}
	return m.ln.Addr().String()
}

// Bot is the bot every front door asks.
func (m *Main) Bot() *bot.Bot { return m.bot }

// Run builds or opens the index, starts every configured front door and
// the corpus watcher, and returns; they run until Close.
func (m *Main) Run(ctx context.Context) error {
	cfg := m.Config
	m.runCtx, m.stopRun = context.WithCancel(context.WithoutCancel(ctx))
	m.log.Info("starting talkbot serve", "corpus", displayDir(cfg.Corpus), "index", storeName(cfg.IndexPath),
		"http", cfg.HTTPAddr, "slack_socket_mode", cfg.slackSocketMode(), "slack_http", cfg.slackHTTP(),
		"discord_gateway", cfg.discordGateway(), "discord_http", cfg.discordHTTP(), "database", databaseName(cfg))

	var err error
	if m.store, err = openStore(ctx, cfg); err != nil {
		return err
	}
	if err := m.openIndex(); err != nil {
		return err
	}
	m.core = &core{b: m.bot, before: m.beforeHandle}

	// Build every front door before starting any, so a bad setting stops
	// start-up with nothing half running. Signed requests accepted over
	// HTTP and events answered are remembered in the database, which
	// replicas share, or else in this process.
	var replays runner.Seen = replay.NewMemory()
	if m.store != nil {
		replays = m.store
	}
	for _, p := range platforms {
		doors, err := p(m, replays)
		if err != nil {
			return err
		}
		m.doors = append(m.doors, doors...)
	}

	if cfg.HTTPAddr != "" {
		mux := http.NewServeMux()
		mux.HandleFunc("GET /healthz", m.serveHealth)
		for _, d := range m.doors {
			if d.mount != nil {
				d.mount(mux)
			}
		}
		ln, err := net.Listen("tcp", cfg.HTTPAddr)
		if err != nil {
			return fmt.Errorf("TALKBOT_HTTP_ADDR: cannot listen on %s: %v", cfg.HTTPAddr, errors.Unwrap(err))
		}
		m.ln = ln
		m.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 15 * time.Second,
			IdleTimeout: 2 * time.Minute, ErrorLog: slog.NewLogLogger(m.log.Handler(), slog.LevelWarn)}
		go func() {
			if err := m.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				m.fail(fmt.Errorf("http: %w", err))
			}
		}()
		m.log.Info("listening", "addr", ln.Addr().String())
	}
	for _, d := range m.doors {
		if d.run != nil {
			m.start(d.name, d.run)
		}
	}

	m.rl.start(m.runCtx)
	if cfg.Corpus != "" && cfg.Watch {
		w, err := newWatcher(cfg.Corpus, m.watchIgnores(), m.debounce, m.log, func() { m.rl.trigger("corpus changed", false) })
		if err != nil {
			m.watchBroken.Store(true)
			m.log.Warn("not watching the corpus folder; reload with SIGHUP or the reload command", "err", err)
		} else {
			if m.settle > 0 {
				w.settle = m.settle
			}
			m.watch.Store(w)
			m.triggers.Go(func() { w.run(m.runCtx) })
		}
	}
	m.hup = make(chan os.Signal, 1)
	signal.Notify(m.hup, syscall.SIGHUP)
	m.triggers.Go(func() {
		for {
			select {
			case <-m.runCtx.Done():
				return
			case <-m.hup:
				m.log.Info("SIGHUP: reloading the corpus")
				m.rl.trigger("SIGHUP", true)
			}
		}
	})
	// After the watch, so that it sees the first articles saved.
	if err := m.startFeeds(m.runCtx); err != nil {
		return err
	}
	if err := m.startDigests(); err != nil {
		return err
	}
	m.indexed(m.bot.Index().Statements())
	st := m.state.Load()
	m.log.Info("serving", "statements", st.Statements, "articles", st.Articles)
	return nil
}

// start runs an adapter loop until Close; an error it returns is fatal.
func (m *Main) start(name string, run func(context.Context) error) {
	m.running.Go(func() {
		if err := run(m.runCtx); err != nil {
			m.fail(fmt.Errorf("%s: %w", name, err))
		}
	})
}

func (m *Main) fail(err error) {
	m.log.Error("a front door stopped", "err", err.Error())
	select {
	case m.failed <- err:
	default:
	}
}

// Close stops accepting requests, lets the answers in flight finish (all
// within TALKBOT_SHUTDOWN_TIMEOUT), stops the adapters and closes the
// index. It is safe to call more than once, and after a failed Run.
func (m *Main) Close() error {
	m.closeOnce.Do(func() { m.closeErr = m.close() })
	return m.closeErr
}

func (m *Main) close() error {
	ctx, cancel := context.WithTimeout(context.Background(), m.Config.ShutdownTimeout)
	defer cancel()
	var errs []error
	if m.hup != nil {
		signal.Stop(m.hup)
	}
	if m.srv != nil {
		if err := m.srv.Shutdown(ctx); err != nil {
			m.log.Warn("answers still in flight at the shutdown timeout were dropped", "err", err)
			m.srv.Close()
		}
	}
	if m.stopRun != nil {
		m.stopRun()
	}
	if !waitGroup(ctx, &m.running) {
		m.log.Warn("a front door's connection (Slack Socket Mode, the Discord gateway) did not stop within the shutdown timeout")
	}
	for _, d := range m.doors {
		if d.shutdown == nil {
			continue
		}
		if err := d.shutdown(ctx); err != nil {
			errs = append(errs, fmt.Errorf("%s: answers still being posted: %w", d.name, err))
		}
	}
	waitGroup(ctx, &m.triggers)
	m.rl.close(ctx)
	if m.bot != nil {
		// What the bot works out in the background reads the index.
		m.bot.Stop()
		if err := m.bot.Index().Close(); err != nil {
			errs = append(errs, fmt.Errorf("closing the index: %w", err))
		}
	}
	if m.store != nil {
		if err := m.store.Close(); err != nil {
			errs = append(errs, fmt.Errorf("closing the database: %w", err))
		}
	}
	m.log.Info("stopped")
	return errors.Join(errs...)
}

// waitGroup waits for wg or ctx; it reports whether wg finished.
func waitGroup(ctx context.Context, wg *sync.WaitGroup) bool {
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		return true
	case <-ctx.Done():
		return false
	}
}

// core is what the adapters ask: the bot, plus a hook for tests.
type core struct {
	b      *bot.Bot
	before func(ctx context.Context, req bot.Request)
}

func (c *core) Handle(ctx context.Context, req bot.Request) bot.Answer {
	if c.before != nil {
		c.before(ctx, req)
	}
	return c.b.Handle(ctx, req)
}

// InThread lets the adapters answer thread messages without a mention in
// the threads the bot takes part in.
func (c *core) InThread(ctx context.Context, req bot.Request) bool { return c.b.InThread(ctx, req) }

// Vote records the feedback buttons pressed under an answer.
func (c *core) Vote(ctx context.Context, turnID, user string, up bool) (bool, error) {
	return c.b.Vote(ctx, turnID, user, up)
}

// Speakers lets Discord autocomplete /talks quotes.
func (c *core) Speakers() []string { return c.b.Speakers() }

func storeName(path string) string {
	if path == "" {
		return "memory"
	}
	return "disk"
}

// openIndex loads the corpus and opens the stored index when it matches,
// or builds one; then creates the bot.
func (m *Main) openIndex() error {
	cfg := m.Config
	if cfg.IndexPath != "" {
		m.removeLeftovers()
	}
	c, err := m.loadCorpus()
	if err != nil {
		if cfg.Corpus != "" {
			return fmt.Errorf("TALKBOT_CORPUS: %v", err)
		}
		return err
	}
	if len(c.Statements) == 0 {
		return fmt.Errorf("TALKBOT_CORPUS: no statements found in %s (%d files skipped)", displayDir(cfg.Corpus), len(c.Errors))
	}
	st := newState(c, cfg.IndexPath)
	ix, err := m.makeIndex(c, st.content, true)
	if err != nil {
		return err
	}
	m.bot = bot.New(ix, m.commands(withStore(bot.Options{
		Logger:        m.log,
		LogText:       cfg.LogText,
		RatePerMinute: cfg.RatePerMinute,
		Burst:         cfg.RateBurst,
		Admins:        cfg.Admins,
		Reload:        func(ctx context.Context) (string, error) { return m.rl.reload(ctx, "reload command", true) },
	}, m.store)))
	st.Built = ix.Built()
	m.state.Store(st)
	giveBackMemory()
	return nil
}

// loadCorpus reads the corpus, logging each file skipped.
func (m *Main) loadCorpus() (*corpus.Corpus, error) {
	p := newProgress(m.Stderr, m.log, "loading articles", "files")
	c, err := loadCorpus(m.Config.Corpus, io.Discard, p)
	if err != nil {
		return nil, err
	}
	for _, e := range c.Errors {
		m.log.Warn("skipped a file", "err", e.Error())
	}
	return c, nil
}

// makeIndex indexes c's statements: in memory, or on disk where a stored
// index built from the same statements is reused when reuse is set.
// content is contentHash of the statements; its start names the corpus an
// on-disk index was built from.
func (m *Main) makeIndex(c *corpus.Corpus, content string, reuse bool) (ix *index.Index, err error) {
	defer func() {
		if ix != nil {
			ix.OnDamaged(m.indexDamaged)
		}
	}()
	start := time.Now()
	path := m.Config.IndexPath
	p := newProgress(m.Stderr, m.log, "indexing statements", "statements")
	defer p.finish()
	if path == "" {
		ix, err := index.NewWithProgress(c.Statements, p.update)
		if err != nil {
			return nil, err
		}
		m.builds.Add(1)
		m.log.Info("index built in memory", "statements", len(c.Statements), "took", time.Since(start).Round(time.Millisecond).String())
		return ix, nil
	}
	fp := content[:32]
	if reuse {
		ix, err := index.Open(path, fp)
		if err == nil {
			m.reuses.Add(1)
			m.log.Info("index reused from disk", "path", path, "statements", ix.Len())
			return ix, nil
		}
		level := slog.LevelInfo
		if errors.Is(err, index.ErrDamaged) {
			level = slog.LevelWarn
		}
		m.log.Log(context.Background(), level, "stored index not usable; rebuilding", "path", path, "why", err.Error())
	}
	ix, err = index.Build(path, c.Statements, fp, p.update)
	if err != nil {
		return nil, fmt.Errorf("TALKBOT_INDEX_PATH: building the index at %s: %w", path, err)
	}
	m.builds.Add(1)
	m.log.Info("index built on disk", "path", path, "statements", len(c.Statements), "took", time.Since(start).Round(time.Millisecond).String())
	return ix, nil
}

// indexDamaged is called by a search that found the index damaged: the
// index is rebuilt from the corpus, and answers from the new one.
func (m *Main) indexDamaged(err error) {
	m.log.Error("the index failed while answering; rebuilding it from the corpus", "err", err.Error())
	m.rl.trigger("index damaged", true)
}

// removeLeftovers deletes what a build killed half way leaves beside the
// index path: .NAME.building-* folders and NAME.old.
func (m *Main) removeLeftovers() {
	path := filepath.Clean(m.Config.IndexPath)
	parent, base := filepath.Dir(path), filepath.Base(path)
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() && (strings.HasPrefix(n, "."+base+".building-") || n == base+".old") {
			if err := os.RemoveAll(filepath.Join(parent, n)); err == nil {
				m.log.Info("removed an unfinished index build left by an earlier run", "dir", filepath.Join(parent, n))
			}
		}
	}
}

// watchIgnores are paths whose changes are not corpus changes: the index,
// when it is kept inside the corpus folder.
func (m *Main) watchIgnores() []string {
	if m.Config.IndexPath == "" {
		return nil
	}
	p, err := filepath.Abs(m.Config.IndexPath)
	if err != nil {
		return nil
	}
	return []string{p, p + ".old"}
}

func newState(c *corpus.Corpus, indexPath string) *indexState {
	st := &indexState{Statements: len(c.Statements), Articles: len(c.Articles), Skipped: len(c.Errors),
		Built: time.Now().UTC().Truncate(time.Second), Store: storeName(indexPath), content: contentHash(c.Statements)}
	for _, s := range c.Statements {
		if d := s.Source.Published; len(d) >= 10 && d[:10] > st.AsOf {
			st.AsOf = d[:10]
		}
	}
	return st
}

// serveHealth answers GET /healthz with what the bot is answering from.
func (m *Main) serveHealth(w http.ResponseWriter, r *http.Request) {
	st := m.state.Load()
	res := struct {
		Status string `json:"status"`
		*indexState
		Reloads          int64     `json:"reloads"`
		LastReloadFailed bool      `json:"last_reload_failed,omitempty"`
		LastReloadAt     time.Time `json:"last_reload_at,omitzero"`
		Feeds            any       `json:"feeds,omitempty"`
		WatchFailed      bool      `json:"watch_failed,omitempty"`
	}{Status: "ok", indexState: st, Reloads: m.reloads.Load()}
	wt := m.watch.Load()
	res.WatchFailed = m.watchBroken.Load() || wt != nil && wt.failed.Load()
	if fh := m.feedHealth(); fh != nil {
		res.Feeds = fh
	}
	if lr := m.rl.last.Load(); lr != nil {
		res.LastReloadFailed, res.LastReloadAt = lr.failed, lr.at
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_ = json.NewEncoder(w).Encode(res)
}
