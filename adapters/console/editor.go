package console

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

const ctrlC = 3

// interrupts reads the keys typed, turning Ctrl-C into Enter and
// remembering that it did. x/term's ReadLine ends the input at Ctrl-C and
// keeps the line typed so far for its next call, where a terminal user
// expects Ctrl-C to throw that line away, and Ctrl-C on an empty line to
// leave. A Ctrl-C is always given alone, so the line ReadLine returns next
// is the one it ended.
//
// Read, take and the history's Add are called by the goroutine that calls
// ReadLine, one at a time.
type interrupts struct {
	r     io.Reader
	buf   []byte
	stash []byte // read, not yet given
	err   error  // the read error that came with stash
	hit   bool   // a Ctrl-C was given as Enter and its line not yet taken
}

func (k *interrupts) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if len(k.stash) == 0 && k.err == nil {
		if len(k.buf) < len(p) {
			k.buf = make([]byte, len(p))
		}
		n, err := k.r.Read(k.buf[:len(p)])
		k.stash, k.err = k.buf[:n], err
	}
	if len(k.stash) == 0 {
		err := k.err
		k.err = nil
		return 0, err
	}
	if k.stash[0] == ctrlC {
		k.stash = k.stash[1:]
		k.hit = true
		p[0] = '\r'
		return 1, nil
	}
	n := len(k.stash)
	if i := bytes.IndexByte(k.stash, ctrlC); i >= 0 {
		n = i
	}
	n = copy(p, k.stash[:n])
	k.stash = k.stash[n:]
	return n, nil
}

// take reports whether the line just read was ended by Ctrl-C, and forgets it.
func (k *interrupts) take() bool {
	hit := k.hit
	k.hit = false
	return hit
}

// HistorySize is how many lines a chat's history keeps, in memory and in
// its file.
const HistorySize = 500

// history is the line editor's history (x/term's History): the questions
// asked, without empty lines, repeats of the line before, lines thrown away
// with Ctrl-C, or the words that leave. With a file, each line is appended
// to it as it is asked.
type history struct {
	lines []string // oldest first
	file  *os.File
	keys  *interrupts
}

// openHistory reads the history kept in path, or starts an empty one when
// path is "".
func openHistory(path string, keys *interrupts) (*history, error) {
	h := &history{keys: keys}
	if path == "" {
		return h, nil
	}
	data, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	read := 0
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			h.lines = append(h.lines, line)
			read++
		}
	}
	if len(h.lines) > HistorySize {
		h.lines = append([]string(nil), h.lines[len(h.lines)-HistorySize:]...)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("history folder: %w", err)
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_APPEND
	if read > len(h.lines) {
		// Only the newest lines are kept: the file is written anew.
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o600)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	if read > len(h.lines) {
		for _, l := range h.lines {
			fmt.Fprintln(f, l)
		}
	}
	h.file = f
	return h, nil
}

// Add records a line typed.
func (h *history) Add(line string) {
	line = strings.TrimSpace(line)
	switch {
	case line == "", h.keys != nil && h.keys.hit, len(h.lines) > 0 && h.lines[len(h.lines)-1] == line:
		return
	}
	switch strings.ToLower(line) {
	case "quit", "exit", "bye":
		return
	}
	h.lines = append(h.lines, line)
	if len(h.lines) > HistorySize {
		h.lines = h.lines[1:]
	}
	if h.file != nil {
		// A history that cannot be written is not worth stopping a chat.
		_, _ = fmt.Fprintln(h.file, line)
	}
}

// Len is the number of lines kept.
func (h *history) Len() int { return len(h.lines) }

// At is the line i before the newest (0: the newest).
func (h *history) At(i int) string { return h.lines[len(h.lines)-1-i] }

func (h *history) close() {
	if h.file != nil {
		h.file.Close()
	}
}
