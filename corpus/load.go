package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/talkbot/talkbot/internal/panics"
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
//
// Only regular files are read, each at most MaxFileSize bytes: a named
// pipe, a device or a socket is reported and skipped, never opened. A
// symbolic link inside a folder is followed only to a file inside the same
// folder (a file reached twice is read once); a link leading outside it is
// reported and skipped.
func Load(opts Options, paths ...string) (*Corpus, error) {
	var files []file
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("corpus: %w", err)
		}
		if !info.IsDir() {
			// A file named on its own is the caller's choice: links to
			// it are followed, and its kind is still checked.
			files = append(files, file{name: p, read: func() ([]byte, error) { return readRegular(p, 0) }})
			continue
		}
		found, err := listDir(p)
		if err != nil {
			return nil, fmt.Errorf("corpus: %w", err)
		}
		files = append(files, found...)
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
		files[i] = file{name: f, read: func() ([]byte, error) { return readFS(fsys, f) }}
	}
	return load(opts, files), nil
}

// file is one file to load: read gives its bytes, or skip says why it is
// not read at all.
type file struct {
	name string
	read func() ([]byte, error)
	skip error
}

// Reasons a file found in a folder is not read.
var (
	ErrNotRegular = errors.New("not a regular file")
	ErrOutside    = errors.New("symbolic link leads outside the corpus folder")
)

// listDir lists the files to load under root: regular files, and links to
// files inside root; everything else with an article's name is listed with
// the reason it is skipped. Names are root joined with the path below it.
func listDir(root string) ([]file, error) {
	real, err := filepath.EvalSymlinks(root)
	if err != nil {
		return nil, err
	}
	if real, err = filepath.Abs(real); err != nil {
		return nil, err
	}
	var out, links []file
	var linkTargets []string
	regular := map[string]bool{}
	err = filepath.WalkDir(real, func(p string, d fs.DirEntry, err error) error {
		rel, rerr := filepath.Rel(real, p)
		if rerr != nil {
			return rerr
		}
		name := filepath.Join(root, rel)
		if err != nil {
			if p == real {
				return err
			}
			// A folder that cannot be read (or vanished) is reported;
			// the rest still loads.
			out = append(out, file{name: name, skip: unwrapPath(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != real && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") || fileKind(p) == "" {
			return nil
		}
		switch t := d.Type(); {
		case t.IsRegular():
			regular[p] = true
			out = append(out, file{name: name, read: func() ([]byte, error) { return readRegular(p, noFollow) }})
		case t&fs.ModeSymlink != 0:
			target, err := filepath.EvalSymlinks(p)
			if err != nil {
				out = append(out, file{name: name, skip: unwrapPath(err)})
				return nil
			}
			if !within(real, target) {
				out = append(out, file{name: name, skip: fmt.Errorf("%w (%s)", ErrOutside, target)})
				return nil
			}
			info, err := os.Stat(target)
			switch {
			case err != nil:
				out = append(out, file{name: name, skip: unwrapPath(err)})
			case info.IsDir():
				// Its files are listed where they are.
			case !info.Mode().IsRegular():
				out = append(out, file{name: name, skip: notRegular(info.Mode())})
			default:
				links = append(links, file{name: name, read: func() ([]byte, error) { return readRegular(target, noFollow) }})
				linkTargets = append(linkTargets, target)
			}
		default:
			out = append(out, file{name: name, skip: notRegular(t)})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// A link to a file read already, or reached by an earlier link, adds
	// nothing.
	for i, f := range links {
		if !regular[linkTargets[i]] {
			regular[linkTargets[i]] = true
			out = append(out, f)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, nil
}

// within says whether path is dir or below it; both are absolute and free
// of links.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// notRegular names what a file is instead of a regular file.
func notRegular(m fs.FileMode) error {
	what := "a special file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeCharDevice != 0:
		what = "a character device"
	case m&fs.ModeDevice != 0:
		what = "a device"
	case m.IsDir():
		what = "a folder"
	}
	return fmt.Errorf("%w: %s", ErrNotRegular, what)
}

func unwrapPath(err error) error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err
	}
	return err
}

// readRegular reads name if it is a regular file of at most MaxFileSize
// bytes. It is opened without waiting (a pipe put in its place cannot
// block the load) and, with noFollow, without following a link put in its
// place; what was opened is checked again before a byte is read.
func readRegular(name string, flags int) ([]byte, error) {
	f, err := os.OpenFile(name, os.O_RDONLY|openFlags|flags, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readOpened(f)
}

// readFS reads name from fsys, as readRegular does.
func readFS(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readOpened(f)
}

// readOpened reads an opened file if it is a regular file of at most
// MaxFileSize bytes.
func readOpened(f fs.File) ([]byte, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, notRegular(info.Mode())
	}
	if info.Size() > MaxFileSize {
		return nil, tooLarge(info.Size())
	}
	return readLimited(f)
}

func readLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		return nil, tooLarge(int64(len(data)))
	}
	return data, nil
}

func tooLarge(n int64) error {
	if n > MaxFileSize+1 {
		return fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, n, MaxFileSize)
	}
	return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, MaxFileSize)
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
		if f.skip != nil {
			c.Errors = append(c.Errors, &FileError{File: f.name, Err: f.skip})
			continue
		}
		data, err := f.read()
		if err != nil {
			// The file's name leads the message already.
			c.Errors = append(c.Errors, &FileError{File: f.name, Err: unwrapPath(err)})
			continue
		}
		in := &input{Name: f.name, Data: data}
		fm, a, sts, err := readInput(in)
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
	referToOffices(c.Statements)
	c.Statements = mergeCurated(c.Statements, curated)
	return c
}

// readInput reads one file in its format. A reader that fails on a page
// whose shape it was never shown (a slice cut at a mark the page does not
// have) fails that file alone, as ErrUnreadable, and is not let stop the
// load of every other file.
func readInput(in *input) (fm format, a *Article, sts []Statement, err error) {
	if p := panics.Call(func() {
		fm = formatOf(in)
		a, sts, err = fm.Read(in)
	}); p != nil {
		return fm, nil, nil, &FileError{File: in.Name, Err: fmt.Errorf("%w: %v", ErrUnreadable, p.Value)}
	}
	return fm, a, sts, err
}

// normURL is the key two copies of one page share: scheme, "www." and a
// trailing slash do not tell pages apart, nor do a fragment and the
// parameters that only track a visit ("utm_source", "fbclid"); the other
// parameters of a query name the page ("?p=92333", "?id=7",
// "?updated-max=…"), so they stay, in a fixed order.
func normURL(u string) string {
	u = strings.TrimSpace(strings.ToLower(u))
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	u = strings.TrimPrefix(u, "www.")
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	query := ""
	if i := strings.IndexByte(u, '?'); i >= 0 {
		u, query = u[:i], u[i+1:]
	}
	u = strings.TrimSuffix(u, "/")
	var kept []string
	for _, p := range strings.FieldsFunc(query, func(r rune) bool { return r == '&' || r == ';' }) {
		name, _, _ := strings.Cut(p, "=")
		if !trackingParam(name) {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return u
	}
	sort.Strings(kept)
	return u + "?" + strings.Join(kept, "&")
}

// trackingParam tells the query parameters that follow a visit, not a page.
func trackingParam(name string) bool {
	if strings.HasPrefix(name, "utm_") {
		return true
	}
	switch name {
	case "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "ocid", "cmpid", "ref", "ref_src", "src", "amp", "output", "outputtype":
		return true
	}
	return false
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
