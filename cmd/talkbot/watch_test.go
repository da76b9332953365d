package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/talkbot/talkbot/internal/testkit"
)

// TestServeCorpusFolderComesBack: the corpus folder removed, and created
// again seconds later, is watched again: /healthz says the watch failed
// meanwhile, and articles written after it is back are answered, three
// times over.
func TestServeCorpusFolderComesBack(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	writeFile(t, dir, "truce.md", articleTruce)
	m, logs := startMain(t, testConfig(dir))
	addr := m.Addr()
	for round := range 3 {
		removed := time.Now().UTC()
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		testkit.Eventually(t, 5*time.Second, "healthz reports the watch failed", func() bool { return health(t, addr).WatchFailed })
		testkit.Eventually(t, 10*time.Second, "the reload the removal set off has failed", func() bool {
			h := health(t, addr)
			return h.ReloadFailed && !h.ReloadAt.Before(removed)
		})
		if !found(ask(m, askTruce), "Egyptian official") {
			t.Fatalf("round %d: the index in use was lost with the folder", round)
		}
		writeFile(t, dir, "truce.md", articleTruce)
		testkit.Eventually(t, 10*time.Second, "the folder is watched again", func() bool { return !health(t, addr).WatchFailed })
		// An article written once the folder is back is answered.
		quote := fmt.Sprintf("Round %d of the talks will open in Oslo", round)
		writeFile(t, dir, fmt.Sprintf("aid%d.md", round), strings.Replace(articleAid, "The crossings must open before the winter comes", quote, 1))
		testkit.Eventually(t, 10*time.Second, "an article written after the folder came back is answered", func() bool {
			a := ask(m, "who said round "+fmt.Sprint(round)+" of the talks will open in Oslo")
			return found(a, "Espen Barth Eide") && strings.Contains(a.Items[0].Text, quote)
		})
	}
	if !strings.Contains(logs.String(), "watching the corpus folder again") {
		t.Errorf("the re-armed watch is not logged:\n%s", logs)
	}
}

// TestServeSlowWriteReloadsOnce: an article written slowly, in pieces with
// pauses longer than the quiet time, is read once it is whole: one reload,
// never a half-written article. One renamed into place is read at once.
func TestServeSlowWriteReloadsOnce(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "truce.md", articleTruce)
	m, _ := startMain(t, testConfig(dir), func(m *Main) { m.settle = 3 * time.Second })

	var pieces []string
	pieces = append(pieces, "---\ntitle: Envoys shuttle between capitals\noutlet: Slow Wire\npublished: 2024-12-05\n---\n")
	for i := range 5 {
		pieces = append(pieces, fmt.Sprintf("\n“Part %d of the plan is agreed,” a Qatari mediator said on Thursday.\n", i))
	}
	f, err := os.Create(filepath.Join(dir, "slow.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pieces {
		if _, err := f.WriteString(p); err != nil {
			t.Fatal(err)
		}
		f.Sync()
		time.Sleep(600 * time.Millisecond)
	}
	f.Close()
	testkit.Eventually(t, 10*time.Second, "the slow article is indexed", func() bool { return m.reloads.Load() >= 1 })
	// Every write happened before the reload (it waits for the file to
	// settle): once nothing is pending, no second reload can come.
	testkit.Eventually(t, 10*time.Second, "the watch and the reloads are idle", m.idle)
	if n := m.reloads.Load(); n != 1 {
		t.Errorf("%d reloads for one slowly written article; want 1", n)
	}
	if a := ask(m, "who said part 4 of the plan is agreed"); !found(a, "Qatari mediator") {
		t.Errorf("the whole article is not answered: %+v", a)
	}

	// Written elsewhere and renamed into place: no settling needed, one
	// reload.
	tmp := filepath.Join(dir, ".incoming.md")
	if err := os.WriteFile(tmp, []byte(articleAid), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, "aid.md")); err != nil {
		t.Fatal(err)
	}
	testkit.Eventually(t, 10*time.Second, "the renamed article is indexed", func() bool { return m.reloads.Load() == 2 })
	if !found(ask(m, askAid), "Espen Barth Eide") {
		t.Error("the renamed article is not answered")
	}
}
