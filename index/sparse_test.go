package index

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/internal/gen"
)

// bleveOr is q with every anyOf in it made Bleve's own disjunction: the
// query as it would be without leaving out the clauses that match nothing.
func bleveOr(t *testing.T, q query.Query) query.Query {
	switch q := q.(type) {
	case *anyOf:
		var qs []query.Query
		for _, c := range q.qs {
			qs = append(qs, bleveOr(t, c))
		}
		d := bleve.NewDisjunctionQuery(qs...)
		d.SetMin(q.min)
		return d
	case *query.BooleanQuery:
		out := bleve.NewBooleanQuery()
		if q.Must != nil {
			out.AddMust(bleveOr(t, q.Must).(*query.ConjunctionQuery).Conjuncts...)
		}
		if q.Should != nil {
			sh := bleveOr(t, q.Should).(*query.DisjunctionQuery)
			out.AddShould(sh.Disjuncts...)
			out.SetMinShould(sh.Min)
		}
		return out
	case *query.ConjunctionQuery:
		var qs []query.Query
		for _, c := range q.Conjuncts {
			qs = append(qs, bleveOr(t, c))
		}
		return bleve.NewConjunctionQuery(qs...)
	case *query.DisjunctionQuery:
		var qs []query.Query
		for _, c := range q.Disjuncts {
			qs = append(qs, bleveOr(t, c))
		}
		d := bleve.NewDisjunctionQuery(qs...)
		d.SetMin(q.Min)
		return d
	}
	return q
}

// TestSparseAsBleve: the queries Search makes find the same statements in
// the same order with the same scores as the same queries with Bleve's
// own disjunctions, which search every clause, including those that
// match nothing (synonyms nobody used, a sentence field that is empty, a
// name in the title field).
func TestSparseAsBleve(t *testing.T) {
	stmts := gen.Statements(3000, 7)
	for i := range stmts {
		if i%3 == 0 {
			// Some sentences say more than the statement.
			stmts[i].Sentence = stmts[i].Text + " officials in Geneva said on Tuesday"
		}
	}
	stmts = append(stmts, testStatements()...)
	stmts = append(stmts, corpus.Statement{Speaker: "the White House", Text: "the talks go on", Sentence: "the White House said that the talks go on", Question: "will the talks go on?", Source: corpus.Source{Outlet: "White House"}})
	ix := mustNew(t, stmts)
	qs := []Query{
		{Words: "ceasefire talks stalled cease-fire truce negotiations discussions diplomacy stall"},
		{Words: "Geneva officials unheardof"},
		{Words: "Geneva", Speaker: "Blinken"}, // one clause of two left, in a conjunction
		{Words: "Tuesday"},                    // one clause of two left, alone
		{Words: "hostages hostage captive abductee", Speaker: "Blinken blinken"},
		{Words: "border", Speaker: "netanyahoo netanyahoo"},
		{Words: "proposal rejected deal accord plan", Speaker: "Lopez lopez", From: "2023-03-01", To: "2023-09-30"},
		{About: "Karim Belhadj"},
		{About: "Genva", Words: "talks"},
		{Words: "truce ceasefire", Speaker: "nobodyatall"},
		{Words: "unheardof neverused"},
		{Speaker: "White House"},
		{Words: "talks", Asked: "go on", Where: "Geneva"},
		{Asked: "will the talks", Where: "NBC"},
		{Phrase: "war is the solution", Words: "war solution"},
	}
	ctx := context.Background()
	for _, q := range qs {
		t.Run(fmt.Sprintf("%+v", q), func(t *testing.T) {
			top, _, err := ix.query(q)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ix.bi.SearchInContext(ctx, bleve.NewSearchRequestOptions(top, 50, 0, false))
			if err != nil {
				t.Fatal(err)
			}
			want, err := ix.bi.SearchInContext(ctx, bleve.NewSearchRequestOptions(bleveOr(t, top), 50, 0, false))
			if err != nil {
				t.Fatal(err)
			}
			if got.Total != want.Total || len(got.Hits) != len(want.Hits) {
				t.Fatalf("found %d (%d shown); Bleve's own disjunctions %d (%d)", got.Total, len(got.Hits), want.Total, len(want.Hits))
			}
			for i := range got.Hits {
				g, w := got.Hits[i], want.Hits[i]
				if g.ID != w.ID || math.Abs(g.Score-w.Score) > 1e-12*math.Abs(w.Score) {
					t.Errorf("hit %d: %s %.15g; Bleve's own disjunctions %s %.15g", i, g.ID, g.Score, w.ID, w.Score)
				}
			}
		})
	}
}

// TestRepeatedAsBleve: a disjunction of the same clause several times
// (the speaker asked as written and as role words, one word) finds what
// Bleve's own disjunction of them finds, with the same scores to the bit,
// alone and beside the words asked.
func TestRepeatedAsBleve(t *testing.T) {
	ix := mustNew(t, gen.Statements(2000, 3))
	ctx := context.Background()
	term := func(field, text string, boost float64) query.Query {
		q := bleve.NewTermQuery(text)
		q.SetField(field)
		q.SetBoost(boost)
		return q
	}
	words := or(0, term("text", "hostages", 2), term("text", "border", 2))
	for n := 1; n <= 4; n++ {
		var terms, fuzzies []query.Query
		for range n {
			terms = append(terms, term("speaker", "blinken", 3))
			fuzzies = append(fuzzies, ix.fuzzy("aliases", "blinkin", 3, 1).(*anyOf).qs[0])
		}
		for name, q := range map[string]query.Query{
			"terms":          or(1, terms...),
			"fuzzy":          or(1, fuzzies...),
			"both":           or(0, or(1, terms...), or(1, fuzzies...)),
			"with the words": bleve.NewConjunctionQuery(words, or(0, or(1, terms...), or(1, fuzzies...))),
		} {
			t.Run(fmt.Sprintf("%s×%d", name, n), func(t *testing.T) {
				got, err := ix.bi.SearchInContext(ctx, bleve.NewSearchRequestOptions(q, 50, 0, false))
				if err != nil {
					t.Fatal(err)
				}
				want, err := ix.bi.SearchInContext(ctx, bleve.NewSearchRequestOptions(bleveOr(t, q), 50, 0, false))
				if err != nil {
					t.Fatal(err)
				}
				if got.Total != want.Total || len(got.Hits) != len(want.Hits) || len(got.Hits) == 0 {
					t.Fatalf("found %d (%d shown); Bleve's own disjunctions %d (%d)", got.Total, len(got.Hits), want.Total, len(want.Hits))
				}
				for i := range got.Hits {
					if g, w := got.Hits[i], want.Hits[i]; g.ID != w.ID || g.Score != w.Score {
						t.Errorf("hit %d: %s %.17g; Bleve's own disjunctions %s %.17g", i, g.ID, g.Score, w.ID, w.Score)
					}
				}
			})
		}
	}
}
