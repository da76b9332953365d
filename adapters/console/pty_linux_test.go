//go:build linux

package console

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal: the controlling side, where a test
// types and reads the screen, and the terminal side a program is given.
func openPTY(t *testing.T) (control, tty *os.File) {
	t.Helper()
	control, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("no pseudo-terminals in CI: %v", err)
		}
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	t.Cleanup(func() { control.Close() })
	if err := unix.IoctlSetPointerInt(int(control.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatalf("unlocking the pseudo-terminal: %v", err)
	}
	n, err := unix.IoctlGetInt(int(control.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatalf("naming the pseudo-terminal: %v", err)
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatalf("opening the pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { tty.Close() })
	return control, tty
}

// TestChatAtATerminal runs the chat on a real (pseudo-)terminal: it is put
// in raw mode for the line editor, keys typed are answered, and the
// terminal is given back as it was.
func TestChatAtATerminal(t *testing.T) {
	control, tty := openPTY(t)
	before, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if err := unix.IoctlSetWinsize(int(tty.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: 30, Col: 100}); err != nil {
		t.Fatal(err)
	}
	screen := make(chan []byte, 64)
	go func() {
		for {
			buf := make([]byte, 4096)
			n, err := control.Read(buf)
			if n > 0 {
				screen <- buf[:n]
			}
			if err != nil {
				close(screen)
				return
			}
		}
	}()
	var shown bytes.Buffer
	// waitFor reads the screen until what is shown n times.
	waitFor := func(what string, n int) {
		t.Helper()
		deadline := time.After(10 * time.Second)
		for strings.Count(shown.String(), what) < n {
			select {
			case b, ok := <-screen:
				if !ok {
					t.Fatalf("the terminal closed before %q:\n%q", what, shown.String())
				}
				shown.Write(b)
			case <-deadline:
				t.Fatalf("%q never shown:\n%q", what, shown.String())
			}
		}
	}

	done := make(chan error, 1)
	go func() { done <- New(testBot(t), tty, tty).Run(context.Background()) }()
	waitFor("> ", 1)
	io.WriteString(control, askBlinken+keyEnter)
	waitFor(answeredBy, 1)
	io.WriteString(control, "what did Putin"+keyCtrlC)
	io.WriteString(control, keyUp+keyEnter)
	waitFor(answeredBy, 2)
	waitFor("\r\n> ", 4)
	io.WriteString(control, keyCtrlD)
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("Ctrl-D did not end the chat:\n%q", shown.String())
	}
	if strings.Contains(shown.String(), "I have no sourced statement") {
		t.Errorf("the line thrown away with Ctrl-C was answered:\n%q", shown.String())
	}
	after, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if after.Lflag != before.Lflag || after.Iflag != before.Iflag || after.Oflag != before.Oflag {
		t.Errorf("the terminal is not given back as it was: lflag %#x → %#x, iflag %#x → %#x", before.Lflag, after.Lflag, before.Iflag, after.Iflag)
	}
}
