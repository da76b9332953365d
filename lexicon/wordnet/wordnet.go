// Package wordnet gives the words related to an English word, from a
// compact subset of WordNet 3.0 (Princeton University; its licence is in
// LICENSE beside this file) embedded as data: synonyms and derived forms
// of a word's most frequent senses (all its senses when it is seldom
// used), the common words a seldom used word is a synonym of ("protester"
// → "demonstrator"), the verbs just above a verb, the place
// an adjective of place names, a capital's country, and the base of an
// irregular form. gen.go writes the data from WordNet's own files.
//
// The bot uses it to match a question's words with the other words a text
// may use for them: "isn't working" with "not succeeding", "fled" with
// "flee", "Sudanese" with "Sudan", "Tehran" with "Iran".
package wordnet

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strings"
	"sync"
)

//go:embed related.txt.gz
var data []byte

var (
	once    sync.Once
	related map[string]Relations
)

// Relations are the words related to one word.
type Relations struct {
	// Close are its other forms and its place: "fled" → "flee",
	// "negotiator" → "negotiate", "Sudanese" → "sudan", "Tehran" →
	// "iran".
	Close []string
	// Loose are the other words of its usual senses, and for a verb the
	// verbs just above them: "begin" → "start", "work" → "succeed".
	Loose []string
	// Synonyms are the Loose that are other words of its senses, not
	// verbs above them: "blunder" → "goof", not "break".
	Synonyms []string
}

func load() {
	related = map[string]Relations{}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		panic("wordnet: embedded data: " + err.Error())
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		word, rest, _ := strings.Cut(sc.Text(), " ")
		c, l, _ := strings.Cut(rest, ";")
		r := Relations{Close: strings.Fields(c), Loose: strings.Fields(l)}
		for i, w := range r.Loose {
			if v, ok := strings.CutPrefix(w, "^"); ok {
				r.Loose[i] = v // a verb above
			} else {
				r.Synonyms = append(r.Synonyms, w)
			}
		}
		related[word] = r
	}
	if err := sc.Err(); err != nil {
		panic("wordnet: embedded data: " + err.Error())
	}
}

// Related returns the words related to word (any case, any inflection:
// "Fled", "working", "talks"), without word itself; none when WordNet has
// none. An inflected word's base is among the close ones. The slices must
// not be modified.
func Related(word string) Relations {
	once.Do(load)
	w := strings.ToLower(strings.TrimSpace(word))
	if r, ok := related[w]; ok {
		return r
	}
	for _, b := range Bases(w) {
		if r, ok := related[b]; ok {
			return Relations{Close: append([]string{b}, r.Close...), Loose: r.Loose, Synonyms: r.Synonyms}
		}
	}
	return Relations{}
}

// suffixes are WordNet's rules of detachment (morphy): an inflected
// ending and what the base form ends with instead.
var suffixes = [][2]string{
	{"ies", "y"}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
	{"es", "e"}, {"es", ""}, {"s", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"est", "e"}, {"est", ""}, {"er", "e"}, {"er", ""},
}

// Bases returns the forms that w (lower case) may be an inflection of,
// by WordNet's rules of detachment, most likely first; the doubled last
// consonant of "planned" and "stopping" is undone too.
func Bases(w string) []string {
	var out []string
	for _, s := range suffixes {
		if !strings.HasSuffix(w, s[0]) || len(w)-len(s[0]) < 2 {
			continue
		}
		b := w[:len(w)-len(s[0])] + s[1]
		out = append(out, b)
		if s[1] == "" && len(b) > 2 && b[len(b)-1] == b[len(b)-2] && (s[0] == "ed" || s[0] == "ing") {
			out = append(out, b[:len(b)-1])
		}
	}
	return out
}
