package store

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/talkbot/talkbot/corpus/feeds"
	"github.com/talkbot/talkbot/digest"
)

var _ feeds.Seen = (*Store)(nil)

func TestFeedSeenSurvivesRestart(t *testing.T) {
	engines(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		if ok, err := s.HasSeen(ctx, "url:example.org/a"); ok || err != nil {
			t.Fatalf("HasSeen before marking: %v, %v", ok, err)
		}
		for range 2 {
			if err := s.MarkSeen(ctx, "url:example.org/a"); err != nil {
				t.Fatalf("MarkSeen: %v", err)
			}
		}
		s.Close()
		if ok, err := open().HasSeen(ctx, "url:example.org/a"); !ok || err != nil {
			t.Errorf("HasSeen after a restart: %v, %v", ok, err)
		}
	})
}

func TestLease(t *testing.T) {
	engines(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		a, b := open(), open()
		if ok, err := a.Lease(ctx, "feeds", "replica-a", time.Hour); !ok || err != nil {
			t.Fatalf("a takes a free lease: %v, %v", ok, err)
		}
		if ok, _ := b.Lease(ctx, "feeds", "replica-b", time.Hour); ok {
			t.Fatal("b took a lease a holds")
		}
		if ok, _ := a.Lease(ctx, "feeds", "replica-a", 10*time.Millisecond); !ok {
			t.Fatal("a could not renew its own lease")
		}
		time.Sleep(20 * time.Millisecond)
		if ok, _ := b.Lease(ctx, "feeds", "replica-b", time.Hour); !ok {
			t.Fatal("b could not take a lease that ran out")
		}
		if ok, _ := a.Lease(ctx, "feeds", "replica-a", time.Hour); ok {
			t.Fatal("a took back the lease b now holds")
		}
		// Given up, it is free at once; a release by another is ignored.
		if err := a.Release(ctx, "feeds", "replica-a"); err != nil {
			t.Fatal(err)
		}
		if ok, _ := a.Lease(ctx, "feeds", "replica-a", time.Hour); ok {
			t.Fatal("a's release freed the lease b holds")
		}
		if err := b.Release(ctx, "feeds", "replica-b"); err != nil {
			t.Fatal(err)
		}
		if ok, _ := a.Lease(ctx, "feeds", "replica-a", time.Hour); !ok {
			t.Fatal("a lease given up could not be taken")
		}
	})
}

func TestSubscriptions(t *testing.T) {
	engines(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		s := open()
		at := time.Date(2026, 3, 5, 7, 0, 0, 0, time.UTC)
		sub := digest.Subscription{Platform: "slack", Channel: "T1/C1", Topic: "Gaza talks", User: "slack:T1/U1", Created: at}
		got, created, err := s.Subscribe(ctx, sub)
		if err != nil || !created || got.ID == "" || got.Topic != "Gaza talks" || !got.Created.Equal(at) || !got.LastPost.IsZero() {
			t.Fatalf("Subscribe: %+v, %v, %v", got, created, err)
		}
		if _, created, _ := s.Subscribe(ctx, digest.Subscription{Platform: "slack", Channel: "T1/C1", Topic: "gaza  TALKS", Created: at}); created {
			t.Error("the same topic in other case and spacing made a second subscription")
		}
		daily := sub
		daily.Daily = "08:30"
		if _, created, _ := s.Subscribe(ctx, daily); !created {
			t.Error("a daily digest beside the live one was not created")
		}
		daily.Daily = "09:15"
		if got, created, _ := s.Subscribe(ctx, daily); created || got.Daily != "09:15" {
			t.Errorf("changing the daily time: %+v, created %v", got, created)
		}
		if _, _, err := s.Subscribe(ctx, digest.Subscription{Platform: "discord", Channel: "42", Created: at.Add(time.Minute)}); err != nil {
			t.Fatal(err)
		}
		s.Close()

		s = open() // a restart keeps them
		all, err := s.Subscriptions(ctx, "", "")
		if err != nil || len(all) != 3 {
			t.Fatalf("all subscriptions after a restart: %+v, %v", all, err)
		}
		here, _ := s.Subscriptions(ctx, "slack", "T1/C1")
		if len(here) != 2 || here[1].Daily != "09:15" {
			t.Errorf("T1/C1 subscriptions: %+v", here)
		}
		if n, err := s.Unsubscribe(ctx, "slack", "T1/C1", "GAZA talks"); n != 2 || err != nil {
			t.Errorf("Unsubscribe: %d, %v; want both removed", n, err)
		}
		if n, _ := s.Unsubscribe(ctx, "slack", "T1/C1", "gaza talks"); n != 0 {
			t.Errorf("second Unsubscribe removed %d", n)
		}
	})
}

// Replicas indexing the same articles at once: each article is claimed
// by exactly one; a daily digest is claimed by exactly one.
func TestClaimsAcrossReplicas(t *testing.T) {
	engines(t, func(t *testing.T, open func() *Store) {
		ctx := context.Background()
		var keys []string
		for i := range 300 {
			keys = append(keys, fmt.Sprintf("article-%03d", i))
		}
		replicas := []*Store{open(), open(), open(), open()}
		at := time.Now().UTC()
		var mu sync.Mutex
		var all []string
		var wg sync.WaitGroup
		for _, r := range replicas {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got, err := r.ClaimArticles(ctx, keys, at)
				if err != nil {
					t.Errorf("ClaimArticles: %v", err)
				}
				mu.Lock()
				all = append(all, got...)
				mu.Unlock()
			}()
		}
		wg.Wait()
		sort.Strings(all)
		if fmt.Sprint(all) != fmt.Sprint(keys) {
			t.Errorf("%d claims for %d articles; want each once", len(all), len(keys))
		}
		if since, _ := replicas[0].ArticlesSince(ctx, at.Add(-time.Second)); len(since) != len(keys) {
			t.Errorf("ArticlesSince just before: %d; want %d", len(since), len(keys))
		}
		if since, _ := replicas[0].ArticlesSince(ctx, at); len(since) != 0 {
			t.Errorf("ArticlesSince the claim time: %d; want 0", len(since))
		}

		sub, _, err := replicas[0].Subscribe(ctx, digest.Subscription{Platform: "slack", Channel: "T1/C9", Daily: "08:00", Created: at})
		if err != nil {
			t.Fatal(err)
		}
		wins := 0
		for _, r := range replicas {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ok, err := r.ClaimDigest(ctx, sub.ID, sub.LastPost, at.Add(time.Hour))
				if err != nil {
					t.Errorf("ClaimDigest: %v", err)
				}
				if ok {
					mu.Lock()
					wins++
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		if wins != 1 {
			t.Errorf("%d replicas claimed one digest; want 1", wins)
		}
		subs, _ := replicas[1].Subscriptions(ctx, "slack", "T1/C9")
		if len(subs) != 1 || !subs[0].LastPost.Equal(at.Add(time.Hour).Truncate(time.Microsecond)) {
			t.Errorf("after the claim: %+v", subs)
		}
	})
}
