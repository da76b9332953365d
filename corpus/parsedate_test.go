package corpus

import "testing"

// The forms publication dates take in front matter, page metadata and
// feeds.
func TestParseDate(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2024-09-25", "2024-09-25"},
		{"2024-09-25T10:00:00Z", "2024-09-25"},
		{"2024-09-25T10:00:00.000Z", "2024-09-25"},
		{"2024-09-25T23:30:00-05:00", "2024-09-25"},
		{"2024-09-25T10:00:00+0000", "2024-09-25"},
		{"2024-09-25T10:00:00.000+0000", "2024-09-25"},
		{"2024-09-25T10:00", "2024-09-25"},
		{"Wed, 25 Sep 2024 10:00:00 +0000", "2024-09-25"},
		{"Wed, 25 Sep 2024 10:00:00 GMT", "2024-09-25"},
		{"September 25, 2024", "2024-09-25"},
		{"25 Sep 2024", "2024-09-25"},
		{"next tuesday-ish", ""},
		{"", ""},
	} {
		got, err := ParseDate(tc.in)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("ParseDate(%q) = %s; want an error", tc.in, got.Format(dateLayout))
		case tc.want != "" && (err != nil || got.Format(dateLayout) != tc.want):
			t.Errorf("ParseDate(%q) = %s, %v; want %s", tc.in, got.Format(dateLayout), err, tc.want)
		}
	}
}
