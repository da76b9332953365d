package feeds

import (
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// site is a local news site for tests: pages, an RSS feed and an Atom
// feed whose items can be changed while it runs, and counters of what was
// asked.
type site struct {
	t   testing.TB
	srv *httptest.Server

	mu      sync.Mutex
	pages   map[string]string // path → HTML
	types   map[string]string // path → Content-Type other than HTML
	items   []testItem
	hits    map[string]int // path → requests
	cond    int            // feed requests that carried a validator
	notMod  int            // 304s answered
	fail    map[string]int // path → how many more requests answer 500
	version int
}

type testItem struct {
	Title, Path, Link, GUID string
	Published               time.Time
	Categories              []string
}

func newSite(t testing.TB) *site {
	t.Helper()
	s := &site{t: t, pages: map[string]string{}, types: map[string]string{}, hits: map[string]int{}, fail: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/rss.xml", s.serveRSS)
	mux.HandleFunc("/atom.xml", s.serveAtom)
	mux.HandleFunc("/", s.servePage)
	s.srv = httptest.NewServer(mux)
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) url(path string) string { return s.srv.URL + path }

// addArticle publishes a page and lists it in the feeds.
func (s *site) addArticle(path, title string, published time.Time, paras ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = articleHTML(title, "The Harbour Herald", published, paras)
	s.items = append(s.items, testItem{Title: title, Path: path, Published: published, Categories: []string{"Diplomacy"}})
	s.version++
}

// addItem lists an item without publishing a page (for odd links).
func (s *site) addItem(it testItem) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items = append(s.items, it)
	s.version++
}

func (s *site) setPage(path, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = body
}

func (s *site) setTyped(path, contentType, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = body
	s.types[path] = contentType
}

func (s *site) failNext(path string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fail[path] = n
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *site) link(it testItem) string {
	if it.Link != "" {
		return it.Link
	}
	return s.url(it.Path)
}

// conditional answers 304 when the request's validator matches.
func (s *site) conditional(w http.ResponseWriter, r *http.Request) bool {
	etag := fmt.Sprintf(`"v%d"`, s.version)
	lm := time.Date(2026, 1, 1, 0, 0, s.version, 0, time.UTC).Format(http.TimeFormat)
	if r.Header.Get("If-None-Match") != "" || r.Header.Get("If-Modified-Since") != "" {
		s.cond++
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Last-Modified", lm)
	if r.Header.Get("If-None-Match") == etag {
		s.notMod++
		w.WriteHeader(http.StatusNotModified)
		return true
	}
	return false
}

func (s *site) serveRSS(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[r.URL.Path]++
	if s.conditional(w, r) {
		return
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>The Harbour Herald</title><link>` + s.srv.URL + `</link><description>World news</description>`)
	for _, it := range s.items {
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link>", html.EscapeString(it.Title), html.EscapeString(s.link(it)))
		if it.GUID != "" {
			fmt.Fprintf(&b, "<guid>%s</guid>", html.EscapeString(it.GUID))
		}
		if !it.Published.IsZero() {
			fmt.Fprintf(&b, "<pubDate>%s</pubDate>", it.Published.Format(time.RFC1123Z))
		}
		for _, c := range it.Categories {
			fmt.Fprintf(&b, "<category>%s</category>", html.EscapeString(c))
		}
		b.WriteString("</item>")
	}
	b.WriteString("</channel></rss>")
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	_, _ = w.Write([]byte(b.String()))
}

func (s *site) serveAtom(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[r.URL.Path]++
	if s.conditional(w, r) {
		return
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry Press Room</title><id>urn:test:press</id><updated>2026-03-05T00:00:00Z</updated>`)
	for i, it := range s.items {
		fmt.Fprintf(&b, `<entry><title>%s</title><link rel="alternate" href="%s"/><id>urn:test:%d</id>`, html.EscapeString(it.Title), html.EscapeString(s.link(it)), i)
		if !it.Published.IsZero() {
			fmt.Fprintf(&b, "<published>%s</published><updated>%s</updated>", it.Published.Format(time.RFC3339), it.Published.Format(time.RFC3339))
		}
		b.WriteString("</entry>")
	}
	b.WriteString("</feed>")
	w.Header().Set("Content-Type", "application/atom+xml")
	_, _ = w.Write([]byte(b.String()))
}

func (s *site) servePage(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	if s.fail[r.URL.Path] > 0 {
		s.fail[r.URL.Path]--
		s.mu.Unlock()
		http.Error(w, "busy", http.StatusInternalServerError)
		return
	}
	page, ok := s.pages[r.URL.Path]
	ctype := s.types[r.URL.Path]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	if ctype == "" {
		ctype = "text/html; charset=utf-8"
	}
	w.Header().Set("Content-Type", ctype)
	_, _ = w.Write([]byte(page))
}

// articleHTML is a news page around paragraphs: navigation, a header, the
// article, a footer.
func articleHTML(title, outlet string, published time.Time, paras []string) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><meta charset=\"utf-8\">")
	fmt.Fprintf(&b, "<title>%s | %s</title>", html.EscapeString(title), html.EscapeString(outlet))
	fmt.Fprintf(&b, `<meta property="og:title" content="%s"><meta property="og:site_name" content="%s">`, html.EscapeString(title), html.EscapeString(outlet))
	if !published.IsZero() {
		fmt.Fprintf(&b, `<meta property="article:published_time" content="%s">`, published.Format(time.RFC3339))
	}
	b.WriteString(`</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav><main><article>`)
	fmt.Fprintf(&b, "<h1>%s</h1>", html.EscapeString(title))
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(p))
	}
	b.WriteString(`</article></main><footer><p>© 2026 The Harbour Herald. All rights reserved.</p></footer></body></html>`)
	return b.String()
}

// Articles written for these tests.
var (
	lakeTalks = []string{
		"LAKEVIEW, Northland (Harbour Herald) — Negotiators from Northland and Southmark met for a third day on Tuesday in an effort to agree a ceasefire along their disputed border, officials said.",
		"“We have narrowed the gaps on the withdrawal schedule, and I expect a text by the end of the week,” said Ilse Brandt, the Northland foreign minister, after the session.",
		"“Nothing is agreed until everything is agreed,” said Tomas Verhoek, Southmark’s chief negotiator, who was more cautious.",
		"The talks are being mediated by the regional council, which has offered to send monitors to the border once a truce takes effect. A council spokesperson said the monitors could deploy within two weeks of a signed agreement.",
		"Fighting along the border has displaced tens of thousands of people since the spring, according to aid agencies working in the area.",
	}
	prisonerSwap = []string{
		"LAKEVIEW, Northland (Harbour Herald) — Northland and Southmark exchanged forty detainees on Friday in the first swap since the talks began, the regional council said.",
		"“Today families are whole again, and that is worth more than any communiqué,” said Ilse Brandt, the Northland foreign minister, who watched the handover at the border crossing.",
		"Tomas Verhoek, Southmark’s chief negotiator, said a second exchange could follow within a month if the ceasefire holds. “We are ready to do this again,” he said.",
		"The council said both sides had allowed its staff to interview each detainee before the handover, a condition set at the start of the negotiations.",
	}
)
