package main

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
)

//go:embed defaultcorpus
var defaultCorpus embed.FS

var errUsage = errors.New("usage")

// corpusDir is the --corpus flag's default.
func corpusDir() string { return os.Getenv("TALKBOT_CORPUS") }

// loadCorpus reads the corpus at dir, or the embedded default corpus when
// dir is "", showing how far it is on p. Broken files are reported on
// errOut, once p is finished, and skipped.
func loadCorpus(dir string, errOut io.Writer, p *progress) (*corpus.Corpus, error) {
	opts := corpus.Options{Progress: p.update}
	var c *corpus.Corpus
	var err error
	if dir == "" {
		sub, _ := fs.Sub(defaultCorpus, "defaultcorpus")
		c, err = corpus.LoadFS(opts, sub)
	} else {
		c, err = corpus.Load(opts, dir)
	}
	p.finish()
	if err != nil {
		return nil, err
	}
	for _, e := range c.Errors {
		fmt.Fprintf(errOut, "skipped %v\n", e)
	}
	return c, nil
}

// buildIndex loads the corpus and indexes it: in memory, or on disk at
// TALKBOT_INDEX_PATH, reusing the stored index while the corpus is the same.
// When errOut is a terminal, a bar shows how far each step is.
func buildIndex(dir string, errOut io.Writer) (*index.Index, error) {
	c, err := loadCorpus(dir, errOut, newProgress(errOut, nil, "loading articles", "files"))
	if err != nil {
		return nil, err
	}
	if len(c.Statements) == 0 {
		return nil, fmt.Errorf("no statements found in %s", displayDir(dir))
	}
	p := newProgress(errOut, nil, "indexing statements", "statements")
	defer p.finish()
	if path := os.Getenv("TALKBOT_INDEX_PATH"); path != "" {
		fp := fingerprint(c.Statements)
		if ix, err := index.Open(path, fp); err == nil {
			return ix, nil
		}
		return index.Build(path, c.Statements, fp, p.update)
	}
	return index.NewWithProgress(c.Statements, p.update)
}

func displayDir(dir string) string {
	if dir == "" {
		return "the built-in corpus"
	}
	return dir
}

// fingerprint identifies a corpus by everything in its statements, so an
// on-disk index built from other statements is never reused.
func fingerprint(stmts []corpus.Statement) string { return contentHash(stmts)[:32] }
