package wordnet_test

import (
	"fmt"
	"slices"

	"github.com/talkbot/talkbot/lexicon/wordnet"
)

func ExampleRelated() {
	fmt.Println(slices.Contains(wordnet.Related("fled").Close, "flee"))
	fmt.Println(slices.Contains(wordnet.Related("Tehran").Close, "iran"))
	fmt.Println(slices.Contains(wordnet.Related("begin").Loose, "start"))
	// Output:
	// true
	// true
	// true
}
