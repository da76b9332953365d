package sidebyside

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
	"github.com/talkbot/talkbot/internal/cputime"
	"github.com/talkbot/talkbot/internal/gen"
)

// A corpus to measure: statements and questions over them.
type set struct {
	name      string
	stmts     []corpus.Statement
	questions []string
}

// polnearText is the real corpus, beside the repository.
const polnearText = "../../../shared/polnear/data/train/text"

var (
	setsOnce sync.Once
	sets     []*set
)

// corpora are the generated statements at 10k and 100k (and 1M with
// TALKBOT_BENCH_1M=1), and the statements extracted from PolNeAR's
// training articles when they are beside the repository.
func corpora(b *testing.B) []*set {
	setsOnce.Do(func() {
		sizes := []int{10_000, 100_000}
		if os.Getenv("TALKBOT_BENCH_1M") != "" {
			sizes = append(sizes, 1_000_000)
		}
		for _, n := range sizes {
			sets = append(sets, &set{name: fmt.Sprintf("gen-%dk", n/1000), stmts: gen.Statements(n, 1), questions: gen.Questions})
		}
		if _, err := os.Stat(polnearText); err == nil {
			c, err := corpus.Load(corpus.Options{}, polnearText)
			if err != nil {
				b.Fatal(err)
			}
			sets = append(sets, &set{name: "polnear", stmts: c.Statements, questions: questionsFrom(c.Statements, 60)})
		}
	})
	return sets
}

// questionsFrom builds about n questions from statements spread through
// stmts: "who said" the first words of one, "what did" its speaker "say
// about" its longest word, and "when did" the speaker say the words.
func questionsFrom(stmts []corpus.Statement, n int) []string {
	var out []string
	step := max(1, len(stmts)/n)
	for i := 0; i < len(stmts) && len(out) < n; i += step {
		s := stmts[i]
		words := strings.Fields(s.Text)
		if len(words) < 4 {
			continue
		}
		switch len(out) % 3 {
		case 0:
			out = append(out, "who said "+strings.Join(words[:min(8, len(words))], " "))
		case 1:
			if surname := lastWord(s.Speaker); surname != "" {
				out = append(out, "what did "+surname+" say about "+longest(words))
			}
		case 2:
			if surname := lastWord(s.Speaker); surname != "" {
				out = append(out, "when did "+surname+" say "+strings.Join(words[:min(6, len(words))], " "))
			}
		}
	}
	return out
}

func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 || !unicode.IsUpper([]rune(f[len(f)-1])[0]) {
		return ""
	}
	return f[len(f)-1]
}

func longest(words []string) string {
	best := ""
	for _, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

// plainDoc is what the plain index holds for a statement.
type plainDoc struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
}

// newPlain builds the plain Bleve index: in-memory scorch, the English
// analyzer on text and speaker with Bleve's defaults, batches of
// index.Batch(len(stmts)) statements (talkbot's start from that size,
// then are cut so that every core builds a segment).
func newPlain(stmts []corpus.Statement) (bleve.Index, error) {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = en.AnalyzerName
	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt("text", text)
	dm.AddFieldMappingsAt("speaker", text)
	im := bleve.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = en.AnalyzerName
	bi, err := bleve.NewUsing("", im, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, err
	}
	batch := bi.NewBatch()
	for i := range stmts {
		if err := batch.Index(fmt.Sprint(i), plainDoc{Text: stmts[i].Text, Speaker: stmts[i].Speaker}); err != nil {
			return nil, err
		}
		if batch.Size() >= index.Batch(len(stmts)) {
			if err := bi.Batch(batch); err != nil {
				return nil, err
			}
			batch.Reset()
		}
	}
	if batch.Size() > 0 {
		if err := bi.Batch(batch); err != nil {
			return nil, err
		}
	}
	return bi, nil
}

// askPlain is the plain query for a question: its words matched against
// text or speaker, the top ten.
func askPlain(bi bleve.Index, question string) error {
	t := bleve.NewMatchQuery(question)
	t.SetField("text")
	s := bleve.NewMatchQuery(question)
	s.SetField("speaker")
	_, err := bi.Search(bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(t, s), 10, 0, false))
	return err
}

// measure returns what f took on the clock and in processor time (its
// collections included), and the heap it left behind. Two collections
// before reading the heap: the first only moves pooled build buffers
// (sync.Pool) aside, the second frees them.
func measure(f func()) (el, cpu time.Duration, heap uint64) {
	runtime.GC()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start, cpu0 := time.Now(), cputime.Process()
	f()
	el, cpu = time.Since(start), cputime.Process()-cpu0
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	if after.HeapAlloc < before.HeapAlloc {
		return el, cpu, 0
	}
	return el, cpu, after.HeapAlloc - before.HeapAlloc
}

// BenchmarkSideBySide/<corpus>/build builds both indexes of the same
// statements, alternately, and reports statements a second, processor time
// and heap bytes a statement for each and talkbot's rate as a share of
// plain Bleve's.
// BenchmarkSideBySide/<corpus>/answer asks the bot and the plain index the
// same questions alternately and reports p50 and p99 for each and their
// ratios, on the clock and in processor time (cpu-ratio: the processor time
// of all the bot's answers over the plain queries', the figure a loaded,
// shared machine moves least). Use -benchtime=Nx for N builds or questions.
func BenchmarkSideBySide(b *testing.B) {
	for _, c := range corpora(b) {
		b.Run(c.name+"/build", func(b *testing.B) {
			n := float64(len(c.stmts))
			var tb, pb, tc, pc time.Duration
			var theap, pheap uint64
			for i := 0; i < b.N; i++ {
				var ix *index.Index
				var bi bleve.Index
				var err, perr error
				d, cpu, h := measure(func() { ix, err = index.New(c.stmts) })
				tb, tc, theap = tb+d, tc+cpu, theap+h
				d, cpu, h = measure(func() { bi, perr = newPlain(c.stmts) })
				pb, pc, pheap = pb+d, pc+cpu, pheap+h
				if err != nil || perr != nil {
					b.Fatal(err, perr)
				}
				ix.Close()
				bi.Close()
			}
			N := float64(b.N)
			b.ReportMetric(n*N/tb.Seconds(), "talkbot-stmts/s")
			b.ReportMetric(n*N/pb.Seconds(), "plain-stmts/s")
			b.ReportMetric(pb.Seconds()/tb.Seconds(), "build-ratio")
			// Processor time a statement: what building costs, read
			// apart from the machine's load (talkbot's uses every core).
			b.ReportMetric(float64(tc.Microseconds())/N/n, "talkbot-cpu-µs/stmt")
			b.ReportMetric(float64(pc.Microseconds())/N/n, "plain-cpu-µs/stmt")
			b.ReportMetric(float64(theap)/N/n, "talkbot-heapB/stmt")
			b.ReportMetric(float64(pheap)/N/n, "plain-heapB/stmt")
		})
		b.Run(c.name+"/answer", func(b *testing.B) {
			ix, err := index.New(c.stmts)
			if err != nil {
				b.Fatal(err)
			}
			defer ix.Close()
			bi, err := newPlain(c.stmts)
			if err != nil {
				b.Fatal(err)
			}
			defer bi.Close()
			bt := bot.New(ix, bot.Options{})
			ctx := context.Background()
			// What the bot works out once per index, in the background as
			// it is put in place, is done before the timings: at a million
			// statements it is seconds of processor time, which counted
			// in the askings it ran beside (one "who said" asking took
			// 2.7 s). Then one question each, so that neither side pays
			// for warming up inside the timings.
			bt.Ready()
			bt.Ask(ctx, c.questions[0])
			if err := askPlain(bi, c.questions[0]); err != nil {
				b.Fatal(err)
			}
			tl := make([]time.Duration, 0, b.N)
			pl := make([]time.Duration, 0, b.N)
			tc := make([]time.Duration, 0, b.N)
			pc := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				q := c.questions[i%len(c.questions)]
				start, cpu := time.Now(), cputime.Process()
				bt.Ask(ctx, q)
				tl, tc = append(tl, time.Since(start)), append(tc, cputime.Process()-cpu)
				start, cpu = time.Now(), cputime.Process()
				if err := askPlain(bi, q); err != nil {
					b.Fatal(err)
				}
				pl, pc = append(pl, time.Since(start)), append(pc, cputime.Process()-cpu)
			}
			slowest(b, c.questions, tl, pl, tc, pc)
			if b.N >= 2*len(c.questions) {
				b.ReportMetric(leastRatio(len(c.questions), tc, pc), "cpu-min-ratio")
			}
			t50, t99 := percentiles(tl)
			p50, p99 := percentiles(pl)
			tc50, tc99 := percentiles(tc)
			pc50, pc99 := percentiles(pc)
			// Processor time, summed over the questions: what an answer
			// costs, read apart from the machine's load.
			b.ReportMetric(sum(tc)/sum(pc), "cpu-ratio")
			b.ReportMetric(tc50, "talkbot-cpu-p50-ms")
			b.ReportMetric(tc99, "talkbot-cpu-p99-ms")
			b.ReportMetric(pc50, "plain-cpu-p50-ms")
			b.ReportMetric(pc99, "plain-cpu-p99-ms")
			b.ReportMetric(t50, "talkbot-p50-ms")
			b.ReportMetric(t99, "talkbot-p99-ms")
			b.ReportMetric(p50, "plain-p50-ms")
			b.ReportMetric(p99, "plain-p99-ms")
			b.ReportMetric(t50/p50, "p50-ratio")
			b.ReportMetric(t99/p99, "p99-ratio")
		})
	}
}

// slowest logs the five questions that took the bot the most processor
// time (which the machine's load moves least), each at its costliest
// asking (the i-th asked is question i%len(questions)), with the clock
// time and the plain query's figures for that same asking: where the p99
// comes from.
func slowest(b *testing.B, questions []string, bot, plain, botCPU, plainCPU []time.Duration) {
	order := make([]int, len(bot))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return botCPU[order[i]] > botCPU[order[j]] })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	seen := map[int]bool{}
	lines := []string{"talkbot cpu / clock ms, plain cpu / clock ms, question"}
	for _, i := range order {
		q := i % len(questions)
		if seen[q] {
			continue
		}
		seen[q] = true
		lines = append(lines, fmt.Sprintf("%6.2f / %6.2f  %6.2f / %6.2f  %q", ms(botCPU[i]), ms(bot[i]), ms(plainCPU[i]), ms(plain[i]), questions[q]))
		if len(lines) == 6 {
			break
		}
	}
	b.Logf("the questions that cost the bot most:\n%s", strings.Join(lines, "\n"))
}

// leastRatio is the bot's processor time over the plain query's, each
// question counted at its cheapest asking on each side (the i-th asked is
// question i%n): what other programs on a shared machine add to an asking
// (waiting for a core, caches emptied, a collection) the cheapest asking
// of several has least of.
func leastRatio(n int, bot, plain []time.Duration) float64 {
	least := func(ds []time.Duration) float64 {
		m := make([]time.Duration, n)
		for i, d := range ds {
			if q := i % n; i < n || d < m[q] {
				m[q] = d
			}
		}
		return sum(m)
	}
	return least(bot) / least(plain)
}

// sum is the total of ds in milliseconds.
func sum(ds []time.Duration) float64 {
	var t time.Duration
	for _, d := range ds {
		t += d
	}
	return float64(t.Microseconds()) / 1000
}

func percentiles(lat []time.Duration) (p50, p99 float64) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	return ms(lat[len(lat)/2]), ms(lat[len(lat)*99/100])
}

// TestQuestionsFrom checks that questions are built from statements that
// have enough words and a speaker.
func TestQuestionsFrom(t *testing.T) {
	stmts := []corpus.Statement{
		{Speaker: "Maria Lopez", Text: "the talks resumed in the capital on Monday"},
		{Speaker: "Maria Lopez", Text: "negotiators agreed a framework for the release"},
		{Speaker: "an official", Text: "no deal has been reached so far"},
		{Speaker: "Karim Belhadj", Text: "too short"},
	}
	got := questionsFrom(stmts, 4)
	want := []string{"who said the talks resumed in the capital on Monday", "what did Lopez say about negotiators"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("questionsFrom = %q; want %q", got, want)
	}
}

// TestLeastRatio: each question at its cheapest asking on each side.
func TestLeastRatio(t *testing.T) {
	ms := func(xs ...int) []time.Duration {
		var out []time.Duration
		for _, x := range xs {
			out = append(out, time.Duration(x)*time.Millisecond)
		}
		return out
	}
	// Two questions asked three times each: cheapest 2 and 4 against 1 and 2.
	if got := leastRatio(2, ms(5, 4, 2, 9, 3, 8), ms(1, 2, 7, 3, 1, 2)); got != 2 {
		t.Errorf("leastRatio = %v; want 2 (6 ms over 3 ms)", got)
	}
}
