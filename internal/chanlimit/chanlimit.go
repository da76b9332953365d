// Package chanlimit paces messages per channel: each channel gets its own
// token bucket (golang.org/x/time/rate), so a busy channel waits without
// holding up the others. The platforms limit what a bot posts per channel
// (Slack about one message a second, Discord five in five seconds).
package chanlimit

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Limits holds one limiter per channel. It is safe for concurrent use.
type Limits struct {
	every time.Duration
	burst int
	max   int

	mu   sync.Mutex
	byCh map[string]*entry
}

type entry struct {
	lim  *rate.Limiter
	used time.Time
}

// New allows burst messages at once per channel and one more each every;
// it remembers at most max channels (the idlest are forgotten first).
func New(every time.Duration, burst, max int) *Limits {
	if burst < 1 {
		burst = 1
	}
	if max < 1 {
		max = 1
	}
	return &Limits{every: every, burst: burst, max: max, byCh: map[string]*entry{}}
}

// Wait blocks until channel may be posted to, or ctx ends.
func (l *Limits) Wait(ctx context.Context, channel string) error {
	l.mu.Lock()
	e := l.byCh[channel]
	if e == nil {
		if len(l.byCh) >= l.max {
			l.forgetIdlest()
		}
		e = &entry{lim: rate.NewLimiter(rate.Every(l.every), l.burst)}
		l.byCh[channel] = e
	}
	e.used = time.Now()
	lim := e.lim
	l.mu.Unlock()
	if err := lim.Wait(ctx); err != nil {
		return fmt.Errorf("waiting to post in %s: %w", channel, err)
	}
	return nil
}

func (l *Limits) forgetIdlest() {
	var idlest string
	var at time.Time
	for ch, e := range l.byCh {
		if idlest == "" || e.used.Before(at) {
			idlest, at = ch, e.used
		}
	}
	delete(l.byCh, idlest)
}
