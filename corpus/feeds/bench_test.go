package feeds

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"testing"
	"time"
)

// BenchmarkPoll50Feeds polls 50 local feeds of 4 new items each (200 pages
// fetched, read and saved per poll) and reports items handled a second and
// the heap in use after the poll.
func BenchmarkPoll50Feeds(b *testing.B) {
	const feeds, items = 50, 4
	var totalItems int
	var heap uint64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		var urls []string
		var sites []*site
		for f := range feeds {
			s := newSite(b)
			for it := range items {
				paras := append([]string{fmt.Sprintf("Item %d of feed %d, poll %d.", it, f, i)}, lakeTalks...)
				s.addArticle(fmt.Sprintf("/f%d/i%d", f, it), fmt.Sprintf("Talks update %d from desk %d", it, f), day.Add(time.Duration(it)*time.Hour), paras...)
			}
			urls = append(urls, s.url("/rss.xml"))
			sites = append(sites, s)
		}
		fe, err := NewFetcher(Options{Dir: b.TempDir(), Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Transport: http.DefaultTransport})
		if err != nil {
			b.Fatal(err)
		}
		p, err := NewPoller(fe, urls)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		r := p.Poll(context.Background())
		b.StopTimer()
		if r.Saved != feeds*items {
			b.Fatalf("saved %d of %d", r.Saved, feeds*items)
		}
		totalItems += r.Saved
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		heap = max(heap, ms.HeapInuse)
		for _, s := range sites {
			s.srv.Close()
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(totalItems)/b.Elapsed().Seconds(), "items/s")
	b.ReportMetric(float64(heap)/(1<<20), "MB-heap")
}
