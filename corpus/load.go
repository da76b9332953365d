package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Corpus is what was loaded from a set of files: the articles, every
// statement taken from them and from curated files, and one error for each
// file that was skipped.
type Corpus struct {
	Articles   []*Article
	Statements []Statement
	// Errors has one *FileError for each file that could not be loaded;
	// every other file is still in the corpus.
	Errors []error
}

// Options tune a load.
type Options struct {
	// Progress, when set, is called after each file with the number of
	// files done and the total.
	Progress func(done, total int)
}

// Load reads every article and curated file under the given files and
// folders (recursively). It fails only when a path cannot be read at all;
// a broken file is reported in Corpus.Errors and the rest still load.
func Load(opts Options, paths ...string) (*Corpus, error) {
	var files []file
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("corpus: %w", err)
		}
		if !info.IsDir() {
			files = append(files, file{name: p, read: func() ([]byte, error) { return os.ReadFile(p) }})
			continue
		}
		fsys := os.DirFS(p)
		found, err := listFS(fsys)
		if err != nil {
			return nil, fmt.Errorf("corpus: %w", err)
		}
		for _, f := range found {
			f := f
			files = append(files, file{name: filepath.Join(p, f), read: func() ([]byte, error) { return fs.ReadFile(fsys, f) }})
		}
	}
	return load(opts, files), nil
}

// LoadFS reads every article and curated file in fsys, as Load does.
func LoadFS(opts Options, fsys fs.FS) (*Corpus, error) {
	found, err := listFS(fsys)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	files := make([]file, len(found))
	for i, f := range found {
		f := f
		files[i] = file{name: f, read: func() ([]byte, error) { return fs.ReadFile(fsys, f) }}
	}
	return load(opts, files), nil
}

type file struct {
	name string
	read func() ([]byte, error)
}

func listFS(fsys fs.FS) ([]string, error) {
	var out []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if !strings.HasPrefix(d.Name(), ".") && fileKind(p) != "" {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

func load(opts Options, files []file) *Corpus {
	c := &Corpus{}
	seenURL := map[string]string{}
	seenText := map[string]string{}
	var curated []Statement
	var unnamed []int // statements whose speakers the rest of the corpus may name
	for i, f := range files {
		if opts.Progress != nil {
			opts.Progress(i, len(files))
		}
		data, err := f.read()
		if err != nil {
			// The file's name leads the message already.
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			c.Errors = append(c.Errors, &FileError{File: f.name, Err: err})
			continue
		}
		if len(data) > MaxFileSize {
			c.Errors = append(c.Errors, checkText(f.name, data))
			continue
		}
		in := &input{Name: f.name, Data: data}
		fm := formatOf(in)
		a, sts, err := fm.Read(in)
		if err != nil {
			c.Errors = append(c.Errors, err)
			continue
		}
		if a == nil {
			curated = append(curated, sts...)
			continue
		}
		key := textKey(a.Paragraphs)
		if prev, ok := seenURL[normURL(a.URL)]; ok && a.URL != "" {
			c.Errors = append(c.Errors, &FileError{File: f.name, Err: fmt.Errorf("%w: same url as %s", ErrDuplicate, prev)})
			continue
		}
		if prev, ok := seenText[key]; ok {
			c.Errors = append(c.Errors, &FileError{File: f.name, Err: fmt.Errorf("%w: same text as %s", ErrDuplicate, prev)})
			continue
		}
		if a.URL != "" {
			seenURL[normURL(a.URL)] = f.name
		}
		seenText[key] = f.name
		c.Articles = append(c.Articles, a)
		if named, ok := fm.(namesFromCorpus); ok && named.namesFromCorpus() {
			for i := range sts {
				unnamed = append(unnamed, len(c.Statements)+i)
			}
		}
		c.Statements = append(c.Statements, sts...)
	}
	if opts.Progress != nil {
		opts.Progress(len(files), len(files))
	}
	nameFromCorpus(c.Statements, unnamed)
	c.Statements = mergeCurated(c.Statements, curated)
	return c
}

func normURL(u string) string {
	u = strings.TrimSpace(strings.ToLower(u))
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	u = strings.TrimPrefix(u, "www.")
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	return strings.TrimSuffix(u, "/")
}

func textKey(paras []string) string {
	h := sha256.New()
	for _, p := range paras {
		h.Write([]byte(NormWords(p)))
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// mergeCurated puts curated statements beside extracted ones; a curated
// statement wins over an extracted one with the same words.
func mergeCurated(extracted, curated []Statement) []Statement {
	if len(curated) == 0 {
		return extracted
	}
	words := map[string]bool{}
	for _, s := range curated {
		words[NormWords(s.Text)] = true
	}
	out := extracted[:0]
	for _, s := range extracted {
		if !words[NormWords(s.Text)] {
			out = append(out, s)
		}
	}
	return append(out, curated...)
}

func statementID(file string, seq int, text string) string {
	h := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d\x00%s", file, seq, text)))
	return hex.EncodeToString(h[:8])
}
