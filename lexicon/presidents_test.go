package lexicon

import "testing"

// TestUSPresidentOn: the President on a day, the new one from the day
// their term begins; none outside the days the list covers.
func TestUSPresidentOn(t *testing.T) {
	for _, tt := range []struct{ day, want string }{
		{"1995-11-21", "Bill Clinton"},
		{"2009-01-19", "George W. Bush"},
		{"2009-01-20", "Barack Obama"},
		{"2016-12-20", "Barack Obama"},
		{"2017-02-10", "Donald Trump"},
		{"2024-03-05", "Joe Biden"},
		{"2025-03-06", "Donald Trump"},
		{"1976-07-04", ""},
		{"2031-01-01", ""},
		{"", ""},
		{"2014", ""},
	} {
		if got := USPresidentOn(tt.day); got != tt.want {
			t.Errorf("USPresidentOn(%q) = %q; want %q", tt.day, got, tt.want)
		}
	}
}
