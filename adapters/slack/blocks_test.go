package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	slackapi "github.com/slack-go/slack"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
)

func quoteItem(text string) bot.Item {
	return bot.Item{
		Kind: corpus.Quote, Speaker: "Antony Blinken", SpeakerTitle: "US Secretary of State",
		Text: text, SaidOn: "2024-09-25", Where: "NBC News",
		Source: corpus.Source{Title: "US works on a ceasefire plan", Outlet: "CNN", URL: "https://example.com/a", Published: "2024-09-25"},
	}
}

func TestBlocksLimitsAndContent(t *testing.T) {
	long := strings.Repeat("war is not the solution ", 210) // 5,040 characters
	many := make([]bot.Item, 60)                            // short: the block limit, not the text budget, cuts them
	for i := range many {
		many[i] = bot.Item{Kind: corpus.Quote, Text: fmt.Sprintf("quote number %d", i)}
	}
	sourced := make([]bot.Item, 60) // each ~250 characters with its attribution and source
	for i := range sourced {
		sourced[i] = quoteItem(fmt.Sprintf("quote number %d", i))
	}

	tests := []struct {
		name string
		in   bot.Answer
		// want are substrings of the blocks' text; wantFallback of the fallback.
		want, wantFallback []string
		// notWant must not appear anywhere in the blocks' text.
		notWant []string
		blocks  int // exact number of blocks; 0: don't check
	}{{
		name: "one quote",
		in: bot.Answer{Found: true, Summary: "Antony Blinken said it on 2024-09-25.", AsOf: "2024-09-26", Note: "Ask /talks quotes Blinken for more.",
			Items: []bot.Item{quoteItem("we don't think that war is the solution")}},
		want: []string{
			"Antony Blinken said it on 2024-09-25.",
			"> “we don't think that war is the solution”",
			"— *Antony Blinken*, US Secretary of State · <!date^1727265600^{date_short}|2024-09-25> · NBC News",
			"Source: <https://example.com/a|US works on a ceasefire plan> · CNN · <!date^1727265600^{date_short}|2024-09-25>",
			"As of <!date^1727352000^{date_short}|2024-09-26>",
			"Ask /talks quotes Blinken for more.",
		},
		wantFallback: []string{"Antony Blinken said it", "“we don't think that war is the solution” — Antony Blinken, US Secretary of State (2024-09-25, NBC News)", "https://example.com/a"},
		blocks:       3,
	}, {
		name: "escaping",
		in: bot.Answer{Found: true, Summary: "Q&A <b>bold</b>", Items: []bot.Item{{
			Kind: corpus.Fact, Speaker: "A & B <x>", Text: "prices > 5 & <script>",
			Source: corpus.Source{Title: "Title <1> & co", Outlet: "AT&T News", URL: "https://example.com/?a=1&b=<2>|x"},
		}}},
		want: []string{
			"Q&amp;A &lt;b&gt;bold&lt;/b&gt;",
			"> prices &gt; 5 &amp; &lt;script&gt;",
			"*A &amp; B &lt;x&gt;*",
			"<https://example.com/?a=1&amp;b=&lt;2&gt;%7Cx|Title &lt;1&gt; &amp; co> · AT&amp;T News",
		},
		notWant:      []string{"<b>", "<script>", "<x>", "<2>", "|x|"},
		wantFallback: []string{"Q&amp;A &lt;b&gt;", "prices &gt; 5 &amp; &lt;script&gt;"},
	}, {
		name: "no URL: title and outlet",
		in: bot.Answer{Found: true, Items: []bot.Item{{Kind: corpus.Fact, Text: "Talks resumed in Doha.",
			Source: corpus.Source{Title: "Talks resume", Outlet: "Reuters", URL: "javascript:alert(1)"}}}},
		want:    []string{"> Talks resumed in Doha.", "— reported by Reuters", "Source: _Talks resume_ · Reuters"},
		notWant: []string{"javascript", "<"},
	}, {
		name:         "not found: summary and what the bot knows about",
		in:           bot.Answer{Found: false, Summary: "I found no sourced statement about Mars.", Note: "I know about Gaza, Lebanon and the hostage talks."},
		want:         []string{"I found no sourced statement about Mars.", "I know about Gaza, Lebanon and the hostage talks."},
		wantFallback: []string{"I found no sourced statement about Mars.", "I know about Gaza"},
		blocks:       2,
	}, {
		name:         "empty answer still says something",
		in:           bot.Answer{},
		want:         []string{notFoundSummary},
		wantFallback: []string{notFoundSummary},
		blocks:       1,
	}, {
		name:         "60 items fit in 50 blocks",
		in:           bot.Answer{Found: true, Summary: "Many quotes.", Note: "note", Items: many},
		want:         []string{"quote number 0", "quote number 47", "…and 12 more not shown."},
		notWant:      []string{"quote number 48"},
		wantFallback: []string{"quote number 9", "…and 50 more."},
		blocks:       50,
	}, {
		name:    "60 sourced items: as many as the text budget holds",
		in:      bot.Answer{Found: true, Summary: "Many quotes.", Note: "note", Items: sourced},
		want:    []string{"quote number 0", "quote number 30", "…and 26 more not shown."},
		notWant: []string{"quote number 34"},
		blocks:  36,
	}, {
		name:   "5,000-character quote is cut, and the second does not fit",
		in:     bot.Answer{Found: true, Summary: long, Note: long, Items: []bot.Item{quoteItem(long), {Kind: corpus.Fact, Speaker: long, Text: long}}},
		want:   []string{"…”\n— *Antony Blinken*", "Source: <https://example.com/a|", "…and 1 more not shown."},
		blocks: 3,
	}}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, fallback := Blocks(tt.in)
			if len(blocks) > maxBlocks {
				t.Errorf("%d blocks, Slack takes at most %d", len(blocks), maxBlocks)
			}
			if tt.blocks != 0 && len(blocks) != tt.blocks {
				t.Errorf("%d blocks, want %d", len(blocks), tt.blocks)
			}
			checkBlockLimits(t, blocks)
			if fallback == "" || utf8.RuneCountInString(fallback) > maxFallback {
				t.Errorf("fallback has %d characters, want 1…%d", utf8.RuneCountInString(fallback), maxFallback)
			}
			text := allTexts(blocks)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("blocks lack %q; text:\n%s", w, text)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(text, w) {
					t.Errorf("blocks contain %q; text:\n%s", w, text)
				}
			}
			for _, w := range tt.wantFallback {
				if !strings.Contains(fallback, w) {
					t.Errorf("fallback lacks %q; fallback:\n%s", w, fallback)
				}
			}
			// What Slack receives must parse back to the same blocks.
			js, err := json.Marshal(blocks)
			if err != nil {
				t.Fatal(err)
			}
			var back slackapi.Blocks
			if err := json.Unmarshal(js, &back); err != nil || len(back.BlockSet) != len(blocks) {
				t.Errorf("blocks do not round-trip through JSON: %v (%d of %d)", err, len(back.BlockSet), len(blocks))
			}
		})
	}
}

// checkBlockLimits checks Slack's per-block text limits.
func checkBlockLimits(t *testing.T, blocks []slackapi.Block) {
	t.Helper()
	if n := textLen(blocks); n > maxBlocksText {
		t.Errorf("the blocks hold %d characters of text; the budget is %d", n, maxBlocksText)
	}
	for i, b := range blocks {
		switch x := b.(type) {
		case *slackapi.SectionBlock:
			if n := utf8.RuneCountInString(x.Text.Text); n > maxSectionText || n == 0 {
				t.Errorf("block %d: section text has %d characters, want 1…%d", i, n, maxSectionText)
			}
			if strings.Contains(x.Text.Text, "&amp;amp;") {
				t.Errorf("block %d: escaped twice: %q", i, x.Text.Text)
			}
		case *slackapi.ActionBlock:
			if i != len(blocks)-1 {
				t.Errorf("block %d: the buttons are not last", i)
			}
		case *slackapi.ContextBlock:
			if n := len(x.ContextElements.Elements); n > 10 {
				t.Errorf("block %d: context has %d elements, Slack takes 10", i, n)
			}
			for _, e := range x.ContextElements.Elements {
				if tb, ok := e.(*slackapi.TextBlockObject); ok && utf8.RuneCountInString(tb.Text) > maxSectionText {
					t.Errorf("block %d: context text has %d characters", i, utf8.RuneCountInString(tb.Text))
				}
			}
		default:
			t.Errorf("block %d: unexpected block type %T", i, b)
		}
	}
}

func TestEscapeTrunc(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"short", 10, "short"},
		{"a & b", 9, "a &amp; b"},
		{"a & b", 8, "a &amp;…"},
		{"a & b", 6, "a…"}, // never cut inside &amp;
		{"abcdefghij", 5, "abcd…"},
		{"éééééé", 4, "ééé…"},
		{"<<<", 12, "&lt;&lt;&lt;"},
		{"<<<", 9, "&lt;&lt;…"},
		{"<<<", 8, "&lt;…"},
		{"x", 0, ""},
	}
	for _, tt := range tests {
		if got := escapeTrunc(tt.in, tt.limit); got != tt.want {
			t.Errorf("escapeTrunc(%q, %d) = %q; want %q", tt.in, tt.limit, got, tt.want)
		}
		if n := utf8.RuneCountInString(escapeTrunc(tt.in, tt.limit)); n > tt.limit {
			t.Errorf("escapeTrunc(%q, %d) has %d characters", tt.in, tt.limit, n)
		}
	}
}

func TestSlackDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-09-25", "<!date^1727265600^{date_short}|2024-09-25>"},
		{"2024-09-25T21:00:00Z", "<!date^1727265600^{date_short}|2024-09-25>"},
		{"2024-09", "2024-09"},
		{"<soon>", "&lt;soon&gt;"},
	}
	for _, tt := range tests {
		if got := slackDate(tt.in); got != tt.want {
			t.Errorf("slackDate(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// hugeAnswer is an answer far beyond what one message holds: every part of
// it too long, and too many items.
func hugeAnswer() bot.Answer {
	long := strings.Repeat("a ceasefire & <hostage> deal ", 400) // 11,600 characters
	items := make([]bot.Item, 200)
	for i := range items {
		items[i] = bot.Item{Kind: corpus.Quote, Topic: long, Speaker: long, SpeakerTitle: long, Text: long,
			SaidOn: "2024-09-25", Where: long,
			Source: corpus.Source{Title: long, Outlet: long, URL: "https://example.com/" + strings.Repeat("x", 1900), Published: "2024-09-25"}}
	}
	return bot.Answer{Found: true, Intent: bot.Status, Summary: long, Note: long, AsOf: "2024-09-26", TurnID: "t1", Items: items}
}

// TestHugeAnswerFitsOneMessage: blocks, fallback and buttons of a huge
// answer together stay within one message's budget, and Slack takes it
// (the fake refuses what Slack refuses) from chat.postMessage and from a
// response_url.
func TestHugeAnswerFitsOneMessage(t *testing.T) {
	blocks, fallback := Blocks(hugeAnswer())
	checkBlockLimits(t, blocks)
	if n := utf8.RuneCountInString(fallback); n > maxFallback {
		t.Errorf("fallback has %d characters; want ≤ %d", n, maxFallback)
	}
	if _, ok := blocks[len(blocks)-1].(*slackapi.ActionBlock); !ok {
		t.Errorf("the feedback buttons were squeezed out")
	}
	if !strings.Contains(allTexts(blocks), "more not shown") {
		t.Errorf("the items left out are not counted")
	}
	b, err := json.Marshal(commandResponse{Text: fallback, Blocks: blocks})
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > 40000 {
		t.Errorf("the message is %d bytes of JSON", len(b))
	}

	fs := newFakeSlack(t)
	p, err := NewPoster(Config{BotToken: "xoxb-test", APIURL: fs.apiURL(), Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Post(context.Background(), "T1/C1", hugeAnswer()); err != nil {
		t.Errorf("chat.postMessage refused the huge answer: %v", err)
	}
	core := slowAnswer{a: hugeAnswer(), release: make(chan struct{})}
	h, _ := newTestHTTP(t, core)
	h.commandDeadline = 10 * time.Millisecond
	serve(h, signedRequest(CommandsPath, formType, commandBody(fs.hookURL("huge"), "status")))
	close(core.release) // past the command deadline: the answer goes to response_url
	fs.waitPosts(t, 2)
}

// slowAnswer is a core that answers everything with a once released.
type slowAnswer struct {
	a       bot.Answer
	release chan struct{}
}

func (s slowAnswer) Handle(ctx context.Context, _ bot.Request) bot.Answer {
	select {
	case <-s.release:
	case <-ctx.Done():
	}
	return s.a
}
