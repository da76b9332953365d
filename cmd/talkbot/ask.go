package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
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
	b := bot.New(ix, bot.Options{})
	return b, func() { b.Stop(); ix.Close() }, nil
}

func runChat(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, dir := corpusFlags("chat", stderr)
	keep := fs.Bool("history", false, "keep the questions typed at a terminal between chats, in talkbot/history under the user's configuration folder")
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
	defer b.Stop()
	chat := console.New(b, stdin, stdout)
	if *keep {
		path, err := historyFile()
		if err != nil {
			return err
		}
		chat.KeepHistory(path)
	}
	return chat.Run(ctx)
}

// historyFile is where chat --history keeps the questions typed:
// $XDG_CONFIG_HOME/talkbot/history (~/.config) on Linux, the Application
// Support folder on macOS, %AppData% on Windows.
func historyFile() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("--history: no configuration folder to keep it in: %w", err)
	}
	return filepath.Join(dir, "talkbot", "history"), nil
}
