package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// BenchmarkExtract measures extraction throughput over the test articles;
// b.SetBytes makes go test report MB/s of article text.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob("testdata/articles/*.md")
	var arts []*Article
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		a, err := ParseText(f, data)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range a.Paragraphs {
			size += len(p)
		}
		arts = append(arts, a)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			Extract(a)
		}
	}
}

// BenchmarkExtractTranscript measures transcript reading on a long
// briefing of many speakers (labels are resolved from an index of the
// document's words, not by reading it again for each label).
func BenchmarkExtractTranscript(b *testing.B) {
	a := &Article{File: "long.md", Title: "Department Press Briefing", Published: time.Date(2025, 1, 6, 0, 0, 0, 0, time.UTC)}
	size := 0
	for i := 0; i < 2000; i++ {
		var p string
		switch i % 3 {
		case 0:
			p = "QUESTION: Is there any news on the corridor talks, and will the delegations meet this week?"
		case 1:
			p = fmt.Sprintf("MR BRIEFER%s: We are close, and Minister Halden said the talks would resume. The mediators have asked for written proposals by the end of the week.", strings.Repeat("X", i%200))
		default:
			p = "We expect to see them before the round opens, and we will have more to say then."
		}
		a.Paragraphs = append(a.Paragraphs, p)
		size += len(p)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ExtractTranscript(a)
	}
}
