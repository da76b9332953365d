// Package console is talkbot's terminal front door: a chat that reads
// questions from a reader and writes answers, rendered as plain text, to a
// writer. At a terminal the line is edited as in a shell (arrow keys,
// history, Ctrl-C and Ctrl-D); elsewhere (a pipe, a file, a test) it reads
// plain lines.
package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

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

	historyFile string
	// editor, when set, is read and written through the line editor
	// without touching any terminal's mode: tests script keys through it.
	editor io.ReadWriter
}

// New returns a console chat answering with h.
func New(h Handler, in io.Reader, out io.Writer) *Console {
	return &Console{h: h, in: in, out: out}
}

// KeepHistory makes the chat remember the lines typed at a terminal in
// path between chats, so that the up arrow finds the questions of earlier
// ones too. Without it history lasts as long as the chat. The file is
// created readable by its owner only, and keeps the last HistorySize lines.
func (c *Console) KeepHistory(path string) *Console {
	c.historyFile = path
	return c
}

const greeting = "talkbot: ask about the talks (\"help\" for examples, \"quit\" to leave)."

// Run chats until the input ends, ctx is done, or the user leaves: types
// quit, presses Ctrl-D on an empty line, or, at a terminal, Ctrl-C on an
// empty line (Ctrl-C on a line being typed throws that line away).
func (c *Console) Run(ctx context.Context) error {
	if c.editor != nil {
		return c.runEditor(ctx, c.editor)
	}
	in, okIn := c.in.(*os.File)
	out, okOut := c.out.(*os.File)
	if !okIn || !okOut || !term.IsTerminal(int(in.Fd())) || !term.IsTerminal(int(out.Fd())) {
		return c.runLines(ctx)
	}
	old, err := term.MakeRaw(int(in.Fd()))
	if err != nil {
		return c.runLines(ctx)
	}
	defer term.Restore(int(in.Fd()), old)
	return c.runEditor(ctx, struct {
		io.Reader
		io.Writer
	}{in, out}, int(out.Fd()))
}

// runLines reads plain lines: the chat when the input is not a terminal.
func (c *Console) runLines(ctx context.Context) error {
	fmt.Fprintln(c.out, greeting)
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
		if !c.answer(ctx, c.out, text) {
			return nil
		}
	}
}

// answer answers one line on w, and reports whether the chat goes on.
func (c *Console) answer(ctx context.Context, w io.Writer, text string) bool {
	line := strings.TrimSpace(text)
	switch strings.ToLower(line) {
	case "":
		return true
	case "quit", "exit", "bye":
		return false
	}
	// The chat is one conversation: a handler that remembers turns
	// reads each line against the ones before.
	a := c.h.Handle(ctx, bot.Request{Text: line, Platform: "console", Channel: "console", Thread: "chat"})
	fmt.Fprintln(w, Render(a))
	return true
}

// runEditor chats through x/term's line editor on rw, a terminal in raw
// mode (or a script of keys). sizeFd, when given, is the terminal whose
// width the editor follows.
func (c *Console) runEditor(ctx context.Context, rw io.ReadWriter, sizeFd ...int) error {
	keys := &interrupts{r: rw}
	t := term.NewTerminal(struct {
		io.Reader
		io.Writer
	}{keys, rw}, "> ")
	hist, err := openHistory(c.historyFile, keys)
	if err != nil {
		fmt.Fprintf(t, "talkbot: history not kept: %v\n", err)
		hist, _ = openHistory("", keys)
	}
	defer hist.close()
	t.History = hist
	fmt.Fprintln(t, greeting)

	// Lines are read aside, one when asked for, so an interrupt ends the
	// chat even while it waits for the next line.
	type read struct {
		line        string
		interrupted bool
		err         error
	}
	next, lines := make(chan struct{}), make(chan read)
	go func() {
		for range next {
			line, err := t.ReadLine()
			r := read{line: line, interrupted: keys.take(), err: err}
			select {
			case lines <- r:
			case <-ctx.Done():
				return
			}
		}
	}()
	defer close(next)
	for {
		if len(sizeFd) > 0 {
			if w, h, err := term.GetSize(sizeFd[0]); err == nil && w > 0 && h > 0 {
				t.SetSize(w, h)
			}
		}
		select {
		case next <- struct{}{}:
		case <-ctx.Done():
			fmt.Fprintln(t)
			return nil
		}
		var r read
		select {
		case <-ctx.Done():
			fmt.Fprintln(t)
			return nil
		case r = <-lines:
		}
		switch {
		case errors.Is(r.err, io.EOF):
			// Ctrl-D on an empty line, or the script ended.
			fmt.Fprintln(t)
			return nil
		case r.err != nil:
			return r.err
		case r.interrupted && strings.TrimSpace(r.line) == "":
			return nil
		case r.interrupted:
			continue // the line typed so far is thrown away
		}
		if !c.answer(ctx, t, r.line) {
			return nil
		}
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
