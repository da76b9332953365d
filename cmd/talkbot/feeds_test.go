package main

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// newsSite serves an RSS feed and its pages; items are added while it
// runs.
type newsSite struct {
	srv   *httptest.Server
	mu    sync.Mutex
	items []string // paths, oldest first
	pages map[string]string
	hits  map[string]int
}

func newNewsSite(t *testing.T) *newsSite {
	s := &newsSite{pages: map[string]string{}, hits: map[string]int{}}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.hits[r.URL.Path]++
		if r.URL.Path == "/rss.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>River Desk</title>`)
			for _, p := range s.items {
				fmt.Fprintf(w, `<item><title>Item %s</title><link>%s%s</link><pubDate>Mon, 02 Mar 2026 10:00:00 +0000</pubDate></item>`, p, s.srv.URL, p)
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		page, ok := s.pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *newsSite) publish(path, title string, paras ...string) {
	var b strings.Builder
	fmt.Fprintf(&b, `<html><head><title>%s</title><meta property="og:site_name" content="River Desk"><meta property="article:published_time" content="2026-03-02T10:00:00Z"></head><body><nav><a href="/">Home</a></nav><article><h1>%s</h1>`, html.EscapeString(title), html.EscapeString(title))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(p))
	}
	b.WriteString(`</article><footer>© 2026 River Desk</footer></body></html>`)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = b.String()
	s.items = append(s.items, path)
}

func (s *newsSite) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

var riverTalks = []string{
	"DELTA CITY — Envoys of the two river states resumed talks on Monday over sharing the water of the upper dam, the mediators said.",
	"“The dam can feed both our peoples if we agree on the seasons,” said Lena Marsh, the delta state’s water minister, at the opening session.",
	"The mediators said a draft on the dry-season quota would be circulated to both delegations before the next round.",
}

// An item that appears in a feed is answerable after one poll, with no
// restart; the health check shows the feed; a restart fetches nothing
// again.
func TestServeFollowsFeeds(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	site := newNewsSite(t)
	cfg := testConfig(dir)
	cfg.Feeds = site.srv.URL + "/rss.xml"
	cfg.FeedInterval = time.Hour
	m, logs := startMain(t, cfg)
	const q = "who said the dam can feed both our peoples"
	if a := ask(m, q); found(a, "Lena Marsh") {
		t.Fatalf("answered before the article was published: %+v", a)
	}

	site.publish("/2026/03/02/dam-talks", "River states resume dam talks", riverTalks...)
	m.pollNow <- struct{}{}
	eventually(t, 15*time.Second, "the feed's new article answered", func() bool { return found(ask(m, q), "Lena Marsh") })

	h := health(t, m.Addr())
	if len(h.Feeds) != 1 || h.Feeds[0].ItemsSaved != 1 || !h.Feeds[0].OK || h.Feeds[0].LastSuccess.IsZero() {
		t.Errorf("healthz feeds: %+v", h.Feeds)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "feeds", "*.md"))
	if len(files) != 1 {
		t.Fatalf("saved files %v", files)
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}

	// A restart: the saved article is answered from the start and its page
	// is not fetched again.
	m2, _ := startMain(t, cfg)
	eventually(t, 10*time.Second, "the first poll after the restart", func() bool { return site.count("/rss.xml") >= 3 })
	m2.pollNow <- struct{}{} // and one more, to be sure the first has finished
	if n := site.count("/2026/03/02/dam-talks"); n != 1 {
		t.Errorf("the page was fetched %d times across a restart; want 1", n)
	}
	if !found(ask(m2, q), "Lena Marsh") {
		t.Errorf("not answered after the restart")
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "feeds", "*.md")); len(files) != 1 {
		t.Errorf("saved files after the restart %v", files)
	}
	if strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("errors logged:\n%s", logs)
	}
}
