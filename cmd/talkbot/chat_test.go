package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestChatFromAPipe: chat reads plain lines when its input is not a
// terminal, with or without --history, which keeps nothing then: history
// is what was typed at a terminal.
func TestChatFromAPipe(t *testing.T) {
	config := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", config)
	t.Setenv("HOME", config)
	for _, args := range [][]string{{"chat"}, {"chat", "--history"}} {
		out, errOut, code := runCmd(t, "who said war is not the solution\n\nquit\nnever asked\n", args...)
		if code != 0 || !strings.Contains(out, "Antony Blinken") || strings.Count(out, "> ") != 3 {
			t.Errorf("%v: exit %d\n%s%s", args, code, out, errOut)
		}
	}
	if _, err := os.Stat(filepath.Join(config, "talkbot")); !os.IsNotExist(err) {
		t.Errorf("chat from a pipe wrote a history (%v)", err)
	}
}
