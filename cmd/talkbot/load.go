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
// dir is "". Broken files are reported on errOut and skipped.
func loadCorpus(dir string, errOut io.Writer, progress func(done, total int)) (*corpus.Corpus, error) {
	opts := corpus.Options{Progress: progress}
	var c *corpus.Corpus
	var err error
	if dir == "" {
		sub, _ := fs.Sub(defaultCorpus, "defaultcorpus")
		c, err = corpus.LoadFS(opts, sub)
	} else {
		c, err = corpus.Load(opts, dir)
	}
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
func buildIndex(dir string, errOut io.Writer) (*index.Index, error) {
	c, err := loadCorpus(dir, errOut, nil)
	if err != nil {
		return nil, err
	}
	if len(c.Statements) == 0 {
		return nil, fmt.Errorf("no statements found in %s", displayDir(dir))
	}
	if path := os.Getenv("TALKBOT_INDEX_PATH"); path != "" {
		fp := fingerprint(c.Statements)
		if ix, err := index.Open(path, fp); err == nil {
			return ix, nil
		}
		return index.Build(path, c.Statements, fp, nil)
	}
	return index.New(c.Statements)
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
