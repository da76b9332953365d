package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/talkbot/talkbot/lexicon"
)

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

var months = map[string]time.Month{"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
	"april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12}

const monthRE = `(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept(?:ember|\.)?|Sep\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`

var (
	weekdayRE = regexp.MustCompile(`(?i)\b(last |this |on |earlier |later |late |early |through |until |till |by |next |before |this coming |coming )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)( night| morning| afternoon| evening)?\b`)
	// A weekday that heads an explicit date ("Friday, August 1") is that date.
	weekdayDateRE = regexp.MustCompile(`^,?\s+` + monthRE + `\s+\d`)
	// "a day after <someone> spoke": they spoke the day before.
	dayAfterRE = regexp.MustCompile(`(?i)\b(?:a|one|the) day after\b`)
	// The day before the day the sentence is about ("said the day before").
	dayBeforeRE   = regexp.MustCompile(`(?i)\b(?:the day before|a day earlier|the previous day|the day prior|the preceding day)\b`)
	monthDayRE    = regexp.MustCompile(`\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`)
	dayMonthRE    = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `\b(?:,?\s+(\d{4}))?`)
	isoDateRE     = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	relDayRE      = regexp.MustCompile(`(?i)\b(yesterday|today|tonight|this morning|this afternoon|this evening|last night)\b`)
	vagueDateRE   = regexp.MustCompile(`\b([Ll]ast (week|month|year|weekend)|[Ee]arlier this (week|month|year)|this (week|month)|in recent (days|weeks|months)|(the )?past (few )?(days|weeks|months)|[Rr]ecently|weeks ago|days ago|months ago)\b`)
	quotedTitleRE = regexp.MustCompile(`[“"‘][^”"’]{1,60}[”"’]`)
)

// dateIn finds when something was said from the words in s, resolved
// against the publication date pub. ok is false when s has no date words;
// a vague expression ("last week") gives ok with an empty date.
func dateIn(s string, pub time.Time) (date string, ok bool) {
	if !mayHaveDate(s) {
		return "", false
	}
	// A show's name ("This Week") is not a date.
	s = quotedTitleRE.ReplaceAllString(s, "")
	type hit struct {
		pos  int
		date string
	}
	var best *hit
	consider := func(pos int, d string) {
		if d != "" && !pub.IsZero() && d > pub.Format(dateLayout) {
			return // a day still to come is what was talked about, not when
		}
		if best == nil || pos < best.pos {
			best = &hit{pos, d}
		}
	}
	if m := isoDateRE.FindStringSubmatchIndex(s); m != nil {
		consider(m[0], s[m[2]:m[3]]+"-"+s[m[4]:m[5]]+"-"+s[m[6]:m[7]])
	}
	if m := monthDayRE.FindStringSubmatchIndex(s); m != nil {
		mon := months[strings.ToLower(strings.TrimSuffix(s[m[2]:m[3]], "."))]
		day, _ := strconv.Atoi(s[m[4]:m[5]])
		year := 0
		if m[6] >= 0 {
			year, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		if d := calendarDate(year, mon, day, pub); d != "" {
			consider(m[0], d)
		}
	}
	if m := dayMonthRE.FindStringSubmatchIndex(s); m != nil {
		day, _ := strconv.Atoi(s[m[2]:m[3]])
		mon := months[strings.ToLower(strings.TrimSuffix(s[m[4]:m[5]], "."))]
		year := 0
		if m[6] >= 0 {
			year, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		if d := calendarDate(year, mon, day, pub); d != "" {
			consider(m[0], d)
		}
	}
	if !pub.IsZero() {
		if pos, d, ok := weekdayIn(s, pub); ok {
			consider(pos, d)
		}
		if m := dayBeforeRE.FindStringIndex(s); m != nil && !namesAnother(s[m[1]:]) {
			consider(m[0], pub.AddDate(0, 0, -1).Format(dateLayout))
		}
		if m := relDayRE.FindStringSubmatchIndex(s); m != nil {
			switch strings.ToLower(s[m[2]:m[3]]) {
			case "yesterday", "last night":
				consider(m[0], pub.AddDate(0, 0, -1).Format(dateLayout))
			default:
				consider(m[0], pub.Format(dateLayout))
			}
		}
	}
	if m := vagueDateRE.FindStringIndex(s); m != nil {
		consider(m[0], "")
	}
	if best == nil {
		return "", false
	}
	return best.date, true
}

// weekdayIn resolves the first weekday of s to the latest such day on or
// before pub. Talks that go on "through Friday" were not spoken of on
// Friday, and "Friday, August 1" is read as its explicit date.
func weekdayIn(s string, pub time.Time) (pos int, date string, ok bool) {
	for _, m := range weekdayRE.FindAllStringSubmatchIndex(s, -1) {
		prefix := ""
		if m[2] >= 0 {
			prefix = strings.ToLower(strings.TrimSpace(s[m[2]:m[3]]))
		}
		if future[prefix] || weekdayDateRE.MatchString(s[m[1]:]) {
			continue
		}
		wd := weekdays[strings.ToLower(s[m[4]:m[5]])]
		back := (int(pub.Weekday()) - int(wd) + 7) % 7
		if back > 0 && plannedFor(s[:m[0]]) {
			continue // planned for the day: one still to come, not the day before
		}
		if prefix == "last" && back == 0 {
			back = 7
		}
		return m[0], pub.AddDate(0, 0, -back).Format(dateLayout), true
	}
	return 0, "", false
}

// plannedRE is what makes the day a sentence names next a day still to
// come: "plan to sign the deal Thursday", "are due to meet Friday", "will
// vote Monday". Not "due to" of a cause: "halted due to shelling Monday".
var plannedRE = regexp.MustCompile(`\b(?:will|plans? to|planned to|planning to|are to|is to|expected to|(?:is|are|was|were|be) due to|scheduled to|scheduled for|set to|going to)\s`)

// plannedSaidRE is a verb of saying after the plan: the day names when it
// was said ("the two, who will meet again, said Thursday").
var plannedSaidRE = regexp.MustCompile(`\b(?:said|says|told|announced|added|stated)\b`)

// pastBetweenRE is a verb in the past between a plan and its day: what
// was done then, not planned ("broke off", "was signed", "met").
var pastBetweenRE = regexp.MustCompile(`\b(?:[a-z]+ed|was|were|had|met|broke|began|came|went|took|left|made|held|fell|won|lost|sent|told|gave)\b`)

// plannedFor: the words before a weekday plan something for it.
func plannedFor(before string) bool {
	if i := strings.LastIndexAny(before, ".;"); i >= 0 {
		before = before[i+1:]
	}
	loc := plannedRE.FindAllStringIndex(before, -1)
	if loc == nil {
		return false
	}
	// The plan is the day's: a few words before it, another day or a
	// verb of saying not between ("will resume Monday after the talks
	// broke off Friday").
	rest := before[loc[len(loc)-1][1]:]
	if plannedSaidRE.MatchString(rest) || weekdayRE.MatchString(rest) {
		return false
	}
	// Further off, the plan still holds when nothing between tells of a
	// thing done: "will represent the country at the signing ceremonies
	// in Norland Sunday", not "will resume after the talks broke down
	// Friday".
	return len(strings.Fields(rest)) <= 6 || len(strings.Fields(rest)) <= 14 && !pastBetweenRE.MatchString(rest)
}

// future are the words before a weekday that make it a day still to come.
var future = lexicon.FutureMarkerSet()

// namesAnother: the words after "the day before" name the day it is
// counted from ("the day before the vote"), which the text alone does not date.
func namesAnother(rest string) bool {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	w := f[0]
	switch strings.ToLower(w) {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my":
		return true
	}
	return isCap(w) || strings.ContainsAny(w[:1], "0123456789")
}

// dateHints are the letters every date expression contains; text without
// any of them and without a digit has no date.
var dateHints = []string{"day", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
	"tonight", "morning", "afternoon", "evening", "night", "week", "month", "year", "ecent", "ago", "past"}

func mayHaveDate(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	for _, h := range dateHints {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// aheadDays is how far past the publication date a day named without a year
// is read as still to come rather than as the same day a year before.
const aheadDays = 60

// calendarDate builds a date from a month and day, taking the year from pub
// when none is given (the latest such date on or before pub).
func calendarDate(year int, mon time.Month, day int, pub time.Time) string {
	if mon == 0 || day < 1 || day > 31 {
		return ""
	}
	if year == 0 {
		if pub.IsZero() {
			return ""
		}
		// The latest such day on or before pub, unless it falls within
		// the weeks ahead ("the July 20th deadline" in a July 3 text).
		year = pub.Year()
		if t := time.Date(year, mon, day, 0, 0, 0, 0, time.UTC); t.After(pub.AddDate(0, 0, aheadDays)) {
			year--
		}
	}
	t := time.Date(year, mon, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return ""
	}
	return t.Format(dateLayout)
}

// spokeDayBefore reads "<event> a day after <people> commented": the people
// named after the phrase spoke the day before the event's day (the date in
// front of the phrase, else pub). rest is what follows the phrase; ok is
// false when the sentence says no such thing.
func spokeDayBefore(s string, pub time.Time) (rest, date string, ok bool) {
	m := dayAfterRE.FindStringIndex(s)
	if m == nil || pub.IsZero() {
		return "", "", false
	}
	rest = s[m[1]:]
	spoke := false
	for _, w := range strings.Fields(rest) {
		w = strings.ToLower(strings.Trim(w, ",.;:"))
		if remarkVerbs[w] || speechVerbs[w] {
			spoke = true
			break
		}
	}
	if !spoke {
		return "", "", false
	}
	ref := pub
	if d, ok := dateIn(s[:m[0]], pub); ok && d != "" {
		if t, err := time.Parse(dateLayout, d); err == nil {
			ref = t
		}
	}
	return rest, ref.AddDate(0, 0, -1).Format(dateLayout), true
}
