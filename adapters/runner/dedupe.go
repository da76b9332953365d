package runner

import (
	"context"
	"log/slog"
	"time"

	"github.com/talkbot/talkbot/internal/replay"
)

// Seen remembers keys for a while: it records key for ttl and reports
// whether it was recorded before and its time is not up. An error means it
// could not tell. The store implements it for replicas that share one
// database; replay.Memory for one process.
type Seen interface {
	Seen(ctx context.Context, key string, ttl time.Duration) (bool, error)
}

// Dedupe tells an event delivered again (a Slack retry, a gateway resume
// that replays, the same message as a mention and as a direct message)
// from a new one: in this process first, then, when it has one, in a store
// that replicas share, so that one replica answers it.
type Dedupe struct {
	mem    *replay.Memory
	shared Seen
	log    *slog.Logger
}

// NewDedupe returns a Dedupe that remembers keys in this process and, when
// shared is not nil, there too.
func NewDedupe(shared Seen, log *slog.Logger) *Dedupe {
	if log == nil {
		log = slog.Default()
	}
	return &Dedupe{mem: replay.NewMemory(), shared: shared, log: log}
}

// First records key for ttl and reports whether this is its first sight,
// here and in the shared store: FirstHere, then Shared.
func (d *Dedupe) First(ctx context.Context, key string, ttl time.Duration) bool {
	return d.FirstHere(key, ttl) && d.Shared(ctx, key, ttl)
}

// FirstHere is First in this process only. Most events a bot receives
// (every message in a channel it is in) are not for it; they are checked
// here, and against the shared store (Shared) only once one turns out to
// be a question, so that ordinary traffic costs the store nothing.
func (d *Dedupe) FirstHere(key string, ttl time.Duration) bool {
	again, _ := d.mem.Seen(context.Background(), key, ttl) // in memory: never fails
	return !again
}

// Shared records key for ttl in the shared store and reports whether no
// replica recorded it before; true without a store. When the store cannot
// tell, the event counts as new: answering twice is better than not at
// all.
func (d *Dedupe) Shared(ctx context.Context, key string, ttl time.Duration) bool {
	if d.shared == nil {
		return true
	}
	again, err := d.shared.Seen(ctx, key, ttl)
	if err != nil {
		d.log.Warn("cannot check the event against other replicas'; taking it as new", "key", key, "err", err.Error())
		return true
	}
	return !again
}
