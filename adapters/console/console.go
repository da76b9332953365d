// Package console is talkbot's terminal front door: a chat that reads
// questions from a reader and writes answers, rendered as plain text, to a
// writer.
package console

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/talkbot/talkbot/bot"
)

// Handler answers one request; *bot.Bot is one.
type Handler interface {
	Handle(ctx context.Context, req bot.Request) bot.Answer
}

// Console is a chat over a reader and a writer.
type Console struct {
	h   Handler
	in  io.Reader
	out io.Writer
}

// New returns a console chat answering with h.
func New(h Handler, in io.Reader, out io.Writer) *Console {
	return &Console{h: h, in: in, out: out}
}

// Run reads questions, one a line, until the input ends, ctx is done, or
// the user types quit.
func (c *Console) Run(ctx context.Context) error {
	fmt.Fprintln(c.out, "talkbot: ask about the talks (\"help\" for examples, \"quit\" to leave).")
	// Lines are read aside, so an interrupt ends the chat even while it
	// waits for the next line.
	lines := make(chan string)
	var readErr error
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(c.in)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		readErr = sc.Err()
	}()
	for {
		fmt.Fprint(c.out, "> ")
		var text string
		select {
		case <-ctx.Done():
			fmt.Fprintln(c.out)
			return nil
		case l, ok := <-lines:
			if !ok {
				fmt.Fprintln(c.out)
				return readErr
			}
			text = l
		}
		line := strings.TrimSpace(text)
		switch strings.ToLower(line) {
		case "":
			continue
		case "quit", "exit", "bye":
			return nil
		}
		// The chat is one conversation: a handler that remembers turns
		// reads each line against the ones before.
		a := c.h.Handle(ctx, bot.Request{Text: line, Platform: "console", Channel: "console", Thread: "chat"})
		fmt.Fprintln(c.out, Render(a))
	}
}

// Render writes an answer as plain text: the summary, each item's words,
// who said them, when, where and the source, and the note.
func Render(a bot.Answer) string {
	var b strings.Builder
	if a.Summary != "" {
		b.WriteString(a.Summary)
		b.WriteString("\n")
	}
	for i, it := range a.Items {
		if it.Topic != "" && (i == 0 || a.Items[i-1].Topic != it.Topic) {
			fmt.Fprintf(&b, "[%s]\n", it.Topic)
		}
		text := it.Text
		if it.Kind == "quote" {
			text = "“" + text + "”"
		}
		fmt.Fprintf(&b, "%d. %s\n", i+1, text)
		var meta []string
		if it.Speaker != "" {
			who := "— " + it.Speaker
			if it.SpeakerTitle != "" {
				who += ", " + it.SpeakerTitle
			}
			meta = append(meta, who)
		}
		if it.SaidOn != "" {
			meta = append(meta, it.SaidOn)
		}
		if it.Where != "" {
			meta = append(meta, it.Where)
		}
		if len(meta) > 0 {
			fmt.Fprintf(&b, "   %s\n", strings.Join(meta, " · "))
		}
		src := it.Source.Title
		if it.Source.Outlet != "" {
			src += " (" + it.Source.Outlet
			if it.Source.Published != "" {
				src += ", " + it.Source.Published
			}
			src += ")"
		}
		if it.Source.URL != "" {
			src += " " + it.Source.URL
		}
		if strings.TrimSpace(src) != "" {
			fmt.Fprintf(&b, "   source: %s\n", strings.TrimSpace(src))
		}
	}
	if a.Note != "" {
		b.WriteString(a.Note)
		b.WriteString("\n")
	}
	return strings.TrimRight(b.String(), "\n")
}
