package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/talkbot/talkbot/corpus"
)

func runExtract(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print statements as JSON, one object a line")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: talkbot extract [--json] PATH...")
		return errUsage
	}
	p := newProgress(stderr, nil, "reading articles", "files")
	c, err := corpus.Load(corpus.Options{Progress: p.update}, fs.Args()...)
	p.finish()
	if err != nil {
		return err
	}
	for _, e := range c.Errors {
		fmt.Fprintf(stderr, "skipped %v\n", e)
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, s := range c.Statements {
		if *asJSON {
			if err := enc.Encode(s); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintln(stdout, describe(s))
	}
	if !*asJSON {
		fmt.Fprintf(stdout, "%d statements from %d articles; %d files skipped\n", len(c.Statements), len(c.Articles), len(c.Errors))
	}
	return nil
}

// describe formats a statement for a person to review.
func describe(s corpus.Statement) string {
	who := s.Speaker
	if who == "" {
		who = "(the article)"
	}
	if s.SpeakerTitle != "" {
		who += ", " + s.SpeakerTitle
	}
	meta := ""
	if s.SaidOn != "" {
		meta += " on " + s.SaidOn
	}
	if s.Where != "" {
		meta += " · " + s.Where
	}
	if s.Mention != "" && s.Mention != s.Speaker {
		meta += fmt.Sprintf(" · named as %q", s.Mention)
	}
	text := s.Text
	if s.Kind == corpus.Quote {
		text = "“" + text + "”"
	}
	asked := ""
	if s.Question != "" {
		asked = "    asked: " + s.Question + "\n"
	}
	return fmt.Sprintf("%s: %s%s\n%s    %s\n    — %s\n", s.Kind, who, meta, asked, text, s.File)
}
