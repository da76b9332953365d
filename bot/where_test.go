package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestWhereIsAVenue: "where was the deal signed" is answered by the
// sentence that names where it happened ("at Kelmora"), not by one that
// names where someone came from ("independence from Varland"), and a
// sentence that names the venue beats one that holds one more of the
// question's words but no place.
func TestWhereIsAVenue(t *testing.T) {
	news := corpus.Source{Title: "Brenn government and rebels sign peace deal", Outlet: "Example News", Published: "2033-08-01"}
	talks := corpus.Source{Title: "Ostal government, rebels extend truce", Outlet: "Example News", Published: "2033-09-06"}
	hostages := corpus.Source{Title: "Ostal rebels free captives", Outlet: "Example News", Published: "2033-05-10"}
	b := botOf(t, []corpus.Statement{
		{ID: "a", Kind: corpus.Fact, Source: news, SaidOn: "2033-08-01",
			Text: "After gaining independence from Varland, the Brenn rebels fought the government for years before a peace deal was signed in 2011"},
		{ID: "b", Kind: corpus.Fact, Source: news, SaidOn: "2033-08-01", Seq: 1,
			Text: "President Ama Sorel and rebel leader Tiu Barr signed the deal at Kelmora, the rebels' old base"},
		{ID: "c", Kind: corpus.Fact, Source: hostages, SaidOn: "2033-05-10",
			Text: "Ostal's largest rebel group, the OLF, has freed four captives it seized in March"},
		{ID: "d", Kind: corpus.Fact, Source: talks, SaidOn: "2033-09-06",
			Text: "The extension was announced Tuesday in Sarno, where negotiators have been meeting for a fifth round"},
	})
	for _, c := range []struct{ q, text string }{
		{"where was the brenn peace deal signed", "signed the deal at Kelmora"},
		{"where are ostal and the olf negotiating", "announced Tuesday in Sarno"},
	} {
		a := b.Ask(context.Background(), c.q)
		if !a.Found || !strings.Contains(a.Items[0].Text, c.text) {
			t.Errorf("%q: found %v %+v; want %q", c.q, a.Found, a.Items, c.text)
		}
	}
}
