package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/talkbot/talkbot/corpus/feeds"
)

// feedParts is the part of Main that follows feeds and adds pages.
type feedParts struct {
	seen    feeds.Seen     // what was fetched; in memory until a store is set
	fetcher *feeds.Fetcher // nil without a corpus folder
	poller  *feeds.Poller  // nil without TALKBOT_FEEDS

	pollNow chan struct{} // a send polls the feeds at once (tests)
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
	p, err := feeds.NewPoller(f, urls, cfg.FeedInterval)
	if err != nil {
		return fmt.Errorf("TALKBOT_FEED_INTERVAL: %w", err)
	}
	m.poller = p
	if m.pollNow == nil {
		m.pollNow = make(chan struct{})
	}
	m.triggers.Go(func() {
		t := time.NewTicker(cfg.FeedInterval)
		defer t.Stop()
		for {
			r := p.Poll(ctx)
			m.log.Info("feeds polled", "feeds", r.Feeds, "failed", r.Failed, "saved", r.Saved, "skipped", r.Skipped, "to_retry", r.Retry)
			if r.Saved > 0 && !cfg.Watch {
				// Nothing else would see the new files.
				m.rl.trigger("feed articles saved", false)
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			case <-m.pollNow:
			}
		}
	})
	m.log.Info("following feeds", "feeds", len(urls), "every", cfg.FeedInterval.String(), "saving_in", cfg.feedsDir())
	return nil
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
}
