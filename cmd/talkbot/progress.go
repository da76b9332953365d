package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressEvery is how often progress is logged when stderr is not a
// terminal.
const progressEvery = 2 * time.Second

// progress reports a long step (loading articles, indexing statements): a
// bar when w is a terminal, otherwise a log line every progressEvery, so a
// small corpus says nothing at all. Without a logger (the commands a person
// runs: chat, ask, extract, eval) it draws the bar and nothing else.
type progress struct {
	mu    sync.Mutex
	what  string
	unit  string
	log   *slog.Logger
	w     io.Writer
	tty   bool
	bar   *progressbar.ProgressBar
	start time.Time
	last  time.Time
	every time.Duration
}

// terminal is a writer that says whether it is a terminal: tests use one
// to see the bars a person would.
type terminal interface{ IsTerminal() bool }

func isTerminal(w io.Writer) bool {
	if t, ok := w.(terminal); ok {
		return t.IsTerminal()
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func newProgress(w io.Writer, log *slog.Logger, what, unit string) *progress {
	now := time.Now()
	return &progress{what: what, unit: unit, log: log, w: w, tty: isTerminal(w), start: now, last: now, every: progressEvery}
}

// update is the callback corpus.Load and index.Build call.
func (p *progress) update(done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty {
		if p.bar == nil {
			if total < 2 {
				return
			}
			p.bar = progressbar.NewOptions(total,
				progressbar.OptionSetWriter(p.w),
				progressbar.OptionSetDescription(p.what),
				progressbar.OptionShowCount(),
				progressbar.OptionSetItsString(p.unit),
				progressbar.OptionShowIts(),
				progressbar.OptionThrottle(100*time.Millisecond),
				progressbar.OptionClearOnFinish(),
			)
		}
		_ = p.bar.Set(done)
		return
	}
	now := time.Now()
	if p.log == nil || now.Sub(p.last) < p.every || done >= total {
		return
	}
	p.last = now
	pct := 0
	if total > 0 {
		pct = done * 100 / total
	}
	p.log.Info(p.what, "done", done, "total", total, "percent", pct, "elapsed", now.Sub(p.start).Round(time.Second).String())
}

// finish ends the bar, if one was drawn.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Finish()
		fmt.Fprint(p.w, "\r")
		p.bar = nil
	}
}
