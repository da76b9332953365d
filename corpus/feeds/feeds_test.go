package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/talkbot/talkbot/corpus"
)

var day = time.Date(2026, 3, 3, 9, 30, 0, 0, time.UTC)

// newFetcher returns a Fetcher saving into a new folder, with short limits.
func newFetcher(t *testing.T, seen Seen) (*Fetcher, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "feeds")
	f, err := NewFetcher(Options{Dir: dir, Seen: seen, Timeout: 2 * time.Second, MaxBytes: 1 << 20,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Transport: http.DefaultTransport})
	if err != nil {
		t.Fatal(err)
	}
	return f, dir
}

func newPoller(t *testing.T, f *Fetcher, urls ...string) *Poller {
	t.Helper()
	p, err := NewPoller(f, urls)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// saved lists the article files in dir, and fails on anything else there.
func saved(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".md") || strings.HasPrefix(e.Name(), ".") {
			t.Errorf("%s left in the folder", e.Name())
			continue
		}
		out = append(out, e.Name())
	}
	return out
}

func TestPollSavesNewItemsOnce(t *testing.T) {
	s := newSite(t)
	s.addArticle("/2026/03/03/lake-talks", "Border talks enter third day", day, lakeTalks...)
	f, dir := newFetcher(t, nil)
	p := newPoller(t, f, s.url("/rss.xml"))
	var hook []string
	p.OnSaved = func(sv *Saved) { hook = append(hook, filepath.Base(sv.File)) }

	r := p.Poll(context.Background())
	if r.Saved != 1 || r.Failed != 0 {
		t.Fatalf("first poll: %+v; want 1 saved", r)
	}
	files := saved(t, dir)
	if want := []string{"2026-03-03-border-talks-enter-third-day.md"}; !slices.Equal(files, want) || !slices.Equal(hook, want) {
		t.Fatalf("files %v, OnSaved %v; want %v", files, hook, want)
	}
	data, _ := os.ReadFile(filepath.Join(dir, files[0]))
	for _, want := range []string{"title: Border talks enter third day\n", "outlet: The Harbour Herald\n",
		"url: " + s.url("/2026/03/03/lake-talks") + "\n", "published: \"2026-03-03\"\n", "topics: [Diplomacy]\n"} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("saved article lacks %q:\n%s", want, data)
		}
	}
	if bytes.Contains(data, []byte("All rights reserved")) || bytes.Contains(data, []byte("Sport")) {
		t.Errorf("page furniture saved:\n%s", data)
	}

	// The corpus loader reads it like any article.
	c, err := corpus.Load(corpus.Options{}, dir)
	if err != nil || len(c.Errors) > 0 {
		t.Fatalf("loading the saved folder: %v %v", err, c.Errors)
	}
	if !hasQuote(c.Statements, "Ilse Brandt", "I expect a text by the end of the week", "2026-03-03") {
		t.Errorf("the saved article does not give Brandt's quote dated 2026-03-03: %+v", c.Statements)
	}

	// Nothing new: a conditional GET, answered 304, and no page fetched.
	r = p.Poll(context.Background())
	if r.Saved != 0 || s.notMod != 1 || s.count("/2026/03/03/lake-talks") != 1 {
		t.Fatalf("second poll: %+v, 304s %d, page fetched %d times; want nothing new, one 304, one fetch", r, s.notMod, s.count("/2026/03/03/lake-talks"))
	}

	// A new item: only it is fetched.
	s.addArticle("/2026/03/06/swap", "Detainees exchanged at the border", day.AddDate(0, 0, 3), prisonerSwap...)
	r = p.Poll(context.Background())
	if r.Saved != 1 || len(saved(t, dir)) != 2 || s.count("/2026/03/03/lake-talks") != 1 {
		t.Fatalf("third poll: %+v, files %v, old page fetched %d times", r, saved(t, dir), s.count("/2026/03/03/lake-talks"))
	}
	h := p.Health()[0]
	if !h.OK || h.ItemsSaved != 2 || h.LastError != "" || h.LastSuccess.IsZero() {
		t.Errorf("health %+v; want ok, 2 saved, no error", h)
	}
}

func hasQuote(stmts []corpus.Statement, speaker, words, date string) bool {
	for _, st := range stmts {
		if st.Kind == corpus.Quote && st.Speaker == speaker && strings.Contains(st.Text, words) && st.SaidOn == date {
			return true
		}
	}
	return false
}

func TestAtomFeed(t *testing.T) {
	s := newSite(t)
	s.addArticle("/press/1", "Minister on the detainee exchange", day.AddDate(0, 0, 3), prisonerSwap...)
	f, dir := newFetcher(t, nil)
	p := newPoller(t, f, s.url("/atom.xml"))
	if r := p.Poll(context.Background()); r.Saved != 1 {
		t.Fatalf("poll: %+v; want 1 saved", r)
	}
	c, err := corpus.Load(corpus.Options{}, dir)
	if err != nil || len(c.Articles) != 1 {
		t.Fatalf("load: %v, %d articles", err, len(c.Articles))
	}
	// The page's site name wins over the feed's title.
	if a := c.Articles[0]; a.Outlet != "The Harbour Herald" || a.Published.Format("2006-01-02") != "2026-03-06" {
		t.Errorf("article %q from %q on %s", a.Title, a.Outlet, a.Published)
	}
}

// A restart with the same memory of what was seen fetches no page again.
func TestRestartDoesNotRefetch(t *testing.T) {
	s := newSite(t)
	s.addArticle("/a", "Border talks enter third day", day, lakeTalks...)
	s.addArticle("/b", "Detainees exchanged at the border", day.AddDate(0, 0, 3), prisonerSwap...)
	seen := NewMemSeen()
	f, dir := newFetcher(t, seen)
	if r := newPoller(t, f, s.url("/rss.xml")).Poll(context.Background()); r.Saved != 2 {
		t.Fatalf("first run: %+v", r)
	}
	f2, err := NewFetcher(Options{Dir: dir, Seen: seen, Logger: f.log, Transport: http.DefaultTransport})
	if err != nil {
		t.Fatal(err)
	}
	r := newPoller(t, f2, s.url("/rss.xml")).Poll(context.Background())
	if r.Saved != 0 || s.count("/a") != 1 || s.count("/b") != 1 || len(saved(t, dir)) != 2 {
		t.Fatalf("after restart: %+v, pages fetched %d and %d times, files %v", r, s.count("/a"), s.count("/b"), saved(t, dir))
	}
}

// The same article under two URLs, or the same URL in two feeds, is saved
// once.
func TestSameTextOrURLSavedOnce(t *testing.T) {
	s := newSite(t)
	s.addArticle("/a", "Border talks enter third day", day, lakeTalks...)
	s.addArticle("/amp/a", "Border talks enter third day (AMP)", day, lakeTalks...)
	f, dir := newFetcher(t, nil)
	p := newPoller(t, f, s.url("/rss.xml"), s.url("/atom.xml"))
	p.Parallel = 1
	r := p.Poll(context.Background())
	if r.Saved != 1 || len(saved(t, dir)) != 1 {
		t.Fatalf("poll: %+v, files %v; want one article saved", r, saved(t, dir))
	}
	if _, err := f.Add(context.Background(), s.url("/a?utm_source=chat#top"), Hint{}); !errors.Is(err, ErrAlreadySaved) {
		t.Errorf("adding a saved URL again: %v; want ErrAlreadySaved", err)
	}
}

func TestAdd(t *testing.T) {
	s := newSite(t)
	s.setPage("/story", articleHTML("Border talks enter third day", "The Harbour Herald", day, lakeTalks))
	f, dir := newFetcher(t, nil)
	sv, err := f.Add(context.Background(), s.url("/story"), Hint{})
	if err != nil {
		t.Fatal(err)
	}
	n, who := sv.Quotes()
	if sv.Article.Title != "Border talks enter third day" || sv.Article.Outlet != "The Harbour Herald" || n < 2 ||
		!slices.Contains(who, "Ilse Brandt") || !slices.Contains(who, "Tomas Verhoek") {
		t.Errorf("Add: %q from %q, %d quotes from %v", sv.Article.Title, sv.Article.Outlet, n, who)
	}
	if filepath.Dir(sv.File) != dir {
		t.Errorf("saved at %s, not in %s", sv.File, dir)
	}
}

func TestAddRefusesWithoutFetching(t *testing.T) {
	s := newSite(t)
	f, dir := newFetcher(t, nil)
	for _, raw := range []string{"file:///etc/passwd", "javascript:alert(1)", "ftp://" + strings.TrimPrefix(s.url("/x"), "http://"),
		"mailto:desk@example.org", "/relative/path", "http://user:pw@" + strings.TrimPrefix(s.url("/x"), "http://"), "", "gopher://example.org/1"} {
		if _, err := f.Add(context.Background(), raw, Hint{}); !errors.Is(err, ErrNotHTTP) {
			t.Errorf("Add(%q) = %v; want ErrNotHTTP", raw, err)
		}
	}
	if s.count("/x") != 0 || len(saved(t, dir)) != 0 {
		t.Errorf("a refused URL was fetched (%d) or saved (%v)", s.count("/x"), saved(t, dir))
	}
}

func TestDefaultTransportRefusesLinkLocal(t *testing.T) {
	f, err := NewFetcher(Options{Dir: t.TempDir(), Timeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.Add(context.Background(), "http://169.254.169.254/latest/meta-data/", Hint{})
	if !errors.Is(err, ErrForbiddenAddress) {
		t.Errorf("fetching a link-local address: %v; want ErrForbiddenAddress", err)
	}
}

func TestUserAgentAndSizeLimit(t *testing.T) {
	var ua string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua = r.Header.Get("User-Agent")
		w.Header().Set("Content-Type", "text/html")
		// 2 MB of one long page, no Content-Length.
		for range 2048 {
			if _, err := w.Write(bytes.Repeat([]byte("<p>word</p>"), 93)); err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	f, _ := newFetcher(t, nil)
	_, err := f.Add(context.Background(), srv.URL+"/long", Hint{})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("a 2 MB page with a 1 MB limit: %v; want ErrTooLarge", err)
	}
	if !strings.HasPrefix(ua, "talkbot/") {
		t.Errorf("User-Agent %q", ua)
	}
}

func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Border talks enter third day", "border-talks-enter-third-day"},
		{"Zelensky: ‘No deal’ on Donbas, Erdoğan’s envoy says — live", "zelensky-no-deal-on-donbas-erdogan-s-envoy"},
		{"!!!", "article"},
		{"", "article"},
		{"القاهرة", "article"},
	} {
		if got := slug(tc.in); got != tc.want {
			t.Errorf("slug(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestURLKey(t *testing.T) {
	same := [][2]string{
		{"https://www.example.org/a/b/", "http://example.org/a/b"},
		{"https://example.org/a?utm_source=x&id=3", "https://example.org/a?id=3#comments"},
	}
	for _, p := range same {
		if urlKey(p[0]) != urlKey(p[1]) {
			t.Errorf("urlKey(%q) = %q, urlKey(%q) = %q; want equal", p[0], urlKey(p[0]), p[1], urlKey(p[1]))
		}
	}
	if urlKey("https://example.org/a?id=3") == urlKey("https://example.org/a?id=4") {
		t.Error("pages told apart only by their query were taken as one")
	}
}

func TestParseList(t *testing.T) {
	got, err := ParseList(" https://a.example/rss, https://b.example/atom.xml https://a.example/rss\n")
	if want := []string{"https://a.example/rss", "https://b.example/atom.xml"}; err != nil || !slices.Equal(got, want) {
		t.Errorf("ParseList = %v, %v; want %v", got, err, want)
	}
	if _, err := ParseList("https://a.example/rss,file:///etc/passwd"); !errors.Is(err, ErrNotHTTP) {
		t.Errorf("ParseList with a file URL: %v; want ErrNotHTTP", err)
	}
}

func TestTrimSiteName(t *testing.T) {
	for _, tc := range []struct{ title, site, want string }{
		{"Talks resume | The Lakeside Post", "The Lakeside Post", "Talks resume"},
		{"Envoy: ‘no deal yet’ - talks go on - Harbour Herald", "Harbour Herald", "Envoy: ‘no deal yet’ - talks go on"},
		{"Talks resume - analysis", "Harbour Herald", "Talks resume - analysis"},
		{"Harbour Herald", "Harbour Herald", "Harbour Herald"},
	} {
		if got := trimSiteName(tc.title, tc.site); got != tc.want {
			t.Errorf("trimSiteName(%q, %q) = %q; want %q", tc.title, tc.site, got, tc.want)
		}
	}
}

func TestReason(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{&StatusError{Code: 503}, "HTTP 503"},
		{fmt.Errorf("fetching https://10.0.0.7/secret: %w", &StatusError{Code: 404}), "HTTP 404"},
		{fmt.Errorf("x: %w", context.DeadlineExceeded), "timed out"},
		{fmt.Errorf("%w: 2000000 bytes", ErrTooLarge), "response too large"},
		{fmt.Errorf("%w: XML syntax error on line 3", errNotFeed), "not an RSS or Atom feed"},
		{&net.DNSError{Name: "intranet.corp", Err: "no such host"}, "host not found"},
		{&net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}, "connection failed"},
		{fmt.Errorf("redirected to file:///etc/passwd: %w", ErrNotHTTP), "not an http or https URL"},
		{errors.New("something odd at /var/lib/x"), "fetch failed"},
	} {
		if got := Reason(tc.err); got != tc.want {
			t.Errorf("Reason(%v) = %q; want %q", tc.err, got, tc.want)
		}
	}
}

func TestHealthHidesQueryAndCredentials(t *testing.T) {
	f, _ := newFetcher(t, nil)
	p := newPoller(t, f, "https://feeds.example.org/world.xml?token=s3cret", "https://example.org/a.xml")
	h := p.Health()
	if h[0].URL != "https://feeds.example.org/world.xml?…" || h[1].URL != "https://example.org/a.xml" {
		t.Errorf("health URLs %q, %q", h[0].URL, h[1].URL)
	}
}
