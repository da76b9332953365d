package feeds

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"

	"github.com/talkbot/talkbot/corpus"
)

// Hint is what a feed item says about the page it points to. The page's
// own metadata wins where it has some, except the title, which the feed
// usually gives without the site's decorations.
type Hint struct {
	Title     string
	Outlet    string // the feed's title
	Published time.Time
	Authors   []string
	Topics    []string // the item's categories
}

// Saved is an article fetched and saved.
type Saved struct {
	// File is the path the article was saved at.
	File string
	// Article is the article as the corpus loader reads the saved file.
	Article *corpus.Article
	// Statements are what the loader extracts from it.
	Statements []corpus.Statement
}

// Quotes counts the direct quotes and lists their speakers, most quoted
// first (ties in order of first appearance).
func (s *Saved) Quotes() (n int, speakers []string) {
	count := map[string]int{}
	for _, st := range s.Statements {
		if st.Kind != corpus.Quote {
			continue
		}
		n++
		if st.Speaker == "" {
			continue
		}
		if count[st.Speaker] == 0 {
			speakers = append(speakers, st.Speaker)
		}
		count[st.Speaker]++
	}
	// A stable insertion sort keeps first-appearance order among ties.
	for i := 1; i < len(speakers); i++ {
		for j := i; j > 0 && count[speakers[j]] > count[speakers[j-1]]; j-- {
			speakers[j], speakers[j-1] = speakers[j-1], speakers[j]
		}
	}
	return n, speakers
}

// Add fetches the page at rawURL, extracts its article and saves it in
// the folder. It returns ErrNotHTTP for a URL that is not http or https,
// ErrAlreadySaved (with the Saved of nothing) when the URL or the text was
// saved before, ErrNoText when the page has no article text, and a fetch
// error (*StatusError, ErrTooLarge, ErrRedirects, a timeout) otherwise.
func (f *Fetcher) Add(ctx context.Context, rawURL string, hint Hint) (*Saved, error) {
	u, err := ParseURL(rawURL)
	if err != nil {
		return nil, err
	}
	if ok, err := f.seenAny(ctx, urlKey(u.String())); err != nil {
		return nil, err
	} else if ok {
		return nil, fmt.Errorf("%s: %w", u.Redacted(), ErrAlreadySaved)
	}
	resp, err := f.get(ctx, u, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1", validators{})
	if err != nil {
		return nil, fmt.Errorf("fetching %s: %w", u.Redacted(), err)
	}
	switch mediaType(resp.ContentType) {
	case "text/html", "application/xhtml+xml", "":
	default:
		return nil, fmt.Errorf("%s: %w (%s)", u.Redacted(), ErrNotArticle, mediaType(resp.ContentType))
	}
	a, err := corpus.ParseHTML(u.String(), toUTF8(resp.Body, resp.ContentType))
	if err != nil {
		if errors.Is(err, corpus.ErrNoText) || errors.Is(err, corpus.ErrEmpty) || errors.Is(err, corpus.ErrBinary) {
			return nil, fmt.Errorf("%s: %w", u.Redacted(), ErrNoText)
		}
		return nil, fmt.Errorf("%s: %w: %w", u.Redacted(), ErrUnreadable, unwrapFileError(err))
	}
	pageURL := u.String()
	if a.URL == "" {
		a.URL = resp.URL.String()
	} else if cu, err := resp.URL.Parse(a.URL); err == nil && checkURL(cu) == nil {
		a.URL = cu.String()
	} else {
		a.URL = resp.URL.String()
	}
	applyHint(a, hint, u)
	return f.save(ctx, a, pageURL, resp.URL.String())
}

// toUTF8 converts a page in another encoding (windows-1252, ISO-8859-1,
// Shift JIS…, as its Content-Type, a BOM or its <meta charset> says) to
// UTF-8; a page already in UTF-8 is returned as it is.
func toUTF8(body []byte, contentType string) []byte {
	if utf8.Valid(body) {
		return body
	}
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		return body
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return body
	}
	return out
}

func unwrapFileError(err error) error {
	var fe *corpus.FileError
	if errors.As(err, &fe) {
		return fe.Err
	}
	return err
}

// applyHint fills what the page did not say from the feed item.
func applyHint(a *corpus.Article, h Hint, u *url.URL) {
	if t := strings.TrimSpace(h.Title); t != "" {
		a.Title = t
	}
	if a.Title == "" && len(a.Paragraphs) > 0 {
		a.Title = a.Paragraphs[0]
		if len(a.Title) > 120 {
			a.Title = strings.TrimSpace(a.Title[:strings.LastIndexByte(a.Title[:120], ' ')+1]) + "…"
		}
	}
	if a.Outlet == "" {
		a.Outlet = strings.TrimSpace(h.Outlet)
	}
	if a.Outlet == "" {
		a.Outlet = strings.TrimPrefix(u.Hostname(), "www.")
	}
	a.Title = trimSiteName(a.Title, a.Outlet)
	if a.Published.IsZero() && !h.Published.IsZero() {
		p := h.Published.UTC()
		a.Published = time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
	}
	if len(a.Authors) == 0 {
		a.Authors = h.Authors
	}
	a.Topics = topics(append(a.Topics, h.Topics...))
}

// trimSiteName drops the site's name from the end of a page title:
// "Talks resume | The Lakeside Post" → "Talks resume".
func trimSiteName(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		if i := strings.LastIndex(title, sep); i > 0 && strings.EqualFold(strings.TrimSpace(title[i+len(sep):]), site) {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// topics keeps up to eight distinct, short category names.
func topics(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range in {
		t = strings.Join(strings.Fields(t), " ")
		k := strings.ToLower(t)
		if t == "" || len(t) > 40 || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, t)
		if len(out) == 8 {
			break
		}
	}
	return out
}

// frontMatter is what a saved article starts with; see CONTRACT.md.
type frontMatter struct {
	Title     string   `yaml:"title"`
	Outlet    string   `yaml:"outlet,omitempty"`
	URL       string   `yaml:"url,omitempty"`
	Published string   `yaml:"published,omitempty"`
	Authors   []string `yaml:"authors,omitempty,flow"`
	Topics    []string `yaml:"topics,omitempty,flow"`
}

// Markdown renders a as a corpus article: YAML front matter, then the
// paragraphs separated by blank lines.
func Markdown(a *corpus.Article) ([]byte, error) {
	fm := frontMatter{Title: a.Title, Outlet: a.Outlet, URL: a.URL, Authors: a.Authors, Topics: a.Topics}
	if !a.Published.IsZero() {
		fm.Published = a.Published.Format("2006-01-02")
	}
	head, err := yaml.Marshal(fm)
	if err != nil {
		return nil, fmt.Errorf("front matter: %w", err)
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	b.Write(head)
	b.WriteString("---\n")
	for _, p := range a.Paragraphs {
		b.WriteByte('\n')
		b.WriteString(oneLine(p))
		b.WriteByte('\n')
	}
	return b.Bytes(), nil
}

// oneLine keeps a paragraph on one line: a blank line inside it would
// split it in two when read back.
func oneLine(p string) string { return strings.Join(strings.Fields(p), " ") }

// save writes a under the folder, once: not when its URL, the URL it was
// fetched from, or its text was saved before.
func (f *Fetcher) save(ctx context.Context, a *corpus.Article, urls ...string) (*Saved, error) {
	f.saveMu.Lock()
	defer f.saveMu.Unlock()
	keys := []string{textKey(a.Paragraphs)}
	for _, u := range append(urls, a.URL) {
		if u != "" {
			keys = append(keys, urlKey(u))
		}
	}
	keys = dedupe(keys)
	if ok, err := f.seenAny(ctx, keys...); err != nil {
		return nil, err
	} else if ok {
		return nil, fmt.Errorf("%s: %w", a.URL, ErrAlreadySaved)
	}
	data, err := Markdown(a)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(f.opts.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating %s: %w", f.opts.Dir, err)
	}
	name := f.freeName(a)
	// Read it back as the loader will, before it is visible to the loader.
	back, err := corpus.ParseText(name, data)
	if err != nil {
		return nil, fmt.Errorf("the article as saved cannot be read back: %w", err)
	}
	if err := writeFile(name, data); err != nil {
		return nil, err
	}
	keys = dedupe(append(keys, textKey(back.Paragraphs)))
	if err := f.mark(ctx, keys...); err != nil {
		// The file is saved; the loader's own dedupe covers a refetch.
		f.log.Warn("saved an article but could not record it as seen", "file", name, "err", err.Error())
	}
	return &Saved{File: name, Article: back, Statements: corpus.Extract(back)}, nil
}

// Recall marks as seen every article already saved in the folder, by its
// URL and its text, so that a Fetcher whose Seen forgot (a new database, a
// run without one) still saves nothing twice. It returns how many articles
// it read; a missing folder is no error.
func (f *Fetcher) Recall(ctx context.Context) (int, error) {
	if _, err := os.Stat(f.opts.Dir); errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	c, err := corpus.Load(corpus.Options{}, f.opts.Dir)
	if err != nil {
		return 0, err
	}
	for _, a := range c.Articles {
		keys := []string{textKey(a.Paragraphs)}
		if a.URL != "" {
			keys = append(keys, urlKey(a.URL))
		}
		if err := f.mark(ctx, keys...); err != nil {
			return 0, fmt.Errorf("recording saved articles: %w", err)
		}
	}
	return len(c.Articles), nil
}

// writeFile writes data to a hidden temporary file beside name and
// renames it into place, so a folder watch sees only the whole file.
func writeFile(name string, data []byte) error {
	dir := filepath.Dir(name)
	tmp, err := os.CreateTemp(dir, ".saving-*.md")
	if err != nil {
		return fmt.Errorf("saving the article: %w", err)
	}
	defer os.Remove(tmp.Name()) // gone after a successful rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("saving the article: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("saving the article: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("saving the article: %w", err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("saving the article: %w", err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("saving the article: %w", err)
	}
	return nil
}

// freeName is DIR/DATE-title-words.md, with -2, -3 … when taken.
func (f *Fetcher) freeName(a *corpus.Article) string {
	date := a.Published
	if date.IsZero() {
		date = f.opts.Now().UTC()
	}
	base := date.Format("2006-01-02") + "-" + slug(a.Title)
	name := filepath.Join(f.opts.Dir, base+".md")
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); errors.Is(err, os.ErrNotExist) {
			return name
		}
		name = filepath.Join(f.opts.Dir, fmt.Sprintf("%s-%d.md", base, i))
	}
}

// slug is up to eight words of the title in lower-case ASCII, joined by
// hyphens; "article" when none are left.
func slug(title string) string {
	var words []string
	for _, w := range strings.FieldsFunc(norm.NFKD.String(strings.ToLower(title)), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || unicode.Is(unicode.Mn, r))
	}) {
		w = strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Mn, r) {
				return -1
			}
			return r
		}, w)
		if w != "" {
			words = append(words, w)
		}
		if len(words) == 8 {
			break
		}
	}
	if len(words) == 0 {
		return "article"
	}
	s := strings.Join(words, "-")
	if len(s) > 80 {
		s = strings.TrimRight(s[:80], "-")
	}
	return s
}

// urlKey identifies a page: scheme, "www.", the fragment, tracking
// parameters and a trailing slash do not count.
func urlKey(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "url:" + strings.ToLower(strings.TrimSpace(raw))
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" || lk == "ref" || lk == "cmpid" || lk == "smid" {
			q.Del(k)
		}
	}
	key := "url:" + host + strings.TrimSuffix(u.EscapedPath(), "/")
	if e := q.Encode(); e != "" {
		key += "?" + e
	}
	return key
}

// textKey identifies an article's text, whatever its spacing, case and
// punctuation.
func textKey(paras []string) string {
	h := sha256.New()
	for _, p := range paras {
		h.Write([]byte(corpus.NormWords(p)))
		h.Write([]byte{'\n'})
	}
	return "text:" + hex.EncodeToString(h.Sum(nil))
}

func dedupe(keys []string) []string {
	seen := map[string]bool{}
	out := keys[:0]
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

func (f *Fetcher) seenAny(ctx context.Context, keys ...string) (bool, error) {
	for _, k := range keys {
		ok, err := f.opts.Seen.HasSeen(ctx, k)
		if err != nil {
			return false, fmt.Errorf("checking what was saved before: %w", err)
		}
		if ok {
			return true, nil
		}
	}
	return false, nil
}

func (f *Fetcher) mark(ctx context.Context, keys ...string) error {
	for _, k := range keys {
		if err := f.opts.Seen.MarkSeen(ctx, k); err != nil {
			return err
		}
	}
	return nil
}
