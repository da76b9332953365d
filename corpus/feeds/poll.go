package feeds

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"
)

// ParseList reads a list of feed URLs separated by commas or spaces (the
// form of TALKBOT_FEEDS). Every URL must be http or https; repeats are
// dropped.
func ParseList(s string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' }) {
		u, err := ParseURL(f)
		if err != nil {
			return nil, err
		}
		if !seen[u.String()] {
			seen[u.String()] = true
			out = append(out, u.String())
		}
	}
	return out, nil
}

// FeedHealth is how one feed has fared, for /healthz.
type FeedHealth struct {
	// URL is the feed's URL without its query, which may hold a token.
	URL string `json:"url"`
	// OK is whether the last poll read the feed.
	OK          bool      `json:"ok"`
	LastPoll    time.Time `json:"last_poll,omitzero"`
	LastSuccess time.Time `json:"last_success,omitzero"`
	// LastError is why the feed itself could not be read, the last time
	// it could not (in the words of Reason: no address or detail); it
	// stays after a later success, which LastSuccess shows.
	LastError   string    `json:"last_error,omitempty"`
	LastErrorAt time.Time `json:"last_error_at,omitzero"`
	// ItemsSaved counts the articles saved from this feed since start.
	ItemsSaved int `json:"items_saved"`
	// ItemsSkipped counts items left alone for good: no article text, not
	// an http link, not a web page, too large.
	ItemsSkipped int `json:"items_skipped"`
	// LastItemError is why the last item that failed did (Reason).
	LastItemError string `json:"last_item_error,omitempty"`
}

// Report sums up one poll of every feed.
type Report struct {
	Feeds, Failed, Saved, Skipped, Retry int
}

// Poller polls feeds and saves their new items through a Fetcher.
type Poller struct {
	f     *Fetcher
	feeds []*feed
	// Parallel is how many feeds are read at once; default 4.
	Parallel int
	// MaxItems bounds the new items fetched from one feed in one poll;
	// the rest wait for the next. Default 50.
	MaxItems int
	// OnSaved, when set, is called after each article is saved.
	OnSaved func(*Saved)

	polling sync.Mutex // one poll at a time
}

type feed struct {
	url *url.URL
	mu  sync.Mutex
	v   validators
	h   FeedHealth
}

// NewPoller returns a Poller for the feed URLs; each call of Poll reads
// them all once (talkbot serve decides when, and which replica). A URL that
// is not http or https is an error.
func NewPoller(f *Fetcher, urls []string) (*Poller, error) {
	p := &Poller{f: f, Parallel: 4, MaxItems: 50}
	for _, raw := range urls {
		u, err := ParseURL(raw)
		if err != nil {
			return nil, fmt.Errorf("feeds: %w", err)
		}
		p.feeds = append(p.feeds, &feed{url: u, h: FeedHealth{URL: publicURL(u)}})
	}
	return p, nil
}

// Health is how each feed has fared, in the order they were given.
func (p *Poller) Health() []FeedHealth {
	out := make([]FeedHealth, len(p.feeds))
	for i, fd := range p.feeds {
		fd.mu.Lock()
		out[i] = fd.h
		fd.mu.Unlock()
	}
	return out
}

// Poll reads every feed once and saves the items not seen before. A feed
// that fails is logged and recorded in Health; the others go on.
func (p *Poller) Poll(ctx context.Context) Report {
	p.polling.Lock()
	defer p.polling.Unlock()
	par := p.Parallel
	if par <= 0 {
		par = 1
	}
	sem := make(chan struct{}, par)
	var mu sync.Mutex
	var wg sync.WaitGroup
	var total Report
	for _, fd := range p.feeds {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			r := p.pollFeed(ctx, fd)
			mu.Lock()
			total.Feeds++
			total.Failed += r.Failed
			total.Saved += r.Saved
			total.Skipped += r.Skipped
			total.Retry += r.Retry
			mu.Unlock()
		}()
	}
	wg.Wait()
	return total
}

const feedAccept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"

func (p *Poller) pollFeed(ctx context.Context, fd *feed) (r Report) {
	log := p.f.log.With("feed", publicURL(fd.url))
	now := p.f.opts.Now().UTC()
	fd.mu.Lock()
	v := fd.v
	fd.h.LastPoll = now
	fd.mu.Unlock()
	fail := func(err error) Report {
		log.Warn("cannot read a feed; trying again at the next poll", "err", err.Error())
		fd.mu.Lock()
		fd.h.OK, fd.h.LastError, fd.h.LastErrorAt = false, Reason(err), now
		fd.mu.Unlock()
		return Report{Failed: 1}
	}
	resp, err := p.f.get(ctx, fd.url, feedAccept, v)
	if err != nil {
		return fail(err)
	}
	if resp.Status == 304 {
		fd.mu.Lock()
		fd.h.OK, fd.h.LastSuccess = true, now
		fd.mu.Unlock()
		return r
	}
	parsed, err := gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
	if err != nil {
		return fail(fmt.Errorf("%w: %v", errNotFeed, err))
	}
	items := newestLast(parsed.Items)
	outlet := strings.TrimSpace(parsed.Title)
	tried := 0
	for _, it := range items {
		if ctx.Err() != nil {
			r.Retry++
			break
		}
		if tried >= p.maxItems() {
			r.Retry++ // more may be waiting: read the whole feed next time
			break
		}
		switch p.item(ctx, log, fd, resp.URL, outlet, it) {
		case itemSaved:
			r.Saved++
			tried++
		case itemSkipped:
			r.Skipped++
			tried++
		case itemRetry:
			r.Retry++
			tried++
		}
	}
	fd.mu.Lock()
	fd.h.OK, fd.h.LastSuccess = true, now
	fd.h.ItemsSaved += r.Saved
	fd.h.ItemsSkipped += r.Skipped
	// Keep the validators only when every item was dealt with, so that an
	// item to try again is not hidden behind a 304.
	if r.Retry == 0 {
		fd.v = validators{ETag: resp.ETag, LastModified: resp.LastModified}
	} else {
		fd.v = validators{}
	}
	fd.mu.Unlock()
	return r
}

func (p *Poller) maxItems() int {
	if p.MaxItems <= 0 {
		return 50
	}
	return p.MaxItems
}

type itemResult int

const (
	itemKnown itemResult = iota
	itemSaved
	itemSkipped
	itemRetry
)

// item fetches and saves one feed item unless it was handled before.
func (p *Poller) item(ctx context.Context, log *slog.Logger, fd *feed, base *url.URL, outlet string, it *gofeed.Item) itemResult {
	link := itemLink(it, base)
	key := itemKey(fd.url.String(), it, link)
	seen, err := p.f.opts.Seen.HasSeen(ctx, key)
	if err != nil {
		log.Warn("cannot tell whether a feed item was seen; trying again at the next poll", "err", err.Error())
		return itemRetry
	}
	if seen {
		return itemKnown
	}
	hint := Hint{Title: it.Title, Outlet: outlet, Topics: it.Categories}
	if it.PublishedParsed != nil {
		hint.Published = *it.PublishedParsed
	} else if it.UpdatedParsed != nil {
		hint.Published = *it.UpdatedParsed
	}
	for _, a := range it.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			hint.Authors = append(hint.Authors, strings.TrimSpace(a.Name))
		}
	}
	saved, err := p.f.Add(ctx, link, hint)
	switch {
	case err == nil:
		log.Info("saved an article from a feed", "file", saved.File, "title", saved.Article.Title, "statements", len(saved.Statements))
		p.markItem(ctx, log, key)
		if p.OnSaved != nil {
			p.OnSaved(saved)
		}
		return itemSaved
	case errors.Is(err, ErrAlreadySaved):
		p.markItem(ctx, log, key)
		return itemKnown
	case permanent(err):
		log.Warn("a feed item was not saved", "item", oneLine(it.Title), "err", err.Error())
		p.markItem(ctx, log, key)
		fd.mu.Lock()
		fd.h.LastItemError = Reason(err)
		fd.mu.Unlock()
		return itemSkipped
	default:
		log.Warn("a feed item could not be fetched; trying again at the next poll", "item", oneLine(it.Title), "err", err.Error())
		fd.mu.Lock()
		fd.h.LastItemError = Reason(err)
		fd.mu.Unlock()
		return itemRetry
	}
}

func (p *Poller) markItem(ctx context.Context, log *slog.Logger, key string) {
	if err := p.f.opts.Seen.MarkSeen(ctx, key); err != nil {
		log.Warn("cannot record a feed item as seen", "err", err.Error())
	}
}

// publicURL is u without credentials or query, which may hold a token.
func publicURL(u *url.URL) string {
	v := *u
	v.User, v.RawQuery, v.ForceQuery, v.Fragment = nil, "", false, ""
	if u.RawQuery != "" {
		return v.String() + "?…"
	}
	return v.String()
}

// itemLink is the item's page, resolved against the feed's URL; its GUID
// when that is a link and no link is given.
func itemLink(it *gofeed.Item, base *url.URL) string {
	raw := strings.TrimSpace(it.Link)
	if raw == "" {
		for _, l := range it.Links {
			if l = strings.TrimSpace(l); l != "" {
				raw = l
				break
			}
		}
	}
	if raw == "" && (strings.HasPrefix(it.GUID, "http://") || strings.HasPrefix(it.GUID, "https://")) {
		raw = strings.TrimSpace(it.GUID)
	}
	if raw == "" {
		return ""
	}
	u, err := base.Parse(raw)
	if err != nil {
		return raw
	}
	return u.String()
}

// itemKey names an item of a feed across polls and restarts.
func itemKey(feedURL string, it *gofeed.Item, link string) string {
	id := strings.TrimSpace(it.GUID)
	if id == "" {
		id = link
	}
	if id == "" {
		id = strings.TrimSpace(it.Title) + "\x00" + it.Published
	}
	h := sha256.Sum256([]byte(feedURL + "\x00" + id))
	return "item:" + hex.EncodeToString(h[:16])
}

// newestLast orders items oldest first, so that the newest are saved last
// and win a tie in "newest"; items without a date keep the feed's order
// after the dated ones.
func newestLast(items []*gofeed.Item) []*gofeed.Item {
	out := make([]*gofeed.Item, 0, len(items))
	for _, it := range items {
		if it != nil {
			out = append(out, it)
		}
	}
	when := func(it *gofeed.Item) *time.Time {
		if it.PublishedParsed != nil {
			return it.PublishedParsed
		}
		return it.UpdatedParsed
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := when(out[i]), when(out[j])
		switch {
		case a == nil:
			return false
		case b == nil:
			return true
		}
		return a.Before(*b)
	})
	return out
}
