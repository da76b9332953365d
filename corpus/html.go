package corpus

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ParseHTML reads a saved web page: the article text found by readability
// (navigation, comments and footers left out) and the page's metadata
// (og:title, og:site_name, article:published_time, the canonical URL).
func ParseHTML(name string, data []byte) (*Article, error) {
	if err := checkText(name, data); err != nil {
		return nil, err
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, &FileError{File: name, Err: fmt.Errorf("reading HTML: %w", err)}
	}
	meta := pageMeta(doc)
	r, err := readability.FromDocument(doc, nil)
	if err != nil {
		return nil, &FileError{File: name, Err: fmt.Errorf("%w: %v", ErrNoText, err)}
	}
	a := &Article{File: name, Title: first(meta["og:title"], r.Title(), meta["title"]), Outlet: first(meta["og:site_name"], r.SiteName()), URL: first(meta["canonical"], meta["og:url"])}
	if b := r.Byline(); b != "" {
		a.Authors = []string{strings.TrimPrefix(strings.TrimSpace(b), "By ")}
	}
	if p := first(meta["article:published_time"], meta["date"], meta["pubdate"]); p != "" {
		t, err := ParseDate(p)
		if err != nil {
			return nil, &FileError{File: name, Err: fmt.Errorf("%w: article:published_time %q", ErrDate, p)}
		}
		a.Published = t
	} else if t, err := r.PublishedTime(); err == nil {
		a.Published = t.UTC().Truncate(24 * time.Hour)
	}
	if r.Node != nil {
		a.Paragraphs = blockTexts(r.Node)
	}
	a.Paragraphs = dropBoilerplate(a.Paragraphs)
	if len(a.Paragraphs) > 0 && strings.EqualFold(a.Paragraphs[0], a.Title) {
		a.Paragraphs = a.Paragraphs[1:]
	}
	fillFromBody(a)
	if len(a.Paragraphs) == 0 {
		return nil, &FileError{File: name, Err: ErrNoText}
	}
	return a, nil
}

func first(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// pageMeta collects <meta> properties, the <title> and the canonical link.
func pageMeta(doc *html.Node) map[string]string {
	m := map[string]string{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if key != "" && m[key] == "" {
					m[key] = attr(n, "content")
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					m["canonical"] = attr(n, "href")
				}
			case atom.Title:
				if n.FirstChild != nil && m["title"] == "" {
					m["title"] = n.FirstChild.Data
				}
			case atom.Body:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// blockTexts returns the text of each paragraph-like element under n.
func blockTexts(n *html.Node) []string {
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.Li, atom.Blockquote, atom.Pre:
				if t := strings.TrimSpace(spacesRE.ReplaceAllString(oddSpaces.Replace(textOf(n)), " ")); t != "" {
					out = append(out, t)
				}
				return
			case atom.Figcaption, atom.Figure, atom.Nav, atom.Footer, atom.Aside, atom.Script, atom.Style, atom.Form, atom.Button:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Br {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
