package digest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
)

// Subscription is one channel following a topic.
type Subscription struct {
	// ID is the store's name for it.
	ID       string
	Platform string // "slack", "discord"
	Channel  string
	// Topic is what the channel follows as the user wrote it ("Gaza");
	// "" follows everything.
	Topic string
	// Daily is "HH:MM" for a daily digest at that time, "" for a post as
	// soon as an article is indexed.
	Daily string
	// Created is when the channel subscribed; LastPost when the last daily
	// digest was posted (zero: none yet).
	Created  time.Time
	LastPost time.Time
	// User is who subscribed ("slack:T1/U2").
	User string
}

// Key is what makes a subscription one: platform, channel, topic words
// and whether it is daily. Subscribing again with the same key changes
// the time of a daily digest.
func (s Subscription) Key() string {
	mode := "live"
	if s.Daily != "" {
		mode = "daily"
	}
	return s.Platform + "\x00" + s.Channel + "\x00" + TopicKey(s.Topic) + "\x00" + mode
}

// TopicKey is a topic's words in a form that compares: "Gaza talks" and
// "gaza  Talks" are one topic.
func TopicKey(topic string) string { return corpus.NormWords(topic) }

// Store keeps subscriptions and the articles already announced. The store
// package implements it on SQLite and PostgreSQL. Errors are the store's
// own; the Notifier logs them and goes on.
type Store interface {
	// Subscribe adds s, or when one with the same Key exists updates its
	// Daily time; it returns the stored subscription and whether it is new.
	Subscribe(ctx context.Context, s Subscription) (Subscription, bool, error)
	// Unsubscribe removes the channel's subscriptions to topic (both the
	// live one and the daily one) and returns how many it removed.
	Unsubscribe(ctx context.Context, platform, channel, topic string) (int, error)
	// Subscriptions lists the subscriptions of a channel, or of every
	// channel when platform and channel are "".
	Subscriptions(ctx context.Context, platform, channel string) ([]Subscription, error)
	// ClaimArticles records article keys as indexed at `at` and returns
	// those that were not recorded before. Each key is returned to exactly
	// one caller, across replicas sharing the database.
	ClaimArticles(ctx context.Context, keys []string, at time.Time) ([]string, error)
	// ArticlesSince returns the keys of the articles first recorded after t.
	ArticlesSince(ctx context.Context, t time.Time) ([]string, error)
	// ClaimDigest sets the LastPost of subscription id to now when it is
	// still prev, and reports whether it did: only the caller that did
	// posts the digest.
	ClaimDigest(ctx context.Context, id string, prev, now time.Time) (bool, error)
}

// Poster posts an answer in a channel on the bot's own account (Slack
// chat.postMessage, Discord channel messages), within the platform's rate
// limits.
type Poster interface {
	Post(ctx context.Context, channel string, a bot.Answer) error
}

// Asker answers a question, as bot.Bot does; the daily digest asks it for
// the status.
type Asker interface {
	Ask(ctx context.Context, question string) bot.Answer
}

// Options configure a Notifier. Store is required.
type Options struct {
	Store Store
	// Posters by platform ("slack", "discord"); a platform without one
	// cannot be subscribed in.
	Posters map[string]Poster
	Asker   Asker
	// Location is the time zone of daily times; default UTC.
	Location *time.Location
	Logger   *slog.Logger
	Now      func() time.Time
}

// Notifier announces newly indexed articles to live subscriptions and
// posts daily digests. It is safe for concurrent use.
type Notifier struct {
	opts Options
	log  *slog.Logger

	mu    sync.Mutex
	known map[string]bool    // article keys recorded in the store
	stmts []corpus.Statement // of the index in use
}

// New returns a Notifier; it fails without a Store.
func New(o Options) (*Notifier, error) {
	if o.Store == nil {
		return nil, errors.New("digest: no store")
	}
	if o.Location == nil {
		o.Location = time.UTC
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return &Notifier{opts: o, log: o.Logger, known: map[string]bool{}}, nil
}

// ArticleKey names the article a statement comes from.
func ArticleKey(s corpus.Source) string {
	h := sha256.Sum256([]byte(strings.Join([]string{s.URL, s.Title, s.Outlet, s.Published}, "\x00")))
	return hex.EncodeToString(h[:12])
}

// Indexed is told the statements of each index put in use (at start and
// after every reload). Articles it has not seen before are recorded in the
// store; those this call was the first to record are posted, one post per
// article, to every live subscription whose topic they are about. At the
// first start on a new database every article is recorded and, there being
// no subscription yet, nothing is posted.
func (n *Notifier) Indexed(ctx context.Context, stmts []corpus.Statement) error {
	byArticle := map[string][]corpus.Statement{}
	var order []string
	for _, s := range stmts {
		k := ArticleKey(s.Source)
		if _, ok := byArticle[k]; !ok {
			order = append(order, k)
		}
		byArticle[k] = append(byArticle[k], s)
	}
	n.mu.Lock()
	n.stmts = stmts
	var unknown []string
	for _, k := range order {
		if !n.known[k] {
			unknown = append(unknown, k)
		}
	}
	n.mu.Unlock()
	if len(unknown) == 0 {
		return nil
	}
	claimed, err := n.opts.Store.ClaimArticles(ctx, unknown, n.opts.Now().UTC())
	if err != nil {
		return fmt.Errorf("recording the articles indexed: %w", err)
	}
	n.mu.Lock()
	for _, k := range unknown {
		n.known[k] = true
	}
	n.mu.Unlock()
	if len(claimed) == 0 {
		return nil
	}
	subs, err := n.opts.Store.Subscriptions(ctx, "", "")
	if err != nil {
		return fmt.Errorf("reading the subscriptions: %w", err)
	}
	var live []Subscription
	for _, s := range subs {
		if s.Daily == "" {
			live = append(live, s)
		}
	}
	if len(live) == 0 {
		return nil
	}
	// Oldest article first, so that a channel reads them in order.
	sort.SliceStable(claimed, func(i, j int) bool {
		return byArticle[claimed[i]][0].Source.Published < byArticle[claimed[j]][0].Source.Published
	})
	var errs []error
	for _, k := range claimed {
		for _, sub := range live {
			a, ok := ArticlePost(sub.Topic, byArticle[k])
			if !ok {
				continue
			}
			if err := n.post(ctx, sub, a); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

func (n *Notifier) post(ctx context.Context, sub Subscription, a bot.Answer) error {
	p := n.opts.Posters[sub.Platform]
	if p == nil {
		return fmt.Errorf("no way to post in %s channels", sub.Platform)
	}
	if err := p.Post(ctx, sub.Channel, a); err != nil {
		n.log.Warn("could not post to a subscribed channel", "platform", sub.Platform, "channel", sub.Channel, "err", err.Error())
		return fmt.Errorf("posting in %s channel %s: %w", sub.Platform, sub.Channel, err)
	}
	n.log.Info("posted to a subscribed channel", "platform", sub.Platform, "channel", sub.Channel, "topic", sub.Topic, "daily", sub.Daily != "", "items", len(a.Items))
	return nil
}

// maxPostItems bounds the statements in one post.
const maxPostItems = 10

// ArticlePost is the post announcing one article's sourced statements on
// topic: quotes first, then attributed reports, in article order. ok is
// false when the article is not about the topic or has no sourced
// statement.
func ArticlePost(topic string, stmts []corpus.Statement) (a bot.Answer, ok bool) {
	if len(stmts) == 0 || !about(topic, stmts) {
		return a, false
	}
	var quotes, facts []corpus.Statement
	for _, s := range stmts {
		switch {
		case s.Speaker == "":
			// The article's own reporting: not a sourced statement.
		case s.Kind == corpus.Quote:
			quotes = append(quotes, s)
		default:
			facts = append(facts, s)
		}
	}
	picked := append(quotes, facts...)
	if len(picked) == 0 {
		return a, false
	}
	src := stmts[0].Source
	what := "New"
	if t := strings.TrimSpace(topic); t != "" {
		what = "New on " + t
	}
	a = bot.Answer{Question: "subscribe " + topic, Intent: bot.Status, Found: true, AsOf: src.Published,
		Summary: fmt.Sprintf("%s: %s from %s.", what, count(len(picked), "sourced statement"), articleName(src))}
	for i, s := range picked {
		if i == maxPostItems {
			a.Note = fmt.Sprintf("…and %d more in the article.", len(picked)-i)
			break
		}
		a.Items = append(a.Items, item(s))
	}
	return a, true
}

// about reports whether an article (its statements) is about topic: every
// keyword of the topic is in its title or topics, or in one of its
// statements. Every article is about the empty topic.
func about(topic string, stmts []corpus.Statement) bool {
	kw := bot.TopicKeywords(topic)
	if len(kw) == 0 {
		return true
	}
	src := stmts[0]
	have := " " + corpus.NormWords(src.Source.Title+" "+strings.Join(src.Topics, " ")) + " "
	for _, k := range kw {
		if strings.Contains(have, " "+k) {
			continue
		}
		found := false
		for _, s := range stmts {
			if strings.Contains(" "+corpus.NormWords(s.Text+" "+s.Sentence)+" ", " "+k) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func item(s corpus.Statement) bot.Item {
	return bot.Item{Kind: s.Kind, Speaker: s.Speaker, SpeakerTitle: s.SpeakerTitle, Text: s.Text, SaidOn: s.SaidOn, Where: s.Where, Source: s.Source}
}

func articleName(s corpus.Source) string {
	var meta []string
	if s.Outlet != "" {
		meta = append(meta, s.Outlet)
	}
	if s.Published != "" {
		meta = append(meta, s.Published)
	}
	name := "“" + strings.TrimSpace(s.Title) + "”"
	if len(meta) > 0 {
		name += " (" + strings.Join(meta, ", ") + ")"
	}
	return name
}

func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
