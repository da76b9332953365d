package bot

import (
	"regexp"
	"slices"
	"strings"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/lexicon"
	"github.com/talkbot/talkbot/lexicon/wordnet"
)

// questionWords carry no content: they say how something is asked.
var questionWords = lexicon.QuestionWordSet()

// contentWords drops question words, keeping what the question is about,
// short forms written out ("govts" → "governments").
func contentWords(s string) string { return contentWordsUS(s, true) }

// contentWordsUS is contentWords, reading "us" as the United States
// where it cannot be the pronoun if country is set ("what did the us
// offer": "U.S."), and dropping it always if not.
func contentWordsUS(s string, country bool) string {
	var keep []string
	f := strings.Fields(s)
	lower := func(i int) string {
		if i < 0 || i >= len(f) {
			return ""
		}
		return strings.ToLower(strings.Trim(f[i], `?!.,;:"'“”‘’`))
	}
	for i, w := range f {
		lw := lower(i)
		if country && lw == "us" && lexicon.IsUnitedStates(lower(i-1), lower(i+1)) {
			// "what did the us offer", "us envoy": the United States,
			// written as news writes it.
			keep = append(keep, "U.S.")
			continue
		}
		if lw == "" || questionWords[lw] {
			continue
		}
		if long, ok := lexicon.ShortForm(lw); ok {
			keep = append(keep, long)
			continue
		}
		keep = append(keep, strings.Trim(w, `?!.,;:"“”`))
	}
	return strings.Join(keep, " ")
}

// synonyms are the words of negotiations that news writes in several ways.
var synonyms = lexicon.Synonyms()

var synonymIndex = func() map[string][]string {
	m := map[string][]string{}
	for _, group := range synonyms {
		for _, w := range group {
			for _, o := range group {
				if o != w {
					m[w] = append(m[w], o)
				}
			}
		}
	}
	return m
}()

// synonymPhrase is a synonym of more than one word ("standing in the
// way"), and its words as a question's content words read them
// ("standing in way").
type synonymPhrase struct{ phrase, content string }

// phraseWords are the words of a phrase as phrases are matched: its
// content words, normalised, without whose it is ("hand over their guns"
// is "hand over guns", as "hand over its guns" is).
func phraseWords(s string) string {
	f := strings.Fields(corpus.NormWords(contentWords(s)))
	return strings.Join(slices.DeleteFunc(f, lexicon.IsPossessive), " ")
}

// synonymPhrases are the synonyms of more than one word.
var synonymPhrases = func() []synonymPhrase {
	var out []synonymPhrase
	for w := range synonymIndex {
		if n := phraseWords(w); strings.Contains(n, " ") {
			out = append(out, synonymPhrase{w, n})
		}
	}
	slices.SortFunc(out, func(a, b synonymPhrase) int { return strings.Compare(a.phrase, b.phrase) })
	return out
}()

// phrasesIn are the synonyms of several words that words hold, as
// content words ("standing in way" holds "standing in the way").
func phrasesIn(words string) []synonymPhrase {
	norm := " " + phraseWords(words) + " "
	if strings.Count(norm, " ") < 3 {
		return nil
	}
	var out []synonymPhrase
	for _, p := range synonymPhrases {
		if strings.Contains(norm, " "+p.content+" ") {
			out = append(out, p)
		}
	}
	return out
}

// expand adds the synonyms of a question's words, so "approve" also finds
// "gave the green light"; a word is looked up as written and as analysed
// ("ceasefires" finds the synonyms of "ceasefire"); then the other forms
// and the place WordNet gives for it ("fled" finds "flee", "Tehran" finds
// "Iran").
func (v *view) expand(words string) string {
	if words == "" {
		return ""
	}
	out := []string{words}
	seen := map[string]bool{}
	add := func(ws []string) {
		for _, w := range ws {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	for _, w := range strings.Fields(strings.ToLower(words)) {
		add(synonymIndex[strings.Trim(w, `?!.,;:"'`)])
	}
	for _, p := range phrasesIn(words) {
		// Of several words: "standing in the way" finds "obstacle".
		add(synonymIndex[p.phrase])
	}
	for _, t := range v.s.Terms(words) {
		add(v.rawSyn[t])
	}
	// Loose synonyms only count for what is found ("state" for
	// "country" would find every "United States").
	for _, w := range strings.Fields(words) {
		add(relatedWords(w).Close)
		add(irregularOf[strings.ToLower(w)])
	}
	return strings.Join(out, " ")
}

// relatedWords are the words WordNet relates to a question word: none for
// short words and words that only say how something is asked.
func relatedWords(w string) wordnet.Relations {
	w = strings.ToLower(strings.Trim(w, `?!.,;:"'“”‘’()`))
	if len(w) < 3 || questionWords[w] || stopWords[w] {
		return wordnet.Relations{}
	}
	return wordnet.Related(w)
}

// synonyms of a question's analysed terms: syn counts as the term itself
// (the hand-made synonyms, and the word's other forms and place by
// WordNet: "fled" → "flee", "Sudanese" → "Sudan"); loose counts half (its
// WordNet synonyms: "exchange" → "change").
type synonymSet struct {
	syn, loose map[string][]string
}

// synonymTerms finds the synonyms of each analysed term of the question,
// analysed; words are the question's words as written.
func (v *view) synonymTerms(words string, terms []string) synonymSet {
	out := synonymSet{syn: make(map[string][]string, len(terms)), loose: map[string][]string{}}
	for _, t := range terms {
		out.syn[t] = v.stems[t]
	}
	for _, p := range phrasesIn(words) {
		// A phrase asked whole: its synonyms are each of its words'
		// ("standing in the way" is met by "obstacle").
		for _, t := range v.s.Terms(p.phrase) {
			if _, ok := out.syn[t]; ok {
				out.syn[t] = append(slices.Clip(out.syn[t]), v.phraseSyn[p.phrase]...)
			}
		}
	}
	for _, w := range strings.Fields(words) {
		rel := relatedWords(w)
		// "begin" is also "began" and "begun", which WordNet only gives
		// the other way round.
		rel.Close = append(slices.Clip(rel.Close), irregularOf[strings.ToLower(w)]...)
		if len(rel.Close)+len(rel.Loose) == 0 {
			continue
		}
		tw := v.s.Terms(w)
		if len(tw) != 1 {
			continue
		}
		t := tw[0]
		if _, ok := out.syn[t]; !ok {
			continue
		}
		if len(rel.Close) > 0 {
			out.syn[t] = append(slices.Clip(out.syn[t]), v.s.Terms(strings.Join(rel.Close, " "))...)
		}
		if len(rel.Loose) > 0 {
			out.loose[t] = append(out.loose[t], v.s.Terms(strings.Join(rel.Loose, " "))...)
		}
	}
	// A word of the statement counts for one term of the question: a
	// loose synonym that is another term, or another term's synonym, is
	// not one for this term ("state" for "countries" when "Americans"
	// already stands for "United States").
	holders := map[string]int{} // how many terms a word stands for
	own := func(t string) map[string]bool {
		m := map[string]bool{t: true}
		for _, x := range out.syn[t] {
			for _, w := range strings.Fields(x) {
				m[w] = true
			}
		}
		return m
	}
	for _, t := range terms {
		for x := range own(t) {
			holders[x]++
		}
	}
	for t, ls := range out.loose {
		mine := own(t)
		var keep []string
		for _, x := range ls {
			if n := holders[x]; n == 0 || n == 1 && mine[x] {
				keep = append(keep, x)
			}
		}
		out.loose[t] = keep
	}
	return out
}

// irregularOf maps a verb to its irregular past forms and participles
// ("begin" → "began", "begun"), by WordNet's base of each form.
var irregularOf = func() map[string][]string {
	m := map[string][]string{}
	for _, f := range lexicon.IrregularForms() {
		for _, base := range wordnet.Related(f).Close {
			if base != f {
				m[base] = append(m[base], f)
			}
		}
	}
	return m
}()

// demonymEndRE ends a word that names a people or what is theirs
// ("Sudanese", "Ukrainian", "Israelis", "American").
var demonymEndRE = regexp.MustCompile(`(?:ians?|eses?|is?|ans?|ish)$`)

// demonymPlace is the place a people's word names ("sudanese" → "sudan",
// "ukrainian" → "ukraine"), as WordNet relates them; "" for other words.
// It is asked of every word of every hit's speaker when a speaker is asked
// for (a profile of answering over generated statements put 4% of the
// bot's time in it, the same few names again and again), so each word's
// answer is kept, up to 8,192 words.
func demonymPlace(w string) string {
	return demonymMemo.get(strings.ToLower(w), demonymPlaceOf)
}

var demonymMemo = memo[string]{max: 8192}

func demonymPlaceOf(w string) string {
	if !demonymEndRE.MatchString(w) {
		return ""
	}
	for _, p := range wordnet.Related(w).Close {
		if len(p) >= 4 && len(w) >= 4 && p != w && w[:4] == p[:4] {
			return p
		}
	}
	return ""
}

// endingRE is what may follow a word's stem in another form of the word:
// "israel" → "israeli", "negoti" → "negotiations", "host" → "hosted"; not
// in another word that begins alike ("host" is not "hostage", nor
// "hostilities").
var endingRE = regexp.MustCompile(`^(?:[eia]?(?:s|es|d|ed|ing|ings|ment|ments|n|ns|an|ans|ian|ians|ese|er|ers|or|ors|ar|ars|ary|ion|ions|ation|ations|ator|ators|ate|ates|ated|ating|ative|al|als|ally|ly|y|ies|ied|ity|ities|ic|ics|ical|ist|ists|ism|ive|ives|ize|izes|ized|izing|ise|ises|ised|ising|ness|ful|able|ible|ance|ances|ence|ences|ant|ants|ent|ents|ency|ancy|ure|ures|i|is)?)$`)

// formOf: word is stem itself or another form of it, not a longer word
// that merely begins with the same letters.
func formOf(word, stem string) bool {
	return strings.HasPrefix(word, stem) && endingRE.MatchString(word[len(stem):])
}

// held counts the words of a that b holds (each time a has it): the names
// two articles share, the terms of a question a turn's question holds.
func held(a, b []string) int {
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return n
}
