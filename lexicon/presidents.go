package lexicon

// usPresidents are the Presidents of the United States since 1977, each
// from the day their term began (20 January) until the next one's, in
// order.
var usPresidents = []term{
	{"1977-01-20", "1981-01-20", "Jimmy Carter"}, {"1981-01-20", "1989-01-20", "Ronald Reagan"},
	{"1989-01-20", "1993-01-20", "George H. W. Bush"}, {"1993-01-20", "2001-01-20", "Bill Clinton"},
	{"2001-01-20", "2009-01-20", "George W. Bush"}, {"2009-01-20", "2017-01-20", "Barack Obama"},
	{"2017-01-20", "2021-01-20", "Donald Trump"}, {"2021-01-20", "2025-01-20", "Joe Biden"},
	{"2025-01-20", "", "Donald Trump"},
}

// usPresidentsUntil is the day the last term listed ends.
const usPresidentsUntil = "2029-01-20"

// USPresidentOn returns the President of the United States on day
// (YYYY-MM-DD): who "the President" of a White House document of that
// day is. "" for a day before 1977 or after the last term listed, or no
// day.
func USPresidentOn(day string) string { return holderOn(usPresidents, day) }
