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
	"runtime/debug"
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
	// queued counts triggers queued and not yet reloaded (0 or 1) plus the
	// reload the loop is running for one (0 or 1): 0 means idle.
	queued atomic.Int32
	last   atomic.Pointer[reloadResult]

	mu      sync.Mutex
	closed  bool
	retired map[*index.Index]retiredIndex // swapped out, closed after the grace period
}

type reloadResult struct {
	at     time.Time
	failed bool
}

func newReloader(m *Main) *reloader {
	return &reloader{m: m, sem: make(chan struct{}, 1), kick: make(chan string, 1), retired: map[*index.Index]retiredIndex{}}
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
				r.queued.Add(-1)
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
	r.queued.Add(1)
	select {
	case r.kick <- why:
	default: // one is already queued; it will see this change too
		r.queued.Add(-1)
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
	old, workDone := m.bot.Swap(ix)
	st.Built = ix.Built()
	m.state.Store(st)
	m.reloads.Add(1)
	m.indexed(c.Statements)
	if old != nil && old != ix {
		r.retired[old] = retiredIndex{workDone: workDone, timer: time.AfterFunc(m.grace, func() {
			r.mu.Lock()
			_, mine := r.retired[old]
			delete(r.retired, old)
			r.mu.Unlock()
			if mine {
				<-workDone
				closeQuietly(log, old)
				giveBackMemory()
			}
		})}
	}
	// What building took is garbage now.
	defer giveBackMemory()
	return fmt.Sprintf("Reloaded: %d statements from %d articles%s.", st.Statements, st.Articles, skipped), nil
}

// giveBackMemory returns the memory a build or a closed index held to the
// system at once. Left to the runtime, a process that reloaded a large
// corpus a few times kept the peak of every build resident.
func giveBackMemory() { debug.FreeOSMemory() }

func closeQuietly(log *slog.Logger, ix *index.Index) {
	if err := ix.Close(); err != nil {
		log.Warn("closing an index swapped out", "err", err)
	}
}

// idle reports whether no corpus change is waiting to be read: the watch
// has none pending and no reload is queued or running. Tests wait for it
// before they check that nothing more happens.
func (m *Main) idle() bool {
	w := m.watch.Load()
	return (w == nil || !w.pending.Load()) && m.rl.queued.Load() == 0
}

// retiredIndex is an index swapped out: timer closes it after the grace
// period, once the work the bot started for it in the background, given
// up at the swap, has ended (workDone).
type retiredIndex struct {
	timer    *time.Timer
	workDone <-chan struct{}
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
	r.retired = map[*index.Index]retiredIndex{}
	r.mu.Unlock()
	for ix, ri := range retired {
		if ri.timer.Stop() {
			<-ri.workDone
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
		fmt.Fprintf(h, "%q %v %v %v\n", stmts[i].Sentence, stmts[i].Topics, stmts[i].Aliases, stmts[i].Refers)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// watcher watches a folder tree and calls fire once the tree has been
// quiet for debounce after a change and every file written meanwhile has
// settled (not modified for settle: a file still being copied is read
// whole, with one reload). A file renamed into place needs no settling.
//
// It also watches the folder's parent, so a folder removed and created
// again is watched again; while the folder is gone or cannot be watched,
// failed is set, and it retries every rearm.
type watcher struct {
	root, parent string
	ignore       []string
	debounce     time.Duration
	settle       time.Duration // a written file is read once unmodified this long
	maxWait      time.Duration // the longest a change waits for files to settle
	rearm        time.Duration // how often to retry watching a folder that is gone
	log          *slog.Logger
	fire         func()
	fw           *fsnotify.Watcher

	armed   bool            // the folder tree is watched
	failed  atomic.Bool     // the folder is not being watched, for /healthz
	pending atomic.Bool     // a change is waiting for quiet and settled files
	writes  map[string]bool // files written to since the last fire
	since   time.Time       // the first change not yet fired for; zero when none
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
	w := &watcher{root: abs, parent: filepath.Dir(abs), ignore: ignore, debounce: debounce, settle: 2 * time.Second,
		maxWait: time.Minute, rearm: 2 * time.Second, log: log, fire: fire, fw: fw, writes: map[string]bool{}}
	if err := fw.Add(w.parent); err != nil {
		log.Warn("cannot watch the corpus folder's parent; a folder removed and created again is found by polling", "dir", w.parent, "err", err)
	}
	if err := w.addTree(abs); err != nil {
		w.failed.Store(true)
		log.Warn("cannot watch the corpus folder; trying again", "dir", root, "err", err)
	} else {
		w.armed = true
		log.Info("watching the corpus folder", "dir", root)
	}
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

// arm watches the folder tree again after it was gone; it reports whether
// it is watched now.
func (w *watcher) arm() bool {
	if err := w.addTree(w.root); err != nil {
		return false
	}
	// The parent may have gone and come back with it.
	_ = w.fw.Add(w.parent)
	w.armed = true
	w.failed.Store(false)
	w.log.Info("watching the corpus folder again", "dir", w.root)
	return true
}

func (w *watcher) disarm(why string) {
	if w.armed {
		w.log.Warn("the corpus folder is gone; watching for it to come back", "dir", w.root, "why", why)
	}
	w.armed = false
	w.failed.Store(true)
	_ = w.fw.Remove(w.root)
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
// backup files, hidden files, the index's own files and the parent's
// other entries do not.
func (w *watcher) relevant(ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod {
		return false
	}
	if ev.Name == w.root {
		return true
	}
	if !strings.HasPrefix(ev.Name, w.root+string(filepath.Separator)) {
		return false
	}
	base := filepath.Base(ev.Name)
	if strings.HasPrefix(base, ".") || strings.HasSuffix(base, "~") || w.ignored(ev.Name) {
		return false
	}
	return true
}

// unsettled is how much longer the files written to since the last fire
// must stay unmodified; 0 when they all have settled (or are gone).
func (w *watcher) unsettled(now time.Time) time.Duration {
	var wait time.Duration
	for name := range w.writes {
		info, err := os.Lstat(name)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		if age := now.Sub(info.ModTime()); age < w.settle {
			wait = max(wait, w.settle-age)
		}
	}
	return wait
}

func (w *watcher) run(ctx context.Context) {
	defer w.fw.Close()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	rearm := time.NewTicker(w.rearm)
	defer rearm.Stop()
	changed := func() {
		if w.since.IsZero() {
			w.since = time.Now()
		}
		w.pending.Store(true)
		timer.Reset(w.debounce)
	}
	for {
		select {
		case <-ctx.Done():
			timer.Stop()
			return
		case ev, ok := <-w.fw.Events:
			if !ok {
				return
			}
			if ev.Name == w.root && ev.Has(fsnotify.Create) && !w.armed {
				if w.arm() {
					changed()
				}
				continue
			}
			if ev.Name == w.root && (ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename)) {
				w.disarm(ev.Op.String())
				changed()
				continue
			}
			if !w.relevant(ev) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if info, err := os.Stat(ev.Name); err == nil && info.IsDir() {
					_ = w.addTree(ev.Name)
				}
			}
			if ev.Has(fsnotify.Write) {
				w.writes[ev.Name] = true
			}
			changed()
		case err, ok := <-w.fw.Errors:
			if !ok {
				return
			}
			// Events may have been lost (a full queue): look again.
			w.log.Warn("watching the corpus folder", "err", err)
			changed()
		case <-rearm.C:
			if !w.armed && w.arm() {
				changed()
			}
		case <-timer.C:
			if wait := w.unsettled(time.Now()); wait > 0 && time.Since(w.since) < w.maxWait {
				timer.Reset(wait)
				continue
			}
			clear(w.writes)
			w.since = time.Time{}
			// The folder may have been replaced; watch whatever is there now.
			if w.armed {
				if err := w.addTree(w.root); err != nil {
					w.disarm(err.Error())
				}
			}
			w.fire()
			w.pending.Store(false)
		}
	}
}
