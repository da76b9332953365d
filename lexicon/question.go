package lexicon

// questionWords carry no content: they say how something is asked
// ("what", "did", "exactly", "isnt"), in lower case as typed, without
// apostrophes.
var questionWords = set(`what who whom when where why how which did does do is are was were has have had say said says tell told happen
	happened there any latest news about the a an of been being doing will would can could me you know anything
	exactly really whats whos wheres hows us it that this many much going isnt arent wasnt werent dont doesnt
	didnt hasnt havent wont cant not`)

// QuestionWordSet returns the words that say how something is asked,
// not what about ("who", "did", "latest"), as a set.
func QuestionWordSet() map[string]bool { return copySet(questionWords) }

// topicStops carry nothing of what a topic or question is about:
// articles, conjunctions, the commonest prepositions and forms of "be".
var topicStops = set(`a an the of on in and or to for with about at by is are was s`)

// TopicStopSet returns the words that carry nothing of what a topic is
// about ("the", "of", "was"), as a set.
func TopicStopSet() map[string]bool { return copySet(topicStops) }

// sayingAdverbs say how or how often something was said, not who said it
// ("what has Iran always insisted"). They are a question's, not a text's
// (speakerAdverbs): the words an asker puts beside a speaker or what was
// said ("ever", "actually", "today"), with no auxiliary.
var sayingAdverbs = set(`always ever long repeatedly also just recently previously consistently publicly privately actually really now
	since then officially already still lately today yesterday`)

// SayingAdverbSet returns the adverbs that say how or how often
// something was said ("always", "publicly"), as a set.
func SayingAdverbSet() map[string]bool { return copySet(sayingAdverbs) }

// askedSpeechVerbs are the verbs of saying questions use, in the forms a
// question asks them in: the plain ones ("say", "tell", "mention"), which
// the speech verbs of news may not hold in every form.
var askedSpeechVerbs = set(`say said says tell told tells think thinks thought mean means meant write wrote writes
	post posted tweet tweeted speak spoke speaks mention mentioned mentions raise raised raises comment commented
	deny denied denies describe described describes promise promised vow vowed demand demanded note noted
	threaten threatened threatens pledge pledged accuse accused blame blamed criticize criticized criticise criticised
	express expressed report reported confirm confirmed acknowledge admit admitted add added urge urged warn warned
	stress stressed insist insisted suggest suggested predict predicted reveal revealed announce claim argue`)

// AskedSpeechVerbs returns the verbs of saying questions use, in every
// form they ask them in ("say", "said", "mentions"), sorted.
func AskedSpeechVerbs() []string { return sorted(askedSpeechVerbs) }
