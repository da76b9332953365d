package main

import (
	"bufio"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/talkbot/talkbot/index"
	"github.com/talkbot/talkbot/internal/damage"
	"github.com/talkbot/talkbot/internal/testkit"
)

// child is "talkbot serve" running in a process of its own.
type child struct {
	cmd   *exec.Cmd
	addr  string
	lines chan string
	seen  []string
	exit  chan error
}

// startChild runs serve with env added and waits until it listens or
// exits. ok is false when it exited first (the log says why).
func startChild(t *testing.T, env ...string) (c *child, ok bool) {
	t.Helper()
	cmd := serveCommand(t)
	cmd.Env = append(cmd.Environ(), "TALKBOT_HTTP_ADDR=127.0.0.1:0", "TALKBOT_LOG_FORMAT=json", "TALKBOT_DATABASE="+filepath.Join(t.TempDir(), "talkbot.db"),
		"SLACK_SIGNING_SECRET="+testSecret, "SLACK_BOT_TOKEN=xoxb-test", "TALKBOT_SHUTDOWN_TIMEOUT=5s")
	cmd.Env = append(cmd.Env, env...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c = &child{cmd: cmd, lines: make(chan string, 1000), exit: make(chan error, 1)}
	t.Cleanup(func() {
		if c.cmd.ProcessState == nil {
			c.cmd.Process.Kill()
			<-c.exit
		}
	})
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			c.lines <- sc.Text()
		}
		close(c.lines)
		c.exit <- cmd.Wait()
	}()
	deadline := time.After(60 * time.Second)
	for {
		select {
		case l, open := <-c.lines:
			if !open {
				return c, false
			}
			c.seen = append(c.seen, l)
			var rec struct {
				Msg  string `json:"msg"`
				Addr string `json:"addr"`
			}
			if json.Unmarshal([]byte(l), &rec) == nil && rec.Msg == "listening" {
				c.addr = rec.Addr
				return c, true
			}
		case <-deadline:
			t.Fatalf("serve neither listened nor exited within a minute:\n%s", c.log())
		}
	}
}

// log is what the child has logged so far.
func (c *child) log() string {
	for {
		select {
		case l, open := <-c.lines:
			if !open {
				return strings.Join(c.seen, "\n")
			}
			c.seen = append(c.seen, l)
		default:
			return strings.Join(c.seen, "\n")
		}
	}
}

// stop ends the child with SIGTERM and waits for it.
func (c *child) stop(t *testing.T) {
	t.Helper()
	c.cmd.Process.Signal(os.Interrupt)
	select {
	case <-c.exit:
	case <-time.After(20 * time.Second):
		c.cmd.Process.Kill()
		t.Fatalf("serve did not stop within 20 s of SIGINT:\n%s", c.log())
	}
}

// largestSegment is the biggest .zap file of the index at idx.
func largestSegment(t *testing.T, idx string) string {
	t.Helper()
	zaps, _ := filepath.Glob(filepath.Join(idx, "bleve", "store", "*.zap"))
	best, size := "", int64(-1)
	for _, z := range zaps {
		if info, err := os.Stat(z); err == nil && info.Size() > size {
			best, size = z, info.Size()
		}
	}
	if best == "" {
		t.Fatalf("no .zap segment under %s", idx)
	}
	return best
}

// scribble writes random bytes over a part of name starting at frac of its
// length, as a bad disk or a stray write would, without changing its size.
func scribble(t *testing.T, name string, frac float64) { damage.Scribble(t, name, frac, 7) }

// TestServeDamagedIndexRebuilt damages a stored index while serve is
// stopped, the ways a disk or a person does, and starts the real binary on
// it: it must rebuild (saying why), listen, and answer right; never
// crash, never serve the damaged words.
func TestServeDamagedIndexRebuilt(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the talkbot binary")
	}
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	writeFile(t, dir, "aid.md", articleAid)
	genCorpus(t, dir, 40)
	damage := []struct {
		name string
		do   func(t *testing.T, idx string)
	}{
		{"segment scribbled at 10%", func(t *testing.T, idx string) { scribble(t, largestSegment(t, idx), 0.1) }},
		{"segment scribbled at 60%", func(t *testing.T, idx string) { scribble(t, largestSegment(t, idx), 0.6) }},
		{"statements file edited", func(t *testing.T, idx string) {
			name := filepath.Join(idx, "statements.bin")
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			edited := strings.Replace(string(data), "closer than we were", "further apart than we were", 1)
			if edited == string(data) {
				t.Fatal("the quote is not in statements.bin")
			}
			if err := os.WriteFile(name, []byte(edited), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, d := range damage {
		t.Run(d.name, func(t *testing.T) {
			idx := filepath.Join(t.TempDir(), "idx")
			env := []string{"TALKBOT_CORPUS=" + dir, "TALKBOT_INDEX_PATH=" + idx, "TALKBOT_WATCH=false"}
			c, ok := startChild(t, env...)
			if !ok {
				t.Fatalf("first start failed:\n%s", c.log())
			}
			c.stop(t)
			d.do(t, idx)

			for start := range 2 {
				c, ok := startChild(t, env...)
				if !ok {
					t.Fatalf("start %d on the damaged index exited:\n%s", start+1, c.log())
				}
				code, res, err := postSlash(c.addr, "U1", askTruce)
				if err != nil || code != 200 || !strings.Contains(res.Text, "closer than we were") || strings.Contains(res.Text, "Sorry") {
					t.Errorf("start %d: answer %d %+v %v\n%s", start+1, code, res, err, c.log())
				}
				if code, res, _ := postSlash(c.addr, "U1", "who said proposal 17-4 is still on the table for round 17"); code != 200 || !strings.Contains(res.Text, "Proposal 17-4") {
					t.Errorf("start %d: generated article: %d %+v", start+1, code, res)
				}
				h := health(t, c.addr)
				if h.Statements == 0 || h.Index != "disk" {
					t.Errorf("start %d: healthz %+v", start+1, h)
				}
				log := c.log()
				if start == 0 && !strings.Contains(log, "stored index not usable; rebuilding") {
					t.Errorf("the rebuild is not logged with its reason:\n%s", log)
				}
				if start == 1 && !strings.Contains(log, "index reused from disk") {
					t.Errorf("the rebuilt index is not reused on the next start:\n%s", log)
				}
				c.stop(t)
			}
		})
	}
}

// TestServeSpecialFiles: a named pipe in the corpus folder at start, and a
// pipe and a link to /dev/zero dropped in while serving, are skipped and
// reported; start-up and every reload finish, and later changes still
// apply.
func TestServeSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	var m *Main
	var logs *testkit.Buffer
	go func() {
		defer close(started)
		m, logs = startMain(t, testConfig(dir))
	}()
	select {
	case <-started:
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not start within 20 s with a named pipe in the corpus")
	}
	addr := m.Addr()
	if h := health(t, addr); h.Skipped != 1 || h.Statements == 0 {
		t.Errorf("healthz at start = %+v; want 1 file skipped", h)
	}

	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.md")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe2.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	testkit.Eventually(t, 10*time.Second, "the reload with a pipe and /dev/zero is done", func() bool { return health(t, addr).Skipped == 3 })
	writeFile(t, dir, "aid.md", articleAid)
	testkit.Eventually(t, 10*time.Second, "a later article is indexed", func() bool { return found(ask(m, askAid), "Espen Barth Eide") })
	_, res := slashCommand(t, addr, "UADMIN", "reload")
	if !strings.Contains(res.Text, "Reloaded") || !strings.Contains(res.Text, "3 files skipped") {
		t.Errorf("reload command: %+v", res)
	}
	for _, want := range []string{"pipe.md: not a regular file: a named pipe", "zero.md: symbolic link leads outside the corpus folder"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("the log does not say %q:\n%s", want, logs)
		}
	}
}

// TestServeReplayedCommand: a signed slash command sent again, byte for
// byte, within its five minutes is refused and runs once.
func TestServeReplayedCommand(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	cfg := testConfig(dir)
	cfg.Watch = false
	m, _ := startMain(t, cfg)
	form := url.Values{"command": {"/talks"}, "text": {"reload"}, "team_id": {"T1"}, "user_id": {"UADMIN"},
		"channel_id": {"C1"}, "response_url": {"https://hooks.slack.com/commands/T1/1/x"}}
	body := form.Encode()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(testSecret))
	fmt.Fprintf(mac, "v0:%s:%s", ts, body)
	sig := "v0=" + hex.EncodeToString(mac.Sum(nil))
	send := func() int {
		req, _ := http.NewRequest("POST", "http://"+m.Addr()+"/slack/commands", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Slack-Request-Timestamp", ts)
		req.Header.Set("X-Slack-Signature", sig)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if code := send(); code != 200 {
		t.Fatalf("first: %d", code)
	}
	for i := range 4 {
		if code := send(); code != http.StatusUnauthorized {
			t.Errorf("replay %d: %d; want 401", i+1, code)
		}
	}
	// The replays were refused before reaching the bot; Close waits for
	// anything they could have set off.
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	if n := m.reloads.Load(); n != 1 {
		t.Errorf("%d forced reloads ran; want 1", n)
	}
}

// TestServeIndexDamagedWhileServing: a search that finds the index
// damaged (reported through index.OnDamaged) makes serve rebuild it from
// the corpus and answer from the new one.
func TestServeIndexDamagedWhileServing(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	cfg := testConfig(dir)
	cfg.Watch = false
	cfg.IndexPath = filepath.Join(t.TempDir(), "idx")
	m, logs := startMain(t, cfg)
	before := m.Bot().Index()
	m.indexDamaged(fmt.Errorf("%w: search panicked: makeslice: len out of range", index.ErrDamaged))
	testkit.Eventually(t, 10*time.Second, "the damaged index is rebuilt and swapped in", func() bool { return m.reloads.Load() == 1 })
	if m.Bot().Index() == before || !found(ask(m, askTruce), "Egyptian official") {
		t.Error("serve does not answer from a rebuilt index")
	}
	if !strings.Contains(logs.String(), "the index failed while answering; rebuilding it from the corpus") {
		t.Errorf("the rebuild is not logged:\n%s", logs)
	}
}
