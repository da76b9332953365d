package corpus

import (
	"os"
	"path/filepath"
	"testing"
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
