package bot

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"time"
)

// Options configure a Bot.
type Options struct {
	// Logger gets one line per question answered (platform, intent, found,
	// latency); nil logs nothing.
	Logger *slog.Logger
	// LogText adds the question's words to that line.
	LogText bool
	// RatePerMinute limits questions per user (0: no limit); Burst is how
	// many may come at once (default: RatePerMinute).
	RatePerMinute int
	Burst         int
	// Admins may use admin commands (reload); entries are Request.User
	// values.
	Admins []string
	// Reload, when set, rebuilds the index for the reload command and
	// returns a one-line report.
	Reload func(ctx context.Context) (string, error)
}

// Handle answers a request from an adapter: rate limits, admin commands,
// then Ask, and logs one line.
func (b *Bot) Handle(ctx context.Context, req Request) Answer {
	start := time.Now()
	var a Answer
	switch {
	case b.lim != nil && req.User != "" && !b.lim.allow(req.User, start):
		a = Answer{Question: clean(req.Text), Intent: None, Error: true,
			Summary: "You are asking faster than I can keep up with; please wait a minute and ask again."}
	case isReload(req.Text):
		a = b.reload(ctx, req)
	default:
		a = b.Ask(ctx, req.Text)
	}
	if b.opts.Logger != nil {
		attrs := []any{"platform", req.Platform, "intent", string(a.Intent), "found", a.Found, "items", len(a.Items),
			"latency", time.Since(start).Round(time.Microsecond).String()}
		if b.opts.LogText {
			attrs = append(attrs, "text", a.Question)
		}
		b.opts.Logger.Info("question answered", attrs...)
	}
	return a
}

func isReload(text string) bool {
	return strings.EqualFold(strings.TrimSpace(clean(text)), "reload")
}

func (b *Bot) reload(ctx context.Context, req Request) Answer {
	a := Answer{Question: "reload", Intent: "reload", Error: true}
	admin := false
	for _, u := range b.opts.Admins {
		if u != "" && u == req.User {
			admin = true
		}
	}
	switch {
	case !admin:
		a.Summary = "Only the bot's admins can reload its articles."
	case b.opts.Reload == nil:
		a.Summary = "Reloading is not available here."
	default:
		msg, err := b.opts.Reload(ctx)
		if err != nil {
			a.Summary = "Reload failed; I am still answering from the articles I had."
			a.Note = err.Error()
			return a
		}
		a.Error, a.Found = false, true
		a.Summary = msg
	}
	return a
}

// limiter is a token bucket per user.
type limiter struct {
	mu      sync.Mutex
	rate    float64 // tokens per second
	burst   float64
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newLimiter(perMinute, burst int) *limiter {
	if burst <= 0 {
		burst = perMinute
	}
	return &limiter{rate: float64(perMinute) / 60, burst: float64(burst), buckets: map[string]*bucket{}}
}

func (l *limiter) allow(user string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	bk := l.buckets[user]
	if bk == nil {
		if len(l.buckets) > 100000 {
			// Forget idle users rather than grow without bound.
			for u, x := range l.buckets {
				if now.Sub(x.last) > time.Hour {
					delete(l.buckets, u)
				}
			}
		}
		bk = &bucket{tokens: l.burst, last: now}
		l.buckets[user] = bk
	}
	bk.tokens += now.Sub(bk.last).Seconds() * l.rate
	if bk.tokens > l.burst {
		bk.tokens = l.burst
	}
	bk.last = now
	if bk.tokens < 1 {
		return false
	}
	bk.tokens--
	return true
}
