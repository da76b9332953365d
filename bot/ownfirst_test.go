package bot

import (
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestOwnWordsFirst: of the statements of one article that fit a
// question about as well, the one whose own words hold what the
// question names comes first, before neighbours that meet it only
// through the article's title (which every one of them shares) or the
// sentence around a fragment.
func TestOwnWordsFirst(t *testing.T) {
	release := corpus.Source{Title: "Statement by the Press Secretary on the Vestland Cease-fire", Outlet: "Office of the Governor", Published: "2037-10-11"}
	wire := corpus.Source{Title: "Government and rebels extend truce as talks go on", Outlet: "Wire", Published: "2037-11-02"}
	st := func(src corpus.Source, seq int, speaker, text, sentence string) corpus.Statement {
		return corpus.Statement{ID: src.Title + text, Kind: corpus.Quote, Speaker: speaker, Text: text, Sentence: sentence,
			SaidOn: src.Published, Source: src, Seq: seq}
	}
	stmts := []corpus.Statement{
		st(release, 0, "the Press Secretary", "Meeting the terms of the cease-fire is a step toward relief for the people of the coast", ""),
		st(release, 1, "the Press Secretary", "The cease-fire should give new impetus to the work of the envoys", ""),
		st(release, 2, "the Press Secretary", "The Governor calls on every side to abide by the terms of the cease-fire", ""),
		st(release, 3, "the Press Secretary", "The Governor welcomes the agreement the Vestlandian parties reached today to put into effect last week's cease-fire across the whole country, from one minute past midnight", ""),
		{ID: "w0", Kind: corpus.Fact, Text: "The government and the rebels have agreed to extend their cease-fire for another three months", SaidOn: "2037-11-02", Source: wire, Seq: 0},
		{ID: "w1", Kind: corpus.Fact, Text: "The talks between the TLF and the government were nearly derailed when the group held a mayor for 12 days", SaidOn: "2037-11-02", Source: wire, Seq: 1},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"what did the press secretary say about the vestland ceasefire", "Vestlandian parties reached today"},
		{"how long is the tlf ceasefire being extended", "another three months"},
	})
}
