//go:build ignore

// gen writes related.txt.gz, the compact subset of WordNet 3.0 that the
// package embeds, from WordNet's own data files (Debian's wordnet-base
// puts them in /usr/share/wordnet):
//
//	go run gen.go /usr/share/wordnet
//
// For every word in common use (WordNet has at least one sense of it tagged
// in its sense-tagged texts) it keeps, from the senses it is mostly used in
// (the first, and any other of a tenth of its tagged uses or more; all of
// them for a noun tagged fewer than three times): the other words of those
// senses (synonyms, and back from a seldom used synonym to the common
// word: "protester" → "demonstrator"), the words derived from them
// ("oppose" → "opposition", "opponent"), and for a verb the words of the
// senses just above ("work" in "the plan did not work" → "succeed"); for
// an adjective of a place, the place ("sudanese" → "sudan"); for a
// capital, its country ("tehran" → "iran"); and the base of every
// irregular form ("fled" → "flee"). Each line is a word, the words closely
// related to it (its other forms, its place), ";", and the loosely related
// (synonyms, and the verbs above it marked "^").
package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

type synset struct {
	words []string // as written, "_" for spaces, markers dropped
	ptrs  []ptr
}

type ptr struct {
	sym    string
	target string // pos + offset
	src    int    // 0: the whole synset
	dst    int
}

var (
	synsets = map[string]*synset{}     // "n00012345"
	senses  = map[string][]string{}    // "n:word" → synset keys, most frequent first
	tagged  = map[string]int{}         // "n:word" → senses tagged
	counts  = map[string]map[int]int{} // "n:word" → sense number → uses in the tagged texts
)

func main() {
	dir := os.Args[1]
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		readData(filepath.Join(dir, "data."+pos))
		readIndex(filepath.Join(dir, "index."+pos))
	}
	readCounts(filepath.Join(dir, "cntlist.rev"))
	// rel[a][b] is how b is related to a: close (another form of it, its
	// place) or loose (a synonym, a verb above it); close wins.
	rel := map[string]map[string]int{}
	put := func(a, b string, how int) {
		a, b = norm(a), norm(b)
		if a == "" || b == "" || a == b || strings.Contains(a, " ") || strings.Contains(b, " ") {
			return
		}
		if rel[a] == nil {
			rel[a] = map[string]int{}
		}
		if old := rel[a][b]; old == 0 || how < old {
			rel[a][b] = how
		}
	}
	add := func(a, b string) { put(a, b, close) }
	loose := func(a, b string) { put(a, b, far) }
	common := func(p, w string) bool { return tagged[p+":"+strings.ToLower(w)] > 0 }
	capital := ""
	var rare [][2]string // a word and a synonym of it seldom used
	for k, s := range synsets {
		if k[0] == 'n' && len(s.words) == 1 && s.words[0] == "national_capital" {
			capital = k
		}
	}
	for key, offs := range senses {
		p, w := key[:1], key[2:]
		n := tagged[key]
		if n == 0 {
			continue
		}
		total := 0
		for _, c := range counts[key] {
			total += c
		}
		for i, off := range offs {
			// The senses a word is mostly used in: the first, and any
			// other of at least a tenth of its uses in the tagged texts;
			// all of a noun's when it is tagged too seldom to tell
			// ("demonstrator", once, is also "protester"). A verb's
			// other senses are too far afield ("blunder" is "break").
			c := counts[key][i+1]
			mostly := i == 0 || c >= 2 && 10*c >= total
			if !mostly && (total >= rareUses || p != "n") {
				continue
			}
			s := synsets[off]
			wi := wordIndex(s, w)
			for _, o := range s.words {
				// A synonym, common or not; and a word seldom used
				// has the common ones for its synonyms too: a text may
				// say "protesters" for a question's "demonstrators"
				// and the other way round.
				if common(p, o) {
					loose(w, o)
				} else {
					rare = append(rare, [2]string{w, o})
				}
			}
			for _, pt := range s.ptrs {
				t := synsets[pt.target]
				if t == nil {
					continue
				}
				switch {
				case pt.sym == "+" && (pt.src == 0 || pt.src == wi):
					// Derived forms of this word.
					for j, o := range t.words {
						if (pt.dst == 0 || pt.dst == j+1) && common(pt.target[:1], o) {
							add(w, o)
							add(o, w)
						}
					}
				case pt.sym == "@" && p == "v" && mostly:
					// The verb a verb's sense is a way of doing (not of
					// a sense kept only because the word is seldom
					// used: "blunder" out loud is no "talk").
					for _, o := range t.words {
						if common("v", o) {
							put(w, o, above)
						}
					}
				}
			}
		}
	}
	// A seldom used synonym does not make an entry of a word that has
	// none, which would hide the entry of its base ("working" has
	// "work"'s).
	had := map[string]bool{} // the words with an entry before
	for w := range rel {
		had[w] = true
	}
	for _, p := range rare {
		if had[norm(p[0])] {
			loose(p[0], p[1])
		}
		if had[norm(p[1])] || !inflected(had, norm(p[1])) {
			loose(p[1], p[0])
		}
	}
	// Places: an adjective of a place, a people, a capital.
	for key, s := range synsets {
		for _, pt := range s.ptrs {
			t := synsets[pt.target]
			if t == nil {
				continue
			}
			switch {
			case pt.sym == `\` && key[0] == 'a' || pt.sym == `\` && key[0] == 's':
				for wi, w := range s.words {
					// An adjective of a place ("Sudanese" → "Sudan"), or
					// a common one of what it pertains to ("southern" →
					// "south").
					if pt.src != 0 && pt.src != wi+1 || !proper(w) && !common("a", w) {
						continue
					}
					for j, o := range t.words {
						if (pt.dst == 0 || pt.dst == j+1) && (proper(o) == proper(w)) {
							add(w, o)
						}
					}
				}
			case pt.sym == "@i" && pt.target == capital:
				for _, hp := range s.ptrs {
					if hp.sym != "#p" || synsets[hp.target] == nil {
						continue
					}
					for _, w := range s.words {
						for _, o := range synsets[hp.target].words {
							add(w, o)
						}
					}
				}
			}
		}
	}
	// Irregular forms.
	for _, pos := range []string{"noun", "verb", "adj"} {
		f, err := os.Open(filepath.Join(dir, pos+".exc"))
		check(err)
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fs := strings.Fields(sc.Text())
			for _, base := range fs[1:] {
				add(fs[0], base)
			}
		}
		f.Close()
	}
	words := make([]string, 0, len(rel))
	for w := range rel {
		words = append(words, w)
	}
	sort.Strings(words)
	out, err := os.Create("related.txt.gz")
	check(err)
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	check(err)
	bw := bufio.NewWriter(zw)
	for _, w := range words {
		var cs, ls []string
		for r, how := range rel[w] {
			switch how {
			case close:
				cs = append(cs, r)
			case far:
				ls = append(ls, r)
			default:
				ls = append(ls, "^"+r)
			}
		}
		sort.Strings(cs)
		sort.Slice(ls, func(i, j int) bool { return strings.TrimPrefix(ls[i], "^") < strings.TrimPrefix(ls[j], "^") })
		fmt.Fprintf(bw, "%s %s ; %s\n", w, strings.Join(cs, " "), strings.Join(ls, " "))
	}
	check(bw.Flush())
	check(zw.Close())
	check(out.Close())
}

// rareUses: a noun used fewer times than this in the tagged texts keeps
// all its senses.
const rareUses = 3

// How a word is related: close, loose (a synonym), or a verb above it
// (loose too, written "^verb"); the closest wins.
const (
	close = 1
	far   = 2
	above = 3
)

// inflected: w ends as an inflection of a word that had an entry
// ("working" of "work", "talks" of "talk").
func inflected(had map[string]bool, w string) bool {
	for _, end := range []string{"s", "es", "ed", "d", "ing"} {
		if b, ok := strings.CutSuffix(w, end); ok && len(b) > 2 && (had[b] || had[b+"e"]) {
			return true
		}
	}
	return false
}

func proper(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// norm writes a WordNet word as text has it: lower case, spaces.
func norm(w string) string {
	w = strings.ToLower(strings.ReplaceAll(w, "_", " "))
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == ' ' || r == '-') {
			return ""
		}
	}
	return w
}

func wordIndex(s *synset, w string) int {
	for i, o := range s.words {
		if strings.EqualFold(o, w) {
			return i + 1
		}
	}
	return 0
}

func readData(name string) {
	eachLine(name, func(line string) {
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		}
		fs := strings.Fields(line)
		pos := posOf(fs[2])
		n, err := strconv.ParseInt(fs[3], 16, 32)
		check(err)
		s := &synset{}
		i := 4
		for j := 0; j < int(n); j++ {
			w := fs[i]
			if k := strings.IndexByte(w, '('); k > 0 {
				w = w[:k]
			}
			s.words = append(s.words, w)
			i += 2
		}
		np, err := strconv.Atoi(fs[i])
		check(err)
		i++
		for j := 0; j < np; j++ {
			st, _ := strconv.ParseInt(fs[i+3], 16, 32)
			s.ptrs = append(s.ptrs, ptr{sym: fs[i], target: posOf(fs[i+2]) + fs[i+1], src: int(st >> 8), dst: int(st & 0xff)})
			i += 4
		}
		synsets[pos+fs[0]] = s
	})
}

func readIndex(name string) {
	eachLine(name, func(line string) {
		fs := strings.Fields(line)
		pos := posOf(fs[1])
		pc, _ := strconv.Atoi(fs[3])
		i := 4 + pc
		nsense, _ := strconv.Atoi(fs[i])
		ntag, _ := strconv.Atoi(fs[i+1])
		key := pos + ":" + fs[0]
		tagged[key] = ntag
		for _, off := range fs[i+2 : i+2+nsense] {
			senses[key] = append(senses[key], pos+off)
		}
	})
}

// eachLine calls do with each line of a WordNet data or index file, past
// the licence at its top (lines that open with two spaces).
func eachLine(name string, do func(line string)) {
	f, err := os.Open(name)
	check(err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "  ") {
			do(line)
		}
	}
	check(sc.Err())
}

// posOf is the part of speech a synset is filed under: an adjective
// satellite ("s") is an adjective.
func posOf(p string) string {
	if p == "s" {
		return "a"
	}
	return p
}

// readCounts reads how often each sense was used in WordNet's tagged
// texts: "work%2:41:03:: 3 32" is the third verb sense of "work", 32 uses.
func readCounts(name string) {
	f, err := os.Open(name)
	check(err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 3 {
			continue
		}
		i := strings.IndexByte(fs[0], '%')
		if i < 0 || i+1 >= len(fs[0]) {
			continue
		}
		pos := map[byte]string{'1': "n", '2': "v", '3': "a", '4': "r", '5': "a"}[fs[0][i+1]]
		num, _ := strconv.Atoi(fs[1])
		c, _ := strconv.Atoi(fs[2])
		key := pos + ":" + fs[0][:i]
		if counts[key] == nil {
			counts[key] = map[int]int{}
		}
		counts[key][num] += c
	}
	check(sc.Err())
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
