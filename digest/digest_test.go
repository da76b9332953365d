package digest

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
)

// Statements written for these tests: two articles on border talks, one
// on a dam.
var (
	srcTalks = corpus.Source{Title: "Border talks enter third day", Outlet: "Harbour Herald", URL: "https://example.org/talks", Published: "2026-03-03"}
	srcSwap  = corpus.Source{Title: "Detainees exchanged at the border", Outlet: "Harbour Herald", URL: "https://example.org/swap", Published: "2026-03-06"}
	srcDam   = corpus.Source{Title: "River states resume dam talks", Outlet: "River Desk", Published: "2026-03-04"}

	talks = []corpus.Statement{
		{Kind: corpus.Fact, Text: "Negotiators met for a third day", Source: srcTalks, Topics: []string{"Northland"}, Seq: 0},
		{Kind: corpus.Fact, Speaker: "a council spokesperson", Text: "the monitors could deploy within two weeks of a signed agreement", SaidOn: "2026-03-03", Source: srcTalks, Topics: []string{"Northland"}, Seq: 1},
		{Kind: corpus.Quote, Speaker: "Ilse Brandt", SpeakerTitle: "Northland foreign minister", Text: "We have narrowed the gaps on the withdrawal schedule", SaidOn: "2026-03-03", Source: srcTalks, Topics: []string{"Northland"}, Seq: 2},
	}
	swap = []corpus.Statement{
		{Kind: corpus.Quote, Speaker: "Ilse Brandt", SpeakerTitle: "Northland foreign minister", Text: "Today families are whole again", SaidOn: "2026-03-06", Source: srcSwap, Topics: []string{"Northland"}, Seq: 0},
		{Kind: corpus.Fact, Speaker: "Tomas Verhoek", Text: "a second exchange could follow within a month", SaidOn: "2026-03-06", Source: srcSwap, Topics: []string{"Northland"}, Seq: 1},
		{Kind: corpus.Quote, Speaker: "Tomas Verhoek", Text: "We are ready to do this again", SaidOn: "2026-03-06", Source: srcSwap, Topics: []string{"Northland"}, Seq: 2},
	}
	dam = []corpus.Statement{
		{Kind: corpus.Quote, Speaker: "Lena Marsh", Text: "The dam can feed both our peoples", SaidOn: "2026-03-04", Source: srcDam, Seq: 0},
	}
)

func cat(parts ...[]corpus.Statement) []corpus.Statement {
	var out []corpus.Statement
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// clock is a settable time.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

func newNotifier(t *testing.T, st Store, p Poster, c *clock, asker Asker) *Notifier {
	t.Helper()
	n, err := New(Options{Store: st, Posters: map[string]Poster{"slack": p}, Now: c.now, Asker: asker,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestArticlePost(t *testing.T) {
	a, ok := ArticlePost("northland", swap)
	if !ok {
		t.Fatal("the exchange article is not about Northland")
	}
	var order []string
	for _, it := range a.Items {
		order = append(order, string(it.Kind)+":"+it.Speaker)
	}
	if got := strings.Join(order, " "); got != "quote:Ilse Brandt quote:Tomas Verhoek fact:Tomas Verhoek" {
		t.Errorf("items %s; want quotes first, in article order", got)
	}
	if !strings.Contains(a.Summary, "New on northland: 3 sourced statements from “Detainees exchanged at the border” (Harbour Herald, 2026-03-06)") {
		t.Errorf("summary %q", a.Summary)
	}
	// The article's own reporting is not a sourced statement.
	a, _ = ArticlePost("", talks)
	if len(a.Items) != 2 {
		t.Errorf("%d items from the talks article; want 2 (the speakerless fact left out)", len(a.Items))
	}
	for _, topic := range []string{"dam", "river dam", "Lena Marsh"} {
		if _, ok := ArticlePost(topic, swap); ok {
			t.Errorf("the exchange article was taken as about %q", topic)
		}
	}
	if _, ok := ArticlePost("dam talks", dam); !ok {
		t.Error("the dam article is not about dam talks")
	}
}

// Each new article is posted once, to the subscriptions it is about, by
// one replica only; the articles indexed before a subscription are not.
func TestIndexedPostsEachNewArticleOnce(t *testing.T) {
	ctx := context.Background()
	st := newMemStore()
	c := &clock{t: time.Date(2026, 3, 3, 12, 0, 0, 0, time.UTC)}
	p1, p2 := &fakePoster{}, &fakePoster{}
	a := newNotifier(t, st, p1, c, nil)
	b := newNotifier(t, st, p2, c, nil)

	if err := a.Indexed(ctx, cat(talks, dam)); err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"subscribe northland", "subscribe dam"} {
		if ans := a.Command(ctx, Where{Platform: "slack", Channel: "C1", User: "slack:T/U"}, text); ans.Error {
			t.Fatalf("%s: %+v", text, ans)
		}
	}
	a.Command(ctx, Where{Platform: "slack", Channel: "C2"}, "subscribe")
	if err := b.Indexed(ctx, cat(talks, dam)); err != nil {
		t.Fatal(err)
	}
	if len(p1.all())+len(p2.all()) != 0 {
		t.Fatalf("articles indexed before the subscriptions were posted: %+v %+v", p1.all(), p2.all())
	}

	// Both replicas index the new article at once: one posts.
	c.set(c.now().Add(time.Hour))
	var wg sync.WaitGroup
	for _, n := range []*Notifier{a, b} {
		wg.Add(1)
		go func() { defer wg.Done(); _ = n.Indexed(ctx, cat(talks, swap, dam)) }()
	}
	wg.Wait()
	posts := append(p1.all(), p2.all()...)
	if len(posts) != 2 {
		t.Fatalf("%d posts; want 2 (C1 for northland, C2 for everything): %+v", len(posts), posts)
	}
	channels := map[string]bool{}
	for _, p := range posts {
		channels[p.Channel] = true
		if p.Answer.Items[0].Text != "Today families are whole again" {
			t.Errorf("post to %s starts with %q; want the first quote", p.Channel, p.Answer.Items[0].Text)
		}
	}
	if !channels["C1"] || !channels["C2"] {
		t.Errorf("posted to %v", channels)
	}
	// Indexed again (a reload that changed something else): nothing more.
	_ = a.Indexed(ctx, cat(talks, swap, dam))
	_ = b.Indexed(ctx, cat(talks, swap, dam))
	if n := len(p1.all()) + len(p2.all()); n != 2 {
		t.Errorf("%d posts after indexing the same articles again; want still 2", n)
	}
}

// asker answers "status …" with a fixed status.
type asker struct{ asked []string }

func (a *asker) Ask(_ context.Context, q string) bot.Answer {
	a.asked = append(a.asked, q)
	return bot.Answer{Intent: bot.Status, Found: true, AsOf: "2026-03-06", Items: []bot.Item{
		{Kind: corpus.Quote, Speaker: "Tomas Verhoek", Text: "We are ready to do this again", SaidOn: "2026-03-06", Source: srcSwap, Topic: "Northland"},
		{Kind: corpus.Fact, Speaker: "a council spokesperson", Text: "the monitors could deploy within two weeks of a signed agreement", SaidOn: "2026-03-03", Source: srcTalks},
	}}
}

func TestDailyDigest(t *testing.T) {
	ctx := context.Background()
	st := newMemStore()
	day1 := time.Date(2026, 3, 5, 7, 0, 0, 0, time.UTC)
	c := &clock{t: day1}
	p1, p2 := &fakePoster{}, &fakePoster{}
	ask := &asker{}
	a := newNotifier(t, st, p1, c, ask)
	b := newNotifier(t, st, p2, c, ask)
	_ = a.Indexed(ctx, cat(talks, dam))
	_ = b.Indexed(ctx, cat(talks, dam))
	if ans := a.Command(ctx, Where{Platform: "slack", Channel: "C1"}, "subscribe Northland daily 8:30"); ans.Error || !strings.Contains(ans.Summary, "08:30 (UTC)") {
		t.Fatalf("subscribe: %+v", ans)
	}

	c.set(day1.Add(time.Hour)) // 08:00: not yet
	_ = a.PostDue(ctx)
	if len(p1.all()) != 0 {
		t.Fatalf("posted before time: %+v", p1.all())
	}
	c.set(day1.Add(90*time.Minute + time.Second)) // 08:30:01, both replicas
	_ = a.PostDue(ctx)
	_ = b.PostDue(ctx)
	posts := append(p1.all(), p2.all()...)
	if len(posts) != 1 {
		t.Fatalf("%d digests at 08:30; want 1", len(posts))
	}
	d := posts[0].Answer
	if !strings.Contains(d.Summary, "nothing new since 2026-03-05 07:00 UTC") || len(d.Items) != 2 || d.Items[0].Topic != "Status: Northland" || ask.asked[0] != "status Northland" {
		t.Errorf("first digest: %q, items %+v, asked %v", d.Summary, d.Items, ask.asked)
	}

	// The exchange article is indexed during the day; the next morning's
	// digest leads with it, and shows Brandt's earlier words beside her new ones.
	c.set(day1.Add(5 * time.Hour))
	_ = a.Indexed(ctx, cat(talks, swap, dam))
	_ = b.Indexed(ctx, cat(talks, swap, dam)) // the other replica reloads too
	c.set(day1.Add(24*time.Hour + 90*time.Minute + time.Second))
	_ = b.PostDue(ctx)
	_ = a.PostDue(ctx)
	posts = append(p1.all(), p2.all()...)
	if len(posts) != 2 {
		t.Fatalf("%d digests after the second morning; want 2", len(posts))
	}
	d = p2.all()[0].Answer
	var got []string
	for _, it := range d.Items {
		got = append(got, it.Topic+": "+it.Text)
	}
	want := []string{
		"New: Today families are whole again",
		"Before, Ilse Brandt: We have narrowed the gaps on the withdrawal schedule",
		"New: We are ready to do this again",
		"New: a second exchange could follow within a month",
		"Status: the monitors could deploy within two weeks of a signed agreement",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("second digest items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(d.Summary, "3 new sourced statements since 2026-03-05 08:30 UTC") {
		t.Errorf("second digest summary %q", d.Summary)
	}
}

func TestDueInTimeZone(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	now := time.Date(2026, 3, 5, 13, 0, 0, 0, time.UTC) // 08:00 in New York
	if got := due("08:30", now, ny); !got.Equal(time.Date(2026, 3, 4, 8, 30, 0, 0, ny)) {
		t.Errorf("due 08:30 New York at %s = %s; want yesterday's", now, got)
	}
	if got := due("07:45", now, ny); !got.Equal(time.Date(2026, 3, 5, 7, 45, 0, 0, ny)) {
		t.Errorf("due 07:45 New York at %s = %s; want today's", now, got)
	}
}

func TestCommands(t *testing.T) {
	ctx := context.Background()
	st := newMemStore()
	c := &clock{t: time.Date(2026, 3, 5, 7, 0, 0, 0, time.UTC)}
	n := newNotifier(t, st, &fakePoster{}, c, nil)
	here := Where{Platform: "slack", Channel: "C1", User: "slack:T/U"}
	for _, tc := range []struct {
		where     Where
		text      string
		want      string
		wantError bool
	}{
		{here, "subscriptions", "This channel follows nothing yet", false},
		{here, "subscribe Gaza", "Subscribed: I will post here the new sourced statements on Gaza", false},
		{here, "subscribe gaza", "This channel already gets the new statements on gaza", false},
		{here, "subscribe gaza daily 08:30", "Subscribed: a daily digest on gaza here at 08:30 (UTC)", false},
		{here, "subscribe gaza daily 9:15", "The daily digest on gaza now comes here at 09:15 (UTC)", false},
		{here, "subscribe daily 07:00", "Subscribed: a daily digest on all the talks here at 07:00", false},
		{here, "subscribe gaza daily", "say when", true},
		{here, "subscribe gaza daily 25:00", `"25:00" is not a time`, true},
		{here, "subscriptions", "• Gaza: new statements as they are read\n• gaza: a daily digest at 09:15 (UTC)\n• all the talks: a daily digest at 07:00 (UTC)", false},
		{here, "unsubscribe GAZA", "Unsubscribed: no more posts on GAZA here.", false},
		{here, "unsubscribe gaza", "This channel does not follow gaza.", false},
		{Where{Platform: "discord", Channel: "42"}, "subscribe gaza", "I cannot post in Discord channels on my own", true},
		{Where{Platform: "console"}, "subscribe gaza", "Subscriptions are per channel", true},
	} {
		a := n.Command(ctx, tc.where, tc.text)
		if !strings.Contains(a.Summary, tc.want) || a.Error != tc.wantError {
			t.Errorf("%q: %q (error %v); want %q (error %v)", tc.text, a.Summary, a.Error, tc.want, tc.wantError)
		}
	}
	if subs, _ := st.Subscriptions(ctx, "slack", "C1"); len(subs) != 1 || subs[0].Daily != "07:00" {
		t.Errorf("left subscribed to %+v", subs)
	}
}
