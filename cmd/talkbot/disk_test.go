package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/talkbot/talkbot/internal/testkit"
)

// childEnv makes TestMain run "talkbot serve" instead of the tests, so a
// test can run serve in a process of its own and kill it.
const childEnv = "TALKBOT_TEST_SERVE_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		os.Exit(run(context.Background(), []string{"serve"}, os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// startDisk runs serve over dir with an on-disk index at idx.
func startDisk(t *testing.T, dir, idx string) (*Main, *testkit.Buffer) {
	t.Helper()
	cfg := testConfig(dir)
	cfg.IndexPath = idx
	cfg.Watch = false
	return startMain(t, cfg)
}

// stopMain closes m now, as a restart would.
func stopMain(t *testing.T, m *Main) {
	t.Helper()
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestServeOnDiskIndex: the stored index is reused while the corpus is
// unchanged, and rebuilt when the corpus changed or the index is damaged.
func TestServeOnDiskIndex(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	idx := filepath.Join(t.TempDir(), "data", "idx")

	restart := func(t *testing.T, wantReused bool) {
		t.Helper()
		m, logs := startDisk(t, dir, idx)
		if wantReused && (m.reuses.Load() != 1 || m.builds.Load() != 0 || !strings.Contains(logs.String(), "index reused from disk")) {
			t.Fatalf("the stored index was not reused (reused %d, built %d):\n%s", m.reuses.Load(), m.builds.Load(), logs)
		}
		if !wantReused && (m.reuses.Load() != 0 || m.builds.Load() != 1 || !strings.Contains(logs.String(), "stored index not usable; rebuilding")) {
			t.Fatalf("the stored index was not rebuilt (reused %d, built %d):\n%s", m.reuses.Load(), m.builds.Load(), logs)
		}
		if !found(ask(m, askTruce), "Egyptian official") {
			t.Fatal("no answer from the index")
		}
		if h := health(t, m.Addr()); h.Index != "disk" || h.Statements == 0 {
			t.Errorf("healthz = %+v", h)
		}
		stopMain(t, m)
	}

	m, logs := startDisk(t, dir, idx)
	if m.builds.Load() != 1 || !strings.Contains(logs.String(), "index built on disk") {
		t.Fatalf("first start did not build:\n%s", logs)
	}
	stopMain(t, m)

	t.Run("unchanged corpus reuses", func(t *testing.T) { restart(t, true) })

	t.Run("changed corpus rebuilds", func(t *testing.T) {
		writeFile(t, dir, "aid.md", articleAid)
		restart(t, false)
		restart(t, true)
	})

	damage := map[string]func(t *testing.T){
		"statements file truncated": func(t *testing.T) {
			if err := os.Truncate(filepath.Join(idx, "statements.bin"), 10); err != nil {
				t.Fatal(err)
			}
		},
		"meta file deleted": func(t *testing.T) {
			if err := os.Remove(filepath.Join(idx, "talkbot-index.json")); err != nil {
				t.Fatal(err)
			}
		},
		"bleve folder deleted": func(t *testing.T) {
			if err := os.RemoveAll(filepath.Join(idx, "bleve")); err != nil {
				t.Fatal(err)
			}
		},
		"bleve store truncated": func(t *testing.T) {
			n := 0
			filepath.Walk(filepath.Join(idx, "bleve"), func(p string, info os.FileInfo, err error) error {
				if err == nil && !info.IsDir() && info.Size() > 0 {
					n++
					return os.Truncate(p, 0)
				}
				return nil
			})
			if n == 0 {
				t.Fatal("no files to damage")
			}
		},
		"index gone, unfinished build left": func(t *testing.T) {
			if err := os.RemoveAll(idx); err != nil {
				t.Fatal(err)
			}
			writeFile(t, filepath.Join(filepath.Dir(idx), ".idx.building-123", "bleve"), "index_meta.json", "{")
		},
	}
	for name, f := range damage {
		t.Run(name, func(t *testing.T) {
			f(t)
			restart(t, false)
			leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(idx), ".idx.building-*"))
			if len(leftovers) > 0 {
				t.Errorf("unfinished builds left behind: %v", leftovers)
			}
			restart(t, true)
		})
	}

	t.Run("reload rebuilds on disk, restart reuses it", func(t *testing.T) {
		cfg := testConfig(dir)
		cfg.IndexPath = idx
		m, _ := startMain(t, cfg)
		writeFile(t, dir, "more.md", strings.Replace(articleAid, "Nordic Post", "Third Post", 1)+"\nTalks resume next week.\n")
		testkit.Eventually(t, 5*time.Second, "the reload is done", func() bool { return m.reloads.Load() == 1 })
		if m.builds.Load() != 1 || !found(ask(m, askAid), "Espen Barth Eide") {
			t.Fatalf("reload on disk: built %d", m.builds.Load())
		}
		stopMain(t, m)
		restart(t, true)
	})
}

// serveCommand is a command that runs "talkbot serve": the talkbot binary
// built for the test (without the race detector, so a large corpus loads
// quickly), or else this test binary in serve mode.
func serveCommand(t *testing.T) *exec.Cmd {
	t.Helper()
	if gobin, err := exec.LookPath("go"); err == nil {
		bin := filepath.Join(t.TempDir(), "talkbot")
		out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput()
		if err == nil {
			cmd := exec.Command(bin, "serve")
			cmd.Dir = t.TempDir() // its database file, and anything else it writes, go there
			return cmd
		}
		t.Logf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"=1")
	cmd.Dir = t.TempDir()
	return cmd
}

// genCorpus writes n articles, each different, into dir.
func genCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	places := []string{"Cairo", "Doha", "Geneva", "Beirut", "Amman", "Riyadh", "Muscat", "Oslo"}
	who := []string{"a senior Egyptian official", "a Qatari diplomat", "an Israeli official", "a Hamas spokesman", "a UN envoy"}
	for i := range n {
		var b strings.Builder
		fmt.Fprintf(&b, "---\ntitle: Talks round %d in %s\noutlet: Wire %d\npublished: 2024-%02d-%02d\ntopics: [Gaza]\n---\n",
			i, places[i%len(places)], i%37, 1+i%12, 1+i%28)
		for p := range 6 {
			fmt.Fprintf(&b, "%s — Negotiators met for session %d-%d on Monday to discuss prisoner list %d and aid convoy %d.\n\n",
				strings.ToUpper(places[(i+p)%len(places)]), i, p, i*7+p, i*11+p)
			fmt.Fprintf(&b, "“Proposal %d-%d is still on the table for round %d,” %s said on Tuesday.\n\n", i, p, i, who[(i+p)%len(who)])
		}
		writeFile(t, filepath.Join(dir, fmt.Sprintf("batch%02d", i%20)), fmt.Sprintf("a%05d.md", i), b.String())
	}
}

// TestServeKilledDuringBuild kills serve (SIGKILL) while it rebuilds its
// on-disk index for a large corpus; the next start must answer correctly.
func TestServeKilledDuringBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a large index")
	}
	small := t.TempDir()
	writeFile(t, small, "truce.md", articleTruce)
	idx := filepath.Join(t.TempDir(), "idx")
	m, _ := startDisk(t, small, idx)
	stopMain(t, m)

	big := t.TempDir()
	writeFile(t, big, "truce.md", articleTruce)
	t0 := time.Now()
	genCorpus(t, big, 1500)
	t.Logf("corpus written in %s", time.Since(t0))

	cmd := serveCommand(t)
	cmd.Env = append(cmd.Environ(), "TALKBOT_CORPUS="+big, "TALKBOT_INDEX_PATH="+idx, "TALKBOT_DATABASE="+filepath.Join(t.TempDir(), "talkbot.db"),
		"TALKBOT_HTTP_ADDR=127.0.0.1:0", "TALKBOT_WATCH=false", "TALKBOT_LOG_FORMAT=json")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var seen []string
	// serve logs its progress every few seconds while it loads and
	// builds, so only a minute without a line means it is stuck; a fixed
	// limit failed on a loaded machine while the load was still going.
	const stall = time.Minute
	deadline := time.After(stall)
	building := ""
wait:
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("serve exited before building:\n%s", strings.Join(seen, "\n"))
			}
			seen = append(seen, l)
			deadline = time.After(stall)
			if strings.Contains(l, "index built on disk") {
				t.Fatalf("the build finished before the kill; make the corpus bigger:\n%s", strings.Join(seen, "\n"))
			}
		case <-time.After(10 * time.Millisecond):
		case <-deadline:
			t.Fatalf("no build started, and serve said nothing for %s:\n%s", stall, strings.Join(seen, "\n"))
		}
		// Kill once the build has written some of the new index.
		tmp, _ := filepath.Glob(filepath.Join(filepath.Dir(idx), ".idx.building-*", "bleve", "*"))
		if len(tmp) > 0 {
			building = filepath.Dir(filepath.Dir(tmp[0]))
			break wait
		}
	}
	t.Logf("killing at %s:\n%s", time.Since(t0), strings.Join(seen, "\n"))
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if _, err := os.Stat(building); err != nil {
		t.Fatalf("killed after the build finished: %v", err)
	}

	// The old index is whole: serve over the old corpus reuses it, and
	// clears away the unfinished build.
	m, logs := startDisk(t, small, idx)
	if m.reuses.Load() != 1 || !found(ask(m, askTruce), "Egyptian official") {
		t.Fatalf("after the kill the old index is not usable:\n%s", logs)
	}
	if _, err := os.Stat(building); !os.IsNotExist(err) {
		t.Errorf("the unfinished build %s is still there", building)
	}
	stopMain(t, m)
	t.Logf("restarted at %s", time.Since(t0))

	// Serve over the big corpus rebuilds and answers from it.
	big2 := t.TempDir()
	writeFile(t, big2, "truce.md", articleTruce)
	genCorpus(t, big2, 30)
	m, _ = startDisk(t, big2, idx)
	if m.builds.Load() != 1 || !found(ask(m, askTruce), "Egyptian official") {
		t.Fatal("rebuild after the kill does not answer")
	}
	if a := ask(m, "who said proposal 17-4 is still on the table for round 17"); !a.Found || a.Items[0].Text != "Proposal 17-4 is still on the table for round 17" {
		t.Errorf("generated article not answered: %+v", a)
	}
}

// TestServeReloadBuildFails: when the new index cannot be written, the
// reload fails and the index in use keeps answering.
func TestServeReloadBuildFails(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	base := t.TempDir()
	real := filepath.Join(base, "real")
	if err := os.Mkdir(real, 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(base, "link")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	m, logs := startDisk(t, dir, filepath.Join(link, "idx"))

	// The index's folder now leads to a file: nothing can be built there,
	// as on a full or read-only disk.
	writeFile(t, base, "file", "x")
	if err := os.Remove(link); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(base, "file"), link); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "aid.md", articleAid)
	_, err := m.rl.reload(context.Background(), "test", true)
	if err == nil || !strings.Contains(err.Error(), "TALKBOT_INDEX_PATH: building the index") {
		t.Fatalf("reload onto an unwritable path: %v", err)
	}
	if !found(ask(m, askTruce), "Egyptian official") || found(ask(m, askAid), "Espen Barth Eide") {
		t.Error("a failed build changed the index in use")
	}
	if h := health(t, m.Addr()); !h.ReloadFailed || h.Statements != 2 {
		t.Errorf("healthz = %+v", h)
	}
	if !strings.Contains(logs.String(), "reload failed; still answering from the index in use") {
		t.Errorf("the failure is not logged:\n%s", logs)
	}
}
