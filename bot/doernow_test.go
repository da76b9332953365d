package bot

import (
	"testing"

	"github.com/talkbot/talkbot/corpus"
)

// TestWhoDoesItNow: "who is brokering …", "who chairs …", "who is
// mediating …" ask for whoever does the act, as "who brokered …" does:
// the statement that says it is done by someone, or names someone in its
// role, before a neighbour that holds more of the question's other words.
func TestWhoDoesItNow(t *testing.T) {
	src := corpus.Source{Title: "River tribes and Delta resume water talks", Outlet: "Wire", Published: "2022-03-09"}
	board := corpus.Source{Title: "Statement on the water-sharing commission", Outlet: "Ministry of Water", Published: "2022-03-10"}
	stmts := []corpus.Statement{
		{ID: "1", Kind: corpus.Fact, Seq: 0, SaidOn: "2022-03-09", Source: src,
			Text: "The decision to broker the talks between Delta and the river tribes, whose chiefs refused to meet for a year, came after the spring floods"},
		{ID: "2", Kind: corpus.Fact, Seq: 1, SaidOn: "2022-03-09", Source: src,
			Text: "The talks are brokered by the Upland regional council"},
		{ID: "3", Kind: corpus.Fact, Seq: 2, SaidOn: "2022-03-09", Source: src,
			Text: "The plan for the talks worked out by lake mediators leaves the river crossings open"},
		{ID: "4", Kind: corpus.Fact, Seq: 3, SaidOn: "2022-03-09", Source: src,
			Text: "The chief mediator is former Upland governor Ana Ruiz"},
		{ID: "5", Kind: corpus.Fact, Seq: 0, SaidOn: "2022-03-10", Source: board,
			Text: "We thank the Water Sharing Commission (WSC) and the lake states for their work on the river"},
		{ID: "6", Kind: corpus.Fact, Seq: 1, SaidOn: "2022-03-10", Source: board,
			Text: "We urge both sides to keep their word, and we thank WSC Chairperson, Judge Ola Brun, for her patience"},
	}
	b := botOf(t, stmts)
	checkFirst(t, b, []firstCase{
		{"who is brokering the talks between delta and the river tribes", "brokered by the Upland regional council"},
		{"who is mediating the delta talks", "The chief mediator is"},
		{"who chairs the wsc", "Judge Ola Brun"},
	})
}
