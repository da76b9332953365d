package digest

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/talkbot/talkbot/bot"
	"github.com/talkbot/talkbot/corpus"
)

// ParseClock reads a daily time, "HH:MM" (24-hour; "9:30" is 09:30).
func ParseClock(s string) (string, error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return "", fmt.Errorf("%q is not a time like 08:30 or 17:00", s)
	}
	return t.Format("15:04"), nil
}

// due is the last time at or before now that a digest at clock (HH:MM in
// loc) was due.
func due(clock string, now time.Time, loc *time.Location) time.Time {
	t, err := time.Parse("15:04", clock)
	if err != nil {
		return time.Time{}
	}
	local := now.In(loc)
	d := time.Date(local.Year(), local.Month(), local.Day(), t.Hour(), t.Minute(), 0, 0, loc)
	if d.After(now) {
		d = time.Date(local.Year(), local.Month(), local.Day()-1, t.Hour(), t.Minute(), 0, 0, loc)
	}
	return d
}

// Run posts the daily digests that fall due, checking every `every` until
// ctx ends.
func (n *Notifier) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if err := n.PostDue(ctx); err != nil && ctx.Err() == nil {
			n.log.Warn("daily digests", "err", err.Error())
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// PostDue posts every daily digest due and not yet posted. A digest is due
// once a day at its time; one missed while talkbot was down is posted once
// when it is back. The store's claim makes one replica post it.
func (n *Notifier) PostDue(ctx context.Context) error {
	subs, err := n.opts.Store.Subscriptions(ctx, "", "")
	if err != nil {
		return fmt.Errorf("reading the subscriptions: %w", err)
	}
	now := n.opts.Now().UTC()
	var errs []error
	for _, sub := range subs {
		if sub.Daily == "" {
			continue
		}
		d := due(sub.Daily, now, n.opts.Location)
		since := sub.LastPost
		if since.IsZero() {
			since = sub.Created
		}
		if !since.Before(d) {
			continue
		}
		ok, err := n.opts.Store.ClaimDigest(ctx, sub.ID, sub.LastPost, now)
		if err != nil {
			errs = append(errs, fmt.Errorf("claiming a daily digest: %w", err))
			continue
		}
		if !ok {
			continue // another replica has it
		}
		a, err := n.Digest(ctx, sub.Topic, since)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if err := n.post(ctx, sub, a); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// maxDigestItems bounds the statements in one digest.
const maxDigestItems = 15

// Digest is the daily post for topic: what changed since `since` (new
// sourced statements, quotes first, and for a speaker who spoke again what
// they had said before), then the status.
func (n *Notifier) Digest(ctx context.Context, topic string, since time.Time) (bot.Answer, error) {
	keys, err := n.opts.Store.ArticlesSince(ctx, since)
	if err != nil {
		return bot.Answer{}, fmt.Errorf("reading the articles indexed since the last digest: %w", err)
	}
	fresh := map[string]bool{}
	for _, k := range keys {
		fresh[k] = true
	}
	n.mu.Lock()
	stmts := n.stmts
	n.mu.Unlock()

	// The statements of the articles about the topic, new and old.
	byArticle := map[string][]corpus.Statement{}
	for _, s := range stmts {
		k := ArticleKey(s.Source)
		byArticle[k] = append(byArticle[k], s)
	}
	var newer, older []corpus.Statement
	for k, ss := range byArticle {
		if !about(topic, ss) {
			continue
		}
		for _, s := range ss {
			if s.Speaker == "" {
				continue
			}
			if fresh[k] {
				newer = append(newer, s)
			} else {
				older = append(older, s)
			}
		}
	}
	sortNewest(newer)
	sortNewest(older)
	// Quotes first among the new.
	sort.SliceStable(newer, func(i, j int) bool { return newer[i].Kind == corpus.Quote && newer[j].Kind != corpus.Quote })

	name := "the talks"
	if t := strings.TrimSpace(topic); t != "" {
		name = t
	}
	when := since.In(n.opts.Location).Format("2006-01-02 15:04 MST")
	a := bot.Answer{Question: "status " + topic, Intent: bot.Status, Found: true}
	var items []bot.Item
	seen := map[string]bool{}
	add := func(it bot.Item, label string) {
		key := corpus.NormWords(it.Speaker + " " + it.Text)
		if seen[key] || len(items) >= maxDigestItems {
			return
		}
		seen[key] = true
		it.Topic = label
		items = append(items, it)
	}
	// A speaker's new position: what they said now, and before.
	spoke := map[string]bool{}
	for _, s := range newer {
		add(item(s), "New")
		if spoke[s.Speaker] {
			continue
		}
		spoke[s.Speaker] = true
		for _, o := range older {
			if o.Speaker == s.Speaker {
				add(item(o), "Before, "+s.Speaker)
				break
			}
		}
	}
	if len(newer) > 0 {
		a.Summary = fmt.Sprintf("Daily digest on %s: %s since %s.", name, count(len(newer), "new sourced statement"), when)
	} else {
		a.Summary = fmt.Sprintf("Daily digest on %s: nothing new since %s. The status:", name, when)
	}
	// Then the status as the bot gives it.
	if n.opts.Asker != nil {
		q := "status"
		if strings.TrimSpace(topic) != "" {
			q += " " + topic
		}
		st := n.opts.Asker.Ask(ctx, q)
		for _, it := range st.Items {
			label := "Status"
			if it.Topic != "" {
				label = "Status: " + it.Topic
			}
			add(it, label)
		}
		a.AsOf = st.AsOf
	}
	if len(items) == 0 {
		a.Found = false
		a.Summary = fmt.Sprintf("Daily digest on %s: I have no sourced statement about it yet.", name)
	}
	a.Items = items
	return a, nil
}

// sortNewest orders statements newest first: by date said, then
// publication, then article order.
func sortNewest(ss []corpus.Statement) {
	sort.SliceStable(ss, func(i, j int) bool {
		a, b := ss[i], ss[j]
		if a.SaidOn != b.SaidOn {
			return a.SaidOn > b.SaidOn
		}
		if a.Source.Published != b.Source.Published {
			return a.Source.Published > b.Source.Published
		}
		if a.Source.Title != b.Source.Title {
			return a.Source.Title < b.Source.Title
		}
		return a.Seq < b.Seq
	})
}
