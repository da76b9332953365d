package bot

import "testing"

// A question's "us" is the United States where it cannot be the pronoun,
// and its words then hold "U.S." as news writes it; else it is dropped.
func TestContentWordsUS(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"did the us offer the rebels a truce", "U.S. offer rebels truce"},
		{"is the us ready to back the accord", "U.S. ready to back accord"},
		{"what did us envoys promise the mediators", "U.S. envoys promise mediators"},
		{"what did the u.s. propose", "u.s propose"},
		{"tell us what the mediators proposed", "mediators proposed"},
		{"what does the truce mean for us", "truce mean for"},
		{"let us know the terms of the truce", "let terms truce"},
	}
	for _, tt := range tests {
		if got := contentWords(tt.in); got != tt.want {
			t.Errorf("contentWords(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
	if got := contentWordsUS("the us envoy", false); got != "envoy" {
		t.Errorf("contentWordsUS(%q, false) = %q; want %q", "the us envoy", got, "envoy")
	}
}
