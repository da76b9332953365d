package corpus

import (
	"strings"
	"testing"
)

// TestReferToOffices: the words of a U.S. government document that speak
// of an office alone ("the Secretary", "the President") refer to its
// holder on the day; another office, another outlet's office or the
// speaker's own refers to no one.
func TestReferToOffices(t *testing.T) {
	state := Source{Outlet: "U.S. Department of State", Published: "2015-03-30"}
	white := Source{Outlet: "The White House", Published: "2023-04-12"}
	wire := Source{Outlet: "Harbour Wire", Published: "2015-03-30"}
	tests := []struct {
		src     Source
		speaker string
		text    string
		want    string // Refers joined by "|"
	}{
		{state, "Marie Harf", "No surprise where the Secretary is: in Lausanne with the whole team.", "John Kerry"},
		{state, "Marie Harf", "The Secretary’s view, and the President's, is that the deadline holds.", "John Kerry|Barack Obama"},
		{white, "Amanda Sloat", "As everybody knows, the President has been very excited about this trip.", "Joe Biden"},
		{state, "Marie Harf", "The Secretary of Defense and the Secretary-General met in New York.", ""},
		{state, "Marie Harf", "the President of Egypt hosted the talks", ""},
		{wire, "Ana Ruiz", "The Secretary will travel to Lausanne.", ""}, // whose Secretary, a wire does not say
		{state, "John Kerry", "The Secretary is in Lausanne.", ""},       // the speaker himself
	}
	for _, tt := range tests {
		s := []Statement{{Speaker: tt.speaker, Text: tt.text, SaidOn: tt.src.Published, Source: tt.src}}
		referToOffices(s)
		if g := strings.Join(s[0].Refers, "|"); g != tt.want {
			t.Errorf("referToOffices(%q) = %q; want %q", tt.text, g, tt.want)
		}
	}
}
