package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkbot/talkbot/lexicon"
)

// token is a word, a punctuation mark or a quote placeholder in a sentence.
type token struct {
	text       string
	start, end int // byte offsets in the sentence
}

// tokenize cuts a sentence into words (with inner apostrophes, periods and
// hyphens: "U.S", "al-Masri", "it’s", and a plural possessive "Emirates’"),
// ⟦n⟧ quote marks, and single punctuation marks.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '⟦':
			j := strings.IndexRune(s[i:], '⟧')
			if j < 0 {
				toks = append(toks, token{text: s[i : i+size], start: i, end: i + size})
				i += size
				continue
			}
			end := i + j + len("⟧")
			toks = append(toks, token{text: s[i:end], start: i, end: end})
			i = end
		case isLetterOrDigit(r):
			j := i + size
			last := r
			for j < len(s) {
				c, n := utf8.DecodeRuneInString(s[j:])
				if isLetterOrDigit(c) {
					j += n
					last = c
					continue
				}
				if c == '’' || c == '\'' || c == '.' || c == '-' {
					d, _ := utf8.DecodeRuneInString(s[j+n:])
					if isLetterOrDigit(d) {
						j += n
						continue
					}
					if (c == '’' || c == '\'') && (last == 's' || last == 'S') && j+n < len(s) || (c == '’' || c == '\'') && (last == 's' || last == 'S') && j+n == len(s) {
						j += n // "Emirates’ foreign ministry"
					}
				}
				break
			}
			toks = append(toks, token{text: s[i:j], start: i, end: j})
			i = j
		default:
			toks = append(toks, token{text: s[i : i+size], start: i, end: i + size})
			i += size
		}
	}
	return toks
}

// placeholder returns the quote index of a ⟦n⟧ token, or -1.
func placeholder(t string) int {
	if !strings.HasPrefix(t, "⟦") {
		return -1
	}
	n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(t, "⟦"), "⟧"))
	if err != nil {
		return -1
	}
	return n
}

func mark(n int) string { return "⟦" + strconv.Itoa(n) + "⟧" }

var markRE = regexp.MustCompile(`⟦(\d+)⟧`)

// norm folds typographic apostrophes to ASCII for lexicon look-ups.
func norm(w string) string { return strings.ReplaceAll(w, "’", "'") }

// isArticle reports whether w, as written inside a sentence, is "a", "an"
// or "the".
func isArticle(w string) bool { return lexicon.IsArticle(w) }

// dropArticle returns words without the article that opens them: ", the
// chief negotiator," gives the title "chief negotiator".
func dropArticle(words []string) []string {
	if len(words) > 0 && isArticle(words[0]) {
		return words[1:]
	}
	return words
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	// "al-Masri", "el-Nur": name parts that start in lower case.
	if len(w) > 3 && (w[:3] == "al-" || w[:3] == "el-") {
		r, _ = utf8.DecodeRuneInString(w[3:])
		return unicode.IsUpper(r)
	}
	return false
}

func isWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

var abbreviations = set(`Mr Mrs Ms Dr Gen Lt Col Maj Sgt Capt Adm Sen Rep Gov St Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec
	No Jr Sr Prof Inc Ltd Co vs Ft Mt U.S U.N U.K E.U a.m p.m i.e e.g Gens Reps Sens Pres Cmdr Brig Amb Del Rev`)

// Sentences cuts a paragraph of plain text into its sentences, as
// statements are cut ("U.S." and "Gen." end no sentence).
func Sentences(p string) []string {
	return splitSentences(p, func(int, string) bool { return false })
}

// splitSentences cuts a masked paragraph into sentences. Quotes are masked
// as ⟦n⟧, so periods inside them do not split; ends reports whether quote n
// ends the sentence, given the text after it.
func splitSentences(p string, ends func(n int, rest string) bool) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		j := i + size
		split := false
		switch {
		case r == '.' || r == '?' || r == '!':
			for j < len(p) && strings.ContainsRune("”\"’')", rune(p[j])) {
				j++
			}
			for strings.HasPrefix(p[j:], "”") || strings.HasPrefix(p[j:], "’") {
				j += len("”")
			}
			if j < len(p) && p[j] == ' ' && nextStartsSentence(p[j+1:]) {
				split = true
				if r == '.' {
					w := lastWord(p[start:i])
					if abbreviations[w] || (utf8.RuneCountInString(w) == 1 && isCap(w)) {
						split = false
					}
				}
			}
		case r == '⟦':
			k := strings.IndexRune(p[i:], '⟧')
			if k > 0 {
				j = i + k + len("⟧")
				n := placeholder(p[i:j])
				if n >= 0 && j < len(p) && p[j] == ' ' && nextStartsSentence(p[j+1:]) && ends(n, p[j+1:]) {
					split = true
				}
			}
		}
		if split {
			out = append(out, strings.TrimSpace(p[start:j]))
			start = j
		}
		i = j
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

func nextStartsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '⟦' || r == '“' || r == '"' || r == '(' || r == '‘'
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '“' })
	return s[i+1:]
}

// NormWords folds text to lower-case words without punctuation, apostrophes
// or typographic quotes, for comparing statements and questions: every run
// of characters that are neither letters nor digits is one space, and
// apostrophes ('’‘) are dropped so that "Israel's" is "israels". It is
// called for every hit of every question, so it is one pass, not the
// regular expression it was (the same result, which the tests check).
func NormWords(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	gap := false // a run of non-word characters since the last word
	for _, r := range s {
		// Lower case rune by rune, as strings.ToLower does.
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
		switch {
		case r == '\'' || r == '’' || r == '‘':
			continue
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'),
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsNumber(r)):
			if gap && b.Len() > 0 {
				b.WriteByte(' ')
			}
			gap = false
			b.WriteRune(r)
		default:
			gap = true
		}
	}
	return b.String()
}
