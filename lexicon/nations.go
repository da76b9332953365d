package lexicon

import (
	"slices"
	"strings"
)

// nationIrregular are the nationality adjectives whose country is not
// spelled from them: "British" for Britain and the United Kingdom.
var nationIrregular = map[string][]string{
	"british": {"britain", "uk", "u.k.", "kingdom", "england"}, "french": {"france"}, "dutch": {"netherlands", "holland"},
	"swiss": {"switzerland"}, "emirati": {"uae", "emirates"}, "american": {"us", "u.s.", "america", "states"},
	"thai": {"thailand"}, "afghan": {"afghanistan"}, "azeri": {"azerbaijan"}, "polish": {"poland"},
	"spanish": {"spain"}, "danish": {"denmark"}, "swedish": {"sweden"}, "finnish": {"finland"}, "greek": {"greece"},
	"filipino": {"philippines"}, "welsh": {"wales"}, "irish": {"ireland"}, "scottish": {"scotland"},
	"peruvian": {"peru"}, "norwegian": {"norway"}, "saudi": {"saudi", "arabia"}, "kiwi": {"zealand"},
	"nigerian": {"nigeria"}, "nigerien": {"niger"}, "indian": {"india"},
}

// nationSuffixes end a nationality adjective built on its country's name:
// Kenya-n, Pakistan-i, Egypt-ian, Leban-ese, Turk-ish, Kosov-ar.
var nationSuffixes = []string{"ian", "ese", "ish", "an", "ar", "i", "n", ""}

// peopleEndings end the word for a country's people, or an adjective of
// it, after the country's name as written: Yemen-i, Rwanda-n, Jordan-ian.
var peopleEndings = []string{"i", "is", "n", "ns", "an", "ans", "ian", "ians"}

// IsPeopleEnding reports whether s ends the word for a country's people,
// or an adjective of it, after the country's whole name ("i" of "Yemeni",
// "ians" of "Jordanians").
func IsPeopleEnding(s string) bool { return slices.Contains(peopleEndings, s) }

// SameNation reports whether the nationality adjective adj ("Kenyan") is of
// the country named by word ("Kenya", "Kenya's"): the adjective, less its
// ending, starts the country's name and leaves at most two letters of it.
// An adjective listed with its countries is of those alone ("Indian" is
// not of Indiana, nor "Nigerian" of Niger).
func SameNation(adj, word string) bool {
	a := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(adj, "’s"), "'s"))
	w := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(word, "’s"), "'s"))
	if a == "" || w == "" {
		return false
	}
	if a == w {
		return true
	}
	if cs, ok := nationIrregular[a]; ok {
		for _, c := range cs {
			if c == w {
				return true
			}
		}
		return false
	}
	for _, s := range nationSuffixes {
		stem, ok := strings.CutSuffix(a, s)
		if !ok || len(stem) < 4 {
			continue
		}
		if strings.HasPrefix(w, stem) && len(w)-len(stem) <= 2 {
			return true
		}
	}
	return false
}

// compoundPlaces are the places whose name holds another place's after a
// word of direction, in lower case: talks on South Sudan are not talks on
// Sudan, nor North Korea's on Korea's.
var compoundPlaces = set(`south_sudan north_korea south_korea west_bank northern_ireland east_timor western_sahara
	south_africa south_ossetia north_macedonia`)

// CompoundPlace reports whether first and second, lower case, are the two
// words of a place whose name holds another's ("south", "sudan").
func CompoundPlace(first, second string) bool { return compoundPlaces[first+"_"+second] }

// CompoundPlaceWords are the two words of the place whose name written
// together is joined ("southsudan" → "south", "sudan"); ok is false for
// any other word.
func CompoundPlaceWords(joined string) (first, second string, ok bool) {
	for p := range compoundPlaces {
		a, b, _ := strings.Cut(p, "_")
		if a+b == joined {
			return a, b, true
		}
	}
	return "", "", false
}

// initials are the countries and bodies news writes by their initials,
// each with the ways it writes them in full, their people and, for the
// United States, its capital: "UAE",
// "United Arab Emirates", "Emirati". Lower case.
var initials = [][]string{
	{"us", "united states", "american", "americans", "washington"},
	{"uk", "britain", "british", "united kingdom"},
	{"eu", "european union"},
	{"un", "united nations"},
	{"au", "african union"},
	{"ecowas", "economic community of west african states"},
	{"uae", "united arab emirates", "emirati", "emiratis"},
	{"rsf", "rapid support forces"},
	{"saf", "sudanese armed forces"},
	{"idf", "israel defense forces", "israeli military"},
	{"drc", "democratic republic of the congo", "democratic republic of congo"},
	{"dprk", "north korea", "north korean"},
	{"iaea", "international atomic energy agency"},
	{"icrc", "international committee of the red cross", "red cross"},
}

// Initials returns the countries and bodies written by their initials,
// each group the initials first, then the other ways of writing them
// ("uae", "united arab emirates", "emirati", "emiratis"), in lower case.
func Initials() [][]string {
	out := make([][]string, len(initials))
	for i, g := range initials {
		out[i] = append([]string(nil), g...)
	}
	return out
}

// Spelled returns what initials stand for, in lower case, as the lexicon
// knows them, each written in as many words as the initials have letters:
// "eu" → "european union", "pm" → "prime minister"; nil for initials it
// does not know.
func Spelled(abbr string) []string {
	abbr = strings.ToLower(abbr)
	var out []string
	if r, ok := roleInitials[abbr]; ok {
		out = append(out, r)
	}
	for _, g := range initials {
		if g[0] != abbr {
			continue
		}
		for _, w := range g[1:] {
			if f := strings.Fields(w); len(f) == len(abbr) && initialsOf(f) == abbr {
				out = append(out, w)
			}
		}
	}
	return out
}

// initialsOf is the first letters of words, joined.
func initialsOf(words []string) string {
	var b strings.Builder
	for _, w := range words {
		b.WriteByte(w[0])
	}
	return b.String()
}

// usOffices are the words after which "us" typed in lower case is the
// United States, not the pronoun: its offices and envoys ("us envoy",
// "us officials") and the words before them ("us special envoy").
var usOffices = set(`special senior top state department`)

// usNotOffices are the role nouns "us" the pronoun also comes before
// ("show us people", "send us a statement" typed without the article).
var usNotOffices = set(`people person statement family families`)

// usNames are the ways users type the United States as a whole question
// part, its article gone. Lower case.
var usNames = []string{"us", "u.s.", "u.s", "united states", "america"}

// NamesUnitedStates reports whether s, its article gone, is the United
// States as users type it ("us", "u.s.", "the united states" less "the",
// "america"), in any case and with spaces either side.
func NamesUnitedStates(s string) bool {
	return slices.Contains(usNames, strings.ToLower(strings.TrimSpace(s)))
}

// IsUnitedStates reports whether "us", as users type the United States
// in lower case, is the country and not the pronoun, from the words
// either side of it (lower case; "" at either end of the question):
// after "the" ("what did the us say"), or before a role or office ("us
// envoy", "us officials"). "Tell us", "for us" and "let us" are the
// pronoun.
func IsUnitedStates(prev, next string) bool {
	if prev == "the" {
		return true
	}
	return usOffices[next] || roleNouns[next] && !usNotOffices[next]
}

// placeNouns are the nouns a question asks a place by: "which area was
// the fighting in", "what city will host the talks".
var placeNouns = []string{"area", "areas", "region", "regions", "city", "cities", "town", "towns", "village", "villages",
	"province", "provinces", "governorate", "governorates", "district", "districts", "port", "ports", "site", "venue", "location"}

// PlaceNouns are the nouns a question asks a place by.
func PlaceNouns() []string { return slices.Clone(placeNouns) }
