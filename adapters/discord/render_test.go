package discord

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// checkLimits fails the test for any message beyond Discord's limits.
func checkLimits(t *testing.T, msgs []*discordgo.MessageSend) {
	t.Helper()
	if len(msgs) == 0 || len(msgs) > maxMessages {
		t.Fatalf("%d messages; want 1 to %d", len(msgs), maxMessages)
	}
	for i, m := range msgs {
		if m.Content == "" && len(m.Embeds) == 0 {
			t.Errorf("message %d is empty", i)
		}
		if n := ulen(m.Content); n > 2000 {
			t.Errorf("message %d: content of %d characters", i, n)
		}
		if len(m.Embeds) > 10 {
			t.Errorf("message %d: %d embeds", i, len(m.Embeds))
		}
		total := 0
		for j, e := range m.Embeds {
			total += embedSize(e)
			if ulen(e.Title) > 256 || ulen(e.Description) > 4096 || len(e.Fields) > 25 {
				t.Errorf("message %d embed %d: title %d, description %d, %d fields", i, j, ulen(e.Title), ulen(e.Description), len(e.Fields))
			}
			for _, f := range e.Fields {
				if ulen(f.Name) > 256 || ulen(f.Value) > 1024 || f.Value == "" {
					t.Errorf("message %d embed %d: field %q of %d characters", i, j, f.Name, ulen(f.Value))
				}
			}
			if e.Footer != nil && ulen(e.Footer.Text) > 2048 {
				t.Errorf("message %d embed %d: footer of %d characters", i, j, ulen(e.Footer.Text))
			}
		}
		if total > 6000 {
			t.Errorf("message %d: embeds of %d characters in all", i, total)
		}
		if m.AllowedMentions == nil || len(m.AllowedMentions.Parse) != 0 {
			t.Errorf("message %d may ping people: %+v", i, m.AllowedMentions)
		}
	}
}

func withItems(n int, it bot.Item) bot.Answer {
	a := bot.Answer{Intent: bot.Quotes, Found: true, Summary: "What Antony Blinken said, newest first."}
	for range n {
		a.Items = append(a.Items, it)
	}
	return a
}

func TestMessagesWithinLimits(t *testing.T) {
	long := blinken
	long.Text = strings.Repeat("We are working around the clock for a ceasefire. ", 230) // ≈ 11,500 characters
	wide := blinken
	wide.Text = strings.Repeat("word ", 700) // 3,500 characters: one per message under 6,000
	odd := blinken
	odd.Speaker = strings.Repeat("Name ", 100)
	odd.Where = strings.Repeat("Place ", 100)
	odd.Source.Title = strings.Repeat("[Title] ", 300)
	odd.Source.URL = "javascript:alert(1)"
	emoji := blinken
	emoji.Text = strings.Repeat("🕊", 5000) // two UTF-16 units each

	cases := []struct {
		name         string
		a            bot.Answer
		messages     int
		embeds       int
		firstContent string
	}{
		{"one item", withItems(1, blinken), 1, 1, "What Antony Blinken said, newest first."},
		{"ten items", withItems(10, blinken), 1, 10, ""},
		{"23 items", withItems(23, blinken), 3, 23, ""},
		{"long words continue", withItems(1, long), 3, 3, ""},
		{"6,000 per message", withItems(4, wide), 4, 4, ""},
		{"too long fields", withItems(1, odd), 1, 1, ""},
		{"astral characters", withItems(1, emoji), 3, 3, ""},
		{"long summary", bot.Answer{Found: true, Summary: strings.Repeat("The talks resumed in Doha. ", 200)}, 3, 0, ""},
		{"not found", bot.Answer{Intent: bot.None, Summary: "I found no sourced statement about that.",
			Note: "I know about Gaza and Lebanon talks."}, 1, 0,
			"I found no sourced statement about that.\n\nI know about Gaza and Lebanon talks."},
		{"empty", bot.Answer{}, 1, 0, "I found no sourced statement about that."},
		{"way too many", withItems(150, blinken), maxMessages, 90, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			msgs := Messages(c.a)
			checkLimits(t, msgs)
			embeds := 0
			for _, m := range msgs {
				embeds += len(m.Embeds)
			}
			if len(msgs) != c.messages || embeds != c.embeds {
				t.Errorf("%d messages with %d embeds; want %d with %d", len(msgs), embeds, c.messages, c.embeds)
			}
			if c.firstContent != "" && msgs[0].Content != c.firstContent {
				t.Errorf("first content %q; want %q", msgs[0].Content, c.firstContent)
			}
		})
	}
}

func TestLongWordsKeptWhole(t *testing.T) {
	long := blinken
	long.Text = strings.Repeat("We are working around the clock for a ceasefire. ", 230)
	_, embeds := Embeds(withItems(1, long))
	var got []string
	for i, e := range embeds {
		d := strings.TrimPrefix(e.Description, ">>> ")
		d = strings.Trim(d, "“”…")
		got = append(got, d)
		if i > 0 && !strings.HasSuffix(e.Title, "(continued)") {
			t.Errorf("embed %d title %q; want a continuation", i, e.Title)
		}
		if (i == len(embeds)-1) != (len(e.Fields) > 0) {
			t.Errorf("embed %d has %d fields; want the date and source on the last only", i, len(e.Fields))
		}
	}
	if norm := strings.Join(strings.Fields(strings.Join(got, " ")), " "); norm != strings.TrimSpace(long.Text) {
		t.Errorf("words changed in splitting")
	}
}

func TestEmbedOfItem(t *testing.T) {
	content, embeds := Embeds(withItems(1, blinken))
	if content != "What Antony Blinken said, newest first." || len(embeds) != 1 {
		t.Fatalf("Embeds = %q, %d embeds", content, len(embeds))
	}
	e := embeds[0]
	if e.Description != ">>> “"+blinken.Text+"”" {
		t.Errorf("description %q; want the words as a quote", e.Description)
	}
	fields := map[string]string{}
	for _, f := range e.Fields {
		fields[f.Name] = f.Value
	}
	wantSource := "[US is working urgently on a plan to mediate a ceasefire between Israel and Hezbollah](" + blinken.Source.URL + ") — CNN, <t:1727265600:D>"
	if fields["Said"] != "<t:1727265600:D>" || fields["Where"] != "NBC News" || fields["Source"] != wantSource {
		t.Errorf("fields %q", fields)
	}

	fact := bot.Item{Kind: corpus.Fact, Text: "Talks resumed in Doha.", Topic: "Gaza",
		Source: corpus.Source{Outlet: "Reuters"}}
	_, embeds = Embeds(bot.Answer{Found: true, Items: []bot.Item{fact}})
	e = embeds[0]
	if e.Title != "Reported by Reuters" || e.Description != "Talks resumed in Doha." || e.URL != "" ||
		e.Author == nil || e.Author.Name != "Gaza" || len(e.Fields) != 1 || e.Fields[0].Value != "Reuters" {
		t.Errorf("fact embed %+v", e)
	}
}

func TestEphemeral(t *testing.T) {
	cases := []struct {
		a    bot.Answer
		want bool
	}{
		{bot.Answer{Intent: bot.Help}, true},
		{bot.Answer{Intent: bot.None, Error: true}, true},
		{bot.Answer{Intent: bot.None}, true}, // "I don't know"
		{bot.Answer{Intent: bot.WhoSaid}, true},
		{bot.Answer{Intent: bot.WhoSaid, Found: true}, false},
		{bot.Answer{Intent: bot.Status, Found: true}, false},
		{bot.Answer{Intent: bot.Sources, Found: true}, false},
		{bot.Answer{Intent: "subscribe"}, false}, // a command's reply
		{bot.Answer{Intent: bot.Fact, Found: true, Private: true}, true},
	}
	for _, c := range cases {
		if got := c.a.ForAsker(); got != c.want {
			t.Errorf("(%+v).ForAsker() = %t; want %t", c.a, got, c.want)
		}
		flags := responseData(Messages(c.a)[0], c.a.ForAsker()).Flags
		if (flags == discordgo.MessageFlagsEphemeral) != c.want {
			t.Errorf("%+v: flags %d", c.a, flags)
		}
	}
}

func TestSplitText(t *testing.T) {
	cases := []struct {
		s    string
		max  int
		want []string
	}{
		{"short", 10, []string{"short"}},
		{"one two three four", 9, []string{"one two", "three", "four"}},
		{"para one.\n\npara two", 14, []string{"para one.", "para two"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"", 4, nil},
	}
	for _, c := range cases {
		got := splitText(c.s, c.max)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("splitText(%q, %d) = %q; want %q", c.s, c.max, got, c.want)
		}
	}
}

// TestGolden keeps rendered answers in testdata for a reviewer to read;
// refresh with go test -run Golden -update.
func TestGolden(t *testing.T) {
	answers := map[string]bot.Answer{
		"found":     cannedAnswer(request("who said war is not the solution", "", "")),
		"not_found": {Question: "who said the moon is cheese", Intent: bot.WhoSaid, Summary: "I found no sourced statement about that.", Note: "Try /talks quotes with a person's name."},
		"status": {Question: "status", Intent: bot.Status, Found: true, AsOf: "2024-09-26", Summary: "Latest on the talks.",
			Items: []bot.Item{{Kind: corpus.Fact, Topic: "Lebanon", Speaker: "a European diplomat", Text: "A 21-day ceasefire proposal is on the table.",
				SaidOn: "2024-09-26", Source: corpus.Source{Title: "Allies call for a pause", Outlet: "Reuters", Published: "2024-09-26"}}}},
	}
	for name, a := range answers {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false) // <t:…:D> as Discord reads it
		enc.SetIndent("", "  ")
		if err := enc.Encode(Messages(a)); err != nil {
			t.Fatal(err)
		}
		got := buf.Bytes()
		path := filepath.Join("testdata", name+".golden.json")
		if *update {
			if err := os.MkdirAll("testdata", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run Golden -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: rendering changed; got\n%s\nwant\n%s", name, got, want)
		}
	}
}
