// Package gen makes synthetic statements for benchmarks: news-like words,
// speakers and dates, the same for the same seed.
package gen

import (
	"fmt"
	"math/rand"
	"strings"
	"time"

	"github.com/talkbot/talkbot/corpus"
)

var (
	first = strings.Fields("Antony Joe Keir Benjamin Amos Maria Helen Karim Sarah Walid Noura Yoav Olena Sergei Ibrahim Carla Zhang Brett Karen Tomás")
	last  = strings.Fields("Blinken Biden Starmer Netanyahu Hochstein Lopez Marsh Belhadj Kessler Karam Khater Peled Marchenko Lavrov Nur Moussa Wei Lawson Whitfield Echeverría")
	roles = strings.Fields("envoy minister ambassador spokesman adviser negotiator mediator official diplomat general")
	words = strings.Fields(`ceasefire hostages talks agreement deal proposal truce release prisoners border Gaza Lebanon
		Hezbollah Hamas Israel Egypt Qatar Cairo Doha negotiators mediators framework phase withdrawal aid trucks
		humanitarian corridor guarantees security council resolution vote veto draft text sides fighting strikes
		civilians return homes displaced army troops reconstruction monitoring mechanism timeline weeks days optimistic
		progress stalled resumed collapsed signed approved rejected demanded insisted warned urged pressure sanctions`)
	topics = []string{"Gaza", "Lebanon", "Ukraine", "Sudan"}
)

// Statements returns n synthetic statements from seed.
func Statements(n int, seed int64) []corpus.Statement {
	r := rand.New(rand.NewSource(seed))
	base := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]corpus.Statement, n)
	for i := range out {
		var b strings.Builder
		for w, nw := 0, 12+r.Intn(20); w < nw; w++ {
			if w > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[r.Intn(len(words))])
		}
		f, l := r.Intn(len(first)), r.Intn(len(last))
		day := base.AddDate(0, 0, r.Intn(700)).Format("2006-01-02")
		kind := corpus.Fact
		if r.Intn(3) == 0 {
			kind = corpus.Quote
		}
		out[i] = corpus.Statement{
			ID: fmt.Sprintf("g%d", i), Kind: kind, Speaker: first[f] + " " + last[l], SpeakerTitle: roles[r.Intn(len(roles))],
			Aliases: []string{last[l]}, Text: b.String(), Sentence: b.String(), SaidOn: day, Seq: i,
			Source: corpus.Source{Title: fmt.Sprintf("Article %d", i/20), Outlet: "Wire", Published: day},
			Topics: []string{topics[r.Intn(len(topics))]},
		}
	}
	return out
}

// Questions are benchmark questions over generated statements.
var Questions = []string{
	"who said the ceasefire talks stalled",
	"what did Blinken say about hostages",
	"what did netanyahoo say about the border",
	"when did Lopez say the proposal was rejected",
	"is Qatar mediating the prisoners release",
	"who is Karim Belhadj",
	"what did Putin say about the truce",
}
