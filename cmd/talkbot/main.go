// Command talkbot answers questions about ongoing diplomatic talks from the
// news articles it has read: in a terminal, over HTTP, in Slack and in
// Discord. Run "talkbot help" for its subcommands.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `talkbot answers questions about ceasefire and hostage talks from news articles.

Usage:
  talkbot chat    [--corpus DIR] [--history]     ask questions in a console chat
  talkbot ask     [--corpus DIR] [--json] [QUESTION]
                                                 answer one question, or one a line from standard input
  talkbot extract [--json] PATH...               print the statements found in articles
  talkbot eval    [--corpus DIR] QUESTIONS.jsonl  score answers against a questions file
  talkbot serve   [--corpus DIR] [--check]       run the Slack, Discord and HTTP front doors
  talkbot feedback [--jsonl] [--limit N]         the 👍/👎 votes serve recorded, newest first
  talkbot register                               register /talks with Discord for HTTP interactions
  talkbot help                                   show this help

Without --corpus (or TALKBOT_CORPUS) the bot answers from its built-in corpus.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The first signal asks every command to finish; a second one kills.
	context.AfterFunc(ctx, stop)
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, with its inputs and outputs passed in so tests
// can drive it. It returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd, rest := args[0], args[1:]
	var err error
	switch cmd {
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	case "ask":
		err = runAsk(ctx, rest, stdin, stdout, stderr)
	case "chat":
		err = runChat(ctx, rest, stdin, stdout, stderr)
	case "extract":
		err = runExtract(rest, stdout, stderr)
	case "eval":
		err = runEval(ctx, rest, stdout, stderr)
	case "serve":
		err = runServe(ctx, rest, stdout, stderr)
	case "feedback":
		err = runFeedback(ctx, rest, stdout, stderr)
	case "register":
		err = runRegister(ctx, rest, stdout, stderr)
	default:
		fmt.Fprintf(stderr, "talkbot: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
	if err != nil {
		if err == errUsage {
			return 2
		}
		fmt.Fprintf(stderr, "talkbot %s: %v\n", cmd, err)
		return 1
	}
	return 0
}

// parseSetup reads a configured subcommand's flags (no other arguments;
// usage on stderr) and then the .env file of the working folder, as serve,
// feedback and register all begin.
func parseSetup(fs *flag.FlagSet, args []string, stderr io.Writer, usage string) error {
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		if err == nil {
			fmt.Fprintln(stderr, "usage: "+usage)
		}
		return errUsage
	}
	_, err := loadDotEnv(".env")
	return err
}
