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
	// Commands are command words beyond the built-in ones ("config" →
	// its Command); a registered word is matched before any question is
	// parsed. Words are lower case.
	Commands map[string]Command
	// Conversations, when set, remember each answer: a question in a
	// thread is then read in the light of the thread's earlier turns, and
	// answers that found something get an Answer.TurnID for feedback.
	Conversations Conversations
	// Feedback, when set, records votes (see Bot.Vote).
	Feedback Feedback
	// Settings, when set, hold per-channel settings (a channel's default
	// topic).
	Settings Settings
}

// Command is a command word registered in Options.Commands.
type Command struct {
	// Admin commands run only for Options.Admins and channel managers;
	// anyone else is told so.
	Admin bool
	// Run answers one use of the command.
	Run func(ctx context.Context, c Call) Answer
}

// Call is one use of a registered command.
type Call struct {
	Request
	// Word is the command word, Args the rest of the text after it.
	Word, Args string
	// Admin is set when the user is one of Options.Admins or the channel's
	// manager (Request.Manager).
	Admin bool
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
		if cmd, word, args, ok := b.command(req.Text); ok {
			a = b.runCommand(ctx, cmd, Call{Request: req, Word: word, Args: args, Admin: b.isAdmin(req.User) || req.Manager})
			break
		}
		a = b.converse(ctx, req)
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

// isAdmin reports whether user is one of Options.Admins.
func (b *Bot) isAdmin(user string) bool {
	for _, u := range b.opts.Admins {
		if u != "" && u == user {
			return true
		}
	}
	return false
}

// command finds the registered command a text starts with.
func (b *Bot) command(text string) (Command, string, string, bool) {
	if len(b.opts.Commands) == 0 {
		return Command{}, "", "", false
	}
	t := clean(text)
	word, args, _ := strings.Cut(t, " ")
	word = strings.ToLower(word)
	cmd, ok := b.opts.Commands[word]
	return cmd, word, strings.TrimSpace(args), ok
}

func (b *Bot) runCommand(ctx context.Context, cmd Command, c Call) Answer {
	q := strings.TrimSpace(c.Word + " " + c.Args)
	if cmd.Admin && !c.Admin {
		return Answer{Question: q, Intent: Intent(c.Word), Error: true, Summary: "Only the bot's admins can do that."}
	}
	a := cmd.Run(ctx, c)
	if a.Question == "" {
		a.Question = q
	}
	if a.Intent == "" {
		a.Intent = Intent(c.Word)
	}
	return a
}

func (b *Bot) reload(ctx context.Context, req Request) Answer {
	a := Answer{Question: "reload", Intent: "reload", Error: true}
	switch {
	case !b.isAdmin(req.User):
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
