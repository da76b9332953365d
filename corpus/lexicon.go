package corpus

import (
	"strings"

	"github.com/talkbot/talkbot/lexicon"
)

// The words of attribution live in package lexicon, shared with the bot;
// these are corpus's look-up sets over them.
var (
	speechVerbs  = lexicon.SpeechVerbSet()
	remarkVerbs  = lexicon.RemarkVerbSet()
	phrasalVerbs = lexicon.PhrasalVerbs()
	closingVerbs = lexicon.ClosingVerbSet()
	leadVerbs    = lexicon.LeadVerbSet()
	participles  = lexicon.ParticipleSet()
	roleNouns    = lexicon.RoleNounSet()
	titleWords   = lexicon.TitleWordSet()
	honorifics   = lexicon.Honorifics()
	institutions = lexicon.InstitutionSet()
	determiners  = lexicon.DeterminerSet()
	// perfectMarkers before a speech verb make it habitual or undated.
	perfectMarkers = lexicon.HabitualMarkerSet()
	// adverbs may stand between a speaker and the speech verb.
	adverbs = lexicon.SpeakerAdverbSet()
	// stopWords end a speaker phrase when reading it backwards from its verb.
	stopWords     = lexicon.PhraseStopSet()
	pronouns      = lexicon.SpeakerPronouns()
	roleSynonyms  = lexicon.RoleSynonyms()
	notNames      = lexicon.NotNameSet()
	femaleNames   = lexicon.FemaleNameSet()
	maleNames     = lexicon.MaleNameSet()
	nameParticles = lexicon.NameParticleSet()
	// numberWords open a phrase of time or quantity, not a speaker.
	numberWords = lexicon.NumberWordSet()
	// plainSpeech are the verbs of saying that say nothing of the manner.
	plainSpeech = lexicon.PlainSpeechSet()
)

// roleLike: a noun for someone who may speak ("businessman", "pollster",
// "the editorial").
func roleLike(w string) bool { return lexicon.IsPersonNoun(w) }

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
