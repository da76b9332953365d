package lexicon

import "strings"

// usPresidents are the Presidents of the United States since 1977, each
// with the day their term began (20 January), in order.
var usPresidents = []struct{ from, name string }{
	{"1977-01-20", "Jimmy Carter"}, {"1981-01-20", "Ronald Reagan"}, {"1989-01-20", "George H. W. Bush"},
	{"1993-01-20", "Bill Clinton"}, {"2001-01-20", "George W. Bush"}, {"2009-01-20", "Barack Obama"},
	{"2017-01-20", "Donald Trump"}, {"2021-01-20", "Joe Biden"}, {"2025-01-20", "Donald Trump"},
}

// usPresidentsUntil is the day the last term listed ends.
const usPresidentsUntil = "2029-01-20"

// USPresidentOn returns the President of the United States on day
// (YYYY-MM-DD): who "the President" of a White House document of that
// day is. "" for a day before 1977 or after the last term listed, or no
// day.
func USPresidentOn(day string) string {
	if len(day) != len("2006-01-02") || day >= usPresidentsUntil || day < usPresidents[0].from {
		return ""
	}
	name := ""
	for _, p := range usPresidents {
		if strings.Compare(day, p.from) >= 0 {
			name = p.name
		}
	}
	return name
}
