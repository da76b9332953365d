package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
)

// errClosing is returned by a reload that finished after Close began.
var errClosing = errors.New("talkbot is shutting down")

// reloader rebuilds the index from the corpus, one reload at a time, and
// swaps it into the bot. Triggers that arrive while a reload is waiting
// are folded into it.
type reloader struct {
	m     *Main
	sem   chan struct{} // held by the reload in progress
	kick  chan string   // a queued reload and why; capacity 1
	force atomic.Bool   // the queued reload rebuilds even when unchanged
	last  atomic.Pointer[reloadResult]

	mu      sync.Mutex
	closed  bool
	retired map[*index.Index]*time.Timer // swapped out, closed after the grace period
}

type reloadResult struct {
	at     time.Time
	failed bool
}

func newReloader(m *Main) *reloader {
	return &reloader{m: m, sem: make(chan struct{}, 1), kick: make(chan string, 1), retired: map[*index.Index]*time.Timer{}}
}

// start runs queued reloads until ctx ends.
func (r *reloader) start(ctx context.Context) {
	r.m.triggers.Go(func() {
		for {
			select {
			case <-ctx.Done():
				return
			case why := <-r.kick:
				force := r.force.Swap(false)
				_, _ = r.reload(ctx, why, force)
			}
		}
	})
}

// trigger queues a reload; force rebuilds even when the statements are
// unchanged. It never blocks.
func (r *reloader) trigger(why string, force bool) {
	if force {
		r.force.Store(true)
	}
	select {
	case r.kick <- why:
	default: // one is already queued; it will see this change too
	}
}

// reload loads the corpus and, unless it failed or (without force) nothing
// changed, builds a new index and swaps it in. The old index keeps
// answering until then, and is closed after a grace period. It returns a
// one-line report for the reload command.
func (r *reloader) reload(ctx context.Context, why string, force bool) (string, error) {
	select {
	case r.sem <- struct{}{}:
	case <-ctx.Done():
		return "", fmt.Errorf("another reload is still running: %w", ctx.Err())
	}
	defer func() { <-r.sem }()
	m := r.m
	log := m.log.With("trigger", why)
	if r.isClosed() {
		return "", errClosing
	}
	start := time.Now()
	msg, err := r.rebuild(log, force)
	if err != nil {
		r.last.Store(&reloadResult{at: time.Now().UTC(), failed: true})
		log.Error("reload failed; still answering from the index in use", "err", err.Error())
		return "", err
	}
	r.last.Store(&reloadResult{at: time.Now().UTC()})
	log.Info("reload done", "result", msg, "took", time.Since(start).Round(time.Millisecond).String())
	return msg, nil
}

func (r *reloader) rebuild(log *slog.Logger, force bool) (string, error) {
	m := r.m
	c, err := m.loadCorpus()
	if err != nil {
		return "", fmt.Errorf("cannot read the corpus: %w", err)
	}
	skipped := ""
	if n := len(c.Errors); n > 0 {
		names := make([]string, 0, n)
		for _, e := range c.Errors {
			name := e.Error()
			if fe, ok := errors.AsType[*corpus.FileError](e); ok {
				name = filepath.Base(fe.File)
			}
			names = append(names, name)
		}
		if len(names) > 5 {
			names = append(names[:5], "…")
		}
		files := "files"
		if n == 1 {
			files = "file"
		}
		skipped = fmt.Sprintf("; %d %s skipped (%s), see the log", n, files, strings.Join(names, ", "))
	}
	if len(c.Statements) == 0 {
		return "", fmt.Errorf("no statements found in %s%s", displayDir(m.Config.Corpus), skipped)
	}
	st := newState(c, m.Config.IndexPath)
	if cur := m.state.Load(); !force && cur != nil && cur.content == st.content {
		log.Debug("corpus unchanged; index kept")
		// The statements are the same, but which files were skipped
		// may not be.
		kept := *cur
		kept.Skipped = st.Skipped
		m.state.Store(&kept)
		return fmt.Sprintf("Nothing changed: %d statements from %d articles%s.", st.Statements, st.Articles, skipped), nil
	}
	ix, err := m.makeIndex(c, st.content, false)
	if err != nil {
		return "", err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		ix.Close()
		return "", errClosing
	}
	old := m.bot.Swap(ix)
	st.Built = ix.Built()
	m.state.Store(st)
	m.reloads.Add(1)
	m.indexed(c.Statements)
	if old != nil && old != ix {
		r.retired[old] = time.AfterFunc(m.grace, func() {
			r.mu.Lock()
			_, mine := r.retired[old]
			delete(r.retired, old)
			r.mu.Unlock()
			if mine {
				closeQuietly(log, old)
			}
		})
	}
	return fmt.Sprintf("Reloaded: %d statements from %d articles%s.", st.Statements, st.Articles, skipped), nil
}

func closeQuietly(log *slog.Logger, ix *index.Index) {
	if err := ix.Close(); err != nil {
		log.Warn("closing an index swapped out", "err", err)
	}
}

func (r *reloader) isClosed() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.closed
}

// close stops reloads, waits (within ctx) for one in progress, and closes
// the indexes swapped out and not yet closed.
func (r *reloader) close(ctx context.Context) {
	r.mu.Lock()
	r.closed = true
	r.mu.Unlock()
	select {
	case r.sem <- struct{}{}:
	case <-ctx.Done():
		r.m.log.Warn("a reload was still running at the shutdown timeout")
	}
	r.mu.Lock()
	retired := r.retired
	r.retired = map[*index.Index]*time.Timer{}
	r.mu.Unlock()
	for ix, t := range retired {
		if t.Stop() {
			closeQuietly(r.m.log, ix)
		}
	}
}

// contentHash identifies a corpus's statements, every field included, to
// tell whether a change on disk changed what the bot knows.
func contentHash(stmts []corpus.Statement) string {
	h := sha256.New()
	enc := json.NewEncoder(h)
	for i := range stmts {
		_ = enc.Encode(&stmts[i])
		fmt.Fprintf(h, "%q %v %v\n", stmts[i].Context, stmts[i].Topics, stmts[i].Aliases)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// watcher watches a folder tree and calls fire once the tree has been
// quiet for debounce after a change.
type watcher struct {
	root     string
	ignore   []string
	debounce time.Duration
	log      *slog.Logger
	fire     func()
	fw       *fsnotify.Watcher
}

func newWatcher(root string, ignore []string, debounce time.Duration, log *slog.Logger, fire func()) (*watcher, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{root: abs, ignore: ignore, debounce: debounce, log: log, fire: fire, fw: fw}
	if err := w.addTree(abs); err != nil {
		fw.Close()
		return nil, err
	}
	log.Info("watching the corpus folder", "dir", root)
	return w, nil
}

// addTree watches dir and every folder under it, except hidden ones
// (which the corpus skips too) and ignored ones.
func (w *watcher) addTree(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return nil // gone or unreadable: the corpus load reports it
		}
		if !d.IsDir() {
			return nil
		}
		if p != dir && (strings.HasPrefix(d.Name(), ".") || w.ignored(p)) {
			return filepath.SkipDir
		}
		if err := w.fw.Add(p); err != nil {
			if p == dir {
				return err
			}
			w.log.Warn("cannot watch a corpus subfolder", "dir", p, "err", err)
		}
		return nil
	})
}

func (w *watcher) ignored(p string) bool {
	for _, ig := range w.ignore {
		if p == ig || strings.HasPrefix(p, ig+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

// relevant says whether an event can change the corpus: editors' swap and
// backup files, hidden files and the index's own files do not.
func (w *watcher) relevant(ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod {
		return false
	}
	if ev.Name == w.root {
		return true
	}
	base := filepath.Base(ev.Name)
	if strings.HasPrefix(base, ".") || strings.HasSuffix(base, "~") || w.ignored(ev.Name) {
		return false
	}
	return true
}

func (w *watcher) run(ctx context.Context) {
	defer w.fw.Close()
	var timer *time.Timer
	var fire <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			if timer != nil {
				timer.Stop()
			}
			return
		case ev, ok := <-w.fw.Events:
			if !ok {
				return
			}
			if !w.relevant(ev) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					_ = w.addTree(ev.Name)
				}
			}
			if timer == nil {
				timer = time.NewTimer(w.debounce)
			} else {
				timer.Reset(w.debounce)
			}
			fire = timer.C
		case err, ok := <-w.fw.Errors:
			if !ok {
				return
			}
			w.log.Warn("watching the corpus folder", "err", err)
		case <-fire:
			fire = nil
			// The folder may have been replaced; watch whatever is there now.
			if err := w.addTree(w.root); err != nil {
				w.log.Warn("cannot watch the corpus folder", "dir", w.root, "err", err)
			}
			w.fire()
		}
	}
}
