package index

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"sort"
	"testing"
	"time"

	"github.com/talkbot/talkbot/internal/cputime"
	"github.com/talkbot/talkbot/internal/gen"
)

// sizes of the generated corpora; TALKBOT_BENCH_1M=1 adds a million.
func sizes() []int {
	s := []int{10_000, 100_000}
	if os.Getenv("TALKBOT_BENCH_1M") != "" {
		s = append(s, 1_000_000)
	}
	return s
}

// BenchmarkBuild reports statements indexed per second, processor time,
// heap bytes kept and bytes allocated per statement (in-memory scorch).
func BenchmarkBuild(b *testing.B) {
	for _, n := range sizes() {
		stmts := gen.Statements(n, 1)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				// Two collections: the first only moves pooled build
				// buffers (sync.Pool) aside, the second frees them.
				runtime.GC()
				runtime.GC()
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				start, cpu := time.Now(), cputime.Process()
				ix, err := New(stmts)
				if err != nil {
					b.Fatal(err)
				}
				el, cpu := time.Since(start), cputime.Process()-cpu
				runtime.GC()
				runtime.GC()
				var after runtime.MemStats
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(n)/el.Seconds(), "stmts/s")
				b.ReportMetric(float64(cpu.Microseconds())/float64(n), "cpu-µs/stmt")
				b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(n), "heapB/stmt")
				// All the build allocated, kept or not: what the collector
				// works through, the same from run to run.
				b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(n), "allocB/stmt")
				ix.Close()
			}
		})
	}
}

// BenchmarkBuildStored reports statements indexed per second and
// processor time per statement for an index built on disk (Build: the
// Bleve folder, the statements file, checksums), 100,000 statements.
func BenchmarkBuildStored(b *testing.B) {
	stmts := gen.Statements(100_000, 1)
	for i := 0; i < b.N; i++ {
		dir := b.TempDir() + "/ix"
		start, cpu := time.Now(), cputime.Process()
		ix, err := Build(dir, stmts, "fp", nil)
		if err != nil {
			b.Fatal(err)
		}
		el, cpu := time.Since(start), cputime.Process()-cpu
		ix.Close()
		b.ReportMetric(float64(len(stmts))/el.Seconds(), "stmts/s")
		b.ReportMetric(float64(cpu.Microseconds())/float64(len(stmts)), "cpu-µs/stmt")
	}
}

// BenchmarkSearch reports raw Bleve query latency (p50/p99) for a
// two-term match over the generated corpora.
func BenchmarkSearch(b *testing.B) {
	for _, n := range sizes() {
		ix, err := New(gen.Statements(n, 1))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			qs := []Query{{Words: "ceasefire hostages"}, {Speaker: "Blinken", Words: "border"}, {Speaker: "netanyahoo"}, {Phrase: "truce release"}}
			lat := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if _, err := ix.Search(context.Background(), qs[i%len(qs)]); err != nil {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(start))
			}
			reportPercentiles(b, lat)
		})
		ix.Close()
	}
}

func reportPercentiles(b *testing.B, lat []time.Duration) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	if len(lat) == 0 {
		return
	}
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkOpen reports how long reopening a stored index takes, checksums
// and the first search included, against the size of what is checked, at
// 20,000 and 100,000 statements (and a million with TALKBOT_BENCH_1M=1),
// and the processor time of the first questions asked of it (first-cpu-ms:
// the bot's query shapes, once each), which pay for what opening left to
// be found on first use.
func BenchmarkOpen(b *testing.B) {
	ns := []int{20_000, 100_000}
	if os.Getenv("TALKBOT_BENCH_1M") != "" {
		ns = append(ns, 1_000_000)
	}
	for _, n := range ns {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			dir := b.TempDir() + "/ix"
			ix, err := Build(dir, gen.Statements(n, 1), "fp", nil)
			if err != nil {
				b.Fatal(err)
			}
			ix.Close()
			files, err := checksums(dir)
			if err != nil {
				b.Fatal(err)
			}
			var size int64
			for name := range files {
				info, _ := os.Stat(dir + "/" + name)
				size += info.Size()
			}
			b.SetBytes(size)
			b.ResetTimer()
			var open, first time.Duration
			for i := 0; i < b.N; i++ {
				cpu := cputime.Process()
				ix, err := Open(dir, "fp")
				if err != nil {
					b.Fatal(err)
				}
				open += cputime.Process() - cpu
				b.StopTimer()
				cpu = cputime.Process()
				for _, q := range shapedQueries {
					q.Size = 50
					if _, err := ix.Search(context.Background(), q); err != nil {
						b.Fatal(err)
					}
				}
				first += cputime.Process() - cpu
				ix.Close()
				b.StartTimer()
			}
			// Processor time an open, on every core: what the load of
			// other programs moves least.
			b.ReportMetric(float64(open.Milliseconds())/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(first.Milliseconds())/float64(b.N), "first-cpu-ms")
			b.ReportMetric(float64(size)/float64(n), "diskB/stmt")
		})
	}
}

// BenchmarkHostileQuery: a question of thousands of wildcards, fuzzy terms
// and field syntax costs no more than one of maxTerms words.
func BenchmarkHostileQuery(b *testing.B) {
	ix, err := New(gen.Statements(10_000, 1))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	w := hostileWords()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ix.Search(context.Background(), Query{Words: w, Speaker: w, About: w, Phrase: w}); err != nil {
			b.Fatal(err)
		}
	}
}

// shapedQueries are queries shaped as the bot sends them for the
// generated statements' questions (gen.Questions).
var shapedQueries = []Query{
	{Words: "ceasefire talks stalled cease-fire truce negotiations discussions diplomacy stall"},
	{Words: "proposal rejected deal agreement accord plan framework propose reject rejection", Speaker: "Lopez lopez"},
	{About: "Karim Belhadj"},
	{Words: "Qatar mediating prisoners release prisoner detainee detainees mediate mediator mediation broker mediators"},
	{Words: "border", Speaker: "netanyahoo netanyahoo"},
	{Words: "hostages hostage captive captives abductee abductees", Speaker: "Blinken blinken"},
	{Words: "truce ceasefire cease-fire", Speaker: "Putin putin"},
	{Words: "truce ceasefire cease-fire"},
}

// BenchmarkBotQueries reports the processor time (p25 and p50 of 8
// queries in a row, the figures a shared machine's load moves least) of
// queries shaped as the bot sends them over 10,000 generated statements:
// a question's words with their synonyms (two clauses a term), a name
// doubled as asked and as normalised, a name asked about; and apart, one
// of 30 words (60 clauses). Use -benchtime=Nx.
func BenchmarkBotQueries(b *testing.B) {
	ix, err := New(gen.Statements(10_000, 1))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	shaped := shapedQueries
	long := []Query{{Words: "ceasefire hostages talks agreement deal proposal truce release prisoners border Gaza Lebanon Hezbollah Hamas " +
		"Israel Egypt Qatar Cairo Doha negotiators mediators framework phase withdrawal aid trucks humanitarian corridor guarantees security"}}
	for _, set := range []struct {
		name string
		qs   []Query
	}{{"shaped", shaped}, {"30-words", long}} {
		b.Run(set.name, func(b *testing.B) {
			for _, q := range set.qs {
				q.Size = 50
				ix.Search(context.Background(), q) // spelling variants found once
			}
			cpus := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				cpu := cputime.Process()
				for _, q := range set.qs {
					q.Size = 50
					if _, err := ix.Search(context.Background(), q); err != nil {
						b.Fatal(err)
					}
				}
				cpus = append(cpus, cputime.Process()-cpu)
			}
			sort.Slice(cpus, func(i, j int) bool { return cpus[i] < cpus[j] })
			b.ReportMetric(float64(cpus[len(cpus)/4].Microseconds())/1000, "cpu-p25-ms")
			b.ReportMetric(float64(cpus[len(cpus)/2].Microseconds())/1000, "cpu-p50-ms")
		})
	}
}
