package feeds_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/talkbot/talkbot/corpus/feeds"
)

func ExampleParseList() {
	urls, err := feeds.ParseList("https://example.org/world/rss.xml, https://press.example.gov/atom.xml")
	fmt.Println(urls, err)
	_, err = feeds.ParseList("file:///etc/passwd")
	fmt.Println(err)
	// Output:
	// [https://example.org/world/rss.xml https://press.example.gov/atom.xml] <nil>
	// "file:///etc/passwd": not an http or https URL
}

// Add fetches one page, keeps its article and saves it where the corpus
// loader reads it.
func ExampleFetcher_Add() {
	page := `<html><head><title>Talks resume | The Lakeside Post</title>
<meta property="og:site_name" content="The Lakeside Post">
<meta property="article:published_time" content="2026-04-02T08:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Talks resume</h1>
<p>Delegations from the two governments returned to the table on Thursday after a pause of six weeks, the mediators said in a statement.</p>
<p>“We came back because the people on both sides of the river want this to end,” said Amara Chukwu, the lead mediator, at a news conference.</p>
<p>The mediators said the next round would focus on a timetable for the release of detainees held by both sides since the fighting began last year.</p>
</article><footer>© 2026 The Lakeside Post</footer></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	dir, _ := os.MkdirTemp("", "corpus")
	defer os.RemoveAll(dir)

	f, _ := feeds.NewFetcher(feeds.Options{Dir: filepath.Join(dir, "feeds"), Transport: http.DefaultTransport})
	saved, err := f.Add(context.Background(), srv.URL+"/2026/04/02/talks-resume", feeds.Hint{})
	if err != nil {
		fmt.Println(err)
		return
	}
	n, who := saved.Quotes()
	fmt.Println(filepath.Base(saved.File))
	fmt.Printf("%s (%s, %s): %d quote from %s\n", saved.Article.Title, saved.Article.Outlet, saved.Article.Published.Format("2006-01-02"), n, strings.Join(who, ", "))
	// Output:
	// 2026-04-02-talks-resume.md
	// Talks resume (The Lakeside Post, 2026-04-02): 1 quote from Amara Chukwu
}
