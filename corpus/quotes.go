package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// segment is a run of a paragraph: plain text, or the words inside one pair
// of quotation marks.
type segment struct {
	quoted bool
	text   string // for a quoted segment, the words without the marks
	raw    string // the segment as it stands in the paragraph, marks included
	closed bool   // a quoted segment whose closing mark was found
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// splitQuotes cuts a paragraph into plain and quoted segments. Curly and
// straight double quotes are quotation marks; curly single quotes are too
// when they open at the top level (‘…’). Single quotes inside double quotes
// are part of the quote.
func splitQuotes(p string) []segment {
	var segs []segment
	start := 0      // start of the current segment (byte offset)
	inner := 0      // start of the words inside the current quote
	var closer rune // the mark that closes the open quote, 0 when outside
	prev := ' '
	flushPlain := func(end int) {
		if end > start {
			segs = append(segs, segment{text: p[start:end], raw: p[start:end]})
		}
	}
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		next, _ := utf8.DecodeRuneInString(p[i+size:])
		switch {
		case closer == 0 && (r == '“' || r == '"' || r == '«' || (r == '‘' && !isLetterOrDigit(prev) && isLetterOrDigit(next)) ||
			r == '”' && unicode.IsSpace(prev) && unicode.IsUpper(next) || r == '”' && paragraphStart(p[:i]) && strings.ContainsRune(p[i+size:], '”')):
			// A closing mark typed to open (” Fear. I am afraid …”) opens.
			if r == '”' {
				r = '“'
			}
			flushPlain(i)
			start, inner = i, i+size
			switch r {
			case '“', '"':
				closer = '”'
				if r == '"' {
					closer = '"'
				}
			case '«':
				closer = '»'
			default:
				closer = '’'
			}
		case closer != 0 && (r == closer || (closer == '”' && r == '"') || (closer == '"' && r == '”')) && !(r == '’' && isLetterOrDigit(next)):
			segs = append(segs, segment{quoted: true, text: strings.TrimSpace(p[inner:i]), raw: p[start : i+size], closed: true})
			start = i + size
			closer = 0
		case closer == '’' && r == '“':
			// Double quotes inside single ones (British style): nested; skip
			// to their closing mark.
			if j := strings.IndexRune(p[i+size:], '”'); j >= 0 {
				i += size + j
				size = len("”")
				r = '”'
			}
		case closer == '”' && r == '“' && strings.ContainsRune(",.?!", prev) && (i+size == len(p) || unicode.IsSpace(next)):
			// An opening mark typed for the closing one (“…,“ said X.):
			// it closes the quote.
			segs = append(segs, segment{quoted: true, text: strings.TrimSpace(p[inner:i]), raw: p[start : i+size], closed: true})
			start = i + size
			closer = 0
		case closer == '”' && r == '“':
			// A new opening mark before the old quote closed: sloppy text;
			// end the old quote here.
			segs = append(segs, segment{quoted: true, text: strings.TrimSpace(p[inner:i]), raw: p[start:i]})
			start, inner = i, i+size
		}
		prev = r
		i += size
	}
	if closer != 0 {
		if closer == '’' {
			// An unclosed single quote was an apostrophe: plain text.
			segs = append(segs, segment{text: p[start:], raw: p[start:]})
		} else {
			segs = append(segs, segment{quoted: true, text: strings.TrimSpace(p[inner:]), raw: p[start:]})
		}
	} else {
		flushPlain(len(p))
	}
	return segs
}

// paragraphStart: nothing but spaces and invisible marks stand before
// (”… he delivered …,” Name wrote: a closing mark typed to open).
func paragraphStart(before string) bool {
	return strings.TrimLeftFunc(before, func(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) }) == ""
}

// wordCount counts words in s.
func wordCount(s string) int {
	return len(strings.FieldsFunc(s, func(r rune) bool { return !isLetterOrDigit(r) && r != '\'' && r != '’' && r != '-' }))
}

// isTitle says whether quoted words look like the title of a show, book or
// operation ("The View", ‘Face the Nation’) rather than speech.
func isTitle(s string) bool {
	s = strings.TrimRight(s, ",.")
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	small := set("the of a an and on in to for at with")
	caps := 0
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case i > 0 && small[w]:
		default:
			return false
		}
	}
	return caps > 0 && (len(words) > 1 || caps == 1) && !strings.ContainsAny(s, ".?!")
}

// quoteText tidies the words of a quote: a trailing comma that belongs to
// the sentence around the quote is dropped.
func quoteText(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, ", ")
	return s
}

// isSentenceEnd says whether quoted words end a sentence.
func isSentenceEnd(s string) bool {
	s = strings.TrimRight(s, " ’'")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "…")
}
