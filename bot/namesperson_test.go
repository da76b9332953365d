package bot

import (
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestNamesPerson: a title then a name, or two names, is a person; a
// place, a body, a people or a title alone is not, nor the person the
// question asks about.
func TestNamesPerson(t *testing.T) {
	asked := map[string]bool{"okoro": true, "vell": true}
	tests := []struct {
		text string
		want bool
	}{
		{"And Ana Ruiz will be going tomorrow.", true},
		{"Ana Ruiz will be going tomorrow.", true},
		{"The talks were led by Secretary Holm.", true},
		{"Deputy Secretary of State Ivo Okoro, who helped reach the accord, called it a step.", false},
		{"People need time to get to Cairo, and the United Nations will help.", false},
		{"The Prime Minister met South Sudan's delegation in Vell.", false},
		{"Friday's Vell accord was signed in the capital.", false},
		{"He thanked Mr. Brell for the work.", true},
	}
	for _, tt := range tests {
		if got := namesPerson(tt.text, asked); got != tt.want {
			t.Errorf("namesPerson(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

// TestWhoNamesSomeone: "who is going to Vell for the talks" is answered
// by the statement that names who goes before one that holds the same
// words and names no one.
func TestWhoNamesSomeone(t *testing.T) {
	brief := corpus.Source{Title: "Background Briefing on the Harbour Talks", Outlet: "U.S. Department of State", Published: "2031-08-01"}
	st := func(seq int, text string) corpus.Statement {
		return corpus.Statement{ID: text, Kind: corpus.Quote, Speaker: "a senior State Department official", Text: text, SaidOn: brief.Published, Source: brief, Seq: seq}
	}
	b := botOf(t, []corpus.Statement{
		st(0, "As early as, but obviously, people have to have the time to get to Vell for the talks."),
		st(1, "They could start as early as tomorrow. It depends on when the delegations can get to Vell for the talks. And Tomas Brell will be going tomorrow. It is possible that others will come later in the week, once the invitations are out and the hotels are booked."),
	})
	checkFirst(t, b, []firstCase{{"who is going to vell for the talks", "Tomas Brell will be going"}})
}
