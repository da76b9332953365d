package slack

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	slackapi "github.com/slack-go/slack"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestBlocksGolden keeps what Slack receives for typical answers in
// testdata/blocks/*.json, for a reviewer to read (paste the blocks into
// Block Kit Builder to see them). go test -run Golden -update rewrites them.
func TestBlocksGolden(t *testing.T) {
	cases := map[string]bot.Answer{
		"who_said": cannedAnswer(bot.Request{Text: "who said war is not the solution"}),
		"status": {Intent: bot.Status, Found: true, Summary: "The latest on the talks, newest first.", AsOf: "2024-09-26",
			Items: []bot.Item{{
				Kind: corpus.Fact, Topic: "Lebanon", Speaker: "a European diplomat",
				Text: "A 21-day ceasefire proposal was being discussed with Israel and Hezbollah's intermediaries.", SaidOn: "2024-09-25",
				Source: corpus.Source{Title: "US is working urgently on a plan to mediate a ceasefire between Israel and Hezbollah", Outlet: "CNN", Published: "2024-09-25"},
			}, {
				Kind: corpus.Quote, Topic: "Gaza", Speaker: "Amos Hochstein", SpeakerTitle: "US envoy",
				Text: "We are not there yet, but we are closer", SaidOn: "2024-09-24", Where: "Beirut",
				Source: corpus.Source{Title: "Envoy says talks <closer> & continuing", Outlet: "Reuters", URL: "https://example.com/envoy?id=7&lang=en"},
			}}},
		"not_found": {Intent: bot.None, Found: false, Summary: "I found no sourced statement about the Mars talks.",
			Note: "I know about: Gaza, Lebanon, hostages. Try /talks status gaza."},
		"help": cannedAnswer(bot.Request{Text: "help"}),
		"with_feedback": func() bot.Answer {
			a := cannedAnswer(bot.Request{Text: "who said war is not the solution"})
			a.TurnID = "5f1c0e9a2b7d4c3e8a6f0b1d"
			return a
		}(),
	}
	for name, a := range cases {
		t.Run(name, func(t *testing.T) {
			blocks, fallback := Blocks(a)
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false) // keep <, > and & readable
			enc.SetIndent("", "  ")
			if err := enc.Encode(struct {
				Text   string           `json:"text"`
				Blocks []slackapi.Block `json:"blocks"`
			}{fallback, blocks}); err != nil {
				t.Fatal(err)
			}
			got := buf.Bytes()
			path := filepath.Join("testdata", "blocks", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run Golden -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Blocks(%s) differs from %s (run with -update if the change is intended):\n%s", name, path, got)
			}
		})
	}
}
