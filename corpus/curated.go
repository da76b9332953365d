package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"gopkg.in/yaml.v3"
)

// curatedDoc is one YAML document of a curated statements file: a source
// and the statements taken from it. A file may hold several documents,
// separated by "---".
type curatedDoc struct {
	Source struct {
		Title     string   `yaml:"title"`
		Outlet    string   `yaml:"outlet"`
		URL       string   `yaml:"url"`
		Published string   `yaml:"published"`
		Topics    []string `yaml:"topics"`
	} `yaml:"source"`
	Statements []curatedStatement `yaml:"statements"`
}

type curatedStatement struct {
	Kind    string   `yaml:"kind"`
	Speaker string   `yaml:"speaker"`
	Title   string   `yaml:"title"`
	Text    string   `yaml:"text"`
	SaidOn  string   `yaml:"said_on"`
	Where   string   `yaml:"where"`
	Mention string   `yaml:"mention"`
	Aliases []string `yaml:"aliases"`
	Topics  []string `yaml:"topics"`
}

// ParseCurated reads a curated statements file (YAML; see the README for
// its format). Every statement needs text and a source title or URL;
// kind is quote or fact; dates are YYYY-MM-DD.
func ParseCurated(name string, data []byte) ([]Statement, error) {
	if err := checkText(name, data); err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var out []Statement
	for doc := 0; ; doc++ {
		var node yaml.Node
		err := dec.Decode(&node)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, &FileError{File: name, Line: yamlLine(err, 0), Err: fmt.Errorf("curated statements: %s", yamlReason(err))}
		}
		var d curatedDoc
		if err := node.Decode(&d); err != nil {
			return nil, &FileError{File: name, Line: yamlLine(err, 0), Err: fmt.Errorf("curated statements: %s", yamlReason(err))}
		}
		lines := statementLines(&node)
		src := Source{Title: strings.TrimSpace(d.Source.Title), Outlet: strings.TrimSpace(d.Source.Outlet), URL: strings.TrimSpace(d.Source.URL)}
		if d.Source.Published != "" {
			t, err := ParseDate(d.Source.Published)
			if err != nil {
				return nil, &FileError{File: name, Line: node.Line, Err: fmt.Errorf("%w: source published %q", ErrDate, d.Source.Published)}
			}
			src.Published = t.Format(dateLayout)
		}
		if src.Title == "" && src.URL == "" {
			return nil, &FileError{File: name, Line: node.Line, Err: errors.New("curated statements: source needs a title or url")}
		}
		for i, cs := range d.Statements {
			line := 0
			if i < len(lines) {
				line = lines[i]
			}
			st, err := cs.statement(src, d.Source.Topics)
			if err != nil {
				return nil, &FileError{File: name, Line: line, Err: err}
			}
			st.File = name
			st.Seq = len(out)
			st.ID = statementID(name, st.Seq, st.Text)
			out = append(out, st)
		}
	}
	if len(out) == 0 {
		return nil, &FileError{File: name, Err: errors.New("curated statements: no statements")}
	}
	return out, nil
}

func (cs curatedStatement) statement(src Source, topics []string) (Statement, error) {
	st := Statement{Kind: Kind(strings.ToLower(strings.TrimSpace(cs.Kind))), Speaker: strings.TrimSpace(cs.Speaker),
		SpeakerTitle: strings.TrimSpace(cs.Title), Text: strings.TrimSpace(cs.Text), Where: strings.TrimSpace(cs.Where),
		Mention: cs.Mention, Aliases: cs.Aliases, Source: src, Topics: append(append([]string{}, topics...), cs.Topics...), Curated: true}
	if st.Kind == "" {
		st.Kind = Fact
	}
	if st.Kind != Quote && st.Kind != Fact {
		return st, fmt.Errorf("curated statements: kind %q is not quote or fact", cs.Kind)
	}
	if st.Text == "" {
		return st, errors.New("curated statements: statement has no text")
	}
	if st.Mention == "" {
		st.Mention = st.Speaker
	}
	st.Sentence = st.Text
	if cs.SaidOn != "" {
		t, err := ParseDate(cs.SaidOn)
		if err != nil {
			return st, fmt.Errorf("%w: said_on %q", ErrDate, cs.SaidOn)
		}
		st.SaidOn = t.Format(dateLayout)
	}
	return st, nil
}

// statementLines finds the line of each item under "statements:".
func statementLines(doc *yaml.Node) []int {
	n := doc
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "statements" {
			var lines []int
			for _, item := range n.Content[i+1].Content {
				lines = append(lines, item.Line)
			}
			return lines
		}
	}
	return nil
}
