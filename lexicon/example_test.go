package lexicon_test

import (
	"fmt"

	"github.com/talkbot/talkbot/lexicon"
)

func Example() {
	fmt.Println(lexicon.IsSpeechVerb("tweeted"), lexicon.IsSpeechVerb("walked"))
	fmt.Println(lexicon.IsTitleWord("Secretary"), lexicon.IsRoleNoun("spokesperson"))
	fmt.Println(lexicon.IsPersonNoun("pollster"), lexicon.IsPersonNoun("border"))
	g, ok := lexicon.Honorific("Mrs.")
	fmt.Println(g, ok)
	// Output:
	// true false
	// true true
	// true false
	// f true
}
