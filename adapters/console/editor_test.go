package console

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
)

// Keys as a VT100 terminal sends them.
const (
	keyUp    = "\x1b[A"
	keyDown  = "\x1b[B"
	keyLeft  = "\x1b[D"
	keyEnter = "\r"
	keyCtrlC = "\x03"
	keyCtrlD = "\x04"
)

func testBot(t *testing.T) *bot.Bot {
	t.Helper()
	src := corpus.Source{Title: "US works on a ceasefire plan", Outlet: "CNN", Published: "2024-09-25"}
	ix, err := index.New([]corpus.Statement{
		{Kind: corpus.Quote, Speaker: "Antony Blinken", SpeakerTitle: "US Secretary of State", Text: "we don't think that war is the solution", SaidOn: "2024-09-25", Where: "NBC News", Source: src},
		{Kind: corpus.Quote, Speaker: "a European diplomat", Text: "there is no reason to be optimistic right now", SaidOn: "2024-09-25", Source: src},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return bot.New(ix, bot.Options{})
}

// keyboard is a terminal as the line editor sees it: the keys typed, and
// what the editor writes back.
type keyboard struct {
	keys   io.Reader
	screen bytes.Buffer
}

func (k *keyboard) Read(p []byte) (int, error)  { return k.keys.Read(p) }
func (k *keyboard) Write(p []byte) (int, error) { return k.screen.Write(p) }

// chatKeys runs a chat on the keys typed and returns what the terminal
// showed.
func chatKeys(t *testing.T, c *Console, keys string) string {
	t.Helper()
	kb := &keyboard{keys: strings.NewReader(keys)}
	c.editor = kb
	if err := c.Run(context.Background()); err != nil {
		t.Fatalf("Run: %v", err)
	}
	return kb.screen.String()
}

const (
	askBlinken   = "who said war is not the solution"
	answeredBy   = "Antony Blinken (US Secretary of State) said it"
	askDiplomat  = "who said there is no reason to be optimistic"
	answeredDipl = "A European diplomat said it"
)

func TestLineEditor(t *testing.T) {
	for _, tc := range []struct {
		name       string
		keys       string
		blinken    int // answers from Blinken
		diplomat   int
		unanswered string // typed, never asked
	}{
		{"the up arrow asks again", askBlinken + keyEnter + keyUp + keyEnter + keyCtrlD, 2, 0, ""},
		{"up twice, then down", askBlinken + keyEnter + askDiplomat + keyEnter + keyUp + keyUp + keyDown + keyEnter + keyCtrlD, 1, 2, ""},
		{"the line is edited where the cursor is", "who said war is the solution" + strings.Repeat(keyLeft, len("the solution")) + "not " + keyEnter + keyCtrlD, 1, 0, ""},
		{"Ctrl-C throws the line away", "what did Putin say" + keyCtrlC + askBlinken + keyEnter + keyCtrlD, 1, 0, "Putin"},
		{"a line thrown away is not in history", askBlinken + keyEnter + "what did Putin say" + keyCtrlC + keyUp + keyEnter + keyCtrlD, 2, 0, "Putin"},
		{"Ctrl-C on an empty line leaves", askBlinken + keyEnter + keyCtrlC + askDiplomat + keyEnter, 1, 0, "optimistic"},
		{"Ctrl-D on an empty line leaves", askBlinken + keyEnter + keyCtrlD + askDiplomat + keyEnter, 1, 0, "optimistic"},
		{"Ctrl-D in a line deletes under the cursor", "who said war is not the solutionx" + keyLeft + keyCtrlD + keyEnter, 1, 0, ""},
		{"quit leaves", askBlinken + keyEnter + "quit" + keyEnter + askDiplomat + keyEnter, 1, 0, "optimistic"},
		{"the end of the keys leaves", askDiplomat + keyEnter, 0, 1, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := chatKeys(t, New(testBot(t), nil, nil), tc.keys)
			if n := strings.Count(got, answeredBy); n != tc.blinken {
				t.Errorf("%d answers from Blinken; want %d:\n%s", n, tc.blinken, got)
			}
			if n := strings.Count(got, answeredDipl); n != tc.diplomat {
				t.Errorf("%d answers from the diplomat; want %d:\n%s", n, tc.diplomat, got)
			}
			if tc.unanswered != "" && strings.Contains(got, "I have no sourced statement") {
				t.Errorf("a line thrown away or never read was answered:\n%s", got)
			}
			if tc.unanswered != "" && strings.Count(got, tc.unanswered) > strings.Count(tc.keys[:strings.Index(tc.keys, tc.unanswered)+len(tc.unanswered)], tc.unanswered) {
				t.Errorf("%q shown more often than it was typed:\n%s", tc.unanswered, got)
			}
			if !strings.HasPrefix(got, greeting+"\r\n> ") {
				t.Errorf("the chat does not open with the greeting and a prompt:\n%q", got)
			}
			if strings.Contains(strings.ReplaceAll(got, "\r\n", ""), "\n") {
				t.Errorf("a line ends without a carriage return (raw mode needs \\r\\n):\n%q", got)
			}
		})
	}
}

func TestInterruptsGivesCtrlCAlone(t *testing.T) {
	k := &interrupts{r: strings.NewReader("ab" + keyCtrlC + "cd" + keyCtrlC + keyCtrlC + "e")}
	var got []string
	var hits []bool
	p := make([]byte, 64)
	for {
		n, err := k.Read(p)
		if n > 0 {
			got = append(got, string(p[:n]))
			hits = append(hits, k.take())
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"ab", "\r", "cd", "\r", "\r", "e"}
	wantHits := []bool{false, true, false, true, true, false}
	if fmt.Sprint(got) != fmt.Sprint(want) || fmt.Sprint(hits) != fmt.Sprint(wantHits) {
		t.Errorf("reads %q (Ctrl-C %v); want %q (%v)", got, hits, want, wantHits)
	}
}

func TestHistoryFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "talkbot", "history")
	b := testBot(t)
	chatKeys(t, New(b, nil, nil).KeepHistory(path), askDiplomat+keyEnter+askBlinken+keyEnter+askBlinken+keyEnter+"  "+keyEnter+"quit"+keyEnter)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := askDiplomat + "\n" + askBlinken + "\n"; string(data) != want {
		t.Errorf("history file:\n%s\nwant:\n%s", data, want)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("history file mode %v (%v); want 0600: questions are the user's own", info.Mode(), err)
	}
	// The next chat finds them with the up arrow, and adds its own.
	got := chatKeys(t, New(b, nil, nil).KeepHistory(path), keyUp+keyUp+keyEnter+keyCtrlD)
	if !strings.Contains(got, answeredDipl) {
		t.Errorf("the up arrow twice does not recall the first question of the chat before:\n%s", got)
	}
	data, _ = os.ReadFile(path)
	if strings.Count(string(data), "\n") != 3 {
		t.Errorf("history file after the second chat:\n%s", data)
	}

	// A long history keeps the newest HistorySize lines.
	var long strings.Builder
	for i := range HistorySize + 20 {
		fmt.Fprintf(&long, "question %d\n", i)
	}
	if err := os.WriteFile(path, []byte(long.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	chatKeys(t, New(b, nil, nil).KeepHistory(path), askBlinken+keyEnter)
	data, _ = os.ReadFile(path)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) != HistorySize+1 || lines[0] != "question 20" || lines[len(lines)-1] != askBlinken {
		t.Errorf("history file of %d lines, from %q to %q; want %d, from \"question 20\" to the last question", len(lines), lines[0], lines[len(lines)-1], HistorySize+1)
	}
}

// TestHistoryFileUnwritable: a history that cannot be kept is said once,
// and the chat goes on with history in memory.
func TestHistoryFileUnwritable(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "history")
	if err := os.Mkdir(path, 0o700); err != nil { // a folder where the file should be
		t.Fatal(err)
	}
	got := chatKeys(t, New(testBot(t), nil, nil).KeepHistory(path), askBlinken+keyEnter+keyUp+keyEnter)
	if !strings.Contains(got, "history not kept") || strings.Count(got, answeredBy) != 2 {
		t.Errorf("chat with an unwritable history:\n%s", got)
	}
}
