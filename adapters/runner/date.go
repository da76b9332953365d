package runner

import "time"

// Noon returns a day written YYYY-MM-DD (the start of an RFC 3339 time
// counts) as noon UTC that day, for the platforms that show a time in each
// reader's own time zone: noon keeps the same calendar day from UTC-11 to
// UTC+11, where a day's midnight would show the day before in the
// Americas. ok is false for anything else ("", "2024-09", "last week").
func Noon(day string) (t time.Time, ok bool) {
	if len(day) < 10 {
		return time.Time{}, false
	}
	d, err := time.Parse(time.DateOnly, day[:10])
	if err != nil || (len(day) > 10 && day[10] != 'T' && day[10] != ' ') {
		return time.Time{}, false
	}
	return d.Add(12 * time.Hour), true
}
