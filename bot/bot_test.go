package bot

import (
	"context"
	"maps"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/talkbot/talkbot/corpus"
	"github.com/talkbot/talkbot/index"
	"github.com/talkbot/talkbot/internal/gen"
)

func TestParse(t *testing.T) {
	tests := []struct {
		q       string
		intent  Intent
		speaker string
		about   string
		phrase  string
		where   string
		words   string
	}{
		{"Who said there is no reason to be optimistic?", WhoSaid, "", "", "", "", "there is no reason to be optimistic"},
		{"who said 'but it's possible'?", WhoSaid, "", "", "but it's possible", "", "'but it's possible'"},
		{"What did Blinken tell NBC News?", WhatSaid, "Blinken", "", "", "NBC News", ""},
		{"what did biden say on the view", WhatSaid, "biden", "", "", "the view", ""},
		{"What did Keir Starmer call for at the Security Council?", WhatSaid, "Keir Starmer", "", "", "the Security Council", "call"},
		{"What did Lawson tell NBC News he would focus on?", WhatSaid, "Lawson", "", "", "NBC News", "he would focus on"},
		{"What has Hezbollah said about stopping rocket fire?", WhatSaid, "Hezbollah", "", "", "", "stopping rocket fire"},
		{"When did a US official say the administration was close?", When, "US official", "", "", "", "the administration was close"},
		{"Who is Amos Hochstein?", WhoIs, "", "Amos Hochstein", "", "", ""},
		{"Who is talking to Hezbollah?", Fact, "", "", "", "", "Who is talking to Hezbollah"},
		{"What did Netanyahu approve?", Fact, "", "Netanyahu", "", "", "approve"},
		{"status", Status, "", "", "", "", ""},
		{"What is the latest status of the talks?", Status, "", "", "", "", ""},
		{"timeline gaza", Timeline, "", "", "", "", ""},
		{"quotes Blinken", Quotes, "Blinken", "", "", "", ""},
		{"who war is not the solution", WhoSaid, "", "", "", "", "war is not the solution"},
		{"help", Help, "", "", "", "", ""},
		{"sources", Sources, "", "", "", "", ""},
		{"<@U123> who said war is not the solution", WhoSaid, "", "", "", "", "war is not the solution"},
	}
	for _, tt := range tests {
		p := Parse(tt.q)
		if p.Intent != tt.intent || p.Speaker != tt.speaker || p.About != tt.about || p.Phrase != tt.phrase || p.Where != tt.where || p.Words != tt.words {
			t.Errorf("parse(%q) = %+v; want intent %s speaker %q about %q phrase %q where %q words %q", tt.q, p, tt.intent, tt.speaker, tt.about, tt.phrase, tt.where, tt.words)
		}
	}
}

func testBot(t testing.TB) *Bot {
	t.Helper()
	c, err := corpus.Load(corpus.Options{}, "../corpus/testdata/articles")
	if err != nil || len(c.Statements) == 0 {
		t.Fatal(err)
	}
	ix, err := index.New(c.Statements)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(ix, Options{})
}

func TestAsk(t *testing.T) {
	b := testBot(t)
	ctx := context.Background()
	tests := []struct {
		q       string
		found   bool
		speaker string // words the top speaker contains
		text    string // words the top text contains
	}{
		{"who said a window of days, not weeks", true, "Western diplomat", "a window of days, not weeks"},
		{"what did Whitfield say on This Week", true, "Karen Whitfield", ""},
		{"what did Putin say about the ceasefire?", false, "", ""},
		{"When is the royal wedding scheduled?", false, "", ""},
		{"who is Zhang Wei", true, "", "China’s envoy, Zhang Wei"},
	}
	for _, tt := range tests {
		a := b.Ask(ctx, tt.q)
		if a.Found != tt.found {
			t.Errorf("Ask(%q).Found = %v (%s); want %v", tt.q, a.Found, a.Summary, tt.found)
			continue
		}
		if !tt.found {
			if len(a.Items) != 0 || a.Summary == "" || a.Note == "" {
				t.Errorf("Ask(%q): a not-found answer should have no items and say what it knows: %+v", tt.q, a)
			}
			continue
		}
		top := a.Items[0]
		if !strings.Contains(top.Speaker+" "+top.SpeakerTitle, tt.speaker) || !strings.Contains(corpus.NormWords(top.Text), corpus.NormWords(tt.text)) {
			t.Errorf("Ask(%q) top = %q (%s): %q; want speaker with %q and text with %q", tt.q, top.Speaker, top.SpeakerTitle, top.Text, tt.speaker, tt.text)
		}
		if top.Source.Title == "" {
			t.Errorf("Ask(%q): answer without a source", tt.q)
		}
	}
}

func TestCommands(t *testing.T) {
	b := testBot(t)
	ctx := context.Background()
	st := b.Ask(ctx, "status")
	if !st.Found || len(st.Items) < 2 || st.AsOf != "2025-04-23" {
		t.Errorf("status: found %v, %d items, as of %q; want the newest article's date 2025-04-23", st.Found, len(st.Items), st.AsOf)
	}
	tl := b.Ask(ctx, "timeline gaza")
	for i := 1; i < len(tl.Items); i++ {
		if tl.Items[i].SaidOn < tl.Items[i-1].SaidOn {
			t.Fatalf("timeline out of order at %d: %s before %s", i, tl.Items[i-1].SaidOn, tl.Items[i].SaidOn)
		}
	}
	if !tl.Found || len(tl.Items) == 0 {
		t.Error("timeline gaza found nothing")
	}
	src := b.Ask(ctx, "sources")
	if len(src.Items) != 10 {
		t.Errorf("sources: %d items; want the 10 test articles", len(src.Items))
	}
	q := b.Ask(ctx, "quotes Whitfield")
	if !q.Found || q.Items[0].Speaker != "Karen Whitfield" {
		t.Errorf("quotes Whitfield: %+v", q)
	}
	for i := 1; i < len(q.Items); i++ {
		if q.Items[i].Kind == q.Items[i-1].Kind && q.Items[i].SaidOn > q.Items[i-1].SaidOn {
			t.Errorf("quotes not newest first: %v", q.Items)
		}
	}
	if w := b.Ask(ctx, "who is Zhang Wei"); !strings.Contains(w.Summary, "China’s envoy") {
		t.Errorf("who is Zhang Wei: summary %q should give his role", w.Summary)
	}
	if h := b.Ask(ctx, "help"); h.Intent != Help || !strings.Contains(h.Note, "status") {
		t.Errorf("help: %+v", h)
	}
}

func TestHostileQuestion(t *testing.T) {
	b := testBot(t)
	q := strings.Repeat("*ceasefire* ~2 /reg.*ex/ +speaker:x ", 400)
	a := b.Ask(context.Background(), q)
	if len([]rune(a.Question)) > MaxQuestion {
		t.Errorf("question kept %d runes; want at most %d", len([]rune(a.Question)), MaxQuestion)
	}
}

func TestHandleRateLimitAndReload(t *testing.T) {
	b := testBot(t)
	reloaded := 0
	b.opts = Options{Admins: []string{"slack:T/U1"}, Reload: func(context.Context) (string, error) { reloaded++; return "Reloaded 10 articles.", nil }}
	b.lim = newLimiter(2, 2)
	ctx := context.Background()
	for i, want := range []bool{false, false, true} {
		a := b.Handle(ctx, Request{Text: "status", User: "discord:1"})
		if a.Error != want {
			t.Errorf("question %d: rate-limited %v; want %v", i+1, a.Error, want)
		}
	}
	if a := b.Handle(ctx, Request{Text: "reload", User: "slack:T/U2"}); !a.Error || reloaded != 0 {
		t.Errorf("reload by a non-admin: %+v", a)
	}
	if a := b.Handle(ctx, Request{Text: "reload", User: "slack:T/U1"}); a.Error || reloaded != 1 {
		t.Errorf("reload by an admin: %+v", a)
	}
}

// TestSwapWhileAsking swaps a different index in while questions keep
// being asked: every answer is found, each question begun after the swap
// is answered from the new index, and once the old one is closed answers
// still come, from the new one.
func TestSwapWhileAsking(t *testing.T) {
	b := testBot(t)
	const question = "who said a window of days, not weeks"
	const newSpeaker = "Ingrid Solberg"
	next, err := index.New([]corpus.Statement{{ID: "n1", Kind: corpus.Quote, Speaker: newSpeaker, SpeakerTitle: "mediator",
		Text: "a window of days, not weeks", SaidOn: "2024-10-02", Source: corpus.Source{Title: "Mediator sets a short window", Published: "2024-10-02"}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { next.Close() })
	if a := b.Ask(context.Background(), question); !a.Found || a.Items[0].Speaker == newSpeaker {
		t.Fatalf("before the swap: %+v", a)
	}

	var swapped atomic.Bool
	const askers = 4
	var after [askers]atomic.Int64 // questions begun after the swap and answered
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan string, askers)
	for g := range askers {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				late := swapped.Load()
				a := b.Ask(context.Background(), question)
				switch {
				case !a.Found:
					errs <- "not found: " + a.Summary
					return
				case late && a.Items[0].Speaker != newSpeaker:
					errs <- "asked after the swap, answered from the old index: " + a.Items[0].Speaker
					return
				}
				if late {
					after[g].Add(1)
				}
			}
		})
	}
	old, done := b.Swap(next)
	swapped.Store(true)
	// Once every asker has finished a question begun after the swap, none
	// is still reading the old index: close it while they keep asking.
	for g := range askers {
		for after[g].Load() == 0 && len(errs) == 0 {
			runtime.Gosched()
		}
	}
	<-done
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	for g := range askers {
		for n := after[g].Load(); after[g].Load() < n+2 && len(errs) == 0; {
			runtime.Gosched()
		}
	}
	close(stop)
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if _, err := old.Search(context.Background(), index.Query{Words: "window"}); err == nil {
		t.Error("the old index still answers after Close")
	}
	if b.Index() != next {
		t.Error("Index() is not the index swapped in")
	}
}

// TestReady: once Ready returns, the talks are worked out, and with them
// the terms of every name that tells what an article is about, and no
// others.
func TestReady(t *testing.T) {
	b := testBot(t)
	b.Ready()
	v := b.cur.Load().v
	if !v.negOnce.done.Load() || len(v.negs) == 0 {
		t.Fatalf("after Ready: talks ready %v, %d talks", v.negOnce.done.Load(), len(v.negs))
	}
	want := map[string]bool{}
	for _, ks := range v.artKeys {
		for _, k := range ks {
			for _, x := range v.s.Terms(k) {
				want[x] = true
			}
		}
	}
	if len(want) == 0 || !maps.Equal(v.names, want) {
		t.Errorf("the names' terms: %v; want %v", v.names, want)
	}
	New(nil, Options{}).Ready() // no index: nothing to wait for
}

// TestReadyInBackground: New and Swap start the once-per-index work
// themselves; nobody has to ask or call Ready for it to be done.
func TestReadyInBackground(t *testing.T) {
	b := testBot(t)
	ix := b.Index()
	waitTalks := func(what string) {
		st := b.cur.Load()
		<-st.done
		if !st.v.once.done.Load() || !st.v.negOnce.done.Load() {
			t.Fatalf("after %s, the background work ended without working out which talks the articles are about", what)
		}
	}
	waitTalks("New")
	c, err := corpus.Load(corpus.Options{}, "../corpus/testdata/heldout/articles")
	if err != nil {
		t.Fatal(err)
	}
	other, err := index.New(c.Statements)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	if old, _ := b.Swap(other); old != ix {
		t.Fatalf("Swap returned %p; want the index in use, %p", old, ix)
	}
	waitTalks("Swap")
}

// blockedStatements is a Searcher whose Statements call number block
// (the first is 1) waits until it is released.
type blockedStatements struct {
	statementsOnly
	block            int32
	calls            atomic.Int32
	entered, release chan struct{}
}

func (b *blockedStatements) Statements() []corpus.Statement {
	if b.calls.Add(1) == b.block {
		close(b.entered)
		<-b.release
	}
	return b.statementsOnly
}

// TestSwapStopsOldWork: the work started for an index is given up when
// the index is swapped out before it is done, whether it is building the
// view (the first call for the statements) or working out the talks (the
// second); a question still being answered on the old index has it done
// whole.
func TestSwapStopsOldWork(t *testing.T) {
	for _, tt := range []struct {
		block int32
		built bool // whether the view was built before the swap
	}{{1, false}, {2, true}} {
		s := &blockedStatements{statementsOnly: gen.Statements(3000, 1), block: tt.block, entered: make(chan struct{}), release: make(chan struct{})}
		b := &Bot{}
		old := startState(nil, s)
		b.cur.Store(old)
		<-s.entered
		b.Swap(nil)
		close(s.release)
		<-old.done
		if old.v.once.done.Load() != tt.built || old.v.negOnce.done.Load() {
			t.Fatalf("swapped out at Statements call %d: view built %v, talks worked out %v; want %v, false",
				tt.block, old.v.once.done.Load(), old.v.negOnce.done.Load(), tt.built)
		}
		if v := old.v.get(); len(v.norm) != len(s.statementsOnly) || len(v.articles) == 0 {
			t.Errorf("a question on the old index finds %d statements, %d articles; want %d statements", len(v.norm), len(v.articles), len(s.statementsOnly))
		}
		if negs := old.v.negotiations(); !old.v.negOnce.done.Load() || len(negs) == 0 {
			t.Errorf("a question on the old index finds %d talks", len(negs))
		}
	}
}

// TestIndexClosedAfterWork: the index swapped out (Swap), or the one in
// use when the bot stops (Stop), may be closed only once the work started
// for it in the background has ended; Swap itself does not wait for it,
// Stop does, and either gives the work up.
func TestIndexClosedAfterWork(t *testing.T) {
	for _, tt := range []struct {
		name string
		// retire swaps out or stops; closable is closed when the index
		// may be closed.
		retire func(b *Bot) (closable <-chan struct{})
	}{
		{"Swap", func(b *Bot) <-chan struct{} {
			_, done := b.Swap(nil)
			return done
		}},
		{"Stop", func(b *Bot) <-chan struct{} {
			stopped := make(chan struct{})
			go func() {
				b.Stop()
				close(stopped)
			}()
			return stopped
		}},
	} {
		s := &blockedStatements{statementsOnly: gen.Statements(3000, 1), block: 1, entered: make(chan struct{}), release: make(chan struct{})}
		b := &Bot{}
		st := startState(nil, s)
		b.cur.Store(st)
		<-s.entered
		closable := tt.retire(b)
		// The background work is inside Statements until released.
		select {
		case <-closable:
			t.Fatalf("%s: the index may be closed while its background work still reads it", tt.name)
		default:
		}
		close(s.release)
		<-closable
		select {
		case <-st.done:
		default:
			t.Fatalf("%s: the index may be closed, but its background work has not ended", tt.name)
		}
		if st.v.negOnce.done.Load() {
			t.Errorf("%s: the background work was not given up", tt.name)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"who said x", "what did a say to b about c", "when did", "status gaza", "'", "“", "who is"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		p := Parse(q)
		if p.Intent == "" {
			t.Fatalf("parse(%q) gave no intent", q)
		}
		// Case is not meaning: a question shouted means the same.
		if u := strings.ToUpper(q); utf8.ValidString(q) && len(u) == len(q) {
			if pu := Parse(u); pu.Intent != p.Intent {
				t.Errorf("Parse(%q).Intent = %s; Parse(%q).Intent = %s", q, p.Intent, u, pu.Intent)
			}
		}
		// Words in double quotes are always kept as the phrase.
		words := strings.Join(strings.Fields(strings.Map(func(r rune) rune {
			if r == '"' || r == '“' || r == '”' || !unicode.IsPrint(r) {
				return ' '
			}
			return r
		}, q)), " ")
		// (Mentions are dropped from any question; a question is cut at
		// MaxQuestion.)
		if n := utf8.RuneCountInString(words); n >= 2 && n <= MaxQuestion/2 && utf8.ValidString(words) && !mentionRE.MatchString(words) {
			quoted := "who said \"" + words + "\""
			if got := Parse(quoted); got.Phrase != words {
				t.Errorf("Parse(%q).Phrase = %q; want %q", quoted, got.Phrase, words)
			}
		}
	})
}

// TestRoleWordsMemo: role words come out the same worked out or kept,
// from several goroutines at once, and the memo starts again when full.
func TestRoleWordsMemo(t *testing.T) {
	cases := map[string]string{
		"State Dept spokesman":             "state department spokesperson",
		"the U.S. envoy":                   "the us envoy",
		"United States Secretary of State": "us secretary of state",
		"Israel's PM":                      "israels pm",
		"":                                 "",
	}
	m := memo[string]{max: 3}
	done := make(chan bool)
	for range 4 {
		go func() {
			for range 3 {
				for in, want := range cases {
					if got := m.get(in, roleWordsOf); got != want {
						t.Errorf("roleWords(%q) = %q; want %q", in, got, want)
					}
					if got := roleWords(in); got != want {
						t.Errorf("roleWords(%q) = %q; want %q (kept)", in, got, want)
					}
				}
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
	if len(m.m) > m.max {
		t.Errorf("the memo holds %d; at most %d", len(m.m), m.max)
	}
}

// TestPrefixCounts: anyWithPrefix and docFreq agree with the statements
// withPrefix finds, asked once and asked again (kept).
func TestPrefixCounts(t *testing.T) {
	v := testBot(t).cur.Load().v.get()
	for _, k := range []string{"israel", "isr", "hostage", "war", "talks", "negotiat", "zzzz", "a", "ceasefire", "the"} {
		want := len(v.withPrefix(k))
		for range 2 {
			if got := v.docFreq(k); got != want {
				t.Errorf("docFreq(%q) = %d; withPrefix finds %d", k, got, want)
			}
			if got := v.anyWithPrefix(k); got != (want > 0) {
				t.Errorf("anyWithPrefix(%q) = %v; withPrefix finds %d", k, got, want)
			}
		}
	}
}
