package corpus

import "strings"

// closingFollows: the text after a quotation that ends in "?", "!" or "."
// is its attribution, not a new sentence: "…?” Trump said, looking out".
func closingFollows(s string) bool {
	if len(s) > 240 {
		s = s[:240]
	}
	toks := tokenize(s)
	for v := 1; v < len(toks) && v <= 10; v++ {
		t := toks[v].text
		if t == "." && (abbreviations[toks[v-1].text] || isInitial(toks[v-1].text)) {
			continue
		}
		if !isWord(t) && t != "-" && t != "’" {
			return false
		}
		if !closingVerbs[t] {
			continue
		}
		if _, _, _, ok := looseNP(toks, 0, v); !ok {
			return false
		}
		return v+1 >= len(toks) || toks[v+1].text == "," || toks[v+1].text == "." || trailingModifier(toks, v+1)
	}
	return false
}

// signatureDashes sign a quotation with its speaker's name: "“…” ― Name".
var signatureDashes = set(`― — –`)

// signatures reads quotations signed with a dash and a name ("⟦3⟧ ― Carlos
// Raúl", "⟦4⟧— Jane Doe, a teacher"), gives each quote its speaker, and
// drops the signature from the paragraph.
func (x *extractor) signatures(m string) string {
	if !strings.ContainsAny(m, "―—–") {
		return m
	}
	toks := tokenize(m)
	var b strings.Builder
	prev := 0
	for i := 0; i+2 < len(toks); i++ {
		n := placeholder(toks[i].text)
		if n < 0 || n >= len(x.quotes) || !signatureDashes[toks[i+1].text] || !isCap(toks[i+2].text) {
			continue
		}
		j := capRun(toks, i+2)
		end := j
		appos := ""
		if j < len(toks) && toks[j].text == "," {
			k := j + 1
			for k < len(toks) && placeholder(toks[k].text) < 0 && toks[k].text != "." && k-j < 14 {
				k++
			}
			words := texts(toks[j+1 : k])
			if len(words) > 0 && (words[0] == "a" || words[0] == "an" || words[0] == "the") {
				words = words[1:]
			}
			appos = strings.Join(words, " ")
			end = k
			if end < len(toks) && toks[end].text == "." {
				end++
			}
		} else if j < len(toks) && toks[j].text == "." {
			end = j + 1
		}
		if end < len(toks) && placeholder(toks[end].text) < 0 {
			continue // the dash goes on with a sentence, not a signature
		}
		name := texts(toks[i+2 : j])
		if !isName(name) && !(len(name) == 1 && !notNames[name[0]]) {
			continue
		}
		e, mention := x.resolve(toks[i+2:j], appos)
		if e == nil {
			continue
		}
		q := x.quotes[n]
		if q.speaker == nil {
			q.speaker, q.mention = e, mention
			x.last = &lastSaid{speaker: e, mention: mention, para: x.para}
		}
		b.WriteString(m[prev:toks[i].end])
		prev = toks[end-1].end
		i = end - 1
	}
	b.WriteString(m[prev:])
	return b.String()
}

// leadVerbs open a sentence as an inverted attribution before a colon:
// "Said Ellis: “…”".
var leadVerbs = set(`Said Says Added Adds Asked Asks Wrote Writes Tweeted Replied Responded Explained Noted Continued Recalled`)

// colonLead: a speaker before a colon and a quotation: "Said Ellis: “…”",
// "Pew Research: “…”", "Jane Doe, Outlet: “…”", "Smith sighed: “…”".
func (x *extractor) colonLead(s string, toks []token) *attribution {
	c := -1
	for i := 1; i < len(toks) && i <= 14; i++ {
		if toks[i].text == ":" {
			c = i
			break
		}
	}
	if c < 0 || c+1 >= len(toks) || placeholder(toks[c+1].text) < 0 {
		return nil
	}
	var st, en int
	appos := ""
	switch {
	case leadVerbs[toks[0].text]:
		s0, e0, ap, ok := npAfter(toks[:c], 1)
		if !ok {
			return nil
		}
		st, en, appos = s0, e0, ap
	case !isCap(toks[c-1].text) && isWord(toks[c-1].text) && (speechVerbs[strings.ToLower(toks[c-1].text)] || strings.HasSuffix(toks[c-1].text, "ed")):
		s0, e0, _, ok := looseNP(toks, 0, c-1)
		if !ok {
			return nil
		}
		st, en = s0, e0
	case isCap(toks[0].text) && !leadingNonSpeaker[toks[0].text]:
		j := capRun(toks, 0)
		if j != c && !(j < c && toks[j].text == ",") {
			return nil
		}
		st, en = 0, j
	default:
		return nil
	}
	e, mention := x.resolve(toks[st:en], appos)
	if e == nil {
		return nil
	}
	return &attribution{speaker: e, mention: mention, region: s[:toks[c].start], content: []string{s[toks[c+1].start:]}}
}
