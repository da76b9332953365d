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
)

func runAsk(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("corpus", corpusDir(), "folder of articles (default: the built-in corpus)")
	asJSON := fs.Bool("json", false, "print answers as JSON, one object a line")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	ix, err := buildIndex(*dir, stderr)
	if err != nil {
		return err
	}
	defer ix.Close()
	b := bot.New(ix, bot.Options{})
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

func runChat(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("chat", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("corpus", corpusDir(), "folder of articles (default: the built-in corpus)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	ix, err := buildIndex(*dir, stderr)
	if err != nil {
		return err
	}
	defer ix.Close()
	b := bot.New(ix, bot.Options{})
	return console.New(b, stdin, stdout).Run(ctx)
}
