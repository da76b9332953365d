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
		st(release, 0, "the Press Secretary", "Keeping to the cease-fire will bring the coastal towns some relief", ""),
		st(release, 1, "the Press Secretary", "Envoys will find the cease-fire a spur to their work", ""),
		st(release, 2, "the Press Secretary", "The Governor urges each side to honour the cease-fire in full", ""),
		st(release, 3, "the Press Secretary", "The Governor is glad the Vestlandian parties settled today how last week's cease-fire will take hold nationwide, starting at midnight", ""),
		{ID: "w0", Kind: corpus.Fact, Text: "Rebel and government negotiators agreed on Friday to extend the cease-fire by another three months", SaidOn: "2037-11-02", Source: wire, Seq: 0},
		{ID: "w1", Kind: corpus.Fact, Text: "A kidnapping by the TLF last spring almost brought its talks with the government to a halt", SaidOn: "2037-11-02", Source: wire, Seq: 1},
	}
	checkFirst(t, botOf(t, stmts), []firstCase{
		{"what did the press secretary say about the vestland ceasefire", "Vestlandian parties settled today"},
		{"how long is the tlf ceasefire being extended", "another three months"},
	})
}
