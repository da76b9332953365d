package index_test

import (
	"context"
	"fmt"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
)

func Example() {
	ix, err := index.New([]corpus.Statement{
		{Kind: corpus.Quote, Speaker: "Antony Blinken", Aliases: []string{"Blinken"}, Text: "we don't think that war is the solution", SaidOn: "2024-09-25", Where: "NBC News"},
		{Kind: corpus.Fact, Speaker: "a European diplomat", Text: "there is no reason to be optimistic right now", SaidOn: "2024-09-25"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ix.Close()
	// A misspelt name still finds the speaker; the words are matched as words.
	hits, _ := ix.Search(context.Background(), index.Query{Speaker: "blinkin", Words: "war"})
	for _, h := range hits {
		fmt.Printf("%s: %s (%s)\n", h.Statement.Speaker, h.Statement.Text, h.Statement.Where)
	}
	// Output: Antony Blinken: we don't think that war is the solution (NBC News)
}

// Batch grows with the corpus, so that a large index has few segments.
func ExampleBatch() {
	for _, n := range []int{500, 100_000, 1_000_000} {
		size := index.Batch(n)
		fmt.Printf("%d statements: batches of %d, segments: %d\n", n, size, (n+size-1)/size)
	}
	// Output:
	// 500 statements: batches of 10000, segments: 1
	// 100000 statements: batches of 10000, segments: 10
	// 1000000 statements: batches of 31250, segments: 32
}
