package bot

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/talkbot/talkbot/lexicon"
)

// DateScope is the stretch of time a question is about: "in March 2024",
// "on Nov 21", "early February 2024", "as of June 3, 2024", "since May",
// "before 2015". A month or day without a year is the latest such one the
// corpus has, resolved by Range.
type DateScope struct {
	// Text is the words of the question that gave the scope ("as of nov
	// 2014"); empty when the question has none.
	Text string
	// Year is 0 when the question gave none; Month 0 for a whole year.
	Year, Month int
	// Day is one day of the month; 0 for the whole month or a part of it.
	Day int
	// Part narrows a month: "early" (1–10), "mid" (11–20), "late" (21–).
	Part string
	// Rel says how the stretch bounds the question: "" (within it), "asof"
	// (up to its end: nothing said later), "before", "since".
	Rel string
	// bare: no word before the date said how it bounds the question
	// ("the reality of October 6" may be words, not a scope).
	bare bool
	// names: the date tells which thing is meant ("the may 2023
	// ceasefire", "the 2022 truce").
	names bool
}

// IsZero reports a question with no date scope.
func (d DateScope) IsZero() bool { return d.Year == 0 && d.Month == 0 }

// AsOf reports a scope that stops at a date and keeps everything before
// it: "as of", "by", "until", "before".
func (d DateScope) AsOf() bool { return d.Rel == "asof" || d.Rel == "before" }

// months maps the names and short forms of months.
var months = map[string]int{}

func init() {
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		months[name] = int(m)
		months[name[:3]] = int(m)
	}
	months["sept"] = 9
}

// dateRels map the words before a date to how it bounds the question.
var dateRels = map[string]string{
	"as of": "asof", "by": "asof", "until": "asof", "till": "asof", "up to": "asof",
	"before": "before", "prior to": "before",
	"since": "since", "after": "since",
	"in": "", "during": "", "on": "", "from": "", "of": "", "around": "",
}

const monthAlt = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`

var (
	// A month with an optional part, day and year, after an optional
	// relation: "as of end of july 2014", "on june 29 2015", "mid-January
	// 2025", "nov 14 2023", "(aug 2014)". A year may be written short
	// after an apostrophe ("feb '99"), or as a number no day can be
	// ("april 96"), which the day's place holds (shortYear).
	monthScopeRE = regexp.MustCompile(`(?i)(?:\b(as of|by|until|till|up to|before|prior to|since|after|in|during|on|from|around)\s+)?(?:\b(?:the\s+)?(early|mid|late|end of|the end of|beginning of|start of)[\s-]*)?\b(` + monthAlt + `)(?:\.|\b)(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(\d{4}|['’]\d{2})\b)?`)
	// A year alone after a relation: "in 2024", "before 2015", "as of 2023".
	yearScopeRE = regexp.MustCompile(`(?i)\b(as of|by|until|before|prior to|since|after|in|during|of)\s+((?:19|20)\d{2})\b`)
)

// monthStarts begin every month monthAlt names.
var monthStarts = [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// dateLike: q may hold a date scope, as a month (the start of one of
// monthAlt's names) or a digit (every year), which the regular expressions
// of a scope need; most questions have neither, and those expressions
// cost a third of a question's parse when run over them. Text that is
// not ASCII is left to the expressions, whose case folding knows letters
// (the long s, the Kelvin sign) that ToLower does not make ASCII.
func dateLike(q string) bool {
	for i := 0; i < len(q); i++ {
		if c := q[i]; c >= utf8.RuneSelf || c >= '0' && c <= '9' {
			return true
		}
	}
	l := strings.ToLower(q)
	for _, m := range monthStarts {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// findDateScope finds the date scope in a question, outside the words it
// quotes, and returns the question without it.
func findDateScope(q, quoted string) (DateScope, string) {
	if quoted != "" {
		if i := strings.Index(q, quoted); i >= 0 {
			d, rest := findDateScope(q[:i]+strings.Repeat("\x00", len(quoted))+q[i+len(quoted):], "")
			return d, strings.Replace(rest, strings.Repeat("\x00", len(quoted)), quoted, 1)
		}
	}
	if !dateLike(q) {
		return DateScope{}, q
	}
	for _, m := range monthScopeRE.FindAllStringSubmatchIndex(q, -1) {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return strings.ToLower(q[m[2*i]:m[2*i+1]])
		}
		rel, part, mon, day, year := g(1), g(2), g(3), g(4), g(5)
		month := months[strings.TrimSuffix(mon, ".")]
		if len(mon) > 3 && mon != "june" && mon != "july" && mon != "sept" && months[mon] == 0 {
			month = months[mon[:3]]
		}
		if month == 0 {
			continue
		}
		// "may", "march", "dec" are also words: a month needs a relation,
		// a part, a day or a year to be one.
		if rel == "" && part == "" && day == "" && year == "" {
			continue
		}
		if mon == "may" && day == "" && year == "" && part == "" && rel != "in" && rel != "since" && rel != "by" && rel != "as of" && rel != "until" && rel != "before" {
			continue
		}
		if rel == "" && part == "" && namesThing(q[:m[0]], q[m[1]:]) && (day != "" || year == "") {
			// "why did Baku cancel the november 20 talks": the date
			// tells which talks, not when the words were said.
			// The date stays in the words. A month and year alone ("the
			// may 2023 ceasefire") tells which too, and what was said of
			// it then is what was said that month: a bare scope, which
			// the search drops for the words naming it when nothing
			// said then fits.
			continue
		}
		d := DateScope{Text: strings.TrimSpace(q[m[0]:m[1]]), Month: month, Rel: dateRels[rel], bare: rel == "" || rel == "of"}
		d.names = rel == "" && part == "" && namesThing(q[:m[0]], q[m[1]:])
		if (rel == "" || rel == "on" || rel == "in") && part == "" && actBefore(q[:m[0]]) {
			// "the truce announced on dec 13": the day of the act, which
			// was spoken of then or after; not a bound on the words.
			d.bare, d.names = true, true
		}
		d.Year, _ = strconv.Atoi(year)
		if short := strings.TrimLeft(year, "'’"); short != year {
			n, _ := strconv.Atoi(short) // "'99"
			d.Year = shortYear(n)
		}
		d.Day, _ = strconv.Atoi(day)
		if d.Day > 31 {
			if year == "" {
				d.Year = shortYear(d.Day) // "april 96"
			}
			d.Day = 0
		}
		switch part {
		case "early", "beginning of", "start of":
			d.Part = "early"
		case "mid":
			d.Part = "mid"
		case "late", "end of", "the end of":
			d.Part = "late"
		}
		return d, strings.TrimSpace(spaceRE.ReplaceAllString(q[:m[0]]+" "+q[m[1]:], " "))
	}
	if m := yearScopeRE.FindStringSubmatchIndex(q); m != nil {
		year, _ := strconv.Atoi(q[m[4]:m[5]])
		d := DateScope{Text: q[m[0]:m[1]], Year: year, Rel: dateRels[strings.ToLower(q[m[2]:m[3]])]}
		return d, strings.TrimSpace(spaceRE.ReplaceAllString(q[:m[0]]+" "+q[m[1]:], " "))
	}
	for _, m := range yearThingRE.FindAllStringSubmatchIndex(q, -1) {
		// "who brokered the 2022 truce": the year tells which truce, as a
		// month and year does.
		if !thingAfterRE.MatchString(q[m[1]:]) {
			continue
		}
		year, _ := strconv.Atoi(q[m[2]:m[3]])
		d := DateScope{Text: q[m[2]:m[3]], Year: year, bare: true, names: true}
		return d, strings.TrimSpace(spaceRE.ReplaceAllString(q[:m[2]]+" "+q[m[3]:], " "))
	}
	return DateScope{}, q
}

// yearThingRE finds a year that modifies a noun: "the 2022 truce".
var yearThingRE = regexp.MustCompile(`(?i)\bthe\s+((?:19|20)\d{2})\b`)

var (
	// theBeforeRE ends the words before a date that modifies a noun: "the",
	// and the word before it ("cancel the", "about the", "on the").
	theBeforeRE = regexp.MustCompile(`(?i)(?:^|\s)(\S+)\s+the\s*$`)
	// thingAfterRE opens the words after such a date with what it names.
	thingAfterRE = regexp.MustCompile(`(?i)^\s*(?:[a-z]+\s+)?(?:deal|agreement|accord|proposal|plan|truce|ceasefire|cease-fire|framework|offer|pact|deadline|resolution|talks|summit|meeting|round|swap|exchange|release)s?\b`)
)

// occasionWords before "the <date> <thing>" make the thing when the words
// were said: "on the july 3 call", "at the june 10 talks".
var occasionWords = lexicon.OccasionPrepositionSet()

// namesThing: the date between before and after tells which deal, talks or
// proposal is meant ("the november 20 talks", "the may 6 proposal"), and is
// not when anything was said; "on the july 3 call" still is.
func namesThing(before, after string) bool {
	m := theBeforeRE.FindStringSubmatch(before)
	if m == nil || occasionWords[strings.ToLower(m[1])] {
		return false
	}
	return thingAfterRE.MatchString(after)
}

// Range turns the scope into inclusive YYYY-MM-DD bounds; either may be
// "". latest is the newest date the corpus has, for a scope without a
// year (the latest such month on or before it).
func (d DateScope) Range(latest string) (from, to string) {
	if d.IsZero() {
		return "", ""
	}
	year := d.Year
	if year == 0 {
		l, err := time.Parse("2006-01-02", latest)
		if err != nil {
			return "", ""
		}
		year = l.Year()
		if d.Month > int(l.Month()) || d.Month == int(l.Month()) && d.Day > l.Day() {
			year--
		}
	}
	var start, end time.Time
	switch {
	case d.Month == 0:
		start = time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
		end = time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
	case d.Day > 0:
		start = time.Date(year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		end = start
	default:
		start = time.Date(year, time.Month(d.Month), 1, 0, 0, 0, 0, time.UTC)
		end = start.AddDate(0, 1, -1)
		switch d.Part {
		case "early":
			end = start.AddDate(0, 0, 9)
		case "mid":
			start, end = start.AddDate(0, 0, 10), start.AddDate(0, 0, 19)
		case "late":
			start = start.AddDate(0, 0, 20)
		}
	}
	f, t := start.Format("2006-01-02"), end.Format("2006-01-02")
	switch d.Rel {
	case "asof":
		return "", t
	case "before":
		return "", start.AddDate(0, 0, -1).Format("2006-01-02")
	case "since":
		return f, ""
	}
	return f, t
}

// actBefore: the words before a date end with an act done to a deal or
// truce ("… the ceasefire announced", "… the deal signed").
func actBefore(before string) bool {
	f := strings.Fields(strings.ToLower(before))
	return len(f) > 1 && lexicon.IsDealActParticiple(f[len(f)-1])
}

// shortYear is the year a two-digit year stands for: this century's up to
// 49 ("'24", "'03"), the last century's from 50 ("'99", "96").
func shortYear(n int) int {
	if n < 50 {
		return 2000 + n
	}
	return 1900 + n
}
