package main

import (
	"context"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/internal/testkit"
)

// newsSite serves an RSS feed and its pages; items are added while it
// runs.
type newsSite struct {
	srv    *httptest.Server
	mu     sync.Mutex
	items  []string // paths, oldest first
	titles map[string]string
	pages  map[string]string
	hits   map[string]int
}

func newNewsSite(t testing.TB) *newsSite {
	s := &newsSite{pages: map[string]string{}, titles: map[string]string{}, hits: map[string]int{}}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.hits[r.URL.Path]++
		if r.URL.Path == "/rss.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>River Desk</title>`)
			for _, p := range s.items {
				fmt.Fprintf(w, `<item><title>%s</title><link>%s%s</link><pubDate>Mon, 02 Mar 2026 10:00:00 +0000</pubDate></item>`, html.EscapeString(s.titles[p]), s.srv.URL, p)
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
	s.titles[path] = title
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
	pollFeeds(m)
	testkit.Eventually(t, 15*time.Second, "the feed's new article answered", func() bool { return found(ask(m, q), "Lena Marsh") })

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
	testkit.Eventually(t, 10*time.Second, "the first poll after the restart", func() bool { return site.count("/rss.xml") >= 3 })
	pollFeeds(m2)
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

// An admin's "add <url>" saves the page and says what was read; anyone
// else is refused and nothing is fetched.
func TestServeAddPage(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	site := newNewsSite(t)
	site.publish("/dam", "River states resume dam talks", riverTalks...)
	m, _ := startMain(t, testConfig(dir))
	ctx := context.Background()
	link := site.srv.URL + "/dam"

	a := m.addPage(ctx, bot.Request{Text: "add " + link, User: "slack:T1/UOTHER", Platform: "slack"})
	if !a.Error || !strings.Contains(a.Summary, "only the bot's admins") || site.count("/dam") != 0 {
		t.Fatalf("non-admin: %+v, page fetched %d times", a, site.count("/dam"))
	}

	a = m.addPage(ctx, bot.Request{Text: "add <" + link + ">", User: "slack:T1/UADMIN", Platform: "slack"})
	want := "Read “River states resume dam talks” (River Desk, 2026-03-02): 1 quote, from Lena Marsh"
	if a.Error || !strings.HasPrefix(a.Summary, want) || len(a.Items) != 1 || a.Items[0].Speaker != "Lena Marsh" {
		t.Fatalf("admin add: %q %+v; want it to start %q", a.Summary, a.Items, want)
	}
	testkit.Eventually(t, 15*time.Second, "the added page answered", func() bool { return found(ask(m, "who said the dam can feed both our peoples"), "Lena Marsh") })

	for _, tc := range []struct{ text, want string }{
		{"add " + link, "already read that page"},
		{"add file:///etc/passwd", "not a web address"},
		{"add " + site.srv.URL + "/missing", "HTTP 404"},
		{"add", "Give me a link"},
	} {
		if a := m.addPage(ctx, bot.Request{Text: tc.text, User: "slack:T1/UADMIN"}); !a.Error || !strings.Contains(a.Summary, tc.want) {
			t.Errorf("%q: %q; want %q", tc.text, a.Summary, tc.want)
		}
	}
}

// BenchmarkFeedItemToAnswer measures the time from an item appearing in a
// feed to its quote being answered: one poll, the fetch and save, the
// folder watch's quiet time (the default, 500 ms), the reload and the
// first answer.
func BenchmarkFeedItemToAnswer(b *testing.B) {
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "truce.md"), []byte(articleTruce), 0o644); err != nil {
		b.Fatal(err)
	}
	site := newNewsSite(b)
	cfg := testConfig(dir)
	cfg.Feeds = site.srv.URL + "/rss.xml"
	cfg.FeedInterval = time.Hour
	cfg.LogLevel = "warn"
	m := NewMain(cfg, io.Discard)
	if err := m.Run(context.Background()); err != nil {
		b.Fatal(err)
	}
	defer m.Close()
	words := []string{"amber", "birch", "cedar", "delta", "ember", "fjord", "grove", "heron", "inlet", "juniper", "kestrel", "larch"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w := words[i%len(words)] + " " + words[(i/len(words))%len(words)]
		site.publish(fmt.Sprintf("/n/%d", i), fmt.Sprintf("Envoys agree on the %s crossing", w),
			fmt.Sprintf("DELTA CITY — Envoys agreed on Monday to reopen the %s crossing for aid convoys, the mediators said.", w),
			fmt.Sprintf("“The %s crossing opens at dawn for every convoy,” said Lena Marsh, the delta state’s water minister, after the meeting.", w))
		pollFeeds(m)
		q := fmt.Sprintf("who said the %s crossing opens at dawn", w)
		for {
			if a := ask(m, q); found(a, "Lena Marsh") && strings.Contains(a.Items[0].Text, "The "+w+" crossing") {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
}

// pollFeeds has m poll its feeds once more, and waits for the poll.
func pollFeeds(m *Main) {
	done := make(chan struct{})
	m.pollNow <- done
	<-done
}

// webAPI is a local Slack Web API that records chat.postMessage.
type webAPI struct {
	srv   *httptest.Server
	mu    sync.Mutex
	posts []webPost
}

type webPost struct{ Channel, Text, Blocks string }

func newWebAPI(t *testing.T) *webAPI {
	s := &webAPI{}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		w.Header().Set("Content-Type", "application/json")
		if r.Header.Get("Authorization") != "Bearer xoxb-test" && r.PostForm.Get("token") != "xoxb-test" {
			fmt.Fprint(w, `{"ok":false,"error":"invalid_auth"}`)
			return
		}
		if strings.HasSuffix(r.URL.Path, "/chat.postMessage") {
			s.mu.Lock()
			s.posts = append(s.posts, webPost{r.PostForm.Get("channel"), r.PostForm.Get("text"), r.PostForm.Get("blocks")})
			s.mu.Unlock()
			fmt.Fprint(w, `{"ok":true,"channel":"C1","ts":"1700000000.000100"}`)
			return
		}
		fmt.Fprint(w, `{"ok":true,"user_id":"UBOT","team_id":"T1"}`)
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *webAPI) all() []webPost {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]webPost(nil), s.posts...)
}

// testClock is a settable clock.
type testClock struct {
	mu    sync.Mutex
	t     time.Time
	reads atomic.Int64
}

func (c *testClock) now() time.Time  { c.reads.Add(1); c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *testClock) set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

// A channel subscribes; an article that appears in a feed is posted there
// through the real Slack SDK; a restart neither fetches the page again nor
// loses the subscription, and posts nothing twice; a daily digest comes at
// its time.
func TestServeSubscriptionPosts(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	site := newNewsSite(t)
	api := newWebAPI(t)
	cfg := testConfig(dir)
	cfg.Database = filepath.Join(t.TempDir(), "talkbot.db")
	cfg.Feeds = site.srv.URL + "/rss.xml"
	cfg.FeedInterval = time.Hour
	clock := &testClock{t: time.Date(2026, 3, 2, 7, 0, 0, 0, time.UTC)}
	var indexed atomic.Int64
	tweak := func(m *Main) {
		m.slackAPIURL = api.srv.URL + "/api/"
		m.digestNow, m.digestEvery = clock.now, 20*time.Millisecond
		m.onIndexed = func([]corpus.Statement) { indexed.Add(1) }
	}
	m, logs := startMain(t, cfg, tweak)
	t.Cleanup(func() {
		if t.Failed() {
			t.Log(logs)
		}
	})
	testkit.Eventually(t, 10*time.Second, "the first index announced", func() bool { return indexed.Load() >= 1 })

	if code, res := slashCommand(t, m.Addr(), "U1", "subscribe river"); code != 200 || !strings.Contains(res.Text, "Subscribed: I will post here the new sourced statements on river") {
		t.Fatalf("subscribe: %d %+v", code, res)
	}
	if code, res := slashCommand(t, m.Addr(), "U1", "subscribe river daily 08:30"); code != 200 || !strings.Contains(res.Text, "daily digest on river here at 08:30 (UTC)") {
		t.Fatalf("subscribe daily: %d %+v", code, res)
	}
	clock.set(time.Date(2026, 3, 2, 7, 10, 0, 0, time.UTC))
	site.publish("/2026/03/02/dam-talks", "River states resume dam talks", riverTalks...)
	pollFeeds(m)
	testkit.Eventually(t, 15*time.Second, "the new article posted to the channel", func() bool { return len(api.all()) >= 1 })
	p := api.all()[0]
	if p.Channel != "C1" || !strings.Contains(p.Blocks, "The dam can feed both our peoples") || !strings.Contains(p.Text, "New on river") {
		t.Errorf("post %+v", p)
	}

	if err := m.Close(); err != nil {
		t.Fatal(err)
	}

	// Restart.
	indexed.Store(0)
	m2, _ := startMain(t, cfg, tweak)
	testkit.Eventually(t, 10*time.Second, "the index announced after the restart", func() bool { return indexed.Load() >= 1 })
	pollFeeds(m2)
	if n := site.count("/2026/03/02/dam-talks"); n != 1 {
		t.Errorf("the page was fetched %d times across a restart; want 1", n)
	}
	if _, res := slashCommand(t, m2.Addr(), "U1", "subscriptions"); !strings.Contains(res.Text, "• river: new statements as they are read\n• river: a daily digest at 08:30 (UTC)") {
		t.Errorf("subscriptions after the restart: %q", res.Text)
	}
	if n := len(api.all()); n != 1 {
		t.Errorf("%d posts after the restart; want still 1", n)
	}

	clock.set(time.Date(2026, 3, 2, 8, 30, 1, 0, time.UTC))
	testkit.Eventually(t, 10*time.Second, "the daily digest posted", func() bool { return len(api.all()) >= 2 })
	d := api.all()[1]
	if d.Channel != "C1" || !strings.Contains(d.Text, "Daily digest on river: 3 new sourced statements since 2026-03-02 07:00 UTC") || !strings.Contains(d.Blocks, "The dam can feed both our peoples") {
		t.Errorf("digest %+v", d)
	}
	// Each check for due digests reads the clock once: the third read from
	// now on is made by a check that began after a whole one had run.
	read := clock.reads.Load()
	testkit.Eventually(t, 10*time.Second, "two more checks for due digests", func() bool { return clock.reads.Load() >= read+3 })
	if n := len(api.all()); n != 2 {
		t.Errorf("%d posts; want 2", n)
	}
}

// Two replicas sharing a database: one polls the feeds; when it stops, the
// other takes over at its next poll.
func TestServeReplicasPollInTurn(t *testing.T) {
	site := newNewsSite(t)
	db := filepath.Join(t.TempDir(), "talkbot.db")
	start := func() *Main {
		dir := t.TempDir()
		writeFile(t, dir, "truce.md", articleTruce)
		cfg := testConfig(dir)
		cfg.Database, cfg.Feeds, cfg.FeedInterval = db, site.srv.URL+"/rss.xml", time.Hour
		m, _ := startMain(t, cfg)
		return m
	}
	a := start()
	b := start()
	pollFeeds(a)
	pollFeeds(b)
	if n := site.count("/rss.xml"); n != 2 {
		t.Fatalf("the feed was read %d times by two replicas in two rounds; want 2 (one replica polls)", n)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	pollFeeds(b)
	if n := site.count("/rss.xml"); n != 3 {
		t.Errorf("after the polling replica stopped, the feed was read %d times; want 3 (the other took over)", n)
	}
}
