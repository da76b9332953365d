package corpus

import (
	"path"
	"strings"
	"time"

	"github.com/talkbot/talkbot/lexicon"
)

// A format is one kind of document the loader reads: news text, a saved
// web page, a transcript, a readout, a curated statements file. Each
// recognises itself and reads itself; the loader asks the formats in the
// order of the formats list and the first whose Detect accepts a file
// reads it. A new format is one file with a type that implements format
// and one line in that list.
type format interface {
	// Name is the format's name, as front matter's "format:" gives it.
	Name() string
	// Detect reports whether f is in this format. It may parse f's
	// article (input.Article caches it); it must not fail.
	Detect(f *input) bool
	// Read returns the article f holds (nil for a file that is not an
	// article, such as a curated statements file) and its statements,
	// or a *FileError saying why f cannot be read.
	Read(f *input) (*Article, []Statement, error)
}

// formats are tried in this order; the last ones take any text or page.
var formats = []format{
	curatedFormat{},
	transcriptFormat{},
	readoutFormat{},
	speechFormat{},
	pageFormat{},
	newsFormat{},
}

// input is one file being loaded: its name and bytes, and the article in
// it once parsed.
type input struct {
	Name string
	Data []byte

	parsed  bool
	article *Article
	err     error
}

// Ext is the file's extension in lower case, with its dot.
func (f *input) Ext() string { return strings.ToLower(path.Ext(f.Name)) }

// Article parses the file as an article, once: a saved web page for
// .html and .htm, Markdown or plain text otherwise.
func (f *input) Article() (*Article, error) {
	if !f.parsed {
		f.parsed = true
		if fileKind(f.Name) == "html" {
			f.article, f.err = ParseHTML(f.Name, f.Data)
		} else {
			f.article, f.err = ParseText(f.Name, f.Data)
		}
	}
	return f.article, f.err
}

// formatOf returns the format that reads f.
func formatOf(f *input) format {
	for _, fm := range formats {
		if fm.Detect(f) {
			return fm
		}
	}
	return newsFormat{}
}

// declared reports whether the article's front matter names its format:
// the format is one of names (yes), another one (no), or none (unknown).
func declared(a *Article, names ...string) (yes, known bool) {
	if a == nil || a.Format == "" {
		return false, false
	}
	for _, n := range names {
		if a.Format == n {
			return true, true
		}
	}
	return false, true
}

// curatedFormat is a hand-kept statements file (YAML).
type curatedFormat struct{}

func (curatedFormat) Name() string         { return "curated" }
func (curatedFormat) Detect(f *input) bool { return fileKind(f.Name) == "curated" }
func (curatedFormat) Read(f *input) (*Article, []Statement, error) {
	sts, err := ParseCurated(f.Name, f.Data)
	return nil, sts, err
}

// pageFormat is a saved web page of news.
type pageFormat struct{}

func (pageFormat) Name() string         { return "page" }
func (pageFormat) Detect(f *input) bool { return fileKind(f.Name) == "html" }
func (pageFormat) Read(f *input) (*Article, []Statement, error) {
	a, err := f.Article()
	if err != nil {
		return nil, nil, err
	}
	return a, Extract(a), nil
}

// newsFormat is a news article in Markdown or plain text: the format of
// any text no other format claims.
type newsFormat struct{}

func (newsFormat) Name() string         { return "news" }
func (newsFormat) Detect(f *input) bool { return fileKind(f.Name) == "text" }
func (newsFormat) Read(f *input) (*Article, []Statement, error) {
	a, err := f.Article()
	if err != nil {
		return nil, nil, err
	}
	return a, Extract(a), nil
}

// namesFromCorpus is a format whose documents name people by surname or
// role only ("MR MILLER:", "President Obama"), to be named in full from
// the rest of the corpus once every file is read.
type namesFromCorpus interface {
	namesFromCorpus() bool
}

func (transcriptFormat) namesFromCorpus() bool { return true }
func (readoutFormat) namesFromCorpus() bool    { return true }

// nameFromCorpus names, once every file is read, the speakers of the
// statements at idx that their document named by surname or role alone:
// a surname ("Obama") becomes the full name when exactly one person in the
// corpus has it, taking that person's most used title when the statement
// has none; a bare role ("the President" of a "Remarks by the President")
// becomes the person who holds that title in other documents of the same
// outlet, the one speaking nearest in time (within four years).
func nameFromCorpus(stmts []Statement, idx []int) {
	if len(idx) == 0 {
		return
	}
	full := map[string]map[string]int{}   // surname → full names → count
	titles := map[string]map[string]int{} // full name → titles → count
	type holder struct{ name, outlet, title, day string }
	var holders []holder
	for _, s := range stmts {
		f := strings.Fields(s.Speaker)
		if len(f) == 0 || !isCap(f[0]) || !isCap(f[len(f)-1]) {
			continue
		}
		if s.SpeakerTitle != "" && s.SaidOn != "" {
			holders = append(holders, holder{s.Speaker, s.Source.Outlet, strings.ToLower(s.SpeakerTitle), s.SaidOn})
		}
		if len(f) < 2 {
			continue
		}
		last := f[len(f)-1]
		if full[last] == nil {
			full[last] = map[string]int{}
		}
		full[last][s.Speaker]++
		if titles[s.Speaker] == nil {
			titles[s.Speaker] = map[string]int{}
		}
		if s.SpeakerTitle != "" {
			titles[s.Speaker][s.SpeakerTitle]++
		}
	}
	for _, i := range idx {
		s := &stmts[i]
		if p, title := officeHolder(*s); p != "" {
			// "THE PRESIDENT:" of a White House page is the President
			// of its day, whoever else the corpus calls "the President";
			// "the Secretary" of a State Department or Defense page is
			// the Secretary of State or of Defense of its day.
			s.Aliases = append(s.Aliases, s.Speaker)
			s.Speaker = p
			if s.SpeakerTitle == "" {
				s.SpeakerTitle = title
			}
			continue
		}
		if s.SpeakerTitle != "" && s.Speaker == "the "+s.SpeakerTitle && s.SaidOn != "" {
			best, gap := "", 4*366
			for _, h := range holders {
				if h.outlet != s.Source.Outlet || h.title != strings.ToLower(s.SpeakerTitle) {
					continue
				}
				if d := daysApart(h.day, s.SaidOn); d >= 0 && d < gap {
					best, gap = h.name, d
				}
			}
			if best != "" {
				s.Speaker = best
			}
		}
		if strings.Contains(s.Speaker, " ") || s.Speaker == "" || !isCap(s.Speaker) || len(full[s.Speaker]) != 1 {
			continue
		}
		for name := range full[s.Speaker] {
			s.Aliases = []string{s.Speaker}
			s.Speaker = name
			if s.SpeakerTitle == "" {
				best := 0
				for t, n := range titles[name] {
					if n > best || n == best && t < s.SpeakerTitle {
						s.SpeakerTitle, best = t, n
					}
				}
			}
		}
	}
}

// officeHolder is who the bare office speaking in a U.S. government
// document is, and the office: "the President" of a White House document
// is the President of the United States on the day it was said, "the
// Secretary" of a State Department document the Secretary of State, of a
// Defense Department one the Secretary of Defense. "" for other speakers,
// other outlets (another country's ministry has its own minister), or a
// day the lexicon names no one for.
func officeHolder(s Statement) (name, title string) {
	day := s.SaidOn
	if day == "" {
		day = s.Source.Published
	}
	switch strings.ToLower(s.Speaker) {
	case "the president":
		if s.Speaker == "the President" && lexicon.IsUSPresidentOutlet(s.Source.Outlet) {
			return lexicon.USPresidentOn(day), "President"
		}
	case "the secretary":
		switch usDepartment(s.Source) {
		case "state":
			return lexicon.USSecretaryOfStateOn(day), "Secretary of State"
		case "defense":
			return lexicon.USSecretaryOfDefenseOn(day), "Secretary of Defense"
		}
	}
	return "", ""
}

// OfficeHolder is who an office a U.S. government document speaks of
// ("the President", "the Secretary", in any case) is, and the office's
// title: the President of the United States on the statement's day in a
// White House or department document ("As the President said, …" in a
// State Department briefing); the Secretary of State or of Defense as for
// a speaker (officeHolder). "" for another office, outlet or day.
func OfficeHolder(office string, s Statement) (name, title string) {
	s.Speaker = "the " + strings.TrimPrefix(strings.ToLower(strings.TrimSpace(office)), "the ")
	if s.Speaker == "the president" {
		if usDepartment(s.Source) == "" && !lexicon.IsUSPresidentOutlet(s.Source.Outlet) {
			return "", ""
		}
		s.Speaker, s.Source.Outlet = "the President", "The White House"
	}
	return officeHolder(s)
}

// usDepartment is which U.S. department published a document, "state"
// or "defense", by its outlet, its site or, for a briefing an embassy
// reposts, its title; "" for any other publisher.
func usDepartment(src Source) string {
	outlet, title, url := strings.ToLower(src.Outlet), strings.ToLower(src.Title), strings.ToLower(src.URL)
	if strings.Contains(outlet, "ministry") {
		return ""
	}
	has := func(text string, words ...string) bool {
		for _, w := range words {
			if strings.Contains(text, w) {
				return true
			}
		}
		return false
	}
	switch {
	case has(outlet, lexicon.USDepartmentOutlets("state")...) || has(url, lexicon.USDepartmentSite("state")) ||
		strings.HasPrefix(outlet, lexicon.USEmbassyOutlet) && has(title, lexicon.USDepartmentOutlets("state")...):
		return "state"
	case has(outlet, lexicon.USDepartmentOutlets("defense")...) || has(url, lexicon.USDepartmentSite("defense")):
		return "defense"
	}
	return ""
}

// daysApart is how many days lie between two YYYY-MM-DD dates, or -1.
func daysApart(a, b string) int {
	ta, err1 := time.Parse(dateLayout, a)
	tb, err2 := time.Parse(dateLayout, b)
	if err1 != nil || err2 != nil {
		return -1
	}
	d := ta.Sub(tb).Hours() / 24
	if d < 0 {
		d = -d
	}
	return int(d)
}
