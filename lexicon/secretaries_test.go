package lexicon

import "testing"

// TestUSSecretaryOn: the Secretary of State or of Defense on a day, the
// new one from the day they are sworn in; no one while an acting
// Secretary held the office, before 1977, after the days covered, or for
// no day.
func TestUSSecretaryOn(t *testing.T) {
	for _, tt := range []struct {
		on        func(string) string
		day, want string
	}{
		{USSecretaryOfStateOn, "1995-11-21", "Warren Christopher"},
		{USSecretaryOfStateOn, "2013-01-31", "Hillary Clinton"},
		{USSecretaryOfStateOn, "2013-02-01", "John Kerry"},
		{USSecretaryOfStateOn, "2016-09-29", "John Kerry"},
		{USSecretaryOfStateOn, "2017-01-25", ""},
		{USSecretaryOfStateOn, "2018-04-10", ""},
		{USSecretaryOfStateOn, "2022-06-03", "Antony Blinken"},
		{USSecretaryOfStateOn, "2026-05-01", "Marco Rubio"},
		{USSecretaryOfStateOn, "1976-07-04", ""},
		{USSecretaryOfStateOn, "2031-01-01", ""},
		{USSecretaryOfStateOn, "2014", ""},
		{USSecretaryOfDefenseOn, "2014-07-18", "Chuck Hagel"},
		{USSecretaryOfDefenseOn, "2015-02-17", "Ashton Carter"},
		{USSecretaryOfDefenseOn, "2019-03-01", ""},
		{USSecretaryOfDefenseOn, "2024-08-13", "Lloyd Austin"},
		{USSecretaryOfDefenseOn, "", ""},
	} {
		if got := tt.on(tt.day); got != tt.want {
			t.Errorf("%q: got %q; want %q", tt.day, got, tt.want)
		}
	}
}
