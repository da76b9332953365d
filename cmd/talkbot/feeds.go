package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/corpus/feeds"
)

// feedParts is the part of Main that follows feeds and adds pages.
type feedParts struct {
	seen    feeds.Seen     // what was fetched; in memory until a store is set
	fetcher *feeds.Fetcher // nil without a corpus folder
	poller  *feeds.Poller  // nil without TALKBOT_FEEDS

	pollNow chan chan struct{} // a send polls the feeds at once and closes the channel sent after (tests)
}

// feedsDir is where feed items and added pages are saved, inside the
// corpus folder so that the folder watch indexes them.
func (c *Config) feedsDir() string { return filepath.Join(c.Corpus, "feeds") }

// startFeeds creates the fetcher (used by /talks add too) and, when
// TALKBOT_FEEDS lists feeds, starts polling them. It needs a corpus
// folder; without one there is nowhere to save.
func (m *Main) startFeeds(ctx context.Context) error {
	cfg := m.Config
	if cfg.Corpus == "" {
		return nil
	}
	if m.seen == nil && m.store != nil {
		m.seen = m.store
	}
	if m.seen == nil {
		m.seen = feeds.NewMemSeen()
	}
	f, err := feeds.NewFetcher(feeds.Options{Dir: cfg.feedsDir(), Seen: m.seen, Logger: m.log.With("part", "feeds")})
	if err != nil {
		return err
	}
	// Whatever the store remembers, what is in the folder was saved.
	if n, err := f.Recall(ctx); err != nil {
		m.log.Warn("cannot read the articles saved from feeds before", "dir", cfg.feedsDir(), "err", err.Error())
	} else if n > 0 {
		m.log.Debug("articles saved from feeds before", "dir", cfg.feedsDir(), "articles", n)
	}
	m.fetcher = f
	urls, err := feeds.ParseList(cfg.Feeds)
	if err != nil {
		return fmt.Errorf("TALKBOT_FEEDS: %w", err)
	}
	if len(urls) == 0 {
		return nil
	}
	p, err := feeds.NewPoller(f, urls)
	if err != nil {
		return fmt.Errorf("TALKBOT_FEEDS: %w", err)
	}
	m.poller = p
	if m.pollNow == nil {
		m.pollNow = make(chan chan struct{})
	}
	holder := replicaName(cfg.Corpus)
	m.triggers.Go(func() {
		t := time.NewTicker(cfg.FeedInterval)
		defer t.Stop()
		defer m.releasePoll(holder)
		var done chan struct{} // closed after a poll asked for
		for {
			if m.mayPoll(ctx, holder) {
				r := p.Poll(ctx)
				m.log.Info("feeds polled", "feeds", r.Feeds, "failed", r.Failed, "saved", r.Saved, "skipped", r.Skipped, "to_retry", r.Retry)
				if r.Saved > 0 && !cfg.Watch {
					// Nothing else would see the new files.
					m.rl.trigger("feed articles saved", false)
				}
			}
			if done != nil {
				close(done)
				done = nil
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			case done = <-m.pollNow:
			}
		}
	})
	m.log.Info("following feeds", "feeds", len(urls), "every", cfg.FeedInterval.String(), "saving_in", cfg.feedsDir())
	return nil
}

// mayPoll says whether this replica polls the feeds now: with a store,
// replicas sharing it take turns through a lease, so that one of them
// polls; the lease outlives two intervals, so another replica takes over
// when the holder stops. Without a store, or when the store cannot be
// asked, this replica polls.
func (m *Main) mayPoll(ctx context.Context, holder string) bool {
	if m.store == nil {
		return true
	}
	ok, err := m.store.Lease(ctx, "feeds", holder, 2*m.Config.FeedInterval+time.Minute)
	if err != nil {
		m.log.Warn("cannot take the feed-polling lease; polling anyway", "err", err.Error())
		return true
	}
	if !ok {
		m.log.Debug("another replica polls the feeds")
	}
	return ok
}

// releasePoll gives the lease up at shutdown, so that another replica
// polls at once.
func (m *Main) releasePoll(holder string) {
	if m.store == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := m.store.Release(ctx, "feeds", holder); err != nil {
		m.log.Warn("cannot give up the feed-polling lease", "err", err.Error())
	}
}

// replicaName names this process among the replicas sharing a store: its
// host, process id and corpus folder. A replica that stops gracefully
// gives the lease up; one killed holds it until it runs out.
func replicaName(corpusDir string) string {
	host, _ := os.Hostname()
	if abs, err := filepath.Abs(corpusDir); err == nil {
		corpusDir = abs
	}
	return fmt.Sprintf("%s/%d:%s", host, os.Getpid(), corpusDir)
}

// feedHealth is the "feeds" entry of /healthz; nil when no feed is
// followed.
func (m *Main) feedHealth() []feeds.FeedHealth {
	if m.poller == nil {
		return nil
	}
	return m.poller.Health()
}

// minFeedInterval keeps talkbot from hammering the sites it reads.
const minFeedInterval = time.Minute

func (c *Config) validateFeeds() error {
	urls, err := feeds.ParseList(c.Feeds)
	if err != nil {
		return fmt.Errorf("TALKBOT_FEEDS: %v", err)
	}
	if len(urls) == 0 {
		return nil
	}
	if c.Corpus == "" {
		return fmt.Errorf("TALKBOT_FEEDS is set without TALKBOT_CORPUS: feed articles are saved in its feeds/ folder")
	}
	if c.FeedInterval < minFeedInterval {
		return fmt.Errorf("TALKBOT_FEED_INTERVAL: %s is shorter than %s", c.FeedInterval, minFeedInterval)
	}
	return nil
}

func (c *Config) describeFeeds(w io.Writer) {
	urls, _ := feeds.ParseList(c.Feeds)
	switch {
	case len(urls) == 0:
		fmt.Fprintln(w, "feeds:     none (TALKBOT_FEEDS)")
	default:
		fmt.Fprintf(w, "feeds:     %d, read every %s, articles saved in %s\n", len(urls), c.FeedInterval, c.feedsDir())
	}
	zone := "UTC"
	if c.Timezone != "" {
		zone = c.Timezone
	}
	fmt.Fprintf(w, "digests:   daily times in %s (TALKBOT_TIMEZONE)\n", zone)
}

// addPage answers "add <url>": for an admin, it fetches the page, saves
// its article in the corpus's feeds/ folder and says what was read; anyone
// else is refused and nothing is fetched.
func (m *Main) addPage(ctx context.Context, req bot.Request) bot.Answer {
	raw := strings.TrimSpace(req.Text)
	if f := strings.Fields(raw); len(f) > 0 && strings.EqualFold(f[0], "add") {
		raw = strings.TrimSpace(raw[len(f[0]):])
	}
	raw = strings.Trim(raw, "<>") // Slack wraps links in <…>, sometimes <url|label>
	if i := strings.IndexByte(raw, '|'); i >= 0 {
		raw = raw[:i]
	}
	a := bot.Answer{Question: "add " + raw, Intent: intentAdd, Error: true}
	switch {
	case !m.isAdmin(req.User):
		a.Summary = "Sorry, only the bot's admins can add pages. Ask one of them to add it."
		return a
	case m.fetcher == nil:
		a.Summary = "Adding pages needs a corpus folder (TALKBOT_CORPUS) to save them in; ask whoever runs me."
		return a
	case raw == "":
		a.Summary = "Give me a link: add https://…"
		return a
	}
	saved, err := m.fetcher.Add(ctx, raw, feeds.Hint{})
	if err != nil {
		m.log.Warn("add: page not saved", "user", req.User, "err", err.Error())
		a.Summary = addRefusal(err)
		return a
	}
	m.log.Info("add: page saved", "user", req.User, "file", saved.File, "statements", len(saved.Statements))
	if !m.Config.Watch {
		m.rl.trigger("page added", false)
	}
	return addAnswer(saved)
}

// intentAdd is the intent of the answer to "add".
const intentAdd bot.Intent = "add"

// isAdmin reports whether user is in TALKBOT_ADMINS.
func (m *Main) isAdmin(user string) bool {
	return user != "" && slices.Contains(m.Config.Admins, user)
}

// addRefusal says, in words fit for chat, why a page was not saved.
func addRefusal(err error) string {
	var se *feeds.StatusError
	switch {
	case errors.Is(err, feeds.ErrNotHTTP):
		return "That is not a web address I can read: give a link that starts with http:// or https://."
	case errors.Is(err, feeds.ErrAlreadySaved):
		return "I have already read that page (or the same article at another address)."
	case errors.Is(err, feeds.ErrNoText):
		return "I found no article text on that page, so I saved nothing."
	case errors.Is(err, feeds.ErrNotArticle):
		return "That link is not a web page (a PDF, an image or another file), so I saved nothing."
	case errors.Is(err, feeds.ErrUnreadable):
		return "I could not read that page as an article (its date or its text is in a form I do not know), so I saved nothing."
	case errors.Is(err, feeds.ErrTooLarge):
		return "That page is too large for me to read, so I saved nothing."
	case errors.Is(err, feeds.ErrForbiddenAddress):
		return "I do not fetch pages from that address."
	case errors.As(err, &se):
		return fmt.Sprintf("The site answered HTTP %d, so I saved nothing. Check the link, or try again later.", se.Code)
	}
	return fmt.Sprintf("I could not fetch that page (%s). Please try again later.", feeds.Reason(err))
}

// addAnswer says what was read from a page just saved: its title, outlet
// and date, how many quotes and from whom, and the first of them.
func addAnswer(s *feeds.Saved) bot.Answer {
	art := s.Article
	src := art.Source()
	meta := []string{}
	if src.Outlet != "" {
		meta = append(meta, src.Outlet)
	}
	if src.Published != "" {
		meta = append(meta, src.Published)
	} else {
		meta = append(meta, "no date found")
	}
	n, speakers := s.Quotes()
	per := map[string]int{}
	for _, st := range s.Statements {
		if st.Kind == corpus.Quote {
			per[st.Speaker]++
		}
	}
	var who []string
	for _, sp := range speakers {
		if per[sp] > 1 {
			who = append(who, fmt.Sprintf("%s (%d)", sp, per[sp]))
		} else {
			who = append(who, sp)
		}
	}
	quotes := "no quotes"
	switch {
	case n == 1:
		quotes = "1 quote"
	case n > 1:
		quotes = fmt.Sprintf("%d quotes", n)
	}
	if len(who) > 0 {
		quotes += ", from " + joinAnd(who)
	}
	others := len(s.Statements) - n
	summary := fmt.Sprintf("Read “%s” (%s): %s", art.Title, strings.Join(meta, ", "), quotes)
	if others > 0 {
		summary += fmt.Sprintf("; %d reported statements", others)
	}
	a := bot.Answer{Question: "add " + src.URL, Intent: intentAdd, Found: true, AsOf: src.Published,
		Summary: summary + ". I will answer from it in a moment."}
	for _, st := range s.Statements {
		if st.Kind != corpus.Quote || len(a.Items) == 3 {
			continue
		}
		a.Items = append(a.Items, bot.Item{Kind: st.Kind, Speaker: st.Speaker, SpeakerTitle: st.SpeakerTitle, Text: st.Text,
			SaidOn: st.SaidOn, Where: st.Where, Source: st.Source})
	}
	if n > len(a.Items) && len(a.Items) > 0 {
		a.Note = fmt.Sprintf("The first %d of %d quotes.", len(a.Items), n)
	}
	return a
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}
