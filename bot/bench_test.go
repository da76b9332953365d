package bot

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/talkbot/talkbot/index"
	"github.com/talkbot/talkbot/internal/cputime"
	"github.com/talkbot/talkbot/internal/gen"
)

// BenchmarkAsk reports the bot's answer latency (p50/p99) over generated
// corpora: parsing, the index query, ranking and the answer. Compare with
// index.BenchmarkSearch for the bot's own overhead. It also reports, from
// the one build of each corpus, the build rate and the heap per statement
// the index and the bot's view of it hold (TALKBOT_BENCH_1M=1 adds a
// million statements: one run gives every figure at that size).
func BenchmarkAsk(b *testing.B) {
	sizes := []int{10_000, 100_000}
	if os.Getenv("TALKBOT_BENCH_1M") != "" {
		sizes = append(sizes, 1_000_000)
	}
	for _, n := range sizes {
		var (
			ix                          *index.Index
			bt                          *Bot
			rate, cpu, ixHeap, viewHeap float64
		)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			// Built once, inside the sub-benchmark (which runs more
			// than once), so that -bench n=10000 builds only that corpus.
			if bt == nil {
				stmts := gen.Statements(n, 1)
				before := heapNow()
				start, cpu0 := time.Now(), cputime.Process()
				var err error
				if ix, err = index.New(stmts); err != nil {
					b.Fatal(err)
				}
				rate = float64(n) / time.Since(start).Seconds()
				cpu = float64((cputime.Process() - cpu0).Microseconds()) / float64(n)
				built := heapNow()
				bt = New(ix, Options{})
				// The view and the talks, worked out in the background,
				// are done before the timings (and counted in the view's heap).
				bt.Ready()
				bt.Ask(context.Background(), gen.Questions[0])
				ixHeap = float64(built-before) / float64(n)
				viewHeap = float64(heapNow()-built) / float64(n)
			}
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				bt.Ask(context.Background(), gen.Questions[i%len(gen.Questions)])
				lat = append(lat, time.Since(start))
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
			b.ReportMetric(rate, "build-stmts/s")
			b.ReportMetric(cpu, "build-cpu-µs/stmt")
			b.ReportMetric(ixHeap, "index-heapB/stmt")
			b.ReportMetric(viewHeap, "view-heapB/stmt")
		})
		if ix != nil {
			ix.Close()
		}
	}
}

// heapNow is the heap in use after two collections (the first only moves
// pooled build buffers aside, the second frees them).
func heapNow() int64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// BenchmarkHostileQuestion: a question of wildcards, fuzzy terms and field
// syntax repeated to thousands of characters, on the test articles.
func BenchmarkHostileQuestion(b *testing.B) {
	bt := testBot(b)
	q := strings.Repeat("*ceasefire* ~2 /reg.*ex/ +speaker:x ", 400)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		bt.Ask(context.Background(), q)
	}
}

// BenchmarkSpellName reports the mending of a speaker's name asked about
// against a corpus of 20,000 speakers' name words: one known word (whose
// twins written with two letters swapped are looked for) and one
// misspelt with a doubled letter.
func BenchmarkSpellName(b *testing.B) {
	v := &view{}
	words := make([]string, 0, 20_000)
	for i := range 20_000 {
		words = append(words, fmt.Sprintf("nm%05dx", i))
	}
	v.setNameWords(append(words, "bergamo", "bregamo"))
	for b.Loop() {
		if got := v.spellName("Lena Bergamo Orsi"); got != "Lena Bergamo Orsi bregamo" {
			b.Fatalf("spellName = %q", got)
		}
		if got := v.spellName("Lena berrgamo"); got != "Lena bergamo" {
			b.Fatalf("spellName = %q", got)
		}
	}
}
