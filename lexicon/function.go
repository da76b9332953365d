package lexicon

// functionWords are the closed classes of English that never name a
// person: pronouns of no one in particular (not "someone" or "everyone",
// who may have spoken), determiners, quantifiers and
// numbers, prepositions, and the adverbs that link a sentence to the one
// before it. A sentence may open with any of them, capitalised ("Nothing
// changed, …", "Beyond the vote, …", "Likewise, …").
var functionWords = set(`anybody anyone anything everything nobody nothing something
	whoever whatever whichever whomever
	this that these those such what which
	all any both each either every few many more most much neither none several some another other
	thirty forty fifty hundred thousand half
	about above across after against along amid among around before behind below beneath beside besides between
	beyond despite during except inside into like near onto outside over past since through throughout toward
	towards under underneath unlike until upon versus via within without
	ever also still yet instead likewise meanwhile moreover however nevertheless nonetheless otherwise perhaps
	indeed thus hence furthermore therefore`)

// SmallNumbers are the numbers news writes out in words, each at its own
// index: SmallNumbers[3] is "three".
var SmallNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

func init() {
	// A number from one to twenty names no one either.
	for _, w := range SmallNumbers[1:] {
		functionWords[w] = true
	}
}

// IsFunctionWord reports whether w (lower case) is a pronoun, determiner,
// quantifier, number, preposition or linking adverb: a word of a closed
// class that names no one.
func IsFunctionWord(w string) bool { return functionWords[w] }
