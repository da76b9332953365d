package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/talkbot/talkbot/adapters/console"
	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/store"
)

func runAsk(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, dir := corpusFlags("ask", stderr)
	asJSON := fs.Bool("json", false, "print answers as JSON, one object a line")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	b, closeIndex, err := openBot(*dir, stderr)
	if err != nil {
		return err
	}
	defer closeIndex()
	answer := func(q string) error {
		a := b.Ask(ctx, q)
		if *asJSON {
			if a.Items == nil {
				a.Items = []bot.Item{}
			}
			enc := json.NewEncoder(stdout)
			enc.SetEscapeHTML(false)
			return enc.Encode(a)
		}
		_, err := fmt.Fprintln(stdout, console.Render(a))
		return err
	}
	if fs.NArg() > 0 {
		return answer(strings.Join(fs.Args(), " "))
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		if err := answer(sc.Text()); err != nil {
			return err
		}
	}
	return sc.Err()
}

// corpusFlags starts a command's flags with --corpus.
func corpusFlags(name string, stderr io.Writer) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs, fs.String("corpus", corpusDir(), "folder of articles (default: TALKBOT_CORPUS, else the built-in corpus)")
}

// openBot indexes the corpus at dir and returns a bot answering from it,
// and how to close the index.
func openBot(dir string, stderr io.Writer) (*bot.Bot, func(), error) {
	ix, err := buildIndex(dir, stderr)
	if err != nil {
		return nil, nil, err
	}
	return bot.New(ix, bot.Options{}), func() { ix.Close() }, nil
}

func runChat(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, dir := corpusFlags("chat", stderr)
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	ix, err := buildIndex(*dir, stderr)
	if err != nil {
		return err
	}
	defer ix.Close()
	// The chat is one conversation, remembered in memory while it lasts:
	// follow-ups ("who is he?", "more") read against it.
	st, err := store.Open(ctx, store.Options{Path: store.Memory})
	if err != nil {
		return err
	}
	defer st.Close()
	b := bot.New(ix, withStore(bot.Options{}, st))
	return console.New(b, stdin, stdout).Run(ctx)
}
