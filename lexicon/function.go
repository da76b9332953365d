package lexicon

import (
	"slices"
	"strings"
)

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

// determiners open a noun phrase: articles, demonstratives, possessives,
// quantifiers and the first numbers ("the", "those", "their", "several",
// "two"). A speaker phrase may start with one; none is a name.
var determiners = set(`a an the that this these those one two three four five six several some many other another both his her
	their its`)

// articles are the determiners that only open a noun phrase: "a", "an",
// "the". A role after one reads the same without it ("the chief
// negotiator", "chief negotiator").
var articles = set(`a an the`)

// IsArticle reports whether w, in lower case, is "a", "an" or "the".
func IsArticle(w string) bool { return articles[w] }

// TrimArticle returns s without the article that opens it, in either
// case, and without the spaces around it: " the chief negotiator" gives
// "chief negotiator". An article alone is kept.
func TrimArticle(s string) string {
	s = strings.TrimSpace(s)
	if w, rest, ok := strings.Cut(s, " "); ok && articles[strings.ToLower(w)] && strings.TrimSpace(rest) != "" {
		return strings.TrimSpace(rest)
	}
	return s
}

// possessives are the determiners that say whose a thing is ("their",
// "its"): a phrase means the same whoever's it is ("hand over their
// guns", "hand over its guns").
var possessives = set(`my your his her its our their`)

// IsPossessive reports whether w, in lower case, is a possessive
// determiner ("their", "its").
func IsPossessive(w string) bool { return possessives[w] }

// IsDeterminer reports whether w, in lower case or capitalised as it opens
// a sentence ("The", "Several"), is a determiner.
func IsDeterminer(w string) bool {
	return determiners[w] || determiners[strings.ToLower(w)] && w == capitalised(strings.ToLower(w))
}

// DeterminerSet returns the determiners as a set, each in lower case and
// capitalised.
func DeterminerSet() map[string]bool {
	out := make(map[string]bool, 2*len(determiners))
	for w := range determiners {
		out[w] = true
		out[capitalised(w)] = true
	}
	return out
}

// prepositions are the prepositions that tie a phrase to what it is of,
// for or about ("the envoy for the talks", "meeting with the rebels",
// "released by Hamas"), in lower case.
var prepositions = set(`about against as at behind by during for from in of on since to with`)

// IsPreposition reports whether w (lower case) is a preposition that ties
// a phrase to what it is of, for or about: "for", "of", "with", "by".
func IsPreposition(w string) bool { return prepositions[w] }

// stancePrepositions, after "who is", tell where someone stands, not
// their name: "who is behind the talks", "who is against the deal", "who
// is in charge". The other prepositions open names as well ("To Lam",
// "As Roth").
var stancePrepositions = set(`against at behind for from in on with`)

// IsStancePreposition reports whether w (lower case) is a preposition
// that after "who is" tells where someone stands: "behind", "against" …
func IsStancePreposition(w string) bool { return stancePrepositions[w] }

// rolePrepositions tie a role to what it is for: "the envoy for the
// talks", "the minister of defence", "the ambassador to Norland".
var rolePrepositions = set(`for of to`)

// IsRolePreposition reports whether w (lower case) ties a role to what it
// is for: "for", "of", "to".
func IsRolePreposition(w string) bool { return rolePrepositions[w] }

// topicPrepositions tie what was said to what it was about: "said of the
// ferry", "wrote about the vote".
var topicPrepositions = set(`of about`)

// IsTopicPreposition reports whether w (lower case) ties what was said to
// what it was about: "of", "about".
func IsTopicPreposition(w string) bool { return topicPrepositions[w] }

// demonstratives point to something at hand: "this", "that", "these",
// "those".
var demonstratives = set(`this that these those`)

// IsDemonstrative reports whether w (lower case) is "this", "that",
// "these" or "those".
func IsDemonstrative(w string) bool { return demonstratives[w] }

// relatives open a clause that tells of what stands before them: "which",
// "who", "whose", "whom", "where", "that".
var relatives = set(`which who whose whom where that`)

// IsRelative reports whether w (lower case) opens a relative clause:
// "which", "who", "whose", "whom", "where" or "that".
func IsRelative(w string) bool { return relatives[w] }

// futureMarkers are the words before a weekday that make it a day still
// to come: "until Friday", "next Monday", "this coming Tuesday".
var futureMarkers = map[string]bool{"through": true, "until": true, "till": true, "by": true, "next": true, "before": true,
	"this coming": true, "coming": true}

// FutureMarkerSet returns the words before a weekday that make it a day
// still to come, as a set.
func FutureMarkerSet() map[string]bool { return copySet(futureMarkers) }

// occasionPrepositions before "the <date> <thing>" make the thing when
// words were said: "on the July 3 call", "at the June 10 talks".
var occasionPrepositions = set(`on at in during from after before since by`)

// OccasionPrepositionSet returns the prepositions that make what follows
// an occasion words were said at ("on", "during"), as a set.
func OccasionPrepositionSet() map[string]bool { return copySet(occasionPrepositions) }

// subjectOpeners are the determiners, and "our", that may open a subject
// naming no one ("The ad", "Her campaign", "Our records", "These
// figures"): a chosen few of the determiners, as written (lower case, or
// capitalised as a sentence opens), not every one ("two", "several" open
// phrases of number, and "this" only opens a sentence).
var subjectOpeners = set(`the a an his her their its our The A An This These Those His Her Their Its Our`)

// SubjectOpenerSet returns the words that may open a subject naming no
// one, as written ("the", "The", "Our"), as a set.
func SubjectOpenerSet() map[string]bool { return copySet(subjectOpeners) }

func capitalised(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// smallNumbers are the numbers news writes out in words, each at its own
// index: smallNumbers[3] is "three".
var smallNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

// numberWords are the numbers news writes in words: the small numbers, the
// tens, and the words of hundreds and more ("fifteen", "forty",
// "thousands", "dozens").
var numberWords = set(`thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions
	billion dozen dozens`)

// IsNumberWord reports whether w (lower case) is a number written in
// words: "one", "fifteen", "forty", "thousands", "dozens".
func IsNumberWord(w string) bool { return numberWords[w] }

// NumberWordSet returns the numbers written in words, as a set.
func NumberWordSet() map[string]bool { return copySet(numberWords) }

// ordinals are the ordinal numbers of smallNumbers up to ten, each at its
// own index: ordinals[3] is "third".
var ordinals = []string{"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}

// SmallNumbers returns the numbers news writes out in words, from zero to
// twenty, each at its own index: SmallNumbers()[3] is "three".
func SmallNumbers() []string { return slices.Clone(smallNumbers) }

// Ordinals returns the ordinal numbers from zeroth to tenth, each at its
// own index: Ordinals()[3] is "third".
func Ordinals() []string { return slices.Clone(ordinals) }

func init() {
	// A number from one to twenty names no one either, nor does a
	// determiner.
	for _, w := range smallNumbers[1:] {
		functionWords[w] = true
		numberWords[w] = true
	}
	for w := range determiners {
		functionWords[w] = true
	}
}

// IsFunctionWord reports whether w (lower case) is a pronoun, determiner
// (every one IsDeterminer knows),
// quantifier, number, preposition or linking adverb: a word of a closed
// class that names no one.
func IsFunctionWord(w string) bool { return functionWords[w] }

// timeWords are the words of a stretch or a point of time: "day",
// "weeks", "moment", "evening".
var timeWords = set(`day days week weeks month months year years time times moment night morning evening afternoon hour hours`)

// TimeWordSet returns the words of a stretch or a point of time ("day",
// "weeks", "evening"), as a set.
func TimeWordSet() map[string]bool { return copySet(timeWords) }

// openingConjunctions may stand before the subject that opens a sentence.
var openingConjunctions = set(`But And Yet So Still`)

// IsOpeningConjunction reports whether w, capitalised as it opens a
// sentence, is a conjunction that may stand before the sentence's subject
// ("But the minister said …").
func IsOpeningConjunction(w string) bool { return openingConjunctions[w] }

// sentenceJoiners join a sentence to the one before it, before its
// subject: "But Amsel’s …", "And then Ames …". Beside the opening
// conjunctions they hold "Then" and not "Still".
var sentenceJoiners = set(`And But So Yet Then`)

// IsSentenceJoiner reports whether w, capitalised as it opens a sentence,
// joins the sentence to the one before it: "And", "But", "Then".
func IsSentenceJoiner(w string) bool { return sentenceJoiners[w] }

// clauseAdverbs may stand between a verb of saying and what was said:
// "said publicly that …", "warned again on Monday that …", "insisted,
// however, that …". In this order.
var clauseAdverbs = []string{"publicly", "privately", "repeatedly", "again", "also", "later", "earlier", "previously",
	"separately", "recently", "bluntly", "flatly", "simply", "firmly", "openly", "explicitly", "however", "though",
	"nonetheless"}

// ClauseAdverbs returns the adverbs that may stand between a verb of
// saying and what was said ("publicly", "again", "however").
func ClauseAdverbs() []string { return slices.Clone(clauseAdverbs) }

// courtesyLeadIns may open a speaker's turn before a greeting: "All right.
// Well, good morning". Lower case.
var courtesyLeadIns = []string{"all right", "okay", "ok", "well", "so", "hi", "hello"}

// CourtesyLeadIns returns the words that may open a speaker's turn before
// a greeting ("all right", "okay", "well"), in lower case.
func CourtesyLeadIns() []string { return slices.Clone(courtesyLeadIns) }

// greetings open a briefing or a call: "good afternoon", "hello". Lower
// case.
var greetings = []string{"good morning", "good afternoon", "good evening", "hi", "hello", "hey"}

// Greetings returns the greetings that open a briefing or a call ("good
// morning", "hi", "hello"), in lower case.
func Greetings() []string { return slices.Clone(greetings) }

// framingLeadIns open a briefer's turn by saying what it will give, not
// giving it: "I can just give you a few quick facts", "Let me give you a
// quick rundown", "I think as far as trying to give you some sense of the
// meetings". Lower case.
var framingLeadIns = []string{"i can give you", "i can just give you", "let me give you", "let me just give you",
	"let me try to give you", "as far as trying to give you", "i think as far as trying to give you",
	"let me say a word about", "let me say a few words about", "i want to report to you", "let me report to you",
	"let me run through", "let me go through", "let me walk you through"}

// FramingLeadIns returns the words that open a briefer's turn by saying
// what it will give ("let me give you", "i can just give you"), in lower
// case.
func FramingLeadIns() []string { return slices.Clone(framingLeadIns) }
