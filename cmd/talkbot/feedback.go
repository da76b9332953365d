package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/talkbot/talkbot/bot"
)

// runFeedback prints the 👍 / 👎 votes serve recorded, newest first, or
// writes them in the questions-file format of talkbot eval.
func runFeedback(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("feedback", flag.ContinueOnError)
	asJSONL := fs.Bool("jsonl", false, "write one JSON object a line, in the questions-file format of talkbot eval")
	limit := fs.Int("limit", 0, "at most this many votes (0: all)")
	if err := parseSetup(fs, args, stderr, "talkbot feedback [--jsonl] [--limit N]"); err != nil {
		return err
	}
	cfg, err := readConfig()
	if err != nil {
		return err
	}
	if cfg.DatabaseURL == "" {
		if _, err := os.Stat(cfg.Database); errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("TALKBOT_DATABASE: %s does not exist: nothing was recorded there (run talkbot feedback where serve runs, or set TALKBOT_DATABASE)", cfg.Database)
		}
	}
	st, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	votes, err := st.Votes(ctx, *limit)
	if err != nil {
		return fmt.Errorf("reading feedback: %w", err)
	}
	if *asJSONL {
		return writeFeedbackJSONL(stdout, votes)
	}
	writeFeedback(stdout, votes)
	return nil
}

// writeFeedback prints counts, then each vote with the answer it rates.
func writeFeedback(w io.Writer, votes []bot.Vote) {
	up := 0
	for _, v := range votes {
		if v.Up {
			up++
		}
	}
	fmt.Fprintf(w, "%d votes: %d 👍, %d 👎 (newest first)\n", len(votes), up, len(votes)-up)
	for _, v := range votes {
		mark := "👎"
		if v.Up {
			mark = "👍"
		}
		fmt.Fprintf(w, "\n%s %s  %s %s  %s\n", v.At.UTC().Format("2006-01-02 15:04"), mark, v.Platform, v.Channel, v.Question)
		for i, it := range v.Items {
			if i == 3 {
				fmt.Fprintf(w, "   …and %d more\n", len(v.Items)-i)
				break
			}
			who := it.Speaker
			if who == "" {
				who = "unattributed"
			}
			fmt.Fprintf(w, "   %d. “%s” — %s", i+1, clipWords(it.Text, 120), who)
			if it.SaidOn != "" {
				fmt.Fprintf(w, ", %s", it.SaidOn)
			}
			fmt.Fprintln(w)
		}
	}
}

// feedbackLine is one line of feedback --jsonl: a question of the
// questions-file format, with what was answered and how it was rated. A 👍
// answer's first statement is its expectation; a 👎 answer has none, for
// whoever fixes the bot to fill in.
type feedbackLine struct {
	evalQuestion
	Vote     string   `json:"vote"`
	Up       int      `json:"up"`
	Down     int      `json:"down"`
	Answered []answer `json:"answered"`
	Platform string   `json:"platform"`
	At       string   `json:"at"`
}

type answer struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
	SaidOn  string `json:"said_on,omitempty"`
	Source  string `json:"source,omitempty"`
}

// writeFeedbackJSONL writes one line per rated answer, newest first; an
// answer with any 👎 is rated down.
func writeFeedbackJSONL(w io.Writer, votes []bot.Vote) error {
	var order []string
	lines := map[string]*feedbackLine{}
	for _, v := range votes {
		l := lines[v.TurnID]
		if l == nil {
			l = &feedbackLine{evalQuestion: evalQuestion{ID: "feedback-" + v.TurnID, Question: v.Question, Kind: string(bot.Parse(v.Question).Intent)},
				Platform: v.Platform, At: v.At.UTC().Format("2006-01-02T15:04:05Z"), Answered: []answer{}}
			for _, it := range v.Items {
				l.Answered = append(l.Answered, answer{Speaker: it.Speaker, Text: it.Text, SaidOn: it.SaidOn, Source: it.Source.Title})
			}
			lines[v.TurnID] = l
			order = append(order, v.TurnID)
		}
		if v.Up {
			l.Up++
		} else {
			l.Down++
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, id := range order {
		l := lines[id]
		l.Vote = "up"
		if l.Down > 0 {
			l.Vote = "down"
		}
		if l.Vote == "up" && len(l.Answered) > 0 {
			first := l.Answered[0]
			l.ExpectText = &first.Text
			if first.Speaker != "" {
				l.ExpectSpeaker = &first.Speaker
			}
			if first.SaidOn != "" {
				l.ExpectDate = &first.SaidOn
			}
		}
		if err := enc.Encode(l); err != nil {
			return err
		}
	}
	return nil
}

// clipWords shortens text to about n runes.
func clipWords(text string, n int) string {
	r := []rune(strings.TrimSpace(text))
	if len(r) <= n {
		return string(r)
	}
	return strings.TrimSpace(string(r[:n])) + " …"
}
