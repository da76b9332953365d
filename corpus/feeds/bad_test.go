package feeds

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/talkbot/talkbot/corpus"
)

// zeros is an endless body of spaces.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

// Every way a feed can fail is logged and shown in Health, the other feed
// is still read, and the feed is read again at the next poll.
func TestBadFeeds(t *testing.T) {
	const gb = 1 << 30
	cases := []struct {
		name  string
		serve http.HandlerFunc
		want  string // in Health().LastError
	}{
		{"server error", func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "oops", http.StatusInternalServerError)
		}, "HTTP 500"},
		{"not found", http.NotFound, "HTTP 404"},
		{"times out", func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		}, "timed out"},
		{"redirects forever", func(w http.ResponseWriter, r *http.Request) {
			n, _ := strconv.Atoi(r.URL.Query().Get("n"))
			http.Redirect(w, r, r.URL.Path+"?n="+strconv.Itoa(n+1), http.StatusFound)
		}, "too many redirects"},
		{"redirects to a file", func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		}, "not an http or https URL"},
		{"broken XML", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>half an item</ti`)
		}, "not an RSS or Atom feed"},
		{"a web page, not a feed", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, articleHTML("Home", "The Harbour Herald", time.Time{}, lakeTalks))
		}, "not an RSS or Atom feed"},
		{"1 GB body, declared", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Header().Set("Content-Length", strconv.Itoa(gb))
			io.CopyN(w, zeros{}, gb)
		}, "response too large"},
		{"1 GB body, streamed", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>`)
			io.CopyN(w, zeros{}, gb)
		}, "response too large"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var broken atomic.Bool
			broken.Store(true)
			good := newSite(t)
			good.addArticle("/a", "Border talks enter third day", day, lakeTalks...)
			bad := newSite(t)
			bad.addArticle("/b", "Detainees exchanged at the border", day.AddDate(0, 0, 3), prisonerSwap...)
			proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if broken.Load() {
					tc.serve(w, r)
					return
				}
				// Mended: the real feed, pointing at the real pages.
				http.Redirect(w, r, bad.url("/rss.xml"), http.StatusFound)
			}))
			defer proxy.Close()

			dir := t.TempDir()
			// A second to give up on the feed that never answers; the others
			// fail for their own reason long before a minute, however busy
			// the machine.
			timeout := time.Minute
			if tc.want == "timed out" {
				timeout = time.Second
			}
			f, err := NewFetcher(Options{Dir: dir, Timeout: timeout, MaxBytes: 1 << 20,
				Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Transport: http.DefaultTransport})
			if err != nil {
				t.Fatal(err)
			}
			p := newPoller(t, f, proxy.URL+"/feed", good.url("/rss.xml"))
			r := p.Poll(context.Background())
			if r.Failed != 1 || r.Saved != 1 {
				t.Fatalf("poll: %+v; want the bad feed failed and the good one's article saved", r)
			}
			h := p.Health()
			if h[0].OK || !strings.Contains(h[0].LastError, tc.want) || h[0].LastErrorAt.IsZero() {
				t.Errorf("bad feed health %+v; want not ok, last error with %q", h[0], tc.want)
			}
			if !h[1].OK || h[1].ItemsSaved != 1 {
				t.Errorf("good feed health %+v", h[1])
			}

			broken.Store(false)
			r = p.Poll(context.Background())
			if r.Failed != 0 || r.Saved != 1 {
				t.Fatalf("poll after the feed mended: %+v; want its article saved", r)
			}
			h = p.Health()
			if !h[0].OK || h[0].ItemsSaved != 1 || !strings.Contains(h[0].LastError, tc.want) || !h[0].LastSuccess.After(h[0].LastErrorAt) && !h[0].LastSuccess.Equal(h[0].LastErrorAt) {
				t.Errorf("mended feed health %+v; want ok, 1 saved, the old error kept", h[0])
			}
		})
	}
}

// Items that point at what cannot be saved are reported and left alone;
// one whose page failed for a while is saved at the next poll.
func TestBadItems(t *testing.T) {
	s := newSite(t)
	for _, link := range []string{"javascript:alert(1)", "file:///etc/passwd", "mailto:desk@example.org", "ftp://example.org/story", "data:text/html,<p>hi</p>"} {
		s.addItem(testItem{Title: "odd link " + link, Link: link, Published: day})
	}
	s.addItem(testItem{Title: "no link at all", GUID: "tag:test,2026:no-link", Published: day})
	s.addItem(testItem{Title: "Photo gallery", Path: "/gallery", Published: day})
	s.setPage("/gallery", `<html><head><title>Gallery</title></head><body><nav><a href="/">Home</a></nav><img src="a.jpg"><img src="b.jpg"></body></html>`)
	s.addItem(testItem{Title: "A PDF", Path: "/report.pdf", Published: day})
	s.addItem(testItem{Title: "Gone", Path: "/gone", Published: day})
	s.addArticle("/busy", "Border talks enter third day", day, lakeTalks...)
	s.failNext("/busy", 1)

	s.setTyped("/report.pdf", "application/pdf", "%PDF-1.7 not really")

	f, dir := newFetcher(t, nil)
	p := newPoller(t, f, s.url("/rss.xml"))
	r := p.Poll(context.Background())
	// 5 odd links, no link, no text, a PDF, a 404: skipped for good; the busy page: again later.
	if r.Skipped != 9 || r.Retry != 1 || r.Saved != 0 || r.Failed != 0 {
		t.Fatalf("first poll: %+v; want 9 skipped, 1 to retry", r)
	}
	h := p.Health()[0]
	if !h.OK || h.ItemsSkipped != 9 || h.LastItemError == "" {
		t.Errorf("health %+v", h)
	}
	r = p.Poll(context.Background())
	if r.Saved != 1 || r.Skipped != 0 || r.Retry != 0 || len(saved(t, dir)) != 1 {
		t.Fatalf("second poll: %+v, files %v; want the busy page saved and nothing else tried", r, saved(t, dir))
	}
	if s.count("/gallery") != 1 || s.count("/gone") != 1 || s.count("/busy") != 2 {
		t.Errorf("pages fetched: gallery %d, gone %d, busy %d; want 1, 1, 2", s.count("/gallery"), s.count("/gone"), s.count("/busy"))
	}
	// Third poll: the feed has not changed and every item was dealt with.
	if r = p.Poll(context.Background()); r != (Report{Feeds: 1}) || s.notMod != 1 {
		t.Errorf("third poll: %+v, 304s %d; want nothing done, one 304", r, s.notMod)
	}
}

// Polls after the first read the feed again but not the page already
// saved; a poll whose context has ended reads nothing.
func TestPollAgain(t *testing.T) {
	s := newSite(t)
	s.addArticle("/a", "Border talks enter third day", day, lakeTalks...)
	f, dir := newFetcher(t, nil)
	p, err := NewPoller(f, []string{s.url("/rss.xml")})
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		p.Poll(context.Background())
	}
	if len(saved(t, dir)) != 1 || s.count("/a") != 1 || s.count("/rss.xml") != 3 {
		t.Errorf("after three polls: files %v, page fetched %d times, feed %d times; want 1, 1, 3", saved(t, dir), s.count("/a"), s.count("/rss.xml"))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if r := p.Poll(ctx); r.Saved != 0 || s.count("/rss.xml") != 3 {
		t.Errorf("a poll after its context ended: %+v, feed read %d times in all; want 3", r, s.count("/rss.xml"))
	}
}

// encode writes s in a single-byte encoding.
func encode(t *testing.T, cm *charmap.Charmap, s string) string {
	t.Helper()
	out, err := cm.NewEncoder().String(s)
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return out
}

// Pages in other encodings are read in UTF-8; metadata dates in the forms
// pages write are read; a page whose date cannot be read is left alone,
// not fetched at every poll.
func TestPagesInOtherForms(t *testing.T) {
	s := newSite(t)
	page := func(charsetMeta, date, para string) string {
		return `<html><head>` + charsetMeta + `<title>Talks in Geneva</title><meta property="og:site_name" content="Lakeside Post">` +
			`<meta property="article:published_time" content="` + date + `"></head><body><article><h1>Talks in Geneva</h1>` +
			`<p>GENEVA - The two delegations met again on Tuesday at the invitation of the Swiss government, officials said after the session ended.</p>` +
			`<p>` + para + `</p><p>The next round is expected within a fortnight, according to a statement issued by the hosts late on Tuesday evening.</p></article></body></html>`
	}
	s.setTyped("/latin1", "text/html; charset=ISO-8859-1", encode(t, charmap.ISO8859_1, page("", "2026-03-03T09:30:00+0000",
		`"We will meet again in Genève before the end of the month," said Zoë Laurent, the mediator.`)))
	s.addItem(testItem{Title: "Talks in Geneva (latin-1)", Path: "/latin1", Published: day})
	s.setTyped("/cp1252", "text/html", encode(t, charmap.Windows1252, page(`<meta charset="windows-1252">`, "Tue, 03 Mar 2026 09:30:00 GMT",
		"“The ceasefire must hold through the harvest,” said Zoë Laurent, the mediator, in remarks to reporters.")))
	s.addItem(testItem{Title: "Mediator on the harvest", Path: "/cp1252", Published: day})
	s.setTyped("/baddate", "text/html; charset=utf-8", page("", "the day before yesterday",
		"“Nothing has moved since the summer,” said Zoë Laurent, the mediator, when asked about the talks."))
	s.addItem(testItem{Title: "Undated", Path: "/baddate", Published: day})

	f, dir := newFetcher(t, nil)
	p := newPoller(t, f, s.url("/rss.xml"))
	if r := p.Poll(context.Background()); r.Saved != 2 || r.Skipped != 1 || r.Retry != 0 {
		t.Fatalf("poll: %+v; want 2 saved, the undated page skipped", r)
	}
	c, err := corpus.Load(corpus.Options{}, dir)
	if err != nil || len(c.Articles) != 2 {
		t.Fatalf("load: %v, %d articles", err, len(c.Articles))
	}
	if !hasQuote(c.Statements, "Zoë Laurent", "We will meet again in Genève before the end of the month", "2026-03-03") {
		t.Errorf("the ISO-8859-1 page's quote: %+v", c.Statements)
	}
	if !hasQuote(c.Statements, "Zoë Laurent", "The ceasefire must hold through the harvest", "2026-03-03") {
		t.Errorf("the windows-1252 page's quote: %+v", c.Statements)
	}
	if r := p.Poll(context.Background()); r.Skipped != 0 || s.count("/baddate") != 1 {
		t.Errorf("second poll: %+v, undated page fetched %d times; want it left alone", r, s.count("/baddate"))
	}
}
