//go:build unix

package corpus

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

const specialArticle = "---\ntitle: Talks resume\nurl: https://example.org/talks-resume\npublished: 2024-11-20\n---\n\n“We are ready to talk,” the minister said on Tuesday.\n"

// TestLoadOnlyRegularFiles: whatever else sits in a corpus folder under an
// article's name (a link to a device, a named pipe, a socket, a link out of
// the folder) is reported with its reason and never read; the load ends
// quickly and the good article still loads, once.
func TestLoadOnlyRegularFiles(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "corpus")
	outside := filepath.Join(base, "elsewhere")
	for _, d := range []string{dir, filepath.Join(dir, "sub"), outside} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, name string) {
		t.Helper()
		if err := os.Symlink(target, name); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(dir, "sub", "real.md"), specialArticle)
	write(filepath.Join(outside, "secret.md"), strings.Replace(specialArticle, "ready to talk", "never going to talk", 1))
	link("/dev/zero", filepath.Join(dir, "zero.md"))
	link(filepath.Join(outside, "secret.md"), filepath.Join(dir, "secret.md"))
	link("../elsewhere", filepath.Join(dir, "elsewhere.md"))
	link(outside, filepath.Join(dir, "sub", "archive")) // a folder out: not walked, no article name
	link("sub/real.md", filepath.Join(dir, "alias.md")) // inside: the same file, read once
	link(filepath.Join(dir, "sub"), filepath.Join(dir, "inner"))
	link("loop.md", filepath.Join(dir, "loop.md"))
	link("pipe.md", filepath.Join(dir, "to-pipe.md"))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Socket paths are short; listen from inside the folder.
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("unix", "sock.md")
	os.Chdir(wd)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()

	done := make(chan struct{})
	var c *Corpus
	go func() {
		defer close(done)
		c, err = Load(Options{}, dir)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("Load did not return within 20 s")
	}
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]error{
		"zero.md":      ErrOutside,
		"pipe.md":      ErrNotRegular,
		"to-pipe.md":   ErrNotRegular,
		"sock.md":      ErrNotRegular,
		"secret.md":    ErrOutside,
		"elsewhere.md": ErrOutside,
		"loop.md":      nil, // too many links: reported with the system's words
	}
	reasons := map[string]string{"zero.md": "/dev/zero", "pipe.md": "named pipe", "to-pipe.md": "named pipe", "sock.md": "socket", "loop.md": "too many links"}
	got := map[string]bool{}
	for _, e := range c.Errors {
		fe, ok := errors.AsType[*FileError](e)
		if !ok {
			t.Errorf("%v is not a *FileError", e)
			continue
		}
		name := filepath.Base(fe.File)
		w, ok := want[name]
		if !ok {
			t.Errorf("unexpected error: %v", e)
			continue
		}
		got[name] = true
		if w != nil && !errors.Is(e, w) {
			t.Errorf("%s: %v; want %v", name, e, w)
		}
		if r := reasons[name]; !strings.Contains(e.Error(), r) || !strings.HasPrefix(e.Error(), filepath.Join(dir, name)) {
			t.Errorf("%s: %q should start with the file's path and say %q", name, e.Error(), r)
		}
	}
	for name := range want {
		if !got[name] {
			t.Errorf("%s is not reported", name)
		}
	}
	if len(c.Articles) != 1 || c.Articles[0].File != filepath.Join(dir, "alias.md") && c.Articles[0].File != filepath.Join(dir, "sub", "real.md") {
		t.Errorf("articles %d; want sub/real.md once", len(c.Articles))
	}
	for _, s := range c.Statements {
		if strings.Contains(s.Text, "never going") {
			t.Errorf("a file outside the folder was read: %q", s.Text)
		}
	}
}

// TestReadRegularRefusesSwaps: a file swapped for a pipe or a link after it
// was listed is refused when opened, without blocking.
func TestReadRegularRefusesSwaps(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readRegular(pipe, noFollow); !errors.Is(err, ErrNotRegular) {
		t.Errorf("pipe: %v; want ErrNotRegular", err)
	}
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink("/etc/hostname", link); err != nil {
		t.Fatal(err)
	}
	if _, err := readRegular(link, noFollow); err == nil {
		t.Error("a link was followed")
	}
	big := filepath.Join(dir, "big.md")
	if err := os.WriteFile(big, make([]byte, MaxFileSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readRegular(big, noFollow); !errors.Is(err, ErrTooLarge) {
		t.Errorf("big: %v; want ErrTooLarge", err)
	}
}
