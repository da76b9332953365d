package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Article is one news article, its metadata and its body as paragraphs.
type Article struct {
	File      string
	Title     string
	Outlet    string
	URL       string
	Published time.Time // zero when unknown
	Authors   []string
	Topics    []string
	// Paragraphs is the body text, one paragraph an element, boilerplate
	// (navigation, captions, copyright lines) left out.
	Paragraphs []string
	// Header holds the short lines before the body that are not text:
	// a transcript's "Special Briefing", place and date lines, captions.
	Header []string
	// Format is the front matter's "format" (transcript, readout,
	// statement, news), or "" to let the text say what it is.
	Format string
	// Speakers names transcript labels the text does not explain, from
	// the front matter: {"MR MILLER": "Matthew Miller, State Department
	// spokesperson"}.
	Speakers map[string]string
}

// Source returns the article as a statement's source.
func (a *Article) Source() Source {
	s := Source{Title: a.Title, Outlet: a.Outlet, URL: a.URL}
	if !a.Published.IsZero() {
		s.Published = a.Published.Format(dateLayout)
	}
	return s
}

const dateLayout = "2006-01-02"

// MaxFileSize is the largest file the loader reads; larger ones are reported
// and skipped.
const MaxFileSize = 8 << 20

// FileError reports a file that could not be loaded, and why.
type FileError struct {
	File string
	Line int // 0 when the problem has no line
	Err  error
}

func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

// Errors a FileError may wrap.
var (
	ErrEmpty       = errors.New("empty file")
	ErrTooLarge    = errors.New("file too large")
	ErrBinary      = errors.New("binary file, not text")
	ErrNotUTF8     = errors.New("not UTF-8 text")
	ErrFrontMatter = errors.New("broken front matter")
	ErrDate        = errors.New("unparseable date")
	ErrNoText      = errors.New("no article text found")
	ErrDuplicate   = errors.New("duplicate article")
	// ErrUnreadable: reading the file failed inside the reader itself, on
	// a shape of page it was not made for; the file is skipped, the rest
	// of the corpus loads.
	ErrUnreadable = errors.New("page could not be read")
)

// checkText rejects data that is not a readable text file.
func checkText(name string, data []byte) error {
	if len(data) == 0 || len(bytes.TrimSpace(data)) == 0 {
		return &FileError{File: name, Err: ErrEmpty}
	}
	if len(data) > MaxFileSize {
		return &FileError{File: name, Err: fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, len(data), MaxFileSize)}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &FileError{File: name, Line: lineAt(data, i), Err: ErrBinary}
	}
	if !utf8.Valid(data) {
		i := 0
		for i < len(data) {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		return &FileError{File: name, Line: lineAt(data, i), Err: fmt.Errorf("%w: invalid byte 0x%02x", ErrNotUTF8, data[i])}
	}
	return nil
}

func lineAt(data []byte, off int) int { return bytes.Count(data[:off], []byte("\n")) + 1 }

// frontMatter is the YAML header of a Markdown or text article.
type frontMatter struct {
	Title     string   `yaml:"title"`
	Outlet    string   `yaml:"outlet"`
	URL       string   `yaml:"url"`
	Published string   `yaml:"published"`
	Authors   []string `yaml:"authors"`
	Topics    []string `yaml:"topics"`
	Format    string   `yaml:"format"`
	// Speakers maps a transcript label to "Name, role".
	Speakers map[string]string `yaml:"speakers"`
}

// ParseText parses a Markdown or plain-text article, with or without YAML
// front matter. name is used in errors and as the article's File.
// scriptCueRE is a cue line of a broadcaster's script: "/// OKORO ACT
// ///", "/// OPT ///", "/// END OPT ///".
var scriptCueRE = regexp.MustCompile(`^/{2,}\s*[A-Z][A-Z .'’-]*\s*/{2,}$`)

// scriptFieldRE is a field's name before its text in a broadcaster's
// script: "INTRO:", "TEXT:".
var scriptFieldRE = regexp.MustCompile(`^(?:INTRO|TEXT):\s+`)

func ParseText(name string, data []byte) (*Article, error) {
	if err := checkText(name, data); err != nil {
		return nil, err
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.TrimPrefix(text, "\ufeff")
	a := &Article{File: name}
	if strings.HasPrefix(text, "---\n") {
		// The closing line may follow at once: an empty header.
		close := strings.Index(text[3:], "\n---")
		if close < 0 {
			return nil, &FileError{File: name, Line: 1, Err: fmt.Errorf("%w: no closing ---", ErrFrontMatter)}
		}
		header := ""
		if close > 0 {
			header = text[4 : 3+close]
		}
		rest := text[3+close+4:]
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			rest = rest[i+1:]
		} else {
			rest = ""
		}
		var fm frontMatter
		if err := yaml.Unmarshal([]byte(header), &fm); err != nil {
			return nil, &FileError{File: name, Line: yamlLine(err, 1), Err: fmt.Errorf("%w: %s", ErrFrontMatter, yamlReason(err))}
		}
		a.Title, a.Outlet, a.URL = strings.TrimSpace(fm.Title), strings.TrimSpace(fm.Outlet), strings.TrimSpace(fm.URL)
		a.Authors, a.Topics = fm.Authors, fm.Topics
		a.Format, a.Speakers = strings.ToLower(strings.TrimSpace(fm.Format)), fm.Speakers
		if fm.Published != "" {
			t, err := ParseDate(fm.Published)
			if err != nil {
				return nil, &FileError{File: name, Line: 1 + keyLine(header, "published"), Err: fmt.Errorf("%w: published %q", ErrDate, fm.Published)}
			}
			a.Published = t
		}
		text = rest
	}
	paras := splitParagraphs(text)
	paras = dropBoilerplate(paras)
	if a.Title == "" && len(paras) > 0 {
		a.Title = strings.TrimSpace(strings.TrimLeft(paras[0], "# "))
		paras = paras[1:]
	}
	a.Paragraphs = cleanMarkdown(paras)
	fillFromBody(a)
	if len(a.Paragraphs) == 0 {
		return nil, &FileError{File: name, Err: ErrNoText}
	}
	return a, nil
}

var yamlLineRE = regexp.MustCompile(`line (\d+)`)

// yamlLine turns a yaml.v3 error's line into a file line; offset is the
// file line just before the YAML starts.
func yamlLine(err error, offset int) int {
	if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		if strings.Contains(err.Error(), "did not find expected") {
			// yaml.v3 gives this one the 0-based line where the
			// unclosed construct starts.
			n++
		}
		return n + offset
	}
	return offset
}

func yamlReason(err error) string {
	s := strings.TrimPrefix(err.Error(), "yaml: ")
	s = yamlLineRE.ReplaceAllString(s, "")
	s = strings.TrimLeft(s, ": ")
	s = strings.ReplaceAll(s, "unmarshal errors:\n  ", "")
	return strings.TrimSpace(s)
}

// keyLine is the 1-based line of key in a YAML header, or 1.
func keyLine(header, key string) int {
	for i, l := range strings.Split(header, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), key+":") {
			return i + 1
		}
	}
	return 1
}

// ParseDate reads a publication date: YYYY-MM-DD, an RFC 3339 date-time
// (also with a "+0000" offset, as many pages' metadata write it), an RFC
// 1123 date-time ("Wed, 25 Sep 2024 10:00:00 GMT", the form of feeds and
// HTTP), or a few common written forms ("September 25, 2024",
// "25 September 2024", "25 Sep 2024").
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{dateLayout, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006/01/02",
		"January 2, 2006", "Jan. 2, 2006", "Jan 2, 2006", "2 January 2006", "Monday, January 2, 2006",
		"2006-01-02T15:04:05-0700", "2006-01-02T15:04", time.RFC1123Z, time.RFC1123, "2 Jan 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("%w: %q", ErrDate, s)
}

// wrapWidth: a line longer than this was not wrapped by hand, so a block
// of text holding one is written one paragraph a line.
const wrapWidth = 100

// splitParagraphs cuts a body into paragraphs: at blank lines, and at every
// line break of a block written one paragraph a line (a line break inside
// a block wrapped by hand is a space).
func splitParagraphs(text string) []string {
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	lines := strings.Split(text, "\n")
	unwrapped := make([]bool, len(lines))
	for i := 0; i < len(lines); {
		j, long, ended := i, false, false
		for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
			line := strings.TrimSpace(lines[j])
			long = long || utf8.RuneCountInString(line) > wrapWidth
			ended = ended || strings.ContainsAny(lastRune(line), ".?!…:;\"”")
			j++
		}
		// A block of short lines none of which ends a sentence is a
		// header's lines, each its own ("Special Briefing", "Dana
		// Whitfield, Spokesperson", "Washington, DC"): prose wrapped by
		// hand ends its last line.
		for k := i; k < j; k++ {
			unwrapped[k] = long || j-i > 1 && !ended
		}
		i = j + 1
	}
	for li, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" {
			flush()
			continue
		}
		if unwrapped[li] {
			flush()
		}
		// A broadcaster's script: a cue for the recording that follows
		// ("/// OKORO ACT ///") is no one's words; a field's name before
		// its text ("INTRO: …", "TEXT: …") is no speaker.
		if scriptCueRE.MatchString(line) {
			flush()
			continue
		}
		if m := scriptFieldRE.FindStringIndex(line); m != nil {
			flush()
			line = strings.TrimSpace(line[m[1]:])
		}
		// Markdown headings and list items stand alone.
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "- ") || strings.HasPrefix(line, "* ") {
			flush()
			paras = append(paras, line)
			continue
		}
		// A transcript's turn starts a paragraph even without a blank line
		// before it ("MR MILLER: …", "Q    …").
		if _, _, turn := label(strings.TrimLeft(line, "*_ ")); turn {
			flush()
		}
		cur = append(cur, line)
	}
	flush()
	paras = splitInlineTurns(paras)
	// A speaker's label alone ("MR MILLER:", "QUESTION:") heads the
	// paragraph after it; a dateline ("WASHINGTON:") is left alone.
	for i := 0; i+1 < len(paras); i++ {
		if headsNext(paras[i]) {
			if _, _, next := label(paras[i+1]); !next {
				paras[i] += " " + paras[i+1]
				paras = append(paras[:i+1], paras[i+2:]...)
			}
		}
	}
	return paras
}

var (
	mdLinkRE     = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdEmphasisRE = regexp.MustCompile(`(\*\*|__)(.+?)(\*\*|__)`)
	htmlTagRE    = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
	spacesRE     = regexp.MustCompile(`\s+`)
)

// oddSpaces are Unicode spaces that news pages use between words.
var oddSpaces = strings.NewReplacer("\u00a0", " ", "\u2009", " ", "\u202f", " ", "\u2007", " ", "\u200b", "", "\u2002", " ", "\u2003", " ", "\t", " ")

func cleanMarkdown(paras []string) []string {
	out := paras[:0]
	for _, p := range paras {
		p = oddSpaces.Replace(p)
		p = mdEmphasisRE.ReplaceAllString(p, "$2")
		p = strings.TrimLeft(p, "#>-* ")
		p = mdLinkRE.ReplaceAllString(p, "$1")
		p = mdEmphasisRE.ReplaceAllString(p, "$2")
		p = htmlTagRE.ReplaceAllString(p, " ")
		p = strings.TrimSpace(spacesRE.ReplaceAllString(p, " "))
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// boilerplateRE matches lines that are page furniture, not article text.
var boilerplateRE = regexp.MustCompile(`(?i)^(.{0,200}contributed (reporting|to this (report|story))\.?|this (story|article) has been updated.*|this is a developing story.*|(updated|published) \d{1,2}:\d{2}.*|got a (news )?tip.*|skip to (main )?content|jump to comments.*|article topic follows:.*|advertisement|share (this|on).*|sign up.*newsletter.*|read more:?.*|related:.*|the-cnn-wire|photos?:.*|image:.*|(be part of|join) the conversation|.*community guidelines.*|if you would like to share a story idea.*|.*cookies?.*(accept|consent|policy).*|all rights reserved\.?|follow us.*|subscribe.*)$`)

var copyrightRE = regexp.MustCompile(`(?i)(©|\(c\) \d{4}|copyright \d{4}|all rights reserved)`)

// dropBoilerplate removes navigation, captions, duplicated lines and what
// follows a copyright line near the end of the text.
func dropBoilerplate(paras []string) []string {
	seen := map[string]bool{}
	var out []string
	for i, p := range paras {
		t := strings.TrimSpace(p)
		if copyrightRE.MatchString(t) && len(t) < 300 && i >= len(paras)/2 {
			break
		}
		if boilerplateRE.MatchString(t) || strings.Contains(t, "<i>") || strings.Contains(t, "<br") {
			continue
		}
		if seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	// A caption is repeated right after the photo credit; the credit line
	// itself ("Hussein Malla/AP via CNN Newsource") has no sentence end.
	return out
}

var (
	bylineRE   = regexp.MustCompile(`^By ([A-Z][^,]+(?:, [A-Z][^,]+)*?)(?: and ([A-Z][\w.' -]+))?(?:, ([A-Z][\w ]+))?$`)
	datelineRE = regexp.MustCompile(`^(?:[A-Z][A-Z .,'-]*\s)?\(([A-Z][A-Za-z ]{1,20})\)\s*[—–-]`)
)

// fillFromBody takes a byline ("By A, B and C, CNN") and a dateline outlet
// ("(CNN) —") from the body when the front matter did not give them, and
// drops the byline and short caption lines before it.
func fillFromBody(a *Article) {
	for i, p := range a.Paragraphs {
		if i > 6 {
			break
		}
		if m := bylineRE.FindStringSubmatch(p); m != nil && len(p) < 200 {
			if len(a.Authors) == 0 {
				for _, n := range strings.Split(m[1], ",") {
					a.Authors = append(a.Authors, strings.TrimSpace(n))
				}
				if m[2] != "" {
					a.Authors = append(a.Authors, strings.TrimSpace(m[2]))
				}
			}
			if a.Outlet == "" && m[3] != "" {
				a.Outlet = m[3]
			}
			// Everything before the byline is headline furniture.
			a.Header = append(a.Header, a.Paragraphs[:i]...)
			a.Paragraphs = a.Paragraphs[i+1:]
			break
		}
	}
	if a.Outlet == "" && len(a.Paragraphs) > 0 {
		if m := datelineRE.FindStringSubmatch(a.Paragraphs[0]); m != nil {
			a.Outlet = m[1]
		}
	}
	// Short lines with no sentence end before the first real paragraph are
	// captions and credits.
	for len(a.Paragraphs) > 1 && !strings.ContainsAny(lastRune(a.Paragraphs[0]), ".?!”\"") && len(a.Paragraphs[0]) < 200 && datelineRE.FindString(a.Paragraphs[0]) == "" {
		a.Header = append(a.Header, a.Paragraphs[0])
		a.Paragraphs = a.Paragraphs[1:]
	}
}

func lastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	return string(r)
}

// Kind of file, by extension.
func fileKind(name string) string {
	switch strings.ToLower(path.Ext(name)) {
	case ".md", ".markdown", ".txt", ".text":
		return "text"
	case ".html", ".htm":
		return "html"
	case ".yaml", ".yml":
		return "curated"
	}
	return ""
}
