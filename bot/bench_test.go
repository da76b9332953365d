package bot

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/talkbot/talkbot/index"
	"github.com/talkbot/talkbot/internal/gen"
)

// BenchmarkAsk reports the bot's answer latency (p50/p99) over generated
// corpora: parsing, the index query, ranking and the answer. Compare with
// index.BenchmarkSearch for the bot's own overhead.
func BenchmarkAsk(b *testing.B) {
	sizes := []int{10_000, 100_000}
	if os.Getenv("TALKBOT_BENCH_1M") != "" {
		sizes = append(sizes, 1_000_000)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			// Built inside the sub-benchmark, so that -bench n=10000
			// builds only that corpus.
			ix, err := index.New(gen.Statements(n, 1))
			if err != nil {
				b.Fatal(err)
			}
			defer ix.Close()
			bt := New(ix, Options{})
			bt.Ask(context.Background(), gen.Questions[0])
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
		})
	}
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
