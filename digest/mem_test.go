package digest

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/talkbot/talkbot/bot"
)

// memStore is a Store in memory, shared by the "replicas" of a test.
type memStore struct {
	mu       sync.Mutex
	subs     []Subscription
	next     int
	articles map[string]time.Time
}

func newMemStore() *memStore { return &memStore{articles: map[string]time.Time{}} }

func (m *memStore) Subscribe(_ context.Context, s Subscription) (Subscription, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for i, have := range m.subs {
		if have.Key() == s.Key() {
			m.subs[i].Daily = s.Daily
			return m.subs[i], false, nil
		}
	}
	m.next++
	s.ID = fmt.Sprint(m.next)
	m.subs = append(m.subs, s)
	return s, true, nil
}

func (m *memStore) Unsubscribe(_ context.Context, platform, channel, topic string) (int, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	kept, n := m.subs[:0], 0
	for _, s := range m.subs {
		if s.Platform == platform && s.Channel == channel && TopicKey(s.Topic) == TopicKey(topic) {
			n++
			continue
		}
		kept = append(kept, s)
	}
	m.subs = kept
	return n, nil
}

func (m *memStore) Subscriptions(_ context.Context, platform, channel string) ([]Subscription, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Subscription
	for _, s := range m.subs {
		if platform == "" && channel == "" || s.Platform == platform && s.Channel == channel {
			out = append(out, s)
		}
	}
	return out, nil
}

func (m *memStore) ClaimArticles(_ context.Context, keys []string, at time.Time) ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []string
	for _, k := range keys {
		if _, ok := m.articles[k]; !ok {
			m.articles[k] = at
			out = append(out, k)
		}
	}
	return out, nil
}

func (m *memStore) ArticlesSince(_ context.Context, t time.Time) ([]string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []string
	for k, at := range m.articles {
		if at.After(t) {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out, nil
}

func (m *memStore) ClaimDigest(_ context.Context, id string, prev, now time.Time) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for i, s := range m.subs {
		if s.ID == id && s.LastPost.Equal(prev) {
			m.subs[i].LastPost = now
			return true, nil
		}
	}
	return false, nil
}

// post is one message a fake poster was asked to send.
type post struct {
	Channel string
	Answer  bot.Answer
}

// fakePoster records posts.
type fakePoster struct {
	mu    sync.Mutex
	posts []post
}

func (f *fakePoster) Post(_ context.Context, channel string, a bot.Answer) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.posts = append(f.posts, post{channel, a})
	return nil
}

func (f *fakePoster) all() []post {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]post(nil), f.posts...)
}
